//! The append-only, hash-chained event log.

use rusqlite::{Connection, OptionalExtension, Transaction, params};
use sha2::{Digest, Sha256};

use crate::error::Result;

/// One change as the audit trail keeps it.
#[derive(Clone, Debug, serde::Serialize)]
pub struct Event {
    pub id: i64,
    pub at: i64,
    pub actor: String,
    pub entity: String,
    pub action: String,
    pub old: Option<String>,
    pub new: Option<String>,
}

const GENESIS: &str = "0000000000000000000000000000000000000000000000000000000000000000";

fn chain_hash(prev: &str, e: &Event) -> String {
    // JSON keeps field boundaries unambiguous whatever the text holds.
    let body = serde_json::json!([prev, e.id, e.at, e.actor, e.entity, e.action, e.old, e.new]);
    let digest = Sha256::digest(body.to_string().as_bytes());
    digest.iter().map(|b| format!("{b:02x}")).collect()
}

/// Append one event inside the command's transaction.
pub fn append(
    tx: &Transaction,
    at: i64,
    actor: &str,
    entity: &str,
    action: &str,
    old: Option<&serde_json::Value>,
    new: Option<&serde_json::Value>,
) -> Result<()> {
    let last: Option<(i64, String)> = tx
        .query_row(
            "SELECT id, hash FROM events ORDER BY id DESC LIMIT 1",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?;
    let (last_id, prev) = last.unwrap_or((0, GENESIS.to_string()));
    let e = Event {
        id: last_id + 1,
        at,
        actor: actor.to_string(),
        entity: entity.to_string(),
        action: action.to_string(),
        old: old.map(|v| v.to_string()),
        new: new.map(|v| v.to_string()),
    };
    let hash = chain_hash(&prev, &e);
    tx.prepare_cached(
        "INSERT INTO events(id, at, actor, entity, action, old, new, prev_hash, hash)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
    )?
    .execute(params![
        e.id, e.at, e.actor, e.entity, e.action, e.old, e.new, prev, hash
    ])?;
    Ok(())
}

/// Filters of `svc audit`; times are epoch seconds, bounds inclusive/exclusive.
#[derive(Default)]
pub struct Filter {
    pub actor: Option<String>,
    pub entity: Option<String>,
    pub since: Option<i64>,
    pub until: Option<i64>,
    pub limit: Option<i64>,
}

fn row_event(r: &rusqlite::Row) -> rusqlite::Result<Event> {
    Ok(Event {
        id: r.get(0)?,
        at: r.get(1)?,
        actor: r.get(2)?,
        entity: r.get(3)?,
        action: r.get(4)?,
        old: r.get(5)?,
        new: r.get(6)?,
    })
}

pub fn list(conn: &Connection, f: &Filter) -> Result<Vec<Event>> {
    let mut stmt = conn.prepare(
        "SELECT id, at, actor, entity, action, old, new FROM events
         WHERE (?1 IS NULL OR actor = ?1) AND (?2 IS NULL OR entity = ?2)
           AND (?3 IS NULL OR at >= ?3) AND (?4 IS NULL OR at < ?4)
         ORDER BY id LIMIT ?5",
    )?;
    let rows = stmt
        .query_map(
            params![f.actor, f.entity, f.since, f.until, f.limit.unwrap_or(-1)],
            row_event,
        )?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(rows)
}

/// The first event whose stored hash or link does not match the chain, if any.
pub fn first_broken(conn: &Connection) -> Result<Option<(i64, String)>> {
    let mut stmt = conn.prepare(
        "SELECT id, at, actor, entity, action, old, new, prev_hash, hash FROM events ORDER BY id",
    )?;
    let mut rows = stmt.query([])?;
    let mut prev = GENESIS.to_string();
    let mut expected_id = 1;
    while let Some(r) = rows.next()? {
        let e = row_event(r)?;
        let stored_prev: String = r.get(7)?;
        let stored: String = r.get(8)?;
        if e.id != expected_id {
            return Ok(Some((expected_id, "missing: removed from the log".into())));
        }
        if stored_prev != prev {
            return Ok(Some((e.id, "does not link to the event before it".into())));
        }
        if chain_hash(&prev, &e) != stored {
            return Ok(Some((
                e.id,
                "altered: its content does not match its hash".into(),
            )));
        }
        prev = stored;
        expected_id += 1;
    }
    Ok(None)
}
