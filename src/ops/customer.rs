//! The customer archive: customers, products, purchases and the VIP tier.

use rusqlite::{Connection, Transaction};
use serde_json::json;

use crate::domain::{time, validate};
use crate::error::{self, Result};
use crate::ops::Env;
use crate::ops::import::{self, Problem, Row, Source};
use crate::store::{self, customer as db};

pub use db::{Customer, Product, Purchase};

/// Columns of `customer list --format csv`, which `customer import` reads back.
pub const CUSTOMER_COLUMNS: &[&str] = &[
    "id",
    "name",
    "phone",
    "email",
    "address",
    "region",
    "tier",
    "created_at",
];
pub const PRODUCT_COLUMNS: &[&str] = &["model", "name", "category", "manufacturer_contact"];
pub const PURCHASE_COLUMNS: &[&str] = &[
    "id",
    "customer",
    "product",
    "serial",
    "qty",
    "value",
    "purchased",
    "received",
    "order",
];

#[derive(Default)]
pub struct CustomerInput {
    pub id: Option<String>,
    pub name: Option<String>,
    pub phone: Option<String>,
    pub email: Option<String>,
    pub address: Option<String>,
    pub region: Option<String>,
    pub tier: Option<String>,
}

fn opt_line(field: &str, v: Option<&str>) -> std::result::Result<Option<String>, String> {
    v.map(|s| validate::line(field, s)).transpose()
}

fn check_id(id: &str) -> std::result::Result<String, String> {
    let id = validate::line("id", id)?;
    if !id
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
    {
        return Err(format!(
            "id \"{id}\" may hold only letters, digits, - and _"
        ));
    }
    Ok(id)
}

fn check_tier(t: &str) -> std::result::Result<String, String> {
    match t {
        "vip" | "normal" => Ok(t.to_string()),
        _ => Err(format!("tier \"{t}\" is not vip or normal")),
    }
}

/// Check every field of a new customer; problems are (column, message).
fn build_customer(input: &CustomerInput, now: i64) -> std::result::Result<Customer, Vec<Problem>> {
    let mut problems = Vec::new();
    let mut take = |col: &str, r: std::result::Result<Option<String>, String>| match r {
        Ok(v) => v,
        Err(e) => {
            problems.push((col.to_string(), e));
            None
        }
    };
    let id = take("id", input.id.as_deref().map(check_id).transpose());
    let name = take(
        "name",
        input
            .name
            .as_deref()
            .map(|s| validate::line("name", s))
            .transpose()
            .and_then(|v| v.ok_or("name is required".into()).map(Some)),
    );
    let phone = take(
        "phone",
        input
            .phone
            .as_deref()
            .map(validate::phone)
            .transpose()
            .and_then(|v| v.ok_or("phone is required".into()).map(Some)),
    );
    let email = take(
        "email",
        input.email.as_deref().map(validate::email).transpose(),
    );
    let address = take("address", opt_line("address", input.address.as_deref()));
    let region = take("region", opt_line("region", input.region.as_deref()));
    let tier = take("tier", input.tier.as_deref().map(check_tier).transpose());
    if !problems.is_empty() {
        return Err(problems);
    }
    Ok(Customer {
        id: id.unwrap_or_default(),
        name: name.unwrap_or_default(),
        phone: phone.unwrap_or_default(),
        email,
        address,
        region,
        tier_manual: tier.is_some(),
        tier: tier.unwrap_or_else(|| "normal".into()),
        created_at: now,
    })
}

/// `KH` + the day in the policy's zone + that day's sequence (KH20261122001).
fn next_customer_id(tx: &Transaction, env: &Env) -> Result<String> {
    let day = time::zoned(env.now, env.policy.tz())
        .strftime("%Y%m%d")
        .to_string();
    let family = format!("KH{day}");
    loop {
        let n = store::next_number(tx, &family)?;
        let id = format!("{family}{n:03}");
        // A hand-given --id may already have taken this number.
        if !db::customer_exists(tx, &id)? {
            return Ok(id);
        }
    }
}

fn insert_checked(tx: &Transaction, env: &Env, mut c: Customer) -> Result<Customer> {
    if c.id.is_empty() {
        c.id = next_customer_id(tx, env)?;
    } else if db::customer_exists(tx, &c.id)? {
        return Err(error::refused(format!("customer {} already exists", c.id))
            .hint("use customer edit to change it"));
    }
    db::insert_customer(tx, &c)?;
    env.record(
        tx,
        &c.id,
        "customer.add",
        None,
        Some(&serde_json::to_value(&c).unwrap_or_default()),
    )?;
    Ok(c)
}

pub fn add(tx: &Transaction, env: &Env, input: CustomerInput) -> Result<Customer> {
    let c = build_customer(&input, env.now).map_err(first_problem)?;
    insert_checked(tx, env, c)
}

fn first_problem(ps: Vec<Problem>) -> error::Error {
    let (col, msg) = ps.into_iter().next().unwrap_or_default();
    error::usage(if msg.starts_with(&col) {
        msg
    } else {
        format!("{col}: {msg}")
    })
}

pub fn get(conn: &Connection, id: &str) -> Result<Customer> {
    db::get_customer(conn, id)?.ok_or_else(|| {
        error::not_found(format!("no customer {id}"))
            .hint("customer list --search TEXT finds customers")
    })
}

pub fn edit(tx: &Transaction, env: &Env, id: &str, input: CustomerInput) -> Result<Customer> {
    let old = get(tx, id)?;
    let mut c = old.clone();
    let u = |r: std::result::Result<String, String>| r.map_err(error::usage);
    if let Some(v) = &input.name {
        c.name = u(validate::line("name", v))?;
    }
    if let Some(v) = &input.phone {
        c.phone = u(validate::phone(v))?;
    }
    if let Some(v) = &input.email {
        c.email = Some(u(validate::email(v))?);
    }
    if let Some(v) = &input.address {
        c.address = Some(u(validate::line("address", v))?);
    }
    if let Some(v) = &input.region {
        c.region = Some(u(validate::line("region", v))?);
    }
    if let Some(t) = &input.tier {
        if t == "auto" {
            c.tier_manual = false;
            c.tier = tier_for(env, db::max_purchase_value(tx, id)?).into();
        } else {
            c.tier = u(check_tier(t))?;
            c.tier_manual = true;
        }
    }
    db::update_customer(tx, &c)?;
    env.record(
        tx,
        id,
        "customer.edit",
        Some(&serde_json::to_value(&old).unwrap_or_default()),
        Some(&serde_json::to_value(&c).unwrap_or_default()),
    )?;
    Ok(c)
}

fn tier_for(env: &Env, max_value: f64) -> &'static str {
    if max_value >= env.policy.policy.customers.vip_min_purchase {
        "vip"
    } else {
        "normal"
    }
}

/// A purchase at or above `vip_min_purchase` makes the customer VIP, unless the tier was set by hand.
fn refresh_tier(tx: &Transaction, env: &Env, customer: &Customer, value: f64) -> Result<()> {
    if customer.tier_manual || customer.tier == "vip" {
        return Ok(());
    }
    if tier_for(env, value) == "vip" {
        db::set_tier(tx, &customer.id, "vip")?;
        env.record(
            tx,
            &customer.id,
            "customer.tier",
            Some(&json!({"tier": customer.tier})),
            Some(&json!({"tier": "vip", "rule": "vip_min_purchase"})),
        )?;
    }
    Ok(())
}

pub fn list(
    conn: &Connection,
    tier: Option<&str>,
    search: Option<&str>,
    limit: Option<i64>,
    each: &mut dyn FnMut(Customer) -> Result<()>,
) -> Result<()> {
    db::list_customers(conn, tier, search, limit, each)
}

pub fn import(tx: &Transaction, env: &Env, src: &Source) -> Result<usize> {
    let mut seen = std::collections::HashSet::new();
    import::each_row(
        src,
        CUSTOMER_COLUMNS,
        &["name", "phone"],
        &mut |row: &Row| {
            let input = CustomerInput {
                id: row.get("id").map(str::to_string),
                name: row.get("name").map(str::to_string),
                phone: row.get("phone").map(str::to_string),
                email: row.get("email").map(str::to_string),
                address: row.get("address").map(str::to_string),
                region: row.get("region").map(str::to_string),
                // An exported tier of "normal" is the computed default, not a hand setting.
                tier: row.get("tier").filter(|t| *t == "vip").map(str::to_string),
            };
            let c = build_customer(&input, env.now)?;
            if !c.id.is_empty() && !seen.insert(c.id.clone()) {
                return Err(vec![(
                    "id".into(),
                    format!("{} appears twice in the file", c.id),
                )]);
            }
            insert_checked(tx, env, c)
                .map(|_| ())
                .map_err(|e| vec![("id".into(), e.message)])
        },
    )
}

pub struct ProductInput {
    pub model: String,
    pub name: String,
    pub category: Option<String>,
    pub manufacturer_contact: Option<String>,
}

fn build_product(i: &ProductInput, now: i64) -> std::result::Result<Product, Vec<Problem>> {
    let mut problems = Vec::new();
    let model = check_id(&i.model)
        .map_err(|e| problems.push(("model".into(), e.replace("id", "model"))))
        .ok();
    let name = validate::line("name", &i.name)
        .map_err(|e| problems.push(("name".into(), e)))
        .ok();
    let category = opt_line("category", i.category.as_deref())
        .map_err(|e| problems.push(("category".into(), e)))
        .ok()
        .flatten();
    let contact = opt_line("manufacturer_contact", i.manufacturer_contact.as_deref())
        .map_err(|e| problems.push(("manufacturer_contact".into(), e)))
        .ok()
        .flatten();
    if !problems.is_empty() {
        return Err(problems);
    }
    Ok(Product {
        model: model.unwrap_or_default(),
        name: name.unwrap_or_default(),
        category,
        manufacturer_contact: contact,
        created_at: now,
    })
}

fn insert_product(tx: &Transaction, env: &Env, p: Product) -> Result<Product> {
    if db::get_product(tx, &p.model)?.is_some() {
        return Err(error::refused(format!(
            "product {} already exists",
            p.model
        )));
    }
    db::insert_product(tx, &p)?;
    env.record(
        tx,
        &format!("product:{}", p.model),
        "product.add",
        None,
        Some(&serde_json::to_value(&p).unwrap_or_default()),
    )?;
    Ok(p)
}

pub fn add_product(tx: &Transaction, env: &Env, i: ProductInput) -> Result<Product> {
    let p = build_product(&i, env.now).map_err(first_problem)?;
    insert_product(tx, env, p)
}

pub fn get_product(conn: &Connection, model: &str) -> Result<Product> {
    db::get_product(conn, model)?.ok_or_else(|| {
        error::not_found(format!("no product {model}")).hint("product list shows the models")
    })
}

pub fn list_products(conn: &Connection) -> Result<Vec<Product>> {
    db::list_products(conn)
}

pub fn import_products(tx: &Transaction, env: &Env, src: &Source) -> Result<usize> {
    import::each_row(
        src,
        PRODUCT_COLUMNS,
        &["model", "name"],
        &mut |row: &Row| {
            let i = ProductInput {
                model: row.get("model").unwrap_or_default().to_string(),
                name: row.get("name").unwrap_or_default().to_string(),
                category: row.get("category").map(str::to_string),
                manufacturer_contact: row.get("manufacturer_contact").map(str::to_string),
            };
            let p = build_product(&i, env.now)?;
            insert_product(tx, env, p)
                .map(|_| ())
                .map_err(|e| vec![("model".into(), e.message)])
        },
    )
}

pub struct PurchaseInput {
    pub customer: String,
    pub product: String,
    pub serial: Option<String>,
    pub qty: Option<String>,
    pub value: String,
    pub purchased: String,
    pub received: Option<String>,
    pub order: Option<String>,
}

fn build_purchase(
    tx: &Connection,
    i: &PurchaseInput,
    now: i64,
) -> std::result::Result<Purchase, Vec<Problem>> {
    let mut problems: Vec<Problem> = Vec::new();
    let mut bad = |c: &str, m: String| problems.push((c.to_string(), m));
    match db::customer_exists(tx, &i.customer) {
        Ok(true) => {}
        Ok(false) => bad("customer", format!("no customer {}", i.customer)),
        Err(e) => bad("customer", e.message),
    }
    match db::get_product(tx, &i.product) {
        Ok(Some(_)) => {}
        Ok(None) => bad(
            "product",
            format!("no product {} (add it with product add)", i.product),
        ),
        Err(e) => bad("product", e.message),
    }
    let qty = match i.qty.as_deref().map(str::parse::<i64>) {
        None => 1,
        Some(Ok(q)) if (1..=1_000_000).contains(&q) => q,
        Some(_) => {
            bad("qty", "qty must be a whole number from 1 to 1000000".into());
            1
        }
    };
    let value = match i.value.trim().parse::<f64>() {
        Ok(v) => validate::amount("value", v).unwrap_or_else(|e| {
            bad("value", e);
            0.0
        }),
        Err(_) => {
            bad("value", format!("\"{}\" is not an amount", i.value));
            0.0
        }
    };
    let purchased = time::parse_date(&i.purchased)
        .map_err(|e| bad("purchased", e))
        .ok();
    let received = i
        .received
        .as_deref()
        .map(time::parse_date)
        .transpose()
        .map_err(|e| bad("received", e))
        .ok()
        .flatten();
    if let (Some(p), Some(r)) = (purchased, received)
        && r < p
    {
        bad("received", format!("received {r} is before purchased {p}"));
    }
    let serial = opt_line("serial", i.serial.as_deref())
        .map_err(|e| bad("serial", e))
        .ok()
        .flatten();
    let order_no = opt_line("order", i.order.as_deref())
        .map_err(|e| bad("order", e))
        .ok()
        .flatten();
    if !problems.is_empty() {
        return Err(problems);
    }
    Ok(Purchase {
        id: 0,
        customer_id: i.customer.clone(),
        product: i.product.clone(),
        serial,
        qty,
        value,
        purchased: purchased.map(|d| d.to_string()).unwrap_or_default(),
        received: received.map(|d| d.to_string()),
        order_no,
        created_at: now,
    })
}

fn insert_purchase(tx: &Transaction, env: &Env, mut p: Purchase) -> Result<Purchase> {
    p.id = db::insert_purchase(tx, &p)?;
    env.record(
        tx,
        &p.customer_id,
        "purchase.add",
        None,
        Some(&serde_json::to_value(&p).unwrap_or_default()),
    )?;
    let c = get(tx, &p.customer_id)?;
    refresh_tier(tx, env, &c, p.value)?;
    Ok(p)
}

pub fn add_purchase(tx: &Transaction, env: &Env, i: PurchaseInput) -> Result<Purchase> {
    match build_purchase(tx, &i, env.now) {
        Ok(p) => insert_purchase(tx, env, p),
        Err(ps) => {
            let not_found = ps
                .iter()
                .any(|(c, m)| (c == "customer" || c == "product") && m.starts_with("no "));
            let e = first_problem(ps);
            Err(if not_found {
                error::not_found(e.message)
            } else {
                e
            })
        }
    }
}

pub fn list_purchases(conn: &Connection, customer: Option<&str>) -> Result<Vec<Purchase>> {
    db::list_purchases(conn, customer)
}

pub fn import_purchases(tx: &Transaction, env: &Env, src: &Source) -> Result<usize> {
    import::each_row(
        src,
        PURCHASE_COLUMNS,
        &["customer", "product", "value", "purchased"],
        &mut |row: &Row| {
            let g = |c: &str| row.get(c).map(str::to_string);
            let i = PurchaseInput {
                customer: g("customer").unwrap_or_default(),
                product: g("product").unwrap_or_default(),
                serial: g("serial"),
                qty: g("qty"),
                value: g("value").unwrap_or_default(),
                purchased: g("purchased").unwrap_or_default(),
                received: g("received"),
                order: g("order"),
            };
            let p = build_purchase(tx, &i, env.now)?;
            insert_purchase(tx, env, p)
                .map(|_| ())
                .map_err(|e| vec![("customer".into(), e.message)])
        },
    )
}
