//! `svc callback list|show|record|schedule`.

use clap::{Args, Subcommand};

use crate::cli::{App, opt};
use crate::domain::callback::Outcome;
use crate::domain::time;
use crate::error::Result;
use crate::ops::callback as ops;
use crate::output::{Cell, Listing, Record};
use crate::store::{
    self,
    callback::{Callback, Filter},
};

#[derive(Subcommand, Debug)]
#[command(defer = true)]
pub enum CallbackCmd {
    /// List callbacks, soonest due first
    List(ListArgs),
    /// One callback with its history
    Show {
        /// Callback id (CB-3 or 3)
        id: String,
    },
    /// Record the result of a call
    Record(RecordArgs),
    /// Schedule a proactive callback
    Schedule(ScheduleArgs),
}

#[derive(Args, Debug)]
pub struct ListArgs {
    /// Only pending callbacks due by the end of today
    #[arg(long)]
    pub due: bool,
    /// Only pending callbacks past their due time
    #[arg(long)]
    pub overdue: bool,
    #[arg(long)]
    pub customer: Option<String>,
    /// pending, done or unreachable
    #[arg(long, value_parser = ["pending", "done", "unreachable"])]
    pub status: Option<String>,
    #[arg(long)]
    pub limit: Option<i64>,
}

#[derive(Args, Debug)]
pub struct RecordArgs {
    /// Callback id
    pub id: String,
    /// satisfied closes a resolved source; unsatisfied reopens it; unreachable tries again a working day later
    #[arg(long, value_enum)]
    pub result: Outcome,
    /// Satisfaction score 1-5
    #[arg(long)]
    pub score: Option<i64>,
    #[arg(long)]
    pub note: Option<String>,
}

#[derive(Args, Debug)]
pub struct ScheduleArgs {
    #[arg(long)]
    pub customer: String,
    /// The ticket or complaint the call is about (T-3, C-2)
    #[arg(long)]
    pub about: Option<String>,
    /// When to call (TIME)
    #[arg(long)]
    pub due: String,
    #[arg(long)]
    pub reason: String,
}

pub const COLUMNS: &[&str] = &[
    "id", "source", "customer", "kind", "reason", "due", "status", "attempts", "result", "score",
    "done_at",
];

pub fn row(c: &Callback) -> Vec<Cell> {
    vec![
        Cell::text(ops::entity(c.id)),
        opt(&c.source),
        Cell::text(&c.customer_id),
        Cell::text(&c.kind),
        Cell::text(&c.reason),
        Cell::Time(c.due_at),
        Cell::text(&c.status),
        Cell::Int(c.attempts),
        opt(&c.result),
        c.score.map_or(Cell::Null, Cell::Int),
        Cell::opt_time(c.done_at),
    ]
}

fn record_of(c: &Callback) -> Record {
    let mut r = Record {
        fields: COLUMNS.iter().copied().zip(row(c)).collect(),
        sections: Vec::new(),
    };
    r.fields.push(("note", opt(&c.note)));
    r
}

pub fn run(app: &mut App, c: CallbackCmd) -> Result<u8> {
    match c {
        CallbackCmd::List(a) => {
            let conn = app.session("callback.list")?;
            let tz = app.policy.tz().clone();
            let due_before = if a.overdue {
                Some(app.now)
            } else if a.due {
                let today = time::zoned(app.now, &tz).date();
                Some(time::start_of_day(today.tomorrow().unwrap_or(today), &tz))
            } else {
                None
            };
            let f = Filter {
                due_before,
                customer: a.customer,
                source: None,
                status: a.status,
                limit: a.limit,
            };
            let mut sink = app.out.begin(COLUMNS)?;
            ops::list(&conn, &f, &mut |c| Ok(sink.row(&row(&c))?))?;
            sink.finish()?;
        }
        CallbackCmd::Show { id } => {
            let conn = app.session("callback.show")?;
            let c = ops::get(&conn, &id)?;
            let mut r = record_of(&c);
            let events = crate::ops::audit::history(&conn, &ops::entity(c.id))?;
            let mut l = Listing::new(&["at", "actor", "action"]);
            for e in events {
                l.push(vec![
                    Cell::Time(e.at),
                    Cell::text(e.actor),
                    Cell::text(e.action),
                ]);
            }
            r.sections.push(("timeline", l));
            app.out.record(&r)?;
        }
        CallbackCmd::Record(a) => {
            let mut conn = app.session("callback.record")?;
            let tx = store::write_tx(&mut conn)?;
            let done = ops::record(&tx, &app.env(), &a.id, a.result, a.score, a.note.as_deref())?;
            tx.commit()?;
            let c = &done.callback;
            app.show_created(&ops::entity(c.id), &record_of(c))?;
            if c.status == "pending" {
                app.out.say(&format!(
                    "attempt {} failed; next try due {}",
                    c.attempts,
                    time::fmt_table(c.due_at, app.policy.tz())
                ))?;
            } else {
                app.out.say(&format!(
                    "callback {}: {}",
                    c.status,
                    c.result.as_deref().unwrap_or("")
                ))?;
            }
            if let Some(n) = &done.source_note {
                app.out.say(n)?;
            }
        }
        CallbackCmd::Schedule(a) => {
            let mut conn = app.session("callback.schedule")?;
            let tx = store::write_tx(&mut conn)?;
            let c = ops::schedule(
                &tx,
                &app.env(),
                &a.customer,
                a.about.as_deref(),
                &a.due,
                &a.reason,
            )?;
            tx.commit()?;
            app.show_created(&ops::entity(c.id), &record_of(&c))?;
        }
    }
    Ok(0)
}

/// The customer's callbacks, newest first, for `customer show`.
pub fn customer_section(conn: &rusqlite::Connection, customer: &str) -> Result<Listing> {
    let mut all = Vec::new();
    let f = Filter {
        customer: Some(customer.to_string()),
        ..Filter::default()
    };
    ops::list(conn, &f, &mut |c| {
        all.push(c);
        Ok(())
    })?;
    let mut l = Listing::new(COLUMNS);
    for c in all.iter().rev() {
        l.push(row(c));
    }
    Ok(l)
}
