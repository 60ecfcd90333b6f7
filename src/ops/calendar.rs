//! `svc calendar due|show`: the business calendar of the policy, for admins checking it
//! and for what-if questions. Reads only the policy.

use jiff::civil::Date;

use crate::domain::calendar::{DayKind, Duration};
use crate::domain::{sla, time};
use crate::error::{self, Result};
use crate::ops::Env;

/// When something started at `from` (default: now) with target `add` is due.
pub fn due(env: &Env, from: Option<&str>, add: &str) -> Result<(i64, Duration, i64)> {
    let tz = env.policy.tz();
    let start = match from {
        Some(s) => time::parse_time(s, tz)
            .map_err(|e| error::usage(format!("--from: {e}")))?
            .as_second(),
        None => env.now,
    };
    let d = Duration::parse(add).map_err(|e| error::usage(format!("--add: {e}")))?;
    Ok((start, d, sla::due(&env.policy.calendar, start, &d)))
}

/// One date of `calendar show`.
pub struct Day {
    pub date: Date,
    pub kind: DayKind,
    /// The working intervals, `09:00-12:00 13:30-18:00`; empty on days off.
    pub hours: String,
}

/// Every date of `month` (`YYYY-MM`, default: the current month).
pub fn month(env: &Env, month: Option<&str>) -> Result<Vec<Day>> {
    let cal = &env.policy.calendar;
    let first = match month {
        Some(m) => parse_month(m)?,
        None => {
            let today = time::zoned(env.now, env.policy.tz()).date();
            today.first_of_month()
        }
    };
    let hours = cal
        .hours()
        .iter()
        .map(|(a, b)| format!("{}-{}", a.strftime("%H:%M"), b.strftime("%H:%M")))
        .collect::<Vec<_>>()
        .join(" ");
    let mut days = Vec::new();
    let mut d = first;
    while d.month() == first.month() {
        let kind = cal.day_kind(d);
        days.push(Day {
            date: d,
            kind,
            hours: if kind.is_working() {
                hours.clone()
            } else {
                String::new()
            },
        });
        match d.tomorrow() {
            Ok(next) => d = next,
            Err(_) => break,
        }
    }
    Ok(days)
}

fn parse_month(s: &str) -> Result<Date> {
    let bad = || {
        error::usage(format!("--month: invalid month \"{s}\"")).hint("use YYYY-MM, e.g. 2026-10")
    };
    let t = s.trim();
    if t.len() != 7 || t.as_bytes()[4] != b'-' {
        return Err(bad());
    }
    time::parse_date(&format!("{t}-01")).map_err(|_| bad())
}

#[cfg(test)]
mod tests {
    #[test]
    fn months_are_strict() {
        assert!(super::parse_month("2026-10").is_ok());
        for bad in ["2026-13", "2026-1", "202610", "2026-10-01", "", "abcd-ef"] {
            assert!(super::parse_month(bad).is_err(), "{bad}");
        }
    }
}
