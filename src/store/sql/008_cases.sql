-- The case library (SPEC §3 "Case library"): resolved and closed tickets and
-- complaints, searchable by their description, resolution or outcome and
-- customer-facing notes.
--
-- A case is one document numbered `doc`: 2 × n for ticket T-n, 2 × n + 1 for
-- complaint C-n. `case_fts` holds its terms (CJK bigrams and whole Latin words,
-- made by svc: see src/domain/cjk.rs) and tags (kind, category, product) that
-- filters match on; `cases` says which document an FTS row is and keeps the
-- text that was indexed, so it can be taken out again exactly.
--
-- The terms are computed in svc, not in SQL, so the triggers below only queue
-- the documents a change touches in `case_dirty`; svc brings the queued ones up
-- to date in the same transaction as any search, before it reads, so a search
-- never misses a case nor shows one that left the library. The triggers are
-- plain SQL: a change made by any tool (the sqlite3 shell included) is queued too.
--
-- Speed: the FTS table stores no per-document sizes (columnsize=0), so ranking a
-- term found in 100 000 cases costs no lookup per case; and an FTS row's rowid
-- (`entry`) is the second the case was solved (the next free one when taken),
-- so "newest first on equal relevance" is rowid order inside the FTS table.
CREATE VIRTUAL TABLE case_fts USING fts5(
    terms,
    tags,
    content = '',
    columnsize = 0,
    -- svc separates terms with spaces; every character svc keeps in a term is a
    -- token character here, so FTS5 never splits one.
    tokenize = "unicode61 remove_diacritics 0 categories 'L* N* M* S* Co'"
);

CREATE TABLE cases (
    entry     INTEGER PRIMARY KEY,          -- the rowid in case_fts
    doc       INTEGER NOT NULL UNIQUE,
    category  TEXT NOT NULL,
    product   TEXT,                         -- model: the ticket's, or the complaint's purchase's
    solved_at INTEGER NOT NULL,             -- resolved_at, else closed_at
    body      TEXT NOT NULL                 -- the text indexed: product, description, resolution, notes
) STRICT;

CREATE TABLE case_dirty (
    doc INTEGER PRIMARY KEY
) STRICT;

CREATE TRIGGER case_ticket_insert AFTER INSERT ON tickets
WHEN new.status IN ('resolved', 'closed')
BEGIN
    INSERT OR IGNORE INTO case_dirty(doc) VALUES (2 * new.id);
END;

-- A reopen takes the case out of the library, a resolve puts it (back) in;
-- edits of what is indexed or filtered on re-index it.
CREATE TRIGGER case_ticket_update AFTER UPDATE ON tickets
WHEN (old.status IN ('resolved', 'closed') OR new.status IN ('resolved', 'closed'))
  AND (old.status IS NOT new.status OR old.id IS NOT new.id
       OR old.description IS NOT new.description OR old.resolution IS NOT new.resolution
       OR old.category IS NOT new.category OR old.product IS NOT new.product
       OR old.resolved_at IS NOT new.resolved_at OR old.closed_at IS NOT new.closed_at)
BEGIN
    INSERT OR IGNORE INTO case_dirty(doc) VALUES (2 * old.id);
    INSERT OR IGNORE INTO case_dirty(doc) VALUES (2 * new.id);
END;

CREATE TRIGGER case_ticket_delete AFTER DELETE ON tickets
WHEN old.status IN ('resolved', 'closed')
BEGIN
    INSERT OR IGNORE INTO case_dirty(doc) VALUES (2 * old.id);
END;

CREATE TRIGGER case_complaint_insert AFTER INSERT ON complaints
WHEN new.status IN ('resolved', 'closed')
BEGIN
    INSERT OR IGNORE INTO case_dirty(doc) VALUES (2 * new.id + 1);
END;

CREATE TRIGGER case_complaint_update AFTER UPDATE ON complaints
WHEN (old.status IN ('resolved', 'closed') OR new.status IN ('resolved', 'closed'))
  AND (old.status IS NOT new.status OR old.id IS NOT new.id
       OR old.description IS NOT new.description OR old.outcome IS NOT new.outcome
       OR old.category IS NOT new.category OR old.purchase_id IS NOT new.purchase_id
       OR old.ticket_id IS NOT new.ticket_id
       OR old.resolved_at IS NOT new.resolved_at OR old.closed_at IS NOT new.closed_at)
BEGIN
    INSERT OR IGNORE INTO case_dirty(doc) VALUES (2 * old.id + 1);
    INSERT OR IGNORE INTO case_dirty(doc) VALUES (2 * new.id + 1);
END;

CREATE TRIGGER case_complaint_delete AFTER DELETE ON complaints
WHEN old.status IN ('resolved', 'closed')
BEGIN
    INSERT OR IGNORE INTO case_dirty(doc) VALUES (2 * old.id + 1);
END;

-- Customer-facing notes of a case in the library (internal notes are never
-- indexed). A note on a record that is not in the library needs nothing: the
-- record's own trigger queues it when it is resolved, notes and all.
CREATE TRIGGER case_note_insert AFTER INSERT ON notes
WHEN new.internal = 0
BEGIN
    INSERT OR IGNORE INTO case_dirty(doc)
    SELECT doc FROM cases
    WHERE doc = CASE substr(new.entity, 1, 2)
                    WHEN 'T-' THEN 2 * CAST(substr(new.entity, 3) AS INTEGER)
                    WHEN 'C-' THEN 2 * CAST(substr(new.entity, 3) AS INTEGER) + 1
                END;
END;

CREATE TRIGGER case_note_update AFTER UPDATE ON notes
WHEN (old.internal = 0 OR new.internal = 0)
  AND (old.text IS NOT new.text OR old.internal IS NOT new.internal
       OR old.entity IS NOT new.entity)
BEGIN
    INSERT OR IGNORE INTO case_dirty(doc)
    SELECT doc FROM cases
    WHERE doc IN (CASE substr(old.entity, 1, 2)
                      WHEN 'T-' THEN 2 * CAST(substr(old.entity, 3) AS INTEGER)
                      WHEN 'C-' THEN 2 * CAST(substr(old.entity, 3) AS INTEGER) + 1
                  END,
                  CASE substr(new.entity, 1, 2)
                      WHEN 'T-' THEN 2 * CAST(substr(new.entity, 3) AS INTEGER)
                      WHEN 'C-' THEN 2 * CAST(substr(new.entity, 3) AS INTEGER) + 1
                  END);
END;

CREATE TRIGGER case_note_delete AFTER DELETE ON notes
WHEN old.internal = 0
BEGIN
    INSERT OR IGNORE INTO case_dirty(doc)
    SELECT doc FROM cases
    WHERE doc = CASE substr(old.entity, 1, 2)
                    WHEN 'T-' THEN 2 * CAST(substr(old.entity, 3) AS INTEGER)
                    WHEN 'C-' THEN 2 * CAST(substr(old.entity, 3) AS INTEGER) + 1
                END;
END;

-- What is already resolved or closed enters the library at the first search.
INSERT INTO case_dirty(doc) SELECT 2 * id FROM tickets WHERE status IN ('resolved', 'closed');
INSERT OR IGNORE INTO case_dirty(doc)
SELECT 2 * id + 1 FROM complaints WHERE status IN ('resolved', 'closed');

-- How many cases hold each term: similar-case hints query with the rarer terms.
CREATE VIRTUAL TABLE case_vocab USING fts5vocab(case_fts, 'row');
