//! The ticket lifecycle and the intake rules [002] as pure
//! functions: the status machine, priorities, the description rule, the
//! duplicate window and the choice of an engineer.

use std::fmt;

use crate::domain::calendar::{Calendar, Duration};
use crate::domain::lint;

/// Where a ticket stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Status {
    New,
    Assigned,
    Scheduled,
    InProgress,
    WaitingCustomer,
    WaitingParts,
    TakenBack,
    Returned,
    Resolved,
    Closed,
    Reopened,
    Cancelled,
}

pub const STATUSES: &[Status] = &[
    Status::New,
    Status::Assigned,
    Status::Scheduled,
    Status::InProgress,
    Status::WaitingCustomer,
    Status::WaitingParts,
    Status::TakenBack,
    Status::Returned,
    Status::Resolved,
    Status::Closed,
    Status::Reopened,
    Status::Cancelled,
];

impl Status {
    pub fn as_str(self) -> &'static str {
        match self {
            Status::New => "new",
            Status::Assigned => "assigned",
            Status::Scheduled => "scheduled",
            Status::InProgress => "in_progress",
            Status::WaitingCustomer => "waiting_customer",
            Status::WaitingParts => "waiting_parts",
            Status::TakenBack => "taken_back",
            Status::Returned => "returned",
            Status::Resolved => "resolved",
            Status::Closed => "closed",
            Status::Reopened => "reopened",
            Status::Cancelled => "cancelled",
        }
    }

    pub fn parse(s: &str) -> Option<Status> {
        STATUSES.iter().copied().find(|st| st.as_str() == s)
    }

    /// Still being worked on: not resolved, closed or cancelled. Open tickets
    /// count for the duplicate rule, the workload and `--overdue`.
    pub fn is_open(self) -> bool {
        !matches!(self, Status::Resolved | Status::Closed | Status::Cancelled)
    }
}

impl fmt::Display for Status {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The verbs that act on a ticket's status (`note` never does).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Verb {
    Assign,
    Schedule,
    Start,
    WaitCustomer,
    WaitParts,
    Resume,
    Handover,
    Return,
    Resolve,
    Sign,
    Close,
    Reopen,
    Cancel,
}

pub const VERBS: &[Verb] = &[
    Verb::Assign,
    Verb::Schedule,
    Verb::Start,
    Verb::WaitCustomer,
    Verb::WaitParts,
    Verb::Resume,
    Verb::Handover,
    Verb::Return,
    Verb::Resolve,
    Verb::Sign,
    Verb::Close,
    Verb::Reopen,
    Verb::Cancel,
];

impl Verb {
    /// The command as a user types it.
    pub fn as_str(self) -> &'static str {
        match self {
            Verb::Assign => "assign",
            Verb::Schedule => "schedule",
            Verb::Start => "start",
            Verb::WaitCustomer => "wait --for customer",
            Verb::WaitParts => "wait --for parts",
            Verb::Resume => "resume",
            Verb::Handover => "handover",
            Verb::Return => "return",
            Verb::Resolve => "resolve",
            Verb::Sign => "sign",
            Verb::Close => "close",
            Verb::Reopen => "reopen",
            Verb::Cancel => "cancel",
        }
    }
}

/// The status after `verb` on a ticket in `from`, or `None` when the change is
/// not allowed. `inquiry` tickets may be resolved straight from new/assigned.
/// `assign` works on every open ticket but moves only new and reopened ones;
/// `sign` (the customer's acceptance) never moves the status.
pub fn transition(from: Status, verb: Verb, inquiry: bool) -> Option<Status> {
    use Status as S;
    use Verb as V;
    match (from, verb) {
        (S::New | S::Reopened, V::Assign) => Some(S::Assigned),
        (s, V::Assign) if s.is_open() => Some(s),
        (S::New | S::Assigned | S::Scheduled | S::Reopened, V::Start) => Some(S::InProgress),
        (S::Assigned | S::Scheduled, V::Schedule) => Some(S::Scheduled),
        (S::New | S::Assigned, V::Resolve) if inquiry => Some(S::Resolved),
        (S::New | S::Assigned | S::Scheduled, V::Cancel) => Some(S::Cancelled),
        (S::InProgress, V::WaitCustomer) => Some(S::WaitingCustomer),
        (S::InProgress, V::WaitParts) => Some(S::WaitingParts),
        (S::InProgress, V::Handover) => Some(S::TakenBack),
        (S::InProgress | S::Returned, V::Resolve) => Some(S::Resolved),
        (S::WaitingCustomer | S::WaitingParts, V::Resume) => Some(S::InProgress),
        (S::TakenBack, V::Return) => Some(S::Returned),
        (S::InProgress | S::Returned | S::Resolved, V::Sign) => Some(from),
        (S::Resolved, V::Close) => Some(S::Closed),
        (S::Resolved | S::Closed, V::Reopen) => Some(S::Reopened),
        _ => None,
    }
}

/// Every change allowed from `from`, as "verb → status" (or "verb" when the
/// status stays), for the message of a refused change.
pub fn allowed_from(from: Status, inquiry: bool) -> Vec<String> {
    VERBS
        .iter()
        .filter_map(|v| {
            transition(from, *v, inquiry).map(|to| {
                if to == from {
                    v.as_str().to_string()
                } else {
                    format!("{} → {to}", v.as_str())
                }
            })
        })
        .collect()
}

/// Ticket priorities, lowest first.
pub const PRIORITIES: &[&str] = &["low", "normal", "high", "urgent"];

/// One step up; `urgent` stays `urgent`.
pub fn raise(priority: &str) -> &'static str {
    let i = PRIORITIES.iter().position(|x| *x == priority).unwrap_or(1);
    PRIORITIES[(i + 1).min(PRIORITIES.len() - 1)]
}

/// Why a description was refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DescriptionProblem {
    /// Only vague phrases (those found) and filler words: says that something fails, not what.
    Vague(Vec<String>),
    /// Fewer than the minimum characters (whitespace not counted).
    TooShort { chars: usize, min: usize },
}

/// What a description must tell, for the hint of a refusal.
pub const DESCRIBE_HINT: &str = "describe the symptom (what exactly fails, e.g. 不通电, 开机有咔咔异响, 底部漏水), \
     when it happens, and what was already tried";

/// The description rule [002]: a description made only of vague phrases
/// ("坏了", "无法正常使用") and filler ("用户反映", "礼品"), ignoring
/// punctuation and spaces, is refused, and so is one shorter than `min_chars`.
pub fn check_description(
    text: &str,
    min_chars: usize,
    vague: &[String],
    filler: &[String],
) -> Result<(), DescriptionProblem> {
    let found: Vec<String> = {
        let mut v: Vec<String> = lint::find_phrases(text, vague)
            .into_iter()
            .map(|(_, p)| p)
            .collect();
        v.dedup();
        v
    };
    // Keep letters and digits only, then strip vague phrases and filler,
    // longest first, until nothing more comes off.
    let mut rest: String = text
        .chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect();
    let mut strip: Vec<String> = vague
        .iter()
        .chain(filler)
        .map(|p| {
            p.chars()
                .filter(|c| c.is_alphanumeric())
                .flat_map(char::to_lowercase)
                .collect::<String>()
        })
        .filter(|p| !p.is_empty())
        .collect();
    strip.sort_by_key(|p| std::cmp::Reverse(p.chars().count()));
    loop {
        let before = rest.len();
        for p in &strip {
            rest = rest.replace(p.as_str(), "");
        }
        if rest.len() == before {
            break;
        }
    }
    if rest.is_empty() {
        return Err(DescriptionProblem::Vague(found));
    }
    let chars = text.chars().filter(|c| !c.is_whitespace()).count();
    if chars < min_chars {
        return Err(DescriptionProblem::TooShort {
            chars,
            min: min_chars,
        });
    }
    Ok(())
}

/// Is a ticket opened at `opened_at` still inside the duplicate window at `now`?
pub fn within_window(cal: &Calendar, opened_at: i64, now: i64, window: &Duration) -> bool {
    opened_at <= now && now <= crate::domain::sla::due(cal, opened_at, window)
}

/// An engineer as `assign --auto` sees them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Candidate {
    pub id: String,
    pub skills: Vec<String>,
    pub region: Option<String>,
    pub active: bool,
    pub open_tickets: i64,
}

/// Why nobody fits.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NoFit {
    /// No engineer lists the category among their skills.
    NoSkill,
    /// Engineers have the skill, but none in the customer's region (their regions).
    NoneInRegion(Vec<String>),
    /// The skilled engineers of the region are all deactivated (their ids).
    AllInactive(Vec<String>),
}

/// `assign --auto`: an active engineer whose skills include `category` and
/// whose region is the customer's (any region when the customer has none),
/// with the fewest open tickets; ties go to the lowest id.
pub fn pick_engineer<'a>(
    candidates: &'a [Candidate],
    category: &str,
    region: Option<&str>,
) -> Result<&'a Candidate, NoFit> {
    let skilled: Vec<&Candidate> = candidates
        .iter()
        .filter(|c| c.skills.iter().any(|s| s == category))
        .collect();
    if skilled.is_empty() {
        return Err(NoFit::NoSkill);
    }
    let local: Vec<&Candidate> = skilled
        .iter()
        .copied()
        .filter(|c| region.is_none() || c.region.as_deref() == region)
        .collect();
    if local.is_empty() {
        let mut regions: Vec<String> = skilled
            .iter()
            .map(|c| c.region.clone().unwrap_or_else(|| "no region".into()))
            .collect();
        regions.sort();
        regions.dedup();
        return Err(NoFit::NoneInRegion(regions));
    }
    local
        .iter()
        .copied()
        .filter(|c| c.active)
        .min_by(|a, b| {
            a.open_tickets
                .cmp(&b.open_tickets)
                .then_with(|| a.id.cmp(&b.id))
        })
        .ok_or_else(|| NoFit::AllInactive(local.iter().map(|c| c.id.clone()).collect()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use Status as S;
    use Verb as V;

    /// The status table, row by row: every allowed change and where it leads.
    #[test]
    fn the_status_table_of_the_spec() {
        let allowed: &[(Status, Verb, bool, Status)] = &[
            (S::New, V::Assign, false, S::Assigned),
            (S::New, V::Start, false, S::InProgress),
            (S::New, V::Resolve, true, S::Resolved),
            (S::New, V::Cancel, false, S::Cancelled),
            (S::Assigned, V::Assign, false, S::Assigned),
            (S::Assigned, V::Schedule, false, S::Scheduled),
            (S::Assigned, V::Start, false, S::InProgress),
            (S::Assigned, V::Resolve, true, S::Resolved),
            (S::Assigned, V::Cancel, false, S::Cancelled),
            (S::Scheduled, V::Schedule, false, S::Scheduled),
            (S::Scheduled, V::Start, false, S::InProgress),
            (S::Scheduled, V::Cancel, false, S::Cancelled),
            (S::InProgress, V::WaitCustomer, false, S::WaitingCustomer),
            (S::InProgress, V::WaitParts, false, S::WaitingParts),
            (S::InProgress, V::Handover, false, S::TakenBack),
            (S::InProgress, V::Resolve, false, S::Resolved),
            (S::WaitingCustomer, V::Resume, false, S::InProgress),
            (S::WaitingParts, V::Resume, false, S::InProgress),
            (S::TakenBack, V::Return, false, S::Returned),
            (S::Returned, V::Resolve, false, S::Resolved),
            (S::Resolved, V::Close, false, S::Closed),
            (S::Resolved, V::Reopen, false, S::Reopened),
            (S::Closed, V::Reopen, false, S::Reopened),
            (S::Reopened, V::Assign, false, S::Assigned),
            (S::Reopened, V::Start, false, S::InProgress),
        ];
        for (from, verb, inquiry, to) in allowed {
            assert_eq!(
                transition(*from, *verb, *inquiry),
                Some(*to),
                "{from} {}",
                verb.as_str()
            );
        }
    }

    #[test]
    fn changes_outside_the_table_are_refused() {
        let refused: &[(Status, Verb, bool)] = &[
            (S::New, V::Resolve, false),
            (S::Assigned, V::Resolve, false),
            (S::New, V::Close, false),
            (S::New, V::Schedule, false),
            (S::Scheduled, V::Resolve, true),
            (S::InProgress, V::Close, false),
            (S::InProgress, V::Cancel, false),
            (S::InProgress, V::Start, false),
            (S::WaitingParts, V::Resolve, false),
            (S::WaitingParts, V::WaitCustomer, false),
            (S::TakenBack, V::Resolve, false),
            (S::Returned, V::Close, false),
            (S::Resolved, V::Assign, false),
            (S::Resolved, V::Resolve, false),
            (S::Closed, V::Close, false),
            (S::Closed, V::Sign, false),
            (S::Reopened, V::Resolve, false),
            (S::Reopened, V::Cancel, false),
            (S::Cancelled, V::Reopen, false),
            (S::Cancelled, V::Assign, false),
            (S::New, V::Sign, false),
        ];
        for (from, verb, inquiry) in refused {
            assert_eq!(
                transition(*from, *verb, *inquiry),
                None,
                "{from} {}",
                verb.as_str()
            );
        }
    }

    #[test]
    fn assign_and_sign_keep_the_status_where_they_do_not_move_it() {
        for s in [
            S::Scheduled,
            S::InProgress,
            S::WaitingCustomer,
            S::WaitingParts,
            S::TakenBack,
            S::Returned,
        ] {
            assert_eq!(transition(s, V::Assign, false), Some(s), "{s}");
        }
        for s in [S::InProgress, S::Returned, S::Resolved] {
            assert_eq!(transition(s, V::Sign, false), Some(s), "{s}");
        }
    }

    #[test]
    fn allowed_changes_are_listed_for_the_error() {
        assert_eq!(
            allowed_from(S::Resolved, false),
            vec!["sign", "close → closed", "reopen → reopened"]
        );
        assert_eq!(
            allowed_from(S::New, true),
            vec![
                "assign → assigned",
                "start → in_progress",
                "resolve → resolved",
                "cancel → cancelled"
            ]
        );
        assert!(allowed_from(S::Cancelled, false).is_empty());
    }

    #[test]
    fn statuses_round_trip_and_open_ones_are_known() {
        for s in STATUSES {
            assert_eq!(Status::parse(s.as_str()), Some(*s));
        }
        assert_eq!(Status::parse("done"), None);
        let open: Vec<&str> = STATUSES
            .iter()
            .filter(|s| s.is_open())
            .map(|s| s.as_str())
            .collect();
        assert_eq!(open.len(), 9);
        assert!(!open.contains(&"resolved"));
    }

    #[test]
    fn priorities_rise_one_step() {
        for (from, to) in [
            ("low", "normal"),
            ("normal", "high"),
            ("high", "urgent"),
            ("urgent", "urgent"),
        ] {
            assert_eq!(raise(from), to);
        }
    }

    fn v(items: &[&str]) -> Vec<String> {
        items.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn the_description_rule() {
        let vague = v(&["无法正常使用", "坏了", "有问题", "不能用"]);
        let filler = v(&["用户反映", "客户反映", "用户", "礼品", "产品"]);
        let cases: &[(&str, Option<&str>)] = &[
            ("坏了", Some("vague")),
            ("坏了！", Some("vague")),
            ("用户反映礼品坏了", Some("vague")),
            ("用户反映：产品无法正常使用。", Some("vague")),
            ("坏了，有问题，不能用", Some("vague")),
            ("  无法 正常 使用  ", Some("vague")),
            ("不通电", Some("short")),
            ("用户反映用户反映", Some("vague")),
            ("风扇转动时有咔咔异响", None),
            ("开机后屏幕坏了，显示花屏有竖线", None),
            ("插电后指示灯不亮，换插座也不行", None),
        ];
        for (text, want) in cases {
            let got = check_description(text, 8, &vague, &filler);
            let got = match got {
                Ok(()) => None,
                Err(DescriptionProblem::Vague(_)) => Some("vague"),
                Err(DescriptionProblem::TooShort { .. }) => Some("short"),
            };
            assert_eq!(got, *want, "{text}");
        }
        assert_eq!(
            check_description("用户反映礼品坏了", 8, &vague, &filler),
            Err(DescriptionProblem::Vague(v(&["坏了"])))
        );
    }

    fn cand(id: &str, skills: &[&str], region: &str, active: bool, open: i64) -> Candidate {
        Candidate {
            id: id.into(),
            skills: v(skills),
            region: Some(region.into()),
            active,
            open_tickets: open,
        }
    }

    #[test]
    fn auto_assign_picks_the_least_busy_skilled_local_engineer() {
        let c = vec![
            cand("zhao", &["noise", "leak"], "深圳", true, 3),
            cand("qian", &["noise"], "深圳", true, 1),
            cand("sun", &["noise"], "北京", true, 0),
            cand("li", &["leak"], "深圳", true, 0),
            cand("an", &["noise"], "深圳", true, 1),
            cand("wu", &["noise"], "深圳", false, 0),
        ];
        assert_eq!(pick_engineer(&c, "noise", Some("深圳")).unwrap().id, "an");
        assert_eq!(pick_engineer(&c, "leak", Some("深圳")).unwrap().id, "li");
        assert_eq!(pick_engineer(&c, "noise", Some("北京")).unwrap().id, "sun");
        assert_eq!(pick_engineer(&c, "noise", None).unwrap().id, "sun");
        assert_eq!(
            pick_engineer(&c, "display", Some("深圳")),
            Err(NoFit::NoSkill)
        );
        assert_eq!(
            pick_engineer(&c, "leak", Some("北京")),
            Err(NoFit::NoneInRegion(v(&["深圳"])))
        );
        let inactive = vec![cand("wu", &["noise"], "上海", false, 0)];
        assert_eq!(
            pick_engineer(&inactive, "noise", Some("上海")),
            Err(NoFit::AllInactive(v(&["wu"])))
        );
    }
}
