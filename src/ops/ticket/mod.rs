//! Tickets: service requests and repair work orders, from intake to the
//! customer's sign-off.

mod flow;
mod import;
mod open;

pub use flow::*;
pub use import::import;
pub use open::{OpenInput, Opened, open};

use rusqlite::{Connection, Transaction};
use serde_json::{Map, Value as Json};

use crate::domain::sla;
use crate::domain::ticket::{self as rules, Status, Verb};
use crate::error::{self, Result};
use crate::ops::{self, Env};
use crate::store::audit::{self, Event};
use crate::store::ticket::{self as db, Cost, Filter, Note};

pub use db::Ticket;

/// Columns of `ticket list --format csv`, which `ticket import` reads back.
/// The first seventeen are the contract; later ones are only ever appended.
pub const COLUMNS: &[&str] = &[
    "id",
    "customer",
    "category",
    "product",
    "priority",
    "status",
    "assignee",
    "channel",
    "mode",
    "kind",
    "opened_at",
    "first_response_due",
    "resolve_due",
    "resolved_at",
    "closed_at",
    "warranty",
    "description",
    "serial",
    "vip",
    "warranty_rule",
    "clock_start",
    "first_response_at",
    "update_due",
    "paused_since",
    "scheduled_at",
    "wait_for",
    "wait_until",
    "handover_items",
    "resolution",
    "hours",
    "signed_by",
    "signed_at",
    "cancelled_reason",
    "cancelled_at",
    "reopen_count",
    "chase_count",
    "forced",
    "escalation_level",
    "updated_at",
];

pub const CHANNELS: &[&str] = &["phone", "online", "email", "visit"];
pub const MODES: &[&str] = &["remote", "onsite", "takeback"];
pub const KINDS: &[&str] = &["repair", "inquiry", "install"];

/// `T-42` for ticket 42.
pub fn tid(n: i64) -> String {
    format!("T-{n}")
}

/// Accept `T-42` or `42`.
pub fn parse_id(s: &str) -> Result<i64> {
    ops::parse_number_id("T", s)
}

/// The ticket `id` names (exit 3 when there is none).
pub fn get(conn: &Connection, id: &str) -> Result<Ticket> {
    let n = parse_id(id)?;
    db::get(conn, n)?.ok_or_else(|| {
        error::not_found(format!("no ticket {}", tid(n)))
            .hint("ticket list shows the tickets; --customer ID narrows it")
    })
}

fn status_of(t: &Ticket) -> Result<Status> {
    Status::parse(&t.status).ok_or_else(|| {
        error::failure(format!(
            "{} has the unknown status \"{}\"",
            tid(t.id),
            t.status
        ))
    })
}

/// The change `verb` makes from the ticket's status, or a refusal that names
/// the changes allowed from there.
fn next_status(t: &Ticket, verb: Verb) -> Result<Status> {
    let from = status_of(t)?;
    let inquiry = t.kind == "inquiry";
    rules::transition(from, verb, inquiry).ok_or_else(|| {
        let allowed = rules::allowed_from(from, inquiry);
        let why = if verb == Verb::Resolve
            && !inquiry
            && matches!(from, Status::New | Status::Assigned)
        {
            " (only inquiries are resolved without starting work)"
        } else {
            ""
        };
        let e = error::refused(format!(
            "cannot {} {}: it is {from}{why}",
            verb.as_str(),
            tid(t.id)
        ));
        if allowed.is_empty() {
            e.hint(format!("{from} is final: nothing can change it"))
        } else {
            e.hint(format!("allowed from {from}: {}", allowed.join(", ")))
        }
    })
}

/// Keep the SLA clocks while a ticket moves from its status to `to` at `now`:
/// a pause ends (running due times move later by the paused time) or starts,
/// the first response is met by scheduling or starting work, and the update
/// clock restarts while the ticket stays open.
fn move_clocks(env: &Env, t: &mut Ticket, to: Status) {
    let cfg = &env.policy.policy.sla.ticket;
    let cal = &env.policy.calendar;
    let targets = cfg.targets(&t.priority, t.vip);
    let pauses = |s: Status| cfg.pause_on.iter().any(|p| p == s.as_str());
    if let Some(since) = t.paused_since
        && !pauses(to)
    {
        let extend = |due: i64, target| sla::extend_for_pause(cal, due, target, since, env.now);
        if t.first_response_at.is_none() {
            t.first_response_due = t
                .first_response_due
                .map(|d| extend(d, &targets.first_response));
        }
        if t.resolved_at.is_none() {
            t.resolve_due = t.resolve_due.map(|d| extend(d, &targets.resolve));
        }
        t.update_due = t.update_due.map(|d| extend(d, &targets.update_every));
        t.paused_since = None;
    }
    if pauses(to) && t.paused_since.is_none() {
        t.paused_since = Some(env.now);
    }
    if matches!(to, Status::Scheduled | Status::InProgress) && t.first_response_at.is_none() {
        t.first_response_at = Some(env.now);
    }
    t.update_due = to
        .is_open()
        .then(|| sla::due(cal, env.now, &targets.update_every));
    t.status = to.as_str().to_string();
}

/// A customer-facing contact: meets the first response and restarts the update clock.
fn customer_contact(env: &Env, t: &mut Ticket) {
    if t.first_response_at.is_none() {
        t.first_response_at = Some(env.now);
    }
    if status_of(t).is_ok_and(Status::is_open) {
        let targets = env.policy.policy.sla.ticket.targets(&t.priority, t.vip);
        t.update_due = Some(sla::due(
            &env.policy.calendar,
            env.now,
            &targets.update_every,
        ));
    }
}

/// The fields that differ between two versions of a ticket, as (old, new).
fn diff(old: &Ticket, new: &Ticket) -> (Json, Json) {
    let (Ok(Json::Object(a)), Ok(Json::Object(b))) =
        (serde_json::to_value(old), serde_json::to_value(new))
    else {
        return (Json::Null, Json::Null);
    };
    let mut o = Map::new();
    let mut n = Map::new();
    for (k, v) in &b {
        if k == "updated_at" {
            continue;
        }
        if a.get(k) != Some(v) {
            o.insert(k.clone(), a.get(k).cloned().unwrap_or(Json::Null));
            n.insert(k.clone(), v.clone());
        }
    }
    (Json::Object(o), Json::Object(n))
}

/// Write a changed ticket and its audit event (`extra` joins the new values).
fn save(
    tx: &Transaction,
    env: &Env,
    action: &str,
    old: &Ticket,
    t: &mut Ticket,
    extra: Map<String, Json>,
) -> Result<()> {
    t.updated_at = env.now;
    db::update(tx, t)?;
    let (o, mut n) = diff(old, t);
    if let Json::Object(m) = &mut n {
        m.extend(extra);
    }
    env.record(tx, &tid(t.id), action, Some(&o), Some(&n))
}

/// Apply `verb` to ticket `id`: check the status machine, keep the clocks,
/// let `apply` set the verb's own fields (it may still refuse, before anything
/// is written), then write the ticket and one audit event.
fn act(
    tx: &Transaction,
    env: &Env,
    id: &str,
    verb: Verb,
    apply: impl FnOnce(&Transaction, &mut Ticket) -> Result<Map<String, Json>>,
) -> Result<Ticket> {
    let old = get(tx, id)?;
    let to = next_status(&old, verb)?;
    let mut t = old.clone();
    if to != status_of(&old)? {
        move_clocks(env, &mut t, to);
    }
    let extra = apply(tx, &mut t)?;
    let action = format!(
        "ticket.{}",
        verb.as_str().split(' ').next().unwrap_or("change")
    );
    save(tx, env, &action, &old, &mut t, extra)?;
    Ok(t)
}

/// Stream `ticket list`.
pub fn list(
    conn: &Connection,
    f: &Filter,
    each: &mut dyn FnMut(Ticket) -> Result<()>,
) -> Result<()> {
    db::list(conn, f, each)
}

/// A customer's tickets, newest first (for `customer show`).
pub fn of_customer(conn: &Connection, customer: &str) -> Result<Vec<Ticket>> {
    db::of_customer(conn, customer)
}

/// Everything `ticket show` prints.
pub struct Detail {
    pub ticket: Ticket,
    pub customer_name: Option<String>,
    pub manufacturer_contact: Option<String>,
    pub notes: Vec<Note>,
    pub costs: Vec<Cost>,
    pub events: Vec<Event>,
}

pub fn detail(conn: &Connection, id: &str) -> Result<Detail> {
    let ticket = get(conn, id)?;
    let customer_name =
        crate::store::customer::get_customer(conn, &ticket.customer_id)?.map(|c| c.name);
    let manufacturer_contact = match (&ticket.warranty, &ticket.product) {
        (Some(w), Some(p)) if w == "manufacturer" => {
            crate::store::customer::get_product(conn, p)?.and_then(|p| p.manufacturer_contact)
        }
        _ => None,
    };
    let entity = tid(ticket.id);
    Ok(Detail {
        notes: db::notes(conn, &entity)?,
        costs: db::costs(conn, ticket.id)?,
        events: audit::list(
            conn,
            &audit::Filter {
                entity: Some(entity),
                ..audit::Filter::default()
            },
        )?,
        ticket,
        customer_name,
        manufacturer_contact,
    })
}
