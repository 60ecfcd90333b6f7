-- The case library's full-text index, rebuilt for speed of bulk loads (a
-- 100,000-ticket import spent most of its time here):
--
-- * tokenize = 'ascii': svc writes every term already folded (lower case, full
--   width to ASCII) and separated by spaces, and a term holds only letters,
--   digits and CJK characters; 'ascii' splits on spaces and ASCII punctuation
--   and keeps every non-ASCII character, so it makes the very same tokens as
--   the unicode61 setup of 008, looking at bytes instead of Unicode classes.
-- * hashsize: FTS5 gathers new terms in memory up to this many bytes before it
--   writes them out as a segment (its default is 1 MiB); a bulk import then
--   writes a few large segments instead of many small ones that FTS5 merges
--   again and again. Everyday writes index a case or two.
--
-- The cases are indexed again from their records at the next search or import.
DROP TABLE case_vocab;
DROP TABLE case_fts;
CREATE VIRTUAL TABLE case_fts USING fts5(
    terms,
    tags,
    content = '',
    columnsize = 0,
    tokenize = 'ascii'
);
INSERT INTO case_fts(case_fts, rank) VALUES ('hashsize', 8388608);
CREATE VIRTUAL TABLE case_vocab USING fts5vocab(case_fts, 'row');

DELETE FROM cases;
INSERT OR IGNORE INTO case_dirty(doc)
SELECT 2 * id FROM tickets WHERE status IN ('resolved', 'closed');
INSERT OR IGNORE INTO case_dirty(doc)
SELECT 2 * id + 1 FROM complaints WHERE status IN ('resolved', 'closed');
