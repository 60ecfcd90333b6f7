//! `svc archive export|show|purge`.

use std::io::{IsTerminal, Write};
use std::path::PathBuf;

use clap::{Args, Subcommand};

use crate::cli::App;
use crate::error::Result;
use crate::ops::{archive as ops, backup};
use crate::output::{Cell, Format, Listing, Record};
use crate::store;

const EXAMPLES: &str = "Examples:
  age-keygen -o archive.key                 keep this file offline; it prints the public key
  svc archive export --before 2025-01-01 --out 2024.svcarchive --recipient age1…
  svc archive show 2024.svcarchive --identity archive.key
  svc archive purge --before 2025-01-01 --archive 2024.svcarchive --identity archive.key";

#[derive(Subcommand, Debug)]
#[command(defer = true)]
#[command(after_help = EXAMPLES)]
pub enum ArchiveCmd {
    /// Write closed records older than a date, with their events, encrypted to an age recipient
    #[command(after_help = EXAMPLES)]
    Export(ExportArgs),
    /// Decrypt an archive and list (or, as JSON, print) what it holds
    #[command(after_help = EXAMPLES)]
    Show(ShowArgs),
    /// Delete archived records from the database, after checking the archive holds each unchanged
    #[command(after_help = EXAMPLES)]
    Purge(PurgeArgs),
}

#[derive(Args, Debug)]
pub struct ExportArgs {
    /// Records that ended (closed or cancelled) before this day, YYYY-MM-DD in the policy's zone
    #[arg(long, value_name = "DATE")]
    pub before: String,
    /// The archive file to write (readable by you only)
    #[arg(long, value_name = "FILE")]
    pub out: PathBuf,
    /// An age public key (age1…) to encrypt to; repeat for several
    #[arg(long, value_name = "KEY")]
    pub recipient: Vec<String>,
    /// A file of age public keys, one a line (as `age-keygen -y` prints)
    #[arg(long, value_name = "FILE")]
    pub recipient_file: Vec<PathBuf>,
    /// Replace FILE if it already exists
    #[arg(long)]
    pub force: bool,
}

#[derive(Args, Debug)]
pub struct ShowArgs {
    /// The archive file
    pub file: PathBuf,
    /// The age key file (age-keygen format) whose public key the archive was encrypted to
    #[arg(long, value_name = "KEYFILE")]
    pub identity: PathBuf,
}

#[derive(Args, Debug)]
pub struct PurgeArgs {
    /// Delete records that ended before this day; must be at least retention.keep ago
    #[arg(long, value_name = "DATE")]
    pub before: String,
    /// The archive that must hold every record to delete
    #[arg(long, value_name = "FILE")]
    pub archive: PathBuf,
    /// The age key file that opens the archive
    #[arg(long, value_name = "KEYFILE")]
    pub identity: PathBuf,
}

pub fn run(app: &mut App, c: ArchiveCmd) -> Result<u8> {
    match c {
        ArchiveCmd::Export(a) => export(app, a),
        ArchiveCmd::Show(a) => show(app, a),
        ArchiveCmd::Purge(a) => purge(app, a),
    }
}

fn export(app: &mut App, a: ExportArgs) -> Result<u8> {
    let to = ops::recipients(&a.recipient, &a.recipient_file)?;
    let mut conn = app.session("archive.export")?;
    backup::check_target(&a.out, &app.global.db, a.force)?;
    let mut bar: Option<indicatif::ProgressBar> = None;
    let tty = std::io::stderr().is_terminal();
    let mut progress = |done: u64, total: u64| {
        if tty {
            bar.get_or_insert_with(|| indicatif::ProgressBar::new(total))
                .set_position(done);
        }
    };
    let done = ops::export(&mut conn, &app.env(), &a.before, &to, &a.out, &mut progress)?;
    if let Some(b) = bar {
        b.finish_and_clear();
    }
    let counts: Vec<String> = done
        .counts
        .iter()
        .map(|(k, n)| format!("{n} {k}{}", if *n == 1 { "" } else { "s" }))
        .collect();
    let file = done.path.display().to_string();
    match app.out.format {
        Format::Table => app.out.essential(&format!(
            "archived {} records that ended before {} to {file} ({})",
            done.total(),
            done.before,
            counts.join(", ")
        ))?,
        _ => {
            let mut l = Listing::new(&["kind", "records"]);
            for (k, n) in &done.counts {
                l.push(vec![Cell::text(*k), Cell::Int(*n as i64)]);
            }
            app.out.record(&Record {
                fields: vec![
                    ("file", Cell::text(file)),
                    ("before", Cell::text(done.before.to_string())),
                    ("total", Cell::Int(done.total() as i64)),
                ],
                sections: vec![("counts", l)],
            })?
        }
    }
    Ok(0)
}

fn show(app: &mut App, a: ShowArgs) -> Result<u8> {
    let identity = ops::identity(&a.identity)?;
    let mut conn = app.session("archive.show")?;
    let archive = ops::read(&a.file, &identity)?;
    let tx = store::write_tx(&mut conn)?;
    app.env().record(
        &tx,
        "archive",
        "archive.show",
        None,
        Some(&serde_json::json!({
            "file": a.file.display().to_string(),
            "sha256": archive.sha256,
            "records": archive.entries.len(),
        })),
    )?;
    tx.commit()?;
    if app.out.format == Format::Json {
        let doc = serde_json::json!({ "header": archive.header, "records": archive.entries });
        writeln!(
            app.out.out,
            "{}",
            serde_json::to_string_pretty(&doc).unwrap_or_default()
        )?;
        return Ok(0);
    }
    let h = &archive.header;
    app.out.say(&format!(
        "archive of {} records that ended before {}, made {} by {} (svc {})",
        archive.entries.len(),
        h["before"].as_str().unwrap_or("?"),
        h["created_at"].as_str().unwrap_or("?"),
        h["created_by"].as_str().unwrap_or("?"),
        h["svc_version"].as_str().unwrap_or("?"),
    ))?;
    let mut l = Listing::new(&["kind", "id", "customer", "closed_at", "events"]);
    for e in &archive.entries {
        l.push(vec![
            Cell::opt_text(e["kind"].as_str()),
            Cell::opt_text(e["id"].as_str()),
            Cell::opt_text(e["customer"].as_str()),
            e["closed_at"].as_i64().map_or(Cell::Null, Cell::Time),
            Cell::Int(e["events"].as_array().map_or(0, Vec::len) as i64),
        ]);
    }
    app.out.list(&l)?;
    Ok(0)
}

fn purge(app: &mut App, a: PurgeArgs) -> Result<u8> {
    let identity = ops::identity(&a.identity)?;
    let mut conn = app.session("archive.purge")?;
    let (date, cut) = ops::cutoff(&app.env(), &a.before)?;
    // The retention rule first: a young cut-off is refused before anything is decrypted.
    ops::check_retention(&app.env(), date, cut)?;
    let archive = ops::read(&a.archive, &identity)?;
    let tx = store::write_tx(&mut conn)?;
    let done = ops::purge(&tx, &app.env(), date, cut, &archive, &a.archive)?;
    tx.commit()?;
    match app.out.format {
        Format::Table => {
            app.out.essential(&format!(
                "purged {} records that ended before {}{}",
                done.purged.len(),
                done.before,
                if done.purged.is_empty() {
                    String::new()
                } else {
                    format!(": {}", done.purged.join(", "))
                }
            ))?;
            app.out
                .say("their events stay in the audit trail (svc history ID)")?;
        }
        _ => {
            let mut l = Listing::new(&["id"]);
            for id in &done.purged {
                l.push(vec![Cell::text(id)]);
            }
            app.out.record(&Record {
                fields: vec![
                    ("before", Cell::text(done.before.to_string())),
                    ("purged", Cell::Int(done.purged.len() as i64)),
                ],
                sections: vec![("records", l)],
            })?
        }
    }
    Ok(0)
}
