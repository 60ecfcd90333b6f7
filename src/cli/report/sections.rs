//! The report sections as rows under stable column names: shared by the
//! monthly review (every format) and the period reports.

use clap::ValueEnum;

use crate::ops::report::{
    Complaints, Costs, Day, Engineer, Incidents, Monthly, PartUse, Problem, Resolution,
    Satisfaction, Sla, Volume, share,
};
use crate::output::{Cell, Listing};

/// The sections of `report monthly`, in page order; the names are CSV/JSON contract.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Section {
    /// Tickets opened, resolved, closed, cancelled and the backlog, by kind and channel
    Volume,
    /// Tickets opened and resolved and complaints opened, day by day
    Daily,
    /// SLA clocks met, breached and pending per metric
    Sla,
    /// Mean and median business hours to resolve, by category
    Resolution,
    /// The most frequent category × product pairs, against last month
    #[value(name = "top_problems")]
    TopProblems,
    /// Complaints by category: opened, major, resolved, closed, escalated, compensation
    Complaints,
    /// Emergencies declared and closed: real incidents and drills counted apart
    Incidents,
    /// Callbacks that ended: satisfied, unsatisfied, unreachable, mean score, reopened
    Satisfaction,
    /// Parts used, scrapped, received and ordered, with their cost
    Parts,
    /// Costs per budget category: the month against its share of the year's budget, and the year to date
    Costs,
    /// Per engineer: tickets resolved, resolved in time, hours, customer satisfaction
    Engineers,
}

pub const ALL: &[Section] = &[
    Section::Volume,
    Section::Daily,
    Section::Sla,
    Section::Resolution,
    Section::TopProblems,
    Section::Complaints,
    Section::Incidents,
    Section::Satisfaction,
    Section::Parts,
    Section::Costs,
    Section::Engineers,
];

impl Section {
    pub fn name(self) -> &'static str {
        match self {
            Section::Volume => "volume",
            Section::Daily => "daily",
            Section::Sla => "sla",
            Section::Resolution => "resolution",
            Section::TopProblems => "top_problems",
            Section::Complaints => "complaints",
            Section::Incidents => "incidents",
            Section::Satisfaction => "satisfaction",
            Section::Parts => "parts",
            Section::Costs => "costs",
            Section::Engineers => "engineers",
        }
    }

    /// The heading on the page and in the table output.
    pub fn title(self) -> &'static str {
        match self {
            Section::Volume => "工单量 Volume",
            Section::Daily => "每日工单 By day",
            Section::Sla => "时限达成 SLA",
            Section::Resolution => "处理时长 Time to resolve",
            Section::TopProblems => "高频问题 Top problems",
            Section::Complaints => "投诉 Complaints",
            Section::Incidents => "应急事件与演练 Incidents and drills",
            Section::Satisfaction => "回访满意度 Satisfaction",
            Section::Parts => "备件 Parts",
            Section::Costs => "费用与预算 Costs",
            Section::Engineers => "工程师 Engineers",
        }
    }

    /// Every section name, for hints.
    pub fn names() -> String {
        ALL.iter().map(|s| s.name()).collect::<Vec<_>>().join(", ")
    }
}

fn pct(x: Option<f64>) -> Cell {
    x.map_or(Cell::Null, |f| Cell::Num(f * 100.0))
}

fn num(x: Option<f64>) -> Cell {
    x.map_or(Cell::Null, Cell::Num)
}

fn hours(minutes: f64) -> Cell {
    Cell::Num(minutes / 60.0)
}

pub fn volume(rows: &[Volume]) -> Listing {
    let mut l = Listing::new(&[
        "kind",
        "channel",
        "opened",
        "resolved",
        "closed",
        "cancelled",
        "backlog",
    ]);
    for v in rows {
        l.push(vec![
            Cell::text(&v.kind),
            Cell::text(&v.channel),
            Cell::Int(v.opened),
            Cell::Int(v.resolved),
            Cell::Int(v.closed),
            Cell::Int(v.cancelled),
            Cell::Int(v.backlog),
        ]);
    }
    l
}

pub fn daily(rows: &[Day]) -> Listing {
    let mut l = Listing::new(&["date", "opened", "resolved", "complaints_opened"]);
    for d in rows {
        l.push(vec![
            Cell::text(d.date.to_string()),
            Cell::Int(d.opened),
            Cell::Int(d.resolved),
            Cell::Int(d.complaints),
        ]);
    }
    l
}

pub fn sla(rows: &[Sla]) -> Listing {
    let mut l = Listing::new(&["kind", "metric", "met", "breached", "pending", "met_pct"]);
    for s in rows {
        l.push(vec![
            Cell::text(s.kind),
            Cell::text(s.metric),
            Cell::Int(s.clocks.met),
            Cell::Int(s.clocks.breached),
            Cell::Int(s.clocks.pending),
            pct(s.met_share()),
        ]);
    }
    l
}

pub fn resolution(rows: &[Resolution]) -> Listing {
    let mut l = Listing::new(&[
        "category",
        "resolved",
        "mean_business_hours",
        "median_business_hours",
    ]);
    for r in rows {
        l.push(vec![
            Cell::text(&r.category),
            Cell::Int(r.resolved),
            hours(r.mean_minutes),
            hours(r.median_minutes),
        ]);
    }
    l
}

pub fn top_problems(rows: &[Problem]) -> Listing {
    let mut l = Listing::new(&[
        "rank",
        "category",
        "product",
        "count",
        "last_month",
        "change",
    ]);
    for p in rows {
        l.push(vec![
            Cell::Int(p.rank),
            Cell::text(&p.category),
            Cell::opt_text(p.product.clone()),
            Cell::Int(p.count),
            Cell::Int(p.previous),
            Cell::Int(p.count - p.previous),
        ]);
    }
    l
}

pub fn complaints(rows: &[Complaints]) -> Listing {
    let mut l = Listing::new(&[
        "category",
        "opened",
        "major",
        "resolved",
        "closed",
        "escalated",
        "compensation",
        "backlog",
    ]);
    for c in rows {
        l.push(vec![
            Cell::text(&c.category),
            Cell::Int(c.opened),
            Cell::Int(c.major),
            Cell::Int(c.resolved),
            Cell::Int(c.closed),
            Cell::Int(c.escalated),
            Cell::Num(c.compensation),
            Cell::Int(c.backlog),
        ]);
    }
    l
}

pub fn incidents(rows: &[Incidents]) -> Listing {
    let mut l = Listing::new(&["kind", "declared", "closed"]);
    for i in rows {
        l.push(vec![
            Cell::text(i.kind),
            Cell::Int(i.declared),
            Cell::Int(i.closed),
        ]);
    }
    l
}

pub fn satisfaction(rows: &[Satisfaction]) -> Listing {
    let mut l = Listing::new(&[
        "about",
        "done",
        "satisfied",
        "unsatisfied",
        "unreachable",
        "satisfied_pct",
        "mean_score",
        "reopened",
    ]);
    for s in rows {
        l.push(vec![
            Cell::text(&s.about),
            Cell::Int(s.done),
            Cell::Int(s.satisfied),
            Cell::Int(s.unsatisfied),
            Cell::Int(s.unreachable),
            pct(share(s.satisfied, s.done)),
            num(s.mean_score),
            Cell::Int(s.reopened),
        ]);
    }
    l
}

pub fn parts(rows: &[PartUse]) -> Listing {
    let mut l = Listing::new(&[
        "sku",
        "name",
        "used",
        "used_cost",
        "scrapped",
        "scrapped_cost",
        "received",
        "count_variance",
        "ordered",
        "ordered_value",
        "on_hand",
    ]);
    for p in rows {
        l.push(vec![
            Cell::text(&p.sku),
            Cell::text(&p.name),
            Cell::Int(p.used),
            Cell::Num(p.used_cost),
            Cell::Int(p.scrapped),
            Cell::Num(p.scrapped_cost),
            Cell::Int(p.received),
            Cell::Int(p.count_variance),
            Cell::Int(p.ordered),
            Cell::Num(p.ordered_value),
            Cell::Int(p.on_hand),
        ]);
    }
    l
}

pub fn costs(c: &Costs) -> Listing {
    let mut l = Listing::new(&[
        "category",
        "actual",
        "budget_share",
        "share_used_pct",
        "ytd_actual",
        "year_budget",
        "year_used_pct",
    ]);
    let ratio = |a: f64, b: Option<f64>| b.filter(|b| *b > 0.0).map(|b| a / b);
    for line in &c.lines {
        l.push(vec![
            Cell::text(&line.category),
            Cell::Num(line.actual),
            num(line.share),
            pct(ratio(line.actual, line.share)),
            Cell::Num(line.ytd),
            num(line.year_budget),
            pct(ratio(line.ytd, line.year_budget)),
        ]);
    }
    l
}

pub fn engineers(rows: &[Engineer]) -> Listing {
    let mut l = Listing::new(&[
        "engineer",
        "name",
        "role",
        "resolved",
        "resolved_in_time",
        "sla_pct",
        "hours",
        "callbacks",
        "satisfied_pct",
        "mean_score",
    ]);
    for e in rows {
        l.push(vec![
            Cell::text(&e.id),
            Cell::opt_text(e.name.clone()),
            Cell::opt_text(e.role.clone()),
            Cell::Int(e.resolved),
            Cell::Int(e.resolved_in_time),
            pct(share(e.resolved_in_time, e.resolved)),
            Cell::Num(e.hours),
            Cell::Int(e.callbacks),
            pct(share(e.satisfied, e.callbacks)),
            num(e.mean_score),
        ]);
    }
    l
}

/// The rows of one section of the monthly review.
pub fn listing(m: &Monthly, s: Section) -> Listing {
    match s {
        Section::Volume => volume(&m.volume),
        Section::Daily => daily(&m.daily),
        Section::Sla => sla(&m.sla),
        Section::Resolution => resolution(&m.resolution),
        Section::TopProblems => top_problems(&m.top_problems),
        Section::Complaints => complaints(&m.complaints),
        Section::Incidents => incidents(&m.incidents),
        Section::Satisfaction => satisfaction(&m.satisfaction),
        Section::Parts => parts(&m.parts),
        Section::Costs => costs(&m.costs),
        Section::Engineers => engineers(&m.engineers),
    }
}

/// One-line readings of a section, above its table (table and HTML formats).
pub fn notes(m: &Monthly, s: Section, currency: &str) -> Vec<String> {
    let sum = |f: fn(&Volume) -> i64| m.volume.iter().map(f).sum::<i64>();
    match s {
        Section::Volume => vec![format!(
            "tickets: {} opened, {} resolved, {} closed, {} cancelled; {} still open at the end of {}",
            sum(|v| v.opened),
            sum(|v| v.resolved),
            sum(|v| v.closed),
            sum(|v| v.cancelled),
            sum(|v| v.backlog),
            m.period.label()
        )],
        Section::Daily => vec![format!(
            "busiest day: {}",
            m.daily
                .iter()
                .max_by_key(|d| (d.opened, std::cmp::Reverse(d.date)))
                .filter(|d| d.opened > 0)
                .map_or("none".to_string(), |d| format!(
                    "{} with {} tickets opened",
                    d.date, d.opened
                ))
        )],
        Section::Sla => vec![
            "ticket first_response: tickets opened in the month; resolve: tickets resolved in the month, \
             and open tickets whose resolve clock ran out in it; complaint plan: complaints opened in the month"
                .into(),
            "pending: the due time has not come yet; met_pct = met ÷ (met + breached)".into(),
        ],
        Section::Resolution => {
            let a = &m.resolution_all;
            vec![format!(
                "all categories: {} resolved, mean {:.1} h, median {:.1} h — business hours on the policy calendar, \
                 from opening (or the last reopen) to resolution",
                a.resolved,
                a.mean_minutes / 60.0,
                a.median_minutes / 60.0
            )]
        }
        Section::TopProblems => vec![format!(
            "tickets opened in {} by category and product, the {} most frequent; last_month is {}",
            m.period.label(),
            crate::ops::report::TOP,
            m.previous.label()
        )],
        Section::Complaints => vec![format!(
            "{} complaints opened ({} major), {} resolved; compensation {} {currency}",
            m.complaints.iter().map(|c| c.opened).sum::<i64>(),
            m.complaints.iter().map(|c| c.major).sum::<i64>(),
            m.complaints.iter().map(|c| c.resolved).sum::<i64>(),
            crate::output::fmt_num(m.complaints.iter().map(|c| c.compensation).sum::<f64>())
        )],
        Section::Incidents => {
            vec!["drills are exercises: counted apart from real incidents".into()]
        }
        Section::Satisfaction => {
            let t = &m.satisfaction_all;
            vec![format!(
                "{} callbacks reached the customer: {} satisfied, mean score {}; {} unreachable; {} sent the work back (reopened)",
                t.done,
                share(t.satisfied, t.done).map_or("-".into(), |x| format!("{:.0}%", x * 100.0)),
                t.mean_score.map_or("-".into(), |x| format!("{x:.1}")),
                t.unreachable,
                t.reopened
            )]
        }
        Section::Parts => vec![format!(
            "{} purchase orders created, worth {} {currency}; parts used cost {} {currency}",
            m.orders.0,
            crate::output::fmt_num(m.orders.1),
            crate::output::fmt_num(m.parts.iter().map(|p| p.used_cost).sum::<f64>())
        )],
        Section::Costs => vec![format!(
            "{} {currency} against {}; budget_share is a twelfth of the year's budget; the year to date runs from {}-01-01",
            m.period.label(),
            m.costs.source.as_deref().unwrap_or("no budget"),
            m.costs.year
        )],
        Section::Engineers => vec![
            "resolved_in_time: by the resolve due time; satisfaction from callbacks about their tickets".into(),
        ],
    }
}
