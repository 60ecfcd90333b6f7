//! Callbacks.

use rusqlite::{Connection, OptionalExtension, params};

use crate::error::Result;

#[derive(Clone, Debug, serde::Serialize)]
pub struct Callback {
    pub id: i64,
    pub customer_id: String,
    pub source: Option<String>,
    pub kind: String,
    pub reason: String,
    pub due_at: i64,
    pub status: String,
    pub result: Option<String>,
    pub score: Option<i64>,
    pub attempts: i64,
    pub note: Option<String>,
    pub reopened: bool,
    pub created_at: i64,
    pub created_by: String,
    pub done_at: Option<i64>,
}

const COLS: &str = "id, customer_id, source, kind, reason, due_at, status, result, score, attempts, note, \
                    reopened, created_at, created_by, done_at";

fn row(r: &rusqlite::Row) -> rusqlite::Result<Callback> {
    Ok(Callback {
        id: r.get(0)?,
        customer_id: r.get(1)?,
        source: r.get(2)?,
        kind: r.get(3)?,
        reason: r.get(4)?,
        due_at: r.get(5)?,
        status: r.get(6)?,
        result: r.get(7)?,
        score: r.get(8)?,
        attempts: r.get(9)?,
        note: r.get(10)?,
        reopened: r.get::<_, i64>(11)? != 0,
        created_at: r.get(12)?,
        created_by: r.get(13)?,
        done_at: r.get(14)?,
    })
}

pub fn get(conn: &Connection, id: i64) -> Result<Option<Callback>> {
    Ok(conn
        .prepare_cached(&format!("SELECT {COLS} FROM callbacks WHERE id = ?1"))?
        .query_row([id], row)
        .optional()?)
}

pub fn insert(conn: &Connection, c: &Callback) -> Result<i64> {
    conn.prepare_cached(
        "INSERT INTO callbacks(customer_id, source, kind, reason, due_at, status, attempts, created_at, created_by)
         VALUES (?1, ?2, ?3, ?4, ?5, 'pending', 0, ?6, ?7)",
    )?
    .execute(params![c.customer_id, c.source, c.kind, c.reason, c.due_at, c.created_at, c.created_by])?;
    Ok(conn.last_insert_rowid())
}

/// The pending satisfaction callback of a ticket or complaint, if any.
pub fn pending_for_source(conn: &Connection, source: &str) -> Result<Option<Callback>> {
    Ok(conn
        .prepare_cached(&format!(
            "SELECT {COLS} FROM callbacks WHERE source = ?1 AND status = 'pending' AND kind = 'satisfaction'
             ORDER BY id DESC LIMIT 1"
        ))?
        .query_row([source], row)
        .optional()?)
}

pub fn set_due(conn: &Connection, id: i64, due_at: i64) -> Result<()> {
    conn.prepare_cached("UPDATE callbacks SET due_at = ?2 WHERE id = ?1")?
        .execute(params![id, due_at])?;
    Ok(())
}

pub fn update(conn: &Connection, c: &Callback) -> Result<()> {
    conn.prepare_cached(
        "UPDATE callbacks SET due_at = ?2, status = ?3, result = ?4, score = ?5, attempts = ?6, note = ?7,
                reopened = ?8, done_at = ?9 WHERE id = ?1",
    )?
    .execute(params![
        c.id, c.due_at, c.status, c.result, c.score, c.attempts, c.note, c.reopened as i64, c.done_at
    ])?;
    Ok(())
}

/// Filters of `callback list`.
#[derive(Default)]
pub struct Filter {
    /// Only pending callbacks due before this instant.
    pub due_before: Option<i64>,
    pub customer: Option<String>,
    pub source: Option<String>,
    pub status: Option<String>,
    pub limit: Option<i64>,
}

pub fn list(
    conn: &Connection,
    f: &Filter,
    each: &mut dyn FnMut(Callback) -> Result<()>,
) -> Result<()> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {COLS} FROM callbacks
         WHERE (?1 IS NULL OR (status = 'pending' AND due_at < ?1))
           AND (?2 IS NULL OR customer_id = ?2) AND (?3 IS NULL OR source = ?3)
           AND (?4 IS NULL OR status = ?4)
         ORDER BY due_at, id LIMIT ?5"
    ))?;
    let mut rows = stmt.query(params![
        f.due_before,
        f.customer,
        f.source,
        f.status,
        f.limit.unwrap_or(-1)
    ])?;
    while let Some(r) = rows.next()? {
        each(row(r)?)?;
    }
    Ok(())
}

/// Satisfaction figures of callbacks that ended in [since, until).
#[derive(Clone, Debug, Default, serde::Serialize)]
pub struct Satisfaction {
    pub done: i64,
    pub satisfied: i64,
    pub unsatisfied: i64,
    pub unreachable: i64,
    pub reopened: i64,
    pub mean_score: Option<f64>,
}

pub fn satisfaction(conn: &Connection, since: i64, until: i64) -> Result<Satisfaction> {
    Ok(conn
        .prepare_cached(
            "SELECT count(*) FILTER (WHERE status = 'done'),
                    count(*) FILTER (WHERE result = 'satisfied'),
                    count(*) FILTER (WHERE result = 'unsatisfied'),
                    count(*) FILTER (WHERE status = 'unreachable'),
                    count(*) FILTER (WHERE reopened = 1),
                    avg(score)
             FROM callbacks WHERE done_at >= ?1 AND done_at < ?2",
        )?
        .query_row(params![since, until], |r| {
            Ok(Satisfaction {
                done: r.get(0)?,
                satisfied: r.get(1)?,
                unsatisfied: r.get(2)?,
                unreachable: r.get(3)?,
                reopened: r.get(4)?,
                mean_score: r.get(5)?,
            })
        })?)
}

/// A pending callback's clock, for `sla check`.
pub struct CallbackClock {
    pub id: i64,
    pub customer_id: String,
    pub created_at: i64,
    pub due_at: i64,
    pub created_by: String,
    pub escalation_level: i64,
}

pub fn each_pending(
    conn: &Connection,
    each: &mut dyn FnMut(CallbackClock) -> Result<()>,
) -> Result<()> {
    let mut stmt = conn.prepare_cached(
        "SELECT id, customer_id, created_at, due_at, created_by, escalation_level
         FROM callbacks WHERE status = 'pending' ORDER BY due_at",
    )?;
    let mut rows = stmt.query([])?;
    while let Some(r) = rows.next()? {
        each(CallbackClock {
            id: r.get(0)?,
            customer_id: r.get(1)?,
            created_at: r.get(2)?,
            due_at: r.get(3)?,
            created_by: r.get(4)?,
            escalation_level: r.get(5)?,
        })?;
    }
    Ok(())
}

pub fn set_level(conn: &Connection, id: i64, level: i64) -> Result<()> {
    conn.prepare_cached("UPDATE callbacks SET escalation_level = ?2 WHERE id = ?1")?
        .execute(params![id, level])?;
    Ok(())
}
