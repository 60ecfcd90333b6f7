//! Suppliers and purchase orders: drafts from the reorder proposal, sending,
//! and receipts that book stock and close the order when complete.

use std::collections::BTreeMap;

use rusqlite::{Connection, Transaction};
use serde_json::json;

use crate::domain::validate;
use crate::error::{self, Result};
use crate::ops::Env;
use crate::ops::parts::{self, Assessed};
use crate::store::{
    self,
    parts::{self as db, Movement, Part, Po, PoLine, PoSummary, Supplier},
};

pub struct SupplierInput {
    pub id: String,
    pub name: String,
    pub contact: Option<String>,
    pub lead_time: Option<i64>,
}

pub fn add_supplier(tx: &Transaction, env: &Env, i: SupplierInput) -> Result<Supplier> {
    let id = parts::check_sku(&i.id).map_err(|e| error::usage(e.replace("sku", "supplier id")))?;
    let name = validate::line("name", &i.name).map_err(error::usage)?;
    let contact = i
        .contact
        .as_deref()
        .map(|c| validate::line("contact", c))
        .transpose()
        .map_err(error::usage)?;
    if let Some(l) = i.lead_time
        && !(0..=3650).contains(&l)
    {
        return Err(error::usage(
            "--lead-time must be a whole number of days from 0 to 3650",
        ));
    }
    if db::get_supplier(tx, &id)?.is_some() {
        return Err(error::refused(format!("supplier {id} already exists")));
    }
    let s = Supplier {
        id,
        name,
        contact,
        lead_time: i.lead_time,
        created_at: env.now,
    };
    db::insert_supplier(tx, &s)?;
    env.record(
        tx,
        &format!("supplier:{}", s.id),
        "supplier.add",
        None,
        Some(&serde_json::to_value(&s).unwrap_or_default()),
    )?;
    Ok(s)
}

pub fn get_supplier(conn: &Connection, id: &str) -> Result<Supplier> {
    db::get_supplier(conn, id)?.ok_or_else(|| {
        error::not_found(format!("no supplier {id}")).hint("supplier list shows the suppliers")
    })
}

pub fn list_suppliers(conn: &Connection) -> Result<Vec<Supplier>> {
    db::list_suppliers(conn)
}

pub fn po_id(id: i64) -> String {
    format!("PO-{id}")
}

pub fn get(conn: &Connection, id: &str) -> Result<Po> {
    let n = crate::ops::parse_number_id("PO", id)?;
    get_n(conn, n)
}

fn get_n(conn: &Connection, n: i64) -> Result<Po> {
    db::get_po(conn, n)?.ok_or_else(|| {
        error::not_found(format!("no purchase order {}", po_id(n)))
            .hint("po list shows the purchase orders")
    })
}

pub fn show(conn: &Connection, id: &str) -> Result<(Po, Vec<PoLine>)> {
    let po = get(conn, id)?;
    let lines = db::po_lines(conn, po.id)?;
    Ok((po, lines))
}

const STATUSES: &[&str] = &["draft", "sent", "partially_received", "closed"];

pub fn list(
    conn: &Connection,
    status: Option<&str>,
    supplier: Option<&str>,
) -> Result<Vec<PoSummary>> {
    if let Some(s) = status
        && !STATUSES.contains(&s)
    {
        return Err(error::usage(format!(
            "unknown status \"{s}\" ({})",
            STATUSES.join(", ")
        )));
    }
    db::list_pos(conn, status, supplier)
}

/// A draft purchase order made by `parts reorder --apply`.
pub struct Created {
    pub po: Po,
    pub lines: usize,
    pub total: f64,
}

/// One draft purchase order per supplier for the proposal's lines; lines of
/// parts without a supplier are left out (returned second).
pub fn create_drafts(
    tx: &Transaction,
    env: &Env,
    proposal: &[Assessed],
) -> Result<(Vec<Created>, Vec<String>)> {
    let mut by_supplier: BTreeMap<&str, Vec<&Assessed>> = BTreeMap::new();
    let mut unassigned = Vec::new();
    for a in proposal.iter().filter(|a| a.order_qty > 0) {
        match &a.part.supplier {
            Some(s) => by_supplier.entry(s).or_default().push(a),
            None => unassigned.push(a.part.sku.clone()),
        }
    }
    let mut created = Vec::new();
    for (supplier, lines) in by_supplier {
        let po = Po {
            id: store::next_number(tx, "PO")?,
            supplier: supplier.to_string(),
            status: "draft".into(),
            created_at: env.now,
            created_by: env.actor.to_string(),
            sent_at: None,
            closed_at: None,
        };
        db::insert_po(tx, &po)?;
        let mut detail = Vec::new();
        let mut total = 0.0;
        for a in &lines {
            let l = PoLine {
                sku: a.part.sku.clone(),
                name: a.part.name.clone(),
                qty: a.order_qty,
                received: 0,
                unit_cost: a.part.unit_cost,
            };
            db::insert_po_line(tx, po.id, &l)?;
            total += a.line_cost();
            detail.push(
                json!({"sku": l.sku, "qty": l.qty, "unit_cost": l.unit_cost, "why": a.explain}),
            );
        }
        env.record(
            tx,
            &po_id(po.id),
            "po.create",
            None,
            Some(&json!({"supplier": supplier, "status": "draft", "lines": detail, "rule": "parts reorder"})),
        )?;
        created.push(Created {
            po,
            lines: lines.len(),
            total: parts::round_money(total),
        });
    }
    Ok((created, unassigned))
}

fn set_status(tx: &Transaction, env: &Env, po: &mut Po, status: &str) -> Result<()> {
    let old = po.status.clone();
    po.status = status.to_string();
    match status {
        "sent" => po.sent_at = Some(env.now),
        "closed" => po.closed_at = Some(env.now),
        _ => {}
    }
    db::update_po_status(tx, po)?;
    env.record(
        tx,
        &po_id(po.id),
        &format!("po.{status}"),
        Some(&json!({"status": old})),
        Some(&json!({"status": status})),
    )
}

/// Draft → sent.
pub fn send(tx: &Transaction, env: &Env, id: &str) -> Result<Po> {
    let mut po = get(tx, id)?;
    if po.status != "draft" {
        return Err(error::refused(format!(
            "{} is {}: only a draft can be sent",
            po_id(po.id),
            po.status
        )));
    }
    set_status(tx, env, &mut po, "sent")?;
    Ok(po)
}

fn refuse_closed(po: &Po) -> Result<()> {
    if po.status == "closed" {
        return Err(error::refused(format!(
            "{} is closed: everything on it was received",
            po_id(po.id)
        ))
        .hint("receive further goods with parts receive SKU --qty N (without --po)"));
    }
    Ok(())
}

/// Receive `qty` of one line; closes the order when every line is complete.
pub(crate) fn receive_line(
    tx: &Transaction,
    env: &Env,
    id: i64,
    part: &Part,
    qty: i64,
    unit_cost: Option<f64>,
) -> Result<Movement> {
    let mut po = get_n(tx, id)?;
    refuse_closed(&po)?;
    let m = book_line(tx, env, &po, part, qty, unit_cost)?;
    settle(tx, env, &mut po)?;
    Ok(m)
}

fn book_line(
    tx: &Transaction,
    env: &Env,
    po: &Po,
    part: &Part,
    qty: i64,
    unit_cost: Option<f64>,
) -> Result<Movement> {
    let lines = db::po_lines(tx, po.id)?;
    let line = lines.iter().find(|l| l.sku == part.sku).ok_or_else(|| {
        error::refused(format!("{} has no line for {}", po_id(po.id), part.sku))
            .hint(format!("po show {} lists its lines", po_id(po.id)))
    })?;
    let outstanding = line.qty - line.received;
    if qty > outstanding {
        return Err(error::refused(format!(
            "{} expects only {outstanding} more of {} (ordered {}, received {})",
            po_id(po.id),
            part.sku,
            line.qty,
            line.received
        ))
        .hint("book the surplus with parts receive SKU --qty N (without --po)"));
    }
    db::add_po_received(tx, po.id, &part.sku, qty)?;
    env.record(
        tx,
        &po_id(po.id),
        "po.receive",
        Some(&json!({"sku": part.sku, "received": line.received})),
        Some(&json!({"sku": part.sku, "received": line.received + qty, "qty": qty})),
    )?;
    parts::receive_stock(
        tx,
        env,
        part,
        "po_receipt",
        qty,
        Some(unit_cost.unwrap_or(line.unit_cost)),
        Some(po.id),
    )
}

/// After receipts: closed when every line is complete, else partially received.
fn settle(tx: &Transaction, env: &Env, po: &mut Po) -> Result<()> {
    let lines = db::po_lines(tx, po.id)?;
    let status = if lines.iter().all(|l| l.received >= l.qty) {
        "closed"
    } else if lines.iter().any(|l| l.received > 0) {
        "partially_received"
    } else {
        return Ok(());
    };
    if po.status != status {
        set_status(tx, env, po, status)?;
    }
    Ok(())
}

/// `po receive`: the given (SKU, quantity) pairs, or everything outstanding.
/// A draft may be received (the goods are here); a closed order may not.
pub fn receive(
    tx: &Transaction,
    env: &Env,
    id: &str,
    items: &[(String, i64)],
) -> Result<(Po, Vec<Movement>)> {
    let mut po = get(tx, id)?;
    refuse_closed(&po)?;
    let todo: Vec<(String, i64)> = if items.is_empty() {
        db::po_lines(tx, po.id)?
            .into_iter()
            .filter(|l| l.received < l.qty)
            .map(|l| (l.sku, l.qty - l.received))
            .collect()
    } else {
        items.to_vec()
    };
    let mut moves = Vec::new();
    for (sku, qty) in todo {
        let qty = parts::check_qty(qty)?;
        let part = parts::get(tx, &sku)?;
        moves.push(book_line(tx, env, &po, &part, qty, None)?);
    }
    settle(tx, env, &mut po)?;
    Ok((po, moves))
}
