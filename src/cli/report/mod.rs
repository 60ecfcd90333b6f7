//! `svc report …`: the monthly review, period reports and the budget report.
//! Reports only read (one read transaction), so they run while others work.

mod monthly;
mod page;
mod sections;

use clap::{Args, Subcommand};

use crate::cli::App;
use crate::domain::time;
use crate::error::{self, Result};
use crate::ops::cost;
use crate::ops::report::{self, Period};
use crate::output::{Cell, Listing};
use crate::store;

pub use monthly::MonthlyArgs;

const PERIOD_HELP: &str = "The period is whole days in the policy time zone, both ends included;
without --since and --until it is the 30 days ending today (--now).";

#[derive(Subcommand, Debug)]
#[command(defer = true)]
pub enum ReportCmd {
    /// The monthly review: volume, SLA, time to resolve, top problems, complaints,
    /// satisfaction, parts, costs, engineers
    #[command(after_help = monthly::AFTER_HELP)]
    Monthly(MonthlyArgs),
    /// Complaints by category over a period
    #[command(after_help = PERIOD_HELP)]
    Complaints(PeriodArgs),
    /// Per engineer over a period: resolved, resolved in time, hours, satisfaction
    #[command(after_help = PERIOD_HELP)]
    Engineers(PeriodArgs),
    /// SLA clocks met, breached and pending per metric over a period
    #[command(after_help = PERIOD_HELP)]
    Sla(PeriodArgs),
    /// Parts used, scrapped, received and ordered over a period
    #[command(after_help = PERIOD_HELP)]
    Parts(PeriodArgs),
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

#[derive(Args, Debug)]
pub struct PeriodArgs {
    /// First day (YYYY-MM-DD) [default: 29 days before --until]
    #[arg(long, value_name = "DATE")]
    pub since: Option<String>,
    /// Last day (YYYY-MM-DD), included [default: today]
    #[arg(long, value_name = "DATE")]
    pub until: Option<String>,
}

pub fn run(app: &mut App, c: ReportCmd) -> Result<u8> {
    match c {
        ReportCmd::Monthly(a) => monthly::run(app, a),
        ReportCmd::Complaints(a) => period(app, "report.complaints", a, |conn, _, p| {
            Ok(sections::complaints(&report::complaints(conn, p)?))
        }),
        ReportCmd::Engineers(a) => period(app, "report.engineers", a, |conn, _, p| {
            Ok(sections::engineers(&report::engineers(conn, p)?))
        }),
        ReportCmd::Sla(a) => period(app, "report.sla", a, |conn, env, p| {
            Ok(sections::sla(&report::sla(conn, env, p)?))
        }),
        ReportCmd::Parts(a) => period(app, "report.parts", a, |conn, _, p| {
            Ok(sections::parts(&report::parts(conn, p)?))
        }),
        ReportCmd::Costs(a) => costs(app, a),
    }
}

/// A one-section report over `--since`..`--until`.
fn period(
    app: &mut App,
    perm: &str,
    a: PeriodArgs,
    section: impl FnOnce(&rusqlite::Connection, &crate::ops::Env, &Period) -> Result<Listing>,
) -> Result<u8> {
    let date = |flag: &str, s: &Option<String>| {
        s.as_deref()
            .map(|s| time::parse_date(s).map_err(|e| error::usage(format!("{flag}: {e}"))))
            .transpose()
    };
    let (since, until) = (date("--since", &a.since)?, date("--until", &a.until)?);
    let p = report::between(&app.env(), since, until)?;
    let mut conn = app.session(perm)?;
    let tx = store::read_tx(&mut conn)?;
    let listing = section(&tx, &app.env(), &p)?;
    tx.finish()?;
    app.out
        .say(&format!("{} ({} days)", p.label(), p.days().count()))?;
    app.out.list(&listing)?;
    Ok(0)
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
