//! What the SLA check and explanation read: the running clocks of open tickets and
//! complaints, and the escalations already made.

use rusqlite::{Connection, OptionalExtension, params};

use crate::error::Result;

/// Ticket statuses in which the ticket is still being worked on.
/// Listed rather than negated so that the `tickets_status` index serves the query.
const OPEN_TICKET_STATUSES: &str = "'new', 'assigned', 'scheduled', 'in_progress', \
     'waiting_customer', 'waiting_parts', 'taken_back', 'returned', 'reopened'";

/// The clocks of one open ticket.
#[derive(Clone, Debug, Default)]
pub struct TicketClock {
    pub id: i64,
    pub customer_id: String,
    pub priority: String,
    pub vip: bool,
    pub assignee: Option<String>,
    pub status: String,
    pub clock_start: i64,
    pub first_response_due: Option<i64>,
    pub first_response_at: Option<i64>,
    pub resolve_due: Option<i64>,
    pub resolved_at: Option<i64>,
    pub update_due: Option<i64>,
    pub paused_since: Option<i64>,
    pub updated_at: i64,
    pub escalation_level: i64,
}

const TICKET_COLS: &str = "id, customer_id, priority, vip, assignee, status,
    clock_start, first_response_due, first_response_at, resolve_due, resolved_at, update_due,
    paused_since, updated_at, escalation_level";

fn ticket_row(r: &rusqlite::Row) -> rusqlite::Result<TicketClock> {
    Ok(TicketClock {
        id: r.get(0)?,
        customer_id: r.get(1)?,
        priority: r.get(2)?,
        vip: r.get::<_, i64>(3)? != 0,
        assignee: r.get(4)?,
        status: r.get(5)?,
        clock_start: r.get(6)?,
        first_response_due: r.get(7)?,
        first_response_at: r.get(8)?,
        resolve_due: r.get(9)?,
        resolved_at: r.get(10)?,
        update_due: r.get(11)?,
        paused_since: r.get(12)?,
        updated_at: r.get(13)?,
        escalation_level: r.get(14)?,
    })
}

/// Every open ticket whose clock runs (not paused), in index order (callers sort).
pub fn each_running_ticket(
    conn: &Connection,
    each: &mut dyn FnMut(TicketClock) -> Result<()>,
) -> Result<()> {
    let mut stmt = conn.prepare(&format!(
        "SELECT {TICKET_COLS} FROM tickets
         WHERE status IN ({OPEN_TICKET_STATUSES}) AND paused_since IS NULL"
    ))?;
    let mut rows = stmt.query([])?;
    while let Some(r) = rows.next()? {
        each(ticket_row(r)?)?;
    }
    Ok(())
}

pub fn ticket(conn: &Connection, id: i64) -> Result<Option<TicketClock>> {
    Ok(conn
        .prepare_cached(&format!("SELECT {TICKET_COLS} FROM tickets WHERE id = ?1"))?
        .query_row([id], ticket_row)
        .optional()?)
}

pub fn set_ticket_level(conn: &Connection, id: i64, level: i64) -> Result<()> {
    conn.prepare_cached("UPDATE tickets SET escalation_level = ?2 WHERE id = ?1")?
        .execute(params![id, level])?;
    Ok(())
}

/// The plan clock of one open complaint that has no plan yet.
#[derive(Clone, Debug)]
pub struct ComplaintClock {
    pub id: i64,
    pub customer_id: String,
    pub owner: Option<String>,
    pub owner_role: String,
    pub severity: String,
    pub clock_start: i64,
    pub plan_due: i64,
    pub escalation_level: i64,
}

/// Open complaints still waiting for their plan, in index order (callers sort).
pub fn each_unplanned_complaint(
    conn: &Connection,
    each: &mut dyn FnMut(ComplaintClock) -> Result<()>,
) -> Result<()> {
    let mut stmt = conn.prepare(
        "SELECT id, customer_id, owner, owner_role, severity, clock_start, plan_due,
                escalation_level
         FROM complaints
         WHERE status IN ('open', 'investigating') AND plan_set_at IS NULL",
    )?;
    let mut rows = stmt.query([])?;
    while let Some(r) = rows.next()? {
        each(ComplaintClock {
            id: r.get(0)?,
            customer_id: r.get(1)?,
            owner: r.get(2)?,
            owner_role: r.get(3)?,
            severity: r.get(4)?,
            clock_start: r.get(5)?,
            plan_due: r.get(6)?,
            escalation_level: r.get(7)?,
        })?;
    }
    Ok(())
}

/// One escalation as the `escalations` table keeps it.
pub struct Escalation<'a> {
    pub entity: &'a str,
    pub metric: &'a str,
    pub due_at: i64,
    pub from_level: i64,
    pub to_level: i64,
    pub at: i64,
    pub actor: &'a str,
}

/// Record an escalation; false when the same one (record, metric, due time, level) was
/// recorded before.
pub fn insert_escalation(conn: &Connection, e: &Escalation) -> Result<bool> {
    let n = conn
        .prepare_cached(
            "INSERT INTO escalations(entity, metric, due_at, from_level, to_level, at, actor)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) ON CONFLICT DO NOTHING",
        )?
        .execute(params![
            e.entity,
            e.metric,
            e.due_at,
            e.from_level,
            e.to_level,
            e.at,
            e.actor
        ])?;
    Ok(n == 1)
}

/// Whether a breach (record, metric, due time) has been escalated already.
pub fn escalated(conn: &Connection, entity: &str, metric: &str, due_at: i64) -> Result<bool> {
    Ok(conn
        .prepare_cached(
            "SELECT 1 FROM escalations WHERE entity = ?1 AND metric = ?2 AND due_at = ?3 LIMIT 1",
        )?
        .query_row(params![entity, metric, due_at], |_| Ok(()))
        .optional()?
        .is_some())
}
