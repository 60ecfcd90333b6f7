//! Parsing and formatting of times and dates in the policy's time zone.

use jiff::civil::{Date, DateTime};
use jiff::tz::TimeZone;
use jiff::{Timestamp, ZonedDateTime};

/// The IANA time zone `name`. Its file is read straight from the system's zone
/// database when the name is a plain path there: `TimeZone::get` first lists the
/// whole database (some 600 files) to match names case-insensitively, which
/// every command would pay for at start. Anything else goes to `TimeZone::get`.
pub fn zone(name: &str) -> Result<TimeZone, jiff::Error> {
    let plain = !name.is_empty()
        && name
            .split('/')
            .all(|part| !part.is_empty() && !part.starts_with('.'))
        && name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"/_-+".contains(&b));
    if plain {
        let dir = std::env::var_os("TZDIR")
            .map_or_else(|| "/usr/share/zoneinfo".into(), std::path::PathBuf::from);
        if let Ok(bytes) = std::fs::read(dir.join(name))
            && let Ok(tz) = TimeZone::tzif(name, &bytes)
        {
            return Ok(tz);
        }
    }
    TimeZone::get(name)
}

/// `TIME`: RFC 3339 with an offset, or `YYYY-MM-DD[ HH:MM[:SS]]` (also with `T`) in `tz`.
pub fn parse_time(s: &str, tz: &TimeZone) -> Result<Timestamp, String> {
    let s = s.trim();
    if let Ok(ts) = s.parse::<Timestamp>() {
        return Ok(ts);
    }
    let civil = if s.len() == 10 {
        parse_date(s).map(|d| d.to_datetime(jiff::civil::Time::midnight()))
    } else {
        s.replacen(' ', "T", 1)
            .parse::<DateTime>()
            .map_err(|_| bad_time(s))
    }?;
    civil
        .to_zoned_datetime(tz.clone())
        .map(|z| z.timestamp())
        .map_err(|_| bad_time(s))
}

fn bad_time(s: &str) -> String {
    format!(
        "invalid time \"{s}\": use YYYY-MM-DD, \"YYYY-MM-DD HH:MM\" or RFC 3339 (2026-11-22T09:30:00+08:00)"
    )
}

/// `YYYY-MM-DD`, refusing impossible dates such as 2026-02-30.
pub fn parse_date(s: &str) -> Result<Date, String> {
    let s = s.trim();
    let ok_shape = s.len() == 10
        && s.bytes().enumerate().all(|(i, b)| {
            if i == 4 || i == 7 {
                b == b'-'
            } else {
                b.is_ascii_digit()
            }
        });
    if !ok_shape {
        return Err(format!("invalid date \"{s}\": use YYYY-MM-DD"));
    }
    s.parse::<Date>()
        .map_err(|_| format!("impossible date \"{s}\": no such day in the calendar"))
}

/// Epoch seconds of the first instant of `d` in `tz`.
pub fn start_of_day(d: Date, tz: &TimeZone) -> i64 {
    d.to_zoned_datetime(tz.clone())
        .map(|z| z.timestamp().as_second())
        .unwrap_or(0)
}

pub fn zoned(ts: i64, tz: &TimeZone) -> ZonedDateTime {
    Timestamp::from_second(ts)
        .unwrap_or(Timestamp::UNIX_EPOCH)
        .to_zoned_datetime(tz.clone())
}

/// `YYYY-MM-DD HH:MM` for people.
pub fn fmt_table(ts: i64, tz: &TimeZone) -> String {
    zoned(ts, tz).strftime("%Y-%m-%d %H:%M").to_string()
}

/// `YYYY-MM-DD HH:MM:SS` for spreadsheets, appended to `out`: an export writes
/// millions of these, so the digits are written by hand, not through a format string.
pub fn push_csv(out: &mut String, ts: i64, tz: &TimeZone) {
    let at = Timestamp::from_second(ts).unwrap_or(Timestamp::UNIX_EPOCH);
    let dt = tz.to_offset(at).to_datetime(at);
    let Ok(year) = u16::try_from(dt.year()) else {
        // Before year 0: the general formatter knows how to write it.
        out.push_str(&zoned(ts, tz).strftime("%Y-%m-%d %H:%M:%S").to_string());
        return;
    };
    let two = |out: &mut String, n: i8| {
        out.push(char::from(b'0' + (n / 10) as u8));
        out.push(char::from(b'0' + (n % 10) as u8));
    };
    two(out, (year / 100) as i8);
    two(out, (year % 100) as i8);
    out.push('-');
    two(out, dt.month());
    out.push('-');
    two(out, dt.day());
    out.push(' ');
    two(out, dt.hour());
    out.push(':');
    two(out, dt.minute());
    out.push(':');
    two(out, dt.second());
}

/// RFC 3339 with the zone's offset.
pub fn fmt_json(ts: i64, tz: &TimeZone) -> String {
    zoned(ts, tz).strftime("%Y-%m-%dT%H:%M:%S%:z").to_string()
}

/// "2d 3h", "45m": a readable span for time left or over.
pub fn fmt_span(seconds: i64) -> String {
    let neg = seconds < 0;
    let s = seconds.unsigned_abs();
    let (d, h, m) = (s / 86_400, (s % 86_400) / 3600, (s % 3600) / 60);
    let body = if d > 0 {
        format!("{d}d {h}h")
    } else if h > 0 {
        format!("{h}h {m}m")
    } else {
        format!("{m}m")
    };
    if neg { format!("-{body}") } else { body }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sh() -> TimeZone {
        TimeZone::get("Asia/Shanghai").unwrap()
    }

    #[test]
    fn csv_times_match_the_general_formatter() {
        let ny = TimeZone::get("America/New_York").unwrap();
        // Across the epoch, a daylight-saving change, year 9999 and a leap day.
        for ts in [
            0,
            1_710_054_000,
            1_710_054_000 + 3599,
            1_709_164_800,
            253_402_300_799,
            -1,
            1_798_732_800,
        ] {
            for tz in [sh(), ny.clone(), TimeZone::UTC] {
                let want = zoned(ts, &tz).strftime("%Y-%m-%d %H:%M:%S").to_string();
                let mut got = String::new();
                push_csv(&mut got, ts, &tz);
                assert_eq!(got, want, "{ts}");
            }
        }
    }

    #[test]
    fn zones_read_directly_match_the_database() {
        for name in ["Asia/Shanghai", "UTC", "America/New_York"] {
            let direct = zone(name).unwrap();
            assert_eq!(direct.iana_name(), Some(name));
            let at = parse_time("2026-07-01T12:00:00Z", &direct).unwrap();
            assert_eq!(
                direct.to_offset(at),
                TimeZone::get(name).unwrap().to_offset(at),
                "{name}"
            );
        }
        // Names that are not plain paths in the database still resolve the usual way.
        assert!(zone("asia/shanghai").is_ok());
        assert!(zone("../../etc/passwd").is_err());
        assert!(zone("No/Such_Zone").is_err());
    }

    #[test]
    fn accepted_time_forms() {
        let want = parse_time("2026-11-22T09:30:00+08:00", &sh()).unwrap();
        assert_eq!(parse_time("2026-11-22 09:30", &sh()).unwrap(), want);
        assert_eq!(parse_time("2026-11-22 09:30:00", &sh()).unwrap(), want);
        assert_eq!(parse_time("2026-11-22T09:30", &sh()).unwrap(), want);
        assert_eq!(
            fmt_table(parse_time("2026-11-22", &sh()).unwrap().as_second(), &sh()),
            "2026-11-22 00:00"
        );
    }

    #[test]
    fn impossible_and_malformed_times_are_refused() {
        for bad in [
            "2026-02-30",
            "2026-13-01",
            "2026-11-22 25:00",
            "yesterday",
            "",
            "2026/11/22",
            "1e9",
        ] {
            assert!(parse_time(bad, &sh()).is_err(), "{bad}");
        }
        assert!(parse_date("2026-02-30").unwrap_err().contains("impossible"));
    }

    #[test]
    fn formats() {
        let ts = parse_time("2026-11-22 09:30", &sh()).unwrap().as_second();
        let mut csv = String::new();
        push_csv(&mut csv, ts, &sh());
        assert_eq!(csv, "2026-11-22 09:30:00");
        assert_eq!(fmt_json(ts, &sh()), "2026-11-22T09:30:00+08:00");
        assert_eq!(fmt_span(90 * 60), "1h 30m");
        assert_eq!(fmt_span(-(2 * 86_400 + 3600)), "-2d 1h");
    }
}
