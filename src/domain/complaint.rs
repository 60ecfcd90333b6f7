//! Complaint rules [001 §3(三), 002]: grading, the lifecycle and escalation up the ladder.

use std::fmt;

/// Where a complaint stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    Open,
    Investigating,
    Planned,
    Resolved,
    Closed,
}

impl Status {
    pub const ALL: [Status; 5] = [
        Status::Open,
        Status::Investigating,
        Status::Planned,
        Status::Resolved,
        Status::Closed,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Status::Open => "open",
            Status::Investigating => "investigating",
            Status::Planned => "planned",
            Status::Resolved => "resolved",
            Status::Closed => "closed",
        }
    }

    pub fn parse(s: &str) -> Option<Status> {
        Status::ALL.into_iter().find(|st| st.as_str() == s)
    }
}

impl fmt::Display for Status {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The commands that act on an existing complaint.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Verb {
    Investigate,
    Plan,
    Resolve,
    Close,
    Reopen,
    Escalate,
    Note,
}

impl Verb {
    const ALL: [Verb; 7] = [
        Verb::Investigate,
        Verb::Plan,
        Verb::Resolve,
        Verb::Close,
        Verb::Reopen,
        Verb::Escalate,
        Verb::Note,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Verb::Investigate => "investigate",
            Verb::Plan => "plan",
            Verb::Resolve => "resolve",
            Verb::Close => "close",
            Verb::Reopen => "reopen",
            Verb::Escalate => "escalate",
            Verb::Note => "note",
        }
    }
}

/// The status `verb` leads to from `from`, or `None` when the change is not allowed.
pub fn next(from: Status, verb: Verb) -> Option<Status> {
    use Status::*;
    match (from, verb) {
        (_, Verb::Note) => Some(from),
        (Open | Investigating | Planned, Verb::Escalate) => Some(from),
        (Open | Investigating, Verb::Investigate) => Some(Investigating),
        // Planning again from `planned` revises the plan.
        (Investigating | Planned, Verb::Plan) => Some(Planned),
        (Planned, Verb::Resolve) => Some(Resolved),
        (Resolved, Verb::Close) => Some(Closed),
        (Resolved | Closed, Verb::Reopen) => Some(Investigating),
        _ => None,
    }
}

/// The verbs allowed from `from`, for the error that refuses any other.
pub fn allowed(from: Status) -> Vec<&'static str> {
    Verb::ALL
        .into_iter()
        .filter(|v| next(from, *v).is_some())
        .map(Verb::as_str)
        .collect()
}

/// Ordinary complaints go to the supervisor within 24 h; major ones (product safety,
/// many customers) to the manager with a team within 48 h [001].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Severity {
    Ordinary,
    Major,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Ordinary => "ordinary",
            Severity::Major => "major",
        }
    }

    pub fn parse(s: &str) -> Option<Severity> {
        match s {
            "ordinary" => Some(Severity::Ordinary),
            "major" => Some(Severity::Major),
            _ => None,
        }
    }
}

/// The grade of a new complaint and why: `major` when asked for or when the description
/// names a safety keyword. A keyword wins over `--severity ordinary`: a complaint about
/// smoke must not be filed away as ordinary.
pub fn grade(
    given: Option<Severity>,
    description: &str,
    keywords: &[String],
) -> (Severity, String) {
    let text = squash(description);
    if let Some(k) = keywords
        .iter()
        .find(|k| !k.trim().is_empty() && text.contains(&squash(k)))
    {
        return (
            Severity::Major,
            format!("description mentions \"{}\"", k.trim()),
        );
    }
    match given {
        Some(s) => (s, format!("--severity {}", s.as_str())),
        None => (Severity::Ordinary, "no major keyword".into()),
    }
}

/// Position of `role` on the escalation ladder; a role off the ladder sits at the bottom.
pub fn level_of(ladder: &[String], role: &str) -> usize {
    ladder.iter().position(|r| r == role).unwrap_or(0)
}

/// The ladder step an escalation from `level` goes to: one up, or the step `to` names.
pub fn escalation_target(
    ladder: &[String],
    level: usize,
    to: Option<&str>,
) -> Result<usize, String> {
    let top = ladder.len().saturating_sub(1);
    let target = match to {
        Some(role) => ladder.iter().position(|r| r == role).ok_or_else(|| {
            format!(
                "\"{role}\" is not on the escalation ladder ({})",
                ladder.join(" → ")
            )
        })?,
        None => level + 1,
    };
    if level >= top && to.is_none() {
        let who = ladder.get(top).map_or("", String::as_str);
        return Err(format!(
            "already at the top of the escalation ladder ({who})"
        ));
    }
    if target <= level {
        let here = ladder.get(level).map_or("", String::as_str);
        return Err(format!(
            "escalation goes up the ladder: {} is not above {here}",
            ladder.get(target).map_or("", String::as_str)
        ));
    }
    Ok(target.min(top))
}

fn squash(s: &str) -> String {
    s.chars()
        .filter(|c| !c.is_whitespace())
        .flat_map(char::to_lowercase)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn strings(v: &[&str]) -> Vec<String> {
        v.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn lifecycle_table() {
        use Status::*;
        let cases = [
            (Open, Verb::Investigate, Some(Investigating)),
            (Open, Verb::Plan, None),
            (Open, Verb::Resolve, None),
            (Open, Verb::Escalate, Some(Open)),
            (Investigating, Verb::Investigate, Some(Investigating)),
            (Investigating, Verb::Plan, Some(Planned)),
            (Investigating, Verb::Resolve, None),
            (Planned, Verb::Plan, Some(Planned)),
            (Planned, Verb::Resolve, Some(Resolved)),
            (Planned, Verb::Close, None),
            (Resolved, Verb::Close, Some(Closed)),
            (Resolved, Verb::Reopen, Some(Investigating)),
            (Resolved, Verb::Escalate, None),
            (Closed, Verb::Reopen, Some(Investigating)),
            (Closed, Verb::Close, None),
            (Closed, Verb::Note, Some(Closed)),
            (Open, Verb::Reopen, None),
        ];
        for (from, verb, want) in cases {
            assert_eq!(next(from, verb), want, "{from} {}", verb.as_str());
        }
        assert_eq!(allowed(Open), ["investigate", "escalate", "note"]);
        assert_eq!(allowed(Resolved), ["close", "reopen", "note"]);
        for s in Status::ALL {
            assert_eq!(Status::parse(s.as_str()), Some(s));
        }
        assert_eq!(Status::parse("new"), None);
    }

    #[test]
    fn grading() {
        let kw = strings(&["起火", "冒烟", "群体"]);
        let cases = [
            ("插上电源后机身冒烟", None, Severity::Major, "冒烟"),
            ("插上电源后机身 冒 烟", None, Severity::Major, "冒烟"),
            ("快递晚到三天", None, Severity::Ordinary, "no major keyword"),
            (
                "快递晚到三天",
                Some(Severity::Major),
                Severity::Major,
                "--severity major",
            ),
            (
                "机器起火了",
                Some(Severity::Ordinary),
                Severity::Major,
                "起火",
            ),
        ];
        for (text, given, want, why) in cases {
            let (s, rule) = grade(given, text, &kw);
            assert_eq!(s, want, "{text}");
            assert!(rule.contains(why), "{text}: {rule}");
        }
        assert_eq!(Severity::parse("major"), Some(Severity::Major));
        assert_eq!(Severity::parse("Major"), None);
    }

    #[test]
    fn escalation_steps() {
        let ladder = strings(&["agent", "supervisor", "manager"]);
        assert_eq!(level_of(&ladder, "supervisor"), 1);
        assert_eq!(level_of(&ladder, "finance"), 0);
        assert_eq!(escalation_target(&ladder, 0, None), Ok(1));
        assert_eq!(escalation_target(&ladder, 1, None), Ok(2));
        assert_eq!(escalation_target(&ladder, 0, Some("manager")), Ok(2));
        let top = escalation_target(&ladder, 2, None).unwrap_err();
        assert!(
            top.contains("top of the escalation ladder (manager)"),
            "{top}"
        );
        let down = escalation_target(&ladder, 2, Some("agent")).unwrap_err();
        assert!(down.contains("not above manager"), "{down}");
        let same = escalation_target(&ladder, 1, Some("supervisor")).unwrap_err();
        assert!(same.contains("not above supervisor"), "{same}");
        let off = escalation_target(&ladder, 0, Some("finance")).unwrap_err();
        assert!(off.contains("agent → supervisor → manager"), "{off}");
    }
}
