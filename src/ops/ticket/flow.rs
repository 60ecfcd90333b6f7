//! The verbs that move a ticket through its lifecycle, and notes.

use rusqlite::Transaction;
use serde_json::{Map, Value as Json, json};

use super::{Ticket, act, customer_contact, db, get, save, status_of, tid};
use crate::domain::lint;
use crate::domain::ticket::{self as rules, Candidate, NoFit, Status, Verb};
use crate::domain::{sla, time, validate};
use crate::error::{self, Result};
use crate::ops::Env;
use crate::store::{customer as archive, staff};

fn no_extra() -> Map<String, Json> {
    Map::new()
}

fn text(field: &str, v: &str) -> Result<String> {
    validate::text(field, v).map_err(error::usage)
}

/// Who gets the ticket.
pub enum Assignee {
    To(String),
    Auto,
}

/// The ticket after `assign`, and how the engineer was chosen.
pub struct Assigned {
    pub ticket: Ticket,
    pub why: String,
}

pub fn assign(tx: &Transaction, env: &Env, id: &str, who: Assignee) -> Result<Assigned> {
    let t = get(tx, id)?;
    let (staff_id, why) = match who {
        Assignee::To(s) => {
            let s = s.trim();
            let member = staff::get(tx, s)?.ok_or_else(|| {
                error::not_found(format!("no staff \"{s}\""))
                    .hint("staff list shows who is registered")
            })?;
            if !member.active {
                return Err(error::refused(format!("staff \"{s}\" is deactivated"))
                    .hint("assign to an active staff member, or use --auto"));
            }
            (member.id, format!("{} ({})", member.name, member.role))
        }
        Assignee::Auto => auto_pick(tx, &t)?,
    };
    if t.assignee.as_deref() == Some(staff_id.as_str()) {
        return Err(error::refused(format!(
            "{} is already assigned to {staff_id}",
            tid(t.id)
        )));
    }
    let ticket = act(tx, env, id, Verb::Assign, |_, t| {
        t.assignee = Some(staff_id.clone());
        Ok(no_extra())
    })?;
    Ok(Assigned { ticket, why })
}

/// `assign --auto`: an active engineer with the skill, in the customer's region, least busy.
fn auto_pick(tx: &Transaction, t: &Ticket) -> Result<(String, String)> {
    let region = archive::get_customer(tx, &t.customer_id)?.and_then(|c| c.region);
    let counts = db::open_counts(tx)?;
    let candidates: Vec<Candidate> = staff::list(tx)?
        .into_iter()
        .filter(|s| s.role == "engineer")
        .map(|s| Candidate {
            open_tickets: counts.get(&s.id).copied().unwrap_or(0),
            skills: s
                .skills
                .split(',')
                .map(|k| k.trim().to_string())
                .filter(|k| !k.is_empty())
                .collect(),
            region: s.region,
            active: s.active,
            id: s.id,
        })
        .collect();
    let cat = &t.category;
    let place = region
        .as_deref()
        .map_or_else(|| "any region".to_string(), |r| r.to_string());
    match rules::pick_engineer(&candidates, cat, region.as_deref()) {
        Ok(c) => Ok((
            c.id.clone(),
            format!(
                "skill {cat}, region {place}, {} open ticket{}",
                c.open_tickets,
                if c.open_tickets == 1 { "" } else { "s" }
            ),
        )),
        Err(NoFit::NoSkill) => Err(error::refused(format!(
            "no engineer has the skill \"{cat}\""
        ))
        .hint(format!(
            "give an engineer the skill (svc staff add ID --role engineer --skills {cat} --region …), or assign by hand with --to STAFF"
        ))),
        Err(NoFit::NoneInRegion(regions)) => Err(error::refused(format!(
            "no engineer with the skill \"{cat}\" works in {place} (they are in: {})",
            regions.join(", ")
        ))
        .hint("assign by hand with --to STAFF")),
        Err(NoFit::AllInactive(ids)) => Err(error::refused(format!(
            "every engineer with the skill \"{cat}\" in {place} is deactivated ({})",
            ids.join(", ")
        ))
        .hint("assign by hand with --to STAFF")),
    }
}

/// `schedule --at`: the on-site appointment.
pub fn schedule(tx: &Transaction, env: &Env, id: &str, at: i64) -> Result<Ticket> {
    if at < env.now {
        return Err(error::usage(format!(
            "--at {} is in the past",
            time::fmt_table(at, env.policy.tz())
        )));
    }
    act(tx, env, id, Verb::Schedule, |_, t| {
        t.scheduled_at = Some(at);
        Ok(no_extra())
    })
}

/// `start`: work begins; a ticket nobody holds goes to the one who starts it.
pub fn start(tx: &Transaction, env: &Env, id: &str) -> Result<Ticket> {
    act(tx, env, id, Verb::Start, |_, t| {
        if t.assignee.is_none() {
            t.assignee = Some(env.actor.to_string());
        }
        Ok(no_extra())
    })
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WaitFor {
    Customer,
    Parts,
}

pub fn wait(
    tx: &Transaction,
    env: &Env,
    id: &str,
    what: WaitFor,
    until: Option<i64>,
) -> Result<Ticket> {
    if let Some(u) = until
        && u <= env.now
    {
        return Err(error::usage(format!(
            "--until {} is not in the future",
            time::fmt_table(u, env.policy.tz())
        )));
    }
    let (verb, label) = match what {
        WaitFor::Customer => (Verb::WaitCustomer, "customer"),
        WaitFor::Parts => (Verb::WaitParts, "parts"),
    };
    act(tx, env, id, verb, |_, t| {
        t.wait_for = Some(label.into());
        t.wait_until = until;
        Ok(no_extra())
    })
}

pub fn resume(tx: &Transaction, env: &Env, id: &str) -> Result<Ticket> {
    act(tx, env, id, Verb::Resume, |_, t| {
        t.wait_for = None;
        t.wait_until = None;
        Ok(no_extra())
    })
}

/// `handover --items`: the product is taken back; the handover list [000].
pub fn handover(tx: &Transaction, env: &Env, id: &str, items: &str) -> Result<Ticket> {
    let items = text("items", items)?;
    act(tx, env, id, Verb::Handover, |_, t| {
        t.handover_items = Some(items);
        t.mode = "takeback".into();
        Ok(no_extra())
    })
}

/// `return`: the repaired product is back with the customer.
pub fn give_back(tx: &Transaction, env: &Env, id: &str) -> Result<Ticket> {
    act(tx, env, id, Verb::Return, |_, _| Ok(no_extra()))
}

/// Longest working time one `resolve --hours` may book.
const MAX_HOURS: f64 = 1000.0;

pub fn resolve(
    tx: &Transaction,
    env: &Env,
    id: &str,
    resolution: &str,
    hours: Option<f64>,
) -> Result<Ticket> {
    let resolution = text("resolution", resolution)?;
    if let Some(h) = hours
        && !(h.is_finite() && h > 0.0 && h <= MAX_HOURS)
    {
        return Err(error::usage(format!(
            "--hours {h} must be more than 0 and at most {MAX_HOURS}"
        )));
    }
    let t = act(tx, env, id, Verb::Resolve, |tx, t| {
        t.resolution = Some(resolution);
        t.hours = hours;
        t.resolved_at = Some(env.now);
        // Answering an inquiry is its first response too.
        if t.first_response_at.is_none() {
            t.first_response_at = Some(env.now);
        }
        let mut extra = Map::new();
        if let Some(h) = hours {
            let costs = &env.policy.policy.costs;
            let amount = (h * costs.labour_rate * 100.0).round() / 100.0;
            let cost = db::insert_cost(
                tx,
                &db::Cost {
                    id: 0,
                    ticket_id: Some(t.id),
                    kind: "labour".into(),
                    amount,
                    note: Some(format!(
                        "{} h × {} {}/h",
                        crate::output::fmt_num(h),
                        crate::output::fmt_num(costs.labour_rate),
                        costs.currency
                    )),
                    at: env.now,
                    actor: env.actor.to_string(),
                },
            )?;
            extra.insert(
                "labour_cost".into(),
                json!({"cost": cost, "amount": amount}),
            );
        }
        Ok(extra)
    })?;
    // Every resolution is followed by a satisfaction call [001].
    crate::ops::callback::schedule_satisfaction(tx, env, &tid(t.id), &t.customer_id)?;
    Ok(t)
}

/// `sign --by`: the customer accepts the work [000].
pub fn sign(tx: &Transaction, env: &Env, id: &str, by: &str) -> Result<Ticket> {
    let by = validate::line("--by", by).map_err(error::usage)?;
    act(tx, env, id, Verb::Sign, |_, t| {
        t.signed_by = Some(by);
        t.signed_at = Some(env.now);
        Ok(no_extra())
    })
}

pub fn close(tx: &Transaction, env: &Env, id: &str) -> Result<Ticket> {
    act(tx, env, id, Verb::Close, |_, t| {
        let needs = &env.policy.policy.tickets.require_signoff;
        if t.signed_by.is_none() && needs.contains(&t.mode) {
            return Err(error::refused(format!(
                "{} (mode {}) needs the customer's sign-off before it closes",
                tid(t.id),
                t.mode
            ))
            .hint(format!(
                "record the acceptance with `svc ticket sign {} --by NAME`",
                tid(t.id)
            )));
        }
        t.closed_at = Some(env.now);
        Ok(no_extra())
    })
}

/// `reopen --reason`: the clock starts again from now [003].
pub fn reopen(tx: &Transaction, env: &Env, id: &str, reason: &str) -> Result<Ticket> {
    let reason = text("reason", reason)?;
    act(tx, env, id, Verb::Reopen, |tx, t| {
        let targets = env.policy.policy.sla.ticket.targets(&t.priority, t.vip);
        t.clock_start = env.now;
        t.resolve_due = Some(sla::due(&env.policy.calendar, env.now, &targets.resolve));
        t.resolved_at = None;
        t.resolution = None;
        t.hours = None;
        t.signed_by = None;
        t.signed_at = None;
        t.closed_at = None;
        t.reopen_count += 1;
        let note = db::insert_note(
            tx,
            &tid(t.id),
            env.now,
            env.actor,
            &format!("reopened: {reason}"),
            true,
        )?;
        let mut extra = Map::new();
        extra.insert("reason".into(), json!(reason));
        extra.insert("note".into(), json!(note));
        Ok(extra)
    })
}

/// `cancel --reason`: opened in error or merged by hand; ends without a callback.
pub fn cancel(tx: &Transaction, env: &Env, id: &str, reason: &str) -> Result<Ticket> {
    let reason = text("reason", reason)?;
    act(tx, env, id, Verb::Cancel, |_, t| {
        t.cancelled_reason = Some(reason);
        t.cancelled_at = Some(env.now);
        Ok(no_extra())
    })
}

/// `note --text [--internal]`: customer-facing notes must not hold a forbidden
/// phrase [002]; they meet the first response and restart the update clock.
pub fn note(tx: &Transaction, env: &Env, id: &str, body: &str, internal: bool) -> Result<Ticket> {
    let body = text("text", body)?;
    let old = get(tx, id)?;
    status_of(&old)?;
    if !internal {
        let lint = &env.policy.policy.lint;
        let hits = lint::find_phrases(&body, &lint.forbidden_phrases);
        if let Some((pos, phrase)) = hits.first() {
            let mut others: Vec<&str> = hits.iter().skip(1).map(|(_, p)| p.as_str()).collect();
            others.dedup();
            let more = if others.is_empty() {
                String::new()
            } else {
                format!(" (and \"{}\")", others.join("\", \""))
            };
            let hint = match lint.suggestions.get(phrase) {
                Some(s) => format!("say instead: \"{s}\""),
                None => "say it another way; notes with --internal are not shown to the customer and are not checked".into(),
            };
            return Err(error::refused(format!(
                "the note holds the forbidden phrase \"{phrase}\" at character {}{more} (lint.forbidden_phrases)",
                pos + 1
            ))
            .hint(hint));
        }
    }
    let mut t = old.clone();
    if !internal {
        customer_contact(env, &mut t);
    }
    let n = db::insert_note(tx, &tid(t.id), env.now, env.actor, &body, internal)?;
    let mut extra = Map::new();
    extra.insert("note".into(), json!(n));
    extra.insert("internal".into(), json!(internal));
    extra.insert("text".into(), json!(body));
    save(tx, env, "ticket.note", &old, &mut t, extra)?;
    Ok(t)
}

/// Is the ticket still being worked on?
pub fn is_open(t: &Ticket) -> bool {
    Status::parse(&t.status).is_some_and(Status::is_open)
}
