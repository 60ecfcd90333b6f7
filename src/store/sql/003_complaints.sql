-- Complaints [001 §3(三), 002] and the escalations that `sla check --apply` and
-- `complaint escalate` made.
CREATE TABLE complaints (
    id               INTEGER PRIMARY KEY,          -- shown as C-<id>, numbered by counters 'C'
    customer_id      TEXT NOT NULL REFERENCES customers(id),
    category         TEXT NOT NULL,
    description      TEXT NOT NULL,
    demand           TEXT,                         -- what the customer asks for
    severity         TEXT NOT NULL,                -- ordinary | major
    severity_rule    TEXT NOT NULL,                -- why: the keyword found, or --severity
    owner_role       TEXT NOT NULL,                -- the grade's role, raised by escalation
    owner            TEXT REFERENCES staff(id),    -- investigator, then the plan's owner
    team             INTEGER NOT NULL DEFAULT 0,   -- a team handles it (major grade)
    ticket_id        INTEGER REFERENCES tickets(id),
    purchase_id      INTEGER REFERENCES purchases(id),
    status           TEXT NOT NULL,                -- open | investigating | planned | resolved | closed
    opened_at        INTEGER NOT NULL,
    clock_start      INTEGER NOT NULL,             -- opened_at, or the last reopen
    plan_due         INTEGER NOT NULL,             -- clock_start + the grade's plan_within
    plan_text        TEXT,
    plan_owner       TEXT REFERENCES staff(id),
    plan_set_at      INTEGER,                      -- first plan of the running clock
    plan_complete_by INTEGER,                      -- when the plan promises to be carried out
    outcome          TEXT,
    compensation     REAL,
    escalation_level INTEGER NOT NULL DEFAULT 0,   -- index into escalation.ladder
    remedy           TEXT,                         -- exchange | repair | manufacturer | the handling step
    remedy_rule      TEXT,                         -- the rule that recommended it, readable
    resolved_at      INTEGER,
    closed_at        INTEGER,
    reopen_count     INTEGER NOT NULL DEFAULT 0,
    forced           INTEGER NOT NULL DEFAULT 0,   -- opened with --force past the duplicate rule
    updated_at       INTEGER NOT NULL
) STRICT;
CREATE INDEX complaints_customer ON complaints(customer_id, category, status);
CREATE INDEX complaints_status ON complaints(status);
CREATE INDEX complaints_opened ON complaints(opened_at);

-- One row per escalation. The unique key makes `sla check --apply` idempotent: a breach
-- (record, metric, due time) escalates once however often cron runs.
CREATE TABLE escalations (
    id         INTEGER PRIMARY KEY,
    entity     TEXT NOT NULL,                      -- T-1, C-1, …
    metric     TEXT NOT NULL,                      -- first_response | resolve | update | plan | manual
    due_at     INTEGER NOT NULL,
    from_level INTEGER NOT NULL,
    to_level   INTEGER NOT NULL,
    at         INTEGER NOT NULL,
    actor      TEXT NOT NULL,
    UNIQUE (entity, metric, due_at, to_level)
) STRICT;
CREATE INDEX escalations_at ON escalations(at);
