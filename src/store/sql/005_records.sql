-- Emergencies [000 §8]: incidents (product failures, disasters, drills) and the
-- tickets and complaints linked to them.
CREATE TABLE incidents (
    id          INTEGER PRIMARY KEY,           -- shown as INC-<id>
    title       TEXT NOT NULL,
    kind        TEXT NOT NULL,                 -- product_failure | disaster | other
    product     TEXT REFERENCES products(model),
    region      TEXT,
    drill       INTEGER NOT NULL DEFAULT 0,    -- an exercise, counted apart in reports
    status      TEXT NOT NULL,                 -- open | closed
    declared_at INTEGER NOT NULL,
    declared_by TEXT NOT NULL,
    closed_at   INTEGER,
    closed_by   TEXT,
    summary     TEXT
) STRICT;
CREATE INDEX incidents_declared ON incidents(declared_at);

CREATE TABLE incident_links (
    incident_id INTEGER NOT NULL REFERENCES incidents(id),
    target      TEXT NOT NULL,                 -- T-<n> or C-<n>
    linked_at   INTEGER NOT NULL,
    linked_by   TEXT NOT NULL,
    PRIMARY KEY (incident_id, target)
) STRICT;
CREATE INDEX incident_links_target ON incident_links(target);
