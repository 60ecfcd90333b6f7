//! `svc parts …`: spare parts, stock movements and the reorder proposal.

use clap::{Args, Subcommand};

use crate::cli::customer::{ImportArgs, References, run_import};
use crate::cli::{App, opt};
use crate::error::{self, Result};
use crate::ops::parts::{self as ops, Assessed, PartInput};
use crate::ops::{Env, po};
use crate::output::{Cell, Listing, Record};
use crate::store::{self, parts::Movement, parts::PartFilter};

const REORDER_HELP: &str = "The rule, per part:
  available = on_hand − reserved + on_order   (open purchase orders count as on order)
  when available ≤ min: order max − available, rounded up to a multiple of pack, at least moq
Parts without min/max take them from demand over parts.demand_window:
  daily = used ÷ window days, min = ⌈daily × (lead_time + safety_days)⌉, max = min + ⌈daily × cover_days⌉

Examples:
  svc parts reorder                       the proposal, grouped by supplier, with the arithmetic
  svc parts reorder --apply               one draft purchase order per supplier
  svc parts reorder --exit-code           exit 10 when something should be ordered (cron)
  svc --format csv parts reorder > order.csv";

#[derive(Subcommand, Debug)]
#[command(defer = true)]
pub enum PartsCmd {
    /// Add a part (no stock yet: receive it with parts receive)
    #[command(after_help = "Examples:
  svc parts add FAN-01 --name 风扇电机 --model-fit AT-100,AT-200 --unit-cost 35 \\
      --supplier acme --location A-3 --min 5 --max 20 --pack 5
  svc parts add FLT-2 --name 滤网 --lead-time 7      (no min/max: reordered from demand)")]
    Add(PartAddArgs),
    /// Change a part's details (not its stock)
    Edit(PartEditArgs),
    /// List parts with their stock
    List(PartListArgs),
    /// One part: details, stock, reorder levels and recent movements
    Show {
        /// The part's SKU
        sku: String,
    },
    /// Import parts from CSV (the columns of parts list --format csv; all rows or none)
    Import(ImportArgs),
    /// Goods in: add stock, optionally against a purchase order
    Receive(ReceiveArgs),
    /// Take parts for a ticket: stock goes down, the cost lands on the ticket
    Use(UseArgs),
    /// Stocktake: record the counted quantity; the difference is booked as the variance
    Count(CountArgs),
    /// Scrap damaged or obsolete parts (a reason is required)
    Scrap(ScrapArgs),
    /// What to order now, grouped by supplier; --apply drafts the purchase orders
    #[command(after_help = REORDER_HELP)]
    Reorder(ReorderArgs),
}

/// Master-data options shared by add and edit.
#[derive(Args, Debug)]
pub struct PartFields {
    /// Product models the part fits, comma-separated: AT-100,AT-200
    #[arg(long, value_name = "MODELS")]
    pub model_fit: Option<String>,
    /// Cost of one unit
    #[arg(long, value_name = "AMOUNT", allow_negative_numbers = true)]
    pub unit_cost: Option<f64>,
    /// The supplier's id (supplier add)
    #[arg(long)]
    pub supplier: Option<String>,
    /// Where it is kept (shelf, bin)
    #[arg(long)]
    pub location: Option<String>,
    /// Reorder point: order when available ≤ min (give both min and max, or neither)
    #[arg(long, allow_negative_numbers = true)]
    pub min: Option<i64>,
    /// Order up to this level
    #[arg(long, allow_negative_numbers = true)]
    pub max: Option<i64>,
    /// Orders are rounded up to a multiple of this [default: 1]
    #[arg(long, allow_negative_numbers = true)]
    pub pack: Option<i64>,
    /// Minimum order quantity [default: 0]
    #[arg(long, allow_negative_numbers = true)]
    pub moq: Option<i64>,
    /// Days from order to delivery [default: the supplier's, else 0]
    #[arg(long, value_name = "DAYS", allow_negative_numbers = true)]
    pub lead_time: Option<i64>,
}

#[derive(Args, Debug)]
pub struct PartAddArgs {
    /// The part's SKU: letters, digits, - _ . /
    pub sku: String,
    /// What the part is called, e.g. 风扇电机
    #[arg(long)]
    pub name: String,
    #[command(flatten)]
    pub fields: PartFields,
}

#[derive(Args, Debug)]
pub struct PartEditArgs {
    /// The part's SKU
    pub sku: String,
    /// A new name
    #[arg(long)]
    pub name: Option<String>,
    #[command(flatten)]
    pub fields: PartFields,
    /// Drop min and max: reorder from demand again
    #[arg(long, conflicts_with_all = ["min", "max"])]
    pub clear_min_max: bool,
}

#[derive(Args, Debug)]
pub struct PartListArgs {
    /// Only parts at or below their reorder point (available ≤ min)
    #[arg(long)]
    pub low: bool,
    /// Only parts of this supplier
    #[arg(long)]
    pub supplier: Option<String>,
    /// Only parts that fit this product model
    #[arg(long, value_name = "MODEL")]
    pub fits: Option<String>,
}

#[derive(Args, Debug)]
pub struct ReceiveArgs {
    /// The part's SKU
    pub sku: String,
    /// How many arrived
    #[arg(long, allow_negative_numbers = true)]
    pub qty: i64,
    /// Book them against this purchase order (PO-3 or 3)
    #[arg(long, value_name = "PO")]
    pub po: Option<String>,
    /// Price paid per unit; becomes the part's unit cost
    #[arg(long, value_name = "AMOUNT", allow_negative_numbers = true)]
    pub unit_cost: Option<f64>,
}

#[derive(Args, Debug)]
pub struct UseArgs {
    /// The part's SKU
    pub sku: String,
    /// How many go into the job
    #[arg(long, allow_negative_numbers = true)]
    pub qty: i64,
    /// The ticket the parts go into (T-42 or 42)
    #[arg(long)]
    pub ticket: String,
}

#[derive(Args, Debug)]
pub struct CountArgs {
    /// The part's SKU
    pub sku: String,
    /// The quantity found on the shelf
    #[arg(long, allow_negative_numbers = true)]
    pub qty: i64,
}

#[derive(Args, Debug)]
pub struct ScrapArgs {
    /// The part's SKU
    pub sku: String,
    /// How many are scrapped
    #[arg(long, allow_negative_numbers = true)]
    pub qty: i64,
    /// Why (required): damaged beyond repair, obsolete, …
    #[arg(long)]
    pub reason: Option<String>,
}

#[derive(Args, Debug)]
pub struct ReorderArgs {
    /// Create one draft purchase order per supplier (needs parts.order)
    #[arg(long)]
    pub apply: bool,
    /// Exit 10 when something should be ordered
    #[arg(long)]
    pub exit_code: bool,
    /// Only parts of this supplier
    #[arg(long)]
    pub supplier: Option<String>,
}

fn input(name: Option<String>, f: PartFields, clear_min_max: bool) -> PartInput {
    PartInput {
        name,
        model_fit: f.model_fit,
        unit_cost: f.unit_cost,
        supplier: f.supplier,
        location: f.location,
        min: f.min,
        max: f.max,
        pack: f.pack,
        moq: f.moq,
        lead_time: f.lead_time,
        clear_min_max,
    }
}

fn part_row(a: &Assessed) -> Vec<Cell> {
    let p = &a.part;
    vec![
        Cell::text(&p.sku),
        Cell::text(&p.name),
        Cell::text(&p.model_fit),
        Cell::Num(p.unit_cost),
        opt(&p.supplier),
        opt(&p.location),
        p.min.map_or(Cell::Null, Cell::Int),
        p.max.map_or(Cell::Null, Cell::Int),
        Cell::Int(p.pack),
        Cell::Int(p.moq),
        p.lead_time.map_or(Cell::Null, Cell::Int),
        Cell::Int(p.on_hand),
        Cell::Int(p.reserved),
        Cell::Int(a.on_order),
        Cell::Int(a.available),
    ]
}

fn part_record(a: &Assessed) -> Record {
    let mut r = Record {
        fields: ops::PART_COLUMNS.iter().copied().zip(part_row(a)).collect(),
        sections: Vec::new(),
    };
    r.field("rule", Cell::text(a.rule()))
        .field("reorder_min", Cell::Int(a.levels.min))
        .field("reorder_max", Cell::Int(a.levels.max))
        .field("order_qty", Cell::Int(a.order_qty))
        .field("why", Cell::text(&a.explain));
    r
}

const MOVEMENT_COLUMNS: &[&str] = &[
    "at", "kind", "qty", "balance", "ticket", "po", "counted", "reason", "actor",
];

fn movement_row(m: &Movement) -> Vec<Cell> {
    vec![
        Cell::Time(m.at),
        Cell::text(&m.kind),
        Cell::Int(m.qty),
        Cell::Int(m.balance),
        Cell::opt_text(m.ticket_id.map(|t| format!("T-{t}"))),
        Cell::opt_text(m.po_id.map(po::po_id)),
        m.counted.map_or(Cell::Null, Cell::Int),
        opt(&m.reason),
        Cell::text(&m.actor),
    ]
}

fn movement_record(m: &Movement) -> Record {
    let mut r = Record::default();
    r.field("sku", Cell::text(&m.sku));
    for (k, v) in MOVEMENT_COLUMNS.iter().copied().zip(movement_row(m)) {
        r.field(k, v);
    }
    r
}

/// A stock change: "FAN-01: +10 → 12 on hand" in a table, the movement otherwise.
fn show_movement(app: &mut App, m: &Movement, extra: &str) -> Result<()> {
    let line = format!("{}: {:+} → {} on hand{extra}", m.sku, m.qty, m.balance);
    app.show_created(&line, &movement_record(m))
}

pub fn run(app: &mut App, c: PartsCmd) -> Result<u8> {
    match c {
        PartsCmd::Add(a) => {
            let mut conn = app.session("parts.add")?;
            let tx = store::write_tx(&mut conn)?;
            let p = ops::add(
                &tx,
                &app.env(),
                &a.sku,
                input(Some(a.name), a.fields, false),
            )?;
            tx.commit()?;
            let (assessed, _) = ops::show(&conn, &app.env(), &p.sku)?;
            app.show_created(&p.sku, &part_record(&assessed))?;
        }
        PartsCmd::Edit(a) => {
            let mut conn = app.session("parts.edit")?;
            let tx = store::write_tx(&mut conn)?;
            let p = ops::edit(
                &tx,
                &app.env(),
                &a.sku,
                input(a.name, a.fields, a.clear_min_max),
            )?;
            tx.commit()?;
            let (assessed, _) = ops::show(&conn, &app.env(), &p.sku)?;
            app.show_created(&p.sku, &part_record(&assessed))?;
        }
        PartsCmd::List(a) => {
            let mut conn = app.session("parts.list")?;
            let tx = store::read_tx(&mut conn)?;
            // Field by field, so the renderer can be borrowed while env is alive.
            let env = Env {
                policy: &app.policy,
                now: app.now,
                actor: &app.actor,
            };
            let mut sink = app.out.begin(ops::PART_COLUMNS)?;
            ops::list(
                &tx,
                &env,
                &PartFilter {
                    supplier: a.supplier.as_deref(),
                    fits: a.fits.as_deref(),
                    ..PartFilter::default()
                },
                a.low,
                &mut |p| Ok(sink.row(&part_row(&p))?),
            )?;
            sink.finish()?;
        }
        PartsCmd::Show { sku } => {
            let mut conn = app.session("parts.show")?;
            let tx = store::read_tx(&mut conn)?;
            let (a, moves) = ops::show(&tx, &app.env(), &sku)?;
            let mut r = part_record(&a);
            let mut l = Listing::new(MOVEMENT_COLUMNS);
            for m in &moves {
                l.push(movement_row(m));
            }
            r.sections.push(("movements", l));
            app.out.record(&r)?;
        }
        PartsCmd::Import(a) => {
            return run_import(
                app,
                "parts.import",
                "parts",
                &a,
                References::Database,
                ops::import,
            );
        }
        PartsCmd::Receive(a) => {
            let mut conn = app.session("parts.receive")?;
            let tx = store::write_tx(&mut conn)?;
            let m = ops::receive(&tx, &app.env(), &a.sku, a.qty, a.po.as_deref(), a.unit_cost)?;
            tx.commit()?;
            let on_po = m
                .po_id
                .map(|p| format!(" ({})", po::po_id(p)))
                .unwrap_or_default();
            show_movement(app, &m, &on_po)?;
        }
        PartsCmd::Use(a) => {
            let mut conn = app.session("parts.use")?;
            let tx = store::write_tx(&mut conn)?;
            let (m, cost) = ops::use_on_ticket(&tx, &app.env(), &a.sku, a.qty, &a.ticket)?;
            tx.commit()?;
            let currency = app.policy.policy.costs.currency.clone();
            let extra = format!(
                "; parts cost {} {currency} on T-{}",
                crate::output::fmt_num(cost.amount),
                cost.ticket_id.unwrap_or_default()
            );
            show_movement(app, &m, &extra)?;
        }
        PartsCmd::Count(a) => {
            let mut conn = app.session("parts.count")?;
            let tx = store::write_tx(&mut conn)?;
            let m = ops::count(&tx, &app.env(), &a.sku, a.qty)?;
            tx.commit()?;
            show_movement(app, &m, &format!(" (variance {:+})", m.qty))?;
        }
        PartsCmd::Scrap(a) => {
            let mut conn = app.session("parts.scrap")?;
            let tx = store::write_tx(&mut conn)?;
            let m = ops::scrap(&tx, &app.env(), &a.sku, a.qty, a.reason.as_deref())?;
            tx.commit()?;
            show_movement(app, &m, " (scrapped)")?;
        }
        PartsCmd::Reorder(a) => return reorder(app, a),
    }
    Ok(0)
}

/// CSV/JSON columns of `parts reorder` (stable).
const REORDER_COLUMNS: &[&str] = &[
    "supplier",
    "sku",
    "name",
    "on_hand",
    "reserved",
    "on_order",
    "min",
    "max",
    "order_qty",
    "unit_cost",
    "line_cost",
];

/// The table view adds the arithmetic behind each line.
const REORDER_TABLE_COLUMNS: &[&str] = &[
    "sku",
    "name",
    "on_hand",
    "reserved",
    "on_order",
    "min",
    "max",
    "order_qty",
    "unit_cost",
    "line_cost",
    "why",
];

fn reorder_row(a: &Assessed) -> Vec<Cell> {
    vec![
        opt(&a.part.supplier),
        Cell::text(&a.part.sku),
        Cell::text(&a.part.name),
        Cell::Int(a.part.on_hand),
        Cell::Int(a.part.reserved),
        Cell::Int(a.on_order),
        Cell::Int(a.levels.min),
        Cell::Int(a.levels.max),
        Cell::Int(a.order_qty),
        Cell::Num(a.part.unit_cost),
        Cell::Num(a.line_cost()),
    ]
}

fn reorder(app: &mut App, a: ReorderArgs) -> Result<u8> {
    let mut conn = app.session("parts.reorder")?;
    if a.apply {
        crate::ops::authorize(&conn, &app.env(), "parts.order")?;
    }
    // The proposal is computed inside the write transaction with --apply, so
    // two concurrent runs cannot both order the same shortfall.
    let tx = if a.apply {
        store::write_tx(&mut conn)?
    } else {
        store::read_tx(&mut conn)?
    };
    let env = app.env();
    let lines = ops::reorder(&tx, &env, a.supplier.as_deref())?;
    let applied = if a.apply {
        Some(po::create_drafts(&tx, &env, &lines)?)
    } else {
        None
    };
    tx.commit()?;
    // With --apply -q the essential result is the new order ids alone.
    if !(applied.is_some() && app.out.quiet) {
        render_reorder(app, &lines)?;
    }
    if let Some((created, unassigned)) = applied {
        let currency = app.policy.policy.costs.currency.clone();
        for c in &created {
            if app.out.quiet {
                app.out.essential(&po::po_id(c.po.id))?;
            } else {
                app.out.say(&format!(
                    "created {} (draft) for {}: {} line{}, {} {currency}",
                    po::po_id(c.po.id),
                    c.po.supplier,
                    c.lines,
                    if c.lines == 1 { "" } else { "s" },
                    crate::output::fmt_num(c.total)
                ))?;
            }
        }
        if !unassigned.is_empty() {
            const SHOWN: usize = 10;
            let more = unassigned.len().saturating_sub(SHOWN);
            eprintln!(
                "note: not ordered, no supplier: {}{} (set one with parts edit SKU --supplier S)",
                unassigned[..unassigned.len().min(SHOWN)].join(", "),
                if more > 0 {
                    format!(" and {more} more")
                } else {
                    String::new()
                }
            );
        }
    }
    Ok(if a.exit_code && !lines.is_empty() {
        error::ATTENTION
    } else {
        0
    })
}

fn render_reorder(app: &mut App, lines: &[Assessed]) -> Result<()> {
    if app.out.format != crate::output::Format::Table {
        let mut l = Listing::new(REORDER_COLUMNS);
        for a in lines {
            l.push(reorder_row(a));
        }
        app.out.list(&l)?;
        return Ok(());
    }
    if lines.is_empty() {
        app.out.say("nothing to order")?;
        return Ok(());
    }
    let currency = app.policy.policy.costs.currency.clone();
    let mut grand = 0.0;
    let mut start = 0;
    while start < lines.len() {
        let supplier = &lines[start].part.supplier;
        let end = lines[start..]
            .iter()
            .position(|a| &a.part.supplier != supplier)
            .map_or(lines.len(), |n| start + n);
        let group = &lines[start..end];
        let total = ops::round_money(group.iter().map(Assessed::line_cost).sum());
        grand += total;
        if start > 0 {
            app.out.say("")?;
        }
        app.out.say(&format!(
            "supplier {}: {} line{}, {} {currency}",
            supplier.as_deref().unwrap_or("(none)"),
            group.len(),
            if group.len() == 1 { "" } else { "s" },
            crate::output::fmt_num(total)
        ))?;
        let mut l = Listing::new(REORDER_TABLE_COLUMNS);
        for a in group {
            let mut row = reorder_row(a);
            row.remove(0);
            row.push(Cell::text(&a.explain));
            l.push(row);
        }
        app.out.list(&l)?;
        start = end;
    }
    app.out.say(&format!(
        "\ntotal {} {currency}",
        crate::output::fmt_num(ops::round_money(grand))
    ))?;
    Ok(())
}
