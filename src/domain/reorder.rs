//! The reorder rule for spare parts: min/max with pack and minimum order
//! quantity, and min/max derived from recent demand for parts without them.

/// Stock of one part as the rule sees it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Stock {
    pub on_hand: i64,
    pub reserved: i64,
    /// Ordered on open purchase orders (draft, sent, partially received), not yet received.
    pub on_order: i64,
}

impl Stock {
    /// `on_hand − reserved + on_order`.
    pub fn available(&self) -> i64 {
        self.on_hand - self.reserved + self.on_order
    }
}

/// Reorder point and order-up-to level.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Levels {
    pub min: i64,
    pub max: i64,
}

/// What the demand-based rule needs to know.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Demand {
    /// Quantity used in the demand window.
    pub used: i64,
    /// Length of the demand window in days (≥ 1).
    pub window_days: i64,
    pub lead_time: i64,
    pub safety_days: i64,
    pub cover_days: i64,
}

/// `⌈a / b⌉` for a ≥ 0, b > 0.
fn div_ceil(a: i64, b: i64) -> i64 {
    (a + b - 1) / b
}

/// Levels from demand: `daily = used / window_days`,
/// `min = ⌈daily × (lead_time + safety_days)⌉`, `max = min + ⌈daily × cover_days⌉`.
/// Computed in whole numbers (`⌈used × days / window⌉`) so 90 used in 90 days
/// over 10 days is exactly 10, never 11 from rounding error.
pub fn demand_levels(d: &Demand) -> Levels {
    let window = d.window_days.max(1);
    let used = d.used.max(0);
    let min = div_ceil(used * (d.lead_time + d.safety_days).max(0), window);
    let max = min + div_ceil(used * d.cover_days.max(0), window);
    Levels { min, max }
}

/// Average daily use over the window, for explanations.
pub fn daily(d: &Demand) -> f64 {
    d.used.max(0) as f64 / d.window_days.max(1) as f64
}

/// How much to order: nothing while `available > min`; else `max − available`
/// rounded up to a multiple of `pack` and at least `moq` (itself rounded up to
/// the pack). Nothing when `available` already reaches `max`.
pub fn order_qty(available: i64, levels: Levels, pack: i64, moq: i64) -> i64 {
    if available > levels.min {
        return 0;
    }
    let need = levels.max - available;
    if need <= 0 {
        return 0;
    }
    let pack = pack.max(1);
    div_ceil(need.max(moq), pack) * pack
}

/// The arithmetic behind an order line, for people:
/// `available 2 ≤ min 5: 20 − 2 = 18 → pack 5 → 20`.
pub fn explain(available: i64, levels: Levels, pack: i64, moq: i64) -> String {
    if available > levels.min {
        return format!(
            "available {available} > min {}: nothing to order",
            levels.min
        );
    }
    let need = levels.max - available;
    let mut s = format!(
        "available {available} ≤ min {}: {} − {available} = {need}",
        levels.min, levels.max
    );
    if need <= 0 {
        s.push_str(": already at max");
        return s;
    }
    let pack = pack.max(1);
    let mut q = need;
    if q < moq {
        q = moq;
        s.push_str(&format!(" → moq {moq}"));
    }
    let rounded = div_ceil(q, pack) * pack;
    if pack > 1 {
        s.push_str(&format!(" → pack {pack} → {rounded}"));
    }
    s
}

/// The demand figures behind derived levels:
/// `used 90 in 90d: daily 1, min ⌈1 × (7 + 3)⌉ = 10, max 10 + ⌈1 × 30⌉ = 40`.
pub fn explain_demand(d: &Demand, levels: Levels) -> String {
    let daily = daily(d);
    let daily = if daily.fract() == 0.0 {
        format!("{daily}")
    } else {
        format!("{daily:.2}")
    };
    format!(
        "used {} in {}d: daily {daily}, min ⌈{daily} × ({} + {})⌉ = {}, max {} + ⌈{daily} × {}⌉ = {}",
        d.used,
        d.window_days,
        d.lead_time,
        d.safety_days,
        levels.min,
        levels.min,
        d.cover_days,
        levels.max
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn available_is_on_hand_minus_reserved_plus_on_order() {
        for (on_hand, reserved, on_order, want) in [(2, 0, 0, 2), (10, 3, 5, 12), (0, 0, 20, 20)] {
            let s = Stock {
                on_hand,
                reserved,
                on_order,
            };
            assert_eq!(s.available(), want);
        }
    }

    #[test]
    fn min_max_orders_up_to_max_in_packs_and_moq() {
        // (available, min, max, pack, moq, order)
        for (available, min, max, pack, moq, want) in [
            (2, 5, 20, 5, 0, 20),  // 18 → pack 5 → 20
            (5, 5, 20, 5, 0, 15),  // at min: still orders
            (6, 5, 20, 5, 0, 0),   // above min: nothing
            (2, 5, 20, 1, 0, 18),  // no pack rounding
            (2, 5, 20, 1, 25, 25), // moq lifts it
            (2, 5, 20, 5, 12, 20), // moq below the pack-rounded need
            (18, 18, 20, 1, 12, 12),
            (18, 18, 20, 5, 12, 15), // moq itself rounds up to the pack
            (-3, 0, 10, 4, 0, 16),   // reserved beyond stock: 13 → 16
            (5, 5, 5, 1, 10, 0),     // already at max: no order, even with moq
            (0, 0, 0, 1, 10, 0),     // no demand: nothing
        ] {
            assert_eq!(
                order_qty(available, Levels { min, max }, pack, moq),
                want,
                "available {available} min {min} max {max} pack {pack} moq {moq}"
            );
        }
    }

    #[test]
    fn demand_levels_follow_the_formula() {
        // (used, window, lead, safety, cover, min, max)
        for (used, window, lead, safety, cover, min, max) in [
            (90, 90, 7, 3, 30, 10, 40), // daily 1
            (0, 90, 7, 3, 30, 0, 0),    // unused part
            (45, 90, 7, 3, 30, 5, 20),  // daily 0.5
            (7, 90, 7, 3, 30, 1, 4),    // ⌈0.78⌉ = 1, 1 + ⌈2.33⌉ = 4
            (180, 90, 0, 0, 30, 0, 60), // no lead time nor safety stock
            (10, 1, 2, 1, 3, 30, 60),
        ] {
            let d = Demand {
                used,
                window_days: window,
                lead_time: lead,
                safety_days: safety,
                cover_days: cover,
            };
            assert_eq!(demand_levels(&d), Levels { min, max }, "{d:?}");
        }
    }

    #[test]
    fn the_done_when_examples() {
        assert_eq!(order_qty(2, Levels { min: 5, max: 20 }, 5, 0), 20);
        let d = Demand {
            used: 90,
            window_days: 90,
            lead_time: 7,
            safety_days: 3,
            cover_days: 30,
        };
        let l = demand_levels(&d);
        assert_eq!(order_qty(5, l, 1, 0), 35);
    }

    #[test]
    fn explanations_show_the_arithmetic() {
        assert_eq!(
            explain(2, Levels { min: 5, max: 20 }, 5, 0),
            "available 2 ≤ min 5: 20 − 2 = 18 → pack 5 → 20"
        );
        assert_eq!(
            explain(2, Levels { min: 5, max: 20 }, 1, 25),
            "available 2 ≤ min 5: 20 − 2 = 18 → moq 25"
        );
        assert!(explain(9, Levels { min: 5, max: 20 }, 1, 0).contains("nothing to order"));
        let d = Demand {
            used: 90,
            window_days: 90,
            lead_time: 7,
            safety_days: 3,
            cover_days: 30,
        };
        assert_eq!(
            explain_demand(&d, demand_levels(&d)),
            "used 90 in 90d: daily 1, min ⌈1 × (7 + 3)⌉ = 10, max 10 + ⌈1 × 30⌉ = 40"
        );
    }

    proptest! {
        #[test]
        fn an_order_reaches_min_and_respects_pack_and_moq(
            on_hand in 0i64..10_000,
            reserved in 0i64..1_000,
            on_order in 0i64..1_000,
            min in 0i64..5_000,
            extra in 0i64..5_000,
            pack in 1i64..100,
            moq in 0i64..500,
        ) {
            let levels = Levels { min, max: min + extra };
            let available = Stock { on_hand, reserved, on_order }.available();
            let q = order_qty(available, levels, pack, moq);
            prop_assert!(q >= 0);
            if available <= min {
                prop_assert!(available + q >= min, "available {} + order {} < min {}", available, q, min);
                if available < levels.max {
                    prop_assert!(available + q >= levels.max);
                }
            } else {
                prop_assert_eq!(q, 0);
            }
            if q > 0 {
                prop_assert_eq!(q % pack, 0);
                prop_assert!(q >= moq);
                // Never more than one pack (or the moq) beyond what reaches max.
                prop_assert!(q < (levels.max - available).max(moq) + pack);
            }
        }

        #[test]
        fn demand_levels_are_ordered_and_grow_with_use(
            used in 0i64..100_000,
            window in 1i64..400,
            lead in 0i64..60,
            safety in 0i64..30,
            cover in 0i64..90,
        ) {
            let d = Demand { used, window_days: window, lead_time: lead, safety_days: safety, cover_days: cover };
            let l = demand_levels(&d);
            prop_assert!(0 <= l.min && l.min <= l.max);
            let more = demand_levels(&Demand { used: used + 1, ..d });
            prop_assert!(more.min >= l.min && more.max >= l.max);
            // The ceiling never overshoots by a whole unit.
            prop_assert!((l.min as f64) < daily(&d) * (lead + safety) as f64 + 1.0);
        }
    }
}
