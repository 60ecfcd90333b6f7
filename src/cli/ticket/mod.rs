//! `svc ticket …`: service requests and repair work orders.

mod view;

use clap::{Args, Subcommand, ValueEnum};

use crate::cli::customer::{ImportArgs, References, run_import};
use crate::cli::{App, case, day_bounds};
use crate::domain::time;
use crate::error::{self, Result};
use crate::ops::ticket::{self as ops, Assignee, OpenInput, Opened, WaitFor};
use crate::store;
use crate::store::ticket::{Filter, Sort};

pub use view::customer_tickets;

const OPEN_AFTER_HELP: &str = "Examples:
  svc ticket open --customer KH20261122001 --category noise --mode onsite \\
      --description \"风扇转动时有咔咔异响，开机十分钟后出现\"
  svc ticket open --customer KH20261122001 --category noise --description \"…\" --chase
  svc -q ticket open … > id.txt            (prints only the new id)";

const LIST_AFTER_HELP: &str = "Examples:
  svc ticket list --status in_progress --assignee liugong
  svc ticket list --overdue --sort due
  svc --format csv --bom ticket list --since 2026-11-01 --until 2026-11-30 > 十一月.csv";

#[derive(Subcommand, Debug)]
#[command(defer = true)]
pub enum TicketCmd {
    /// Open a ticket: a fault report, an inquiry or an installation
    #[command(after_help = OPEN_AFTER_HELP)]
    Open(OpenArgs),
    /// List tickets (all matching rows unless --limit)
    #[command(after_help = LIST_AFTER_HELP)]
    List(ListArgs),
    /// One ticket: fields, due times, notes, parts, costs and timeline
    Show {
        /// Ticket id (T-42 or 42)
        id: String,
    },
    /// Give the ticket to a staff member, or let svc pick an engineer
    Assign(AssignArgs),
    /// Set (or move) the on-site appointment
    Schedule {
        /// Ticket id
        id: String,
        /// When: "YYYY-MM-DD HH:MM" or RFC 3339
        #[arg(long, value_name = "TIME")]
        at: String,
    },
    /// Work begins (a new ticket goes to whoever starts it)
    Start {
        /// Ticket id
        id: String,
    },
    /// Wait for the customer or for parts (the SLA clock pauses per sla.ticket.pause_on)
    Wait(WaitArgs),
    /// Work goes on after waiting
    Resume {
        /// Ticket id
        id: String,
    },
    /// Take the product back for repair, with the handover list (model, quantity, fault)
    Handover {
        /// Ticket id
        id: String,
        /// The handover list, e.g. "AT-100 ×1，风扇异响"
        #[arg(long)]
        items: String,
    },
    /// The repaired product went back to the customer
    Return {
        /// Ticket id
        id: String,
    },
    /// The problem is solved; --hours books labour at costs.labour_rate
    Resolve {
        /// Ticket id
        id: String,
        /// What was done
        #[arg(long)]
        resolution: String,
        /// Working hours to book as labour cost
        #[arg(long, value_name = "H")]
        hours: Option<f64>,
    },
    /// The customer accepts the work (needed to close modes in tickets.require_signoff)
    Sign {
        /// Ticket id
        id: String,
        /// Who signed
        #[arg(long, value_name = "NAME")]
        by: String,
    },
    /// Close a resolved ticket
    Close {
        /// Ticket id
        id: String,
    },
    /// Reopen a resolved or closed ticket; the resolve clock starts again
    Reopen {
        /// Ticket id
        id: String,
        #[arg(long)]
        reason: String,
    },
    /// End a ticket opened in error or merged by hand (no callback)
    Cancel {
        /// Ticket id
        id: String,
        #[arg(long)]
        reason: String,
    },
    /// Add a note; customer-facing notes are checked for forbidden phrases
    Note {
        /// Ticket id
        id: String,
        #[arg(long)]
        text: String,
        /// Only for staff: not shown to the customer, not checked
        #[arg(long)]
        internal: bool,
    },
    /// Import tickets from CSV (the header of `ticket list --format csv`; all rows or none)
    Import(ImportArgs),
}

#[derive(Args, Debug)]
pub struct OpenArgs {
    /// Customer id
    #[arg(long)]
    pub customer: String,
    /// One of the policy's tickets.categories (no_power, noise, leak, …)
    #[arg(long)]
    pub category: String,
    /// What fails, when, and what was tried (vague text such as "坏了" is refused)
    #[arg(long)]
    pub description: String,
    /// Product model; the warranty is decided on the customer's latest purchase of it
    #[arg(long, conflicts_with = "serial")]
    pub product: Option<String>,
    /// Serial number of the purchase concerned
    #[arg(long)]
    pub serial: Option<String>,
    /// Starting priority (VIP customers start one step higher) [default: normal]
    #[arg(long, value_parser = ["low", "normal", "high", "urgent"])]
    pub priority: Option<String>,
    /// How the customer reached us [default: phone]
    #[arg(long, value_parser = ["phone", "online", "email", "visit"])]
    pub channel: Option<String>,
    /// How the work is done [default: remote]
    #[arg(long, value_parser = ["remote", "onsite", "takeback"])]
    pub mode: Option<String>,
    /// What kind of request [default: repair]
    #[arg(long, value_parser = ["repair", "inquiry", "install"])]
    pub kind: Option<String>,
    /// Open even though the customer has an open ticket of this category (recorded)
    #[arg(long, conflicts_with = "chase")]
    pub force: bool,
    /// The customer is chasing their open ticket: note it there and raise its priority
    #[arg(long)]
    pub chase: bool,
}

#[derive(Args, Debug)]
pub struct ListArgs {
    /// Only this status (new, assigned, scheduled, in_progress, waiting_customer, …)
    #[arg(long)]
    pub status: Option<String>,
    /// Only tickets held by this staff member
    #[arg(long, value_name = "STAFF")]
    pub assignee: Option<String>,
    /// Only this customer's
    #[arg(long, value_name = "ID")]
    pub customer: Option<String>,
    /// Only this category
    #[arg(long)]
    pub category: Option<String>,
    /// Only open tickets past their resolve or first-response due time
    #[arg(long)]
    pub overdue: bool,
    /// Opened on or after this day
    #[arg(long, value_name = "DATE")]
    pub since: Option<String>,
    /// Opened on or before this day
    #[arg(long, value_name = "DATE")]
    pub until: Option<String>,
    /// Order of the rows [default: id]
    #[arg(long, value_enum)]
    pub sort: Option<SortBy>,
    #[arg(long, value_name = "N")]
    pub limit: Option<i64>,
}

#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum SortBy {
    /// Resolve due time, earliest first
    Due,
    /// Opening time, oldest first
    Opened,
    /// Urgent first, then by due time
    Priority,
}

#[derive(Args, Debug)]
pub struct AssignArgs {
    /// Ticket id
    pub id: String,
    /// Staff id
    #[arg(
        long,
        value_name = "STAFF",
        required_unless_present = "auto",
        conflicts_with = "auto"
    )]
    pub to: Option<String>,
    /// Pick the active engineer with the skill in the customer's region who has the fewest open tickets
    #[arg(long)]
    pub auto: bool,
}

#[derive(Args, Debug)]
pub struct WaitArgs {
    /// Ticket id
    pub id: String,
    /// What the work waits for
    #[arg(long = "for", value_enum, value_name = "WHAT")]
    pub what: WaitWhat,
    /// Expected until
    #[arg(long, value_name = "TIME")]
    pub until: Option<String>,
}

#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum WaitWhat {
    Customer,
    Parts,
}

fn parse_at(app: &App, flag: &str, s: &str) -> Result<i64> {
    time::parse_time(s, app.policy.tz())
        .map(|t| t.as_second())
        .map_err(|e| error::usage(format!("{flag}: {e}")))
}

/// A verb that changes one ticket: permission, one transaction, print the result.
fn change(
    app: &mut App,
    verb: &str,
    f: impl FnOnce(&rusqlite::Transaction, &crate::ops::Env) -> Result<ops::Ticket>,
) -> Result<u8> {
    let mut conn = app.session(&format!("ticket.{verb}"))?;
    let tx = store::write_tx(&mut conn)?;
    let t = f(&tx, &app.env())?;
    tx.commit()?;
    view::changed(app, &t)
}

pub fn run(app: &mut App, c: TicketCmd) -> Result<u8> {
    match c {
        TicketCmd::Open(a) => open(app, a),
        TicketCmd::List(a) => list(app, a),
        TicketCmd::Show { id } => {
            let mut conn = app.session("ticket.show")?;
            let tx = store::read_tx(&mut conn)?;
            let d = ops::detail(&tx, &id)?;
            view::show(app, &d)
        }
        TicketCmd::Assign(a) => {
            let who = match a.to {
                Some(s) => Assignee::To(s),
                None => Assignee::Auto,
            };
            let mut conn = app.session("ticket.assign")?;
            let tx = store::write_tx(&mut conn)?;
            let r = ops::assign(&tx, &app.env(), &a.id, who)?;
            tx.commit()?;
            let line = format!(
                "{} assigned to {} ({})",
                ops::tid(r.ticket.id),
                r.ticket.assignee.as_deref().unwrap_or_default(),
                r.why
            );
            view::changed_saying(app, &r.ticket, &line)
        }
        TicketCmd::Schedule { id, at } => {
            let at = parse_at(app, "--at", &at)?;
            change(app, "schedule", |tx, env| ops::schedule(tx, env, &id, at))
        }
        TicketCmd::Start { id } => change(app, "start", |tx, env| ops::start(tx, env, &id)),
        TicketCmd::Wait(a) => {
            let until = a
                .until
                .as_deref()
                .map(|s| parse_at(app, "--until", s))
                .transpose()?;
            let what = match a.what {
                WaitWhat::Customer => WaitFor::Customer,
                WaitWhat::Parts => WaitFor::Parts,
            };
            change(app, "wait", |tx, env| {
                ops::wait(tx, env, &a.id, what, until)
            })
        }
        TicketCmd::Resume { id } => change(app, "resume", |tx, env| ops::resume(tx, env, &id)),
        TicketCmd::Handover { id, items } => change(app, "handover", |tx, env| {
            ops::handover(tx, env, &id, &items)
        }),
        TicketCmd::Return { id } => change(app, "return", |tx, env| ops::give_back(tx, env, &id)),
        TicketCmd::Resolve {
            id,
            resolution,
            hours,
        } => change(app, "resolve", |tx, env| {
            ops::resolve(tx, env, &id, &resolution, hours)
        }),
        TicketCmd::Sign { id, by } => change(app, "sign", |tx, env| ops::sign(tx, env, &id, &by)),
        TicketCmd::Close { id } => change(app, "close", |tx, env| ops::close(tx, env, &id)),
        TicketCmd::Reopen { id, reason } => {
            change(app, "reopen", |tx, env| ops::reopen(tx, env, &id, &reason))
        }
        TicketCmd::Cancel { id, reason } => {
            change(app, "cancel", |tx, env| ops::cancel(tx, env, &id, &reason))
        }
        TicketCmd::Note { id, text, internal } => change(app, "note", |tx, env| {
            ops::note(tx, env, &id, &text, internal)
        }),
        TicketCmd::Import(a) => run_import(
            app,
            "ticket.import",
            "tickets",
            &a,
            References::Importer,
            ops::import,
        ),
    }
}

fn open(app: &mut App, a: OpenArgs) -> Result<u8> {
    let wanted_chase = a.chase;
    let mut conn = app.session("ticket.open")?;
    let tx = store::write_tx(&mut conn)?;
    let opened = ops::open(
        &tx,
        &app.env(),
        OpenInput {
            customer: a.customer,
            category: a.category,
            description: a.description,
            product: a.product,
            serial: a.serial,
            priority: a.priority,
            channel: a.channel,
            mode: a.mode,
            kind: a.kind,
            force: a.force,
            chase: a.chase,
        },
    )?;
    let similar = match &opened {
        Opened::New { ticket, .. } if case::shows_similar(app) => {
            crate::ops::case::similar(&tx, &ticket.category, &ticket.description)?
        }
        _ => Vec::new(),
    };
    tx.commit()?;
    match opened {
        Opened::New {
            ticket,
            duplicate_of,
            purchase,
            manufacturer_contact,
        } => {
            view::opened(
                app,
                &ticket,
                duplicate_of,
                purchase.as_ref(),
                manufacturer_contact.as_deref(),
            )?;
            if wanted_chase {
                app.out.say(&format!(
                    "--chase: the customer had no open {} ticket to chase, so this one was opened",
                    ticket.category
                ))?;
            }
            case::print_similar(app, &similar)?;
            Ok(0)
        }
        Opened::Chased {
            ticket,
            old_priority,
        } => view::chased(app, &ticket, &old_priority),
    }
}

fn list(app: &mut App, a: ListArgs) -> Result<u8> {
    if let Some(s) = &a.status
        && crate::domain::ticket::Status::parse(s).is_none()
    {
        let all: Vec<&str> = crate::domain::ticket::STATUSES
            .iter()
            .map(|s| s.as_str())
            .collect();
        return Err(error::usage(format!("--status: unknown status \"{s}\""))
            .hint(format!("statuses: {}", all.join(", "))));
    }
    let (opened_from, opened_before) = day_bounds(app, a.since.as_deref(), a.until.as_deref())?;
    let filter = Filter {
        status: a.status,
        assignee: a.assignee,
        customer: a.customer,
        category: a.category,
        overdue_at: a.overdue.then_some(app.now),
        opened_from,
        opened_before,
        sort: match a.sort {
            None => Sort::Id,
            Some(SortBy::Due) => Sort::Due,
            Some(SortBy::Opened) => Sort::Opened,
            Some(SortBy::Priority) => Sort::Priority,
        },
        limit: a.limit,
    };
    let mut conn = app.session("ticket.list")?;
    let tx = store::read_tx(&mut conn)?;
    view::list(app, &tx, &filter)?;
    Ok(0)
}
