//! The SLA check that cron runs (`svc sla check [--apply]`) and the explanation of how
//! one record's due times were computed (`svc sla explain`).

use std::collections::HashMap;

use rusqlite::{Connection, Transaction};
use serde_json::json;

use crate::domain::calendar::{Duration, Explanation};
use crate::domain::complaint as rules;
use crate::domain::sla::{self, Standing};
use crate::error::{self, Result};
use crate::ops::complaint::{self as complaints, Complaint};
use crate::ops::{Env, parse_number_id};
use crate::policy::TicketTargets;
use crate::store::sla::{self as db, ComplaintClock, Escalation, TicketClock};
use crate::store::{audit::Event, complaint as complaint_db};

/// Columns of `sla check`, stable for scripts.
pub const COLUMNS: &[&str] = &[
    "kind",
    "id",
    "customer",
    "metric",
    "due",
    "standing",
    "over_or_left",
    "owner",
    "escalation_level",
];

/// What kind of record a row is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Ticket,
    Complaint,
    Callback,
}

impl Kind {
    pub const ALL: [Kind; 3] = [Kind::Ticket, Kind::Complaint, Kind::Callback];

    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Ticket => "ticket",
            Kind::Complaint => "complaint",
            Kind::Callback => "callback",
        }
    }
}

/// One (record, metric) that is at risk or breached.
#[derive(Clone, Debug)]
pub struct Row {
    pub kind: Kind,
    pub id: i64,
    pub entity: String,
    pub customer: String,
    pub metric: &'static str,
    pub due: i64,
    pub standing: Standing,
    pub owner: Option<String>,
    /// Index into `escalation.ladder`.
    pub level: i64,
}

/// What the check reads once per run instead of once per row.
struct Ctx<'a> {
    env: &'a Env<'a>,
    warn_at: f64,
    /// Ticket targets per (priority, vip): a handful of combinations.
    ticket_targets: Vec<((String, bool), TicketTargets)>,
}

impl Ctx<'_> {
    fn targets(&mut self, priority: &str, vip: bool) -> &TicketTargets {
        let i = match self
            .ticket_targets
            .iter()
            .position(|((p, v), _)| p == priority && *v == vip)
        {
            Some(i) => i,
            None => {
                let t = self.env.policy.policy.sla.ticket.targets(priority, vip);
                self.ticket_targets.push(((priority.to_string(), vip), t));
                self.ticket_targets.len() - 1
            }
        };
        &self.ticket_targets[i].1
    }

    /// The row for a running clock, when it is at risk or breached.
    fn standing(&self, target: &Duration, start: i64, due: i64) -> Option<Standing> {
        let s = sla::standing(
            &self.env.policy.calendar,
            target,
            start,
            due,
            self.env.now,
            self.warn_at,
        );
        (s != Standing::OnTime).then_some(s)
    }
}

/// How one kind of record takes part: its rows, and how it moves up the ladder.
/// Adding a kind (callbacks) is one more entry with these two functions.
struct Source {
    kind: Kind,
    collect: fn(&Connection, &mut Ctx, &mut Vec<Row>) -> Result<()>,
    raise: fn(&Transaction, &Env, &Row, usize) -> Result<()>,
}

const SOURCES: &[Source] = &[
    Source {
        kind: Kind::Ticket,
        collect: ticket_rows,
        raise: raise_ticket,
    },
    Source {
        kind: Kind::Complaint,
        collect: complaint_rows,
        raise: raise_complaint,
    },
    Source {
        kind: Kind::Callback,
        collect: callback_rows,
        raise: raise_callback,
    },
];

/// Pending callbacks due soon or overdue; the clock runs from when the call was
/// scheduled to when it is due, in wall-clock time.
fn callback_rows(conn: &Connection, ctx: &mut Ctx, rows: &mut Vec<Row>) -> Result<()> {
    crate::store::callback::each_pending(conn, &mut |c| {
        let span = Duration::Minutes(((c.due_at - c.created_at) / 60).max(1));
        if let Some(s) = ctx.standing(&span, c.created_at, c.due_at) {
            rows.push(Row {
                kind: Kind::Callback,
                id: c.id,
                entity: crate::ops::callback::entity(c.id),
                customer: c.customer_id,
                metric: "callback",
                due: c.due_at,
                standing: s,
                owner: Some(c.created_by),
                level: c.escalation_level,
            });
        }
        Ok(())
    })
}

fn raise_callback(tx: &Transaction, _env: &Env, row: &Row, level: usize) -> Result<()> {
    crate::store::callback::set_level(tx, row.id, level as i64)
}

fn ticket_rows(conn: &Connection, ctx: &mut Ctx, rows: &mut Vec<Row>) -> Result<()> {
    db::each_running_ticket(conn, &mut |t: TicketClock| {
        let targets = ctx.targets(&t.priority, t.vip).clone();
        let entity = format!("T-{}", t.id);
        let mut push = |metric: &'static str, due: i64, standing: Standing| {
            rows.push(Row {
                kind: Kind::Ticket,
                id: t.id,
                entity: entity.clone(),
                customer: t.customer_id.clone(),
                metric,
                due,
                standing,
                owner: t.assignee.clone(),
                level: t.escalation_level,
            });
        };
        if t.first_response_at.is_none()
            && let Some(due) = t.first_response_due
            && let Some(s) = ctx.standing(&targets.first_response, t.clock_start, due)
        {
            push("first_response", due, s);
        }
        if t.resolved_at.is_none()
            && let Some(due) = t.resolve_due
            && let Some(s) = ctx.standing(&targets.resolve, t.clock_start, due)
        {
            push("resolve", due, s);
        }
        if let Some(due) = t.update_due {
            // The update clock restarts at each customer-facing change; the row's last
            // change is the closest start the table keeps.
            let start = if t.updated_at < due {
                t.updated_at.max(t.clock_start)
            } else {
                t.clock_start
            };
            if let Some(s) = ctx.standing(&targets.update_every, start, due) {
                push("update", due, s);
            }
        }
        Ok(())
    })
}

fn complaint_rows(conn: &Connection, ctx: &mut Ctx, rows: &mut Vec<Row>) -> Result<()> {
    let p = &ctx.env.policy.policy;
    let (ordinary, major) = (
        p.complaints.ordinary.plan_within.0,
        p.complaints.major.plan_within.0,
    );
    db::each_unplanned_complaint(conn, &mut |c: ComplaintClock| {
        let target = if c.severity == "major" {
            major
        } else {
            ordinary
        };
        if let Some(s) = ctx.standing(&target, c.clock_start, c.plan_due) {
            rows.push(Row {
                kind: Kind::Complaint,
                id: c.id,
                entity: complaints::entity(c.id),
                customer: c.customer_id,
                metric: "plan",
                due: c.plan_due,
                standing: s,
                owner: Some(c.owner.unwrap_or(c.owner_role)),
                level: c.escalation_level,
            });
        }
        Ok(())
    })
}

fn raise_ticket(tx: &Transaction, _env: &Env, row: &Row, level: usize) -> Result<()> {
    db::set_ticket_level(tx, row.id, level as i64)
}

fn raise_complaint(tx: &Transaction, env: &Env, row: &Row, level: usize) -> Result<()> {
    let mut c: Complaint = complaint_db::get(tx, row.id)?
        .ok_or_else(|| error::failure(format!("{} vanished during the check", row.entity)))?;
    complaints::raise(&mut c, level, &env.policy.policy);
    c.updated_at = env.now;
    complaint_db::update(tx, &c)
}

/// Every open item of `kinds` that is at risk or breached, most overdue first.
pub fn check(conn: &Connection, env: &Env, kinds: &[Kind]) -> Result<Vec<Row>> {
    let mut ctx = Ctx {
        env,
        warn_at: env.policy.policy.escalation.warn_at,
        ticket_targets: Vec::new(),
    };
    let mut rows = Vec::new();
    for s in SOURCES.iter().filter(|s| kinds.contains(&s.kind)) {
        (s.collect)(conn, &mut ctx, &mut rows)?;
    }
    rows.sort_by(|a, b| (a.due, &a.entity, a.metric).cmp(&(b.due, &b.entity, b.metric)));
    Ok(rows)
}

/// One escalation made by `--apply`.
pub struct Escalated {
    pub entity: String,
    pub from_level: i64,
    pub to_level: i64,
    pub metrics: Vec<&'static str>,
}

/// Escalate every breached item one step up the ladder. A breach (record, metric, due
/// time) escalates once: breaches already in `escalations` are skipped, so running the
/// check again changes nothing. An item with several new breaches still moves one step.
pub fn apply(tx: &Transaction, env: &Env, rows: &mut [Row]) -> Result<Vec<Escalated>> {
    let ladder = &env.policy.policy.escalation.ladder;
    let top = ladder.len().saturating_sub(1) as i64;
    let mut by_entity: Vec<(String, Vec<usize>)> = Vec::new();
    let mut index: HashMap<String, usize> = HashMap::new();
    for (i, r) in rows.iter().enumerate() {
        if r.standing != Standing::Breached {
            continue;
        }
        let slot = *index.entry(r.entity.clone()).or_insert_with(|| {
            by_entity.push((r.entity.clone(), Vec::new()));
            by_entity.len() - 1
        });
        by_entity[slot].1.push(i);
    }
    let mut done = Vec::new();
    for (entity, idx) in by_entity {
        let first = &rows[idx[0]];
        let from = first.level;
        if from >= top {
            continue;
        }
        let mut fresh = Vec::new();
        for &i in &idx {
            let r = &rows[i];
            if !db::escalated(tx, &entity, r.metric, r.due)? {
                fresh.push(i);
            }
        }
        if fresh.is_empty() {
            continue;
        }
        let to =
            rules::escalation_target(ladder, from.max(0) as usize, None).map_err(error::failure)?;
        let source = SOURCES
            .iter()
            .find(|s| s.kind == first.kind)
            .ok_or_else(|| error::failure("no escalation for this kind"))?;
        (source.raise)(tx, env, first, to)?;
        let mut breaches = Vec::new();
        for &i in &fresh {
            let r = &rows[i];
            db::insert_escalation(
                tx,
                &Escalation {
                    entity: &entity,
                    metric: r.metric,
                    due_at: r.due,
                    from_level: from,
                    to_level: to as i64,
                    at: env.now,
                    actor: env.actor,
                },
            )?;
            breaches.push(json!({"metric": r.metric, "due": r.due}));
        }
        let role = |l: i64| ladder.get(l.max(0) as usize).cloned().unwrap_or_default();
        env.record(
            tx,
            &entity,
            "sla.escalate",
            Some(&json!({"escalation_level": from, "role": role(from)})),
            Some(&json!({"escalation_level": to, "role": role(to as i64), "breaches": breaches})),
        )?;
        let metrics = fresh.iter().map(|&i| rows[i].metric).collect();
        for r in rows.iter_mut().filter(|r| r.entity == entity) {
            r.level = to as i64;
        }
        done.push(Escalated {
            entity,
            from_level: from,
            to_level: to as i64,
            metrics,
        });
    }
    Ok(done)
}

/// One clock of a record, explained.
pub struct MetricExplained {
    pub metric: &'static str,
    pub target: Duration,
    pub start: i64,
    /// Start + target on the calendar, before pauses.
    pub computed: i64,
    /// After the pauses (equal to `computed` for clocks that pauses do not move).
    pub with_pauses: i64,
    /// What the record holds.
    pub stored: Option<i64>,
    pub met_at: Option<i64>,
    pub standing: Option<Standing>,
    pub explanation: Explanation,
}

/// A stretch in a `pause_on` status; `to` is `None` while it lasts.
pub struct Pause {
    pub from: i64,
    pub to: Option<i64>,
    pub business_minutes: i64,
    pub wall_minutes: i64,
}

pub struct Explained {
    pub kind: Kind,
    pub entity: String,
    pub status: String,
    pub customer: String,
    pub clock_start: i64,
    pub metrics: Vec<MetricExplained>,
    pub pauses: Vec<Pause>,
}

/// How the due times of `T-n` or `C-n` were computed.
pub fn explain(conn: &Connection, env: &Env, id: &str) -> Result<Explained> {
    let t = id.trim();
    if t.starts_with(['C', 'c']) {
        return explain_complaint(conn, env, t);
    }
    if t.starts_with(['T', 't']) {
        return explain_ticket(conn, env, t);
    }
    Err(
        error::usage(format!("\"{id}\" is not a ticket or complaint id"))
            .hint("use T-42 for a ticket or C-7 for a complaint"),
    )
}

fn metric(
    env: &Env,
    name: &'static str,
    target: Duration,
    start: i64,
    stored: Option<i64>,
    met_at: Option<i64>,
    pauses: &[Pause],
) -> MetricExplained {
    let cal = &env.policy.calendar;
    let computed = sla::due(cal, start, &target);
    let mut with_pauses = computed;
    for p in pauses.iter().filter(|p| p.from >= start) {
        let to = p.to.unwrap_or(env.now);
        with_pauses = sla::extend_for_pause(cal, with_pauses, &target, p.from, to);
    }
    let due = stored.unwrap_or(with_pauses);
    let standing = met_at.is_none().then(|| {
        sla::standing(
            cal,
            &target,
            start,
            due,
            env.now,
            env.policy.policy.escalation.warn_at,
        )
    });
    let ts = jiff::Timestamp::from_second(start).unwrap_or(jiff::Timestamp::UNIX_EPOCH);
    MetricExplained {
        metric: name,
        target,
        start,
        computed,
        with_pauses,
        stored,
        met_at,
        standing,
        explanation: cal.explain(ts, &target),
    }
}

fn explain_complaint(conn: &Connection, env: &Env, id: &str) -> Result<Explained> {
    let c = complaints::get(conn, id)?;
    let p = &env.policy.policy;
    let grade = if c.severity == "major" {
        &p.complaints.major
    } else {
        &p.complaints.ordinary
    };
    let m = metric(
        env,
        "plan",
        grade.plan_within.0,
        c.clock_start,
        Some(c.plan_due),
        c.plan_set_at,
        &[],
    );
    Ok(Explained {
        kind: Kind::Complaint,
        entity: complaints::entity(c.id),
        status: c.status,
        customer: c.customer_id,
        clock_start: c.clock_start,
        metrics: vec![m],
        pauses: Vec::new(),
    })
}

fn explain_ticket(conn: &Connection, env: &Env, id: &str) -> Result<Explained> {
    let n = parse_number_id("T", id)?;
    let t = db::ticket(conn, n)?.ok_or_else(|| {
        error::not_found(format!("no ticket T-{n}")).hint("ticket list shows the tickets")
    })?;
    let entity = format!("T-{n}");
    let events = crate::ops::audit::history(conn, &entity)?;
    let pause_on = &env.policy.policy.sla.ticket.pause_on;
    let pauses = pauses_of(&events, pause_on, t.paused_since, env);
    let targets = env.policy.policy.sla.ticket.targets(&t.priority, t.vip);
    let update_start = last_update(&events)
        .unwrap_or(t.clock_start)
        .max(t.clock_start);
    let metrics = vec![
        metric(
            env,
            "first_response",
            targets.first_response,
            t.clock_start,
            t.first_response_due,
            t.first_response_at,
            &[],
        ),
        // Pauses move the resolve clock; the first response comes before any wait, and
        // the update clock restarts at every status change anyway.
        metric(
            env,
            "resolve",
            targets.resolve,
            t.clock_start,
            t.resolve_due,
            t.resolved_at,
            &pauses,
        ),
        metric(
            env,
            "update",
            targets.update_every,
            update_start,
            t.update_due,
            t.resolved_at,
            &[],
        ),
    ];
    Ok(Explained {
        kind: Kind::Ticket,
        entity,
        status: t.status,
        customer: t.customer_id,
        clock_start: t.clock_start,
        metrics,
        pauses,
    })
}

fn new_json(e: &Event) -> Option<serde_json::Value> {
    e.new.as_deref().and_then(|s| serde_json::from_str(s).ok())
}

/// Pauses read from the audit trail: an event whose action names a wait, or whose new
/// status is a `pause_on` status, starts one; a resume, or a move to any other status,
/// ends it. A pause the row marks (`paused_since`) without an event still counts.
fn pauses_of(
    events: &[Event],
    pause_on: &[String],
    paused_since: Option<i64>,
    env: &Env,
) -> Vec<Pause> {
    let cal = &env.policy.calendar;
    let mut spans: Vec<(i64, Option<i64>)> = Vec::new();
    let mut open: Option<i64> = None;
    for e in events {
        let new = new_json(e);
        let status = new
            .as_ref()
            .and_then(|v| v.get("status"))
            .and_then(|s| s.as_str());
        let starts =
            e.action.contains("wait") || status.is_some_and(|s| pause_on.iter().any(|p| p == s));
        let ends =
            e.action.contains("resume") || status.is_some_and(|s| !pause_on.iter().any(|p| p == s));
        match open {
            None if starts => open = Some(e.at),
            Some(from) if ends && !starts => {
                spans.push((from, Some(e.at)));
                open = None;
            }
            _ => {}
        }
    }
    if let Some(from) = open.or(paused_since) {
        spans.push((from, None));
    }
    spans
        .into_iter()
        .map(|(from, to)| {
            let end = to.unwrap_or(env.now).max(from);
            let ts =
                |s: i64| jiff::Timestamp::from_second(s).unwrap_or(jiff::Timestamp::UNIX_EPOCH);
            Pause {
                from,
                to,
                business_minutes: cal.business_minutes_between(ts(from), ts(end)),
                wall_minutes: (end - from) / 60,
            }
        })
        .collect()
}

/// The last customer-facing change: what restarts the update clock.
fn last_update(events: &[Event]) -> Option<i64> {
    events
        .iter()
        .filter(|e| !e.action.starts_with("sla."))
        .filter(|e| {
            !new_json(e)
                .and_then(|v| v.get("internal").and_then(|b| b.as_bool()))
                .unwrap_or(false)
        })
        .map(|e| e.at)
        .next_back()
}
