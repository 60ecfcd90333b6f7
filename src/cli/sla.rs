//! `svc sla check|explain`: the cron job that lists and escalates breached clocks, and
//! the explanation of one record's due times.

use clap::{Args, Subcommand, ValueEnum};

use crate::cli::App;
use crate::domain::sla::Standing;
use crate::domain::time;
use crate::error::{self, Result};
use crate::ops::sla::{self as ops, Kind};
use crate::output::{Cell, Listing, Record};
use crate::store;

#[derive(Subcommand, Debug)]
#[command(defer = true)]
pub enum SlaCmd {
    /// List every open item that is breached or at risk; --apply escalates the breached ones
    #[command(after_help = "Examples:
  svc sla check                               what is late or about to be
  svc sla check --kind complaint --format csv
  svc sla check --apply --exit-code           from cron: escalate, exit 10 when anything is listed

From cron, every five minutes:
  */5 * * * * cd /srv/desk && SVC_USER=slabot svc sla check --apply --exit-code >> sla.log")]
    Check(CheckArgs),
    /// How the due times of a ticket or complaint were computed: days, hours, holidays, pauses
    Explain(ExplainArgs),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum KindArg {
    Ticket,
    Complaint,
    Callback,
}

#[derive(Args, Debug)]
pub struct CheckArgs {
    /// Escalate each breached item one step up escalation.ladder (needs sla.apply); a breach
    /// escalates once however often this runs
    #[arg(long)]
    pub apply: bool,
    /// Exit 10 when anything is listed
    #[arg(long)]
    pub exit_code: bool,
    /// Only this kind of item
    #[arg(long, value_enum)]
    pub kind: Option<KindArg>,
}

#[derive(Args, Debug)]
pub struct ExplainArgs {
    /// A ticket (T-42) or complaint (C-7)
    pub id: String,
}

fn over_or_left(seconds_over: i64) -> String {
    if seconds_over > 0 {
        format!("{} over", time::fmt_span(seconds_over))
    } else {
        format!("{} left", time::fmt_span(-seconds_over))
    }
}

fn role(app: &App, level: i64) -> String {
    let ladder = &app.policy.policy.escalation.ladder;
    ladder
        .get(level.max(0) as usize)
        .or(ladder.last())
        .cloned()
        .unwrap_or_default()
}

pub fn run(app: &mut App, c: SlaCmd) -> Result<u8> {
    match c {
        SlaCmd::Check(a) => check(app, a),
        SlaCmd::Explain(a) => explain(app, a),
    }
}

fn check(app: &mut App, a: CheckArgs) -> Result<u8> {
    let kinds: Vec<Kind> = match a.kind {
        None => Kind::ALL.to_vec(),
        Some(KindArg::Ticket) => vec![Kind::Ticket],
        Some(KindArg::Complaint) => vec![Kind::Complaint],
        Some(KindArg::Callback) => vec![Kind::Callback],
    };
    let mut conn = app.session("sla.check")?;
    let (rows, escalated) = if a.apply {
        crate::ops::authorize(&conn, &app.env(), "sla.apply")?;
        let tx = store::write_tx(&mut conn)?;
        let mut rows = ops::check(&tx, &app.env(), &kinds)?;
        let escalated = ops::apply(&tx, &app.env(), &mut rows)?;
        tx.commit()?;
        (rows, escalated)
    } else {
        let tx = store::read_tx(&mut conn)?;
        let rows = ops::check(&tx, &app.env(), &kinds)?;
        tx.commit()?;
        (rows, Vec::new())
    };
    let now = app.now;
    let mut sink_rows = Vec::with_capacity(rows.len());
    for r in &rows {
        sink_rows.push(vec![
            Cell::text(r.kind.as_str()),
            Cell::text(&r.entity),
            Cell::text(&r.customer),
            Cell::text(r.metric),
            Cell::Time(r.due),
            Cell::text(r.standing.as_str()),
            Cell::text(over_or_left(now - r.due)),
            Cell::opt_text(r.owner.clone()),
            Cell::text(role(app, r.level)),
        ]);
    }
    let mut sink = app.out.begin(ops::COLUMNS)?;
    for r in &sink_rows {
        sink.row(r)?;
    }
    sink.finish()?;
    for e in &escalated {
        let line = format!(
            "escalated {} ({}): {} → {}",
            e.entity,
            e.metrics.join(", "),
            role(app, e.from_level),
            role(app, e.to_level)
        );
        app.out.say(&line)?;
    }
    if a.exit_code && !rows.is_empty() {
        return Ok(error::ATTENTION);
    }
    Ok(0)
}

const METRIC_COLUMNS: &[&str] = &[
    "metric",
    "target",
    "start",
    "due_computed",
    "due_with_pauses",
    "due_stored",
    "met_at",
    "standing",
];
const DAY_COLUMNS: &[&str] = &["metric", "date", "weekday", "kind", "counted", "minutes"];
const PAUSE_COLUMNS: &[&str] = &["from", "to", "business_minutes", "wall_minutes"];

fn explain(app: &mut App, a: ExplainArgs) -> Result<u8> {
    let conn = app.session("sla.explain")?;
    let x = ops::explain(&conn, &app.env(), &a.id)?;
    let tz = app.policy.tz().clone();
    let mut metrics = Listing::new(METRIC_COLUMNS);
    let mut days = Listing::new(DAY_COLUMNS);
    for m in &x.metrics {
        metrics.push(vec![
            Cell::text(m.metric),
            Cell::text(m.target.to_string()),
            Cell::Time(m.start),
            Cell::Time(m.computed),
            Cell::Time(m.with_pauses),
            Cell::opt_time(m.stored),
            Cell::opt_time(m.met_at),
            Cell::opt_text(m.standing.map(Standing::as_str)),
        ]);
        for d in &m.explanation.days {
            let counted: Vec<String> = d
                .counted
                .iter()
                .map(|&(from, to)| {
                    let hm = |t: jiff::Timestamp| {
                        let z = t.to_zoned_datetime(tz.clone());
                        if z.date() > d.date {
                            "24:00".to_string()
                        } else {
                            z.strftime("%H:%M").to_string()
                        }
                    };
                    format!("{}-{}", hm(from), hm(to))
                })
                .collect();
            days.push(vec![
                Cell::text(m.metric),
                Cell::text(d.date.to_string()),
                Cell::text(d.date.strftime("%a").to_string()),
                Cell::text(d.kind.as_str()),
                Cell::text(counted.join(" ")),
                Cell::Int(d.counted_minutes()),
            ]);
        }
    }
    let mut pauses = Listing::new(PAUSE_COLUMNS);
    for p in &x.pauses {
        pauses.push(vec![
            Cell::Time(p.from),
            Cell::opt_time(p.to),
            Cell::Int(p.business_minutes),
            Cell::Int(p.wall_minutes),
        ]);
    }
    let r = Record {
        fields: vec![
            ("id", Cell::text(&x.entity)),
            ("kind", Cell::text(x.kind.as_str())),
            ("status", Cell::text(&x.status)),
            ("customer", Cell::text(&x.customer)),
            ("clock_start", Cell::Time(x.clock_start)),
            ("timezone", Cell::text(app.policy.calendar.timezone_name())),
        ],
        sections: vec![("metrics", metrics), ("days", days), ("pauses", pauses)],
    };
    app.out.record(&r)?;
    Ok(0)
}
