//! The only place with SQL: opening the database (pragmas, WAL, busy timeout),
//! migrations, and one file per table family.

pub mod audit;
pub mod callback;
pub mod case;
pub mod complaint;
pub mod cost;
pub mod customer;
pub mod incident;
pub mod parts;
pub mod records;
pub mod report;
pub mod sla;
pub mod staff;
pub mod ticket;

use std::ops::{Deref, DerefMut};
use std::path::{Path, PathBuf};
use std::time::Duration as StdDuration;

use rusqlite::config::DbConfig;
use rusqlite::{Connection, OpenFlags, Transaction, TransactionBehavior};

use crate::error::{self, Kind, Result};

/// Append-only list of schema migrations; the database's `user_version` is how
/// many have been applied. Never edit one that has shipped: add a new one.
const MIGRATIONS: &[&str] = &[
    include_str!("sql/001_foundation.sql"),
    include_str!("sql/002_tickets.sql"),
    include_str!("sql/003_complaints.sql"),
    include_str!("sql/004_parts.sql"),
    include_str!("sql/005_records.sql"),
    include_str!("sql/006_callbacks.sql"),
    include_str!("sql/007_reports.sql"),
    include_str!("sql/008_cases.sql"),
    include_str!("sql/009_case_index.sql"),
];

/// How long a command waits for another writer before giving up with exit 7.
const BUSY_TIMEOUT: StdDuration = StdDuration::from_secs(30);

/// The write-ahead log is folded back into the database when a connection
/// closes with more than this in it; below it, the log is left for the next
/// command. Checkpointing after every small write would cost two syncs (the log,
/// then the database) per command, while a short log costs the next command
/// only a quick read to rebuild its index.
const WAL_KEEP_BYTES: u64 = 256 * 1024;

/// An open database. On close it checkpoints the write-ahead log only when the
/// log has grown past [`WAL_KEEP_BYTES`], and then without waiting for readers.
pub struct Db {
    conn: Connection,
    wal: PathBuf,
}

impl Deref for Db {
    type Target = Connection;
    fn deref(&self) -> &Connection {
        &self.conn
    }
}

impl DerefMut for Db {
    fn deref_mut(&mut self) -> &mut Connection {
        &mut self.conn
    }
}

impl Drop for Db {
    fn drop(&mut self) {
        let big = std::fs::metadata(&self.wal).is_ok_and(|m| m.len() > WAL_KEEP_BYTES);
        if big && self.conn.is_autocommit() {
            // TRUNCATE leaves an empty log, so the next command starts with
            // nothing to read back. Without a busy timeout it does what it can
            // without blocking; a reader still at work leaves the rest for later.
            let _ = self.conn.busy_timeout(StdDuration::ZERO);
            let _ = self
                .conn
                .query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()));
        }
    }
}

pub fn schema_version() -> i64 {
    MIGRATIONS.len() as i64
}

/// Open an existing database, migrating it forward if it is older than this binary.
pub fn open(path: &Path) -> Result<Db> {
    if !path.exists() {
        return Err(
            error::not_found(format!("no database at {}", path.display()))
                .hint("run `svc init` to create one, or point --db / SVC_DB at an existing file"),
        );
    }
    if path.is_dir() {
        return Err(error::failure(format!(
            "{} is a directory, not a database file",
            path.display()
        ))
        .hint("point --db at a file, e.g. --db ./svc.db"));
    }
    let db = connect(path, OpenFlags::SQLITE_OPEN_READ_WRITE)?;
    migrate(&db)?;
    Ok(db)
}

/// Create the database if needed (owner-only permissions) and migrate it.
pub fn create(path: &Path) -> Result<Db> {
    if path.is_dir() {
        return Err(error::failure(format!(
            "{} is a directory, not a database file",
            path.display()
        )));
    }
    if !path.exists() {
        crate::files::create_private(path)?;
    }
    let db = connect(
        path,
        OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_CREATE,
    )?;
    migrate(&db)?;
    Ok(db)
}

fn connect(path: &Path, flags: OpenFlags) -> Result<Db> {
    let conn = Connection::open_with_flags(path, flags | OpenFlags::SQLITE_OPEN_NO_MUTEX)?;
    conn.busy_timeout(BUSY_TIMEOUT)?;
    // journal_mode needs a write lock the first time; the busy timeout covers it.
    let mode: String = conn.query_row("PRAGMA journal_mode=WAL", [], |r| r.get(0))?;
    if !mode.eq_ignore_ascii_case("wal") && !mode.eq_ignore_ascii_case("memory") {
        return Err(error::failure(format!(
            "cannot switch the database to WAL mode (got {mode})"
        )));
    }
    conn.execute_batch("PRAGMA foreign_keys=ON; PRAGMA synchronous=NORMAL;")?;
    // The log is kept between commands; `Db::drop` decides when to fold it back.
    conn.set_db_config(DbConfig::SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, true)?;
    let mut wal = path.as_os_str().to_owned();
    wal.push("-wal");
    Ok(Db {
        conn,
        wal: wal.into(),
    })
}

fn migrate(conn: &Connection) -> Result<()> {
    let current: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
    let known = schema_version();
    if current > known {
        return Err(error::Error::new(
            Kind::Busy,
            format!("the database schema is version {current}, newer than this svc understands ({known})"),
        )
        .hint("upgrade svc; the database was left untouched"));
    }
    if current == known {
        return Ok(());
    }
    let tx = Transaction::new_unchecked(conn, TransactionBehavior::Immediate)?;
    // Another process may have migrated while we waited for the lock.
    let current: i64 = tx.query_row("PRAGMA user_version", [], |r| r.get(0))?;
    for (i, sql) in MIGRATIONS.iter().enumerate().skip(current.max(0) as usize) {
        tx.execute_batch(sql)?;
        tx.execute_batch(&format!("PRAGMA user_version = {}", i + 1))?;
    }
    tx.commit()?;
    Ok(())
}

/// Turn off the foreign-key lookups of this connection, for a load whose
/// importer checks every reference itself. Takes effect only outside a
/// transaction, so it comes before [`write_tx`].
pub fn skip_foreign_key_checks(conn: &Connection) -> Result<()> {
    conn.execute_batch("PRAGMA foreign_keys = OFF")?;
    Ok(())
}

/// Start the one write transaction of a command. IMMEDIATE takes the write lock
/// up front, so two writers queue on the busy timeout instead of failing with
/// "database is locked" when a read would otherwise have to upgrade.
pub fn write_tx(conn: &mut Connection) -> Result<Transaction<'_>> {
    Ok(conn.transaction_with_behavior(TransactionBehavior::Immediate)?)
}

/// A read-only snapshot for reports and lists.
pub fn read_tx(conn: &mut Connection) -> Result<Transaction<'_>> {
    Ok(conn.transaction_with_behavior(TransactionBehavior::Deferred)?)
}

/// `PRAGMA integrity_check`: "ok", or the first problem SQLite found.
pub fn integrity(conn: &Connection) -> Result<String> {
    Ok(conn.query_row("PRAGMA integrity_check", [], |r| r.get(0))?)
}

/// Next number of a `PREFIX-<n>` id family, kept in `counters`.
pub fn next_number(tx: &Transaction, family: &str) -> Result<i64> {
    let n: i64 = tx.query_row(
        "INSERT INTO counters(name, value) VALUES (?1, 1)
         ON CONFLICT(name) DO UPDATE SET value = value + 1 RETURNING value",
        [family],
        |r| r.get(0),
    )?;
    Ok(n)
}
