//! Callbacks: satisfaction calls scheduled by resolutions, proactive calls,
//! and what a recorded result does to the ticket or complaint behind it.

use rusqlite::{Connection, Transaction};
use serde_json::json;

use crate::domain::calendar::Duration;
use crate::domain::callback::{self, Effect, Outcome};
use crate::domain::{time, validate};
use crate::error::{self, Result};
use crate::ops::{self, Env};
use crate::store::callback::{self as db, Callback, Filter};

pub fn entity(id: i64) -> String {
    format!("CB-{id}")
}

pub fn get(conn: &Connection, id: &str) -> Result<Callback> {
    let n = ops::parse_number_id("CB", id)?;
    db::get(conn, n)?.ok_or_else(|| {
        error::not_found(format!("no callback CB-{n}")).hint("callback list shows them")
    })
}

/// Schedule the satisfaction callback of a resolved ticket or complaint, due
/// within `callbacks.satisfaction_within` on the policy calendar. A pending one
/// for the same source is moved instead of doubled.
pub fn schedule_satisfaction(
    tx: &Transaction,
    env: &Env,
    source: &str,
    customer: &str,
) -> Result<i64> {
    let cal = &env.policy.calendar;
    let due = crate::domain::sla::due(
        cal,
        env.now,
        &env.policy.policy.callbacks.satisfaction_within.0,
    );
    if let Some(existing) = db::pending_for_source(tx, source)? {
        db::set_due(tx, existing.id, due)?;
        env.record(
            tx,
            &entity(existing.id),
            "callback.reschedule",
            Some(&json!({"due_at": existing.due_at})),
            Some(&json!({"due_at": due})),
        )?;
        return Ok(existing.id);
    }
    let c = new_callback(
        env,
        customer,
        Some(source),
        "satisfaction",
        "satisfaction after resolution",
        due,
    );
    let id = db::insert(tx, &c)?;
    env.record(
        tx,
        &entity(id),
        "callback.schedule",
        None,
        Some(
            &json!({"source": source, "customer": customer, "due_at": due, "kind": "satisfaction"}),
        ),
    )?;
    Ok(id)
}

fn new_callback(
    env: &Env,
    customer: &str,
    source: Option<&str>,
    kind: &str,
    reason: &str,
    due_at: i64,
) -> Callback {
    Callback {
        id: 0,
        customer_id: customer.to_string(),
        source: source.map(str::to_string),
        kind: kind.to_string(),
        reason: reason.to_string(),
        due_at,
        status: "pending".into(),
        result: None,
        score: None,
        attempts: 0,
        note: None,
        reopened: false,
        created_at: env.now,
        created_by: env.actor.to_string(),
        done_at: None,
    }
}

/// A proactive callback (`callback schedule`).
pub fn schedule(
    tx: &Transaction,
    env: &Env,
    customer: &str,
    about: Option<&str>,
    due: &str,
    reason: &str,
) -> Result<Callback> {
    ops::customer::get(tx, customer)?;
    let source = about.map(|a| ops::source::resolve_id(tx, a)).transpose()?;
    if let Some(s) = &source {
        let owner = ops::source::customer_of(tx, s)?;
        if owner != customer {
            return Err(error::refused(format!(
                "{s} belongs to customer {owner}, not {customer}"
            )));
        }
    }
    let due_at = time::parse_time(due, env.policy.tz())
        .map_err(|e| error::usage(format!("--due: {e}")))?
        .as_second();
    let reason = validate::line("reason", reason).map_err(error::usage)?;
    let mut c = new_callback(
        env,
        customer,
        source.as_deref(),
        "proactive",
        &reason,
        due_at,
    );
    c.id = db::insert(tx, &c)?;
    env.record(
        tx,
        &entity(c.id),
        "callback.schedule",
        None,
        Some(&serde_json::to_value(&c).unwrap_or_default()),
    )?;
    Ok(c)
}

/// What `callback record` did, for the message.
pub struct Recorded {
    pub callback: Callback,
    /// What happened to the source, in words ("T-3 closed", "T-3 reopened", …).
    pub source_note: Option<String>,
}

pub fn record(
    tx: &Transaction,
    env: &Env,
    id: &str,
    outcome: Outcome,
    score: Option<i64>,
    note: Option<&str>,
) -> Result<Recorded> {
    let mut c = get(tx, id)?;
    if c.status != "pending" {
        return Err(error::refused(format!(
            "callback CB-{} has ended ({}{})",
            c.id,
            c.status,
            c.result
                .as_deref()
                .map(|r| format!(": {r}"))
                .unwrap_or_default()
        ))
        .hint("schedule a new one with `callback schedule` if the customer needs another call"));
    }
    let score = callback::check_score(score).map_err(error::usage)?;
    if score.is_some() && outcome == Outcome::Unreachable {
        return Err(error::usage(
            "an unreachable customer gave no score: drop --score",
        ));
    }
    let note = note
        .map(|n| validate::text("note", n))
        .transpose()
        .map_err(error::usage)?;
    let old = serde_json::to_value(&c).unwrap_or_default();
    let p = &env.policy.policy.callbacks;
    let effect = callback::effect(outcome, c.attempts as u32, p.max_attempts, &p.reopen_on);
    c.note = note.or(c.note);
    let mut source_note = None;
    match &effect {
        Effect::TryAgain { attempts } => {
            c.attempts = *attempts as i64;
            c.due_at =
                crate::domain::sla::due(&env.policy.calendar, env.now, &Duration::WorkingDays(1));
        }
        Effect::GiveUp { attempts } => {
            c.attempts = *attempts as i64;
            c.status = "unreachable".into();
            c.result = Some("unreachable".into());
            c.done_at = Some(env.now);
            if let Some(s) = &c.source {
                source_note = ops::source::close_if_resolved(tx, env, s)?;
            }
        }
        Effect::CloseSource | Effect::ReopenSource | Effect::Done => {
            if outcome == Outcome::Unreachable {
                c.attempts += 1;
            }
            c.status = "done".into();
            c.result = Some(outcome.as_str().into());
            c.score = score;
            c.done_at = Some(env.now);
            if let Some(s) = &c.source {
                let why = format!("callback CB-{}: customer {}", c.id, outcome.as_str());
                source_note = match effect {
                    Effect::CloseSource => ops::source::close_if_resolved(tx, env, s)?,
                    Effect::ReopenSource => {
                        c.reopened = ops::source::reopen(tx, env, s, &why)?;
                        c.reopened.then(|| format!("{s} reopened"))
                    }
                    _ => None,
                };
            }
        }
    }
    db::update(tx, &c)?;
    env.record(
        tx,
        &entity(c.id),
        "callback.record",
        Some(&old),
        Some(&serde_json::to_value(&c).unwrap_or_default()),
    )?;
    Ok(Recorded {
        callback: c,
        source_note,
    })
}

pub fn list(
    conn: &Connection,
    f: &Filter,
    each: &mut dyn FnMut(Callback) -> Result<()>,
) -> Result<()> {
    db::list(conn, f, each)
}
