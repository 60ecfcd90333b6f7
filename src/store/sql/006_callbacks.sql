-- Callbacks: satisfaction calls after a resolution, and proactive calls.
CREATE TABLE callbacks (
    id          INTEGER PRIMARY KEY,              -- shown as CB-<id>
    customer_id TEXT NOT NULL REFERENCES customers(id),
    source      TEXT,                             -- T-<n> or C-<n>; NULL for a proactive call about nothing in particular
    kind        TEXT NOT NULL,                    -- satisfaction | proactive
    reason      TEXT NOT NULL,
    due_at      INTEGER NOT NULL,
    status      TEXT NOT NULL,                    -- pending | done | unreachable
    result      TEXT,                             -- satisfied | unsatisfied | unreachable
    score       INTEGER,
    attempts    INTEGER NOT NULL DEFAULT 0,
    note        TEXT,
    reopened    INTEGER NOT NULL DEFAULT 0,       -- the result reopened its source
    escalation_level INTEGER NOT NULL DEFAULT 0,  -- index into escalation.ladder (sla check --apply)
    created_at  INTEGER NOT NULL,
    created_by  TEXT NOT NULL,
    done_at     INTEGER
) STRICT;
CREATE INDEX callbacks_pending ON callbacks(status, due_at);
CREATE INDEX callbacks_source ON callbacks(source);
CREATE INDEX callbacks_customer ON callbacks(customer_id);
CREATE INDEX callbacks_done ON callbacks(done_at);
