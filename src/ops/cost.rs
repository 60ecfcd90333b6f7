//! Costs booked on tickets and the yearly budget report.

use std::collections::BTreeMap;

use rusqlite::{Connection, Transaction};
use serde_json::json;

use crate::domain::budget::{self, COST_KINDS, Line};
use crate::domain::{time, validate};
use crate::error::{self, Result};
use crate::ops::Env;
use crate::store::cost::{self as db, Cost};

/// Columns of `cost list`.
pub const COST_COLUMNS: &[&str] = &["id", "ticket", "kind", "amount", "note", "at", "actor"];

/// Largest single cost.
const MAX_AMOUNT: f64 = 1e9;

/// The ticket's status; exit 3 when there is no such ticket.
pub fn ticket_status(conn: &Connection, ticket_id: i64) -> Result<String> {
    db::ticket_status(conn, ticket_id)?.ok_or_else(|| {
        error::not_found(format!("no ticket T-{ticket_id}")).hint("ticket list shows the tickets")
    })
}

/// Book a cost on a ticket, with an event in the ticket's history.
pub(crate) fn book(
    tx: &Transaction,
    env: &Env,
    ticket_id: i64,
    kind: &str,
    amount: f64,
    note: Option<String>,
) -> Result<Cost> {
    let mut c = Cost {
        id: 0,
        ticket_id: Some(ticket_id),
        kind: kind.to_string(),
        amount,
        note,
        at: env.now,
        actor: env.actor.to_string(),
    };
    c.id = db::insert_cost(tx, &c)?;
    env.record(
        tx,
        &format!("T-{ticket_id}"),
        "cost.add",
        None,
        Some(&json!({"cost": c.id, "kind": c.kind, "amount": c.amount, "note": c.note})),
    )?;
    Ok(c)
}

/// `cost add`: an amount above zero and at most 1 000 000 000, of a known kind, on an existing ticket.
pub fn add(
    tx: &Transaction,
    env: &Env,
    ticket: &str,
    kind: &str,
    amount: f64,
    note: Option<&str>,
) -> Result<Cost> {
    if !COST_KINDS.contains(&kind) {
        return Err(error::usage(format!(
            "unknown cost kind \"{kind}\" ({})",
            COST_KINDS.join(", ")
        )));
    }
    if !amount.is_finite() || amount <= 0.0 || amount > MAX_AMOUNT {
        return Err(error::usage(format!(
            "--amount must be above 0 and at most {MAX_AMOUNT:.0}"
        ))
        .hint("book a correction as a note on the ticket; costs are never negative"));
    }
    let note = note
        .map(|n| validate::text("--note", n))
        .transpose()
        .map_err(error::usage)?;
    let ticket_id = crate::ops::parse_number_id("T", ticket)?;
    ticket_status(tx, ticket_id)?;
    book(
        tx,
        env,
        ticket_id,
        kind,
        (amount * 100.0).round() / 100.0,
        note,
    )
}

pub fn list(
    conn: &Connection,
    ticket: Option<&str>,
    since: Option<i64>,
    until: Option<i64>,
    limit: Option<i64>,
    each: &mut dyn FnMut(Cost) -> Result<()>,
) -> Result<()> {
    let ticket_id = ticket
        .map(|t| crate::ops::parse_number_id("T", t))
        .transpose()?;
    if let Some(id) = ticket_id {
        ticket_status(conn, id)?;
    }
    db::list_costs(conn, ticket_id, since, until, limit, each)
}

/// The budget report of one year.
pub struct Report {
    pub year: i16,
    /// Which policy table the budget came from: `budget.2027` or `budget.default`; `None`: no budget.
    pub source: Option<String>,
    pub warn_at: f64,
    /// Fraction of the year elapsed at `--now`.
    pub elapsed: f64,
    pub lines: Vec<Line>,
}

impl Report {
    /// Some category has used `warn_at` or more of its budget.
    pub fn needs_attention(&self) -> bool {
        self.lines.iter().any(|l| l.status != budget::Status::Ok)
    }
}

/// The budget table of `year`: policy `budget.<year>`, else `budget.default`
/// (named in the first value; `None` without either). A year's table without its
/// own `warn_at` takes the default table's.
pub fn budget_of(env: &Env, year: i16) -> (Option<String>, BTreeMap<String, f64>) {
    let budgets = &env.policy.policy.budget;
    let key = year.to_string();
    let (source, mut table) = match budgets.get(&key).or_else(|| budgets.get("default")) {
        Some(t) if budgets.contains_key(&key) => (Some(format!("budget.{key}")), t.clone()),
        Some(t) => (Some("budget.default".to_string()), t.clone()),
        None => (None, Default::default()),
    };
    if !table.contains_key("warn_at")
        && let Some(w) = budgets.get("default").and_then(|d| d.get("warn_at"))
    {
        table.insert("warn_at".into(), *w);
    }
    (source, table)
}

/// Budget vs actual per category for `year` (default: the year of `--now`).
pub fn report(conn: &Connection, env: &Env, year: Option<i16>) -> Result<Report> {
    let tz = env.policy.tz();
    let year = year.unwrap_or_else(|| time::zoned(env.now, tz).year());
    let first = |y: i16| {
        jiff::civil::Date::new(y, 1, 1)
            .map(|d| time::start_of_day(d, tz))
            .map_err(|_| error::usage(format!("--year {y} is out of range")))
    };
    let start = first(year)?;
    let end = first(year + 1)?;
    let (source, table) = budget_of(env, year);
    let actual = db::totals_by_kind(conn, start, end)?;
    let elapsed = budget::elapsed_fraction(start, end, env.now);
    let (lines, warn_at) = budget::report(&table, &actual, elapsed);
    Ok(Report {
        year,
        source,
        warn_at,
        elapsed,
        lines,
    })
}
