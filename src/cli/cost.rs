//! `svc cost …`: costs booked on tickets.

use clap::{Args, Subcommand};

use crate::cli::{App, day_bounds, opt};
use crate::error::Result;
use crate::ops::cost as ops;
use crate::output::{Cell, Record};
use crate::store::{self, cost::Cost};

#[derive(Subcommand, Debug)]
#[command(defer = true)]
pub enum CostCmd {
    /// Book a cost on a ticket
    #[command(after_help = "Examples:
  svc cost add --ticket T-42 --kind travel --amount 120 --note \"往返打车\"
Labour is also booked by ticket resolve --hours, parts by parts use.")]
    Add(CostAddArgs),
    /// List costs
    List(CostListArgs),
}

#[derive(Args, Debug)]
pub struct CostAddArgs {
    /// The ticket (T-42 or 42)
    #[arg(long)]
    pub ticket: String,
    /// What the cost is for
    #[arg(long, value_parser = ["labour", "parts", "travel", "other"])]
    pub kind: String,
    /// Above 0, at most 1000000000, in the policy's currency
    #[arg(long, allow_negative_numbers = true)]
    pub amount: f64,
    /// What it was for
    #[arg(long)]
    pub note: Option<String>,
}

#[derive(Args, Debug)]
pub struct CostListArgs {
    /// Only this ticket's (T-42 or 42)
    #[arg(long)]
    pub ticket: Option<String>,
    /// From this day (inclusive)
    #[arg(long, value_name = "DATE")]
    pub since: Option<String>,
    /// Up to this day (inclusive)
    #[arg(long, value_name = "DATE")]
    pub until: Option<String>,
    /// At most this many rows
    #[arg(long)]
    pub limit: Option<i64>,
}

fn cost_row(c: &Cost) -> Vec<Cell> {
    vec![
        Cell::Int(c.id),
        Cell::opt_text(c.ticket_id.map(|t| format!("T-{t}"))),
        Cell::text(&c.kind),
        Cell::Num(c.amount),
        opt(&c.note),
        Cell::Time(c.at),
        Cell::text(&c.actor),
    ]
}

pub fn run(app: &mut App, c: CostCmd) -> Result<u8> {
    match c {
        CostCmd::Add(a) => {
            let mut conn = app.session("cost.add")?;
            let tx = store::write_tx(&mut conn)?;
            let c = ops::add(
                &tx,
                &app.env(),
                &a.ticket,
                &a.kind,
                a.amount,
                a.note.as_deref(),
            )?;
            tx.commit()?;
            let r = Record {
                fields: ops::COST_COLUMNS
                    .iter()
                    .copied()
                    .zip(cost_row(&c))
                    .collect(),
                sections: Vec::new(),
            };
            app.show_created(&c.id.to_string(), &r)?;
        }
        CostCmd::List(a) => {
            let (since, until) = day_bounds(app, a.since.as_deref(), a.until.as_deref())?;
            let conn = app.session("cost.list")?;
            let mut sink = app.out.begin(ops::COST_COLUMNS)?;
            ops::list(
                &conn,
                a.ticket.as_deref(),
                since,
                until,
                a.limit,
                &mut |c| Ok(sink.row(&cost_row(&c))?),
            )?;
            sink.finish()?;
        }
    }
    Ok(0)
}
