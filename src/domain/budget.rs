//! The yearly cost budget: which budget category a cost kind counts against,
//! how much of each category is used, and a linear projection to year end.

use std::collections::BTreeMap;

/// The kinds of cost booked on tickets.
pub const COST_KINDS: &[&str] = &["labour", "parts", "travel", "other"];

/// Used when the budget table has no `warn_at` of its own.
pub const DEFAULT_WARN_AT: f64 = 0.8;

/// The budget category a cost kind counts against: labour → repair,
/// travel → travel, parts → parts, other → repair unless the budget has `other`.
pub fn category_for(kind: &str, budget: &BTreeMap<String, f64>) -> String {
    match kind {
        "labour" => "repair".into(),
        "other" if budget.contains_key("other") => "other".into(),
        "other" => "repair".into(),
        k => k.to_string(),
    }
}

/// Fraction of [start, end) elapsed at `now`, clamped to 0..=1.
pub fn elapsed_fraction(start: i64, end: i64, now: i64) -> f64 {
    if end <= start {
        return 1.0;
    }
    ((now - start) as f64 / (end - start) as f64).clamp(0.0, 1.0)
}

/// How a category stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    /// Below `warn_at`, or no budget to compare with.
    Ok,
    /// At or above `warn_at` of the budget.
    Warn,
    /// At or above the whole budget.
    Over,
}

impl Status {
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Ok => "ok",
            Status::Warn => "warn",
            Status::Over => "over",
        }
    }
}

/// One category of the report.
#[derive(Clone, Debug, PartialEq)]
pub struct Line {
    pub category: String,
    /// `None`: costs of a kind whose category the budget does not list.
    pub budget: Option<f64>,
    pub actual: f64,
    /// actual ÷ budget (a fraction); `None` without a positive budget.
    pub used: Option<f64>,
    /// actual ÷ elapsed fraction of the year; `None` before the year starts.
    pub projection: Option<f64>,
    pub status: Status,
}

/// Budget against actual per category. `budget` is the year's table (its
/// `warn_at` key is the warning threshold, not a category); `actual` sums
/// costs by kind. Categories are the budget's (alphabetical), then any
/// category that has costs but no budget.
pub fn report(
    budget: &BTreeMap<String, f64>,
    actual_by_kind: &[(String, f64)],
    elapsed: f64,
) -> (Vec<Line>, f64) {
    let warn_at = budget.get("warn_at").copied().unwrap_or(DEFAULT_WARN_AT);
    let mut actual: BTreeMap<String, f64> = BTreeMap::new();
    for (kind, amount) in actual_by_kind {
        *actual.entry(category_for(kind, budget)).or_default() += amount;
    }
    let mut names: Vec<String> = budget.keys().filter(|k| *k != "warn_at").cloned().collect();
    names.extend(actual.keys().filter(|k| !budget.contains_key(*k)).cloned());
    let lines = names
        .into_iter()
        .map(|category| {
            let b = budget.get(&category).copied();
            let a = actual.get(&category).copied().unwrap_or(0.0);
            let used = b.filter(|b| *b > 0.0).map(|b| a / b);
            let status = match (b, used) {
                (Some(_), Some(u)) if u >= 1.0 => Status::Over,
                (Some(_), Some(u)) if u >= warn_at => Status::Warn,
                // Spending against a zero budget is over it.
                (Some(b), None) if b == 0.0 && a > 0.0 => Status::Over,
                _ => Status::Ok,
            };
            Line {
                category,
                budget: b,
                actual: a,
                used,
                projection: (elapsed > 0.0).then(|| a / elapsed),
                status,
            }
        })
        .collect();
    (lines, warn_at)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn budget(pairs: &[(&str, f64)]) -> BTreeMap<String, f64> {
        pairs.iter().map(|(k, v)| (k.to_string(), *v)).collect()
    }

    #[test]
    fn cost_kinds_map_to_budget_categories() {
        let plain = budget(&[("repair", 1.0), ("parts", 1.0), ("travel", 1.0)]);
        let with_other = budget(&[("repair", 1.0), ("other", 1.0)]);
        for (kind, b, want) in [
            ("labour", &plain, "repair"),
            ("travel", &plain, "travel"),
            ("parts", &plain, "parts"),
            ("other", &plain, "repair"),
            ("other", &with_other, "other"),
            ("labour", &with_other, "repair"),
        ] {
            assert_eq!(category_for(kind, b), want, "{kind}");
        }
    }

    #[test]
    fn elapsed_fraction_of_a_year() {
        for (start, end, now, want) in [
            (0, 100, 25, 0.25),
            (0, 100, -5, 0.0),
            (0, 100, 150, 1.0),
            (0, 0, 0, 1.0),
        ] {
            assert_eq!(elapsed_fraction(start, end, now), want);
        }
    }

    #[test]
    fn used_share_projection_and_status() {
        let b = budget(&[
            ("repair", 1000.0),
            ("parts", 100.0),
            ("training", 50.0),
            ("warn_at", 0.8),
        ]);
        let actual = vec![
            ("labour".to_string(), 300.0),
            ("other".to_string(), 100.0),
            ("parts".to_string(), 85.0),
            ("travel".to_string(), 40.0),
        ];
        let (lines, warn_at) = report(&b, &actual, 0.5);
        assert_eq!(warn_at, 0.8);
        let by: BTreeMap<&str, &Line> = lines.iter().map(|l| (l.category.as_str(), l)).collect();
        assert_eq!(by["repair"].actual, 400.0);
        assert_eq!(by["repair"].used, Some(0.4));
        assert_eq!(by["repair"].projection, Some(800.0));
        assert_eq!(by["repair"].status, Status::Ok);
        assert_eq!(by["parts"].status, Status::Warn);
        assert_eq!(by["training"].actual, 0.0);
        // Travel has costs but no budget line: shown, never a warning.
        assert_eq!(by["travel"].budget, None);
        assert_eq!(by["travel"].status, Status::Ok);
        assert!(!by.contains_key("warn_at"));
        assert_eq!(lines.last().map(|l| l.category.as_str()), Some("travel"));
    }

    #[test]
    fn thresholds() {
        let b = budget(&[("parts", 100.0), ("repair", 0.0), ("warn_at", 0.9)]);
        for (amount, want) in [
            (89.0, Status::Ok),
            (90.0, Status::Warn),
            (100.0, Status::Over),
        ] {
            let (lines, _) = report(&b, &[("parts".into(), amount)], 1.0);
            assert_eq!(lines[0].status, want, "{amount}");
        }
        let (lines, _) = report(&b, &[("labour".into(), 1.0)], 1.0);
        assert_eq!(lines[1].category, "repair");
        assert_eq!(lines[1].status, Status::Over);
        let (lines, warn_at) = report(&budget(&[("parts", 10.0)]), &[], 0.0);
        assert_eq!(warn_at, DEFAULT_WARN_AT);
        assert_eq!(lines[0].projection, None);
    }
}
