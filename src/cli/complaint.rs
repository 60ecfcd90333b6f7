//! `svc complaint …`: complaints from open to close.

use clap::{Args, Subcommand};

use crate::cli::{App, case, day_bounds, opt};
use crate::error::Result;
use crate::ops::complaint::{self as ops, Complaint, Filter, OpenInput};
use crate::output::{Cell, Format, Listing, Record};
use crate::store;

#[derive(Subcommand, Debug)]
#[command(defer = true)]
pub enum ComplaintCmd {
    /// Open a complaint: prints its id, severity, owner role, plan deadline and the remedy
    #[command(after_help = "Examples:
  svc complaint open --customer KH20261122001 --category quality \\
      --description \"使用两天后机身冒烟\" --demand \"换新机\"        major: manager, 48 h
  svc complaint open --customer KH20261122001 --category late_delivery \\
      --description \"快递超过约定时间三天未到\"                     ordinary: supervisor, 24 h")]
    Open(OpenArgs),
    /// List complaints, newest first
    List(ListArgs),
    /// Fields, notes and the timeline of one complaint
    Show(IdArg),
    /// Add a note; customer-facing notes are checked for forbidden phrases
    Note(NoteArgs),
    /// Move one step up escalation.ladder (or to --to ROLE)
    Escalate(EscalateArgs),
    /// Start or continue the investigation (open → investigating)
    Investigate(InvestigateArgs),
    /// Record the handling plan (investigating → planned); meeting plan_due counts as plan met
    Plan(PlanArgs),
    /// Record the outcome (planned → resolved)
    Resolve(ResolveArgs),
    /// Close a resolved complaint
    Close(IdArg),
    /// Back to investigating with a fresh plan clock (from resolved or closed)
    Reopen(ReopenArgs),
}

#[derive(Args, Debug)]
pub struct OpenArgs {
    /// Customer id
    #[arg(long)]
    pub customer: String,
    /// One of complaints.categories (late_delivery, quality, damaged, …)
    #[arg(long)]
    pub category: String,
    /// What happened, in the customer's words
    #[arg(long)]
    pub description: String,
    /// What the customer asks for (exchange, refund, compensation, …)
    #[arg(long)]
    pub demand: Option<String>,
    /// Grade; a major keyword in the description (冒烟, 起火, …) always makes it major
    #[arg(long, value_parser = ["ordinary", "major"])]
    pub severity: Option<String>,
    /// A related ticket, T-n
    #[arg(long, value_name = "T-n")]
    pub ticket: Option<String>,
    /// The purchase by serial number [default: the customer's latest purchase]
    #[arg(long, conflicts_with = "order", value_name = "SN")]
    pub serial: Option<String>,
    /// The purchase by order number
    #[arg(long, value_name = "NO")]
    pub order: Option<String>,
    /// Open even though an open complaint of the same customer and category exists (recorded)
    #[arg(long)]
    pub force: bool,
}

#[derive(Args, Debug)]
pub struct ListArgs {
    #[arg(long, value_parser = ["open", "investigating", "planned", "resolved", "closed"])]
    pub status: Option<String>,
    #[arg(long)]
    pub customer: Option<String>,
    #[arg(long)]
    pub category: Option<String>,
    #[arg(long, value_parser = ["ordinary", "major"])]
    pub severity: Option<String>,
    /// Opened on or after this day (YYYY-MM-DD)
    #[arg(long)]
    pub since: Option<String>,
    /// Opened on or before this day (YYYY-MM-DD)
    #[arg(long)]
    pub until: Option<String>,
    #[arg(long)]
    pub limit: Option<i64>,
}

#[derive(Args, Debug)]
pub struct IdArg {
    /// Complaint id, C-7 or 7
    pub id: String,
}

#[derive(Args, Debug)]
pub struct NoteArgs {
    /// Complaint id, C-7 or 7
    pub id: String,
    #[arg(long)]
    pub text: String,
    /// For colleagues only: not checked for forbidden phrases
    #[arg(long)]
    pub internal: bool,
}

#[derive(Args, Debug)]
pub struct EscalateArgs {
    /// Complaint id, C-7 or 7
    pub id: String,
    /// A higher step of escalation.ladder [default: one step up]
    #[arg(long, value_name = "ROLE")]
    pub to: Option<String>,
    #[arg(long)]
    pub reason: String,
}

#[derive(Args, Debug)]
pub struct InvestigateArgs {
    /// Complaint id, C-7 or 7
    pub id: String,
    /// What was found or done (kept as an internal note)
    #[arg(long)]
    pub note: String,
}

#[derive(Args, Debug)]
pub struct PlanArgs {
    /// Complaint id, C-7 or 7
    pub id: String,
    /// The solution offered to the customer
    #[arg(long)]
    pub text: String,
    /// Staff member responsible for carrying it out
    #[arg(long, value_name = "STAFF")]
    pub owner: String,
    /// When it will have been carried out
    #[arg(long, value_name = "TIME")]
    pub due: String,
}

#[derive(Args, Debug)]
pub struct ResolveArgs {
    /// Complaint id, C-7 or 7
    pub id: String,
    /// What was done and how the customer took it
    #[arg(long)]
    pub outcome: String,
    /// Amount paid or credited to the customer
    #[arg(long, value_name = "AMOUNT")]
    pub compensation: Option<String>,
}

#[derive(Args, Debug)]
pub struct ReopenArgs {
    /// Complaint id, C-7 or 7
    pub id: String,
    #[arg(long)]
    pub reason: String,
}

/// Columns of `complaint list --format csv`.
pub const LIST_COLUMNS: &[&str] = &[
    "id",
    "customer",
    "category",
    "severity",
    "status",
    "owner_role",
    "owner",
    "opened_at",
    "plan_due",
    "resolved_at",
    "closed_at",
    "escalation_level",
    "description",
];

fn level_role(app: &App, level: i64) -> String {
    let ladder = &app.policy.policy.escalation.ladder;
    ladder
        .get(level.max(0) as usize)
        .or(ladder.last())
        .cloned()
        .unwrap_or_default()
}

fn list_row(app: &App, c: &Complaint) -> Vec<Cell> {
    vec![
        Cell::text(ops::entity(c.id)),
        Cell::text(&c.customer_id),
        Cell::text(&c.category),
        Cell::text(&c.severity),
        Cell::text(&c.status),
        Cell::text(&c.owner_role),
        opt(&c.owner),
        Cell::Time(c.opened_at),
        Cell::Time(c.plan_due),
        Cell::opt_time(c.resolved_at),
        Cell::opt_time(c.closed_at),
        Cell::text(level_role(app, c.escalation_level)),
        Cell::text(&c.description),
    ]
}

fn record(app: &App, c: &Complaint) -> Record {
    Record {
        fields: vec![
            ("id", Cell::text(ops::entity(c.id))),
            ("customer", Cell::text(&c.customer_id)),
            ("category", Cell::text(&c.category)),
            ("severity", Cell::text(&c.severity)),
            ("severity_rule", Cell::text(&c.severity_rule)),
            ("status", Cell::text(&c.status)),
            ("owner_role", Cell::text(&c.owner_role)),
            ("owner", opt(&c.owner)),
            ("team", Cell::Bool(c.team)),
            (
                "escalation_level",
                Cell::text(level_role(app, c.escalation_level)),
            ),
            ("description", Cell::text(&c.description)),
            ("demand", opt(&c.demand)),
            (
                "ticket",
                Cell::opt_text(c.ticket_id.map(|t| format!("T-{t}"))),
            ),
            ("purchase", c.purchase_id.map_or(Cell::Null, Cell::Int)),
            ("remedy", opt(&c.remedy)),
            ("remedy_rule", opt(&c.remedy_rule)),
            ("opened_at", Cell::Time(c.opened_at)),
            ("plan_due", Cell::Time(c.plan_due)),
            ("plan_met", ops::plan_met(c).map_or(Cell::Null, Cell::Bool)),
            ("plan_text", opt(&c.plan_text)),
            ("plan_owner", opt(&c.plan_owner)),
            ("plan_set_at", Cell::opt_time(c.plan_set_at)),
            ("plan_complete_by", Cell::opt_time(c.plan_complete_by)),
            ("outcome", opt(&c.outcome)),
            ("compensation", c.compensation.map_or(Cell::Null, Cell::Num)),
            ("resolved_at", Cell::opt_time(c.resolved_at)),
            ("closed_at", Cell::opt_time(c.closed_at)),
            ("reopen_count", Cell::Int(c.reopen_count)),
            ("forced", Cell::Bool(c.forced)),
        ],
        sections: Vec::new(),
    }
}

/// The complaints section of `customer show`, newest first.
pub fn customer_section(app: &App, conn: &rusqlite::Connection, customer: &str) -> Result<Listing> {
    let mut l = Listing::new(LIST_COLUMNS);
    let f = Filter {
        customer: Some(customer.to_string()),
        ..Filter::default()
    };
    ops::list(conn, &app.env(), &f, &mut |c| {
        l.push(list_row(app, &c));
        Ok(())
    })?;
    Ok(l)
}

/// After a change: the id and new status in a table (only the id with -q), the record otherwise.
fn changed(app: &mut App, c: &Complaint) -> Result<u8> {
    let id = ops::entity(c.id);
    if app.out.format == Format::Table {
        let line = if app.out.quiet {
            id
        } else {
            format!("{id} {}", c.status)
        };
        app.out.essential(&line)?;
    } else {
        let r = record(app, c);
        app.out.record(&r)?;
    }
    Ok(0)
}

/// Run one write step in its own IMMEDIATE transaction.
fn write(
    app: &mut App,
    perm: &str,
    f: impl FnOnce(&rusqlite::Transaction, &crate::ops::Env) -> Result<Complaint>,
) -> Result<u8> {
    let mut conn = app.session(perm)?;
    let tx = store::write_tx(&mut conn)?;
    let c = f(&tx, &app.env())?;
    tx.commit()?;
    changed(app, &c)
}

pub fn run(app: &mut App, cmd: ComplaintCmd) -> Result<u8> {
    match cmd {
        ComplaintCmd::Open(a) => open(app, a),
        ComplaintCmd::List(a) => list(app, a),
        ComplaintCmd::Show(a) => show(app, a),
        ComplaintCmd::Note(a) => write(app, "complaint.note", |tx, env| {
            ops::note(tx, env, &a.id, &a.text, a.internal)
        }),
        ComplaintCmd::Escalate(a) => write(app, "complaint.escalate", |tx, env| {
            ops::escalate(tx, env, &a.id, a.to.as_deref(), &a.reason)
        }),
        ComplaintCmd::Investigate(a) => write(app, "complaint.investigate", |tx, env| {
            ops::investigate(tx, env, &a.id, &a.note)
        }),
        ComplaintCmd::Plan(a) => write(app, "complaint.plan", |tx, env| {
            ops::plan(tx, env, &a.id, &a.text, &a.owner, &a.due)
        }),
        ComplaintCmd::Resolve(a) => write(app, "complaint.resolve", |tx, env| {
            ops::resolve(tx, env, &a.id, &a.outcome, a.compensation.as_deref())
        }),
        ComplaintCmd::Close(a) => {
            write(app, "complaint.close", |tx, env| ops::close(tx, env, &a.id))
        }
        ComplaintCmd::Reopen(a) => write(app, "complaint.reopen", |tx, env| {
            ops::reopen(tx, env, &a.id, &a.reason)
        }),
    }
}

fn open(app: &mut App, a: OpenArgs) -> Result<u8> {
    let mut conn = app.session("complaint.open")?;
    let tx = store::write_tx(&mut conn)?;
    let opened = ops::open(
        &tx,
        &app.env(),
        OpenInput {
            customer: a.customer,
            category: a.category,
            description: a.description,
            demand: a.demand,
            severity: a.severity,
            ticket: a.ticket,
            serial: a.serial,
            order: a.order,
            force: a.force,
        },
    )?;
    let similar = if case::shows_similar(app) {
        crate::ops::case::similar(
            &tx,
            &opened.complaint.category,
            &opened.complaint.description,
        )?
    } else {
        Vec::new()
    };
    tx.commit()?;
    let c = &opened.complaint;
    let id = ops::entity(c.id);
    if app.out.format == Format::Table && app.out.quiet {
        app.out.essential(&id)?;
        return Ok(0);
    }
    let mut r = record(app, c);
    if let Some(d) = opened.forced_over {
        r.field("forced_over", Cell::text(ops::entity(d)));
    }
    if app.out.format == Format::Table {
        // A person needs what to do next, not the empty plan and outcome fields.
        const SHOWN: &[&str] = &[
            "id",
            "customer",
            "category",
            "severity",
            "severity_rule",
            "owner_role",
            "team",
            "plan_due",
            "remedy",
            "remedy_rule",
            "forced_over",
        ];
        r.fields.retain(|(k, _)| SHOWN.contains(k));
    }
    app.out.record(&r)?;
    case::print_similar(app, &similar)?;
    Ok(0)
}

fn list(app: &mut App, a: ListArgs) -> Result<u8> {
    let (since, until) = day_bounds(app, a.since.as_deref(), a.until.as_deref())?;
    let conn = app.session("complaint.list")?;
    let f = Filter {
        status: a.status,
        customer: a.customer,
        category: a.category,
        severity: a.severity,
        since,
        until,
        limit: a.limit,
    };
    let mut rows = Vec::new();
    ops::list(&conn, &app.env(), &f, &mut |c| {
        rows.push(c);
        Ok(())
    })?;
    let cells: Vec<Vec<Cell>> = rows.iter().map(|c| list_row(app, c)).collect();
    let mut sink = app.out.begin(LIST_COLUMNS)?;
    for r in &cells {
        sink.row(r)?;
    }
    sink.finish()?;
    Ok(0)
}

const NOTE_COLUMNS: &[&str] = &["at", "author", "internal", "text"];
const TIMELINE_COLUMNS: &[&str] = &["at", "actor", "action", "new"];

fn show(app: &mut App, a: IdArg) -> Result<u8> {
    let conn = app.session("complaint.show")?;
    let s = ops::show(&conn, &a.id)?;
    let mut r = record(app, &s.complaint);
    let mut notes = Listing::new(NOTE_COLUMNS);
    for n in &s.notes {
        notes.push(vec![
            Cell::Time(n.at),
            Cell::text(&n.author),
            Cell::Bool(n.internal),
            Cell::text(&n.text),
        ]);
    }
    let mut timeline = Listing::new(TIMELINE_COLUMNS);
    for e in &s.timeline {
        timeline.push(vec![
            Cell::Time(e.at),
            Cell::text(&e.actor),
            Cell::text(&e.action),
            Cell::opt_text(e.new.as_deref().map(|t| app.out.mask_json_text(t))),
        ]);
    }
    r.sections.push(("notes", notes));
    r.sections.push(("timeline", timeline));
    app.out.record(&r)?;
    Ok(0)
}
