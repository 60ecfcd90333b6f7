//! The case library's index: the FTS5 table of terms, the `cases` rows a search
//! filters and sorts on, and the queue of documents the triggers marked as
//! changed (see sql/007_cases.sql).

use rusqlite::types::Value;
use rusqlite::{Connection, params, params_from_iter};

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

/// The document number of a record: 2n for T-n, 2n + 1 for C-n.
pub fn doc(kind: Kind, number: i64) -> i64 {
    match kind {
        Kind::Ticket => 2 * number,
        Kind::Complaint => 2 * number + 1,
    }
}

/// The record a document number stands for.
pub fn record(doc: i64) -> (Kind, i64) {
    if doc % 2 == 0 {
        (Kind::Ticket, doc / 2)
    } else {
        (Kind::Complaint, doc / 2)
    }
}

/// Whether changes wait to be indexed.
pub fn pending(conn: &Connection) -> Result<bool> {
    Ok(conn
        .prepare_cached("SELECT 1 FROM case_dirty LIMIT 1")?
        .exists([])?)
}

/// What a queued record holds to index.
pub struct Source {
    pub doc: i64,
    pub category: String,
    pub product: Option<String>,
    pub solved_at: i64,
    pub description: String,
    pub resolution: Option<String>,
    /// Customer-facing notes, joined by new lines.
    pub notes: Option<String>,
}

fn source(r: &rusqlite::Row) -> rusqlite::Result<Source> {
    Ok(Source {
        doc: r.get(0)?,
        category: r.get(1)?,
        product: r.get(2)?,
        solved_at: r.get(3)?,
        description: r.get(4)?,
        resolution: r.get(5)?,
        notes: r.get(6)?,
    })
}

/// Bring every queued document up to date: drop what it was, index what it is
/// now if it is (still) resolved or closed, with `terms` making the index text.
/// Returns how many documents are in the library afterwards among those queued.
pub fn sync(conn: &Connection, terms: &dyn Fn(&Source) -> String) -> Result<usize> {
    let stale: Vec<i64> = conn
        .prepare("SELECT doc FROM cases WHERE doc IN (SELECT doc FROM case_dirty)")?
        .query_map([], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    {
        let mut del = conn.prepare("DELETE FROM case_fts WHERE rowid = ?1")?;
        for d in stale {
            del.execute([d])?;
        }
    }
    conn.execute(
        "DELETE FROM cases WHERE doc IN (SELECT doc FROM case_dirty)",
        [],
    )?;
    let mut n = 0;
    let mut add_case = conn.prepare(
        "INSERT INTO cases(doc, category, product, solved_at) VALUES (?1, ?2, ?3, ?4)",
    )?;
    let mut add_terms = conn.prepare("INSERT INTO case_fts(rowid, terms) VALUES (?1, ?2)")?;
    for sql in [
        "SELECT d.doc, t.category, t.product,
                coalesce(t.resolved_at, t.closed_at, t.updated_at), t.description, t.resolution,
                (SELECT group_concat(text, char(10)) FROM notes
                  WHERE entity = 'T-' || t.id AND internal = 0)
         FROM case_dirty d JOIN tickets t ON t.id = d.doc / 2
         WHERE d.doc % 2 = 0 AND t.status IN ('resolved', 'closed')",
        "SELECT d.doc, c.category,
                coalesce((SELECT product FROM purchases WHERE id = c.purchase_id),
                         (SELECT product FROM tickets WHERE id = c.ticket_id)),
                coalesce(c.resolved_at, c.closed_at, c.updated_at), c.description, c.outcome,
                (SELECT group_concat(text, char(10)) FROM notes
                  WHERE entity = 'C-' || c.id AND internal = 0)
         FROM case_dirty d JOIN complaints c ON c.id = d.doc / 2
         WHERE d.doc % 2 = 1 AND c.status IN ('resolved', 'closed')",
    ] {
        let mut stmt = conn.prepare(sql)?;
        let mut rows = stmt.query([])?;
        while let Some(r) = rows.next()? {
            let s = source(r)?;
            add_case.execute(params![s.doc, s.category, s.product, s.solved_at])?;
            add_terms.execute(params![s.doc, terms(&s)])?;
            n += 1;
        }
    }
    conn.execute("DELETE FROM case_dirty", [])?;
    Ok(n)
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

/// One document a search found, best first.
#[derive(Clone, Debug, PartialEq)]
pub struct Found {
    pub doc: i64,
    pub category: String,
    pub product: Option<String>,
    pub solved_at: i64,
}

/// Documents matching the FTS5 expression `expr`, by relevance (bm25), newest
/// first on ties.
pub fn search(conn: &Connection, expr: &str, f: &Filter) -> Result<Vec<Found>> {
    let mut conds: Vec<String> = Vec::new();
    let mut args: Vec<Value> = vec![Value::Text(expr.to_string())];
    if let Some(k) = f.kind {
        conds.push(format!("f.rowid % 2 = {}", doc(k, 0)));
    }
    for (cond, v) in [
        ("c.category =", &f.category),
        ("c.category <>", &f.not_category),
        ("c.product =", &f.product),
    ] {
        if let Some(v) = v {
            args.push(Value::Text(v.clone()));
            conds.push(format!("{cond} ?{}", args.len()));
        }
    }
    args.push(Value::Integer(f.limit.unwrap_or(-1)));
    let filter: String = conds.iter().map(|c| format!(" AND {c}")).collect();
    let sql = format!(
        "SELECT f.rowid, c.category, c.product, c.solved_at
         FROM case_fts f JOIN cases c ON c.doc = f.rowid
         WHERE case_fts MATCH ?1{filter}
         ORDER BY f.rank, c.solved_at DESC, f.rowid DESC
         LIMIT ?{}",
        args.len()
    );
    let mut stmt = conn.prepare(&sql)?;
    let rows = stmt
        .query_map(params_from_iter(args), |r| {
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

/// In how many documents of the library each term occurs (0 when it occurs nowhere).
pub fn doc_counts(conn: &Connection, terms: &[String]) -> Result<Vec<i64>> {
    let mut stmt = conn.prepare_cached(
        "SELECT coalesce((SELECT doc FROM case_vocab WHERE term = ?1), 0)",
    )?;
    terms
        .iter()
        .map(|t| Ok(stmt.query_row([t], |r| r.get(0))?))
        .collect()
}

/// The model as the products table spells it, matched without regard to case.
pub fn product_model(conn: &Connection, model: &str) -> Result<Option<String>> {
    use rusqlite::OptionalExtension;
    Ok(conn
        .prepare_cached("SELECT model FROM products WHERE model = ?1 COLLATE NOCASE LIMIT 1")?
        .query_row([model], |r| r.get(0))
        .optional()?)
}

/// What a found case says: its description, resolution or outcome, and
/// customer-facing notes (oldest first).
pub struct Texts {
    pub description: String,
    pub resolution: Option<String>,
    pub notes: Vec<String>,
}

pub fn texts(conn: &Connection, doc: i64) -> Result<Option<Texts>> {
    use rusqlite::OptionalExtension;
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
