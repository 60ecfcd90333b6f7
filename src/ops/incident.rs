//! Emergencies [000 §8]: declare an incident (or a drill), link the tickets and
//! complaints it caused, list the customers to contact, close it with a summary.

use rusqlite::{Connection, Transaction};

use crate::domain::validate;
use crate::error::{self, Result};
use crate::ops::{Env, parse_number_id};
use crate::store::{self, incident, records};

pub use crate::store::incident::{Affected, Counts, Incident};

pub const KINDS: &[&str] = &["product_failure", "disaster", "other"];

/// Records an incident can be linked to, by id prefix.
const LINKABLE: &[&str] = &["T", "C"];

pub fn id_of(i: &Incident) -> String {
    format!("INC-{}", i.id)
}

pub struct NewIncident {
    pub title: String,
    pub kind: String,
    pub product: Option<String>,
    pub region: Option<String>,
    pub drill: bool,
}

pub fn declare(tx: &Transaction, env: &Env, n: NewIncident) -> Result<Incident> {
    let title = validate::line("title", &n.title).map_err(error::usage)?;
    if !KINDS.contains(&n.kind.as_str()) {
        return Err(
            error::usage(format!("unknown incident kind \"{}\"", n.kind))
                .hint(format!("kinds: {}", KINDS.join(", "))),
        );
    }
    let product = n
        .product
        .map(|p| validate::line("product", &p))
        .transpose()
        .map_err(error::usage)?;
    let region = n
        .region
        .map(|r| validate::line("region", &r))
        .transpose()
        .map_err(error::usage)?;
    if n.kind == "product_failure" && product.is_none() {
        return Err(
            error::usage("a product_failure incident needs --product MODEL")
                .hint("the product tells svc whom to contact: everyone who bought it"),
        );
    }
    if n.kind == "disaster" && region.is_none() {
        return Err(error::usage("a disaster incident needs --region R")
            .hint("the region tells svc whom to contact: everyone who lives there"));
    }
    if let Some(p) = &product {
        crate::ops::customer::get_product(tx, p)?;
    }
    let i = Incident {
        id: store::next_number(tx, "INC")?,
        title,
        kind: n.kind,
        product,
        region,
        drill: n.drill,
        status: "open".into(),
        declared_at: env.now,
        declared_by: env.actor.to_string(),
        closed_at: None,
        closed_by: None,
        summary: None,
    };
    incident::insert(tx, &i)?;
    env.record(
        tx,
        &id_of(&i),
        "incident.declare",
        None,
        Some(&serde_json::to_value(&i).unwrap_or_default()),
    )?;
    Ok(i)
}

/// The incident named `INC-n` or `n`.
pub fn get(conn: &Connection, id: &str) -> Result<Incident> {
    let n = parse_number_id("INC", id)?;
    incident::get(conn, n)?.ok_or_else(|| {
        error::not_found(format!("no incident INC-{n}"))
            .hint("see `svc incident list` for the incidents svc knows")
    })
}

fn open(conn: &Connection, id: &str) -> Result<Incident> {
    let i = get(conn, id)?;
    if i.status != "open" {
        return Err(error::refused(format!("{} is closed", id_of(&i)))
            .hint("declare a new incident for what happens now"));
    }
    Ok(i)
}

/// `T-3` or `C-7` (case-insensitive), as its kind and number.
fn parse_target(s: &str) -> Result<(&'static records::RecordKind, i64)> {
    let t = s.trim();
    let kind = t.split_once('-').and_then(|(p, _)| {
        records::KINDS
            .iter()
            .find(|k| LINKABLE.contains(&k.prefix) && k.prefix.eq_ignore_ascii_case(p))
    });
    match kind {
        Some(k) => Ok((k, parse_number_id(k.prefix, &t.to_uppercase())?)),
        None => Err(
            error::usage(format!("\"{s}\" is not a ticket or complaint id"))
                .hint("link a ticket T-42 or a complaint C-7"),
        ),
    }
}

/// Link a ticket or complaint to an open incident; it must exist.
pub fn link(tx: &Transaction, env: &Env, id: &str, target: &str) -> Result<(Incident, String)> {
    let i = open(tx, id)?;
    let (kind, number) = parse_target(target)?;
    let target = format!("{}-{number}", kind.prefix);
    if !records::exists(tx, kind, number)? {
        return Err(error::not_found(format!("no {} {target}", kind.name)));
    }
    if incident::is_linked(tx, i.id, &target)? {
        return Err(error::refused(format!(
            "{target} is already linked to {}",
            id_of(&i)
        )));
    }
    incident::link(tx, i.id, &target, env.now, env.actor)?;
    env.record(
        tx,
        &id_of(&i),
        "incident.link",
        None,
        Some(&serde_json::json!({ "target": target })),
    )?;
    Ok((i, target))
}

pub fn close(tx: &Transaction, env: &Env, id: &str, summary: &str) -> Result<Incident> {
    let before = open(tx, id)?;
    let summary = validate::text("summary", summary).map_err(error::usage)?;
    incident::close(tx, before.id, env.now, env.actor, &summary)?;
    let after = incident::get(tx, before.id)?.unwrap_or_default();
    env.record(
        tx,
        &id_of(&after),
        "incident.close",
        Some(&serde_json::json!({ "status": before.status })),
        Some(&serde_json::json!({ "status": after.status, "summary": summary })),
    )?;
    Ok(after)
}

/// The outreach list: everyone who bought the incident's product or lives in its region.
pub fn customers(conn: &Connection, id: &str) -> Result<(Incident, Vec<Affected>)> {
    let i = get(conn, id)?;
    let rows = if i.product.is_none() && i.region.is_none() {
        Vec::new()
    } else {
        incident::affected(conn, i.product.as_deref(), i.region.as_deref())?
    };
    Ok((i, rows))
}

/// The records linked to an incident.
pub fn links(conn: &Connection, i: &Incident) -> Result<Vec<String>> {
    incident::links(conn, i.id)
}

/// Incidents with the records linked to each.
pub fn list(
    conn: &Connection,
    status: Option<&str>,
    since: Option<i64>,
    until: Option<i64>,
    limit: Option<i64>,
) -> Result<Vec<(Incident, Vec<String>)>> {
    incident::list(conn, status, since, until, limit)?
        .into_iter()
        .map(|i| {
            let links = incident::links(conn, i.id)?;
            Ok((i, links))
        })
        .collect()
}

/// Incidents and drills declared in [since, until), counted apart.
pub fn counts(conn: &Connection, since: i64, until: i64) -> Result<Counts> {
    incident::count_declared(conn, since, until)
}
