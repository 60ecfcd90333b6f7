//! `svc backup`: a consistent copy of the live database, owner-only.

use std::path::{Path, PathBuf};
use std::time::Duration;

use rusqlite::Connection;
use rusqlite::backup::{Backup, StepResult};

use crate::error::{self, Result};
use crate::ops::Env;
use crate::store;

/// How long to wait when another connection holds a lock the copy needs.
const BUSY_WAIT: Duration = Duration::from_secs(30);
const PAUSE: Duration = Duration::from_millis(50);

pub struct BackupDone {
    pub path: PathBuf,
    pub bytes: u64,
}

/// Refuse to write over `out` unless `force`, or over the live database itself.
pub fn check_target(out: &Path, db: &Path, force: bool) -> Result<()> {
    if out.is_dir() {
        return Err(error::usage(format!(
            "{} is a directory: --out names the file to write",
            out.display()
        )));
    }
    if out.exists() {
        let same = match (out.canonicalize(), db.canonicalize()) {
            (Ok(a), Ok(b)) => a == b,
            _ => false,
        };
        if same {
            return Err(
                error::usage(format!("{} is the database itself", out.display()))
                    .hint("write the copy to another file"),
            );
        }
        if !force {
            return Err(error::refused(format!("{} already exists", out.display()))
                .hint("choose a new file name, or add --force to replace it"));
        }
    }
    Ok(())
}

/// A private temporary file beside `out`, renamed over it once complete, so a
/// failed run never leaves a half-written file under the final name.
pub fn partial_path(out: &Path) -> PathBuf {
    let name = out
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "svc".into());
    out.with_file_name(format!(".{name}.partial-{}", std::process::id()))
}

/// Copy the database with SQLite's online backup: one read snapshot, so the
/// copy is consistent while other processes keep writing. The copy must pass
/// `PRAGMA integrity_check`.
pub fn backup(conn: &Connection, out: &Path) -> Result<BackupDone> {
    let tmp = partial_path(out);
    let result = copy_into(conn, &tmp).and_then(|()| {
        // A replaced copy's leftover journal files would be replayed into the new one.
        for suffix in ["-wal", "-shm", "-journal"] {
            let mut side = out.as_os_str().to_owned();
            side.push(suffix);
            let _ = std::fs::remove_file(side);
        }
        std::fs::rename(&tmp, out)
            .map_err(|e| error::failure(format!("cannot move the copy to {}: {e}", out.display())))
    });
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result?;
    let bytes = std::fs::metadata(out)?.len();
    Ok(BackupDone {
        path: out.to_path_buf(),
        bytes,
    })
}

fn copy_into(conn: &Connection, tmp: &Path) -> Result<()> {
    // Created owner-only first; SQLite keeps the mode of an existing file.
    crate::files::create_private(tmp)?;
    let mut dst = Connection::open(tmp)?;
    {
        let b = Backup::new(conn, &mut dst)?;
        // All pages in one step (-1): a single read transaction on the source,
        // so the copy is one consistent snapshot.
        let mut waited = Duration::ZERO;
        loop {
            match b.step(-1)? {
                StepResult::Done => break,
                StepResult::More => {}
                _ if waited < BUSY_WAIT => {
                    std::thread::sleep(PAUSE);
                    waited += PAUSE;
                }
                _ => {
                    return Err(error::Error::new(
                        error::Kind::Busy,
                        "the database stayed locked: no consistent copy could be read",
                    )
                    .hint("retry in a moment"));
                }
            }
        }
    }
    let check = crate::store::integrity(&dst)?;
    if check != "ok" {
        return Err(error::failure(format!(
            "the copy failed its integrity check: {check}"
        )));
    }
    dst.close().map_err(|(_, e)| error::Error::from(e))?;
    Ok(())
}

/// Record in the audit trail that a full copy was taken, and where to.
pub fn record(conn: &mut Connection, env: &Env, done: &BackupDone) -> Result<()> {
    let tx = store::write_tx(conn)?;
    env.record(
        &tx,
        "backup",
        "backup.run",
        None,
        Some(&serde_json::json!({
            "file": done.path.display().to_string(),
            "bytes": done.bytes,
        })),
    )?;
    tx.commit()?;
    Ok(())
}
