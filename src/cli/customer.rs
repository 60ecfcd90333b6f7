//! `svc customer|product|purchase …`: the customer archive.

use clap::{Args, Subcommand};

use crate::cli::{App, opt};
use crate::error::Result;
use crate::ops::customer::{self as ops, Customer, CustomerInput, Product, Purchase};
use crate::ops::import::{self, Encoding, Source};
use crate::output::{Cell, Listing, Pii, Record};
use crate::store;

/// Options shared by every `… import`.
#[derive(Args, Debug)]
pub struct ImportArgs {
    /// The CSV file (`-` reads stdin); the header is that of `list --format csv`
    pub file: String,
    /// Check every row, write nothing
    #[arg(long)]
    pub dry_run: bool,
    /// The file's encoding [default: utf-8; Excel on Chinese Windows saves gb18030]
    #[arg(long, value_enum)]
    pub encoding: Option<Encoding>,
    /// Rename the sheet's own headers: 客户名称=name,联系方式=phone
    #[arg(long)]
    pub map: Option<String>,
}

impl ImportArgs {
    pub fn source(&self) -> Result<Source> {
        Ok(Source {
            path: self.file.clone(),
            encoding: self.encoding,
            map: self
                .map
                .as_deref()
                .map(import::parse_map)
                .transpose()?
                .unwrap_or_default(),
        })
    }
}

/// Run an import in one transaction; `--dry-run` rolls it back.
/// Who checks that what a row refers to exists.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum References {
    /// The database's foreign keys.
    Database,
    /// The importer, row by row, with the sheet's line numbers in its problems;
    /// the database's foreign-key lookups would repeat that work for every row.
    Importer,
}

pub fn run_import(
    app: &mut App,
    perm: &str,
    what: &str,
    a: &ImportArgs,
    refs: References,
    f: impl FnOnce(&rusqlite::Transaction, &crate::ops::Env, &Source) -> Result<usize>,
) -> Result<u8> {
    let src = a.source()?;
    let mut conn = app.session(perm)?;
    if refs == References::Importer {
        store::skip_foreign_key_checks(&conn)?;
    }
    let tx = store::write_tx(&mut conn)?;
    let n = f(&tx, &app.env(), &src)?;
    if a.dry_run {
        tx.rollback()?;
        app.out.essential(&format!(
            "{n} {what} checked: all valid (dry run, nothing written)"
        ))?;
    } else {
        tx.commit()?;
        app.out.essential(&format!("{n} {what} imported"))?;
    }
    Ok(0)
}

#[derive(Subcommand, Debug)]
#[command(defer = true)]
pub enum CustomerCmd {
    /// Add a customer (id KHyyyymmddNNN unless --id)
    Add(CustomerAddArgs),
    /// List customers
    List(CustomerListArgs),
    /// The customer's whole archive: profile, tier, purchases, tickets, complaints, callbacks
    Show {
        /// Customer id
        id: String,
    },
    /// Change a customer's details
    Edit(CustomerEditArgs),
    /// Import customers from CSV (all rows or none)
    Import(ImportArgs),
}

#[derive(Args, Debug)]
pub struct CustomerAddArgs {
    #[arg(long)]
    pub name: String,
    #[arg(long)]
    pub phone: String,
    #[arg(long)]
    pub email: Option<String>,
    #[arg(long)]
    pub address: Option<String>,
    #[arg(long)]
    pub region: Option<String>,
    /// Use this id instead of a generated KHyyyymmddNNN
    #[arg(long)]
    pub id: Option<String>,
}

#[derive(Args, Debug)]
pub struct CustomerListArgs {
    /// Only this tier
    #[arg(long, value_parser = ["vip", "normal"])]
    pub tier: Option<String>,
    /// Text in the name, id, phone or region
    #[arg(long)]
    pub search: Option<String>,
    #[arg(long)]
    pub limit: Option<i64>,
}

#[derive(Args, Debug)]
pub struct CustomerEditArgs {
    /// Customer id
    pub id: String,
    #[arg(long)]
    pub name: Option<String>,
    #[arg(long)]
    pub phone: Option<String>,
    #[arg(long)]
    pub email: Option<String>,
    #[arg(long)]
    pub address: Option<String>,
    #[arg(long)]
    pub region: Option<String>,
    /// Set the tier by hand (vip, normal), or `auto` to follow purchases again
    #[arg(long, value_parser = ["vip", "normal", "auto"])]
    pub tier: Option<String>,
}

fn customer_row(c: &Customer) -> Vec<Cell> {
    vec![
        Cell::text(&c.id),
        Cell::text(&c.name),
        Cell::Pii(Pii::Phone, c.phone.clone()),
        Cell::opt_pii(Pii::Email, c.email.clone()),
        Cell::opt_pii(Pii::Address, c.address.clone()),
        opt(&c.region),
        Cell::text(&c.tier),
        Cell::Time(c.created_at),
    ]
}

fn customer_record(c: &Customer) -> Record {
    Record {
        fields: ops::CUSTOMER_COLUMNS
            .iter()
            .copied()
            .zip(customer_row(c))
            .collect(),
        sections: Vec::new(),
    }
}

pub fn run_customer(app: &mut App, c: CustomerCmd) -> Result<u8> {
    match c {
        CustomerCmd::Add(a) => {
            let mut conn = app.session("customer.add")?;
            let tx = store::write_tx(&mut conn)?;
            let c = ops::add(
                &tx,
                &app.env(),
                CustomerInput {
                    id: a.id,
                    name: Some(a.name),
                    phone: Some(a.phone),
                    email: a.email,
                    address: a.address,
                    region: a.region,
                    tier: None,
                },
            )?;
            tx.commit()?;
            app.show_created(&c.id, &customer_record(&c))?;
        }
        CustomerCmd::List(a) => {
            let conn = app.session("customer.list")?;
            let out = &mut app.out;
            let mut sink = out.begin(ops::CUSTOMER_COLUMNS)?;
            ops::list(
                &conn,
                a.tier.as_deref(),
                a.search.as_deref(),
                a.limit,
                &mut |c| Ok(sink.row(&customer_row(&c))?),
            )?;
            sink.finish()?;
        }
        CustomerCmd::Show { id } => {
            let conn = app.session("customer.show")?;
            let c = ops::get(&conn, &id)?;
            let mut r = customer_record(&c);
            let mut purchases = Listing::new(PURCHASE_COLUMNS_SHOW);
            for p in ops::list_purchases(&conn, Some(&c.id))? {
                purchases.push(purchase_show_row(&p));
            }
            r.sections.push(("purchases", purchases));
            r.sections
                .push(("tickets", super::ticket::customer_tickets(&conn, &c.id)?));
            let complaints = super::complaint::customer_section(app, &conn, &c.id)?;
            r.sections.push(("complaints", complaints));
            r.sections.push((
                "callbacks",
                super::callback::customer_section(&conn, &c.id)?,
            ));
            app.out.record(&r)?;
        }
        CustomerCmd::Edit(a) => {
            let mut conn = app.session("customer.edit")?;
            let tx = store::write_tx(&mut conn)?;
            let c = ops::edit(
                &tx,
                &app.env(),
                &a.id,
                CustomerInput {
                    id: None,
                    name: a.name,
                    phone: a.phone,
                    email: a.email,
                    address: a.address,
                    region: a.region,
                    tier: a.tier,
                },
            )?;
            tx.commit()?;
            app.show_created(&c.id, &customer_record(&c))?;
        }
        CustomerCmd::Import(a) => {
            return run_import(
                app,
                "customer.import",
                "customers",
                &a,
                References::Database,
                ops::import,
            );
        }
    }
    Ok(0)
}

#[derive(Subcommand, Debug)]
#[command(defer = true)]
pub enum ProductCmd {
    /// Add a product model
    Add(ProductAddArgs),
    /// List products
    List,
    /// Import products from CSV
    Import(ImportArgs),
}

#[derive(Args, Debug)]
pub struct ProductAddArgs {
    /// The model number, e.g. AT-100
    pub model: String,
    #[arg(long)]
    pub name: String,
    #[arg(long)]
    pub category: Option<String>,
    /// The manufacturer's service contact, printed when a warranty has run out
    #[arg(long)]
    pub manufacturer_contact: Option<String>,
}

fn product_row(p: &Product) -> Vec<Cell> {
    vec![
        Cell::text(&p.model),
        Cell::text(&p.name),
        opt(&p.category),
        opt(&p.manufacturer_contact),
    ]
}

pub fn run_product(app: &mut App, c: ProductCmd) -> Result<u8> {
    match c {
        ProductCmd::Add(a) => {
            let mut conn = app.session("product.add")?;
            let tx = store::write_tx(&mut conn)?;
            let p = ops::add_product(
                &tx,
                &app.env(),
                ops::ProductInput {
                    model: a.model,
                    name: a.name,
                    category: a.category,
                    manufacturer_contact: a.manufacturer_contact,
                },
            )?;
            tx.commit()?;
            let r = Record {
                fields: ops::PRODUCT_COLUMNS
                    .iter()
                    .copied()
                    .zip(product_row(&p))
                    .collect(),
                sections: Vec::new(),
            };
            app.show_created(&p.model, &r)?;
        }
        ProductCmd::List => {
            let conn = app.session("product.list")?;
            let mut l = Listing::new(ops::PRODUCT_COLUMNS);
            for p in ops::list_products(&conn)? {
                l.push(product_row(&p));
            }
            app.out.list(&l)?;
        }
        ProductCmd::Import(a) => {
            return run_import(
                app,
                "product.import",
                "products",
                &a,
                References::Database,
                ops::import_products,
            );
        }
    }
    Ok(0)
}

#[derive(Subcommand, Debug)]
#[command(defer = true)]
pub enum PurchaseCmd {
    /// Record a purchase (a value ≥ customers.vip_min_purchase makes the customer VIP)
    Add(PurchaseAddArgs),
    /// List purchases
    List {
        /// Only this customer's
        #[arg(long)]
        customer: Option<String>,
    },
    /// Import purchases from CSV
    Import(ImportArgs),
}

#[derive(Args, Debug)]
pub struct PurchaseAddArgs {
    #[arg(long)]
    pub customer: String,
    /// Product model
    #[arg(long)]
    pub product: String,
    #[arg(long)]
    pub serial: Option<String>,
    #[arg(long)]
    pub qty: Option<String>,
    /// Amount paid
    #[arg(long)]
    pub value: String,
    /// Purchase date YYYY-MM-DD
    #[arg(long)]
    pub purchased: String,
    /// Date the customer received it (warranty windows count from here)
    #[arg(long)]
    pub received: Option<String>,
    /// Order number
    #[arg(long)]
    pub order: Option<String>,
}

const PURCHASE_COLUMNS_SHOW: &[&str] = &[
    "id",
    "product",
    "serial",
    "qty",
    "value",
    "purchased",
    "received",
    "order",
];

fn purchase_row(p: &Purchase) -> Vec<Cell> {
    vec![
        Cell::Int(p.id),
        Cell::text(&p.customer_id),
        Cell::text(&p.product),
        opt(&p.serial),
        Cell::Int(p.qty),
        Cell::Num(p.value),
        Cell::text(&p.purchased),
        opt(&p.received),
        opt(&p.order_no),
    ]
}

fn purchase_show_row(p: &Purchase) -> Vec<Cell> {
    let mut r = purchase_row(p);
    r.remove(1);
    r
}

pub fn run_purchase(app: &mut App, c: PurchaseCmd) -> Result<u8> {
    match c {
        PurchaseCmd::Add(a) => {
            let mut conn = app.session("purchase.add")?;
            let tx = store::write_tx(&mut conn)?;
            let p = ops::add_purchase(
                &tx,
                &app.env(),
                ops::PurchaseInput {
                    customer: a.customer,
                    product: a.product,
                    serial: a.serial,
                    qty: a.qty,
                    value: a.value,
                    purchased: a.purchased,
                    received: a.received,
                    order: a.order,
                },
            )?;
            tx.commit()?;
            let r = Record {
                fields: ops::PURCHASE_COLUMNS
                    .iter()
                    .copied()
                    .zip(purchase_row(&p))
                    .collect(),
                sections: Vec::new(),
            };
            app.show_created(&p.id.to_string(), &r)?;
        }
        PurchaseCmd::List { customer } => {
            let conn = app.session("purchase.list")?;
            let mut l = Listing::new(ops::PURCHASE_COLUMNS);
            for p in ops::list_purchases(&conn, customer.as_deref())? {
                l.push(purchase_row(&p));
            }
            app.out.list(&l)?;
        }
        PurchaseCmd::Import(a) => {
            return run_import(
                app,
                "purchase.import",
                "purchases",
                &a,
                References::Database,
                ops::import_purchases,
            );
        }
    }
    Ok(0)
}
