//! `svc report …`: reports over the desk's records.

use clap::{Args, Subcommand};

use crate::cli::App;
use crate::error::{self, Result};
use crate::ops::cost;
use crate::output::{Cell, Listing};

#[derive(Subcommand, Debug)]
pub enum ReportCmd {
    /// The year's costs against the budget per category, with a projection to year end
    #[command(
        after_help = "Cost kinds count against budget categories: labour → repair,
travel → travel, parts → parts, other → repair (→ other when the budget has an `other` key).
The budget is policy [budget.<year>], else [budget.default]; warn_at is the threshold.
The projection is actual ÷ the fraction of the year elapsed at --now."
    )]
    Costs(CostsArgs),
}

#[derive(Args, Debug)]
pub struct CostsArgs {
    /// The year [default: the year of --now]
    #[arg(long, value_parser = clap::value_parser!(i16).range(1970..=9998))]
    pub year: Option<i16>,
    /// Exit 10 when a category has used warn_at or more of its budget
    #[arg(long)]
    pub exit_code: bool,
}

pub fn run(app: &mut App, c: ReportCmd) -> Result<u8> {
    match c {
        ReportCmd::Costs(a) => costs(app, a),
    }
}

const COST_COLUMNS: &[&str] = &[
    "category",
    "budget",
    "actual",
    "used_pct",
    "projection",
    "projected_pct",
    "status",
];

fn pct(x: Option<f64>) -> Cell {
    x.map_or(Cell::Null, |f| Cell::Num(f * 100.0))
}

fn costs(app: &mut App, a: CostsArgs) -> Result<u8> {
    let conn = app.session("report.costs")?;
    let r = cost::report(&conn, &app.env(), a.year)?;
    let currency = app.policy.policy.costs.currency.clone();
    app.out.say(&format!(
        "costs {} ({currency}) against {}; {:.0}% of the year elapsed; warn at {:.0}%",
        r.year,
        r.source.as_deref().unwrap_or("no budget"),
        r.elapsed * 100.0,
        r.warn_at * 100.0
    ))?;
    let mut l = Listing::new(COST_COLUMNS);
    for line in &r.lines {
        let projected = match (line.projection, line.budget) {
            (Some(p), Some(b)) if b > 0.0 => Some(p / b),
            _ => None,
        };
        l.push(vec![
            Cell::text(&line.category),
            line.budget.map_or(Cell::Null, Cell::Num),
            Cell::Num(line.actual),
            pct(line.used),
            line.projection.map_or(Cell::Null, Cell::Num),
            pct(projected),
            Cell::text(line.status.as_str()),
        ]);
    }
    app.out.list(&l)?;
    Ok(if a.exit_code && r.needs_attention() {
        error::ATTENTION
    } else {
        0
    })
}
