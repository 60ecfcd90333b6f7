//! Complaints [001 §3(三), 002]: opening with grade, owner, plan deadline and the
//! recommended remedy; investigation, plan, resolution, closing, reopening, escalation
//! and notes. Every change records an audit event on `C-<n>`.

use rusqlite::{Connection, Transaction};
use serde_json::json;

use crate::domain::complaint::{self as rules, Severity, Status, Verb};
use crate::domain::{sla, time, validate, warranty};
use crate::error::{self, Result};
use crate::ops::{Env, parse_number_id};
use crate::policy::{Grade, Policy};
use crate::store::audit::Event;
use crate::store::customer::{self as customers, Purchase};
use crate::store::{self, complaint as db, sla as sla_db};

pub use db::{Complaint, Filter, Note};

/// Categories whose remedy is the purchase's warranty decision [002]; the others follow
/// the policy's `complaints.handling.<category>` step.
const WARRANTY_CATEGORIES: [&str; 3] = ["quality", "damaged", "missing_parts"];

/// The audit entity and display id of complaint `n`.
pub fn entity(id: i64) -> String {
    format!("C-{id}")
}

pub struct OpenInput {
    pub customer: String,
    pub category: String,
    pub description: String,
    pub demand: Option<String>,
    pub severity: Option<String>,
    pub ticket: Option<String>,
    pub serial: Option<String>,
    pub order: Option<String>,
    pub force: bool,
}

pub struct Opened {
    pub complaint: Complaint,
    /// The open complaint the duplicate rule named, when `--force` opened anyway.
    pub forced_over: Option<i64>,
}

fn usage(r: std::result::Result<String, String>) -> Result<String> {
    r.map_err(error::usage)
}

fn grade<'a>(p: &'a Policy, severity: &str) -> &'a Grade {
    match Severity::parse(severity) {
        Some(Severity::Major) => &p.complaints.major,
        _ => &p.complaints.ordinary,
    }
}

fn check_category(p: &Policy, category: &str) -> Result<()> {
    if p.complaints.categories.iter().any(|c| c == category) {
        Ok(())
    } else {
        Err(
            error::usage(format!("unknown complaint category \"{category}\"")).hint(format!(
                "use one of: {} (policy complaints.categories)",
                p.complaints.categories.join(", ")
            )),
        )
    }
}

/// The purchase `--serial` or `--order` names, else the customer's latest, if any.
fn purchase_for(conn: &Connection, i: &OpenInput) -> Result<Option<Purchase>> {
    if let Some(serial) = &i.serial {
        return match customers::purchase_by_serial(conn, serial.trim())? {
            Some(p) if p.customer_id == i.customer => Ok(Some(p)),
            _ => Err(error::not_found(format!(
                "customer {} has no purchase with serial {serial}",
                i.customer
            ))
            .hint(format!(
                "purchase list --customer {} shows them",
                i.customer
            ))),
        };
    }
    if let Some(order) = &i.order {
        return customers::latest_purchase(conn, &i.customer, None, Some(order.trim()))?
            .map(Some)
            .ok_or_else(|| {
                error::not_found(format!(
                    "customer {} has no purchase with order {order}",
                    i.customer
                ))
                .hint(format!(
                    "purchase list --customer {} shows them",
                    i.customer
                ))
            });
    }
    customers::latest_purchase(conn, &i.customer, None, None)
}

/// The recommended remedy and the rule behind it.
fn remedy(
    conn: &Connection,
    env: &Env,
    category: &str,
    purchase: Option<&Purchase>,
) -> Result<(Option<String>, String)> {
    let p = &env.policy.policy;
    if !WARRANTY_CATEGORIES.contains(&category) {
        return Ok(match p.complaints.handling.get(category) {
            Some(step) => (
                Some(step.clone()),
                format!("complaints.handling.{category}"),
            ),
            None => (
                None,
                format!("the policy has no complaints.handling.{category} step"),
            ),
        });
    }
    let Some(purchase) = purchase else {
        return Ok((
            None,
            "no purchase on record: ask for the order number or proof of purchase".into(),
        ));
    };
    let since = match &purchase.received {
        Some(r) => warranty::Since::Received(time::parse_date(r).map_err(error::failure)?),
        None => warranty::Since::Purchased(
            time::parse_date(&purchase.purchased).map_err(error::failure)?,
        ),
    };
    let verdict = warranty::decide(
        &env.policy.calendar,
        since,
        env.now,
        &p.warranty.exchange_within.0,
        &p.warranty.repair_within.0,
    );
    let (decision, rule) = (verdict.decision, verdict.rule);
    let mut rule = format!("purchase {} ({}): {rule}", purchase.id, purchase.product);
    if decision == warranty::Decision::Manufacturer {
        match customers::get_product(conn, &purchase.product)?.and_then(|p| p.manufacturer_contact)
        {
            Some(contact) => rule.push_str(&format!("; manufacturer service: {contact}")),
            None => rule.push_str("; no manufacturer contact on record"),
        }
    }
    Ok((Some(decision.as_str().to_string()), rule))
}

/// The open complaint of the same customer and category inside `duplicate_window`, if any.
fn duplicate_of(
    tx: &Transaction,
    env: &Env,
    customer: &str,
    category: &str,
) -> Result<Option<i64>> {
    let window = &env.policy.policy.tickets.duplicate_window.0;
    for (id, opened_at) in db::open_of(tx, customer, category)? {
        if sla::due(&env.policy.calendar, opened_at, window) >= env.now {
            return Ok(Some(id));
        }
    }
    Ok(None)
}

pub fn open(tx: &Transaction, env: &Env, i: OpenInput) -> Result<Opened> {
    let p = &env.policy.policy;
    if !customers::customer_exists(tx, &i.customer)? {
        return Err(error::not_found(format!("no customer {}", i.customer))
            .hint("customer list --search TEXT finds customers"));
    }
    check_category(p, &i.category)?;
    let description = usage(validate::text("description", &i.description))?;
    let demand = i
        .demand
        .as_deref()
        .map(|d| usage(validate::text("demand", d)))
        .transpose()?;
    let given = match i.severity.as_deref() {
        None => None,
        Some(s) => Some(Severity::parse(s).ok_or_else(|| {
            error::usage(format!("unknown severity \"{s}\"")).hint("use ordinary or major")
        })?),
    };
    let ticket_id = match &i.ticket {
        None => None,
        Some(t) => {
            let n = parse_number_id("T", t)?;
            if !db::ticket_exists(tx, n)? {
                return Err(error::not_found(format!("no ticket T-{n}"))
                    .hint("ticket list shows the tickets"));
            }
            Some(n)
        }
    };
    let purchase = purchase_for(tx, &i)?;

    let duplicate = duplicate_of(tx, env, &i.customer, &i.category)?;
    if let Some(d) = duplicate
        && !i.force
    {
        return Err(error::refused(format!(
            "{} is already open for customer {} in category {} (duplicate rule, tickets.duplicate_window {})",
            entity(d),
            i.customer,
            i.category,
            p.tickets.duplicate_window.0
        ))
        .hint(format!(
            "add to it with `svc complaint note {} --text …`, or open a new one anyway with --force",
            entity(d)
        )));
    }

    let (severity, severity_rule) = rules::grade(given, &description, &p.complaints.major_keywords);
    let g = grade(p, severity.as_str());
    let level = rules::level_of(&p.escalation.ladder, &g.owner_role);
    let (remedy, remedy_rule) = remedy(tx, env, &i.category, purchase.as_ref())?;
    let id = store::next_number(tx, "C")?;
    let c = Complaint {
        id,
        customer_id: i.customer.clone(),
        category: i.category.clone(),
        description,
        demand,
        severity: severity.as_str().into(),
        severity_rule,
        owner_role: g.owner_role.clone(),
        owner: None,
        team: severity == Severity::Major,
        ticket_id,
        purchase_id: purchase.as_ref().map(|p| p.id),
        status: Status::Open.as_str().into(),
        opened_at: env.now,
        clock_start: env.now,
        plan_due: sla::due(&env.policy.calendar, env.now, &g.plan_within.0),
        escalation_level: level as i64,
        remedy,
        remedy_rule: Some(remedy_rule),
        forced: duplicate.is_some(),
        updated_at: env.now,
        ..Complaint::default()
    };
    db::insert(tx, &c)?;
    let mut new = serde_json::to_value(&c).unwrap_or_default();
    if let (Some(d), Some(obj)) = (duplicate, new.as_object_mut()) {
        obj.insert("forced_over".into(), json!(entity(d)));
    }
    env.record(tx, &entity(id), "complaint.open", None, Some(&new))?;
    Ok(Opened {
        complaint: c,
        forced_over: duplicate,
    })
}

/// The complaint `C-n` or `n` names.
pub fn get(conn: &Connection, id: &str) -> Result<Complaint> {
    let n = parse_number_id("C", id)?;
    db::get(conn, n)?.ok_or_else(|| {
        error::not_found(format!("no complaint {}", entity(n)))
            .hint("complaint list shows the complaints")
    })
}

/// The status `verb` leads to, or exit 4 saying what is allowed.
fn step(c: &Complaint, verb: Verb) -> Result<Status> {
    let from = Status::parse(&c.status).ok_or_else(|| {
        error::failure(format!(
            "{} has an unknown status {}",
            entity(c.id),
            c.status
        ))
    })?;
    rules::next(from, verb).ok_or_else(|| {
        error::refused(format!(
            "{} is {from}: cannot {} it",
            entity(c.id),
            verb.as_str()
        ))
        .hint(format!(
            "allowed from {from}: {}",
            rules::allowed(from).join(", ")
        ))
    })
}

fn add_note(tx: &Transaction, env: &Env, c: &Complaint, text: &str, internal: bool) -> Result<()> {
    db::add_note(
        tx,
        &entity(c.id),
        &Note {
            at: env.now,
            author: env.actor.to_string(),
            text: text.to_string(),
            internal,
        },
    )
}

fn save(
    tx: &Transaction,
    env: &Env,
    c: &Complaint,
    action: &str,
    old: serde_json::Value,
    new: serde_json::Value,
) -> Result<()> {
    db::update(tx, c)?;
    env.record(tx, &entity(c.id), action, Some(&old), Some(&new))
}

pub fn investigate(tx: &Transaction, env: &Env, id: &str, note: &str) -> Result<Complaint> {
    let mut c = get(tx, id)?;
    let to = step(&c, Verb::Investigate)?;
    let note = usage(validate::text("note", note))?;
    let old = json!({"status": c.status, "owner": c.owner});
    c.status = to.as_str().into();
    // Whoever starts the investigation owns it until a plan names its owner.
    c.owner = c.owner.take().or_else(|| Some(env.actor.to_string()));
    c.updated_at = env.now;
    add_note(tx, env, &c, &note, true)?;
    let new = json!({"status": c.status, "owner": c.owner, "note": note});
    save(tx, env, &c, "complaint.investigate", old, new)?;
    Ok(c)
}

pub fn plan(
    tx: &Transaction,
    env: &Env,
    id: &str,
    text: &str,
    owner: &str,
    due: &str,
) -> Result<Complaint> {
    let mut c = get(tx, id)?;
    let to = step(&c, Verb::Plan)?;
    let text = usage(validate::text("text", text))?;
    let due = time::parse_time(due, env.policy.tz())
        .map_err(|e| error::usage(format!("--due: {e}")))?
        .as_second();
    if due <= env.now {
        return Err(error::usage(format!(
            "--due {} is not in the future",
            time::fmt_table(due, env.policy.tz())
        ))
        .hint("give the time by which the plan will have been carried out"));
    }
    let staff = store::staff::get(tx, owner.trim())?.ok_or_else(|| {
        error::not_found(format!("no staff member {}", owner.trim())).hint("staff list shows them")
    })?;
    if !staff.active {
        return Err(error::refused(format!(
            "staff {} is deactivated and cannot own a plan",
            staff.id
        )));
    }
    let old = json!({
        "status": c.status, "plan_text": c.plan_text, "plan_owner": c.plan_owner,
        "plan_complete_by": c.plan_complete_by,
    });
    c.status = to.as_str().into();
    c.plan_text = Some(text);
    c.plan_owner = Some(staff.id.clone());
    c.owner = Some(staff.id);
    c.plan_complete_by = Some(due);
    // Revising a plan keeps the time the first one was made: that is what met the deadline.
    c.plan_set_at = c.plan_set_at.or(Some(env.now));
    c.updated_at = env.now;
    let new = json!({
        "status": c.status, "plan_text": c.plan_text, "plan_owner": c.plan_owner,
        "plan_complete_by": c.plan_complete_by, "plan_due": c.plan_due,
        "plan_met": plan_met(&c),
    });
    save(tx, env, &c, "complaint.plan", old, new)?;
    Ok(c)
}

/// Whether the plan was made by its deadline; `None` while there is no plan.
pub fn plan_met(c: &Complaint) -> Option<bool> {
    c.plan_set_at.map(|at| at <= c.plan_due)
}

pub fn resolve(
    tx: &Transaction,
    env: &Env,
    id: &str,
    outcome: &str,
    compensation: Option<&str>,
) -> Result<Complaint> {
    let mut c = get(tx, id)?;
    let to = step(&c, Verb::Resolve)?;
    let outcome = usage(validate::text("outcome", outcome))?;
    let compensation = compensation
        .map(|s| {
            let v: f64 = s.trim().parse().map_err(|_| {
                error::usage(format!("--compensation: \"{s}\" is not an amount"))
                    .hint("give a number such as 200 or 49.90")
            })?;
            validate::amount("compensation", v).map_err(error::usage)
        })
        .transpose()?;
    let old = json!({"status": c.status});
    c.status = to.as_str().into();
    c.outcome = Some(outcome);
    c.compensation = compensation;
    c.resolved_at = Some(env.now);
    c.updated_at = env.now;
    let new = json!({
        "status": c.status, "outcome": c.outcome, "compensation": c.compensation,
    });
    save(tx, env, &c, "complaint.resolve", old, new)?;
    crate::ops::callback::schedule_satisfaction(tx, env, &entity(c.id), &c.customer_id)?;
    Ok(c)
}

pub fn close(tx: &Transaction, env: &Env, id: &str) -> Result<Complaint> {
    let mut c = get(tx, id)?;
    let to = step(&c, Verb::Close)?;
    let old = json!({"status": c.status});
    c.status = to.as_str().into();
    c.closed_at = Some(env.now);
    c.updated_at = env.now;
    save(
        tx,
        env,
        &c,
        "complaint.close",
        old,
        json!({"status": c.status}),
    )?;
    Ok(c)
}

pub fn reopen(tx: &Transaction, env: &Env, id: &str, reason: &str) -> Result<Complaint> {
    let mut c = get(tx, id)?;
    let to = step(&c, Verb::Reopen)?;
    let reason = usage(validate::text("reason", reason))?;
    let old = serde_json::to_value(&c).unwrap_or_default();
    let g = grade(&env.policy.policy, &c.severity);
    c.status = to.as_str().into();
    // Back to analysis with a fresh plan clock [003]; the old plan and outcome stay in
    // the audit trail.
    c.clock_start = env.now;
    c.plan_due = sla::due(&env.policy.calendar, env.now, &g.plan_within.0);
    c.plan_text = None;
    c.plan_owner = None;
    c.plan_set_at = None;
    c.plan_complete_by = None;
    c.outcome = None;
    c.compensation = None;
    c.resolved_at = None;
    c.closed_at = None;
    c.reopen_count += 1;
    c.updated_at = env.now;
    add_note(tx, env, &c, &format!("reopened: {reason}"), true)?;
    let new = json!({
        "status": c.status, "reason": reason, "plan_due": c.plan_due,
        "reopen_count": c.reopen_count,
    });
    save(tx, env, &c, "complaint.reopen", old, new)?;
    Ok(c)
}

/// Move a complaint to ladder step `level`: its owner role follows, and reaching the
/// major grade's role brings a team [001].
pub fn raise(c: &mut Complaint, level: usize, p: &Policy) {
    if let Some(role) = p.escalation.ladder.get(level) {
        c.owner_role = role.clone();
        c.team = c.team || *role == p.complaints.major.owner_role;
    }
    c.escalation_level = level as i64;
}

pub fn escalate(
    tx: &Transaction,
    env: &Env,
    id: &str,
    to: Option<&str>,
    reason: &str,
) -> Result<Complaint> {
    let p = &env.policy.policy;
    let mut c = get(tx, id)?;
    step(&c, Verb::Escalate)?;
    let reason = usage(validate::text("reason", reason))?;
    if let Some(role) = to
        && !p.escalation.ladder.iter().any(|r| r == role)
    {
        return Err(
            error::usage(format!("--to {role}: not a step of the escalation ladder"))
                .hint(format!("the ladder is {}", p.escalation.ladder.join(" → "))),
        );
    }
    let from = c.escalation_level;
    let level = rules::escalation_target(&p.escalation.ladder, from.max(0) as usize, to)
        .map_err(|e| error::refused(format!("{}: {e}", entity(c.id))))?;
    let old = json!({"escalation_level": from, "owner_role": c.owner_role, "team": c.team});
    raise(&mut c, level, p);
    c.updated_at = env.now;
    let e = entity(c.id);
    sla_db::insert_escalation(
        tx,
        &sla_db::Escalation {
            entity: &e,
            metric: "manual",
            due_at: env.now,
            from_level: from,
            to_level: c.escalation_level,
            at: env.now,
            actor: env.actor,
        },
    )?;
    add_note(
        tx,
        env,
        &c,
        &format!("escalated to {}: {reason}", c.owner_role),
        true,
    )?;
    let new = json!({
        "escalation_level": c.escalation_level, "owner_role": c.owner_role, "team": c.team,
        "reason": reason,
    });
    save(tx, env, &c, "complaint.escalate", old, new)?;
    Ok(c)
}

pub fn note(
    tx: &Transaction,
    env: &Env,
    id: &str,
    text: &str,
    internal: bool,
) -> Result<Complaint> {
    let c = get(tx, id)?;
    step(&c, Verb::Note)?;
    let text = usage(validate::text("text", text))?;
    let lint = &env.policy.policy.lint;
    if !internal
        && let Some(hit) = crate::domain::lint::lint(&text, &lint.forbidden_phrases, &[])
            .into_iter()
            .next()
    {
        let phrase = hit.phrase;
        let hint = match lint.suggestions.get(&phrase) {
            Some(better) => format!("say instead: {better}"),
            None => "rephrase it; internal notes (--internal) are not checked".into(),
        };
        return Err(error::refused(format!(
            "the note contains the forbidden phrase \"{phrase}\" (lint.forbidden_phrases)"
        ))
        .hint(hint));
    }
    add_note(tx, env, &c, &text, internal)?;
    env.record(
        tx,
        &entity(c.id),
        "complaint.note",
        None,
        Some(&json!({"text": text, "internal": internal})),
    )?;
    Ok(c)
}

pub fn list(
    conn: &Connection,
    env: &Env,
    f: &Filter,
    each: &mut dyn FnMut(Complaint) -> Result<()>,
) -> Result<()> {
    if let Some(cat) = &f.category {
        check_category(&env.policy.policy, cat)?;
    }
    db::list(conn, f, each)
}

/// Everything `complaint show` prints.
pub struct Shown {
    pub complaint: Complaint,
    pub notes: Vec<Note>,
    pub timeline: Vec<Event>,
}

pub fn show(conn: &Connection, id: &str) -> Result<Shown> {
    let c = get(conn, id)?;
    let e = entity(c.id);
    Ok(Shown {
        notes: db::notes(conn, &e)?,
        timeline: crate::ops::audit::history(conn, &e)?,
        complaint: c,
    })
}
