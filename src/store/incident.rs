//! Incidents, their links to tickets and complaints, and the outreach list.

use rusqlite::{Connection, OptionalExtension, params};

use crate::error::Result;

#[derive(Clone, Debug, Default, serde::Serialize)]
pub struct Incident {
    pub id: i64,
    pub title: String,
    pub kind: String,
    pub product: Option<String>,
    pub region: Option<String>,
    pub drill: bool,
    pub status: String,
    pub declared_at: i64,
    pub declared_by: String,
    pub closed_at: Option<i64>,
    pub closed_by: Option<String>,
    pub summary: Option<String>,
}

const COLS: &str = "id, title, kind, product, region, drill, status, declared_at, declared_by,
                    closed_at, closed_by, summary";

fn row(r: &rusqlite::Row) -> rusqlite::Result<Incident> {
    Ok(Incident {
        id: r.get(0)?,
        title: r.get(1)?,
        kind: r.get(2)?,
        product: r.get(3)?,
        region: r.get(4)?,
        drill: r.get::<_, i64>(5)? != 0,
        status: r.get(6)?,
        declared_at: r.get(7)?,
        declared_by: r.get(8)?,
        closed_at: r.get(9)?,
        closed_by: r.get(10)?,
        summary: r.get(11)?,
    })
}

pub fn insert(conn: &Connection, i: &Incident) -> Result<()> {
    conn.execute(
        &format!("INSERT INTO incidents({COLS}) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)"),
        params![
            i.id,
            i.title,
            i.kind,
            i.product,
            i.region,
            i.drill as i64,
            i.status,
            i.declared_at,
            i.declared_by,
            i.closed_at,
            i.closed_by,
            i.summary
        ],
    )?;
    Ok(())
}

pub fn get(conn: &Connection, id: i64) -> Result<Option<Incident>> {
    Ok(conn
        .prepare_cached(&format!("SELECT {COLS} FROM incidents WHERE id = ?1"))?
        .query_row([id], row)
        .optional()?)
}

pub fn close(conn: &Connection, id: i64, at: i64, by: &str, summary: &str) -> Result<()> {
    conn.execute(
        "UPDATE incidents SET status = 'closed', closed_at = ?2, closed_by = ?3, summary = ?4
         WHERE id = ?1",
        params![id, at, by, summary],
    )?;
    Ok(())
}

/// Incidents declared in [since, until), optionally only one status, oldest first.
pub fn list(
    conn: &Connection,
    status: Option<&str>,
    since: Option<i64>,
    until: Option<i64>,
    limit: Option<i64>,
) -> Result<Vec<Incident>> {
    let mut stmt = conn.prepare(&format!(
        "SELECT {COLS} FROM incidents
         WHERE (?1 IS NULL OR status = ?1) AND (?2 IS NULL OR declared_at >= ?2)
           AND (?3 IS NULL OR declared_at < ?3)
         ORDER BY id LIMIT ?4"
    ))?;
    let rows = stmt
        .query_map(params![status, since, until, limit.unwrap_or(-1)], row)?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(rows)
}

pub fn is_linked(conn: &Connection, incident: i64, target: &str) -> Result<bool> {
    Ok(conn
        .prepare_cached("SELECT 1 FROM incident_links WHERE incident_id = ?1 AND target = ?2")?
        .exists(params![incident, target])?)
}

pub fn link(conn: &Connection, incident: i64, target: &str, at: i64, by: &str) -> Result<()> {
    conn.execute(
        "INSERT INTO incident_links(incident_id, target, linked_at, linked_by)
         VALUES (?1, ?2, ?3, ?4)",
        params![incident, target, at, by],
    )?;
    Ok(())
}

/// The records linked to an incident, in the order they were linked.
pub fn links(conn: &Connection, incident: i64) -> Result<Vec<String>> {
    let mut stmt = conn.prepare_cached(
        "SELECT target FROM incident_links WHERE incident_id = ?1 ORDER BY linked_at, rowid",
    )?;
    let rows = stmt
        .query_map([incident], |r| r.get(0))?
        .collect::<rusqlite::Result<Vec<String>>>()?;
    Ok(rows)
}

/// One customer to contact about an incident, with the purchase that concerns it.
#[derive(Clone, Debug)]
pub struct Affected {
    pub customer: String,
    pub name: String,
    pub phone: String,
    pub region: Option<String>,
    pub product: Option<String>,
    pub serial: Option<String>,
    pub purchased: Option<String>,
}

/// Everyone who bought `product` or lives in `region`, once each, by customer id.
/// The purchase shown is the latest of `product`, or with no product the latest
/// of any product.
pub fn affected(
    conn: &Connection,
    product: Option<&str>,
    region: Option<&str>,
) -> Result<Vec<Affected>> {
    let mut stmt = conn.prepare(
        "SELECT c.id, c.name, c.phone, c.region, p.product, p.serial, p.purchased
         FROM customers c
         LEFT JOIN purchases p ON p.id = (
             SELECT id FROM purchases
             WHERE customer_id = c.id AND (?1 IS NULL OR product = ?1)
             ORDER BY purchased DESC, id DESC LIMIT 1)
         WHERE (?1 IS NOT NULL AND EXISTS (
                   SELECT 1 FROM purchases WHERE customer_id = c.id AND product = ?1))
            OR (?2 IS NOT NULL AND c.region = ?2)
         ORDER BY c.id",
    )?;
    let rows = stmt
        .query_map(params![product, region], |r| {
            Ok(Affected {
                customer: r.get(0)?,
                name: r.get(1)?,
                phone: r.get(2)?,
                region: r.get(3)?,
                product: r.get(4)?,
                serial: r.get(5)?,
                purchased: r.get(6)?,
            })
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(rows)
}

/// Incidents declared in [since, until): real ones and drills apart.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize)]
pub struct Counts {
    pub incidents: i64,
    pub drills: i64,
}

/// How many incidents and drills were declared in [since, until) — for monthly reports.
pub fn count_declared(conn: &Connection, since: i64, until: i64) -> Result<Counts> {
    Ok(conn.query_row(
        "SELECT COALESCE(SUM(drill = 0), 0), COALESCE(SUM(drill = 1), 0) FROM incidents
         WHERE declared_at >= ?1 AND declared_at < ?2",
        params![since, until],
        |r| {
            Ok(Counts {
                incidents: r.get(0)?,
                drills: r.get(1)?,
            })
        },
    )?)
}
