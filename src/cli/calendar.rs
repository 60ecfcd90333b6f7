//! `svc calendar due|show`: the policy's business calendar. Needs no database; when the
//! database exists, the acting staff needs `calendar.due` / `calendar.show`.

use clap::{Args, Subcommand};

use crate::cli::App;
use crate::error::Result;
use crate::ops::calendar as ops;
use crate::output::{Cell, Format, Listing, Record};

#[derive(Subcommand, Debug)]
#[command(defer = true)]
pub enum CalendarCmd {
    /// When something started at --from with target --add is due
    #[command(after_help = "Examples:
  svc calendar due --from \"2026-09-25 17:00\" --add 3wd     due at the close of the 3rd working day
  svc calendar due --from \"2026-09-25 16:00\" --add 8bh     8 business hours
  svc calendar due --add 24h                                 from now, wall clock")]
    Due(DueArgs),
    /// Each day of a month: working, weekend, holiday or make-up working day, with its hours
    Show(ShowArgs),
}

#[derive(Args, Debug)]
pub struct DueArgs {
    /// The start: RFC 3339 or "YYYY-MM-DD[ HH:MM]" in the policy's zone [default: now]
    #[arg(long, value_name = "TIME")]
    pub from: Option<String>,
    /// The target: 30m, 24h, 2d (wall clock), 8bh (business hours), 3wd (working days), 2y
    #[arg(long, value_name = "DURATION")]
    pub add: String,
}

#[derive(Args, Debug)]
pub struct ShowArgs {
    /// The month, YYYY-MM [default: the current month]
    #[arg(long, value_name = "YYYY-MM")]
    pub month: Option<String>,
}

const DAY_COLUMNS: &[&str] = &["date", "weekday", "kind", "hours"];

/// Check the permission when there is a database to hold the staff; without one the
/// calendar is a pure function of the policy, like `policy check`.
fn authorize(app: &mut App, perm: &str) -> Result<()> {
    if app.global.db.exists() {
        app.session(perm)?;
    }
    Ok(())
}

pub fn run(app: &mut App, c: CalendarCmd) -> Result<u8> {
    match c {
        CalendarCmd::Due(a) => {
            let (from, d, due) = ops::due(&app.env(), a.from.as_deref(), &a.add)?;
            authorize(app, "calendar.due")?;
            if app.out.format == Format::Table {
                let line = crate::domain::time::fmt_table(due, app.policy.tz());
                app.out.essential(&line)?;
            } else {
                let r = Record {
                    fields: vec![
                        ("from", Cell::Time(from)),
                        ("add", Cell::text(d.to_string())),
                        ("due", Cell::Time(due)),
                    ],
                    sections: Vec::new(),
                };
                app.out.record(&r)?;
            }
        }
        CalendarCmd::Show(a) => {
            let days = ops::month(&app.env(), a.month.as_deref())?;
            authorize(app, "calendar.show")?;
            let mut l = Listing::new(DAY_COLUMNS);
            for d in days {
                l.push(vec![
                    Cell::text(d.date.to_string()),
                    Cell::text(d.date.strftime("%a").to_string()),
                    Cell::text(d.kind.as_str()),
                    Cell::text(d.hours),
                ]);
            }
            app.out.list(&l)?;
        }
    }
    Ok(0)
}
