//! Command-line definitions and glue: parse, call `ops`, render. No SQL, no rules.

mod archive;
mod audit;
mod backup;
mod calendar;
mod callback;
mod case;
mod complaint;
mod cost;
mod customer;
mod incident;
mod init;
mod lint;
mod parts;
mod po;
mod policy;
mod report;
mod sla;
mod staff;
mod ticket;

use std::io::IsTerminal;
use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

use crate::domain::time;
use crate::error::{self, Result};
use crate::ops::{self, Env};
use crate::output::{Cell, Format, Out, Pii, Record};
use crate::policy::{self as pol, Loaded};
use crate::store;

const AFTER_HELP: &str = "Examples:
  svc init --demo                      create svc.db with demo data
  svc customer add --name 张三 --phone 13812345678 --region 深圳
  svc ticket open --customer KH20261122001 --category noise --description \"风扇转动时有咔咔异响\"
  svc --format csv --bom ticket list > tickets.csv
  svc sla check --apply --exit-code    (from cron, every few minutes)";

/// svc — an after-sales service desk on the command line.
#[derive(Parser, Debug)]
#[command(name = "svc", version, about, after_help = AFTER_HELP, max_term_width = 100)]
pub struct Cli {
    #[command(flatten)]
    pub global: Global,
    #[command(subcommand)]
    pub command: Command,
}

/// Options every subcommand accepts, before or after the verb.
// Listed after each verb's own options in help: subcommands are built only
// when used (`defer`), so these arrive in a verb before its own arguments.
#[derive(Args, Debug, Clone)]
#[command(next_display_order = 1000)]
pub struct Global {
    /// The SQLite database file
    #[arg(
        long,
        global = true,
        env = "SVC_DB",
        default_value = "svc.db",
        value_name = "PATH"
    )]
    pub db: PathBuf,
    /// The policy file [default: policy.toml beside the database, else the built-in policy]
    #[arg(long, global = true, env = "SVC_POLICY", value_name = "PATH")]
    pub policy: Option<PathBuf>,
    /// Who is acting (staff id) [default: the OS login name]
    #[arg(
        long = "as",
        id = "as_staff",
        global = true,
        env = "SVC_USER",
        value_name = "STAFF"
    )]
    pub actor: Option<String>,
    /// The current time: RFC 3339 or "YYYY-MM-DD[ HH:MM[:SS]]" in the policy's zone
    #[arg(long, global = true, env = "SVC_NOW", value_name = "TIME")]
    pub now: Option<String>,
    /// Output format
    #[arg(
        long,
        global = true,
        env = "SVC_FORMAT",
        value_enum,
        default_value = "table"
    )]
    pub format: Format,
    /// Write a UTF-8 BOM before CSV output (for Excel) [default: policy export.bom]
    #[arg(long, global = true)]
    pub bom: bool,
    /// Do not guard CSV cells that start with = + - @ (formula injection)
    #[arg(long, global = true)]
    pub raw_csv: bool,
    /// Show phone, e-mail and address unmasked (needs pii.reveal; audited)
    #[arg(long, global = true)]
    pub reveal: bool,
    /// Print only the essential result (e.g. the new id)
    #[arg(short, long, global = true)]
    pub quiet: bool,
}

#[derive(Subcommand, Debug)]
#[command(defer = true)]
pub enum Command {
    /// Create or migrate the database, write policy.toml, register yourself as admin
    Init(init::InitArgs),
    /// Show or check the policy
    #[command(subcommand)]
    Policy(policy::PolicyCmd),
    /// Staff members and their roles
    #[command(subcommand)]
    Staff(staff::StaffCmd),
    /// The customer archive
    #[command(subcommand)]
    Customer(customer::CustomerCmd),
    /// Products (models) the desk services
    #[command(subcommand)]
    Product(customer::ProductCmd),
    /// Purchases: who bought what, when
    #[command(subcommand)]
    Purchase(customer::PurchaseCmd),
    /// Tickets: fault reports, inquiries and installations, from intake to sign-off
    #[command(subcommand)]
    Ticket(ticket::TicketCmd),
    /// Satisfaction and follow-up callbacks
    #[command(subcommand)]
    Callback(callback::CallbackCmd),
    /// The case library: search how resolved tickets and complaints were solved
    #[command(subcommand)]
    Case(case::CaseCmd),
    /// Complaints: grade, owner, plan deadline, remedy, escalation
    #[command(subcommand)]
    Complaint(complaint::ComplaintCmd),
    /// SLA clocks: the cron check that escalates breaches, and how due times were computed
    #[command(subcommand)]
    Sla(sla::SlaCmd),
    /// The business calendar: due times and working days
    #[command(subcommand)]
    Calendar(calendar::CalendarCmd),
    /// Spare parts: stock, movements (receive, use, count, scrap) and reordering
    #[command(subcommand)]
    Parts(parts::PartsCmd),
    /// Suppliers of parts
    #[command(subcommand)]
    Supplier(po::SupplierCmd),
    /// Purchase orders for parts
    #[command(subcommand)]
    Po(po::PoCmd),
    /// Costs booked on tickets
    #[command(subcommand)]
    Cost(cost::CostCmd),
    /// Reports
    #[command(subcommand)]
    Report(report::ReportCmd),
    /// The timeline of one record from the audit trail
    History(audit::HistoryArgs),
    /// List or verify the audit trail
    Audit(audit::AuditArgs),
    /// Copy the database safely while others work (SQLite online backup)
    Backup(backup::BackupArgs),
    /// Encrypted archives of closed records: export, show, purge
    #[command(subcommand)]
    Archive(archive::ArchiveCmd),
    /// Emergencies: product failures, disasters, drills
    #[command(subcommand)]
    Incident(incident::IncidentCmd),
    /// Check a reply or script for forbidden and vague phrases (no database needed)
    Lint(lint::LintArgs),
    /// Print a shell completion script
    Completions(init::CompletionsArgs),
    /// Print the manual page (roff): `svc man > /usr/local/share/man/man1/svc.1`
    Man,
}

/// Everything a command needs: options, policy, clock, actor, renderer.
pub struct App {
    pub global: Global,
    pub policy: Loaded,
    pub now: i64,
    pub actor: String,
    pub out: Out,
}

impl App {
    pub fn env(&self) -> Env<'_> {
        Env {
            policy: &self.policy,
            now: self.now,
            actor: &self.actor,
        }
    }

    /// Open the database and check that the actor may `perm`. With `--reveal`,
    /// also check `pii.reveal` and record in the audit trail that it was used.
    pub fn session(&mut self, perm: &str) -> Result<store::Db> {
        self.session_about(perm, None)
    }

    /// `session` for a command that shows one record: a `--reveal` event also
    /// names the record whose personal data was shown.
    pub fn session_about(&mut self, perm: &str, record: Option<&str>) -> Result<store::Db> {
        let mut conn = store::open(&self.global.db)?;
        ops::authorize(&conn, &self.env(), perm)?;
        if self.global.reveal {
            ops::authorize(&conn, &self.env(), "pii.reveal")?;
            let args: Vec<String> = std::env::args().skip(1).collect();
            let mut shown = serde_json::json!({"command": perm, "args": args});
            if let Some(r) = record {
                shown["record"] = serde_json::Value::from(r);
            }
            let tx = store::write_tx(&mut conn)?;
            self.env()
                .record(&tx, "pii", "pii.reveal", None, Some(&shown))?;
            tx.commit()?;
            self.out.masked.clear();
        }
        Ok(conn)
    }

    /// Print a created or changed object: its id in a table (even with -q), the object otherwise.
    pub fn show_created(&mut self, id: &str, record: &Record) -> Result<()> {
        match self.out.format {
            Format::Table => self.out.essential(id)?,
            _ => self.out.record(record)?,
        }
        Ok(())
    }
}

fn os_login() -> String {
    for var in ["USER", "LOGNAME"] {
        if let Ok(v) = std::env::var(var)
            && !v.trim().is_empty()
        {
            return v;
        }
    }
    std::process::Command::new("id")
        .arg("-un")
        .output()
        .ok()
        .and_then(|o| String::from_utf8(o.stdout).ok())
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty())
        .unwrap_or_else(|| "unknown".into())
}

pub fn run(cli: Cli) -> Result<u8> {
    // Commands that need neither database nor a valid policy.
    match &cli.command {
        Command::Completions(a) => return init::completions(a),
        Command::Man => return init::man(),
        Command::Policy(policy::PolicyCmd::Check(a)) => return policy::check(&cli.global, a),
        _ => {}
    }
    let g = cli.global;
    let policy_path = pol::resolve_path(g.policy.as_deref(), &g.db);
    let loaded = pol::load(policy_path.as_deref())?;
    let now = match &g.now {
        Some(s) => time::parse_time(s, loaded.tz())
            .map_err(|e| error::usage(format!("--now: {e}")))?
            .as_second(),
        None => jiff::Timestamp::now().as_second(),
    };
    let actor = g.actor.clone().unwrap_or_else(os_login);
    let mut out = Out::stdout(g.format, loaded.tz().clone());
    out.bom = g.bom || loaded.policy.export.bom;
    out.raw_csv = g.raw_csv;
    out.quiet = g.quiet;
    out.color = std::io::stdout().is_terminal()
        && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty());
    out.masked = loaded
        .policy
        .privacy
        .mask
        .iter()
        .filter_map(|m| match m.as_str() {
            "phone" => Some(Pii::Phone),
            "email" => Some(Pii::Email),
            "address" => Some(Pii::Address),
            _ => None,
        })
        .collect();
    if g.format == Format::Html
        && !matches!(cli.command, Command::Report(report::ReportCmd::Monthly(_)))
    {
        return Err(error::usage("--format html is only for `report monthly`")
            .hint("use table, csv or json here"));
    }
    let mut app = App {
        global: g,
        policy: loaded,
        now,
        actor,
        out,
    };
    let code = match cli.command {
        Command::Init(a) => init::run(&mut app, a),
        Command::Policy(c) => policy::run(&mut app, c),
        Command::Staff(c) => staff::run(&mut app, c),
        Command::Customer(c) => customer::run_customer(&mut app, c),
        Command::Product(c) => customer::run_product(&mut app, c),
        Command::Purchase(c) => customer::run_purchase(&mut app, c),
        Command::Ticket(c) => ticket::run(&mut app, c),
        Command::Callback(c) => callback::run(&mut app, c),
        Command::Case(c) => case::run(&mut app, c),
        Command::Complaint(c) => complaint::run(&mut app, c),
        Command::Sla(c) => sla::run(&mut app, c),
        Command::Calendar(c) => calendar::run(&mut app, c),
        Command::Parts(c) => parts::run(&mut app, c),
        Command::Supplier(c) => po::run_supplier(&mut app, c),
        Command::Po(c) => po::run_po(&mut app, c),
        Command::Cost(c) => cost::run(&mut app, c),
        Command::Report(c) => report::run(&mut app, c),
        Command::History(a) => audit::history(&mut app, a),
        Command::Audit(a) => audit::audit(&mut app, a),
        Command::Backup(a) => backup::run(&mut app, a),
        Command::Archive(c) => archive::run(&mut app, c),
        Command::Incident(c) => incident::run(&mut app, c),
        // Needs the policy only: it never opens the database nor checks a permission.
        Command::Lint(a) => lint::run(&mut app, a),
        Command::Completions(_) | Command::Man => Ok(0),
    }?;
    app.out.flush()?;
    Ok(code)
}

/// A `--since`/`--until` pair as epoch-second bounds [since, until+1 day).
pub fn day_bounds(
    app: &App,
    since: Option<&str>,
    until: Option<&str>,
) -> Result<(Option<i64>, Option<i64>)> {
    let tz = app.policy.tz();
    let parse =
        |flag: &str, s: &str| time::parse_date(s).map_err(|e| error::usage(format!("{flag}: {e}")));
    let since = since.map(|s| parse("--since", s)).transpose()?;
    let until = until.map(|s| parse("--until", s)).transpose()?;
    if let (Some(a), Some(b)) = (since, until)
        && b < a
    {
        return Err(error::usage(format!("--until {b} is before --since {a}")));
    }
    Ok((
        since.map(|d| time::start_of_day(d, tz)),
        until.map(|d| time::start_of_day(d.tomorrow().unwrap_or(d), tz)),
    ))
}

/// A cell for an optional text value.
pub fn opt(s: &Option<String>) -> Cell {
    Cell::opt_text(s.clone())
}
