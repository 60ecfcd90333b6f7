//! `ticket open` and its intake rules: duplicate, description, VIP, warranty.

use jiff::civil::Date;
use rusqlite::Transaction;
use serde_json::{Map, Value as Json, json};

use super::{CHANNELS, KINDS, MODES, Ticket, db, tid};
use crate::domain::ticket::{self as rules, DescriptionProblem, PRIORITIES};
use crate::domain::warranty::{self, Since};
use crate::domain::{sla, time, validate};
use crate::error::{self, Result};
use crate::ops::Env;
use crate::store::customer::{self as archive, Purchase};

/// What `ticket open` was given.
#[derive(Clone, Debug, Default)]
pub struct OpenInput {
    pub customer: String,
    pub category: String,
    pub description: String,
    pub product: Option<String>,
    pub serial: Option<String>,
    pub priority: Option<String>,
    pub channel: Option<String>,
    pub mode: Option<String>,
    pub kind: Option<String>,
    pub force: bool,
    pub chase: bool,
}

/// What `ticket open` did.
pub enum Opened {
    /// A new ticket; `duplicate_of` when `--force` opened it past an open one.
    New {
        ticket: Ticket,
        duplicate_of: Option<i64>,
        purchase: Option<Purchase>,
        manufacturer_contact: Option<String>,
    },
    /// `--chase`: the customer's open ticket was chased instead.
    Chased {
        ticket: Ticket,
        old_priority: String,
    },
}

/// Check that `v` is one of `allowed` (for values that come from a sheet or a flag).
pub(super) fn one_of(
    field: &str,
    v: &str,
    allowed: &[&str],
) -> std::result::Result<String, String> {
    if allowed.contains(&v) {
        Ok(v.to_string())
    } else {
        Err(format!(
            "{field} \"{v}\" is not one of {}",
            allowed.join(", ")
        ))
    }
}

pub(super) fn check_category(env: &Env, c: &str) -> std::result::Result<String, String> {
    let cats = &env.policy.policy.tickets.categories;
    if cats.iter().any(|x| x == c) {
        Ok(c.to_string())
    } else {
        Err(format!(
            "unknown category \"{c}\" (the policy's tickets.categories: {})",
            cats.join(", ")
        ))
    }
}

pub fn open(tx: &Transaction, env: &Env, i: OpenInput) -> Result<Opened> {
    let customer = archive::get_customer(tx, &i.customer)?.ok_or_else(|| {
        error::not_found(format!("no customer {}", i.customer))
            .hint("customer list --search TEXT finds customers")
    })?;
    let category = check_category(env, &i.category).map_err(error::usage)?;
    let usage = |r: std::result::Result<String, String>| r.map_err(error::usage);
    let priority = usage(one_of(
        "priority",
        i.priority.as_deref().unwrap_or("normal"),
        PRIORITIES,
    ))?;
    let channel = usage(one_of(
        "channel",
        i.channel.as_deref().unwrap_or("phone"),
        CHANNELS,
    ))?;
    let mode = usage(one_of("mode", i.mode.as_deref().unwrap_or("remote"), MODES))?;
    let kind = usage(one_of("kind", i.kind.as_deref().unwrap_or("repair"), KINDS))?;
    let description = usage(validate::text("description", &i.description))?;

    // The duplicate rule [002]: the same customer's open ticket of this category.
    let cfg = &env.policy.policy.tickets;
    let duplicate = db::open_of(tx, &customer.id, &category)?
        .into_iter()
        .find(|t| {
            rules::within_window(
                &env.policy.calendar,
                t.opened_at,
                env.now,
                &cfg.duplicate_window.0,
            )
        });
    if let Some(existing) = &duplicate {
        if i.chase {
            return chase(tx, env, existing, &description);
        }
        if !i.force {
            return Err(error::refused(format!(
                "{} already has an open {category} ticket: {} ({}, opened {})",
                customer.id,
                tid(existing.id),
                existing.status,
                time::fmt_table(existing.opened_at, env.policy.tz())
            ))
            .hint(format!(
                "record the customer chasing it with --chase, add to it with `svc ticket note {}`, or open a separate ticket with --force",
                tid(existing.id)
            )));
        }
    }

    // The description rule [002].
    if let Err(p) = rules::check_description(
        &description,
        cfg.min_description_chars,
        &cfg.vague_phrases,
        &cfg.filler_words,
    ) {
        let msg = match p {
            DescriptionProblem::Vague(found) if !found.is_empty() => format!(
                "the description \"{description}\" is vague: \"{}\" says that something fails, not what",
                found.join("\", \"")
            ),
            DescriptionProblem::Vague(_) => {
                format!("the description \"{description}\" says nothing about the fault")
            }
            DescriptionProblem::TooShort { chars, min } => format!(
                "the description is too short: {chars} characters, at least {min} needed (tickets.min_description_chars)"
            ),
        };
        return Err(error::refused(msg).hint(rules::DESCRIBE_HINT));
    }

    // The purchase the warranty is decided on.
    // --product and --serial exclude each other (the command line says so).
    let purchase = match (&i.serial, &i.product) {
        (Some(sn), _) => {
            let p = archive::purchase_by_serial(tx, sn.trim())?
                .filter(|p| p.customer_id == customer.id)
                .ok_or_else(|| {
                    error::not_found(format!(
                        "no purchase with serial {} for customer {}",
                        sn.trim(),
                        customer.id
                    ))
                    .hint(format!(
                        "purchase list --customer {} shows them",
                        customer.id
                    ))
                })?;
            Some(p)
        }
        (None, Some(model)) => {
            let model = model.trim();
            if archive::get_product(tx, model)?.is_none() {
                return Err(error::not_found(format!("no product {model}"))
                    .hint("product list shows the models"));
            }
            archive::latest_purchase(tx, &customer.id, Some(model), None)?
        }
        (None, None) => archive::latest_purchase(tx, &customer.id, None, None)?,
    };
    let verdict = purchase.as_ref().and_then(|p| {
        let since = match &p.received {
            Some(r) => Since::Received(r.parse::<Date>().ok()?),
            None => Since::Purchased(p.purchased.parse::<Date>().ok()?),
        };
        Some(warranty::decide(
            &env.policy.calendar,
            since,
            env.now,
            &env.policy.policy.warranty.exchange_within.0,
            &env.policy.policy.warranty.repair_within.0,
        ))
    });
    let product = purchase
        .as_ref()
        .map(|p| p.product.clone())
        .or_else(|| i.product.as_ref().map(|m| m.trim().to_string()));
    let manufacturer_contact = match (&verdict, &product) {
        (Some(v), Some(model)) if v.decision == warranty::Decision::Manufacturer => {
            archive::get_product(tx, model)?.and_then(|p| p.manufacturer_contact)
        }
        _ => None,
    };

    // VIP customers start one step higher and have their own targets [002].
    let vip = customer.tier == "vip";
    let priority = if vip {
        rules::raise(&priority).to_string()
    } else {
        priority
    };
    let targets = env.policy.policy.sla.ticket.targets(&priority, vip);
    let cal = &env.policy.calendar;
    let id = next_id(tx)?;
    let t = Ticket {
        id,
        customer_id: customer.id.clone(),
        category,
        description,
        product,
        serial: purchase
            .as_ref()
            .and_then(|p| p.serial.clone())
            .or_else(|| i.serial.as_ref().map(|s| s.trim().to_string())),
        purchase_id: purchase.as_ref().map(|p| p.id),
        priority,
        channel,
        mode,
        kind,
        status: "new".into(),
        vip,
        warranty: verdict.as_ref().map(|v| v.decision.as_str().to_string()),
        warranty_rule: verdict.as_ref().map(|v| v.rule.clone()),
        opened_at: env.now,
        clock_start: env.now,
        first_response_due: Some(sla::due(cal, env.now, &targets.first_response)),
        resolve_due: Some(sla::due(cal, env.now, &targets.resolve)),
        update_due: Some(sla::due(cal, env.now, &targets.update_every)),
        forced: duplicate.is_some(),
        updated_at: env.now,
        ..Ticket::default()
    };
    db::insert(tx, &t)?;
    let mut new = serde_json::to_value(&t).unwrap_or_default();
    if let (Json::Object(m), Some(d)) = (&mut new, &duplicate) {
        m.insert("duplicate_of".into(), json!(tid(d.id)));
    }
    env.record(tx, &tid(id), "ticket.open", None, Some(&new))?;
    Ok(Opened::New {
        ticket: t,
        duplicate_of: duplicate.map(|d| d.id),
        purchase,
        manufacturer_contact,
    })
}

/// The next free ticket number (a number kept by an import may be taken).
fn next_id(tx: &Transaction) -> Result<i64> {
    loop {
        let n = crate::store::next_number(tx, "T")?;
        if !db::exists(tx, n)? {
            return Ok(n);
        }
    }
}

/// `--chase`: note on the open ticket that the customer chased, one step more priority.
fn chase(tx: &Transaction, env: &Env, existing: &Ticket, description: &str) -> Result<Opened> {
    let old = existing.clone();
    let mut t = existing.clone();
    t.chase_count += 1;
    t.priority = rules::raise(&t.priority).to_string();
    let text = format!("customer chased ({}): {description}", t.chase_count);
    let note = db::insert_note(tx, &tid(t.id), env.now, env.actor, &text, true)?;
    let mut extra = Map::new();
    extra.insert("note".into(), json!(note));
    extra.insert("text".into(), json!(text));
    super::save(tx, env, "ticket.chase", &old, &mut t, extra)?;
    Ok(Opened::Chased {
        ticket: t,
        old_priority: old.priority,
    })
}
