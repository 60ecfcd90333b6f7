//! Complaints, their notes and escalations.

use rusqlite::{Connection, OptionalExtension, params};

use crate::error::Result;

/// One complaint row.
#[derive(Clone, Debug, Default, serde::Serialize)]
pub struct Complaint {
    pub id: i64,
    pub customer_id: String,
    pub category: String,
    pub description: String,
    pub demand: Option<String>,
    pub severity: String,
    pub severity_rule: String,
    pub owner_role: String,
    pub owner: Option<String>,
    pub team: bool,
    pub ticket_id: Option<i64>,
    pub purchase_id: Option<i64>,
    pub status: String,
    pub opened_at: i64,
    pub clock_start: i64,
    pub plan_due: i64,
    pub plan_text: Option<String>,
    pub plan_owner: Option<String>,
    pub plan_set_at: Option<i64>,
    pub plan_complete_by: Option<i64>,
    pub outcome: Option<String>,
    pub compensation: Option<f64>,
    pub escalation_level: i64,
    pub remedy: Option<String>,
    pub remedy_rule: Option<String>,
    pub resolved_at: Option<i64>,
    pub closed_at: Option<i64>,
    pub reopen_count: i64,
    pub forced: bool,
    pub updated_at: i64,
}

const COLS: &str = "id, customer_id, category, description, demand, severity, severity_rule,
    owner_role, owner, team, ticket_id, purchase_id, status, opened_at, clock_start, plan_due,
    plan_text, plan_owner, plan_set_at, plan_complete_by, outcome, compensation,
    escalation_level, remedy, remedy_rule, resolved_at, closed_at, reopen_count, forced,
    updated_at";

fn row(r: &rusqlite::Row) -> rusqlite::Result<Complaint> {
    Ok(Complaint {
        id: r.get(0)?,
        customer_id: r.get(1)?,
        category: r.get(2)?,
        description: r.get(3)?,
        demand: r.get(4)?,
        severity: r.get(5)?,
        severity_rule: r.get(6)?,
        owner_role: r.get(7)?,
        owner: r.get(8)?,
        team: r.get::<_, i64>(9)? != 0,
        ticket_id: r.get(10)?,
        purchase_id: r.get(11)?,
        status: r.get(12)?,
        opened_at: r.get(13)?,
        clock_start: r.get(14)?,
        plan_due: r.get(15)?,
        plan_text: r.get(16)?,
        plan_owner: r.get(17)?,
        plan_set_at: r.get(18)?,
        plan_complete_by: r.get(19)?,
        outcome: r.get(20)?,
        compensation: r.get(21)?,
        escalation_level: r.get(22)?,
        remedy: r.get(23)?,
        remedy_rule: r.get(24)?,
        resolved_at: r.get(25)?,
        closed_at: r.get(26)?,
        reopen_count: r.get(27)?,
        forced: r.get::<_, i64>(28)? != 0,
        updated_at: r.get(29)?,
    })
}

pub fn insert(conn: &Connection, c: &Complaint) -> Result<()> {
    conn.prepare_cached(&format!(
        "INSERT INTO complaints({COLS}) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11,
         ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23, ?24, ?25, ?26, ?27, ?28,
         ?29, ?30)"
    ))?
    .execute(params![
        c.id,
        c.customer_id,
        c.category,
        c.description,
        c.demand,
        c.severity,
        c.severity_rule,
        c.owner_role,
        c.owner,
        c.team as i64,
        c.ticket_id,
        c.purchase_id,
        c.status,
        c.opened_at,
        c.clock_start,
        c.plan_due,
        c.plan_text,
        c.plan_owner,
        c.plan_set_at,
        c.plan_complete_by,
        c.outcome,
        c.compensation,
        c.escalation_level,
        c.remedy,
        c.remedy_rule,
        c.resolved_at,
        c.closed_at,
        c.reopen_count,
        c.forced as i64,
        c.updated_at
    ])?;
    Ok(())
}

/// Write every field that a lifecycle step may change.
pub fn update(conn: &Connection, c: &Complaint) -> Result<()> {
    conn.prepare_cached(
        "UPDATE complaints SET owner_role = ?2, owner = ?3, team = ?4, status = ?5,
           clock_start = ?6, plan_due = ?7, plan_text = ?8, plan_owner = ?9, plan_set_at = ?10,
           plan_complete_by = ?11, outcome = ?12, compensation = ?13, escalation_level = ?14,
           resolved_at = ?15, closed_at = ?16, reopen_count = ?17, updated_at = ?18
         WHERE id = ?1",
    )?
    .execute(params![
        c.id,
        c.owner_role,
        c.owner,
        c.team as i64,
        c.status,
        c.clock_start,
        c.plan_due,
        c.plan_text,
        c.plan_owner,
        c.plan_set_at,
        c.plan_complete_by,
        c.outcome,
        c.compensation,
        c.escalation_level,
        c.resolved_at,
        c.closed_at,
        c.reopen_count,
        c.updated_at
    ])?;
    Ok(())
}

pub fn get(conn: &Connection, id: i64) -> Result<Option<Complaint>> {
    Ok(conn
        .prepare_cached(&format!("SELECT {COLS} FROM complaints WHERE id = ?1"))?
        .query_row([id], row)
        .optional()?)
}

/// Open complaints of one customer and category: candidates for the duplicate rule.
pub fn open_of(conn: &Connection, customer: &str, category: &str) -> Result<Vec<(i64, i64)>> {
    let mut stmt = conn.prepare_cached(
        "SELECT id, opened_at FROM complaints
         WHERE customer_id = ?1 AND category = ?2
           AND status IN ('open', 'investigating', 'planned')
         ORDER BY opened_at DESC, id DESC",
    )?;
    let rows = stmt
        .query_map(params![customer, category], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(rows)
}

/// Filters of `complaint list`; times are epoch seconds, [since, until).
#[derive(Default)]
pub struct Filter {
    pub status: Option<String>,
    pub customer: Option<String>,
    pub category: Option<String>,
    pub severity: Option<String>,
    pub since: Option<i64>,
    pub until: Option<i64>,
    pub limit: Option<i64>,
}

/// Matching complaints, newest first.
pub fn list(
    conn: &Connection,
    f: &Filter,
    each: &mut dyn FnMut(Complaint) -> Result<()>,
) -> Result<()> {
    let mut stmt = conn.prepare(&format!(
        "SELECT {COLS} FROM complaints
         WHERE (?1 IS NULL OR status = ?1) AND (?2 IS NULL OR customer_id = ?2)
           AND (?3 IS NULL OR category = ?3) AND (?4 IS NULL OR severity = ?4)
           AND (?5 IS NULL OR opened_at >= ?5) AND (?6 IS NULL OR opened_at < ?6)
         ORDER BY opened_at DESC, id DESC LIMIT ?7"
    ))?;
    let mut rows = stmt.query(params![
        f.status,
        f.customer,
        f.category,
        f.severity,
        f.since,
        f.until,
        f.limit.unwrap_or(-1)
    ])?;
    while let Some(r) = rows.next()? {
        each(row(r)?)?;
    }
    Ok(())
}

pub fn ticket_exists(conn: &Connection, id: i64) -> Result<bool> {
    Ok(conn
        .prepare_cached("SELECT 1 FROM tickets WHERE id = ?1")?
        .query_row([id], |_| Ok(()))
        .optional()?
        .is_some())
}

/// A note on a ticket or complaint.
#[derive(Clone, Debug, serde::Serialize)]
pub struct Note {
    pub at: i64,
    pub author: String,
    pub text: String,
    pub internal: bool,
}

pub fn add_note(conn: &Connection, entity: &str, n: &Note) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO notes(entity, at, author, text, internal) VALUES (?1, ?2, ?3, ?4, ?5)",
    )?
    .execute(params![entity, n.at, n.author, n.text, n.internal as i64])?;
    Ok(())
}

pub fn notes(conn: &Connection, entity: &str) -> Result<Vec<Note>> {
    let mut stmt = conn.prepare_cached(
        "SELECT at, author, text, internal FROM notes WHERE entity = ?1 ORDER BY at, id",
    )?;
    let rows = stmt
        .query_map([entity], |r| {
            Ok(Note {
                at: r.get(0)?,
                author: r.get(1)?,
                text: r.get(2)?,
                internal: r.get::<_, i64>(3)? != 0,
            })
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(rows)
}
