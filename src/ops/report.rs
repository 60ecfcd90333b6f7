//! The monthly review [000 §9, 001 §3(三) step 4, 003 step 6] and the period
//! reports: what came in, how fast it was handled, what keeps going wrong, how
//! satisfied customers are and what it cost. Reads only.

use std::collections::BTreeMap;

use jiff::civil::Date;
use jiff::{Span, Timestamp};
use rusqlite::Connection;

use crate::domain::report as rules;
use crate::domain::{budget, time};
use crate::error::{self, Result};
use crate::ops::Env;
use crate::ops::cost;
use crate::store::{callback as callback_db, cost as cost_db, incident, report as db};

pub use db::{Complaints, Engineer, PartUse, Satisfaction, Volume};

/// Whole days `first..=last` in the policy time zone, as epoch bounds [since, until).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Period {
    pub first: Date,
    pub last: Date,
    pub since: i64,
    pub until: i64,
}

impl Period {
    pub fn new(env: &Env, first: Date, last: Date) -> Period {
        let tz = env.policy.tz();
        Period {
            first,
            last,
            since: time::start_of_day(first, tz),
            until: time::start_of_day(last.tomorrow().unwrap_or(last), tz),
        }
    }

    /// The calendar month holding `day`.
    pub fn month_of(env: &Env, day: Date) -> Period {
        let first = day.first_of_month();
        Period::new(env, first, day.last_of_month())
    }

    /// The calendar month before this period's first day.
    pub fn previous_month(&self, env: &Env) -> Period {
        let before = self.first.yesterday().unwrap_or(self.first);
        Period::month_of(env, before)
    }

    pub fn days(&self) -> impl Iterator<Item = Date> + use<> {
        let last = self.last;
        self.first
            .series(Span::new().days(1))
            .take_while(move |d| *d <= last)
    }

    /// `2026-12`, or `2026-11-21..2026-12-20`.
    pub fn label(&self) -> String {
        if self.first.day() == 1 && self.last == self.first.last_of_month() {
            self.first.strftime("%Y-%m").to_string()
        } else {
            format!("{}..{}", self.first, self.last)
        }
    }
}

fn today(env: &Env) -> Date {
    time::zoned(env.now, env.policy.tz()).date()
}

/// The month of `--month`, or the last full month before `--now`. A month that
/// starts after `--now` has nothing to report yet and is refused.
pub fn month(env: &Env, month: Option<&str>) -> Result<Period> {
    let today = today(env);
    let p = match month {
        None => Period::month_of(env, today).previous_month(env),
        Some(s) => {
            let (y, m) =
                rules::parse_month(s).map_err(|e| error::usage(format!("--month: {e}")))?;
            let first = Date::new(y, m, 1).map_err(|e| error::usage(format!("--month: {e}")))?;
            Period::month_of(env, first)
        }
    };
    if p.first > today {
        return Err(error::usage(format!(
            "--month {} has not started at --now ({today})",
            p.label()
        ))
        .hint("leave --month out for the last full month"));
    }
    Ok(p)
}

/// How many days a period report covers when neither end is given.
pub const DEFAULT_DAYS: i64 = 30;

/// `--since`/`--until` as a period; both inclusive. Missing ends: the 30 days
/// ending today, or 30 days from `--since` / up to `--until`.
pub fn between(env: &Env, since: Option<Date>, until: Option<Date>) -> Result<Period> {
    let back = |d: Date| {
        d.checked_sub(Span::new().days(DEFAULT_DAYS - 1))
            .unwrap_or(d)
    };
    let (first, last) = match (since, until) {
        (Some(a), Some(b)) => (a, b),
        (Some(a), None) => (a, today(env).max(a)),
        (None, Some(b)) => (back(b), b),
        (None, None) => (back(today(env)), today(env)),
    };
    if last < first {
        return Err(error::usage(format!(
            "--until {last} is before --since {first}"
        )));
    }
    Ok(Period::new(env, first, last))
}

/// One metric's clocks.
#[derive(Clone, Debug, PartialEq)]
pub struct Sla {
    /// ticket | complaint
    pub kind: &'static str,
    /// first_response | resolve | plan
    pub metric: &'static str,
    pub clocks: db::Clocks,
}

impl Sla {
    /// met ÷ (met + breached); `None` when nothing was decided.
    pub fn met_share(&self) -> Option<f64> {
        share(self.clocks.met, self.clocks.met + self.clocks.breached)
    }
}

/// `part ÷ whole`, `None` for an empty whole.
pub fn share(part: i64, whole: i64) -> Option<f64> {
    (whole > 0).then(|| part as f64 / whole as f64)
}

pub fn sla(conn: &Connection, env: &Env, p: &Period) -> Result<Vec<Sla>> {
    Ok(vec![
        Sla {
            kind: "ticket",
            metric: "first_response",
            clocks: db::first_response(conn, p.since, p.until, env.now)?,
        },
        Sla {
            kind: "ticket",
            metric: "resolve",
            clocks: db::resolve(conn, p.since, p.until, env.now)?,
        },
        Sla {
            kind: "complaint",
            metric: "plan",
            clocks: db::complaint_plan(conn, p.since, p.until, env.now)?,
        },
    ])
}

/// Counts of one day.
#[derive(Clone, Debug, PartialEq)]
pub struct Day {
    pub date: Date,
    pub opened: i64,
    pub resolved: i64,
    pub complaints: i64,
}

pub fn daily(conn: &Connection, env: &Env, p: &Period) -> Result<Vec<Day>> {
    p.days()
        .map(|d| {
            let day = Period::new(env, d, d);
            let (opened, resolved, complaints) = db::day_counts(conn, day.since, day.until)?;
            Ok(Day {
                date: d,
                opened,
                resolved,
                complaints,
            })
        })
        .collect()
}

/// Time to resolve the tickets of one category, in business minutes on the
/// policy calendar, from the start of the resolve clock (the opening or the
/// last reopen) to the resolution.
#[derive(Clone, Debug, PartialEq)]
pub struct Resolution {
    pub category: String,
    pub resolved: i64,
    pub mean_minutes: f64,
    pub median_minutes: f64,
}

fn summarize(category: String, minutes: Vec<i64>) -> Resolution {
    let (mean_minutes, median_minutes) = rules::mean_median(minutes.clone());
    Resolution {
        category,
        resolved: minutes.len() as i64,
        mean_minutes,
        median_minutes,
    }
}

/// Per category (alphabetical), and all categories together.
pub fn resolution(
    conn: &Connection,
    env: &Env,
    p: &Period,
) -> Result<(Vec<Resolution>, Resolution)> {
    let cal = &env.policy.calendar;
    let mut by: BTreeMap<String, Vec<i64>> = BTreeMap::new();
    let mut all = Vec::new();
    for r in db::resolved(conn, p.since, p.until)? {
        let at = |s: i64| Timestamp::from_second(s).unwrap_or(Timestamp::UNIX_EPOCH);
        let m = cal.business_minutes_between(at(r.clock_start), at(r.resolved_at));
        all.push(m);
        by.entry(r.category).or_default().push(m);
    }
    let rows = by.into_iter().map(|(c, m)| summarize(c, m)).collect();
    Ok((rows, summarize("all".into(), all)))
}

pub use rules::{Problem, TOP};

/// The most frequent (category, product) pairs among tickets opened in `p`,
/// most first (ties: the bigger rise, then by name), with their count in `before`.
pub fn top_problems(conn: &Connection, p: &Period, before: &Period) -> Result<Vec<Problem>> {
    let now = db::problems(conn, p.since, p.until)?;
    let then = db::problems(conn, before.since, before.until)?;
    Ok(rules::rank_problems(now, &then))
}

/// Incidents and drills declared and closed in the period.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Incidents {
    /// incident | drill
    pub kind: &'static str,
    pub declared: i64,
    pub closed: i64,
}

pub fn incidents(conn: &Connection, p: &Period) -> Result<Vec<Incidents>> {
    let declared = incident::count_declared(conn, p.since, p.until)?;
    let (closed, drills_closed) = db::incidents_closed(conn, p.since, p.until)?;
    Ok(vec![
        Incidents {
            kind: "incident",
            declared: declared.incidents,
            closed,
        },
        Incidents {
            kind: "drill",
            declared: declared.drills,
            closed: drills_closed,
        },
    ])
}

/// One budget category in the month and the year to date.
#[derive(Clone, Debug, PartialEq)]
pub struct CostLine {
    pub category: String,
    pub actual: f64,
    /// The month's twelfth of the year's budget; `None` without a budget line.
    pub share: Option<f64>,
    pub ytd: f64,
    pub year_budget: Option<f64>,
}

/// Costs of a month against the year's budget.
#[derive(Clone, Debug, PartialEq)]
pub struct Costs {
    pub year: i16,
    /// `budget.2027` or `budget.default`; `None` without a budget.
    pub source: Option<String>,
    pub lines: Vec<CostLine>,
}

/// Budget categories are the budget table's, then any category with costs but
/// no budget line; cost kinds map to them as in `report costs`.
pub fn costs(conn: &Connection, env: &Env, p: &Period) -> Result<Costs> {
    let year = p.first.year();
    let (source, table) = cost::budget_of(env, year);
    let year_start = Period::new(env, p.first.first_of_year(), p.last);
    let mut lines: BTreeMap<String, CostLine> = table
        .iter()
        .filter(|(k, _)| *k != "warn_at")
        .map(|(k, v)| {
            (
                k.clone(),
                CostLine {
                    category: k.clone(),
                    actual: 0.0,
                    share: Some(v / 12.0),
                    ytd: 0.0,
                    year_budget: Some(*v),
                },
            )
        })
        .collect();
    let month = cost_db::totals_by_kind(conn, p.since, p.until)?;
    let ytd = cost_db::totals_by_kind(conn, year_start.since, year_start.until)?;
    for (rows, in_month) in [(&month, true), (&ytd, false)] {
        for (kind, amount) in rows {
            let c = budget::category_for(kind, &table);
            let l = lines.entry(c.clone()).or_insert_with(|| CostLine {
                category: c,
                actual: 0.0,
                share: None,
                ytd: 0.0,
                year_budget: None,
            });
            if in_month {
                l.actual += amount;
            } else {
                l.ytd += amount;
            }
        }
    }
    Ok(Costs {
        year,
        source,
        lines: lines.into_values().collect(),
    })
}

/// Everything of the monthly review.
pub struct Monthly {
    pub period: Period,
    pub previous: Period,
    pub volume: Vec<Volume>,
    pub daily: Vec<Day>,
    pub sla: Vec<Sla>,
    pub resolution: Vec<Resolution>,
    pub resolution_all: Resolution,
    pub top_problems: Vec<Problem>,
    pub complaints: Vec<Complaints>,
    pub incidents: Vec<Incidents>,
    pub satisfaction: Vec<Satisfaction>,
    /// All callbacks that ended in the month together.
    pub satisfaction_all: callback_db::Satisfaction,
    pub parts: Vec<PartUse>,
    /// Purchase orders created in the month, and their value.
    pub orders: (i64, f64),
    pub costs: Costs,
    pub engineers: Vec<Engineer>,
}

pub fn monthly(conn: &Connection, env: &Env, p: Period) -> Result<Monthly> {
    let previous = p.previous_month(env);
    let (resolution, resolution_all) = resolution(conn, env, &p)?;
    Ok(Monthly {
        volume: db::volume(conn, p.since, p.until)?,
        daily: daily(conn, env, &p)?,
        sla: sla(conn, env, &p)?,
        resolution,
        resolution_all,
        top_problems: top_problems(conn, &p, &previous)?,
        complaints: db::complaints(conn, p.since, p.until)?,
        incidents: incidents(conn, &p)?,
        satisfaction: db::satisfaction(conn, p.since, p.until)?,
        satisfaction_all: callback_db::satisfaction(conn, p.since, p.until)?,
        parts: db::parts(conn, p.since, p.until)?,
        orders: db::orders(conn, p.since, p.until)?,
        costs: costs(conn, env, &p)?,
        engineers: db::engineers(conn, p.since, p.until)?,
        period: p,
        previous,
    })
}

pub fn complaints(conn: &Connection, p: &Period) -> Result<Vec<Complaints>> {
    db::complaints(conn, p.since, p.until)
}

pub fn engineers(conn: &Connection, p: &Period) -> Result<Vec<Engineer>> {
    db::engineers(conn, p.since, p.until)
}

pub fn parts(conn: &Connection, p: &Period) -> Result<Vec<PartUse>> {
    db::parts(conn, p.since, p.until)
}
