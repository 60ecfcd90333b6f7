-- Spare parts, their stock movements, suppliers and purchase orders.
CREATE TABLE suppliers (
    id         TEXT PRIMARY KEY,
    name       TEXT NOT NULL,
    contact    TEXT,
    lead_time  INTEGER,                          -- days; parts without their own use this
    created_at INTEGER NOT NULL
) STRICT;

CREATE TABLE parts (
    sku        TEXT PRIMARY KEY,
    name       TEXT NOT NULL,
    model_fit  TEXT NOT NULL DEFAULT '',         -- comma-separated product models it fits
    unit_cost  REAL NOT NULL DEFAULT 0,
    supplier   TEXT REFERENCES suppliers(id),
    location   TEXT,
    min_qty    INTEGER,                          -- both NULL: the demand-based rule applies
    max_qty    INTEGER,
    pack       INTEGER NOT NULL DEFAULT 1 CHECK (pack >= 1),
    moq        INTEGER NOT NULL DEFAULT 0 CHECK (moq >= 0),
    lead_time  INTEGER,                          -- days; NULL: the supplier's
    on_hand    INTEGER NOT NULL DEFAULT 0 CHECK (on_hand >= 0),
    reserved   INTEGER NOT NULL DEFAULT 0 CHECK (reserved >= 0),
    created_at INTEGER NOT NULL,
    CHECK ((min_qty IS NULL) = (max_qty IS NULL)),
    CHECK (min_qty IS NULL OR (min_qty >= 0 AND max_qty >= min_qty))
) STRICT;
CREATE INDEX parts_supplier ON parts(supplier);

CREATE TABLE purchase_orders (
    id         INTEGER PRIMARY KEY,              -- shown as PO-<id>
    supplier   TEXT NOT NULL REFERENCES suppliers(id),
    status     TEXT NOT NULL,                    -- draft | sent | partially_received | closed
    created_at INTEGER NOT NULL,
    created_by TEXT NOT NULL,
    sent_at    INTEGER,
    closed_at  INTEGER
) STRICT;
CREATE INDEX purchase_orders_status ON purchase_orders(status);

CREATE TABLE po_lines (
    po_id     INTEGER NOT NULL REFERENCES purchase_orders(id),
    sku       TEXT NOT NULL REFERENCES parts(sku),
    qty       INTEGER NOT NULL CHECK (qty > 0),
    received  INTEGER NOT NULL DEFAULT 0 CHECK (received >= 0 AND received <= qty),
    unit_cost REAL NOT NULL,
    PRIMARY KEY (po_id, sku)
) STRICT;
CREATE INDEX po_lines_sku ON po_lines(sku);

-- Every change of stock: receive, use (on a ticket), count (stocktake), scrap, po_receipt.
-- qty is the signed change of on_hand, balance the on_hand after it.
CREATE TABLE part_movements (
    id         INTEGER PRIMARY KEY,
    sku        TEXT NOT NULL REFERENCES parts(sku),
    at         INTEGER NOT NULL,
    actor      TEXT NOT NULL,
    kind       TEXT NOT NULL,
    qty        INTEGER NOT NULL,
    balance    INTEGER NOT NULL,
    unit_cost  REAL,
    -- No foreign key: the stock ledger outlives a ticket purged after archiving.
    ticket_id  INTEGER,
    po_id      INTEGER REFERENCES purchase_orders(id),
    counted    INTEGER,                          -- count: the quantity found
    reason     TEXT,                             -- scrap: why; other kinds: a note
    part_name  TEXT,                             -- scrap: name and models at the time [000]
    part_model TEXT
) STRICT;
CREATE INDEX part_movements_sku ON part_movements(sku, id);
CREATE INDEX part_movements_kind_at ON part_movements(kind, at, sku);
