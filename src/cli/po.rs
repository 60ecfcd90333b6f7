//! `svc supplier …` and `svc po …`: suppliers and purchase orders.

use clap::{Args, Subcommand};

use crate::cli::{App, opt};
use crate::error::{self, Result};
use crate::ops::po::{self as ops, SupplierInput};
use crate::output::{Cell, Listing, Record};
use crate::store::{self, parts::Po, parts::Supplier};

#[derive(Subcommand, Debug)]
#[command(defer = true)]
pub enum SupplierCmd {
    /// Add a supplier of parts
    Add(SupplierAddArgs),
    /// List suppliers
    List,
}

#[derive(Args, Debug)]
pub struct SupplierAddArgs {
    /// A short id for the supplier: letters, digits, - _ . /
    pub id: String,
    /// The supplier's company name
    #[arg(long)]
    pub name: String,
    /// Who to call or write to
    #[arg(long)]
    pub contact: Option<String>,
    /// Usual days from order to delivery (parts without their own lead time use it)
    #[arg(long, value_name = "DAYS", allow_negative_numbers = true)]
    pub lead_time: Option<i64>,
}

const SUPPLIER_COLUMNS: &[&str] = &["id", "name", "contact", "lead_time", "created_at"];

fn supplier_row(s: &Supplier) -> Vec<Cell> {
    vec![
        Cell::text(&s.id),
        Cell::text(&s.name),
        opt(&s.contact),
        s.lead_time.map_or(Cell::Null, Cell::Int),
        Cell::Time(s.created_at),
    ]
}

pub fn run_supplier(app: &mut App, c: SupplierCmd) -> Result<u8> {
    match c {
        SupplierCmd::Add(a) => {
            let mut conn = app.session("supplier.add")?;
            let tx = store::write_tx(&mut conn)?;
            let s = ops::add_supplier(
                &tx,
                &app.env(),
                SupplierInput {
                    id: a.id,
                    name: a.name,
                    contact: a.contact,
                    lead_time: a.lead_time,
                },
            )?;
            tx.commit()?;
            let r = Record {
                fields: SUPPLIER_COLUMNS
                    .iter()
                    .copied()
                    .zip(supplier_row(&s))
                    .collect(),
                sections: Vec::new(),
            };
            app.show_created(&s.id, &r)?;
        }
        SupplierCmd::List => {
            let conn = app.session("supplier.list")?;
            let mut l = Listing::new(SUPPLIER_COLUMNS);
            for s in ops::list_suppliers(&conn)? {
                l.push(supplier_row(&s));
            }
            app.out.list(&l)?;
        }
    }
    Ok(0)
}

#[derive(Subcommand, Debug)]
#[command(defer = true)]
pub enum PoCmd {
    /// List purchase orders
    List(PoListArgs),
    /// One purchase order with its lines
    Show {
        /// PO-3 or 3
        id: String,
    },
    /// Mark a draft as sent to the supplier
    Send {
        /// PO-3 or 3
        id: String,
    },
    /// Book goods received on an order: the lines given, or everything outstanding
    #[command(after_help = "Examples:
  svc po receive PO-3                                   everything still outstanding
  svc po receive PO-3 --sku FAN-01 --qty 10 --sku FLT-2 --qty 5
The order closes when every line is complete; a partial receipt leaves it partially_received.")]
    Receive(PoReceiveArgs),
}

#[derive(Args, Debug)]
pub struct PoListArgs {
    /// Only this status: draft, sent, partially_received, closed
    #[arg(long)]
    pub status: Option<String>,
    /// Only this supplier's
    #[arg(long)]
    pub supplier: Option<String>,
}

#[derive(Args, Debug)]
pub struct PoReceiveArgs {
    /// PO-3 or 3
    pub id: String,
    /// A part received (repeat with --qty for several lines)
    #[arg(long)]
    pub sku: Vec<String>,
    /// How many of the --sku before it
    #[arg(long, allow_negative_numbers = true)]
    pub qty: Vec<i64>,
}

const PO_COLUMNS: &[&str] = &[
    "po",
    "supplier",
    "status",
    "lines",
    "ordered",
    "received",
    "total",
    "created_at",
    "sent_at",
    "closed_at",
];

const LINE_COLUMNS: &[&str] = &[
    "sku",
    "name",
    "qty",
    "received",
    "outstanding",
    "unit_cost",
    "line_cost",
];

fn po_fields(po: &Po) -> Vec<(&'static str, Cell)> {
    vec![
        ("po", Cell::text(ops::po_id(po.id))),
        ("supplier", Cell::text(&po.supplier)),
        ("status", Cell::text(&po.status)),
        ("created_at", Cell::Time(po.created_at)),
        ("created_by", Cell::text(&po.created_by)),
        ("sent_at", Cell::opt_time(po.sent_at)),
        ("closed_at", Cell::opt_time(po.closed_at)),
    ]
}

fn show_po(app: &mut App, conn: &rusqlite::Connection, po: &Po) -> Result<()> {
    let (po, lines) = ops::show(conn, &po.id.to_string())?;
    let mut r = Record {
        fields: po_fields(&po),
        sections: Vec::new(),
    };
    let total: f64 = lines.iter().map(|l| l.qty as f64 * l.unit_cost).sum();
    r.field("total", Cell::Num(total));
    let mut l = Listing::new(LINE_COLUMNS);
    for line in &lines {
        l.push(vec![
            Cell::text(&line.sku),
            Cell::text(&line.name),
            Cell::Int(line.qty),
            Cell::Int(line.received),
            Cell::Int(line.qty - line.received),
            Cell::Num(line.unit_cost),
            Cell::Num(line.qty as f64 * line.unit_cost),
        ]);
    }
    r.sections.push(("lines", l));
    app.out.record(&r)?;
    Ok(())
}

pub fn run_po(app: &mut App, c: PoCmd) -> Result<u8> {
    match c {
        PoCmd::List(a) => {
            let conn = app.session("po.list")?;
            let mut l = Listing::new(PO_COLUMNS);
            for s in ops::list(&conn, a.status.as_deref(), a.supplier.as_deref())? {
                l.push(vec![
                    Cell::text(ops::po_id(s.po.id)),
                    Cell::text(&s.po.supplier),
                    Cell::text(&s.po.status),
                    Cell::Int(s.lines),
                    Cell::Int(s.ordered),
                    Cell::Int(s.received),
                    Cell::Num(s.total),
                    Cell::Time(s.po.created_at),
                    Cell::opt_time(s.po.sent_at),
                    Cell::opt_time(s.po.closed_at),
                ]);
            }
            app.out.list(&l)?;
        }
        PoCmd::Show { id } => {
            let conn = app.session("po.show")?;
            let po = ops::get(&conn, &id)?;
            show_po(app, &conn, &po)?;
        }
        PoCmd::Send { id } => {
            let mut conn = app.session("po.send")?;
            let tx = store::write_tx(&mut conn)?;
            let po = ops::send(&tx, &app.env(), &id)?;
            tx.commit()?;
            let line = format!("{} sent", ops::po_id(po.id));
            let r = Record {
                fields: po_fields(&po),
                sections: Vec::new(),
            };
            app.show_created(&line, &r)?;
        }
        PoCmd::Receive(a) => {
            if a.sku.len() != a.qty.len() {
                return Err(error::usage(format!(
                    "give one --qty for each --sku ({} --sku, {} --qty)",
                    a.sku.len(),
                    a.qty.len()
                ))
                .hint("po receive PO-3 --sku FAN-01 --qty 10, or no --sku to receive everything outstanding"));
            }
            let items: Vec<(String, i64)> = a.sku.into_iter().zip(a.qty).collect();
            let mut conn = app.session("po.receive")?;
            let tx = store::write_tx(&mut conn)?;
            let (po, moves) = ops::receive(&tx, &app.env(), &a.id, &items)?;
            tx.commit()?;
            for m in &moves {
                app.out
                    .say(&format!("{}: {:+} → {} on hand", m.sku, m.qty, m.balance))?;
            }
            let line = format!("{} {}", ops::po_id(po.id), po.status);
            if app.out.format == crate::output::Format::Table {
                app.out.essential(&line)?;
            } else {
                show_po(app, &conn, &po)?;
            }
        }
    }
    Ok(0)
}
