//! The monthly review as one HTML page: key figures, then every section with
//! a chart where a picture says more than the table.

use super::sections::{self, Section};
use crate::domain::time;
use crate::ops::report::{Monthly, share};
use crate::output::fmt_num;
use crate::output::html::{
    BLUE, Block, Chart, GREEN, GREY, Layout, ORANGE, PURPLE, Page, RED, Series, columns, hbars,
};

fn pct(x: Option<f64>) -> String {
    x.map_or("-".into(), |f| format!("{:.0}%", f * 100.0))
}

fn chart(m: &Monthly, s: Section) -> Option<Chart> {
    let f = |v: i64| v as f64;
    match s {
        Section::Volume => {
            let labels = m
                .volume
                .iter()
                .map(|v| format!("{} · {}", v.kind, v.channel))
                .collect::<Vec<_>>();
            Some(hbars(
                &labels,
                &[
                    Series::new(
                        "opened",
                        BLUE,
                        m.volume.iter().map(|v| f(v.opened)).collect(),
                    ),
                    Series::new(
                        "resolved",
                        GREEN,
                        m.volume.iter().map(|v| f(v.resolved)).collect(),
                    ),
                    Series::new(
                        "backlog",
                        ORANGE,
                        m.volume.iter().map(|v| f(v.backlog)).collect(),
                    ),
                ],
                Layout::Grouped,
            ))
        }
        Section::Daily => {
            let labels = m
                .daily
                .iter()
                .map(|d| d.date.day().to_string())
                .collect::<Vec<_>>();
            let every = if labels.len() > 16 { 2 } else { 1 };
            Some(columns(
                &labels,
                &[
                    Series::new(
                        "tickets opened",
                        BLUE,
                        m.daily.iter().map(|d| f(d.opened)).collect(),
                    ),
                    Series::new(
                        "tickets resolved",
                        GREEN,
                        m.daily.iter().map(|d| f(d.resolved)).collect(),
                    ),
                    Series::new(
                        "complaints opened",
                        RED,
                        m.daily.iter().map(|d| f(d.complaints)).collect(),
                    ),
                ],
                every,
            ))
        }
        Section::Sla => {
            let labels = m
                .sla
                .iter()
                .map(|s| format!("{} {}", s.kind, s.metric))
                .collect::<Vec<_>>();
            Some(hbars(
                &labels,
                &[
                    Series::new(
                        "met",
                        GREEN,
                        m.sla.iter().map(|s| f(s.clocks.met)).collect(),
                    ),
                    Series::new(
                        "breached",
                        RED,
                        m.sla.iter().map(|s| f(s.clocks.breached)).collect(),
                    ),
                    Series::new(
                        "pending",
                        GREY,
                        m.sla.iter().map(|s| f(s.clocks.pending)).collect(),
                    ),
                ],
                Layout::Stacked,
            ))
        }
        Section::Resolution => {
            let labels = m
                .resolution
                .iter()
                .map(|r| r.category.clone())
                .collect::<Vec<_>>();
            Some(hbars(
                &labels,
                &[
                    Series::new(
                        "mean business hours",
                        BLUE,
                        m.resolution.iter().map(|r| r.mean_minutes / 60.0).collect(),
                    ),
                    Series::new(
                        "median business hours",
                        PURPLE,
                        m.resolution
                            .iter()
                            .map(|r| r.median_minutes / 60.0)
                            .collect(),
                    ),
                ],
                Layout::Grouped,
            ))
        }
        Section::TopProblems => {
            let labels = m
                .top_problems
                .iter()
                .map(|p| format!("{} · {}", p.category, p.product.as_deref().unwrap_or("-")))
                .collect::<Vec<_>>();
            Some(hbars(
                &labels,
                &[
                    Series::new(
                        &m.period.label(),
                        BLUE,
                        m.top_problems.iter().map(|p| f(p.count)).collect(),
                    ),
                    Series::new(
                        &m.previous.label(),
                        GREY,
                        m.top_problems.iter().map(|p| f(p.previous)).collect(),
                    ),
                ],
                Layout::Grouped,
            ))
        }
        Section::Complaints => {
            let labels = m
                .complaints
                .iter()
                .map(|c| c.category.clone())
                .collect::<Vec<_>>();
            Some(hbars(
                &labels,
                &[
                    Series::new(
                        "opened",
                        RED,
                        m.complaints.iter().map(|c| f(c.opened)).collect(),
                    ),
                    Series::new(
                        "resolved",
                        GREEN,
                        m.complaints.iter().map(|c| f(c.resolved)).collect(),
                    ),
                ],
                Layout::Grouped,
            ))
        }
        Section::Satisfaction => {
            let labels = m
                .satisfaction
                .iter()
                .map(|s| s.about.clone())
                .collect::<Vec<_>>();
            Some(hbars(
                &labels,
                &[
                    Series::new(
                        "satisfied",
                        GREEN,
                        m.satisfaction.iter().map(|s| f(s.satisfied)).collect(),
                    ),
                    Series::new(
                        "unsatisfied",
                        RED,
                        m.satisfaction.iter().map(|s| f(s.unsatisfied)).collect(),
                    ),
                    Series::new(
                        "unreachable",
                        GREY,
                        m.satisfaction.iter().map(|s| f(s.unreachable)).collect(),
                    ),
                ],
                Layout::Stacked,
            ))
        }
        Section::Parts => {
            let labels = m.parts.iter().map(|p| p.sku.clone()).collect::<Vec<_>>();
            Some(hbars(
                &labels,
                &[
                    Series::new("used", BLUE, m.parts.iter().map(|p| f(p.used)).collect()),
                    Series::new(
                        "scrapped",
                        RED,
                        m.parts.iter().map(|p| f(p.scrapped)).collect(),
                    ),
                    Series::new(
                        "ordered",
                        ORANGE,
                        m.parts.iter().map(|p| f(p.ordered)).collect(),
                    ),
                ],
                Layout::Grouped,
            ))
        }
        Section::Costs => {
            let labels = m
                .costs
                .lines
                .iter()
                .map(|l| l.category.clone())
                .collect::<Vec<_>>();
            Some(hbars(
                &labels,
                &[
                    Series::new(
                        "actual",
                        BLUE,
                        m.costs.lines.iter().map(|l| l.actual).collect(),
                    ),
                    Series::new(
                        "budget share",
                        GREY,
                        m.costs
                            .lines
                            .iter()
                            .map(|l| l.share.unwrap_or(0.0))
                            .collect(),
                    ),
                ],
                Layout::Grouped,
            ))
        }
        Section::Engineers => {
            let labels = m
                .engineers
                .iter()
                .map(|e| e.name.clone().unwrap_or_else(|| e.id.clone()))
                .collect::<Vec<_>>();
            Some(hbars(
                &labels,
                &[
                    Series::new(
                        "resolved",
                        BLUE,
                        m.engineers.iter().map(|e| f(e.resolved)).collect(),
                    ),
                    Series::new(
                        "resolved in time",
                        GREEN,
                        m.engineers.iter().map(|e| f(e.resolved_in_time)).collect(),
                    ),
                ],
                Layout::Grouped,
            ))
        }
        Section::Incidents => None,
    }
}

/// The page for `wanted` sections of `m`.
pub fn build(
    m: &Monthly,
    wanted: &[Section],
    currency: &str,
    now: i64,
    tz: &jiff::tz::TimeZone,
) -> Page {
    let opened: i64 = m.volume.iter().map(|v| v.opened).sum();
    let resolved: i64 = m.volume.iter().map(|v| v.resolved).sum();
    let backlog: i64 = m.volume.iter().map(|v| v.backlog).sum();
    let metric = |name: &str| {
        m.sla
            .iter()
            .find(|s| s.metric == name)
            .and_then(|s| s.met_share())
    };
    let sat = &m.satisfaction_all;
    let spent: f64 = m.costs.lines.iter().map(|l| l.actual).sum();
    let figures = vec![
        ("工单 tickets opened".into(), opened.to_string()),
        ("已解决 resolved".into(), resolved.to_string()),
        ("月末积压 backlog".into(), backlog.to_string()),
        (
            "首次响应达标 first response met".into(),
            pct(metric("first_response")),
        ),
        ("解决达标 resolve met".into(), pct(metric("resolve"))),
        (
            "解决时长中位数 median to resolve".into(),
            format!("{:.1} h", m.resolution_all.median_minutes / 60.0),
        ),
        (
            "投诉 complaints".into(),
            m.complaints
                .iter()
                .map(|c| c.opened)
                .sum::<i64>()
                .to_string(),
        ),
        ("满意 satisfied".into(), pct(share(sat.satisfied, sat.done))),
        (
            "平均评分 mean score".into(),
            sat.mean_score.map_or("-".into(), |x| format!("{x:.1} / 5")),
        ),
        (format!("费用 costs ({currency})"), fmt_num(spent.round())),
    ];
    let blocks = wanted
        .iter()
        .map(|&s| Block {
            id: s.name(),
            title: s.title().to_string(),
            notes: sections::notes(m, s, currency),
            chart: chart(m, s),
            listing: sections::listing(m, s),
        })
        .collect();
    Page {
        title: format!("售后服务月度复盘 {}", m.period.label()),
        subtitle: format!(
            "Monthly service review, {} to {} · compared with {}",
            m.period.first,
            m.period.last,
            m.previous.label()
        ),
        figures,
        blocks,
        footer: format!(
            "svc report monthly · data as of {} ({})",
            time::fmt_table(now, tz),
            tz.iana_name().unwrap_or("policy time zone")
        ),
    }
}
