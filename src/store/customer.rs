//! The customer archive: customers, products and purchases.

use rusqlite::{Connection, OptionalExtension, params};

use crate::error::Result;

#[derive(Clone, Debug, Default, serde::Serialize)]
pub struct Customer {
    pub id: String,
    pub name: String,
    pub phone: String,
    pub email: Option<String>,
    pub address: Option<String>,
    pub region: Option<String>,
    pub tier: String,
    pub tier_manual: bool,
    pub created_at: i64,
}

const CUSTOMER_COLS: &str =
    "id, name, phone, email, address, region, tier, tier_manual, created_at";

fn customer_row(r: &rusqlite::Row) -> rusqlite::Result<Customer> {
    Ok(Customer {
        id: r.get(0)?,
        name: r.get(1)?,
        phone: r.get(2)?,
        email: r.get(3)?,
        address: r.get(4)?,
        region: r.get(5)?,
        tier: r.get(6)?,
        tier_manual: r.get::<_, i64>(7)? != 0,
        created_at: r.get(8)?,
    })
}

pub fn get_customer(conn: &Connection, id: &str) -> Result<Option<Customer>> {
    Ok(conn
        .prepare_cached(&format!(
            "SELECT {CUSTOMER_COLS} FROM customers WHERE id = ?1"
        ))?
        .query_row([id], customer_row)
        .optional()?)
}

pub fn insert_customer(conn: &Connection, c: &Customer) -> Result<()> {
    conn.prepare_cached(&format!(
        "INSERT INTO customers({CUSTOMER_COLS}) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)"
    ))?
    .execute(params![
        c.id,
        c.name,
        c.phone,
        c.email,
        c.address,
        c.region,
        c.tier,
        c.tier_manual as i64,
        c.created_at
    ])?;
    Ok(())
}

pub fn update_customer(conn: &Connection, c: &Customer) -> Result<()> {
    conn.execute(
        "UPDATE customers SET name = ?2, phone = ?3, email = ?4, address = ?5, region = ?6,
                tier = ?7, tier_manual = ?8 WHERE id = ?1",
        params![
            c.id,
            c.name,
            c.phone,
            c.email,
            c.address,
            c.region,
            c.tier,
            c.tier_manual as i64
        ],
    )?;
    Ok(())
}

/// Whether the archive holds any customer at all.
pub fn any_customer(conn: &Connection) -> Result<bool> {
    Ok(conn.query_row("SELECT EXISTS(SELECT 1 FROM customers)", [], |r| r.get(0))?)
}

pub fn customer_exists(conn: &Connection, id: &str) -> Result<bool> {
    Ok(conn
        .prepare_cached("SELECT 1 FROM customers WHERE id = ?1")?
        .exists([id])?)
}

/// Customers, optionally only one tier and/or matching text in name, id, phone or region.
pub fn list_customers(
    conn: &Connection,
    tier: Option<&str>,
    search: Option<&str>,
    limit: Option<i64>,
    each: &mut dyn FnMut(Customer) -> Result<()>,
) -> Result<()> {
    let pattern = search.map(|s| {
        format!(
            "%{}%",
            s.replace('\\', "\\\\")
                .replace('%', "\\%")
                .replace('_', "\\_")
        )
    });
    let mut stmt = conn.prepare(&format!(
        "SELECT {CUSTOMER_COLS} FROM customers
         WHERE (?1 IS NULL OR tier = ?1)
           AND (?2 IS NULL OR name LIKE ?2 ESCAPE '\\' OR id LIKE ?2 ESCAPE '\\'
                OR phone LIKE ?2 ESCAPE '\\' OR region LIKE ?2 ESCAPE '\\')
         ORDER BY id LIMIT ?3"
    ))?;
    let mut rows = stmt.query(params![tier, pattern, limit.unwrap_or(-1)])?;
    while let Some(r) = rows.next()? {
        each(customer_row(r)?)?;
    }
    Ok(())
}

#[derive(Clone, Debug, Default, serde::Serialize)]
pub struct Product {
    pub model: String,
    pub name: String,
    pub category: Option<String>,
    pub manufacturer_contact: Option<String>,
    pub created_at: i64,
}

pub fn get_product(conn: &Connection, model: &str) -> Result<Option<Product>> {
    Ok(conn
        .prepare_cached(
            "SELECT model, name, category, manufacturer_contact, created_at FROM products WHERE model = ?1",
        )?
        .query_row([model], |r| {
            Ok(Product {
                model: r.get(0)?,
                name: r.get(1)?,
                category: r.get(2)?,
                manufacturer_contact: r.get(3)?,
                created_at: r.get(4)?,
            })
        })
        .optional()?)
}

pub fn insert_product(conn: &Connection, p: &Product) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO products(model, name, category, manufacturer_contact, created_at) VALUES (?1, ?2, ?3, ?4, ?5)",
    )?
    .execute(params![p.model, p.name, p.category, p.manufacturer_contact, p.created_at])?;
    Ok(())
}

pub fn list_products(conn: &Connection) -> Result<Vec<Product>> {
    let mut stmt = conn.prepare(
        "SELECT model, name, category, manufacturer_contact, created_at FROM products ORDER BY model",
    )?;
    let rows = stmt
        .query_map([], |r| {
            Ok(Product {
                model: r.get(0)?,
                name: r.get(1)?,
                category: r.get(2)?,
                manufacturer_contact: r.get(3)?,
                created_at: r.get(4)?,
            })
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(rows)
}

#[derive(Clone, Debug, Default, serde::Serialize)]
pub struct Purchase {
    pub id: i64,
    pub customer_id: String,
    pub product: String,
    pub serial: Option<String>,
    pub qty: i64,
    pub value: f64,
    pub purchased: String,
    pub received: Option<String>,
    pub order_no: Option<String>,
    pub created_at: i64,
}

const PURCHASE_COLS: &str =
    "id, customer_id, product, serial, qty, value, purchased, received, order_no, created_at";

fn purchase_row(r: &rusqlite::Row) -> rusqlite::Result<Purchase> {
    Ok(Purchase {
        id: r.get(0)?,
        customer_id: r.get(1)?,
        product: r.get(2)?,
        serial: r.get(3)?,
        qty: r.get(4)?,
        value: r.get(5)?,
        purchased: r.get(6)?,
        received: r.get(7)?,
        order_no: r.get(8)?,
        created_at: r.get(9)?,
    })
}

pub fn insert_purchase(conn: &Connection, p: &Purchase) -> Result<i64> {
    conn.prepare_cached(
        "INSERT INTO purchases(customer_id, product, serial, qty, value, purchased, received, order_no, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
    )?
    .execute(params![
        p.customer_id, p.product, p.serial, p.qty, p.value, p.purchased, p.received, p.order_no, p.created_at
    ])?;
    Ok(conn.last_insert_rowid())
}

pub fn list_purchases(conn: &Connection, customer: Option<&str>) -> Result<Vec<Purchase>> {
    let mut stmt = conn.prepare(&format!(
        "SELECT {PURCHASE_COLS} FROM purchases WHERE (?1 IS NULL OR customer_id = ?1)
         ORDER BY purchased DESC, id DESC"
    ))?;
    let rows = stmt
        .query_map(params![customer], purchase_row)?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(rows)
}

/// The purchase a serial number names, if any.
pub fn purchase_by_serial(conn: &Connection, serial: &str) -> Result<Option<Purchase>> {
    Ok(conn
        .prepare_cached(&format!(
            "SELECT {PURCHASE_COLS} FROM purchases WHERE serial = ?1 ORDER BY id DESC LIMIT 1"
        ))?
        .query_row([serial], purchase_row)
        .optional()?)
}

/// The customer's latest purchase, optionally of one product or order.
pub fn latest_purchase(
    conn: &Connection,
    customer: &str,
    product: Option<&str>,
    order_no: Option<&str>,
) -> Result<Option<Purchase>> {
    Ok(conn
        .prepare_cached(&format!(
            "SELECT {PURCHASE_COLS} FROM purchases WHERE customer_id = ?1
               AND (?2 IS NULL OR product = ?2) AND (?3 IS NULL OR order_no = ?3)
             ORDER BY purchased DESC, id DESC LIMIT 1"
        ))?
        .query_row(params![customer, product, order_no], purchase_row)
        .optional()?)
}

pub fn max_purchase_value(conn: &Connection, customer: &str) -> Result<f64> {
    Ok(conn
        .prepare_cached("SELECT coalesce(max(value), 0) FROM purchases WHERE customer_id = ?1")?
        .query_row([customer], |r| r.get(0))?)
}

pub fn set_tier(conn: &Connection, customer: &str, tier: &str) -> Result<()> {
    conn.prepare_cached("UPDATE customers SET tier = ?2 WHERE id = ?1")?
        .execute(params![customer, tier])?;
    Ok(())
}
