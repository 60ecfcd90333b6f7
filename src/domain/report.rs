//! Pure rules of the reports: which month `--month` names, the mean and median
//! of resolution times, and the ranking of the most frequent problems.

use std::collections::BTreeMap;

/// `YYYY-MM` as (year, month); malformed or impossible months are refused.
pub fn parse_month(s: &str) -> Result<(i16, i8), String> {
    let s = s.trim();
    let bad = || format!("invalid month \"{s}\": use YYYY-MM, e.g. 2026-12");
    let (y, m) = s.split_once('-').ok_or_else(bad)?;
    if y.len() != 4 || m.len() != 2 || !y.bytes().chain(m.bytes()).all(|b| b.is_ascii_digit()) {
        return Err(bad());
    }
    let (y, m): (i16, i8) = (y.parse().map_err(|_| bad())?, m.parse().map_err(|_| bad())?);
    if !(1..=12).contains(&m) || !(1970..=9998).contains(&y) {
        return Err(format!(
            "impossible month \"{s}\": months run 01 to 12 of years 1970 to 9998"
        ));
    }
    Ok((y, m))
}

/// Mean and median of `values` (0 and 0 for none); an even count takes the
/// middle two's mean.
pub fn mean_median(mut values: Vec<i64>) -> (f64, f64) {
    let n = values.len();
    if n == 0 {
        return (0.0, 0.0);
    }
    values.sort_unstable();
    let mean = values.iter().sum::<i64>() as f64 / n as f64;
    let median = if n % 2 == 1 {
        values[n / 2] as f64
    } else {
        (values[n / 2 - 1] + values[n / 2]) as f64 / 2.0
    };
    (mean, median)
}

/// A (category, product) pair and how often it came up, now and the period before.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub rank: i64,
    pub category: String,
    pub product: Option<String>,
    pub count: i64,
    pub previous: i64,
}

/// How many pairs `top_problems` lists.
pub const TOP: usize = 10;

/// The `TOP` most frequent pairs of `now`, most first; ties go to the bigger
/// rise since `then`, then by name. Pairs seen only `then` are not problems now.
pub fn rank_problems(
    now: BTreeMap<(String, Option<String>), i64>,
    then: &BTreeMap<(String, Option<String>), i64>,
) -> Vec<Problem> {
    let mut rows: Vec<Problem> = now
        .into_iter()
        .map(|((category, product), count)| {
            let previous = then
                .get(&(category.clone(), product.clone()))
                .copied()
                .unwrap_or(0);
            Problem {
                rank: 0,
                category,
                product,
                count,
                previous,
            }
        })
        .collect();
    rows.sort_by(|a, b| {
        b.count
            .cmp(&a.count)
            .then((b.count - b.previous).cmp(&(a.count - a.previous)))
            .then_with(|| (&a.category, &a.product).cmp(&(&b.category, &b.product)))
    });
    rows.truncate(TOP);
    for (i, r) in rows.iter_mut().enumerate() {
        r.rank = i as i64 + 1;
    }
    rows
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn months() {
        for (s, want) in [("2026-12", (2026, 12)), (" 2027-01 ", (2027, 1))] {
            assert_eq!(parse_month(s), Ok(want), "{s}");
        }
        for bad in [
            "2026-13", "2026-00", "2026-1", "26-12", "2026/12", "12-2026", "", "2026-1a", "1969-12",
        ] {
            assert!(parse_month(bad).is_err(), "{bad}");
        }
        assert!(parse_month("2026-13").unwrap_err().contains("impossible"));
    }

    #[test]
    fn mean_and_median() {
        for (values, mean, median) in [
            (vec![], 0.0, 0.0),
            (vec![30], 30.0, 30.0),
            (vec![90, 30, 60], 60.0, 60.0),
            (vec![10, 40, 20, 30], 25.0, 25.0),
            (vec![0, 0, 0, 600], 150.0, 0.0),
        ] {
            assert_eq!(mean_median(values.clone()), (mean, median), "{values:?}");
        }
    }

    fn pairs(v: &[(&str, Option<&str>, i64)]) -> BTreeMap<(String, Option<String>), i64> {
        v.iter()
            .map(|(c, p, n)| ((c.to_string(), p.map(str::to_string)), *n))
            .collect()
    }

    #[test]
    fn problems_rank_by_count_then_rise_then_name() {
        let now = pairs(&[
            ("noise", Some("AT-100"), 5),
            ("leak", Some("WH-50"), 5),
            ("display", None, 7),
            ("software", Some("RC-8"), 1),
        ]);
        let then = pairs(&[
            ("noise", Some("AT-100"), 1),
            ("leak", Some("WH-50"), 6),
            ("gone", Some("X"), 9),
        ]);
        let r = rank_problems(now, &then);
        let order: Vec<(&str, i64, i64, i64)> = r
            .iter()
            .map(|p| (p.category.as_str(), p.rank, p.count, p.previous))
            .collect();
        assert_eq!(
            order,
            vec![
                ("display", 1, 7, 0),
                ("noise", 2, 5, 1),
                ("leak", 3, 5, 6),
                ("software", 4, 1, 0),
            ]
        );
    }

    #[test]
    fn only_the_top_ten_are_listed() {
        let now: BTreeMap<_, _> = (0..15)
            .map(|i| ((format!("c{i:02}"), None), i as i64 + 1))
            .collect();
        let r = rank_problems(now, &BTreeMap::new());
        assert_eq!(r.len(), TOP);
        assert_eq!((r[0].category.as_str(), r[0].count), ("c14", 15));
        assert_eq!(r[9].rank, 10);
    }
}
