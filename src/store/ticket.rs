//! Tickets, notes on records, and costs booked on tickets.

use std::collections::HashMap;
use std::sync::LazyLock;

use rusqlite::types::Value;
use rusqlite::{Connection, OptionalExtension, Statement, params, params_from_iter};

use crate::error::Result;
use crate::store::cost::Cost;

/// One ticket row. Times are epoch seconds.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize)]
pub struct Ticket {
    pub id: i64,
    pub customer_id: String,
    pub category: String,
    pub description: String,
    pub product: Option<String>,
    pub serial: Option<String>,
    pub purchase_id: Option<i64>,
    pub priority: String,
    pub channel: String,
    pub mode: String,
    pub kind: String,
    pub status: String,
    pub assignee: Option<String>,
    pub vip: bool,
    pub warranty: Option<String>,
    pub warranty_rule: Option<String>,
    pub opened_at: i64,
    pub clock_start: i64,
    pub first_response_due: Option<i64>,
    pub first_response_at: Option<i64>,
    pub resolve_due: Option<i64>,
    pub update_due: Option<i64>,
    pub paused_since: Option<i64>,
    pub escalation_level: i64,
    pub scheduled_at: Option<i64>,
    pub wait_for: Option<String>,
    pub wait_until: Option<i64>,
    pub handover_items: Option<String>,
    pub resolution: Option<String>,
    pub hours: Option<f64>,
    pub resolved_at: Option<i64>,
    pub signed_by: Option<String>,
    pub signed_at: Option<i64>,
    pub closed_at: Option<i64>,
    pub cancelled_reason: Option<String>,
    pub cancelled_at: Option<i64>,
    pub reopen_count: i64,
    pub chase_count: i64,
    pub forced: bool,
    pub updated_at: i64,
}

const COLS: &str = "id, customer_id, category, description, product, serial, purchase_id,
    priority, channel, mode, kind, status, assignee, vip, warranty, warranty_rule, opened_at,
    clock_start, first_response_due, first_response_at, resolve_due, update_due, paused_since,
    escalation_level, scheduled_at, wait_for, wait_until, handover_items, resolution, hours,
    resolved_at, signed_by, signed_at, closed_at, cancelled_reason, cancelled_at, reopen_count,
    chase_count, forced, updated_at";

/// Statuses in which a ticket is no longer worked on (see `domain::ticket::Status::is_open`).
const OPEN: &str = "status NOT IN ('resolved', 'closed', 'cancelled')";

fn row(r: &rusqlite::Row) -> rusqlite::Result<Ticket> {
    Ok(Ticket {
        id: r.get(0)?,
        customer_id: r.get(1)?,
        category: r.get(2)?,
        description: r.get(3)?,
        product: r.get(4)?,
        serial: r.get(5)?,
        purchase_id: r.get(6)?,
        priority: r.get(7)?,
        channel: r.get(8)?,
        mode: r.get(9)?,
        kind: r.get(10)?,
        status: r.get(11)?,
        assignee: r.get(12)?,
        vip: r.get::<_, i64>(13)? != 0,
        warranty: r.get(14)?,
        warranty_rule: r.get(15)?,
        opened_at: r.get(16)?,
        clock_start: r.get(17)?,
        first_response_due: r.get(18)?,
        first_response_at: r.get(19)?,
        resolve_due: r.get(20)?,
        update_due: r.get(21)?,
        paused_since: r.get(22)?,
        escalation_level: r.get(23)?,
        scheduled_at: r.get(24)?,
        wait_for: r.get(25)?,
        wait_until: r.get(26)?,
        handover_items: r.get(27)?,
        resolution: r.get(28)?,
        hours: r.get(29)?,
        resolved_at: r.get(30)?,
        signed_by: r.get(31)?,
        signed_at: r.get(32)?,
        closed_at: r.get(33)?,
        cancelled_reason: r.get(34)?,
        cancelled_at: r.get(35)?,
        reopen_count: r.get(36)?,
        chase_count: r.get(37)?,
        forced: r.get::<_, i64>(38)? != 0,
        updated_at: r.get(39)?,
    })
}

/// Every column but the id, in `COLS` order after it.
fn values(t: &Ticket) -> [&dyn rusqlite::ToSql; 39] {
    [
        &t.customer_id,
        &t.category,
        &t.description,
        &t.product,
        &t.serial,
        &t.purchase_id,
        &t.priority,
        &t.channel,
        &t.mode,
        &t.kind,
        &t.status,
        &t.assignee,
        &t.vip,
        &t.warranty,
        &t.warranty_rule,
        &t.opened_at,
        &t.clock_start,
        &t.first_response_due,
        &t.first_response_at,
        &t.resolve_due,
        &t.update_due,
        &t.paused_since,
        &t.escalation_level,
        &t.scheduled_at,
        &t.wait_for,
        &t.wait_until,
        &t.handover_items,
        &t.resolution,
        &t.hours,
        &t.resolved_at,
        &t.signed_by,
        &t.signed_at,
        &t.closed_at,
        &t.cancelled_reason,
        &t.cancelled_at,
        &t.reopen_count,
        &t.chase_count,
        &t.forced,
        &t.updated_at,
    ]
}

static INSERT_SQL: LazyLock<String> = LazyLock::new(|| {
    let placeholders: Vec<String> = (1..=40).map(|i| format!("?{i}")).collect();
    format!(
        "INSERT INTO tickets({COLS}) VALUES ({})",
        placeholders.join(", ")
    )
});

static UPDATE_SQL: LazyLock<String> = LazyLock::new(|| {
    let sets: Vec<String> = COLS
        .split(',')
        .map(str::trim)
        .skip(1)
        .enumerate()
        .map(|(i, c)| format!("{c} = ?{}", i + 2))
        .collect();
    format!("UPDATE tickets SET {} WHERE id = ?1", sets.join(", "))
});

pub fn insert(conn: &Connection, t: &Ticket) -> Result<()> {
    let mut stmt = conn.prepare_cached(&INSERT_SQL)?;
    bind_insert(&mut stmt, t)
}

fn bind_insert(stmt: &mut Statement, t: &Ticket) -> Result<()> {
    let mut p: [&dyn rusqlite::ToSql; 40] = [&t.id; 40];
    p[1..].copy_from_slice(&values(t));
    stmt.execute(p.as_slice())?;
    Ok(())
}

/// The statements of a bulk load, prepared once: looking a statement up in the
/// cache hashes its whole SQL text, a cost a million-row import would pay twice a row.
pub struct Loader<'c> {
    insert: Statement<'c>,
    exists: Statement<'c>,
}

impl<'c> Loader<'c> {
    pub fn new(conn: &'c Connection) -> Result<Loader<'c>> {
        Ok(Loader {
            insert: conn.prepare(&INSERT_SQL)?,
            exists: conn.prepare("SELECT 1 FROM tickets WHERE id = ?1")?,
        })
    }

    pub fn insert(&mut self, t: &Ticket) -> Result<()> {
        bind_insert(&mut self.insert, t)
    }

    pub fn exists(&mut self, id: i64) -> Result<bool> {
        Ok(self.exists.exists([id])?)
    }
}

pub fn update(conn: &Connection, t: &Ticket) -> Result<()> {
    let mut stmt = conn.prepare_cached(&UPDATE_SQL)?;
    let mut p: Vec<&dyn rusqlite::ToSql> = vec![&t.id];
    p.extend(values(t));
    stmt.execute(p.as_slice())?;
    Ok(())
}

pub fn get(conn: &Connection, id: i64) -> Result<Option<Ticket>> {
    Ok(conn
        .prepare_cached(&format!("SELECT {COLS} FROM tickets WHERE id = ?1"))?
        .query_row([id], row)
        .optional()?)
}

pub fn exists(conn: &Connection, id: i64) -> Result<bool> {
    Ok(conn
        .prepare_cached("SELECT 1 FROM tickets WHERE id = ?1")?
        .exists([id])?)
}

/// The customer's open tickets of one category, newest first.
pub fn open_of(conn: &Connection, customer: &str, category: &str) -> Result<Vec<Ticket>> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {COLS} FROM tickets WHERE customer_id = ?1 AND category = ?2 AND {OPEN}
         ORDER BY opened_at DESC, id DESC"
    ))?;
    let rows = stmt
        .query_map(params![customer, category], row)?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(rows)
}

/// How many open tickets each staff member holds.
pub fn open_counts(conn: &Connection) -> Result<HashMap<String, i64>> {
    let mut stmt = conn.prepare(&format!(
        "SELECT assignee, count(*) FROM tickets WHERE assignee IS NOT NULL AND {OPEN}
         GROUP BY assignee"
    ))?;
    let rows = stmt
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<rusqlite::Result<HashMap<_, _>>>()?;
    Ok(rows)
}

/// The customer's tickets, newest first.
pub fn of_customer(conn: &Connection, customer: &str) -> Result<Vec<Ticket>> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {COLS} FROM tickets WHERE customer_id = ?1 ORDER BY opened_at DESC, id DESC"
    ))?;
    let rows = stmt
        .query_map([customer], row)?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(rows)
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Sort {
    #[default]
    Id,
    Due,
    Opened,
    Priority,
}

/// Filters of `ticket list`; `None` means any.
#[derive(Clone, Debug, Default)]
pub struct Filter {
    pub status: Option<String>,
    pub assignee: Option<String>,
    pub customer: Option<String>,
    pub category: Option<String>,
    /// Only open tickets whose resolve or first-response clock ran out before this time.
    pub overdue_at: Option<i64>,
    pub opened_from: Option<i64>,
    pub opened_before: Option<i64>,
    pub sort: Sort,
    pub limit: Option<i64>,
}

/// Stream the tickets matching `f` to `each`, one prepared statement, no buffering.
pub fn list(
    conn: &Connection,
    f: &Filter,
    each: &mut dyn FnMut(Ticket) -> Result<()>,
) -> Result<()> {
    let mut conds: Vec<String> = Vec::new();
    let mut args: Vec<Value> = Vec::new();
    let mut eq = |col: &str, v: &Option<String>, conds: &mut Vec<String>| {
        if let Some(v) = v {
            args.push(Value::Text(v.clone()));
            conds.push(format!("{col} = ?{}", args.len()));
        }
    };
    eq("status", &f.status, &mut conds);
    eq("assignee", &f.assignee, &mut conds);
    eq("customer_id", &f.customer, &mut conds);
    eq("category", &f.category, &mut conds);
    if let Some(t) = f.opened_from {
        args.push(Value::Integer(t));
        conds.push(format!("opened_at >= ?{}", args.len()));
    }
    if let Some(t) = f.opened_before {
        args.push(Value::Integer(t));
        conds.push(format!("opened_at < ?{}", args.len()));
    }
    if let Some(now) = f.overdue_at {
        // A paused clock stands still: it is late only if it ran out before the pause.
        args.push(Value::Integer(now));
        let n = args.len();
        conds.push(format!(
            "{OPEN} AND (resolve_due < coalesce(paused_since, ?{n})
               OR (first_response_at IS NULL AND first_response_due < coalesce(paused_since, ?{n})))"
        ));
    }
    let filter = if conds.is_empty() {
        String::new()
    } else {
        format!("WHERE {}", conds.join(" AND "))
    };
    let order = match f.sort {
        Sort::Id => "id",
        Sort::Due => "resolve_due IS NULL, resolve_due, id",
        Sort::Opened => "opened_at, id",
        Sort::Priority => {
            "CASE priority WHEN 'urgent' THEN 0 WHEN 'high' THEN 1 WHEN 'normal' THEN 2 ELSE 3 END, \
             resolve_due IS NULL, resolve_due, id"
        }
    };
    args.push(Value::Integer(f.limit.unwrap_or(-1)));
    let sql = format!(
        "SELECT {COLS} FROM tickets {filter} ORDER BY {order} LIMIT ?{}",
        args.len()
    );
    let mut stmt = conn.prepare(&sql)?;
    let mut rows = stmt.query(params_from_iter(args))?;
    while let Some(r) = rows.next()? {
        each(row(r)?)?;
    }
    Ok(())
}

/// Let a bulk load keep its pages in memory (up to 1 GiB) instead of
/// rereading index pages from the file for every row.
pub fn bulk_cache(conn: &Connection) -> Result<()> {
    conn.execute_batch("PRAGMA cache_size = -1048576")?;
    Ok(())
}

pub fn count(conn: &Connection) -> Result<i64> {
    Ok(conn.query_row("SELECT count(*) FROM tickets", [], |r| r.get(0))?)
}

/// Drop the ticket table's indexes for a bulk load, returning the statements
/// that create them again ([`create_indexes`]); inside the transaction, so a
/// failed load rolls the drop back too.
pub fn drop_indexes(conn: &Connection) -> Result<Vec<String>> {
    let indexes: Vec<(String, String)> = conn
        .prepare(
            "SELECT name, sql FROM sqlite_master
             WHERE type = 'index' AND tbl_name = 'tickets' AND sql IS NOT NULL",
        )?
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?;
    for (name, _) in &indexes {
        conn.execute_batch(&format!("DROP INDEX \"{}\"", name.replace('"', "\"\"")))?;
    }
    Ok(indexes.into_iter().map(|(_, sql)| sql).collect())
}

pub fn create_indexes(conn: &Connection, statements: &[String]) -> Result<()> {
    for sql in statements {
        conn.execute_batch(sql)?;
    }
    Ok(())
}

/// The current value of an id counter (0 before its first use).
pub fn counter(conn: &Connection, family: &str) -> Result<i64> {
    Ok(conn
        .query_row(
            "SELECT value FROM counters WHERE name = ?1",
            [family],
            |r| r.get(0),
        )
        .optional()?
        .unwrap_or(0))
}

/// Move an id counter forward to at least `value`, never back.
pub fn raise_counter(conn: &Connection, family: &str, value: i64) -> Result<()> {
    conn.execute(
        "INSERT INTO counters(name, value) VALUES (?1, ?2)
         ON CONFLICT(name) DO UPDATE SET value = max(value, excluded.value)",
        params![family, value],
    )?;
    Ok(())
}

/// A note on a ticket or complaint.
#[derive(Clone, Debug, serde::Serialize)]
pub struct Note {
    pub id: i64,
    pub entity: String,
    pub at: i64,
    pub author: String,
    pub text: String,
    pub internal: bool,
}

pub fn insert_note(
    conn: &Connection,
    entity: &str,
    at: i64,
    author: &str,
    text: &str,
    internal: bool,
) -> Result<i64> {
    conn.prepare_cached(
        "INSERT INTO notes(entity, at, author, text, internal) VALUES (?1, ?2, ?3, ?4, ?5)",
    )?
    .execute(params![entity, at, author, text, internal])?;
    Ok(conn.last_insert_rowid())
}

pub fn notes(conn: &Connection, entity: &str) -> Result<Vec<Note>> {
    let mut stmt = conn.prepare_cached(
        "SELECT id, entity, at, author, text, internal FROM notes WHERE entity = ?1 ORDER BY at, id",
    )?;
    let rows = stmt
        .query_map([entity], |r| {
            Ok(Note {
                id: r.get(0)?,
                entity: r.get(1)?,
                at: r.get(2)?,
                author: r.get(3)?,
                text: r.get(4)?,
                internal: r.get::<_, i64>(5)? != 0,
            })
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(rows)
}

/// The costs booked on one ticket, oldest first.
pub fn costs(conn: &Connection, ticket: i64) -> Result<Vec<Cost>> {
    let mut stmt = conn.prepare_cached(
        "SELECT id, ticket_id, kind, amount, note, at, actor FROM costs WHERE ticket_id = ?1 ORDER BY at, id",
    )?;
    let rows = stmt
        .query_map([ticket], |r| {
            Ok(Cost {
                id: r.get(0)?,
                ticket_id: r.get(1)?,
                kind: r.get(2)?,
                amount: r.get(3)?,
                note: r.get(4)?,
                at: r.get(5)?,
                actor: r.get(6)?,
            })
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(rows)
}
