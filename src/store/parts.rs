//! Spare parts, stock movements, suppliers and purchase orders.

use rusqlite::{Connection, OptionalExtension, params};

use crate::error::Result;

/// Statuses of a purchase order that still expects goods (they count as on order).
pub const OPEN_PO_STATUSES: &[&str] = &["draft", "sent", "partially_received"];

#[derive(Clone, Debug, Default, serde::Serialize)]
pub struct Supplier {
    pub id: String,
    pub name: String,
    pub contact: Option<String>,
    pub lead_time: Option<i64>,
    pub created_at: i64,
}

const SUPPLIER_COLS: &str = "id, name, contact, lead_time, created_at";

fn supplier_row(r: &rusqlite::Row) -> rusqlite::Result<Supplier> {
    Ok(Supplier {
        id: r.get(0)?,
        name: r.get(1)?,
        contact: r.get(2)?,
        lead_time: r.get(3)?,
        created_at: r.get(4)?,
    })
}

pub fn insert_supplier(conn: &Connection, s: &Supplier) -> Result<()> {
    conn.prepare_cached(&format!(
        "INSERT INTO suppliers({SUPPLIER_COLS}) VALUES (?1, ?2, ?3, ?4, ?5)"
    ))?
    .execute(params![s.id, s.name, s.contact, s.lead_time, s.created_at])?;
    Ok(())
}

pub fn get_supplier(conn: &Connection, id: &str) -> Result<Option<Supplier>> {
    Ok(conn
        .prepare_cached(&format!(
            "SELECT {SUPPLIER_COLS} FROM suppliers WHERE id = ?1"
        ))?
        .query_row([id], supplier_row)
        .optional()?)
}

pub fn list_suppliers(conn: &Connection) -> Result<Vec<Supplier>> {
    let mut stmt = conn.prepare(&format!(
        "SELECT {SUPPLIER_COLS} FROM suppliers ORDER BY id"
    ))?;
    let rows = stmt
        .query_map([], supplier_row)?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(rows)
}

#[derive(Clone, Debug, Default, PartialEq, serde::Serialize)]
pub struct Part {
    pub sku: String,
    pub name: String,
    /// Comma-separated product models the part fits.
    pub model_fit: String,
    pub unit_cost: f64,
    pub supplier: Option<String>,
    pub location: Option<String>,
    pub min: Option<i64>,
    pub max: Option<i64>,
    pub pack: i64,
    pub moq: i64,
    pub lead_time: Option<i64>,
    pub on_hand: i64,
    pub reserved: i64,
    pub created_at: i64,
}

const PART_COLS: &str = "sku, name, model_fit, unit_cost, supplier, location, min_qty, max_qty, \
                         pack, moq, lead_time, on_hand, reserved, created_at";

fn part_row(r: &rusqlite::Row) -> rusqlite::Result<Part> {
    Ok(Part {
        sku: r.get(0)?,
        name: r.get(1)?,
        model_fit: r.get(2)?,
        unit_cost: r.get(3)?,
        supplier: r.get(4)?,
        location: r.get(5)?,
        min: r.get(6)?,
        max: r.get(7)?,
        pack: r.get(8)?,
        moq: r.get(9)?,
        lead_time: r.get(10)?,
        on_hand: r.get(11)?,
        reserved: r.get(12)?,
        created_at: r.get(13)?,
    })
}

/// A new part, with no stock: stock only changes through movements.
pub fn insert_part(conn: &Connection, p: &Part) -> Result<()> {
    conn.prepare_cached(&format!(
        "INSERT INTO parts({PART_COLS}) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, 0, ?12, ?13)"
    ))?
    .execute(params![
        p.sku,
        p.name,
        p.model_fit,
        p.unit_cost,
        p.supplier,
        p.location,
        p.min,
        p.max,
        p.pack,
        p.moq,
        p.lead_time,
        p.reserved,
        p.created_at
    ])?;
    Ok(())
}

pub fn get_part(conn: &Connection, sku: &str) -> Result<Option<Part>> {
    Ok(conn
        .prepare_cached(&format!("SELECT {PART_COLS} FROM parts WHERE sku = ?1"))?
        .query_row([sku], part_row)
        .optional()?)
}

pub fn part_exists(conn: &Connection, sku: &str) -> Result<bool> {
    Ok(conn
        .prepare_cached("SELECT 1 FROM parts WHERE sku = ?1")?
        .exists([sku])?)
}

/// Change a part's master data (not its stock).
pub fn update_part(conn: &Connection, p: &Part) -> Result<()> {
    conn.prepare_cached(
        "UPDATE parts SET name = ?2, model_fit = ?3, unit_cost = ?4, supplier = ?5, location = ?6,
                min_qty = ?7, max_qty = ?8, pack = ?9, moq = ?10, lead_time = ?11 WHERE sku = ?1",
    )?
    .execute(params![
        p.sku,
        p.name,
        p.model_fit,
        p.unit_cost,
        p.supplier,
        p.location,
        p.min,
        p.max,
        p.pack,
        p.moq,
        p.lead_time
    ])?;
    Ok(())
}

pub fn set_on_hand(conn: &Connection, sku: &str, on_hand: i64) -> Result<()> {
    conn.prepare_cached("UPDATE parts SET on_hand = ?2 WHERE sku = ?1")?
        .execute(params![sku, on_hand])?;
    Ok(())
}

pub fn set_unit_cost(conn: &Connection, sku: &str, unit_cost: f64) -> Result<()> {
    conn.prepare_cached("UPDATE parts SET unit_cost = ?2 WHERE sku = ?1")?
        .execute(params![sku, unit_cost])?;
    Ok(())
}

/// A part with what the reorder rule needs besides its own row.
#[derive(Clone, Debug)]
pub struct PartStock {
    pub part: Part,
    pub supplier_lead_time: Option<i64>,
    /// Outstanding on open purchase orders.
    pub on_order: i64,
    /// Used on tickets in the demand window.
    pub used: i64,
}

/// Which parts `stock_levels` returns.
#[derive(Default)]
pub struct PartFilter<'a> {
    pub sku: Option<&'a str>,
    pub supplier: Option<&'a str>,
    /// Only parts whose `model_fit` lists this model.
    pub fits: Option<&'a str>,
}

/// Every matching part with its on-order quantity and its use in
/// (`used_after`, `used_until`]: one pass, aggregated with GROUP BY, however
/// many parts there are. Ordered by supplier, then SKU.
pub fn stock_levels(
    conn: &Connection,
    used_after: i64,
    used_until: i64,
    f: &PartFilter,
    each: &mut dyn FnMut(PartStock) -> Result<()>,
) -> Result<()> {
    let cols = PART_COLS
        .split(", ")
        .map(|c| format!("p.{}", c.trim()))
        .collect::<Vec<_>>()
        .join(", ");
    let open = OPEN_PO_STATUSES
        .iter()
        .map(|s| format!("'{s}'"))
        .collect::<Vec<_>>()
        .join(", ");
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {cols}, s.lead_time, coalesce(o.on_order, 0), coalesce(u.used, 0)
         FROM parts p
         LEFT JOIN suppliers s ON s.id = p.supplier
         LEFT JOIN (SELECT l.sku, sum(l.qty - l.received) AS on_order
                      FROM po_lines l JOIN purchase_orders po ON po.id = l.po_id
                     WHERE po.status IN ({open}) GROUP BY l.sku) o ON o.sku = p.sku
         LEFT JOIN (SELECT sku, -sum(qty) AS used FROM part_movements
                     WHERE kind = 'use' AND at > ?1 AND at <= ?2 GROUP BY sku) u ON u.sku = p.sku
         WHERE (?3 IS NULL OR p.sku = ?3) AND (?4 IS NULL OR p.supplier = ?4)
           AND (?5 IS NULL OR instr(',' || p.model_fit || ',', ',' || ?5 || ',') > 0)
         ORDER BY p.supplier IS NULL, p.supplier, p.sku"
    ))?;
    let mut rows = stmt.query(params![used_after, used_until, f.sku, f.supplier, f.fits])?;
    while let Some(r) = rows.next()? {
        each(PartStock {
            part: part_row(r)?,
            supplier_lead_time: r.get(14)?,
            on_order: r.get(15)?,
            used: r.get(16)?,
        })?;
    }
    Ok(())
}

/// One change of stock.
#[derive(Clone, Debug, Default, serde::Serialize)]
pub struct Movement {
    pub id: i64,
    pub sku: String,
    pub at: i64,
    pub actor: String,
    /// receive | use | count | scrap | po_receipt
    pub kind: String,
    /// Signed change of on_hand.
    pub qty: i64,
    /// on_hand after the change.
    pub balance: i64,
    pub unit_cost: Option<f64>,
    pub ticket_id: Option<i64>,
    pub po_id: Option<i64>,
    pub counted: Option<i64>,
    pub reason: Option<String>,
    pub part_name: Option<String>,
    pub part_model: Option<String>,
}

const MOVEMENT_COLS: &str = "id, sku, at, actor, kind, qty, balance, unit_cost, ticket_id, po_id, \
                             counted, reason, part_name, part_model";

pub fn insert_movement(conn: &Connection, m: &Movement) -> Result<i64> {
    conn.prepare_cached(
        "INSERT INTO part_movements(sku, at, actor, kind, qty, balance, unit_cost, ticket_id, po_id,
                                    counted, reason, part_name, part_model)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)",
    )?
    .execute(params![
        m.sku,
        m.at,
        m.actor,
        m.kind,
        m.qty,
        m.balance,
        m.unit_cost,
        m.ticket_id,
        m.po_id,
        m.counted,
        m.reason,
        m.part_name,
        m.part_model
    ])?;
    Ok(conn.last_insert_rowid())
}

/// The part's latest movements, newest first.
pub fn recent_movements(conn: &Connection, sku: &str, limit: i64) -> Result<Vec<Movement>> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {MOVEMENT_COLS} FROM part_movements WHERE sku = ?1 ORDER BY id DESC LIMIT ?2"
    ))?;
    let rows = stmt
        .query_map(params![sku, limit], |r| {
            Ok(Movement {
                id: r.get(0)?,
                sku: r.get(1)?,
                at: r.get(2)?,
                actor: r.get(3)?,
                kind: r.get(4)?,
                qty: r.get(5)?,
                balance: r.get(6)?,
                unit_cost: r.get(7)?,
                ticket_id: r.get(8)?,
                po_id: r.get(9)?,
                counted: r.get(10)?,
                reason: r.get(11)?,
                part_name: r.get(12)?,
                part_model: r.get(13)?,
            })
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(rows)
}

#[derive(Clone, Debug, Default, serde::Serialize)]
pub struct Po {
    pub id: i64,
    pub supplier: String,
    /// draft | sent | partially_received | closed
    pub status: String,
    pub created_at: i64,
    pub created_by: String,
    pub sent_at: Option<i64>,
    pub closed_at: Option<i64>,
}

const PO_COLS: &str = "id, supplier, status, created_at, created_by, sent_at, closed_at";

fn po_row(r: &rusqlite::Row) -> rusqlite::Result<Po> {
    Ok(Po {
        id: r.get(0)?,
        supplier: r.get(1)?,
        status: r.get(2)?,
        created_at: r.get(3)?,
        created_by: r.get(4)?,
        sent_at: r.get(5)?,
        closed_at: r.get(6)?,
    })
}

#[derive(Clone, Debug, Default, serde::Serialize)]
pub struct PoLine {
    pub sku: String,
    pub name: String,
    pub qty: i64,
    pub received: i64,
    pub unit_cost: f64,
}

pub fn insert_po(conn: &Connection, po: &Po) -> Result<()> {
    conn.prepare_cached(&format!(
        "INSERT INTO purchase_orders({PO_COLS}) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"
    ))?
    .execute(params![
        po.id,
        po.supplier,
        po.status,
        po.created_at,
        po.created_by,
        po.sent_at,
        po.closed_at
    ])?;
    Ok(())
}

pub fn insert_po_line(conn: &Connection, po_id: i64, l: &PoLine) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO po_lines(po_id, sku, qty, received, unit_cost) VALUES (?1, ?2, ?3, ?4, ?5)",
    )?
    .execute(params![po_id, l.sku, l.qty, l.received, l.unit_cost])?;
    Ok(())
}

pub fn get_po(conn: &Connection, id: i64) -> Result<Option<Po>> {
    Ok(conn
        .prepare_cached(&format!(
            "SELECT {PO_COLS} FROM purchase_orders WHERE id = ?1"
        ))?
        .query_row([id], po_row)
        .optional()?)
}

pub fn po_lines(conn: &Connection, po_id: i64) -> Result<Vec<PoLine>> {
    let mut stmt = conn.prepare_cached(
        "SELECT l.sku, p.name, l.qty, l.received, l.unit_cost
           FROM po_lines l JOIN parts p ON p.sku = l.sku WHERE l.po_id = ?1 ORDER BY l.sku",
    )?;
    let rows = stmt
        .query_map([po_id], |r| {
            Ok(PoLine {
                sku: r.get(0)?,
                name: r.get(1)?,
                qty: r.get(2)?,
                received: r.get(3)?,
                unit_cost: r.get(4)?,
            })
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(rows)
}

/// A purchase order with its totals, for lists.
#[derive(Clone, Debug)]
pub struct PoSummary {
    pub po: Po,
    pub lines: i64,
    pub ordered: i64,
    pub received: i64,
    pub total: f64,
}

pub fn list_pos(
    conn: &Connection,
    status: Option<&str>,
    supplier: Option<&str>,
) -> Result<Vec<PoSummary>> {
    let cols = PO_COLS
        .split(", ")
        .map(|c| format!("o.{c}"))
        .collect::<Vec<_>>()
        .join(", ");
    let mut stmt = conn.prepare(&format!(
        "SELECT {cols}, count(l.sku), coalesce(sum(l.qty), 0), coalesce(sum(l.received), 0),
                coalesce(sum(l.qty * l.unit_cost), 0)
           FROM purchase_orders o LEFT JOIN po_lines l ON l.po_id = o.id
          WHERE (?1 IS NULL OR o.status = ?1) AND (?2 IS NULL OR o.supplier = ?2)
          GROUP BY o.id ORDER BY o.id"
    ))?;
    let rows = stmt
        .query_map(params![status, supplier], |r| {
            Ok(PoSummary {
                po: po_row(r)?,
                lines: r.get(7)?,
                ordered: r.get(8)?,
                received: r.get(9)?,
                total: r.get(10)?,
            })
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(rows)
}

pub fn update_po_status(conn: &Connection, po: &Po) -> Result<()> {
    conn.prepare_cached(
        "UPDATE purchase_orders SET status = ?2, sent_at = ?3, closed_at = ?4 WHERE id = ?1",
    )?
    .execute(params![po.id, po.status, po.sent_at, po.closed_at])?;
    Ok(())
}

pub fn add_po_received(conn: &Connection, po_id: i64, sku: &str, qty: i64) -> Result<()> {
    conn.prepare_cached(
        "UPDATE po_lines SET received = received + ?3 WHERE po_id = ?1 AND sku = ?2",
    )?
    .execute(params![po_id, sku, qty])?;
    Ok(())
}
