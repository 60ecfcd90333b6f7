//! The warranty decision for a purchase [002]: free exchange shortly after receipt,
//! then free repair, then the manufacturer's (paid) service.

use jiff::Timestamp;

use crate::domain::calendar::{Calendar, Duration};

/// What the desk offers for a defect.
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

fn ts(s: i64) -> Timestamp {
    Timestamp::from_second(s).unwrap_or(if s < 0 {
        Timestamp::MIN
    } else {
        Timestamp::MAX
    })
}

/// Decide from `start` (the first instant of the received date, else the purchase date).
///
/// Windows are counted in whole days, as customers count them: the day on which a window
/// ends still belongs to it ("within 15 days" of a delivery on the 12th includes the 27th).
/// Returns the decision and the rule that decided it, readable.
pub fn decide(
    start: i64,
    now: i64,
    exchange_within: &Duration,
    repair_within: &Duration,
    cal: &Calendar,
) -> (Decision, String) {
    let from = cal.local_date(ts(start));
    let today = cal.local_date(ts(now));
    let days = (today - from).get_days();
    let last_day = |d: &Duration| cal.local_date(cal.add(ts(start), d));
    let since = if days >= 0 {
        format!("{days} days after {from}")
    } else {
        format!("{} days before {from}", -days)
    };
    if today <= last_day(exchange_within) {
        (
            Decision::Exchange,
            format!("{since}: within exchange_within {exchange_within}"),
        )
    } else if today <= last_day(repair_within) {
        (
            Decision::Repair,
            format!(
                "{since}: past exchange_within {exchange_within}, within repair_within {repair_within}"
            ),
        )
    } else {
        (
            Decision::Manufacturer,
            format!("{since}: past repair_within {repair_within}"),
        )
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
        .expect("the example calendar is valid")
    }

    fn t(s: &str) -> i64 {
        parse_time(s, cal().tz()).expect("valid time").as_second()
    }

    #[test]
    fn exchange_then_repair_then_manufacturer() {
        let c = cal();
        let ex = Duration::parse("15d").unwrap();
        let rep = Duration::parse("365d").unwrap();
        let received = t("2026-11-12");
        let cases = [
            (
                "2026-11-12 09:00",
                Decision::Exchange,
                "0 days after 2026-11-12",
            ),
            ("2026-11-22 10:00", Decision::Exchange, "10 days after"),
            // The 15th day counts completely.
            ("2026-11-27 23:59", Decision::Exchange, "15 days after"),
            (
                "2026-11-28 00:00",
                Decision::Repair,
                "past exchange_within 15d",
            ),
            (
                "2027-11-12 18:00",
                Decision::Repair,
                "within repair_within 365d",
            ),
            (
                "2027-11-13 08:00",
                Decision::Manufacturer,
                "past repair_within 365d",
            ),
            // Received in the future (a data-entry slip): still inside the exchange window.
            (
                "2026-11-01 08:00",
                Decision::Exchange,
                "11 days before 2026-11-12",
            ),
        ];
        for (now, want, rule) in cases {
            let (d, text) = decide(received, t(now), &ex, &rep, &c);
            assert_eq!(d, want, "{now}: {text}");
            assert!(text.contains(rule), "{now}: {text}");
        }
    }

    #[test]
    fn working_day_windows_skip_holidays() {
        let c = cal();
        let ex = Duration::parse("3wd").unwrap();
        let rep = Duration::parse("10wd").unwrap();
        // Received Wed 30 Sep: 3 working days are 8, 9 and 10 October (make-up Saturday).
        let received = t("2026-09-30");
        let (d, _) = decide(received, t("2026-10-10 17:00"), &ex, &rep, &c);
        assert_eq!(d, Decision::Exchange);
        let (d, _) = decide(received, t("2026-10-12 09:00"), &ex, &rep, &c);
        assert_eq!(d, Decision::Repair);
    }

    #[test]
    fn names() {
        assert_eq!(Decision::Exchange.as_str(), "exchange");
        assert_eq!(Decision::Repair.as_str(), "repair");
        assert_eq!(Decision::Manufacturer.as_str(), "manufacturer");
    }
}
