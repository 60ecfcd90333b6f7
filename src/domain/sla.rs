//! SLA clocks: due times from targets, pauses that move them, and whether an
//! item is on time, at risk or breached. Times are epoch seconds.

use jiff::Timestamp;

use crate::domain::calendar::{Calendar, Duration};

fn ts(s: i64) -> Timestamp {
    Timestamp::from_second(s).unwrap_or(if s < 0 {
        Timestamp::MIN
    } else {
        Timestamp::MAX
    })
}

/// When a clock started at `start` with `target` is due.
pub fn due(cal: &Calendar, start: i64, target: &Duration) -> i64 {
    cal.add(ts(start), target).as_second()
}

/// The due time after a pause from `from` to `to`: business targets (`bh`, `wd`)
/// move later by the business minutes paused; wall-clock targets by the wall time.
pub fn extend_for_pause(cal: &Calendar, due: i64, target: &Duration, from: i64, to: i64) -> i64 {
    if to <= from {
        return due;
    }
    if target.is_business() {
        let paused = cal.business_minutes_between(ts(from), ts(to));
        cal.add_business_minutes(ts(due), paused).as_second()
    } else {
        due.saturating_add(to - from)
    }
}

/// Where a running clock stands at `now`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Standing {
    OnTime,
    AtRisk,
    Breached,
}

impl Standing {
    pub fn as_str(self) -> &'static str {
        match self {
            Standing::OnTime => "on_time",
            Standing::AtRisk => "at_risk",
            Standing::Breached => "breached",
        }
    }
}

/// Breached once `now` passes `due`; at risk once `warn_at` of the time from
/// `start` to `due` has elapsed (measured in business minutes for business targets).
pub fn standing(
    cal: &Calendar,
    target: &Duration,
    start: i64,
    due: i64,
    now: i64,
    warn_at: f64,
) -> Standing {
    if now > due {
        return Standing::Breached;
    }
    let (elapsed, total) = if target.is_business() {
        (
            cal.business_minutes_between(ts(start), ts(now)),
            cal.business_minutes_between(ts(start), ts(due)),
        )
    } else {
        (now - start, due - start)
    };
    if total > 0 && elapsed as f64 >= warn_at * total as f64 {
        Standing::AtRisk
    } else {
        Standing::OnTime
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
            holidays: &s(&["2026-10-01..2026-10-07"]),
            extra_workdays: &s(&["2026-09-27", "2026-10-10"]),
        })
        .unwrap()
    }

    fn t(s: &str) -> i64 {
        parse_time(s, cal().tz()).unwrap().as_second()
    }

    #[test]
    fn pause_example_of_the_spec() {
        let c = cal();
        let target = Duration::parse("3wd").unwrap();
        let d = due(&c, t("2026-11-02 09:00"), &target);
        assert_eq!(d, t("2026-11-05 18:00"));
        let moved = extend_for_pause(&c, d, &target, t("2026-11-02 14:00"), t("2026-11-03 14:00"));
        assert_eq!(moved, t("2026-11-06 18:00"));
    }

    #[test]
    fn wall_clock_targets_pause_by_wall_time() {
        let c = cal();
        let target = Duration::parse("24h").unwrap();
        let d = due(&c, t("2026-11-02 09:00"), &target);
        assert_eq!(d, t("2026-11-03 09:00"));
        let moved = extend_for_pause(&c, d, &target, t("2026-11-02 14:00"), t("2026-11-03 14:00"));
        assert_eq!(moved, t("2026-11-04 09:00"));
    }

    #[test]
    fn standing_goes_on_time_at_risk_breached() {
        let c = cal();
        let target = Duration::parse("24h").unwrap();
        let start = t("2026-11-02 09:00");
        let d = due(&c, start, &target);
        assert_eq!(
            standing(&c, &target, start, d, t("2026-11-02 10:00"), 0.8),
            Standing::OnTime
        );
        assert_eq!(
            standing(&c, &target, start, d, t("2026-11-03 05:00"), 0.8),
            Standing::AtRisk
        );
        assert_eq!(
            standing(&c, &target, start, d, t("2026-11-03 09:00"), 0.8),
            Standing::AtRisk
        );
        assert_eq!(
            standing(&c, &target, start, d, t("2026-11-03 09:01"), 0.8),
            Standing::Breached
        );
    }

    #[test]
    fn business_targets_measure_risk_in_business_time() {
        let c = cal();
        let target = Duration::parse("8bh").unwrap();
        let start = t("2026-11-02 09:00");
        let d = due(&c, start, &target);
        assert_eq!(d, t("2026-11-03 09:30"));
        // Overnight does not count: Mon 18:00 is 7.5 of 8 business hours (94 %).
        assert_eq!(
            standing(&c, &target, start, d, t("2026-11-02 17:00"), 0.8),
            Standing::AtRisk
        );
        assert_eq!(
            standing(&c, &target, start, d, t("2026-11-02 14:00"), 0.8),
            Standing::OnTime
        );
    }
}
