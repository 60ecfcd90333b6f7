//! Costs booked on tickets.

use rusqlite::{Connection, OptionalExtension, params};

use crate::error::Result;

#[derive(Clone, Debug, Default, serde::Serialize)]
pub struct Cost {
    pub id: i64,
    pub ticket_id: Option<i64>,
    /// labour | parts | travel | other
    pub kind: String,
    pub amount: f64,
    pub note: Option<String>,
    pub at: i64,
    pub actor: String,
}

pub fn insert_cost(conn: &Connection, c: &Cost) -> Result<i64> {
    conn.prepare_cached(
        "INSERT INTO costs(ticket_id, kind, amount, note, at, actor) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )?
    .execute(params![c.ticket_id, c.kind, c.amount, c.note, c.at, c.actor])?;
    Ok(conn.last_insert_rowid())
}

/// The ticket's status, or `None` when there is no such ticket.
pub fn ticket_status(conn: &Connection, ticket_id: i64) -> Result<Option<String>> {
    Ok(conn
        .prepare_cached("SELECT status FROM tickets WHERE id = ?1")?
        .query_row([ticket_id], |r| r.get(0))
        .optional()?)
}

/// Costs, oldest first, optionally of one ticket and within [since, until).
pub fn list_costs(
    conn: &Connection,
    ticket_id: Option<i64>,
    since: Option<i64>,
    until: Option<i64>,
    limit: Option<i64>,
    each: &mut dyn FnMut(Cost) -> Result<()>,
) -> Result<()> {
    let mut stmt = conn.prepare_cached(
        "SELECT id, ticket_id, kind, amount, note, at, actor FROM costs
          WHERE (?1 IS NULL OR ticket_id = ?1) AND (?2 IS NULL OR at >= ?2) AND (?3 IS NULL OR at < ?3)
          ORDER BY at, id LIMIT ?4",
    )?;
    let mut rows = stmt.query(params![ticket_id, since, until, limit.unwrap_or(-1)])?;
    while let Some(r) = rows.next()? {
        each(Cost {
            id: r.get(0)?,
            ticket_id: r.get(1)?,
            kind: r.get(2)?,
            amount: r.get(3)?,
            note: r.get(4)?,
            at: r.get(5)?,
            actor: r.get(6)?,
        })?;
    }
    Ok(())
}

/// Total cost per kind in [since, until).
pub fn totals_by_kind(conn: &Connection, since: i64, until: i64) -> Result<Vec<(String, f64)>> {
    let mut stmt = conn.prepare_cached(
        "SELECT kind, sum(amount) FROM costs WHERE at >= ?1 AND at < ?2 GROUP BY kind ORDER BY kind",
    )?;
    let rows = stmt
        .query_map(params![since, until], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(rows)
}
