//! `svc archive export|show|purge`: ended records with their events, encrypted
//! to an `age` recipient; purging only what a readable archive holds unchanged.
//!
//! The archive (once decrypted) is JSON lines: a header object, then one object
//! per record (see `store::records::entry`).

use std::collections::HashMap;
use std::io::{BufRead, BufReader, BufWriter, Write};
use std::path::{Path, PathBuf};
use std::str::FromStr;

use age::x25519;
use jiff::Timestamp;
use jiff::civil::Date;
use rusqlite::{Connection, Transaction};
use serde_json::Value as Json;
use sha2::{Digest, Sha256};

use crate::domain::time;
use crate::error::{self, Result};
use crate::ops::Env;
use crate::ops::backup::partial_path;
use crate::store::{self, records};

/// Marks the first line of an svc archive.
const FORMAT: &str = "svc-archive";
const FORMAT_VERSION: i64 = 1;

/// `--before DATE` as the start of that day in the policy's zone.
pub fn cutoff(env: &Env, before: &str) -> Result<(Date, i64)> {
    let d = time::parse_date(before).map_err(|e| error::usage(format!("--before: {e}")))?;
    Ok((d, time::start_of_day(d, env.policy.tz())))
}

/// Recipients from `--recipient` values and `--recipient-file` files (one
/// `age1…` key a line, `#` comments), as `age-keygen -y` prints them.
pub fn recipients(keys: &[String], files: &[PathBuf]) -> Result<Vec<x25519::Recipient>> {
    let parse = |s: &str, from: &str| {
        if s.trim().to_ascii_uppercase().starts_with("AGE-SECRET-KEY-") {
            // Never echo a secret key into an error message or a log.
            return Err(error::usage(format!(
                "{from}: that is a secret key, not a recipient"
            ))
            .hint("give the public key: `age-keygen -y KEYFILE` prints it; keep the secret key off this machine"));
        }
        x25519::Recipient::from_str(s.trim()).map_err(|_| {
            error::usage(format!("{from}: \"{}\" is not an age recipient", s.trim()))
                .hint("a recipient is the public key `age-keygen` prints, starting with age1")
        })
    };
    let mut out = Vec::new();
    for k in keys {
        out.push(parse(k, "--recipient")?);
    }
    for f in files {
        let text = std::fs::read_to_string(f).map_err(|e| {
            error::not_found(format!("cannot read {}: {e}", f.display()))
                .hint("give the file holding the age1… public key")
        })?;
        let before = out.len();
        for line in text.lines().map(str::trim) {
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            out.push(parse(line, &f.display().to_string())?);
        }
        if out.len() == before {
            return Err(error::usage(format!("{} holds no recipient", f.display()))
                .hint("put the age1… public key on a line of its own"));
        }
    }
    if out.is_empty() {
        return Err(
            error::usage("an archive needs a recipient: --recipient age1… or --recipient-file FILE")
                .hint("create a key pair with `age-keygen -o archive.key`; give its public key here and keep the key file offline"),
        );
    }
    Ok(out)
}

/// The identity from a key file in `age-keygen` format (comment lines, then
/// `AGE-SECRET-KEY-1…`).
pub fn identity(path: &Path) -> Result<x25519::Identity> {
    let bytes = std::fs::read(path).map_err(|e| {
        error::not_found(format!("cannot read the identity {}: {e}", path.display()))
            .hint("give the key file age-keygen wrote")
    })?;
    String::from_utf8_lossy(&bytes)
        .lines()
        .map(str::trim)
        .find(|l| l.starts_with("AGE-SECRET-KEY-1"))
        .and_then(|l| x25519::Identity::from_str(l).ok())
        .ok_or_else(|| {
            error::usage(format!("{} holds no age identity", path.display()))
                .hint("the key file age-keygen writes has a line starting with AGE-SECRET-KEY-1")
        })
}

pub struct ExportDone {
    pub path: PathBuf,
    pub before: Date,
    /// Records per kind, in the order of `store::records::KINDS`.
    pub counts: Vec<(&'static str, usize)>,
}

impl ExportDone {
    pub fn total(&self) -> usize {
        self.counts.iter().map(|(_, n)| n).sum()
    }
}

/// Write every record that ended before `before` into an encrypted archive at
/// `out` (checked beforehand with `backup::check_target`). Reads one snapshot;
/// `progress(done, total)` after each record.
pub fn export(
    conn: &mut Connection,
    env: &Env,
    before: &str,
    to: &[x25519::Recipient],
    out: &Path,
    progress: &mut dyn FnMut(u64, u64),
) -> Result<ExportDone> {
    let (date, cut) = cutoff(env, before)?;
    let tx = store::read_tx(conn)?;
    let mut chosen = Vec::new();
    for kind in records::present_kinds(&tx)? {
        chosen.push((kind, records::ended_before(&tx, kind, cut)?));
    }
    let counts: Vec<(&'static str, usize)> = chosen
        .iter()
        .map(|(k, rows)| (k.name, rows.len()))
        .collect();
    let total: usize = counts.iter().map(|(_, n)| n).sum();
    let header = serde_json::json!({
        "format": FORMAT,
        "version": FORMAT_VERSION,
        "svc_version": env!("CARGO_PKG_VERSION"),
        "created_at": time::fmt_json(env.now, env.policy.tz()),
        "created_by": env.actor,
        "before": date.to_string(),
        "cutoff": time::fmt_json(cut, env.policy.tz()),
        "counts": counts.iter().map(|(k, n)| (k.to_string(), Json::from(*n))).collect::<serde_json::Map<_, _>>(),
        "total": total,
    });

    let tmp = partial_path(out);
    let written = (|| -> Result<()> {
        let file = crate::files::create_private(&tmp)?;
        let encryptor =
            age::Encryptor::with_recipients(to.iter().map(|r| r as &dyn age::Recipient))
                .map_err(|e| error::failure(format!("cannot encrypt: {e}")))?;
        let mut w = encryptor.wrap_output(BufWriter::new(file))?;
        serde_json::to_writer(&mut w, &header).map_err(json_io)?;
        w.write_all(b"\n")?;
        let mut done = 0;
        for (kind, rows) in &chosen {
            for e in rows {
                let entry = records::entry(&tx, kind, e)?;
                serde_json::to_writer(&mut w, &entry).map_err(json_io)?;
                w.write_all(b"\n")?;
                done += 1;
                progress(done, total as u64);
            }
        }
        let mut inner = w.finish()?;
        inner.flush()?;
        inner
            .into_inner()
            .map_err(|e| error::failure(format!("cannot write the archive: {e}")))?
            .sync_all()?;
        std::fs::rename(&tmp, out).map_err(|e| {
            error::failure(format!("cannot move the archive to {}: {e}", out.display()))
        })?;
        Ok(())
    })();
    if written.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    written?;
    tx.finish()?;

    let tx = store::write_tx(conn)?;
    env.record(
        &tx,
        "archive",
        "archive.export",
        None,
        Some(&serde_json::json!({
            "file": out.display().to_string(),
            "before": date.to_string(),
            "counts": header["counts"],
            "recipients": to.iter().map(|r| r.to_string()).collect::<Vec<_>>(),
        })),
    )?;
    tx.commit()?;
    Ok(ExportDone {
        path: out.to_path_buf(),
        before: date,
        counts,
    })
}

fn json_io(e: serde_json::Error) -> error::Error {
    error::failure(format!("cannot write the archive: {e}"))
}

/// A decrypted archive.
pub struct Archive {
    pub header: Json,
    pub entries: Vec<Json>,
    /// SHA-256 of the encrypted file, naming it in the audit trail.
    pub sha256: String,
}

/// Decrypt and check an archive: an age file for this identity whose content
/// is an svc archive with as many records as its header counts.
pub fn read(path: &Path, id: &x25519::Identity) -> Result<Archive> {
    let bytes = std::fs::read(path).map_err(|e| {
        error::not_found(format!("cannot read {}: {e}", path.display()))
            .hint("give the file `svc archive export` wrote")
    })?;
    let sha256 = Sha256::digest(&bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    let name = path.display();
    let damaged = |why: String| {
        error::refused(format!("{name} is not a readable svc archive: {why}"))
            .hint("check that this is the file `svc archive export` wrote, complete")
    };
    let decryptor = age::Decryptor::new_buffered(&bytes[..]).map_err(|e| damaged(e.to_string()))?;
    let reader = decryptor
        .decrypt(std::iter::once(id as &dyn age::Identity))
        .map_err(|e| match e {
            age::DecryptError::NoMatchingKeys => error::permission(format!(
                "this identity cannot open {name}: it was encrypted to another recipient"
            ))
            .hint("use the key file whose public key the archive was exported to"),
            e => damaged(e.to_string()),
        })?;
    let mut lines = BufReader::new(reader).lines();
    let mut next = || -> Result<Option<Json>> {
        match lines.next() {
            None => Ok(None),
            Some(Err(e)) => Err(damaged(e.to_string())),
            Some(Ok(l)) => serde_json::from_str(&l)
                .map(Some)
                .map_err(|e| damaged(e.to_string())),
        }
    };
    let header = next()?.ok_or_else(|| damaged("it is empty".into()))?;
    if header["format"] != FORMAT {
        return Err(damaged("it has no svc archive header".into()));
    }
    if header["version"].as_i64().unwrap_or(0) > FORMAT_VERSION {
        return Err(error::refused(format!(
            "{name} was written by a newer svc (archive version {})",
            header["version"]
        ))
        .hint("read it with a newer svc"));
    }
    let mut entries = Vec::new();
    while let Some(e) = next()? {
        entries.push(e);
    }
    if header["total"].as_u64() != Some(entries.len() as u64) {
        return Err(damaged(format!(
            "its header counts {} records but it holds {}",
            header["total"],
            entries.len()
        )));
    }
    Ok(Archive {
        header,
        entries,
        sha256,
    })
}

/// Refuse a cut-off that would delete records `retention.keep` still protects.
pub fn check_retention(env: &Env, date: Date, cut: i64) -> Result<()> {
    let keep = &env.policy.policy.retention.keep.0;
    let cal = &env.policy.calendar;
    let kept_until = |ts: i64| {
        cal.add(
            Timestamp::from_second(ts).unwrap_or(Timestamp::UNIX_EPOCH),
            keep,
        )
        .as_second()
    };
    if kept_until(cut) <= env.now {
        return Ok(());
    }
    let tz = env.policy.tz();
    // The latest cut-off allowed now, for the hint.
    let mut d = time::zoned(env.now, tz).date();
    let mut latest = None;
    for _ in 0..40_000 {
        if kept_until(time::start_of_day(d, tz)) <= env.now {
            latest = Some(d);
            break;
        }
        match d.yesterday() {
            Ok(y) => d = y,
            Err(_) => break,
        }
    }
    let err = error::refused(format!(
        "cut-off {date} is younger than retention.keep ({keep}): records closed before it must be kept until {}",
        time::fmt_table(kept_until(cut), tz)
    ));
    Err(match latest {
        Some(l) => err.hint(format!("the latest cut-off allowed now is --before {l}")),
        None => err,
    })
}

pub struct PurgeDone {
    pub before: Date,
    pub purged: Vec<String>,
}

/// Delete every record that ended before `cut`, after checking that `archive`
/// holds each of them with identical content (record, related rows, events).
/// Events stay: the audit trail is append-only.
pub fn purge(
    tx: &Transaction,
    env: &Env,
    date: Date,
    cut: i64,
    archive: &Archive,
    archive_path: &Path,
) -> Result<PurgeDone> {
    check_retention(env, date, cut)?;
    let held: HashMap<(&str, &str), &Json> = archive
        .entries
        .iter()
        .filter_map(|e| Some(((e["kind"].as_str()?, e["id"].as_str()?), e)))
        .collect();
    let mut doomed = Vec::new();
    let mut problems = Vec::new();
    for kind in records::present_kinds(tx)? {
        for e in records::ended_before(tx, kind, cut)? {
            let now = records::entry(tx, kind, &e)?;
            let id = format!("{}-{}", kind.prefix, e.number);
            match held.get(&(kind.name, id.as_str())) {
                None => problems.push(format!("{id}: not in the archive")),
                Some(kept) if **kept != now => {
                    problems.push(format!("{id}: changed since the archive was made"))
                }
                Some(_) => doomed.push((kind, e.number, id)),
            }
        }
    }
    if !problems.is_empty() {
        let n = problems.len();
        problems.truncate(20);
        return Err(error::refused(format!(
            "{} does not hold {n} of the records to purge: nothing deleted",
            archive_path.display()
        ))
        .details(problems)
        .hint(format!(
            "export a fresh archive with --before {date} and purge with that one"
        )));
    }
    let trail = serde_json::json!({
        "archive": archive_path.display().to_string(),
        "sha256": archive.sha256,
        "before": date.to_string(),
    });
    let mut purged = Vec::new();
    for (kind, number, id) in doomed {
        records::delete(tx, kind, number)?;
        env.record(tx, &id, "archive.purge", None, Some(&trail))?;
        purged.push(id);
    }
    Ok(PurgeDone {
        before: date,
        purged,
    })
}
