//! Business calendar and SLA duration arithmetic: working days, working hours, holidays and make-up days in one time zone.
//!
//! Everything here is pure: callers feed strings from the policy file and timestamps from the
//! store, and get back due times, counts and explanations.

use std::fmt;
use std::str::FromStr;

use jiff::{
    SignedDuration, Span, Timestamp,
    civil::{Date, Time, Weekday},
    tz::TimeZone,
};

/// How far a walk over the calendar may go before giving up. A calendar whose working days
/// run out (e.g. a holiday range covering decades) would otherwise loop forever; 20 years is
/// far beyond any SLA or pause a desk will see.
const WALK_LIMIT_DAYS: i64 = 20 * 366;

/// Result of a walk that hit [`WALK_LIMIT_DAYS`]: later than any real due time, so such
/// tickets sort last and never look overdue.
const FAR_FUTURE: Timestamp = Timestamp::MAX;

const UNITS_HINT: &str = "use a number followed by m, h, d, bh, wd or y (e.g. 24h, 3wd)";

/// A duration from the policy file.
///
/// `h` and `d` are stored as wall-clock minutes because they mean absolute elapsed time.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Duration {
    /// Wall-clock minutes (`30m`, `24h`, `2d`).
    Minutes(i64),
    /// Minutes counted only inside working hours (`8bh`, `1.5bh`; `45bm` for odd minutes).
    BusinessMinutes(i64),
    /// Due at the close of the n-th working day after the start date (`3wd`).
    WorkingDays(i64),
    /// Calendar years in the calendar's zone (`2y`), meant for retention.
    Years(i64),
}

impl Duration {
    /// Parses `30m`, `24h`, `2d`, `8bh`, `1.5bh`, `3wd`, `2y`.
    ///
    /// `h`, `d` and `bh` take at most one decimal place (every such value is a whole number
    /// of minutes); `bm` (business minutes) exists so that every value prints back in a form
    /// that parses. Zero, negative and overflowing values are errors.
    pub fn parse(s: &str) -> Result<Duration, String> {
        let text = s.trim();
        let generic = || format!("invalid duration {s:?}: {UNITS_HINT}");
        let split = text
            .find(|c: char| !(c.is_ascii_digit() || c == '.' || c == '-' || c == '+'))
            .ok_or_else(generic)?;
        let (number, unit) = text.split_at(split);
        // (minutes per unit, whether one decimal place is allowed, constructor)
        let (per_unit, fractional, make): (i64, bool, fn(i64) -> Duration) = match unit {
            "m" => (1, false, Duration::Minutes),
            "h" => (60, true, Duration::Minutes),
            "d" => (1440, true, Duration::Minutes),
            "bh" => (60, true, Duration::BusinessMinutes),
            "bm" => (1, false, Duration::BusinessMinutes),
            "wd" => (1, false, Duration::WorkingDays),
            "y" => (1, false, Duration::Years),
            _ => return Err(generic()),
        };
        let (negative, digits) = match number.as_bytes().first() {
            Some(b'-') => (true, &number[1..]),
            Some(b'+') => (false, &number[1..]),
            Some(_) => (false, number),
            None => return Err(generic()),
        };
        let (whole, frac) = match digits.split_once('.') {
            Some((w, f)) => (w, Some(f)),
            None => (digits, None),
        };
        if whole.is_empty() || !whole.bytes().all(|b| b.is_ascii_digit()) {
            return Err(generic());
        }
        let tenth: i64 = match frac {
            None => 0,
            Some(_) if !fractional => {
                return Err(format!(
                    "invalid duration {s:?}: {unit} takes a whole number"
                ));
            }
            Some(f) if f.len() == 1 && f.as_bytes()[0].is_ascii_digit() => {
                i64::from(f.as_bytes()[0] - b'0')
            }
            Some(_) => {
                return Err(format!(
                    "invalid duration {s:?}: at most one decimal place is allowed (e.g. 1.5bh)"
                ));
            }
        };
        let too_large = || format!("invalid duration {s:?}: too large");
        let whole: i64 = whole.parse().map_err(|_| too_large())?;
        // Tenths keep the arithmetic exact: every allowed fraction is a whole minute count.
        let tenths = whole
            .checked_mul(10)
            .and_then(|t| t.checked_add(tenth))
            .ok_or_else(too_large)?;
        let amount = tenths.checked_mul(per_unit).ok_or_else(too_large)? / 10;
        if negative || amount == 0 {
            return Err(format!("invalid duration {s:?}: must be greater than zero"));
        }
        Ok(make(amount))
    }

    /// Whether the duration depends on the working calendar.
    pub fn is_business(&self) -> bool {
        matches!(
            self,
            Duration::BusinessMinutes(_) | Duration::WorkingDays(_)
        )
    }
}

impl fmt::Display for Duration {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let sign = |n: i64| if n < 0 { "-" } else { "" };
        match *self {
            Duration::Minutes(n) => {
                let a = n.unsigned_abs();
                if a % 1440 == 0 {
                    write!(f, "{}{}d", sign(n), a / 1440)
                } else if a % 60 == 0 {
                    write!(f, "{}{}h", sign(n), a / 60)
                } else {
                    write!(f, "{}{}m", sign(n), a)
                }
            }
            Duration::BusinessMinutes(n) => {
                let a = n.unsigned_abs();
                if a % 60 == 0 {
                    write!(f, "{}{}bh", sign(n), a / 60)
                } else if a % 6 == 0 {
                    write!(f, "{}{}.{}bh", sign(n), a / 60, (a % 60) / 6)
                } else {
                    write!(f, "{}{}bm", sign(n), a)
                }
            }
            Duration::WorkingDays(n) => write!(f, "{n}wd"),
            Duration::Years(n) => write!(f, "{n}y"),
        }
    }
}

impl FromStr for Duration {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Duration::parse(s)
    }
}

/// The `[calendar]` table of the policy, borrowed as plain strings.
#[derive(Clone, Copy, Debug)]
pub struct CalendarSpec<'a> {
    pub timezone: &'a str,
    pub workdays: &'a [String],
    pub hours: &'a [String],
    pub holidays: &'a [String],
    pub extra_workdays: &'a [String],
}

/// A calendar setting that cannot be used, located precisely enough to point at the TOML key.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CalendarError {
    /// `timezone`, `workdays`, `hours`, `holidays` or `extra_workdays`.
    pub field: &'static str,
    /// Index into the list for list fields, when one item is to blame.
    pub index: Option<usize>,
    /// Human-readable reason, quoting the offending item.
    pub message: String,
}

impl CalendarError {
    fn new(field: &'static str, index: Option<usize>, message: String) -> CalendarError {
        CalendarError {
            field,
            index,
            message,
        }
    }
}

impl fmt::Display for CalendarError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "calendar.{}: {}", self.field, self.message)
    }
}

impl std::error::Error for CalendarError {}

/// Why a date is or is not a working day.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum DayKind {
    Working,
    Weekend,
    Holiday,
    /// A date that works only because it is listed in `extra_workdays` (调休).
    MakeUp,
}

impl DayKind {
    pub fn as_str(self) -> &'static str {
        match self {
            DayKind::Working => "working",
            DayKind::Weekend => "weekend",
            DayKind::Holiday => "holiday",
            DayKind::MakeUp => "make-up",
        }
    }

    pub fn is_working(self) -> bool {
        matches!(self, DayKind::Working | DayKind::MakeUp)
    }
}

impl fmt::Display for DayKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One date touched by a due-time computation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ExplainedDay {
    pub date: Date,
    pub kind: DayKind,
    /// The parts of this date that counted towards the duration, in order.
    pub counted: Vec<(Timestamp, Timestamp)>,
}

impl ExplainedDay {
    /// Whole minutes counted on this date.
    pub fn counted_minutes(&self) -> i64 {
        self.counted
            .iter()
            .map(|&(a, b)| b.duration_since(a))
            .fold(SignedDuration::ZERO, |acc, d| acc.saturating_add(d))
            .as_mins()
    }
}

/// What `svc sla explain` shows: every date from the start date to the due date.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Explanation {
    pub start: Timestamp,
    pub duration: Duration,
    pub due: Timestamp,
    pub days: Vec<ExplainedDay>,
    /// True when the list stopped early because the due time is beyond the walk limit.
    pub truncated: bool,
}

/// A validated business calendar.
#[derive(Clone, Debug)]
pub struct Calendar {
    tz: TimeZone,
    tz_name: String,
    /// Indexed by Monday-zero weekday offset.
    workdays: [bool; 7],
    hours: Vec<(Time, Time)>,
    /// Sorted, merged, inclusive ranges; ranges keep a decade-long closure cheap.
    holidays: Vec<(Date, Date)>,
    extra_workdays: Vec<(Date, Date)>,
}

impl Calendar {
    pub fn new(spec: &CalendarSpec) -> Result<Calendar, CalendarError> {
        let tz_name = spec.timezone.trim();
        let tz = super::time::zone(tz_name).map_err(|_| {
            CalendarError::new(
                "timezone",
                None,
                format!(
                    "unknown time zone {:?} (use an IANA name such as \"Asia/Shanghai\")",
                    spec.timezone
                ),
            )
        })?;

        let mut workdays = [false; 7];
        for (i, name) in spec.workdays.iter().enumerate() {
            let wd = parse_weekday(name).ok_or_else(|| {
                CalendarError::new(
                    "workdays",
                    Some(i),
                    format!("{name:?} is not a weekday (use mon, tue, wed, thu, fri, sat, sun)"),
                )
            })?;
            workdays[weekday_index(wd)] = true;
        }
        if !workdays.contains(&true) {
            // Without a working weekday the calendar has no open-ended supply of working
            // days, so every business due time would be unreachable.
            return Err(CalendarError::new(
                "workdays",
                None,
                "no working days: list at least one of mon, tue, wed, thu, fri, sat, sun"
                    .to_string(),
            ));
        }

        let hours = parse_hours(spec.hours)?;
        let holidays = parse_date_list("holidays", spec.holidays)?;
        let extra_workdays = parse_date_list("extra_workdays", spec.extra_workdays)?;

        let cal = Calendar {
            tz,
            tz_name: tz_name.to_string(),
            workdays,
            hours,
            holidays: merge_ranges(holidays.iter().map(|&(_, r)| r).collect()),
            extra_workdays: Vec::new(),
        };
        // A make-up day that would work anyway is almost always a mistyped date, and silently
        // accepting it would leave the real make-up day counted as a weekend.
        for &(i, (first, last)) in &extra_workdays {
            let mut d = first;
            while d <= last {
                if cal.workdays[weekday_index(d.weekday())] && !cal.in_holidays(d) {
                    return Err(CalendarError::new(
                        "extra_workdays",
                        Some(i),
                        format!(
                            "{d} is a {}, already a working day; make-up days must fall on \
                             non-working days",
                            weekday_name(d.weekday())
                        ),
                    ));
                }
                match d.tomorrow() {
                    Ok(next) => d = next,
                    Err(_) => break,
                }
            }
        }
        Ok(Calendar {
            extra_workdays: merge_ranges(extra_workdays.iter().map(|&(_, r)| r).collect()),
            ..cal
        })
    }

    pub fn tz(&self) -> &TimeZone {
        &self.tz
    }

    /// The IANA name the calendar was built from.
    pub fn timezone_name(&self) -> &str {
        &self.tz_name
    }

    /// Working intervals of every working day, sorted and non-overlapping.
    pub fn hours(&self) -> &[(Time, Time)] {
        &self.hours
    }

    pub fn is_working_day(&self, d: Date) -> bool {
        self.day_kind(d).is_working()
    }

    pub fn day_kind(&self, d: Date) -> DayKind {
        if in_ranges(&self.extra_workdays, d) {
            DayKind::MakeUp
        } else if self.in_holidays(d) {
            // A holiday range usually spans a weekend; calling those days "holiday" matches
            // how people read the official schedule.
            DayKind::Holiday
        } else if self.workdays[weekday_index(d.weekday())] {
            DayKind::Working
        } else {
            DayKind::Weekend
        }
    }

    /// Local date of an instant in the calendar's zone.
    pub fn local_date(&self, t: Timestamp) -> Date {
        self.tz.to_datetime(t).date()
    }

    /// Due time of a duration `d` started at `start`.
    ///
    /// Non-positive amounts (which [`Duration::parse`] never produces) add nothing. Results
    /// that cannot be represented, or that lie beyond the walk limit, saturate to the far
    /// future.
    pub fn add(&self, start: Timestamp, d: &Duration) -> Timestamp {
        match *d {
            Duration::Minutes(n) if n > 0 => SignedDuration::try_from_mins(n)
                .and_then(|dur| start.checked_add(dur).ok())
                .unwrap_or(FAR_FUTURE),
            Duration::BusinessMinutes(n) => self.add_business_minutes(start, n),
            Duration::WorkingDays(n) => self.add_working_days(start, n),
            Duration::Years(n) if n > 0 => Span::new()
                .try_years(n)
                .ok()
                .and_then(|span| {
                    start
                        .to_zoned_datetime(self.tz.clone())
                        .checked_add(span)
                        .ok()
                })
                .map_or(FAR_FUTURE, |z| z.timestamp()),
            Duration::Minutes(_) | Duration::Years(_) => start,
        }
    }

    /// Close of the n-th working day after `start`'s local date; the start date never counts,
    /// so a ticket opened late on a Friday still gets full days.
    pub fn add_working_days(&self, start: Timestamp, n: i64) -> Timestamp {
        if n <= 0 {
            return start;
        }
        let mut d = self.local_date(start);
        let mut seen = 0;
        for _ in 0..WALK_LIMIT_DAYS {
            d = match d.tomorrow() {
                Ok(next) => next,
                Err(_) => return FAR_FUTURE,
            };
            if self.is_working_day(d) {
                seen += 1;
                if seen == n {
                    return self.close_of(d).unwrap_or(FAR_FUTURE);
                }
            }
        }
        FAR_FUTURE
    }

    /// The instant `minutes` business minutes after `start`. Ending exactly at an interval's
    /// end yields that end (18:00), not the next opening, so "due by close" reads naturally.
    pub fn add_business_minutes(&self, start: Timestamp, minutes: i64) -> Timestamp {
        if minutes <= 0 {
            return start;
        }
        let Some(mut remaining) = SignedDuration::try_from_mins(minutes) else {
            return FAR_FUTURE;
        };
        let mut d = self.local_date(start);
        for _ in 0..WALK_LIMIT_DAYS {
            for (open, close) in self.intervals_on(d) {
                if close <= start {
                    continue;
                }
                let from = open.max(start);
                let available = close.duration_since(from);
                if remaining <= available {
                    return from.checked_add(remaining).unwrap_or(FAR_FUTURE);
                }
                remaining -= available;
            }
            d = match d.tomorrow() {
                Ok(next) => next,
                Err(_) => return FAR_FUTURE,
            };
        }
        FAR_FUTURE
    }

    /// Whole business minutes inside working hours between `a` and `b` (0 if `b <= a`).
    ///
    /// Counting stops at the walk limit, consistent with due times saturating there.
    pub fn business_minutes_between(&self, a: Timestamp, b: Timestamp) -> i64 {
        if b <= a {
            return 0;
        }
        let last = self.local_date(b);
        let mut d = self.local_date(a);
        let mut total = SignedDuration::ZERO;
        for _ in 0..WALK_LIMIT_DAYS {
            for (open, close) in self.intervals_on(d) {
                let from = open.max(a);
                let to = close.min(b);
                if from < to {
                    total += to.duration_since(from);
                }
            }
            if d >= last {
                break;
            }
            d = match d.tomorrow() {
                Ok(next) => next,
                Err(_) => break,
            };
        }
        total.as_mins()
    }

    /// The due time of `d` from `start`, with every date in between, its kind, and the
    /// stretches that counted: working intervals for business durations, whole elapsed time
    /// for wall-clock ones.
    pub fn explain(&self, start: Timestamp, d: &Duration) -> Explanation {
        let due = self.add(start, d);
        let first = self.local_date(start);
        let last = self.local_date(due);
        // The start date never counts towards working days, whatever the time of day.
        let counted_from = match *d {
            Duration::WorkingDays(_) => first
                .tomorrow()
                .ok()
                .and_then(|next| self.local(next, Time::midnight()))
                .unwrap_or(due),
            _ => start,
        };
        let mut days = Vec::new();
        let mut truncated = false;
        let mut date = first;
        loop {
            let counted = if d.is_business() {
                self.intervals_on(date)
                    .filter_map(|(open, close)| {
                        let from = open.max(counted_from);
                        let to = close.min(due);
                        (from < to).then_some((from, to))
                    })
                    .collect()
            } else {
                let day_start = self.local(date, Time::midnight()).unwrap_or(start);
                let day_end = date
                    .tomorrow()
                    .ok()
                    .and_then(|next| self.local(next, Time::midnight()))
                    .unwrap_or(due);
                let from = day_start.max(start);
                let to = day_end.min(due);
                if from < to {
                    vec![(from, to)]
                } else {
                    Vec::new()
                }
            };
            days.push(ExplainedDay {
                date,
                kind: self.day_kind(date),
                counted,
            });
            if date >= last {
                break;
            }
            if days.len() as i64 >= WALK_LIMIT_DAYS {
                truncated = true;
                break;
            }
            date = match date.tomorrow() {
                Ok(next) => next,
                Err(_) => break,
            };
        }
        Explanation {
            start,
            duration: *d,
            due,
            days,
            truncated,
        }
    }

    fn in_holidays(&self, d: Date) -> bool {
        in_ranges(&self.holidays, d)
    }

    fn local(&self, d: Date, t: Time) -> Option<Timestamp> {
        // "Compatible" disambiguation: a time inside a DST gap moves forward, which keeps
        // interval bounds ordered.
        self.tz.to_timestamp(d.to_datetime(t)).ok()
    }

    /// End of the last working interval of `d`.
    fn close_of(&self, d: Date) -> Option<Timestamp> {
        let &(_, end) = self.hours.last()?;
        self.local(d, end)
    }

    /// Working intervals of `d` as instants; empty on non-working days. Intervals squeezed to
    /// nothing by a DST jump are skipped.
    fn intervals_on(&self, d: Date) -> impl Iterator<Item = (Timestamp, Timestamp)> + '_ {
        let hours: &[(Time, Time)] = if self.is_working_day(d) {
            &self.hours
        } else {
            &[]
        };
        hours.iter().filter_map(move |&(s, e)| {
            let open = self.local(d, s)?;
            let close = self.local(d, e)?;
            (open < close).then_some((open, close))
        })
    }
}

fn weekday_index(w: Weekday) -> usize {
    // Monday-zero offsets are 0..=6, so the conversion cannot fail.
    usize::try_from(w.to_monday_zero_offset()).unwrap_or(0)
}

fn weekday_name(w: Weekday) -> &'static str {
    match w {
        Weekday::Monday => "Monday",
        Weekday::Tuesday => "Tuesday",
        Weekday::Wednesday => "Wednesday",
        Weekday::Thursday => "Thursday",
        Weekday::Friday => "Friday",
        Weekday::Saturday => "Saturday",
        Weekday::Sunday => "Sunday",
    }
}

fn parse_weekday(s: &str) -> Option<Weekday> {
    Some(match s.trim().to_ascii_lowercase().as_str() {
        "mon" | "monday" => Weekday::Monday,
        "tue" | "tuesday" => Weekday::Tuesday,
        "wed" | "wednesday" => Weekday::Wednesday,
        "thu" | "thursday" => Weekday::Thursday,
        "fri" | "friday" => Weekday::Friday,
        "sat" | "saturday" => Weekday::Saturday,
        "sun" | "sunday" => Weekday::Sunday,
        _ => return None,
    })
}

/// `HH:MM` (hour may be one digit). Seconds are deliberately not accepted: policies are
/// written by people, and minute precision is what SLA reports show.
fn parse_hhmm(s: &str) -> Option<Time> {
    let (h, m) = s.trim().split_once(':')?;
    let digits = |x: &str| !x.is_empty() && x.bytes().all(|b| b.is_ascii_digit());
    if !digits(h) || h.len() > 2 || !digits(m) || m.len() != 2 {
        return None;
    }
    Time::new(h.parse().ok()?, m.parse().ok()?, 0, 0).ok()
}

fn parse_hours(items: &[String]) -> Result<Vec<(Time, Time)>, CalendarError> {
    let err = |i: usize, msg: String| CalendarError::new("hours", Some(i), msg);
    let mut parsed: Vec<(usize, Time, Time)> = Vec::with_capacity(items.len());
    for (i, item) in items.iter().enumerate() {
        let (a, b) = item
            .split_once('-')
            .ok_or_else(|| err(i, format!("{item:?} is not a time range (use HH:MM-HH:MM)")))?;
        let start = parse_hhmm(a).ok_or_else(|| {
            err(
                i,
                format!(
                    "{item:?}: {:?} is not a time (use HH:MM, 00:00-23:59)",
                    a.trim()
                ),
            )
        })?;
        let end = parse_hhmm(b).ok_or_else(|| {
            err(
                i,
                format!(
                    "{item:?}: {:?} is not a time (use HH:MM, 00:00-23:59)",
                    b.trim()
                ),
            )
        })?;
        if end < start {
            return Err(err(i, format!("{item:?} ends before it starts")));
        }
        if end == start {
            return Err(err(i, format!("{item:?} is empty")));
        }
        parsed.push((i, start, end));
    }
    if parsed.is_empty() {
        return Err(CalendarError::new(
            "hours",
            None,
            "no working hours: list at least one interval such as \"09:00-18:00\"".to_string(),
        ));
    }
    parsed.sort_by_key(|&(_, s, _)| s);
    for pair in parsed.windows(2) {
        let (pi, _, pe) = pair[0];
        let (ci, cs, _) = pair[1];
        if cs < pe {
            return Err(err(
                ci.max(pi),
                format!("{:?} overlaps {:?}", items[ci], items[pi]),
            ));
        }
    }
    Ok(parsed.into_iter().map(|(_, s, e)| (s, e)).collect())
}

/// Strict `YYYY-MM-DD`, so that typos like `2026-1-10` or trailing garbage are caught
/// rather than guessed at.
fn parse_date(s: &str) -> Option<Date> {
    let s = s.trim();
    let mut parts = s.split('-');
    let (y, m, d) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() {
        return None;
    }
    let ok = |x: &str, n: usize| x.len() == n && x.bytes().all(|b| b.is_ascii_digit());
    if !ok(y, 4) || !ok(m, 2) || !ok(d, 2) {
        return None;
    }
    Date::new(y.parse().ok()?, m.parse().ok()?, d.parse().ok()?).ok()
}

type IndexedRange = (usize, (Date, Date));

fn parse_date_list(
    field: &'static str,
    items: &[String],
) -> Result<Vec<IndexedRange>, CalendarError> {
    let mut out = Vec::with_capacity(items.len());
    for (i, item) in items.iter().enumerate() {
        let bad = |part: &str| {
            CalendarError::new(
                field,
                Some(i),
                format!(
                    "{item:?}: {:?} is not a valid date (use YYYY-MM-DD or YYYY-MM-DD..YYYY-MM-DD)",
                    part.trim()
                ),
            )
        };
        let range = match item.split_once("..") {
            Some((a, b)) => {
                let first = parse_date(a).ok_or_else(|| bad(a))?;
                let last = parse_date(b).ok_or_else(|| bad(b))?;
                if last < first {
                    return Err(CalendarError::new(
                        field,
                        Some(i),
                        format!("{item:?} ends before it starts"),
                    ));
                }
                (first, last)
            }
            None => {
                let d = parse_date(item).ok_or_else(|| bad(item))?;
                (d, d)
            }
        };
        out.push((i, range));
    }
    Ok(out)
}

fn merge_ranges(mut ranges: Vec<(Date, Date)>) -> Vec<(Date, Date)> {
    ranges.sort();
    let mut merged: Vec<(Date, Date)> = Vec::with_capacity(ranges.len());
    for (first, last) in ranges {
        if let Some(prev) = merged.last_mut() {
            let touches = prev.1 >= first || prev.1.tomorrow().is_ok_and(|t| t == first);
            if touches {
                prev.1 = prev.1.max(last);
                continue;
            }
        }
        merged.push((first, last));
    }
    merged
}

/// `ranges` must be sorted and disjoint, as produced by [`merge_ranges`].
fn in_ranges(ranges: &[(Date, Date)], d: Date) -> bool {
    let idx = ranges.partition_point(|&(first, _)| first <= d);
    idx > 0 && ranges[idx - 1].1 >= d
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;
    use proptest::prelude::*;

    fn strings(items: &[&str]) -> Vec<String> {
        items.iter().map(|s| s.to_string()).collect()
    }

    fn build(
        tz: &str,
        workdays: &[&str],
        hours: &[&str],
        holidays: &[&str],
        extra: &[&str],
    ) -> Result<Calendar, CalendarError> {
        let (w, h, hol, e) = (
            strings(workdays),
            strings(hours),
            strings(holidays),
            strings(extra),
        );
        Calendar::new(&CalendarSpec {
            timezone: tz,
            workdays: &w,
            hours: &h,
            holidays: &hol,
            extra_workdays: &e,
        })
    }

    fn example() -> Calendar {
        build(
            "Asia/Shanghai",
            &["mon", "tue", "wed", "thu", "fri"],
            &["09:00-12:00", "13:30-18:00"],
            &["2026-10-01..2026-10-07"],
            &["2026-09-27", "2026-10-10"],
        )
        .expect("example calendar is valid")
    }

    fn new_york() -> Calendar {
        build(
            "America/New_York",
            &["mon", "tue", "wed", "thu", "fri", "sat"],
            &["08:00-12:00", "13:00-17:30"],
            &["2026-12-24..2026-12-26", "2027-01-01"],
            &["2026-12-27"],
        )
        .expect("new york calendar is valid")
    }

    fn at(cal: &Calendar, y: i16, mo: i8, d: i8, h: i8, mi: i8) -> Timestamp {
        cal.tz()
            .to_timestamp(date(y, mo, d).at(h, mi, 0, 0))
            .expect("valid local time")
    }

    fn dur(s: &str) -> Duration {
        Duration::parse(s).expect("valid duration")
    }

    #[test]
    fn three_working_days_from_friday_evening_skips_weekend_but_counts_make_up_sunday() {
        let cal = example();
        let due = cal.add(at(&cal, 2026, 9, 25, 17, 0), &dur("3wd"));
        assert_eq!(due, at(&cal, 2026, 9, 29, 18, 0));
    }

    #[test]
    fn three_working_days_across_national_holiday_land_on_make_up_saturday() {
        let cal = example();
        let due = cal.add(at(&cal, 2026, 9, 30, 10, 0), &dur("3wd"));
        assert_eq!(due, at(&cal, 2026, 10, 10, 18, 0));
    }

    #[test]
    fn eight_business_hours_from_friday_afternoon_finish_on_make_up_sunday() {
        let cal = example();
        let due = cal.add(at(&cal, 2026, 9, 25, 16, 0), &dur("8bh"));
        assert_eq!(due, at(&cal, 2026, 9, 27, 16, 30));
    }

    #[test]
    fn wall_clock_hours_ignore_holidays() {
        let cal = example();
        let due = cal.add(at(&cal, 2026, 9, 30, 10, 0), &dur("24h"));
        assert_eq!(due, at(&cal, 2026, 10, 1, 10, 0));
    }

    #[test]
    fn pause_moves_due_time_by_business_minutes_waited() {
        let cal = example();
        let opened = at(&cal, 2026, 11, 2, 9, 0);
        let due = cal.add(opened, &dur("3wd"));
        assert_eq!(due, at(&cal, 2026, 11, 5, 18, 0));
        let waited = cal
            .business_minutes_between(at(&cal, 2026, 11, 2, 14, 0), at(&cal, 2026, 11, 3, 14, 0));
        assert_eq!(waited, 450);
        assert_eq!(
            cal.add_business_minutes(due, waited),
            at(&cal, 2026, 11, 6, 18, 0)
        );
    }

    #[test]
    fn business_minutes_ending_at_interval_end_stay_at_close() {
        let cal = example();
        let due = cal.add(at(&cal, 2026, 11, 2, 13, 30), &dur("4.5bh"));
        assert_eq!(due, at(&cal, 2026, 11, 2, 18, 0));
        let due = cal.add(at(&cal, 2026, 11, 2, 9, 0), &dur("3bh"));
        assert_eq!(due, at(&cal, 2026, 11, 2, 12, 0));
    }

    #[test]
    fn business_minutes_started_outside_hours_begin_at_next_opening() {
        let cal = example();
        let due = cal.add(at(&cal, 2026, 11, 2, 12, 30), &dur("30bm"));
        assert_eq!(due, at(&cal, 2026, 11, 2, 14, 0));
        let due = cal.add(at(&cal, 2026, 11, 6, 19, 0), &dur("1bh"));
        assert_eq!(due, at(&cal, 2026, 11, 9, 10, 0));
    }

    #[test]
    fn years_keep_local_date_and_time() {
        let cal = example();
        let due = cal.add(at(&cal, 2026, 3, 1, 8, 15), &dur("2y"));
        assert_eq!(due, at(&cal, 2028, 3, 1, 8, 15));
    }

    #[test]
    fn business_minutes_between_is_zero_when_reversed() {
        let cal = example();
        let a = at(&cal, 2026, 11, 2, 14, 0);
        assert_eq!(cal.business_minutes_between(a, a), 0);
        assert_eq!(
            cal.business_minutes_between(a, at(&cal, 2026, 11, 2, 10, 0)),
            0
        );
    }

    #[test]
    fn day_kinds() {
        let cal = example();
        assert_eq!(cal.day_kind(date(2026, 10, 1)), DayKind::Holiday);
        assert_eq!(cal.day_kind(date(2026, 10, 3)), DayKind::Holiday);
        assert_eq!(cal.day_kind(date(2026, 9, 27)), DayKind::MakeUp);
        assert_eq!(cal.day_kind(date(2026, 10, 10)), DayKind::MakeUp);
        assert_eq!(cal.day_kind(date(2026, 9, 26)), DayKind::Weekend);
        assert_eq!(cal.day_kind(date(2026, 9, 28)), DayKind::Working);
        assert!(cal.is_working_day(date(2026, 9, 27)));
        assert!(!cal.is_working_day(date(2026, 10, 1)));
        assert!(!cal.is_working_day(date(2026, 10, 11)));
        let shown: Vec<String> = [
            DayKind::Working,
            DayKind::Weekend,
            DayKind::Holiday,
            DayKind::MakeUp,
        ]
        .iter()
        .map(|k| k.to_string())
        .collect();
        assert_eq!(shown, ["working", "weekend", "holiday", "make-up"]);
    }

    #[test]
    fn explain_lists_crossed_days_and_counted_intervals() {
        let cal = example();
        let start = at(&cal, 2026, 9, 30, 10, 0);
        let ex = cal.explain(start, &dur("3wd"));
        assert_eq!(ex.due, at(&cal, 2026, 10, 10, 18, 0));
        assert!(!ex.truncated);
        assert_eq!(ex.days.len(), 11);
        assert_eq!(ex.days[0].date, date(2026, 9, 30));
        assert!(ex.days[0].counted.is_empty(), "start date never counts");
        assert_eq!(ex.days[1].kind, DayKind::Holiday);
        let last = &ex.days[10];
        assert_eq!(last.kind, DayKind::MakeUp);
        assert_eq!(
            last.counted,
            vec![
                (at(&cal, 2026, 10, 10, 9, 0), at(&cal, 2026, 10, 10, 12, 0)),
                (
                    at(&cal, 2026, 10, 10, 13, 30),
                    at(&cal, 2026, 10, 10, 18, 0)
                ),
            ]
        );
        let total: i64 = ex.days.iter().map(ExplainedDay::counted_minutes).sum();
        assert_eq!(total, 3 * 450);

        let ex = cal.explain(at(&cal, 2026, 9, 25, 16, 0), &dur("8bh"));
        let total: i64 = ex.days.iter().map(ExplainedDay::counted_minutes).sum();
        assert_eq!(total, 480);
        assert_eq!(ex.days[1].kind, DayKind::Weekend);
        assert!(ex.days[1].counted.is_empty());

        let ex = cal.explain(start, &dur("24h"));
        let total: i64 = ex.days.iter().map(ExplainedDay::counted_minutes).sum();
        assert_eq!(total, 24 * 60);
        assert_eq!(ex.days.len(), 2);
    }

    #[test]
    fn duration_parse_table() {
        let good = [
            ("30m", Duration::Minutes(30), "30m"),
            ("90m", Duration::Minutes(90), "90m"),
            ("24h", Duration::Minutes(1440), "1d"),
            ("1.5h", Duration::Minutes(90), "90m"),
            ("2d", Duration::Minutes(2880), "2d"),
            ("8bh", Duration::BusinessMinutes(480), "8bh"),
            ("1.5bh", Duration::BusinessMinutes(90), "1.5bh"),
            ("7.5bh", Duration::BusinessMinutes(450), "7.5bh"),
            ("0.1bh", Duration::BusinessMinutes(6), "0.1bh"),
            ("45bm", Duration::BusinessMinutes(45), "45bm"),
            ("3wd", Duration::WorkingDays(3), "3wd"),
            ("2y", Duration::Years(2), "2y"),
            (" 4h ", Duration::Minutes(240), "4h"),
        ];
        for (input, want, shown) in good {
            let got = Duration::parse(input).unwrap_or_else(|e| panic!("{input:?}: {e}"));
            assert_eq!(got, want, "{input:?}");
            assert_eq!(got.to_string(), shown, "{input:?}");
            assert_eq!(
                shown.parse::<Duration>(),
                Ok(got),
                "round trip of {shown:?}"
            );
        }
        let bad = [
            ("", "use a number followed by m, h, d, bh, wd or y"),
            ("3", "use a number followed by"),
            (
                "3x",
                "invalid duration \"3x\": use a number followed by m, h, d, bh, wd or y (e.g. 24h, 3wd)",
            ),
            ("h", "use a number followed by"),
            ("1e9h", "use a number followed by"),
            ("0h", "greater than zero"),
            ("0.0bh", "greater than zero"),
            ("-3h", "greater than zero"),
            ("1.5wd", "wd takes a whole number"),
            ("1.5y", "y takes a whole number"),
            ("1.25bh", "one decimal place"),
            ("1.bh", "one decimal place"),
            (".5bh", "use a number followed by"),
            ("3WD", "use a number followed by"),
            ("99999999999999999999h", "too large"),
            ("999999999999999999d", "too large"),
        ];
        for (input, want) in bad {
            let err = Duration::parse(input).expect_err(input);
            assert!(err.contains(want), "{input:?} gave {err:?}");
        }
        assert!(dur("1bh").is_business());
        assert!(dur("1wd").is_business());
        assert!(!dur("1h").is_business());
        assert!(!dur("1y").is_business());
    }

    #[test]
    fn calendar_errors_name_the_bad_item() {
        let wd = ["mon", "tue", "wed", "thu", "fri"];
        let err = build("Asia/Shanghai", &wd, &["18:00-09:00"], &[], &[]).expect_err("reversed");
        assert_eq!((err.field, err.index), ("hours", Some(0)));
        assert_eq!(
            err.to_string(),
            "calendar.hours: \"18:00-09:00\" ends before it starts"
        );

        let err = build(
            "Asia/Shanghai",
            &wd,
            &["09:00-12:00", "11:00-14:00"],
            &[],
            &[],
        )
        .expect_err("overlap");
        assert_eq!((err.field, err.index), ("hours", Some(1)));
        assert!(err.message.contains("overlaps"), "{err}");

        let err = build("Asia/Shanghai", &wd, &["9-12"], &[], &[]).expect_err("bad time");
        assert_eq!(err.field, "hours");

        let err = build("Asia/Shanghai", &wd, &[], &[], &[]).expect_err("no hours");
        assert_eq!((err.field, err.index), ("hours", None));

        let err = build(
            "Asia/Shanghai",
            &wd,
            &["09:00-18:00"],
            &["2026-10-01", "2026-02-30"],
            &[],
        )
        .expect_err("bad date");
        assert_eq!((err.field, err.index), ("holidays", Some(1)));
        assert!(err.message.contains("2026-02-30"), "{err}");

        let err = build(
            "Asia/Shanghai",
            &wd,
            &["09:00-18:00"],
            &["2026-10-07..2026-10-01"],
            &[],
        )
        .expect_err("reversed range");
        assert_eq!((err.field, err.index), ("holidays", Some(0)));

        let err = build("Asia/Shanghai", &["mon", "fry"], &["09:00-18:00"], &[], &[])
            .expect_err("bad weekday");
        assert_eq!((err.field, err.index), ("workdays", Some(1)));
        assert!(err.message.contains("\"fry\""), "{err}");

        let err = build("Mars/Olympus_Mons", &wd, &["09:00-18:00"], &[], &[]).expect_err("tz");
        assert_eq!((err.field, err.index), ("timezone", None));
        assert!(
            err.to_string()
                .starts_with("calendar.timezone: unknown time zone"),
            "{err}"
        );

        let err = build("Asia/Shanghai", &[], &["09:00-18:00"], &[], &["2026-09-27"])
            .expect_err("no working days");
        assert_eq!((err.field, err.index), ("workdays", None));

        let err = build("Asia/Shanghai", &wd, &["09:00-18:00"], &[], &["2026-09-28"])
            .expect_err("make-up day on a weekday");
        assert_eq!((err.field, err.index), ("extra_workdays", Some(0)));

        // A make-up day inside a holiday range on a weekday is meaningful, not a typo.
        assert!(
            build(
                "Asia/Shanghai",
                &wd,
                &["09:00-18:00"],
                &["2026-10-01..2026-10-07"],
                &["2026-10-05"]
            )
            .is_ok()
        );
    }

    #[test]
    fn endless_holidays_saturate_instead_of_looping() {
        let cal = build(
            "UTC",
            &["mon"],
            &["09:00-10:00"],
            &["2026-01-01..9999-12-31"],
            &[],
        )
        .expect("valid");
        let start = at(&cal, 2026, 3, 1, 9, 0);
        assert_eq!(cal.add(start, &dur("1wd")), FAR_FUTURE);
        assert_eq!(cal.add(start, &dur("1bh")), FAR_FUTURE);
        assert_eq!(cal.add(start, &Duration::Minutes(i64::MAX)), FAR_FUTURE);
        assert_eq!(cal.add(start, &Duration::Years(i64::MAX)), FAR_FUTURE);
        assert_eq!(cal.business_minutes_between(start, FAR_FUTURE), 0);
        let ex = cal.explain(start, &dur("1wd"));
        assert!(ex.truncated);
        // Saturated instants must stay printable in a zone east of UTC as well.
        let east = example();
        let ex = east.explain(start, &Duration::Minutes(i64::MAX));
        assert_eq!(ex.due, FAR_FUTURE);
        assert!(ex.truncated);
        assert!(east.local_date(FAR_FUTURE) > date(9999, 1, 1));
    }

    #[test]
    fn dst_day_keeps_intervals_ordered() {
        let cal = build("America/New_York", &["sun"], &["01:00-03:00"], &[], &[]).expect("valid");
        // 2026-03-08 02:00 does not exist in New York: the interval is one hour long.
        let start = at(&cal, 2026, 3, 8, 0, 0);
        assert_eq!(cal.add(start, &dur("1bh")), at(&cal, 2026, 3, 8, 3, 0));
        assert_eq!(
            cal.business_minutes_between(start, at(&cal, 2026, 3, 9, 0, 0)),
            60
        );
    }

    fn any_calendar() -> impl Strategy<Value = Calendar> {
        prop_oneof![Just(example()), Just(new_york())]
    }

    /// Instants across 2026-2027, at second precision so odd starts are covered too.
    fn any_instant() -> impl Strategy<Value = Timestamp> {
        let lo = date(2026, 1, 1)
            .at(0, 0, 0, 0)
            .to_zoned_datetime(TimeZone::UTC);
        let lo = lo.map_or(0, |z| z.timestamp().as_second());
        (lo..lo + 2 * 366 * 86_400)
            .prop_map(|s| Timestamp::from_second(s).unwrap_or(Timestamp::UNIX_EPOCH))
    }

    fn any_duration() -> impl Strategy<Value = Duration> {
        prop_oneof![
            (1i64..100_000).prop_map(Duration::Minutes),
            (1i64..20_000).prop_map(Duration::BusinessMinutes),
            (1i64..60).prop_map(Duration::WorkingDays),
            (1i64..5).prop_map(Duration::Years),
        ]
    }

    fn inside_working_hours(cal: &Calendar, t: Timestamp) -> bool {
        let local = cal.tz().to_datetime(t);
        cal.is_working_day(local.date())
            && cal
                .hours()
                .iter()
                .any(|&(s, e)| s <= local.time() && local.time() <= e)
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(300))]

        #[test]
        fn every_duration_prints_back_in_a_form_that_parses(n in 1i64..i64::MAX / 1440, unit in 0..4) {
            let d = match unit {
                0 => Duration::Minutes(n),
                1 => Duration::BusinessMinutes(n),
                2 => Duration::WorkingDays(n),
                _ => Duration::Years(n),
            };
            prop_assert_eq!(Duration::parse(&d.to_string()), Ok(d));
        }

        #[test]
        fn one_decimal_place_of_hours_and_days_is_whole_minutes(
            whole in 0i64..10_000,
            tenth in 0i64..10,
            unit in prop::sample::select(vec![("h", 60i64), ("d", 1440), ("bh", 60)]),
        ) {
            let text = format!("{whole}.{tenth}{}", unit.0);
            let minutes = (whole * 10 + tenth) * unit.1 / 10;
            let parsed = Duration::parse(&text);
            if minutes == 0 {
                prop_assert!(parsed.is_err(), "{} parsed as {:?}", text, parsed);
            } else if unit.0 == "bh" {
                prop_assert_eq!(parsed, Ok(Duration::BusinessMinutes(minutes)));
            } else {
                prop_assert_eq!(parsed, Ok(Duration::Minutes(minutes)));
            }
        }

        /// Whatever is typed into the policy, parsing answers with a value above
        /// zero or an error that quotes it; it never panics.
        #[test]
        fn any_text_parses_to_a_positive_duration_or_a_clear_error(s in "\\PC{0,12}|[-+]?[0-9.]{1,22}(m|h|d|bh|bm|wd|y)") {
            match Duration::parse(&s) {
                Ok(Duration::Minutes(n) | Duration::BusinessMinutes(n)
                    | Duration::WorkingDays(n) | Duration::Years(n)) => prop_assert!(n > 0),
                Err(e) => prop_assert!(e.starts_with("invalid duration"), "{}", e),
            }
        }

        #[test]
        fn due_is_never_before_start(cal in any_calendar(), start in any_instant(), d in any_duration()) {
            prop_assert!(cal.add(start, &d) >= start);
        }

        #[test]
        fn larger_duration_is_never_earlier(
            cal in any_calendar(),
            start in any_instant(),
            d in any_duration(),
            extra in 0i64..5_000,
        ) {
            let bigger = match d {
                Duration::Minutes(n) => Duration::Minutes(n + extra),
                Duration::BusinessMinutes(n) => Duration::BusinessMinutes(n + extra),
                Duration::WorkingDays(n) => Duration::WorkingDays(n + extra % 50),
                Duration::Years(n) => Duration::Years(n + extra % 3),
            };
            prop_assert!(cal.add(start, &d) <= cal.add(start, &bigger));
        }

        #[test]
        fn business_due_lies_inside_working_hours(
            cal in any_calendar(),
            start in any_instant(),
            n in 1i64..20_000,
            days in 1i64..60,
        ) {
            let due = cal.add(start, &Duration::BusinessMinutes(n));
            prop_assert!(inside_working_hours(&cal, due), "{due} for {n}bm");
            let due = cal.add(start, &Duration::WorkingDays(days));
            prop_assert!(inside_working_hours(&cal, due), "{due} for {days}wd");
        }

        #[test]
        fn between_inverts_add_from_inside_working_hours(
            cal in any_calendar(),
            start in any_instant(),
            n in 1i64..20_000,
        ) {
            let start = cal.add_business_minutes(start, 1);
            prop_assert!(inside_working_hours(&cal, start));
            let due = cal.add_business_minutes(start, n);
            prop_assert_eq!(cal.business_minutes_between(start, due), n);
        }
    }
}
