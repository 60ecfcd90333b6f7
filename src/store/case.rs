//! The case library's index: the FTS5 table of terms and tags, the `cases`
//! rows that say which record an FTS row is, and the queue of records the
//! triggers marked as changed (see sql/008_cases.sql).

use rusqlite::{Connection, OptionalExtension, params};

use crate::domain::cjk::Term;
use crate::error::Result;

/// Ticket or complaint.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Ticket,
    Complaint,
}

impl Kind {
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Ticket => "ticket",
            Kind::Complaint => "complaint",
        }
    }
}

/// The record a document number stands for: 2n is T-n, 2n + 1 is C-n.
pub fn record(doc: i64) -> (Kind, i64) {
    if doc % 2 == 0 {
        (Kind::Ticket, doc / 2)
    } else {
        (Kind::Complaint, doc / 2)
    }
}

/// An FTS row id is the time the case was solved (epoch seconds), moved on to
/// the next free second when taken, so rowid order is the order in which cases
/// were solved. Small gaps keep the index small: FTS5 stores rowid deltas.
/// A case looks for a free id within this many seconds after its time, then
/// after every id.
const SPILL: i64 = 3600;

/// Filter tokens in the `tags` column: `kcomplaint` on complaints (tickets are
/// the rest), `c` + category, `p` + model; values hex-encoded so any category
/// or model is one token.
fn tag(prefix: char, value: &str) -> String {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let mut s = String::with_capacity(1 + 2 * value.len());
    s.push(prefix);
    for b in value.as_bytes() {
        s.push(char::from(HEX[usize::from(b >> 4)]));
        s.push(char::from(HEX[usize::from(b & 15)]));
    }
    s
}

fn tags(kind: Kind, category: &str, product: Option<&str>) -> String {
    let mut t = tag('c', category);
    if kind == Kind::Complaint {
        t.push_str(" kcomplaint");
    }
    if let Some(p) = product {
        t.push(' ');
        t.push_str(&tag('p', p));
    }
    t
}

/// What a record holds to index, joined by new lines (which always separate
/// terms): product, description, resolution or outcome, customer-facing notes.
fn body(product: Option<&str>, texts: &[Option<String>]) -> String {
    product
        .into_iter()
        .chain(texts.iter().filter_map(|t| t.as_deref()))
        .collect::<Vec<_>>()
        .join("\n")
}

/// Drop the trigger that queues every inserted resolved or closed ticket, for a
/// bulk load: a trigger runs a sub-program per row, which cost a 100,000-row
/// import more than indexing its cases. Inside the load's transaction, so a
/// failed load brings it back; [`resume_ticket_queue`] restores it.
pub fn suspend_ticket_queue(conn: &Connection) -> Result<Option<String>> {
    let sql: Option<String> = conn
        .query_row(
            "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = 'case_ticket_insert'",
            [],
            |r| r.get(0),
        )
        .optional()?;
    if sql.is_some() {
        conn.execute_batch("DROP TRIGGER case_ticket_insert")?;
    }
    Ok(sql)
}

/// Put the trigger back and queue, in one statement, what it would have queued:
/// every resolved or closed ticket that is not in the library (the others are
/// in it or queued already).
pub fn resume_ticket_queue(conn: &Connection, trigger: Option<String>) -> Result<()> {
    let Some(sql) = trigger else {
        return Ok(());
    };
    conn.execute_batch(&sql)?;
    conn.execute(
        "INSERT OR IGNORE INTO case_dirty(doc)
         SELECT 2 * t.id FROM tickets t
         WHERE t.status IN ('resolved', 'closed')
           AND NOT EXISTS (SELECT 1 FROM cases WHERE doc = 2 * t.id)",
        [],
    )?;
    Ok(())
}

/// Whether changes wait to be indexed.
pub fn pending(conn: &Connection) -> Result<bool> {
    Ok(conn
        .prepare_cached("SELECT 1 FROM case_dirty LIMIT 1")?
        .exists([])?)
}

/// Bring every queued record up to date: take out what was indexed for it, put
/// in what it is now if it is (still) resolved or closed. `terms` turns a body
/// into the space-separated terms to index. Returns how many were indexed.
pub fn sync(conn: &Connection, terms: &dyn Fn(&str) -> String) -> Result<usize> {
    {
        let mut stale = conn.prepare(
            "SELECT entry, doc, category, product, body FROM cases
             WHERE doc IN (SELECT doc FROM case_dirty) ORDER BY entry",
        )?;
        let mut rows = stale.query([])?;
        let mut remove = conn.prepare(
            "INSERT INTO case_fts(case_fts, rowid, terms, tags) VALUES ('delete', ?1, ?2, ?3)",
        )?;
        while let Some(r) = rows.next()? {
            let (entry, doc): (i64, i64) = (r.get(0)?, r.get(1)?);
            let (category, product, body): (String, Option<String>, String) =
                (r.get(2)?, r.get(3)?, r.get(4)?);
            let kind = record(doc).0;
            // The very terms and tags that were inserted: FTS5 needs them to take a row out.
            remove.execute(params![
                entry,
                terms(&body),
                tags(kind, &category, product.as_deref())
            ])?;
        }
    }
    conn.execute(
        "DELETE FROM cases WHERE doc IN (SELECT doc FROM case_dirty)",
        [],
    )?;
    let mut last_near =
        conn.prepare("SELECT max(entry) FROM cases WHERE entry >= ?1 AND entry < ?1 + ?2")?;
    let mut last_after = conn.prepare("SELECT max(entry) FROM cases WHERE entry >= ?1")?;
    let mut add_case = conn.prepare(
        "INSERT INTO cases(entry, doc, category, product, solved_at, body)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )?;
    let mut add_terms =
        conn.prepare("INSERT INTO case_fts(rowid, terms, tags) VALUES (?1, ?2, ?3)")?;
    // In the order the cases were solved: their FTS rowids then only grow, and FTS5
    // keeps appending to one segment in memory. A rowid smaller than the one before
    // makes it write out what it holds first, so in record order a bulk load of
    // 100,000 cases wrote thousands of small segments and spent most of its time
    // merging them.
    let mut queued = conn.prepare(
        "SELECT d.doc, t.category, t.product,
                coalesce(t.resolved_at, t.closed_at, t.updated_at) AS solved,
                t.description, t.resolution,
                (SELECT group_concat(text, char(10)) FROM
                   (SELECT text FROM notes WHERE entity = 'T-' || t.id AND internal = 0
                    ORDER BY at, id))
         FROM case_dirty d JOIN tickets t ON t.id = d.doc / 2
         WHERE d.doc % 2 = 0 AND t.status IN ('resolved', 'closed')
         UNION ALL
         SELECT d.doc, c.category,
                coalesce((SELECT product FROM purchases WHERE id = c.purchase_id),
                         (SELECT product FROM tickets WHERE id = c.ticket_id)),
                coalesce(c.resolved_at, c.closed_at, c.updated_at),
                c.description, c.outcome,
                (SELECT group_concat(text, char(10)) FROM
                   (SELECT text FROM notes WHERE entity = 'C-' || c.id AND internal = 0
                    ORDER BY at, id))
         FROM case_dirty d JOIN complaints c ON c.id = d.doc / 2
         WHERE d.doc % 2 = 1 AND c.status IN ('resolved', 'closed')
         ORDER BY solved, doc",
    )?;
    let mut rows = queued.query([])?;
    let mut n = 0;
    while let Some(r) = rows.next()? {
        let doc: i64 = r.get(0)?;
        let category: String = r.get(1)?;
        let product: Option<String> = r.get(2)?;
        let solved_at: i64 = r.get(3)?;
        let body = body(product.as_deref(), &[Some(r.get(4)?), r.get(5)?, r.get(6)?]);
        let end = solved_at.saturating_add(SPILL);
        let entry =
            match last_near.query_row(params![solved_at, SPILL], |r| r.get::<_, Option<i64>>(0))? {
                None => solved_at,
                Some(e) if e + 1 < end => e + 1,
                _ => last_after.query_row([solved_at], |r| r.get::<_, i64>(0))? + 1,
            };
        add_case.execute(params![entry, doc, category, product, solved_at, body])?;
        add_terms.execute(params![
            entry,
            terms(&body),
            tags(record(doc).0, &category, product.as_deref())
        ])?;
        n += 1;
    }
    drop(rows);
    conn.execute("DELETE FROM case_dirty", [])?;
    Ok(n)
}

/// FTS5 string literal.
fn quoted(s: &str) -> String {
    format!("\"{}\"", s.replace('"', "\"\""))
}

/// Which terms a search needs.
#[derive(Clone, Debug)]
pub enum Wanted {
    /// Every term of a query (`case search`).
    All(Vec<Term>),
    /// Any of these index terms (similar cases).
    Any(Vec<String>),
}

/// Filters of a search; `None` means any.
#[derive(Clone, Debug, Default)]
pub struct Filter {
    pub kind: Option<Kind>,
    pub category: Option<String>,
    /// Only cases not of this category (the second pass of similar cases).
    pub not_category: Option<String>,
    pub product: Option<String>,
    pub limit: Option<i64>,
}

/// The FTS5 expression for `wanted` under filter `f`.
fn expression(wanted: &Wanted, f: &Filter) -> String {
    let term = |t: &Term| match t {
        Term::Word(w) => format!("terms : {}", quoted(w)),
        Term::Phrase(bigrams) => format!("terms : {}", quoted(&bigrams.join(" "))),
        Term::Start(c) => format!("terms : {}*", quoted(&c.to_string())),
    };
    let mut e = match wanted {
        Wanted::All(terms) => terms.iter().map(term).collect::<Vec<_>>().join(" AND "),
        Wanted::Any(terms) => format!(
            "({})",
            terms
                .iter()
                .map(|t| format!("terms : {}", quoted(t)))
                .collect::<Vec<_>>()
                .join(" OR ")
        ),
    };
    let mut need = |t: String| e = format!("({e}) AND tags : {}", quoted(&t));
    if let Some(c) = &f.category {
        need(tag('c', c));
    }
    if let Some(p) = &f.product {
        need(tag('p', p));
    }
    if f.kind == Some(Kind::Complaint) {
        need("kcomplaint".into());
    }
    let mut except = |t: String| e = format!("({e}) NOT tags : {}", quoted(&t));
    if f.kind == Some(Kind::Ticket) {
        except("kcomplaint".into());
    }
    if let Some(c) = &f.not_category {
        except(tag('c', c));
    }
    e
}

/// One case found, best first.
#[derive(Clone, Debug, PartialEq)]
pub struct Found {
    pub doc: i64,
    pub category: String,
    pub product: Option<String>,
    pub solved_at: i64,
}

/// Cases holding `wanted`, by relevance (FTS5's bm25 over the terms; tags weigh
/// nothing), newest first on equal relevance.
pub fn search(conn: &Connection, wanted: &Wanted, f: &Filter) -> Result<Vec<Found>> {
    let mut stmt = conn.prepare_cached(
        "WITH top AS (
             SELECT rowid AS entry, bm25(case_fts, 1.0, 0.0) AS score FROM case_fts
             WHERE case_fts MATCH ?1 ORDER BY score, rowid DESC LIMIT ?2)
         SELECT c.doc, c.category, c.product, c.solved_at
         FROM top JOIN cases c ON c.entry = top.entry
         ORDER BY top.score, top.entry DESC",
    )?;
    let rows = stmt
        .query_map(params![expression(wanted, f), f.limit.unwrap_or(-1)], |r| {
            Ok(Found {
                doc: r.get(0)?,
                category: r.get(1)?,
                product: r.get(2)?,
                solved_at: r.get(3)?,
            })
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(rows)
}

/// In how many cases each term occurs (0 when in none).
pub fn doc_counts(conn: &Connection, terms: &[String]) -> Result<Vec<i64>> {
    let mut stmt =
        conn.prepare_cached("SELECT coalesce((SELECT doc FROM case_vocab WHERE term = ?1), 0)")?;
    terms
        .iter()
        .map(|t| Ok(stmt.query_row([t], |r| r.get(0))?))
        .collect()
}

/// The model as the products table spells it, matched without regard to case.
pub fn product_model(conn: &Connection, model: &str) -> Result<Option<String>> {
    Ok(conn
        .prepare_cached("SELECT model FROM products WHERE model = ?1 COLLATE NOCASE LIMIT 1")?
        .query_row([model], |r| r.get(0))
        .optional()?)
}

/// What a found case says now: its description, resolution or outcome, and
/// customer-facing notes (oldest first).
pub struct Texts {
    pub description: String,
    pub resolution: Option<String>,
    pub notes: Vec<String>,
}

pub fn texts(conn: &Connection, doc: i64) -> Result<Option<Texts>> {
    let (kind, n) = record(doc);
    let (sql, entity) = match kind {
        Kind::Ticket => (
            "SELECT description, resolution FROM tickets WHERE id = ?1",
            format!("T-{n}"),
        ),
        Kind::Complaint => (
            "SELECT description, outcome FROM complaints WHERE id = ?1",
            format!("C-{n}"),
        ),
    };
    let Some((description, resolution)) = conn
        .prepare_cached(sql)?
        .query_row([n], |r| Ok((r.get(0)?, r.get(1)?)))
        .optional()?
    else {
        return Ok(None);
    };
    let notes = conn
        .prepare_cached(
            "SELECT text FROM notes WHERE entity = ?1 AND internal = 0 ORDER BY at, id",
        )?
        .query_map([entity], |r| r.get(0))?
        .collect::<rusqlite::Result<Vec<String>>>()?;
    Ok(Some(Texts {
        description,
        resolution,
        notes,
    }))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::cjk;

    #[test]
    fn searches_become_fts5_expressions() {
        let all = Wanted::All(cjk::query("AT-100 风扇异响 漏"));
        assert_eq!(
            expression(&all, &Filter::default()),
            "terms : \"at100\" AND terms : \"风扇 扇异 异响\" AND terms : \"漏\"*"
        );
        let f = Filter {
            kind: Some(Kind::Ticket),
            category: Some("noise".into()),
            product: Some("AT-100".into()),
            ..Filter::default()
        };
        assert_eq!(
            expression(&Wanted::All(cjk::query("异响")), &f),
            "(((terms : \"异响\") AND tags : \"c6e6f697365\") AND tags : \"p41542d313030\") \
             NOT tags : \"kcomplaint\""
        );
        let f = Filter {
            kind: Some(Kind::Complaint),
            ..Filter::default()
        };
        assert_eq!(
            expression(&Wanted::All(cjk::query("异响")), &f),
            "(terms : \"异响\") AND tags : \"kcomplaint\""
        );
        let any = Wanted::Any(vec!["异响".into(), "a\"b".into()]);
        let f = Filter {
            not_category: Some("noise".into()),
            ..Filter::default()
        };
        assert_eq!(
            expression(&any, &f),
            "((terms : \"异响\" OR terms : \"a\"\"b\")) NOT tags : \"c6e6f697365\""
        );
    }

    #[test]
    fn document_numbers_name_tickets_and_complaints() {
        assert_eq!(record(14), (Kind::Ticket, 7));
        assert_eq!(record(15), (Kind::Complaint, 7));
    }
}
