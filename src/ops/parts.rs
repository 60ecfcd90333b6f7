//! Spare parts: master data, stock movements (receive, use on a ticket,
//! stocktake, scrap) and the reorder proposal.

use rusqlite::{Connection, Transaction};
use serde_json::json;

use crate::domain::calendar::Duration;
use crate::domain::reorder::{self, Demand, Levels, Stock};
use crate::domain::validate;
use crate::error::{self, Result};
use crate::ops::import::{self, Problem, Row, Source};
use crate::ops::{Env, cost, po};
use crate::store::cost::Cost;
use crate::store::parts::{self as db, Movement, Part, PartFilter, PartStock};

/// Columns of `parts list --format csv`, which `parts import` reads back.
/// `on_order` and `available` are derived and ignored on import.
pub const PART_COLUMNS: &[&str] = &[
    "sku",
    "name",
    "model_fit",
    "unit_cost",
    "supplier",
    "location",
    "min",
    "max",
    "pack",
    "moq",
    "lead_time",
    "on_hand",
    "reserved",
    "on_order",
    "available",
];

/// Largest quantity a single command moves, and largest stock level.
pub const MAX_QTY: i64 = 1_000_000_000;
/// Longest lead time in days.
const MAX_LEAD_TIME: i64 = 3650;
/// Movements `parts show` lists.
const RECENT_MOVEMENTS: i64 = 20;

/// Master data of a part as typed or read from a sheet; `None` leaves a field
/// as it is (edit) or at its default (add).
#[derive(Default, Clone)]
pub struct PartInput {
    pub name: Option<String>,
    pub model_fit: Option<String>,
    pub unit_cost: Option<f64>,
    pub supplier: Option<String>,
    pub location: Option<String>,
    pub min: Option<i64>,
    pub max: Option<i64>,
    pub pack: Option<i64>,
    pub moq: Option<i64>,
    pub lead_time: Option<i64>,
    /// Go back to the demand-based rule (edit only).
    pub clear_min_max: bool,
}

/// A SKU: letters, digits, `-`, `_`, `.` and `/`.
pub fn check_sku(sku: &str) -> std::result::Result<String, String> {
    let s = validate::line("sku", sku)?;
    if s.chars().count() > 64
        || !s
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "-_./".contains(c))
    {
        return Err(format!(
            "sku \"{s}\" may hold only letters, digits, - _ . / (at most 64)"
        ));
    }
    Ok(s)
}

fn check_range(field: &str, v: i64, lo: i64, hi: i64) -> std::result::Result<i64, String> {
    if (lo..=hi).contains(&v) {
        Ok(v)
    } else {
        Err(format!("{field} must be a whole number from {lo} to {hi}"))
    }
}

/// `AT-100, AT-200` → `AT-100,AT-200`.
fn check_models(s: &str) -> std::result::Result<String, String> {
    let mut models = Vec::new();
    for m in s.split(',').map(str::trim).filter(|m| !m.is_empty()) {
        let m = validate::line("model_fit", m)?;
        if !models.contains(&m) {
            models.push(m);
        }
    }
    Ok(models.join(","))
}

/// Apply `input` over `base`, checking every field; problems are (column, message).
fn build_part(
    conn: &Connection,
    mut p: Part,
    input: &PartInput,
) -> std::result::Result<Part, Vec<Problem>> {
    let mut problems: Vec<Problem> = Vec::new();
    let mut bad = |c: &str, m: String| problems.push((c.to_string(), m));
    if let Some(v) = &input.name {
        match validate::line("name", v) {
            Ok(v) => p.name = v,
            Err(e) => bad("name", e),
        }
    }
    if p.name.is_empty() {
        bad("name", "name is required".into());
    }
    if let Some(v) = &input.model_fit {
        match check_models(v) {
            Ok(v) => p.model_fit = v,
            Err(e) => bad("model_fit", e),
        }
    }
    if let Some(v) = input.unit_cost {
        match validate::amount("unit_cost", v) {
            Ok(v) => p.unit_cost = v,
            Err(e) => bad("unit_cost", e),
        }
    }
    if let Some(v) = &input.supplier {
        match validate::line("supplier", v) {
            Ok(v) => match db::get_supplier(conn, &v) {
                Ok(Some(_)) => p.supplier = Some(v),
                Ok(None) => bad(
                    "supplier",
                    format!("no supplier {v} (add it with supplier add)"),
                ),
                Err(e) => bad("supplier", e.message),
            },
            Err(e) => bad("supplier", e),
        }
    }
    if let Some(v) = &input.location {
        match validate::line("location", v) {
            Ok(v) => p.location = Some(v),
            Err(e) => bad("location", e),
        }
    }
    if input.clear_min_max {
        p.min = None;
        p.max = None;
    }
    for (field, v, slot) in [
        ("min", input.min, &mut p.min),
        ("max", input.max, &mut p.max),
    ] {
        if let Some(v) = v {
            match check_range(field, v, 0, MAX_QTY) {
                Ok(v) => *slot = Some(v),
                Err(e) => bad(field, e),
            }
        }
    }
    match (p.min, p.max) {
        (Some(min), Some(max)) if max < min => {
            bad("max", format!("max {max} is below min {min}"));
        }
        (Some(_), None) | (None, Some(_)) => bad(
            if p.min.is_none() { "min" } else { "max" },
            "give both min and max, or neither to reorder from demand".into(),
        ),
        _ => {}
    }
    if let Some(v) = input.pack {
        match check_range("pack", v, 1, MAX_QTY) {
            Ok(v) => p.pack = v,
            Err(e) => bad("pack", e),
        }
    }
    if let Some(v) = input.moq {
        match check_range("moq", v, 0, MAX_QTY) {
            Ok(v) => p.moq = v,
            Err(e) => bad("moq", e),
        }
    }
    if let Some(v) = input.lead_time {
        match check_range("lead_time", v, 0, MAX_LEAD_TIME) {
            Ok(v) => p.lead_time = Some(v),
            Err(e) => bad("lead_time", e),
        }
    }
    if problems.is_empty() {
        Ok(p)
    } else {
        Err(problems)
    }
}

/// The first problem as an error: a missing supplier is "not found", the rest usage.
fn problem_error(ps: Vec<Problem>) -> error::Error {
    let (col, msg) = ps.into_iter().next().unwrap_or_default();
    if col == "supplier" && msg.starts_with("no supplier") {
        return error::not_found(msg).hint("supplier list shows the suppliers");
    }
    error::usage(if msg.starts_with(&col) {
        msg
    } else {
        format!("{col}: {msg}")
    })
}

fn new_part(sku: &str, now: i64) -> std::result::Result<Part, Vec<Problem>> {
    let sku = check_sku(sku).map_err(|e| vec![("sku".to_string(), e)])?;
    Ok(Part {
        sku,
        pack: 1,
        created_at: now,
        ..Part::default()
    })
}

fn insert_checked(tx: &Transaction, env: &Env, p: &Part) -> Result<()> {
    if db::part_exists(tx, &p.sku)? {
        return Err(error::refused(format!("part {} already exists", p.sku))
            .hint("parts edit changes it; parts show shows it"));
    }
    db::insert_part(tx, p)?;
    env.record(
        tx,
        &p.sku,
        "parts.add",
        None,
        Some(&serde_json::to_value(p).unwrap_or_default()),
    )
}

pub fn add(tx: &Transaction, env: &Env, sku: &str, input: PartInput) -> Result<Part> {
    let base = new_part(sku, env.now).map_err(problem_error)?;
    let p = build_part(tx, base, &input).map_err(problem_error)?;
    insert_checked(tx, env, &p)?;
    Ok(p)
}

pub fn edit(tx: &Transaction, env: &Env, sku: &str, input: PartInput) -> Result<Part> {
    let old = get(tx, sku)?;
    let p = build_part(tx, old.clone(), &input).map_err(problem_error)?;
    db::update_part(tx, &p)?;
    env.record(
        tx,
        &p.sku,
        "parts.edit",
        Some(&serde_json::to_value(&old).unwrap_or_default()),
        Some(&serde_json::to_value(&p).unwrap_or_default()),
    )?;
    Ok(p)
}

pub fn get(conn: &Connection, sku: &str) -> Result<Part> {
    db::get_part(conn, sku.trim())?.ok_or_else(|| {
        error::not_found(format!("no part {}", sku.trim()))
            .hint("parts list shows the parts and their SKUs")
    })
}

/// How the reorder rule sees one part.
#[derive(Clone, Debug)]
pub struct Assessed {
    pub part: Part,
    pub on_order: i64,
    pub available: i64,
    pub levels: Levels,
    /// Set when the levels come from demand (the part has no min/max).
    pub demand: Option<Demand>,
    pub order_qty: i64,
    /// The arithmetic behind the line, for people.
    pub explain: String,
}

impl Assessed {
    pub fn is_low(&self) -> bool {
        self.available <= self.levels.min
    }
    pub fn line_cost(&self) -> f64 {
        round_money(self.order_qty as f64 * self.part.unit_cost)
    }
    pub fn rule(&self) -> &'static str {
        if self.demand.is_some() {
            "demand"
        } else {
            "min_max"
        }
    }
}

pub fn round_money(x: f64) -> f64 {
    (x * 100.0).round() / 100.0
}

/// The demand window in whole days (`parts.demand_window`; the policy check
/// keeps it a whole number of wall-clock days).
pub fn demand_window_days(env: &Env) -> i64 {
    match env.policy.policy.parts.demand_window.0 {
        Duration::Minutes(m) => (m + 1439) / 1440,
        Duration::BusinessMinutes(m) => (m + 1439) / 1440,
        Duration::WorkingDays(n) => n,
        Duration::Years(n) => n * 365,
    }
    .max(1)
}

fn assess(env: &Env, s: PartStock, window_days: i64) -> Assessed {
    let stock = Stock {
        on_hand: s.part.on_hand,
        reserved: s.part.reserved,
        on_order: s.on_order,
    };
    let available = stock.available();
    let (levels, demand) = match (s.part.min, s.part.max) {
        (Some(min), Some(max)) => (Levels { min, max }, None),
        _ => {
            let cfg = &env.policy.policy.parts;
            let d = Demand {
                used: s.used,
                window_days,
                lead_time: s.part.lead_time.or(s.supplier_lead_time).unwrap_or(0),
                safety_days: i64::from(cfg.safety_days),
                cover_days: i64::from(cfg.cover_days),
            };
            (reorder::demand_levels(&d), Some(d))
        }
    };
    let order_qty = reorder::order_qty(available, levels, s.part.pack, s.part.moq);
    let mut explain = reorder::explain(available, levels, s.part.pack, s.part.moq);
    if let Some(d) = &demand {
        explain = format!("{}; {explain}", reorder::explain_demand(d, levels));
    }
    Assessed {
        part: s.part,
        on_order: s.on_order,
        available,
        levels,
        demand,
        order_qty,
        explain,
    }
}

/// Assess every part matching `f` against the reorder rule, in supplier then SKU order.
pub fn assess_all(
    conn: &Connection,
    env: &Env,
    f: &PartFilter,
    each: &mut dyn FnMut(Assessed) -> Result<()>,
) -> Result<()> {
    let days = demand_window_days(env);
    db::stock_levels(conn, env.now - days * 86_400, env.now, f, &mut |s| {
        each(assess(env, s, days))
    })
}

pub fn show(conn: &Connection, env: &Env, sku: &str) -> Result<(Assessed, Vec<Movement>)> {
    let p = get(conn, sku)?;
    let mut found = None;
    assess_all(
        conn,
        env,
        &PartFilter {
            sku: Some(&p.sku),
            ..PartFilter::default()
        },
        &mut |a| {
            found = Some(a);
            Ok(())
        },
    )?;
    let a = found.ok_or_else(|| error::not_found(format!("no part {sku}")))?;
    let moves = db::recent_movements(conn, &p.sku, RECENT_MOVEMENTS)?;
    Ok((a, moves))
}

/// What a stock movement changes besides on_hand.
#[derive(Default)]
struct Extra {
    unit_cost: Option<f64>,
    ticket_id: Option<i64>,
    po_id: Option<i64>,
    counted: Option<i64>,
    reason: Option<String>,
    snapshot: bool,
}

/// Change a part's stock by `delta` as one movement with its audit event.
/// Stock never goes below zero: that is refused and nothing changes.
fn book(
    tx: &Transaction,
    env: &Env,
    part: &Part,
    kind: &str,
    delta: i64,
    x: Extra,
) -> Result<Movement> {
    let balance = part.on_hand + delta;
    if balance < 0 {
        return Err(error::refused(format!(
            "cannot take {} of {} ({}): only {} on hand",
            -delta, part.sku, part.name, part.on_hand
        ))
        .hint("stock never goes below zero: receive stock first, or `parts count` if the shelf holds more than svc knows"));
    }
    if balance > MAX_QTY {
        return Err(error::usage(format!(
            "{} would hold {balance}, more than {MAX_QTY}",
            part.sku
        )));
    }
    let mut m = Movement {
        id: 0,
        sku: part.sku.clone(),
        at: env.now,
        actor: env.actor.to_string(),
        kind: kind.to_string(),
        qty: delta,
        balance,
        unit_cost: x.unit_cost,
        ticket_id: x.ticket_id,
        po_id: x.po_id,
        counted: x.counted,
        reason: x.reason,
        part_name: None,
        part_model: None,
    };
    if x.snapshot {
        m.part_name = Some(part.name.clone());
        m.part_model = Some(if part.model_fit.is_empty() {
            part.sku.clone()
        } else {
            part.model_fit.clone()
        });
    }
    db::set_on_hand(tx, &part.sku, balance)?;
    m.id = db::insert_movement(tx, &m)?;
    let mut new = serde_json::to_value(&m).unwrap_or_default();
    if let Some(o) = new.as_object_mut() {
        o.retain(|_, v| !v.is_null());
        o.insert("on_hand".into(), json!(balance));
    }
    env.record(
        tx,
        &part.sku,
        &format!("parts.{kind}"),
        Some(&json!({"on_hand": part.on_hand})),
        Some(&new),
    )?;
    Ok(m)
}

/// A quantity moved by one command: 1 to MAX_QTY.
pub fn check_qty(qty: i64) -> Result<i64> {
    check_range("--qty", qty, 1, MAX_QTY).map_err(error::usage)
}

fn check_unit_cost(v: Option<f64>) -> Result<Option<f64>> {
    v.map(|c| validate::amount("--unit-cost", c))
        .transpose()
        .map_err(error::usage)
}

/// Goods in: without `po`, a plain receipt; with it, a receipt against that purchase order.
pub fn receive(
    tx: &Transaction,
    env: &Env,
    sku: &str,
    qty: i64,
    po_id: Option<&str>,
    unit_cost: Option<f64>,
) -> Result<Movement> {
    let qty = check_qty(qty)?;
    let unit_cost = check_unit_cost(unit_cost)?;
    let part = get(tx, sku)?;
    if let Some(id) = po_id {
        let id = crate::ops::parse_number_id("PO", id)?;
        return po::receive_line(tx, env, id, &part, qty, unit_cost);
    }
    receive_stock(tx, env, &part, "receive", qty, unit_cost, None)
}

/// Book incoming stock; a given unit cost becomes the part's unit cost (the latest price).
pub(crate) fn receive_stock(
    tx: &Transaction,
    env: &Env,
    part: &Part,
    kind: &str,
    qty: i64,
    unit_cost: Option<f64>,
    po_id: Option<i64>,
) -> Result<Movement> {
    let m = book(
        tx,
        env,
        part,
        kind,
        qty,
        Extra {
            unit_cost: unit_cost.or(Some(part.unit_cost)),
            po_id,
            ..Extra::default()
        },
    )?;
    if let Some(c) = unit_cost
        && c != part.unit_cost
    {
        db::set_unit_cost(tx, &part.sku, c)?;
        env.record(
            tx,
            &part.sku,
            "parts.unit_cost",
            Some(&json!({"unit_cost": part.unit_cost})),
            Some(&json!({"unit_cost": c})),
        )?;
    }
    Ok(m)
}

/// Parts taken for a ticket: stock goes down and `qty × unit_cost` lands on the ticket.
pub fn use_on_ticket(
    tx: &Transaction,
    env: &Env,
    sku: &str,
    qty: i64,
    ticket: &str,
) -> Result<(Movement, Cost)> {
    let qty = check_qty(qty)?;
    let ticket_id = crate::ops::parse_number_id("T", ticket)?;
    let status = cost::ticket_status(tx, ticket_id)?;
    if matches!(status.as_str(), "closed" | "cancelled") {
        return Err(
            error::refused(format!("T-{ticket_id} is {status}: parts go on open work"))
                .hint("reopen the ticket first (ticket reopen), or book a late cost with cost add"),
        );
    }
    let part = get(tx, sku)?;
    let m = book(
        tx,
        env,
        &part,
        "use",
        -qty,
        Extra {
            unit_cost: Some(part.unit_cost),
            ticket_id: Some(ticket_id),
            ..Extra::default()
        },
    )?;
    let c = cost::book(
        tx,
        env,
        ticket_id,
        "parts",
        round_money(qty as f64 * part.unit_cost),
        Some(format!("{qty} × {} {}", part.sku, part.name)),
    )?;
    Ok((m, c))
}

/// A stocktake: the shelf holds `counted`; the difference is booked as the variance.
pub fn count(tx: &Transaction, env: &Env, sku: &str, counted: i64) -> Result<Movement> {
    let counted = check_range("--qty", counted, 0, MAX_QTY).map_err(error::usage)?;
    let part = get(tx, sku)?;
    book(
        tx,
        env,
        &part,
        "count",
        counted - part.on_hand,
        Extra {
            counted: Some(counted),
            ..Extra::default()
        },
    )
}

/// Scrap damaged or obsolete parts: the reason is required, and the record keeps
/// the part's name, model and quantity with it [000].
pub fn scrap(
    tx: &Transaction,
    env: &Env,
    sku: &str,
    qty: i64,
    reason: Option<&str>,
) -> Result<Movement> {
    let qty = check_qty(qty)?;
    let reason = match reason.map(str::trim).filter(|r| !r.is_empty()) {
        None => {
            return Err(error::refused("a scrap needs a reason")
                .hint("say why the parts are scrapped, e.g. --reason \"受潮锈蚀，无法修复\""));
        }
        Some(r) => validate::text("--reason", r).map_err(error::usage)?,
    };
    let part = get(tx, sku)?;
    book(
        tx,
        env,
        &part,
        "scrap",
        -qty,
        Extra {
            unit_cost: Some(part.unit_cost),
            reason: Some(reason),
            snapshot: true,
            ..Extra::default()
        },
    )
}

/// Parts for `parts list`: all, or only those at or below their reorder point.
pub fn list(
    conn: &Connection,
    env: &Env,
    f: &PartFilter,
    low: bool,
    each: &mut dyn FnMut(Assessed) -> Result<()>,
) -> Result<()> {
    assess_all(conn, env, f, &mut |a| {
        if !low || a.is_low() { each(a) } else { Ok(()) }
    })
}

/// The reorder proposal: every part that should be ordered now.
pub fn reorder(conn: &Connection, env: &Env, supplier: Option<&str>) -> Result<Vec<Assessed>> {
    if let Some(s) = supplier {
        po::get_supplier(conn, s)?;
    }
    let mut lines = Vec::new();
    assess_all(
        conn,
        env,
        &PartFilter {
            supplier,
            ..PartFilter::default()
        },
        &mut |a| {
            if a.order_qty > 0 {
                lines.push(a);
            }
            Ok(())
        },
    )?;
    Ok(lines)
}

fn parse_num<T: std::str::FromStr>(row: &Row, col: &str, problems: &mut Vec<Problem>) -> Option<T> {
    let v = row.get(col)?;
    match v.parse::<T>() {
        Ok(n) => Some(n),
        Err(_) => {
            problems.push((col.to_string(), format!("\"{v}\" is not a number")));
            None
        }
    }
}

/// `parts import`: new parts from what `parts list --format csv` writes. A
/// non-zero `on_hand` is booked as an opening receipt; `reserved` is taken as is.
pub fn import(tx: &Transaction, env: &Env, src: &Source) -> Result<usize> {
    let mut seen = std::collections::HashSet::new();
    import::each_row(src, PART_COLUMNS, &["sku", "name"], &mut |row: &Row| {
        let mut problems = Vec::new();
        let input = PartInput {
            name: row.get("name").map(str::to_string),
            model_fit: row.get("model_fit").map(str::to_string),
            unit_cost: parse_num(row, "unit_cost", &mut problems),
            supplier: row.get("supplier").map(str::to_string),
            location: row.get("location").map(str::to_string),
            min: parse_num(row, "min", &mut problems),
            max: parse_num(row, "max", &mut problems),
            pack: parse_num(row, "pack", &mut problems),
            moq: parse_num(row, "moq", &mut problems),
            lead_time: parse_num(row, "lead_time", &mut problems),
            clear_min_max: false,
        };
        let on_hand: Option<i64> = parse_num(row, "on_hand", &mut problems);
        let reserved: Option<i64> = parse_num(row, "reserved", &mut problems);
        for (col, v) in [("on_hand", on_hand), ("reserved", reserved)] {
            if let Some(v) = v
                && let Err(e) = check_range(col, v, 0, MAX_QTY)
            {
                problems.push((col.into(), e));
            }
        }
        let built = new_part(row.get("sku").unwrap_or_default(), env.now)
            .and_then(|base| build_part(tx, base, &input));
        let mut p = match built {
            Ok(p) if problems.is_empty() => p,
            Ok(_) => return Err(problems),
            Err(mut ps) => {
                ps.extend(problems);
                return Err(ps);
            }
        };
        if !seen.insert(p.sku.clone()) {
            return Err(vec![(
                "sku".into(),
                format!("{} appears twice in the file", p.sku),
            )]);
        }
        p.reserved = reserved.unwrap_or(0);
        let fail = |e: error::Error| vec![("sku".to_string(), e.message)];
        insert_checked(tx, env, &p).map_err(fail)?;
        if let Some(n) = on_hand.filter(|n| *n > 0) {
            book(
                tx,
                env,
                &p,
                "receive",
                n,
                Extra {
                    unit_cost: Some(p.unit_cost),
                    reason: Some("opening stock (import)".into()),
                    ..Extra::default()
                },
            )
            .map_err(fail)?;
        }
        Ok(())
    })
}

/// Demo suppliers: id, name, contact, lead time in days.
const DEMO_SUPPLIERS: &[(&str, &str, &str, i64)] = &[
    ("huanan", "华南电子配件", "陈先生 0755-8888-1234", 5),
    ("jinggong", "精工五金", "王女士 020-3333-5678", 10),
    ("qingquan", "清泉滤材", "李先生 0571-6666-9012", 7),
];

/// Demo parts: sku, name, models, unit cost, supplier, location, min/max, pack, on hand.
type DemoPart = (
    &'static str,
    &'static str,
    &'static str,
    f64,
    &'static str,
    &'static str,
    Option<(i64, i64)>,
    i64,
    i64,
);
const DEMO_PARTS: &[DemoPart] = &[
    (
        "FAN-AT1",
        "净化器风扇电机",
        "AT-100,AT-200",
        68.0,
        "huanan",
        "A-01",
        Some((5, 20)),
        5,
        3,
    ),
    (
        "PCB-AT2",
        "净化器主控板",
        "AT-200",
        145.0,
        "huanan",
        "A-02",
        Some((2, 8)),
        1,
        4,
    ),
    (
        "FLT-HEPA",
        "HEPA 滤网",
        "AT-100,AT-200",
        39.0,
        "qingquan",
        "B-01",
        None,
        10,
        60,
    ),
    (
        "FLT-KB1",
        "净水器 RO 滤芯",
        "KB-1",
        128.0,
        "qingquan",
        "B-02",
        Some((4, 12)),
        2,
        4,
    ),
    (
        "HTR-WH50",
        "热水器加热管",
        "WH-50",
        86.0,
        "jinggong",
        "C-01",
        Some((3, 10)),
        1,
        6,
    ),
    (
        "VLV-WH50",
        "热水器安全阀",
        "WH-50",
        22.0,
        "jinggong",
        "C-02",
        None,
        10,
        25,
    ),
    (
        "BRS-RC8",
        "扫地机滚刷",
        "RC-8",
        18.5,
        "jinggong",
        "C-03",
        Some((10, 40)),
        10,
        8,
    ),
    (
        "PSU-TV55",
        "电视电源板",
        "TV-55",
        210.0,
        "huanan",
        "A-03",
        Some((2, 6)),
        1,
        1,
    ),
];

/// Suppliers and parts with opening stock for `svc init --demo`.
pub fn demo(tx: &Transaction, env: &Env) -> Result<()> {
    for (id, name, contact, lead_time) in DEMO_SUPPLIERS {
        if db::get_supplier(tx, id)?.is_none() {
            po::add_supplier(
                tx,
                env,
                po::SupplierInput {
                    id: id.to_string(),
                    name: name.to_string(),
                    contact: Some(contact.to_string()),
                    lead_time: Some(*lead_time),
                },
            )?;
        }
    }
    for (sku, name, models, cost, supplier, location, levels, pack, on_hand) in DEMO_PARTS {
        if db::part_exists(tx, sku)? {
            continue;
        }
        let p = add(
            tx,
            env,
            sku,
            PartInput {
                name: Some(name.to_string()),
                model_fit: Some(models.to_string()),
                unit_cost: Some(*cost),
                supplier: Some(supplier.to_string()),
                location: Some(location.to_string()),
                min: levels.map(|l| l.0),
                max: levels.map(|l| l.1),
                pack: Some(*pack),
                ..PartInput::default()
            },
        )?;
        receive_stock(tx, env, &p, "receive", *on_hand, None, None)?;
    }
    Ok(())
}
