//! The aggregates behind `svc report …`. Every query is a range scan on an
//! indexed time column (opened_at, resolved_at, closed_at, cancelled_at,
//! done_at, at) over [since, until), so a month costs what the month holds,
//! however large the database. Reports only read.

use std::collections::BTreeMap;

use rusqlite::{Connection, params};

use crate::error::Result;

/// Ticket statuses in which work goes on (the complement of resolved, closed,
/// cancelled), listed so that the `tickets_status` index serves the query.
const OPEN_TICKET: &str = "('new', 'assigned', 'scheduled', 'in_progress', 'waiting_customer', \
     'waiting_parts', 'taken_back', 'returned', 'reopened')";

/// Complaint statuses still being handled.
const OPEN_COMPLAINT: &str = "('open', 'investigating', 'planned')";

/// Ticket volume of one (kind, channel) pair.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Volume {
    pub kind: String,
    pub channel: String,
    pub opened: i64,
    pub resolved: i64,
    pub closed: i64,
    pub cancelled: i64,
    /// Still open at the end of the period, as far as the records show now.
    pub backlog: i64,
}

/// Opened, resolved, closed and cancelled in [since, until), and the backlog at
/// `until`: tickets opened before it that were not resolved or cancelled before
/// it (open now, or resolved/cancelled at or after it). The open ones are found
/// through the status index (`+opened_at` keeps the planner off the long
/// opened_at range of every earlier ticket).
pub fn volume(conn: &Connection, since: i64, until: i64) -> Result<Vec<Volume>> {
    let sql = format!(
        "SELECT kind, channel, 0, count(*) FROM tickets
           WHERE opened_at >= ?1 AND opened_at < ?2 GROUP BY kind, channel
         UNION ALL SELECT kind, channel, 1, count(*) FROM tickets
           WHERE resolved_at >= ?1 AND resolved_at < ?2 GROUP BY kind, channel
         UNION ALL SELECT kind, channel, 2, count(*) FROM tickets
           WHERE closed_at >= ?1 AND closed_at < ?2 GROUP BY kind, channel
         UNION ALL SELECT kind, channel, 3, count(*) FROM tickets
           WHERE cancelled_at >= ?1 AND cancelled_at < ?2 GROUP BY kind, channel
         UNION ALL SELECT kind, channel, 4, count(*) FROM tickets
           WHERE status IN {OPEN_TICKET} AND +opened_at < ?2 GROUP BY kind, channel
         UNION ALL SELECT kind, channel, 4, count(*) FROM tickets
           WHERE resolved_at >= ?2 AND opened_at < ?2 GROUP BY kind, channel
         UNION ALL SELECT kind, channel, 4, count(*) FROM tickets
           WHERE cancelled_at >= ?2 AND opened_at < ?2 GROUP BY kind, channel"
    );
    let mut by: BTreeMap<(String, String), Volume> = BTreeMap::new();
    let mut stmt = conn.prepare_cached(&sql)?;
    let mut rows = stmt.query(params![since, until])?;
    while let Some(r) = rows.next()? {
        let (kind, channel): (String, String) = (r.get(0)?, r.get(1)?);
        let (what, n): (i64, i64) = (r.get(2)?, r.get(3)?);
        let v = by
            .entry((kind.clone(), channel.clone()))
            .or_insert_with(|| Volume {
                kind,
                channel,
                ..Volume::default()
            });
        match what {
            0 => v.opened += n,
            1 => v.resolved += n,
            2 => v.closed += n,
            3 => v.cancelled += n,
            _ => v.backlog += n,
        }
    }
    Ok(by.into_values().collect())
}

/// Tickets opened, tickets resolved and complaints opened in [since, until).
pub fn day_counts(conn: &Connection, since: i64, until: i64) -> Result<(i64, i64, i64)> {
    Ok(conn
        .prepare_cached(
            "SELECT (SELECT count(*) FROM tickets WHERE opened_at >= ?1 AND opened_at < ?2),
                    (SELECT count(*) FROM tickets WHERE resolved_at >= ?1 AND resolved_at < ?2),
                    (SELECT count(*) FROM complaints WHERE opened_at >= ?1 AND opened_at < ?2)",
        )?
        .query_row(params![since, until], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?))
        })?)
}

/// Met, breached and still pending clocks of one metric.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Clocks {
    pub met: i64,
    pub breached: i64,
    pub pending: i64,
}

/// First response of the tickets opened in [since, until): met when the first
/// response came by its due time; breached when it came later, or has not come
/// and the due time passed before `now`; pending otherwise. A ticket cancelled
/// before any response does not count.
pub fn first_response(conn: &Connection, since: i64, until: i64, now: i64) -> Result<Clocks> {
    Ok(conn
        .prepare_cached(
            "SELECT count(*) FILTER (WHERE first_response_at <= first_response_due),
                    count(*) FILTER (WHERE first_response_at > first_response_due
                        OR (first_response_at IS NULL AND first_response_due < coalesce(paused_since, ?3))),
                    count(*) FILTER (WHERE first_response_at IS NULL
                        AND first_response_due >= coalesce(paused_since, ?3))
             FROM tickets
             WHERE opened_at >= ?1 AND opened_at < ?2 AND first_response_due IS NOT NULL
               AND (first_response_at IS NOT NULL OR status <> 'cancelled')",
        )?
        .query_row(params![since, until, now], clocks)?)
}

fn clocks(r: &rusqlite::Row) -> rusqlite::Result<Clocks> {
    Ok(Clocks {
        met: r.get(0)?,
        breached: r.get(1)?,
        pending: r.get(2)?,
    })
}

/// Resolution of tickets: those resolved in [since, until), met when by their
/// resolve due time; and the unresolved ones whose resolve clock came due in
/// the period, breached when it ran out before `now` (a paused clock stands
/// still), pending otherwise.
pub fn resolve(conn: &Connection, since: i64, until: i64, now: i64) -> Result<Clocks> {
    let done = conn
        .prepare_cached(
            "SELECT count(*) FILTER (WHERE resolved_at <= resolve_due),
                    count(*) FILTER (WHERE resolved_at > resolve_due), 0
             FROM tickets WHERE resolved_at >= ?1 AND resolved_at < ?2 AND resolve_due IS NOT NULL",
        )?
        .query_row(params![since, until], clocks)?;
    let open = conn
        .prepare_cached(
            "SELECT 0, count(*) FILTER (WHERE resolve_due < coalesce(paused_since, ?3)),
                    count(*) FILTER (WHERE resolve_due >= coalesce(paused_since, ?3))
             FROM tickets WHERE resolved_at IS NULL AND resolve_due >= ?1 AND resolve_due < ?2
               AND status <> 'cancelled'",
        )?
        .query_row(params![since, until, now], clocks)?;
    Ok(Clocks {
        met: done.met,
        breached: done.breached + open.breached,
        pending: open.pending,
    })
}

/// The plan deadline of complaints opened in [since, until): met when the plan
/// was set by it; breached when set later, or not set and the deadline passed
/// before `now`; pending otherwise.
pub fn complaint_plan(conn: &Connection, since: i64, until: i64, now: i64) -> Result<Clocks> {
    Ok(conn
        .prepare_cached(
            "SELECT count(*) FILTER (WHERE plan_set_at <= plan_due),
                    count(*) FILTER (WHERE plan_set_at > plan_due OR (plan_set_at IS NULL AND plan_due < ?3)),
                    count(*) FILTER (WHERE plan_set_at IS NULL AND plan_due >= ?3)
             FROM complaints WHERE opened_at >= ?1 AND opened_at < ?2",
        )?
        .query_row(params![since, until, now], clocks)?)
}

/// One resolved ticket's category and its resolve clock: from its start (the
/// opening, or the last reopen) to the resolution.
pub struct Resolved {
    pub category: String,
    pub clock_start: i64,
    pub resolved_at: i64,
}

/// Tickets resolved in [since, until).
pub fn resolved(conn: &Connection, since: i64, until: i64) -> Result<Vec<Resolved>> {
    let mut stmt = conn.prepare_cached(
        "SELECT category, clock_start, resolved_at FROM tickets
         WHERE resolved_at >= ?1 AND resolved_at < ?2",
    )?;
    let rows = stmt
        .query_map(params![since, until], |r| {
            Ok(Resolved {
                category: r.get(0)?,
                clock_start: r.get(1)?,
                resolved_at: r.get(2)?,
            })
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(rows)
}

/// Tickets opened in [since, until) per (category, product).
pub fn problems(
    conn: &Connection,
    since: i64,
    until: i64,
) -> Result<BTreeMap<(String, Option<String>), i64>> {
    let mut stmt = conn.prepare_cached(
        "SELECT category, product, count(*) FROM tickets
         WHERE opened_at >= ?1 AND opened_at < ?2 GROUP BY category, product",
    )?;
    let mut out = BTreeMap::new();
    let mut rows = stmt.query(params![since, until])?;
    while let Some(r) = rows.next()? {
        out.insert((r.get(0)?, r.get(1)?), r.get(2)?);
    }
    Ok(out)
}

/// Complaints of one category.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Complaints {
    pub category: String,
    pub opened: i64,
    pub major: i64,
    pub resolved: i64,
    pub closed: i64,
    /// Complaints of the category escalated in the period (each counted once).
    pub escalated: i64,
    /// Compensation granted with the resolutions of the period.
    pub compensation: f64,
    /// Still being handled at the end of the period.
    pub backlog: i64,
}

/// Complaints per category in [since, until); the backlog as for tickets.
pub fn complaints(conn: &Connection, since: i64, until: i64) -> Result<Vec<Complaints>> {
    let sql = format!(
        "SELECT category, 0, count(*), count(*) FILTER (WHERE severity = 'major'), 0.0 FROM complaints
           WHERE opened_at >= ?1 AND opened_at < ?2 GROUP BY category
         UNION ALL SELECT category, 1, count(*), 0, coalesce(sum(compensation), 0.0) FROM complaints
           WHERE resolved_at >= ?1 AND resolved_at < ?2 GROUP BY category
         UNION ALL SELECT category, 2, count(*), 0, 0.0 FROM complaints
           WHERE closed_at >= ?1 AND closed_at < ?2 GROUP BY category
         UNION ALL SELECT c.category, 3, count(DISTINCT e.entity), 0, 0.0
           FROM escalations e JOIN complaints c ON c.id = CAST(substr(e.entity, 3) AS INTEGER)
           WHERE e.at >= ?1 AND e.at < ?2 AND e.entity LIKE 'C-%' GROUP BY c.category
         UNION ALL SELECT category, 4, count(*), 0, 0.0 FROM complaints
           WHERE status IN {OPEN_COMPLAINT} AND +opened_at < ?2 GROUP BY category
         UNION ALL SELECT category, 4, count(*), 0, 0.0 FROM complaints
           WHERE resolved_at >= ?2 AND opened_at < ?2 GROUP BY category"
    );
    let mut by: BTreeMap<String, Complaints> = BTreeMap::new();
    let mut stmt = conn.prepare_cached(&sql)?;
    let mut rows = stmt.query(params![since, until])?;
    while let Some(r) = rows.next()? {
        let category: String = r.get(0)?;
        let (what, n, major, money): (i64, i64, i64, f64) =
            (r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?);
        let c = by.entry(category.clone()).or_insert_with(|| Complaints {
            category,
            ..Complaints::default()
        });
        match what {
            0 => {
                c.opened += n;
                c.major += major;
            }
            1 => {
                c.resolved += n;
                c.compensation += money;
            }
            2 => c.closed += n,
            3 => c.escalated += n,
            _ => c.backlog += n,
        }
    }
    Ok(by.into_values().collect())
}

/// Incidents closed in [since, until): real ones and drills apart.
pub fn incidents_closed(conn: &Connection, since: i64, until: i64) -> Result<(i64, i64)> {
    Ok(conn
        .prepare_cached(
            "SELECT coalesce(sum(drill = 0), 0), coalesce(sum(drill = 1), 0) FROM incidents
             WHERE closed_at >= ?1 AND closed_at < ?2",
        )?
        .query_row(params![since, until], |r| Ok((r.get(0)?, r.get(1)?)))?)
}

/// Callbacks that ended in [since, until), about one kind of record.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Satisfaction {
    /// ticket | complaint | proactive
    pub about: String,
    /// Reached the customer (a result was recorded and the callback ended).
    pub done: i64,
    pub satisfied: i64,
    pub unsatisfied: i64,
    /// Ended unreachable after the last attempt.
    pub unreachable: i64,
    /// Results that sent the ticket or complaint back to work.
    pub reopened: i64,
    pub mean_score: Option<f64>,
}

pub fn satisfaction(conn: &Connection, since: i64, until: i64) -> Result<Vec<Satisfaction>> {
    let mut stmt = conn.prepare_cached(
        "SELECT CASE WHEN kind = 'proactive' THEN 'proactive'
                     WHEN source LIKE 'C-%' THEN 'complaint' ELSE 'ticket' END AS about,
                count(*) FILTER (WHERE status = 'done'),
                count(*) FILTER (WHERE result = 'satisfied'),
                count(*) FILTER (WHERE result = 'unsatisfied'),
                count(*) FILTER (WHERE status = 'unreachable'),
                count(*) FILTER (WHERE reopened = 1),
                avg(score)
         FROM callbacks WHERE done_at >= ?1 AND done_at < ?2
         GROUP BY about ORDER BY about DESC",
    )?;
    let rows = stmt
        .query_map(params![since, until], |r| {
            Ok(Satisfaction {
                about: r.get(0)?,
                done: r.get(1)?,
                satisfied: r.get(2)?,
                unsatisfied: r.get(3)?,
                unreachable: r.get(4)?,
                reopened: r.get(5)?,
                mean_score: r.get(6)?,
            })
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(rows)
}

/// Movements and orders of one part in a period.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PartUse {
    pub sku: String,
    pub name: String,
    pub used: i64,
    pub used_cost: f64,
    pub scrapped: i64,
    pub scrapped_cost: f64,
    /// Received into stock, directly or against an order.
    pub received: i64,
    /// Stocktake differences (signed).
    pub count_variance: i64,
    /// Ordered on purchase orders created in the period.
    pub ordered: i64,
    pub ordered_value: f64,
    pub on_hand: i64,
}

/// Parts that moved or were ordered in [since, until).
pub fn parts(conn: &Connection, since: i64, until: i64) -> Result<Vec<PartUse>> {
    let mut by: BTreeMap<String, PartUse> = BTreeMap::new();
    {
        let mut stmt = conn.prepare_cached(
            "SELECT m.sku, p.name, p.on_hand,
                    coalesce(-sum(m.qty) FILTER (WHERE m.kind = 'use'), 0),
                    coalesce(-sum(m.qty * coalesce(m.unit_cost, 0)) FILTER (WHERE m.kind = 'use'), 0.0),
                    coalesce(-sum(m.qty) FILTER (WHERE m.kind = 'scrap'), 0),
                    coalesce(-sum(m.qty * coalesce(m.unit_cost, 0)) FILTER (WHERE m.kind = 'scrap'), 0.0),
                    coalesce(sum(m.qty) FILTER (WHERE m.kind IN ('receive', 'po_receipt')), 0),
                    coalesce(sum(m.qty) FILTER (WHERE m.kind = 'count'), 0)
             FROM part_movements m JOIN parts p ON p.sku = m.sku
             WHERE m.kind IN ('use', 'scrap', 'receive', 'po_receipt', 'count')
               AND m.at >= ?1 AND m.at < ?2
             GROUP BY m.sku",
        )?;
        let mut rows = stmt.query(params![since, until])?;
        while let Some(r) = rows.next()? {
            let sku: String = r.get(0)?;
            by.insert(
                sku.clone(),
                PartUse {
                    sku,
                    name: r.get(1)?,
                    on_hand: r.get(2)?,
                    used: r.get(3)?,
                    used_cost: r.get(4)?,
                    scrapped: r.get(5)?,
                    scrapped_cost: r.get(6)?,
                    received: r.get(7)?,
                    count_variance: r.get(8)?,
                    ..PartUse::default()
                },
            );
        }
    }
    let mut stmt = conn.prepare_cached(
        "SELECT l.sku, p.name, p.on_hand, sum(l.qty), sum(l.qty * l.unit_cost)
         FROM purchase_orders o JOIN po_lines l ON l.po_id = o.id JOIN parts p ON p.sku = l.sku
         WHERE o.created_at >= ?1 AND o.created_at < ?2 GROUP BY l.sku",
    )?;
    let mut rows = stmt.query(params![since, until])?;
    while let Some(r) = rows.next()? {
        let sku: String = r.get(0)?;
        let p = by.entry(sku.clone()).or_insert(PartUse {
            sku,
            name: r.get(1)?,
            on_hand: r.get(2)?,
            ..PartUse::default()
        });
        p.ordered += r.get::<_, i64>(3)?;
        p.ordered_value += r.get::<_, f64>(4)?;
    }
    Ok(by.into_values().collect())
}

/// Purchase orders created in [since, until): how many, and their value.
pub fn orders(conn: &Connection, since: i64, until: i64) -> Result<(i64, f64)> {
    Ok(conn
        .prepare_cached(
            "SELECT count(DISTINCT o.id), coalesce(sum(l.qty * l.unit_cost), 0.0)
             FROM purchase_orders o LEFT JOIN po_lines l ON l.po_id = o.id
             WHERE o.created_at >= ?1 AND o.created_at < ?2",
        )?
        .query_row(params![since, until], |r| Ok((r.get(0)?, r.get(1)?)))?)
}

/// One engineer's month.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Engineer {
    pub id: String,
    pub name: Option<String>,
    pub role: Option<String>,
    pub resolved: i64,
    /// Of those, resolved by the resolve due time.
    pub resolved_in_time: i64,
    pub hours: f64,
    /// Satisfaction callbacks about their tickets that reached the customer.
    pub callbacks: i64,
    pub satisfied: i64,
    pub mean_score: Option<f64>,
}

/// Per assignee: tickets resolved in [since, until) and callbacks about their
/// tickets that ended in it; every active engineer appears, even with nothing.
pub fn engineers(conn: &Connection, since: i64, until: i64) -> Result<Vec<Engineer>> {
    let mut by: BTreeMap<String, Engineer> = BTreeMap::new();
    let new = |id: &str| Engineer {
        id: id.to_string(),
        ..Engineer::default()
    };
    {
        let mut stmt = conn.prepare_cached(
            "SELECT assignee, count(*), count(*) FILTER (WHERE resolved_at <= resolve_due),
                    coalesce(sum(hours), 0.0)
             FROM tickets WHERE resolved_at >= ?1 AND resolved_at < ?2 AND assignee IS NOT NULL
             GROUP BY assignee",
        )?;
        let mut rows = stmt.query(params![since, until])?;
        while let Some(r) = rows.next()? {
            let id: String = r.get(0)?;
            let e = by.entry(id.clone()).or_insert_with(|| new(&id));
            e.resolved = r.get(1)?;
            e.resolved_in_time = r.get(2)?;
            e.hours = r.get(3)?;
        }
    }
    {
        let mut stmt = conn.prepare_cached(
            "SELECT t.assignee, count(*), count(*) FILTER (WHERE c.result = 'satisfied'), avg(c.score)
             FROM callbacks c JOIN tickets t ON t.id = CAST(substr(c.source, 3) AS INTEGER)
             WHERE c.done_at >= ?1 AND c.done_at < ?2 AND c.status = 'done'
               AND c.source LIKE 'T-%' AND t.assignee IS NOT NULL
             GROUP BY t.assignee",
        )?;
        let mut rows = stmt.query(params![since, until])?;
        while let Some(r) = rows.next()? {
            let id: String = r.get(0)?;
            let e = by.entry(id.clone()).or_insert_with(|| new(&id));
            e.callbacks = r.get(1)?;
            e.satisfied = r.get(2)?;
            e.mean_score = r.get(3)?;
        }
    }
    let mut stmt = conn.prepare_cached("SELECT id, name, role, active FROM staff ORDER BY id")?;
    let mut rows = stmt.query([])?;
    while let Some(r) = rows.next()? {
        let id: String = r.get(0)?;
        let (role, active): (String, bool) = (r.get(2)?, r.get::<_, i64>(3)? != 0);
        if role == "engineer" && active {
            by.entry(id.clone()).or_insert_with(|| new(&id));
        }
        if let Some(e) = by.get_mut(&id) {
            e.name = Some(r.get(1)?);
            e.role = Some(role);
        }
    }
    Ok(by.into_values().collect())
}
