//! The warranty decision [002]: a quality defect within `exchange_within` of
//! receipt is exchanged free, then repaired free within `repair_within`, after
//! that it goes to the manufacturer's service.

use jiff::civil::Date;

use crate::domain::calendar::{Calendar, Duration};
use crate::domain::time;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Decision {
    Exchange,
    Repair,
    Manufacturer,
}

impl Decision {
    pub fn as_str(self) -> &'static str {
        match self {
            Decision::Exchange => "exchange",
            Decision::Repair => "repair",
            Decision::Manufacturer => "manufacturer",
        }
    }
}

/// The decision and the readable rule that made it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Verdict {
    pub decision: Decision,
    pub rule: String,
}

/// Which date the windows count from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Since {
    Received(Date),
    /// No received date on record: the purchase date stands in.
    Purchased(Date),
}

fn ago(days: i64) -> String {
    match days {
        0 => "today".into(),
        1 => "1 day ago".into(),
        d if d > 1 => format!("{d} days ago"),
        d => format!("{} days from now", -d),
    }
}

/// Decide at `now` (epoch seconds). Each window runs from the start of the
/// date in the calendar's zone and is measured as the policy's duration says
/// (`15d` is wall-clock days, `10wd` working days); the end itself is inside.
pub fn decide(
    cal: &Calendar,
    since: Since,
    now: i64,
    exchange_within: &Duration,
    repair_within: &Duration,
) -> Verdict {
    let (label, date) = match since {
        Since::Received(d) => ("received", d),
        Since::Purchased(d) => ("purchased", d),
    };
    let start = time::start_of_day(date, cal.tz());
    let today = cal.local_date(jiff::Timestamp::from_second(now).unwrap_or_default());
    let days = date.until(today).map_or(0, |s| i64::from(s.get_days()));
    let head = match since {
        Since::Received(_) => format!("{label} {date}, {}", ago(days)),
        Since::Purchased(_) => format!("{label} {date} (no received date), {}", ago(days)),
    };
    let within = |d: &Duration| now <= crate::domain::sla::due(cal, start, d);
    if within(exchange_within) {
        Verdict {
            decision: Decision::Exchange,
            rule: format!("{head}: within exchange_within {exchange_within}"),
        }
    } else if within(repair_within) {
        Verdict {
            decision: Decision::Repair,
            rule: format!(
                "{head}: past exchange_within {exchange_within}, within repair_within {repair_within}"
            ),
        }
    } else {
        Verdict {
            decision: Decision::Manufacturer,
            rule: format!("{head}: past repair_within {repair_within}"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::calendar::CalendarSpec;
    use crate::domain::time::parse_time;

    fn cal() -> Calendar {
        let s = |v: &[&str]| v.iter().map(|x| x.to_string()).collect::<Vec<_>>();
        Calendar::new(&CalendarSpec {
            timezone: "Asia/Shanghai",
            workdays: &s(&["mon", "tue", "wed", "thu", "fri"]),
            hours: &s(&["09:00-12:00", "13:30-18:00"]),
            holidays: &s(&[]),
            extra_workdays: &s(&[]),
        })
        .unwrap()
    }

    fn at(s: &str) -> i64 {
        parse_time(s, cal().tz()).unwrap().as_second()
    }

    fn date(s: &str) -> Date {
        s.parse().unwrap()
    }

    #[test]
    fn decisions_by_age_of_the_purchase() {
        let ex = Duration::parse("15d").unwrap();
        let rep = Duration::parse("365d").unwrap();
        let cases = [
            // (since, now, decision, rule)
            (
                Since::Received(date("2026-11-17")),
                "2026-11-22 10:00",
                Decision::Exchange,
                "received 2026-11-17, 5 days ago: within exchange_within 15d",
            ),
            (
                Since::Received(date("2026-11-07")),
                "2026-11-22 00:00",
                Decision::Exchange,
                "received 2026-11-07, 15 days ago: within exchange_within 15d",
            ),
            (
                Since::Received(date("2026-11-07")),
                "2026-11-22 00:01",
                Decision::Repair,
                "received 2026-11-07, 15 days ago: past exchange_within 15d, within repair_within 365d",
            ),
            (
                Since::Purchased(date("2026-11-01")),
                "2026-11-22 10:00",
                Decision::Repair,
                "purchased 2026-11-01 (no received date), 21 days ago: past exchange_within 15d, within repair_within 365d",
            ),
            (
                Since::Received(date("2025-01-10")),
                "2026-11-22 10:00",
                Decision::Manufacturer,
                "received 2025-01-10, 681 days ago: past repair_within 365d",
            ),
            (
                Since::Received(date("2026-11-22")),
                "2026-11-22 10:00",
                Decision::Exchange,
                "received 2026-11-22, today: within exchange_within 15d",
            ),
        ];
        for (since, now, decision, rule) in cases {
            let v = decide(&cal(), since, at(now), &ex, &rep);
            assert_eq!(v.decision, decision, "{rule}");
            assert_eq!(v.rule, rule);
        }
    }

    #[test]
    fn working_day_windows_follow_the_calendar() {
        let ex = Duration::parse("2wd").unwrap();
        let rep = Duration::parse("365d").unwrap();
        // Received Fri 2026-11-20: two working days end Tue 2026-11-24 18:00.
        let since = Since::Received(date("2026-11-20"));
        let v = decide(&cal(), since, at("2026-11-24 17:59"), &ex, &rep);
        assert_eq!(v.decision, Decision::Exchange);
        let v = decide(&cal(), since, at("2026-11-24 18:01"), &ex, &rep);
        assert_eq!(v.decision, Decision::Repair);
    }
}
