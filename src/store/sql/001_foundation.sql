-- Foundation: staff, the customer archive, counters and the audit trail.
CREATE TABLE counters (
    name  TEXT PRIMARY KEY,
    value INTEGER NOT NULL
) STRICT;

CREATE TABLE staff (
    id         TEXT PRIMARY KEY,
    name       TEXT NOT NULL,
    role       TEXT NOT NULL,
    skills     TEXT NOT NULL DEFAULT '',   -- comma-separated categories
    region     TEXT,
    dept       TEXT,
    active     INTEGER NOT NULL DEFAULT 1,
    created_at INTEGER NOT NULL
) STRICT;

CREATE TABLE customers (
    id          TEXT PRIMARY KEY,
    name        TEXT NOT NULL,
    phone       TEXT NOT NULL,
    email       TEXT,
    address     TEXT,
    region      TEXT,
    tier        TEXT NOT NULL DEFAULT 'normal',
    tier_manual INTEGER NOT NULL DEFAULT 0,   -- set by hand: purchases no longer change it
    note        TEXT,
    created_at  INTEGER NOT NULL
) STRICT;
CREATE INDEX customers_phone ON customers(phone);

CREATE TABLE products (
    model                TEXT PRIMARY KEY,
    name                 TEXT NOT NULL,
    category             TEXT,
    manufacturer_contact TEXT,
    created_at           INTEGER NOT NULL
) STRICT;

CREATE TABLE purchases (
    id          INTEGER PRIMARY KEY,
    customer_id TEXT NOT NULL REFERENCES customers(id),
    product     TEXT NOT NULL REFERENCES products(model),
    serial      TEXT,
    qty         INTEGER NOT NULL DEFAULT 1,
    value       REAL NOT NULL,
    purchased   TEXT NOT NULL,               -- YYYY-MM-DD
    received    TEXT,                        -- YYYY-MM-DD
    order_no    TEXT,
    created_at  INTEGER NOT NULL
) STRICT;
CREATE INDEX purchases_customer ON purchases(customer_id);
CREATE INDEX purchases_serial ON purchases(serial);
CREATE INDEX purchases_product ON purchases(product);

-- The audit trail. Each event carries the hash of the one before it, so an
-- edit made behind svc's back breaks the chain (`svc audit verify`).
CREATE TABLE events (
    id        INTEGER PRIMARY KEY,
    at        INTEGER NOT NULL,
    actor     TEXT NOT NULL,
    entity    TEXT NOT NULL,
    action    TEXT NOT NULL,
    old       TEXT,
    new       TEXT,
    prev_hash TEXT NOT NULL,
    hash      TEXT NOT NULL
) STRICT;
CREATE INDEX events_entity ON events(entity, id);
CREATE INDEX events_at ON events(at);

CREATE TRIGGER events_no_update BEFORE UPDATE ON events
BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only: events cannot be changed'); END;
CREATE TRIGGER events_no_delete BEFORE DELETE ON events
BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only: events cannot be deleted'); END;
