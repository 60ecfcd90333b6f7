-- Tickets (service requests and repair work orders), notes on any record, and costs.
CREATE TABLE tickets (
    id               INTEGER PRIMARY KEY,          -- shown as T-<id>
    customer_id      TEXT NOT NULL REFERENCES customers(id),
    category         TEXT NOT NULL,
    description      TEXT NOT NULL,
    product          TEXT,                         -- model
    serial           TEXT,
    purchase_id      INTEGER REFERENCES purchases(id),
    priority         TEXT NOT NULL,                -- low | normal | high | urgent
    channel          TEXT NOT NULL,                -- phone | online | email | visit
    mode             TEXT NOT NULL,                -- remote | onsite | takeback
    kind             TEXT NOT NULL,                -- repair | inquiry | install
    status           TEXT NOT NULL,
    assignee         TEXT REFERENCES staff(id),
    vip              INTEGER NOT NULL DEFAULT 0,   -- customer was VIP when opened
    warranty         TEXT,                         -- exchange | repair | manufacturer
    warranty_rule    TEXT,                         -- the rule that decided it, readable
    opened_at        INTEGER NOT NULL,
    -- SLA clocks: when the running clock started, its due times, when each was met.
    clock_start      INTEGER NOT NULL,             -- opened_at, or the last reopen
    first_response_due INTEGER,
    first_response_at  INTEGER,
    resolve_due      INTEGER,
    update_due       INTEGER,
    paused_since     INTEGER,                      -- set while in a pause_on status
    escalation_level INTEGER NOT NULL DEFAULT 0,   -- index into escalation.ladder
    scheduled_at     INTEGER,
    wait_for         TEXT,
    wait_until       INTEGER,
    handover_items   TEXT,
    resolution       TEXT,
    hours            REAL,
    resolved_at      INTEGER,
    signed_by        TEXT,
    signed_at        INTEGER,
    closed_at        INTEGER,
    cancelled_reason TEXT,
    cancelled_at     INTEGER,
    reopen_count     INTEGER NOT NULL DEFAULT 0,
    chase_count      INTEGER NOT NULL DEFAULT 0,
    forced           INTEGER NOT NULL DEFAULT 0,   -- opened with --force past the duplicate rule
    updated_at       INTEGER NOT NULL
) STRICT;
CREATE INDEX tickets_customer ON tickets(customer_id, category, status);
CREATE INDEX tickets_customer_opened ON tickets(customer_id, opened_at);
CREATE INDEX tickets_status ON tickets(status);
CREATE INDEX tickets_assignee ON tickets(assignee, status);
CREATE INDEX tickets_opened ON tickets(opened_at);
CREATE INDEX tickets_resolve_due ON tickets(resolve_due) WHERE resolved_at IS NULL;

-- Notes on tickets and complaints (entity is T-1, C-1, …).
CREATE TABLE notes (
    id       INTEGER PRIMARY KEY,
    entity   TEXT NOT NULL,
    at       INTEGER NOT NULL,
    author   TEXT NOT NULL,
    text     TEXT NOT NULL,
    internal INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE INDEX notes_entity ON notes(entity, at);

-- Costs booked on tickets: labour (resolve --hours × labour_rate), parts, travel, other.
CREATE TABLE costs (
    id        INTEGER PRIMARY KEY,
    ticket_id INTEGER REFERENCES tickets(id),
    kind      TEXT NOT NULL,                     -- labour | parts | travel | other
    amount    REAL NOT NULL,
    note      TEXT,
    at        INTEGER NOT NULL,
    actor     TEXT NOT NULL
) STRICT;
CREATE INDEX costs_ticket ON costs(ticket_id);
CREATE INDEX costs_at ON costs(at);
