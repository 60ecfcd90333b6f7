//! `svc history ID`, `svc audit [verify]`.

use clap::{Args, Subcommand};

use crate::cli::{App, day_bounds};
use crate::error::{self, Result};
use crate::ops;
use crate::output::{Cell, Listing, Out};
use crate::store::audit::{Event, Filter};

#[derive(Args, Debug)]
pub struct HistoryArgs {
    /// A record id: KH…, T-1, C-1, CB-1, PO-1, a SKU, …
    pub id: String,
}

#[derive(Args, Debug)]
pub struct AuditArgs {
    #[command(subcommand)]
    pub verb: Option<AuditVerb>,
    /// Only events by this staff member
    #[arg(long)]
    pub actor: Option<String>,
    /// Only events of this record
    #[arg(long)]
    pub entity: Option<String>,
    /// From this day (inclusive)
    #[arg(long)]
    pub since: Option<String>,
    /// Up to this day (inclusive)
    #[arg(long)]
    pub until: Option<String>,
    #[arg(long)]
    pub limit: Option<i64>,
}

#[derive(Subcommand, Debug)]
#[command(defer = true)]
pub enum AuditVerb {
    /// Check the hash chain; name the first event altered or removed behind svc's back
    Verify,
}

const COLUMNS: &[&str] = &["event", "at", "actor", "entity", "action", "old", "new"];

fn listing(out: &Out, events: Vec<Event>) -> Listing {
    let mut l = Listing::new(COLUMNS);
    for e in events {
        l.push(vec![
            Cell::Int(e.id),
            Cell::Time(e.at),
            Cell::text(e.actor),
            Cell::text(e.entity),
            Cell::text(e.action),
            Cell::opt_text(e.old.map(|t| out.mask_json_text(&t))),
            Cell::opt_text(e.new.map(|t| out.mask_json_text(&t))),
        ]);
    }
    l
}

pub fn history(app: &mut App, a: HistoryArgs) -> Result<u8> {
    let conn = app.session("history.show")?;
    let events = ops::audit::history(&conn, a.id.trim())?;
    if events.is_empty() {
        return Err(error::not_found(format!("no history for {}", a.id))
            .hint("use the full id, e.g. T-42 or KH20261122001"));
    }
    let l = listing(&app.out, events);
    app.out.list(&l)?;
    Ok(0)
}

pub fn audit(app: &mut App, a: AuditArgs) -> Result<u8> {
    match a.verb {
        Some(AuditVerb::Verify) => {
            let conn = app.session("audit.verify")?;
            match ops::audit::verify(&conn)? {
                None => {
                    app.out
                        .essential("audit trail intact: every event matches its hash chain")?;
                    Ok(0)
                }
                Some((id, why)) => Err(error::refused(format!(
                    "audit trail broken at event {id}: {why}"
                ))
                .hint(
                    "the database was changed outside svc; restore from a backup and investigate",
                )),
            }
        }
        None => {
            let conn = app.session("audit.list")?;
            let (since, until) = day_bounds(app, a.since.as_deref(), a.until.as_deref())?;
            let events = ops::audit::list(
                &conn,
                &Filter {
                    actor: a.actor,
                    entity: a.entity,
                    since,
                    until,
                    limit: a.limit,
                },
            )?;
            let l = listing(&app.out, events);
            app.out.list(&l)?;
            Ok(0)
        }
    }
}
