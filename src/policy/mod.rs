//! The policy: the TOML model, the built-in default, merging a user
//! file over it key by key, and validation that points at `FILE:LINE:COL`.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::domain::calendar::{Calendar, CalendarSpec, Duration};
use crate::error::{self, Error, Result};

/// The built-in default policy: the rules of the after-sales manuals.
pub const DEFAULT_TOML: &str = include_str!("default.toml");

/// The same default as parsed, in JSON: every command starts by loading the
/// policy, and reading this is several times cheaper than parsing the TOML
/// (a unit test keeps the two equal).
const DEFAULT_JSON: &str = include_str!("default.json");

/// A duration from the policy (`24h`, `3wd`, …), validated while parsing so a
/// bad value is reported at its line and column.
#[derive(Clone, Debug, PartialEq)]
pub struct Dur(pub Duration);

impl<'de> Deserialize<'de> for Dur {
    fn deserialize<D: Deserializer<'de>>(d: D) -> std::result::Result<Dur, D::Error> {
        let s = String::deserialize(d)?;
        Duration::parse(&s)
            .map(Dur)
            .map_err(serde::de::Error::custom)
    }
}

impl Serialize for Dur {
    fn serialize<S: Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        s.serialize_str(&self.0.to_string())
    }
}

impl Default for Dur {
    fn default() -> Dur {
        Dur(Duration::Minutes(60))
    }
}

#[derive(Clone, Debug, Default, Deserialize, Serialize)]
#[serde(default, deny_unknown_fields)]
pub struct Policy {
    pub timezone: String,
    pub calendar: CalendarCfg,
    pub customers: Customers,
    pub tickets: Tickets,
    pub departments: BTreeMap<String, String>,
    pub warranty: Warranty,
    pub sla: Sla,
    pub complaints: Complaints,
    pub escalation: Escalation,
    pub callbacks: Callbacks,
    pub parts: Parts,
    pub costs: Costs,
    pub budget: BTreeMap<String, BTreeMap<String, f64>>,
    pub roles: BTreeMap<String, Role>,
    pub retention: Retention,
    pub privacy: Privacy,
    pub lint: Lint,
    pub export: Export,
}

#[derive(Clone, Debug, Default, Deserialize, Serialize)]
#[serde(default, deny_unknown_fields)]
pub struct CalendarCfg {
    pub workdays: Vec<String>,
    pub hours: Vec<String>,
    pub holidays: Vec<String>,
    pub extra_workdays: Vec<String>,
}

#[derive(Clone, Debug, Default, Deserialize, Serialize)]
#[serde(default, deny_unknown_fields)]
pub struct Customers {
    pub vip_min_purchase: f64,
}

#[derive(Clone, Debug, Default, Deserialize, Serialize)]
#[serde(default, deny_unknown_fields)]
pub struct Tickets {
    pub categories: Vec<String>,
    pub min_description_chars: usize,
    pub vague_phrases: Vec<String>,
    /// Words that add nothing to a description ("用户反映", "礼品"): a
    /// description of only these and vague phrases is vague.
    pub filler_words: Vec<String>,
    pub require_signoff: Vec<String>,
    pub duplicate_window: Dur,
}

#[derive(Clone, Debug, Default, Deserialize, Serialize)]
#[serde(default, deny_unknown_fields)]
pub struct Warranty {
    pub exchange_within: Dur,
    pub repair_within: Dur,
}

#[derive(Clone, Debug, Default, Deserialize, Serialize)]
#[serde(default, deny_unknown_fields)]
pub struct Sla {
    pub ticket: SlaTicket,
}

/// SLA targets for tickets: defaults, then per-priority and VIP overrides.
#[derive(Clone, Debug, Default, Deserialize, Serialize)]
#[serde(default, deny_unknown_fields)]
pub struct SlaTicket {
    pub first_response: Dur,
    pub resolve: Dur,
    pub update_every: Dur,
    pub pause_on: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub low: Option<SlaTargets>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub normal: Option<SlaTargets>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub high: Option<SlaTargets>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub urgent: Option<SlaTargets>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub vip: Option<SlaTargets>,
}

#[derive(Clone, Debug, Default, Deserialize, Serialize)]
#[serde(default, deny_unknown_fields)]
pub struct SlaTargets {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub first_response: Option<Dur>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub resolve: Option<Dur>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub update_every: Option<Dur>,
}

/// The three ticket targets in force for one ticket.
#[derive(Clone, Debug, PartialEq)]
pub struct TicketTargets {
    pub first_response: Duration,
    pub resolve: Duration,
    pub update_every: Duration,
}

impl SlaTicket {
    /// Defaults, overridden by the priority's table, then by the VIP table for VIP customers.
    pub fn targets(&self, priority: &str, vip: bool) -> TicketTargets {
        let mut t = TicketTargets {
            first_response: self.first_response.0,
            resolve: self.resolve.0,
            update_every: self.update_every.0,
        };
        let by_priority = match priority {
            "low" => &self.low,
            "normal" => &self.normal,
            "high" => &self.high,
            "urgent" => &self.urgent,
            _ => &None,
        };
        for o in [by_priority, if vip { &self.vip } else { &None }]
            .into_iter()
            .flatten()
        {
            if let Some(d) = &o.first_response {
                t.first_response = d.0;
            }
            if let Some(d) = &o.resolve {
                t.resolve = d.0;
            }
            if let Some(d) = &o.update_every {
                t.update_every = d.0;
            }
        }
        t
    }
}

#[derive(Clone, Debug, Default, Deserialize, Serialize)]
#[serde(default, deny_unknown_fields)]
pub struct Complaints {
    pub categories: Vec<String>,
    pub major_keywords: Vec<String>,
    pub ordinary: Grade,
    pub major: Grade,
    pub handling: BTreeMap<String, String>,
}

#[derive(Clone, Debug, Default, Deserialize, Serialize)]
#[serde(default, deny_unknown_fields)]
pub struct Grade {
    pub owner_role: String,
    pub plan_within: Dur,
}

#[derive(Clone, Debug, Default, Deserialize, Serialize)]
#[serde(default, deny_unknown_fields)]
pub struct Escalation {
    pub warn_at: f64,
    pub ladder: Vec<String>,
}

#[derive(Clone, Debug, Default, Deserialize, Serialize)]
#[serde(default, deny_unknown_fields)]
pub struct Callbacks {
    pub satisfaction_within: Dur,
    pub confirm_within: Dur,
    pub max_attempts: u32,
    pub reopen_on: Vec<String>,
}

#[derive(Clone, Debug, Default, Deserialize, Serialize)]
#[serde(default, deny_unknown_fields)]
pub struct Parts {
    pub demand_window: Dur,
    pub safety_days: u32,
    pub cover_days: u32,
}

#[derive(Clone, Debug, Default, Deserialize, Serialize)]
#[serde(default, deny_unknown_fields)]
pub struct Costs {
    pub currency: String,
    pub labour_rate: f64,
}

#[derive(Clone, Debug, Default, Deserialize, Serialize)]
#[serde(default, deny_unknown_fields)]
pub struct Role {
    pub can: Vec<String>,
}

#[derive(Clone, Debug, Default, Deserialize, Serialize)]
#[serde(default, deny_unknown_fields)]
pub struct Retention {
    pub keep: Dur,
}

#[derive(Clone, Debug, Default, Deserialize, Serialize)]
#[serde(default, deny_unknown_fields)]
pub struct Privacy {
    pub mask: Vec<String>,
}

#[derive(Clone, Debug, Default, Deserialize, Serialize)]
#[serde(default, deny_unknown_fields)]
pub struct Lint {
    pub forbidden_phrases: Vec<String>,
    pub suggestions: BTreeMap<String, String>,
}

#[derive(Clone, Debug, Default, Deserialize, Serialize)]
#[serde(default, deny_unknown_fields)]
pub struct Export {
    pub bom: bool,
}

/// Every permission a role may name; `*` patterns must match at least one.
pub const PERMISSIONS: &[&str] = &[
    "customer.add",
    "customer.list",
    "customer.show",
    "customer.edit",
    "customer.import",
    "product.add",
    "product.list",
    "product.show",
    "product.import",
    "purchase.add",
    "purchase.list",
    "purchase.import",
    "staff.add",
    "staff.list",
    "staff.deactivate",
    "ticket.open",
    "ticket.list",
    "ticket.show",
    "ticket.assign",
    "ticket.schedule",
    "ticket.start",
    "ticket.wait",
    "ticket.resume",
    "ticket.note",
    "ticket.handover",
    "ticket.return",
    "ticket.resolve",
    "ticket.sign",
    "ticket.close",
    "ticket.reopen",
    "ticket.cancel",
    "ticket.import",
    "complaint.open",
    "complaint.list",
    "complaint.show",
    "complaint.note",
    "complaint.escalate",
    "complaint.investigate",
    "complaint.plan",
    "complaint.resolve",
    "complaint.close",
    "complaint.reopen",
    "callback.list",
    "callback.show",
    "callback.record",
    "callback.schedule",
    "sla.check",
    "sla.apply",
    "sla.explain",
    "calendar.due",
    "calendar.show",
    "parts.add",
    "parts.edit",
    "parts.list",
    "parts.show",
    "parts.import",
    "parts.receive",
    "parts.use",
    "parts.count",
    "parts.scrap",
    "parts.reorder",
    "parts.order",
    "supplier.add",
    "supplier.list",
    "po.list",
    "po.show",
    "po.send",
    "po.receive",
    "cost.add",
    "cost.list",
    "report.monthly",
    "report.costs",
    "report.complaints",
    "report.engineers",
    "report.sla",
    "report.parts",
    "case.search",
    "incident.declare",
    "incident.link",
    "incident.customers",
    "incident.close",
    "incident.list",
    "history.show",
    "audit.list",
    "audit.verify",
    "backup.run",
    "archive.export",
    "archive.show",
    "archive.purge",
    "policy.show",
    "pii.reveal",
    "init.run",
];

/// Does permission `perm` match pattern `pat` (`*` stands for any run of characters)?
pub fn permission_matches(pat: &str, perm: &str) -> bool {
    match pat.split_once('*') {
        None => pat == perm,
        Some((head, rest)) => {
            let Some(tail) = perm.strip_prefix(head) else {
                return false;
            };
            (0..=tail.len())
                .filter(|i| tail.is_char_boundary(*i))
                .any(|i| permission_matches(rest, &tail[i..]))
        }
    }
}

/// A loaded policy together with what was built from it once per run.
pub struct Loaded {
    pub policy: Policy,
    pub calendar: Calendar,
    /// Where it came from: a file path, or `None` for the built-in default.
    pub source: Option<PathBuf>,
}

impl Loaded {
    pub fn tz(&self) -> &jiff::tz::TimeZone {
        self.calendar.tz()
    }

    pub fn role_can(&self, role: &str, perm: &str) -> bool {
        self.policy
            .roles
            .get(role)
            .is_some_and(|r| r.can.iter().any(|p| permission_matches(p, perm)))
    }
}

/// The built-in default with the user's file merged over it.
fn merged_policy(p: &Path, text: &str) -> Result<Policy> {
    let mut merged: toml::Table = toml::from_str(DEFAULT_TOML)
        .map_err(|e| error::failure(format!("built-in policy is broken: {e}")))?;
    // First pass on the user's text alone: syntax, unknown keys, types and
    // values all come back with a span into this file.
    let user_table: toml::Table = toml::from_str(text).map_err(|e| toml_error(p, text, &e))?;
    toml::from_str::<Policy>(text).map_err(|e| toml_error(p, text, &e))?;
    merge(&mut merged, user_table);
    toml::Value::Table(merged)
        .try_into()
        .map_err(|e: toml::de::Error| error::policy(format!("{}: {}", p.display(), e.message())))
}

/// Load the built-in default, merged under `path` if given.
pub fn load(path: Option<&Path>) -> Result<Loaded> {
    let mut user_text = None;
    if let Some(p) = path {
        let bytes = std::fs::read(p).map_err(|e| {
            error::policy(format!("{}: cannot read the policy: {e}", p.display()))
                .hint("give an existing file with --policy, or unset SVC_POLICY")
        })?;
        // The file `svc init` writes is the default itself, and many desks keep
        // it so: merged over the default it changes nothing.
        if bytes != DEFAULT_TOML.as_bytes() {
            let text = String::from_utf8(bytes).map_err(|e| {
                let good = e.utf8_error().valid_up_to();
                let before = std::str::from_utf8(&e.as_bytes()[..good]).unwrap_or_default();
                let (line, col) = offset_line_col(before, good);
                error::policy(format!(
                    "{}:{line}:{col}: the policy is not UTF-8 text",
                    p.display()
                ))
                .hint("save the file as UTF-8")
            })?;
            user_text = Some(text);
        }
    }
    let policy: Policy = match (path, &user_text) {
        (Some(p), Some(text)) => merged_policy(p, text)?,
        _ => default_policy()?,
    };
    let locate = |needle: &str| -> String {
        let file = path
            .map(|p| p.display().to_string())
            .unwrap_or_else(|| "<built-in policy>".into());
        let (line, col) = user_text
            .as_deref()
            .and_then(|t| find_line_col(t, needle))
            .unwrap_or((1, 1));
        format!("{file}:{line}:{col}")
    };
    // The built-in default is checked once, by a unit test, not on every run.
    let calendar = if user_text.is_some() {
        validate(&policy, &locate)?
    } else {
        build_calendar(&policy, &locate)?
    };
    Ok(Loaded {
        policy,
        calendar,
        source: path.map(Path::to_path_buf),
    })
}

fn default_policy() -> Result<Policy> {
    serde_json::from_str(DEFAULT_JSON)
        .map_err(|e| error::failure(format!("built-in policy is broken: {e}")))
}

/// Tables merge recursively; arrays and plain values replace.
fn merge(base: &mut toml::Table, over: toml::Table) {
    for (k, v) in over {
        match (base.get_mut(&k), v) {
            (Some(toml::Value::Table(b)), toml::Value::Table(o)) => merge(b, o),
            (_, v) => {
                base.insert(k, v);
            }
        }
    }
}

fn toml_error(path: &Path, text: &str, e: &toml::de::Error) -> Error {
    let (line, col) = e
        .span()
        .map(|s| offset_line_col(text, s.start))
        .unwrap_or((1, 1));
    let msg = e.message().trim().replace('\n', " ");
    error::policy(format!("{}:{line}:{col}: {msg}", path.display()))
        .hint("svc policy show prints every valid key with its built-in value")
}

fn offset_line_col(text: &str, offset: usize) -> (usize, usize) {
    let before = &text[..offset.min(text.len())];
    let line = before.matches('\n').count() + 1;
    let col = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, col)
}

/// Where a quoted value or key first stands in the user's file, for errors
/// found by cross-checks after parsing.
fn find_line_col(text: &str, needle: &str) -> Option<(usize, usize)> {
    [format!("\"{needle}\""), needle.to_string()]
        .iter()
        .find_map(|n| text.find(n.as_str()))
        .map(|off| offset_line_col(text, off))
}

/// The policy's business calendar; an error points at the item it could not use.
fn build_calendar(p: &Policy, locate: &dyn Fn(&str) -> String) -> Result<Calendar> {
    Calendar::new(&CalendarSpec {
        timezone: &p.timezone,
        workdays: &p.calendar.workdays,
        hours: &p.calendar.hours,
        holidays: &p.calendar.holidays,
        extra_workdays: &p.calendar.extra_workdays,
    })
    .map_err(|e| {
        let items: &[String] = match e.field {
            "workdays" => &p.calendar.workdays,
            "hours" => &p.calendar.hours,
            "holidays" => &p.calendar.holidays,
            "extra_workdays" => &p.calendar.extra_workdays,
            _ => std::slice::from_ref(&p.timezone),
        };
        let needle = e
            .index
            .and_then(|i| items.get(i))
            .or(if e.field == "timezone" {
                items.first()
            } else {
                None
            })
            .map_or(e.field, String::as_str);
        error::policy(format!("{}: {e}", locate(needle)))
    })
}

/// Checks that parsing cannot do: what would otherwise silently misbehave.
/// Builds the calendar on the way.
fn validate(p: &Policy, locate: &dyn Fn(&str) -> String) -> Result<Calendar> {
    let bad = |needle: &str, msg: String| error::policy(format!("{}: {msg}", locate(needle)));
    let calendar = build_calendar(p, locate)?;
    for (name, role) in &p.roles {
        for pat in &role.can {
            if !PERMISSIONS.iter().any(|perm| permission_matches(pat, perm)) {
                return Err(
                    bad(pat, format!("roles.{name}: unknown permission \"{pat}\""))
                        .hint("permissions are noun.verb, e.g. ticket.open or ticket.*"),
                );
            }
        }
    }
    for step in &p.escalation.ladder {
        if !p.roles.contains_key(step) {
            return Err(bad(
                step,
                format!("escalation.ladder names unknown role \"{step}\""),
            ));
        }
    }
    if p.escalation.ladder.is_empty() {
        return Err(bad("ladder", "escalation.ladder is empty".into()));
    }
    for (grade, g) in [
        ("ordinary", &p.complaints.ordinary),
        ("major", &p.complaints.major),
    ] {
        if !p.roles.contains_key(&g.owner_role) {
            return Err(bad(
                &g.owner_role,
                format!(
                    "complaints.{grade}.owner_role names unknown role \"{}\"",
                    g.owner_role
                ),
            ));
        }
    }
    if !(p.escalation.warn_at > 0.0 && p.escalation.warn_at <= 1.0) {
        return Err(bad(
            "warn_at",
            "escalation.warn_at must be a fraction between 0 and 1".into(),
        ));
    }
    for (field, cats) in [
        ("tickets.categories", &p.tickets.categories),
        ("complaints.categories", &p.complaints.categories),
    ] {
        if cats.is_empty() {
            return Err(bad(field, format!("{field} is empty")));
        }
        for c in cats {
            if is_catch_all(c) {
                return Err(bad(c, format!("{field}: \"{c}\" is a vague catch-all category"))
                    .hint("name what the problem is (e.g. noise, leak) so it reaches the right department"));
            }
            if c.trim().is_empty() || c.contains(char::is_whitespace) || c.contains(',') {
                return Err(bad(
                    c,
                    format!("{field}: \"{c}\" must be one word without spaces or commas"),
                ));
            }
        }
    }
    for mode in &p.tickets.require_signoff {
        if !["remote", "onsite", "takeback"].contains(&mode.as_str()) {
            return Err(bad(
                mode,
                format!(
                    "tickets.require_signoff: unknown mode \"{mode}\" (remote, onsite, takeback)"
                ),
            ));
        }
    }
    for s in &p.sla.ticket.pause_on {
        if !["waiting_customer", "waiting_parts"].contains(&s.as_str()) {
            return Err(bad(
                s,
                format!(
                    "sla.ticket.pause_on: \"{s}\" is not a waiting status (waiting_customer, waiting_parts)"
                ),
            ));
        }
    }
    for r in &p.callbacks.reopen_on {
        if !["unsatisfied", "unreachable"].contains(&r.as_str()) {
            return Err(bad(
                r,
                format!("callbacks.reopen_on: unknown result \"{r}\""),
            ));
        }
    }
    if !matches!(p.parts.demand_window.0, Duration::Minutes(m) if m % 1440 == 0) {
        return Err(bad(
            "demand_window",
            "parts.demand_window must be whole days, e.g. \"90d\"".into(),
        ));
    }
    if p.callbacks.max_attempts == 0 {
        return Err(bad(
            "max_attempts",
            "callbacks.max_attempts must be at least 1".into(),
        ));
    }
    for m in &p.privacy.mask {
        if !["phone", "email", "address"].contains(&m.as_str()) {
            return Err(bad(
                m,
                format!("privacy.mask: unknown field \"{m}\" (phone, email, address)"),
            ));
        }
    }
    for (year, b) in &p.budget {
        if year != "default" && !(year.len() == 4 && year.chars().all(|c| c.is_ascii_digit())) {
            return Err(bad(
                year,
                format!("budget.{year}: use budget.default or a year such as budget.2027"),
            ));
        }
        for (k, v) in b {
            if *v < 0.0 || (k == "warn_at" && *v > 1.0) {
                return Err(bad(k, format!("budget.{year}.{k}: {v} is out of range")));
            }
        }
    }
    if p.customers.vip_min_purchase < 0.0 || p.costs.labour_rate < 0.0 {
        return Err(bad(
            "customers",
            "amounts in the policy cannot be negative".into(),
        ));
    }
    if p.lint
        .forbidden_phrases
        .iter()
        .chain(&p.tickets.vague_phrases)
        .any(|s| s.trim().is_empty())
    {
        return Err(bad("\"\"", "an empty phrase would match every text".into()));
    }
    Ok(calendar)
}

fn is_catch_all(c: &str) -> bool {
    [
        "other",
        "others",
        "misc",
        "miscellaneous",
        "general",
        "其他",
        "其它",
        "杂项",
    ]
    .contains(&c.to_lowercase().as_str())
}

/// Find the policy to use: `--policy`, else `policy.toml` beside the database.
pub fn resolve_path(explicit: Option<&Path>, db: &Path) -> Option<PathBuf> {
    if let Some(p) = explicit {
        return Some(p.to_path_buf());
    }
    let beside = db.parent().unwrap_or(Path::new(".")).join("policy.toml");
    beside.is_file().then_some(beside)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_default_is_valid_and_has_the_handbook_rules() {
        let l = load(None).expect("default policy loads");
        validate(&l.policy, &|_| "<built-in policy>".into()).expect("default passes validation");
        assert_eq!(l.policy.customers.vip_min_purchase, 500.0);
        assert!(
            l.policy
                .lint
                .forbidden_phrases
                .iter()
                .any(|p| p == "这不关我的事")
        );
        assert!(l.policy.lint.forbidden_phrases.len() >= 15);
        assert_eq!(l.policy.complaints.major.owner_role, "manager");
        assert_eq!(l.policy.warranty.exchange_within.0.to_string(), "15d");
    }

    #[test]
    fn default_json_is_the_default_toml_parsed() {
        let from_toml: Policy = toml::from_str(DEFAULT_TOML).expect("default.toml parses");
        let from_json = default_policy().expect("default.json parses");
        assert_eq!(
            serde_json::to_value(&from_json).unwrap(),
            serde_json::to_value(&from_toml).unwrap(),
            "src/policy/default.json is stale: run \
             `cargo run -q -- --db /nonexistent --format json policy show > src/policy/default.json`"
        );
    }

    #[test]
    fn permission_wildcards() {
        assert!(permission_matches("*", "ticket.open"));
        assert!(permission_matches("ticket.*", "ticket.open"));
        assert!(permission_matches("*.list", "ticket.list"));
        assert!(!permission_matches("ticket.*", "tickets.open"));
        assert!(!permission_matches("ticket.open", "ticket.opened"));
    }

    #[test]
    fn targets_apply_priority_then_vip() {
        let l = load(None).unwrap();
        let t = l.policy.sla.ticket.targets("high", true);
        assert_eq!(t.resolve.to_string(), "2wd");
        assert_eq!(t.first_response.to_string(), "8h");
        let t = l.policy.sla.ticket.targets("normal", false);
        assert_eq!(t.resolve.to_string(), "3wd");
    }

    fn load_text(text: &str) -> Result<Loaded> {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("policy.toml");
        std::fs::write(&p, text).unwrap();
        load(Some(&p))
    }

    #[test]
    fn the_default_written_by_init_reads_as_the_default() {
        // One parse of the default, or the merge of a file that only adds a comment:
        // both must give the built-in policy.
        let builtin = format!("{:?}", load(None).unwrap().policy);
        let same = format!("{:?}", load_text(DEFAULT_TOML).unwrap().policy);
        let merged = format!(
            "{:?}",
            load_text(&format!("{DEFAULT_TOML}\n# edited\n"))
                .unwrap()
                .policy
        );
        assert_eq!(same, builtin);
        assert_eq!(merged, builtin);
    }

    #[test]
    fn partial_file_merges_over_default() {
        let l = load_text("[calendar]\nholidays = [\"2026-12-25\"]\n").unwrap();
        assert_eq!(l.policy.calendar.holidays, vec!["2026-12-25"]);
        assert_eq!(l.policy.calendar.workdays.len(), 5);
        assert!(l.policy.roles.contains_key("agent"));
    }

    #[test]
    fn roles_merge_key_by_key() {
        let l = load_text("[roles.auditor]\ncan = [\"audit.*\"]\n").unwrap();
        assert!(l.policy.roles.contains_key("auditor"));
        assert!(l.policy.roles.contains_key("admin"));
    }

    #[test]
    fn unknown_key_names_line_and_column() {
        let e = load_text("[tickets]\nmin_description_chars = 8\nduplicat_window = \"30d\"\n")
            .err()
            .unwrap();
        assert_eq!(e.kind, error::Kind::Policy);
        assert!(e.message.contains(":3:1:"), "{}", e.message);
        assert!(e.message.contains("duplicat_window"), "{}", e.message);
    }

    #[test]
    fn bad_duration_points_at_value() {
        let e = load_text("[warranty]\nexchange_within = \"15x\"\n")
            .err()
            .unwrap();
        assert!(e.message.contains(":2:19:"), "{}", e.message);
    }

    #[test]
    fn cross_checks_refuse_what_would_misbehave() {
        for (text, needle) in [
            (
                "[roles.agent]\ncan = [\"tickets.open\"]\n",
                "unknown permission",
            ),
            (
                "[escalation]\nladder = [\"agent\", \"boss\"]\n",
                "unknown role",
            ),
            (
                "[tickets]\ncategories = [\"noise\", \"other\"]\n",
                "catch-all",
            ),
            ("[calendar]\nhours = [\"18:00-09:00\"]\n", "calendar"),
            ("timezone = \"Mars/Olympus\"\n", "Mars"),
        ] {
            let e = load_text(text)
                .err()
                .unwrap_or_else(|| panic!("{text} should fail"));
            assert_eq!(e.kind, error::Kind::Policy);
            assert!(
                e.message.contains(needle) || e.message.contains("hours"),
                "{text}: {}",
                e.message
            );
            assert!(e.message.contains("policy.toml:"), "{}", e.message);
        }
    }
}
