//! Reading the audit trail.

use rusqlite::Connection;

use crate::error::Result;
use crate::store::audit::{self, Event, Filter};

pub fn list(conn: &Connection, f: &Filter) -> Result<Vec<Event>> {
    audit::list(conn, f)
}

/// The timeline of one record: every event whose entity is `entity`.
pub fn history(conn: &Connection, entity: &str) -> Result<Vec<Event>> {
    audit::list(
        conn,
        &Filter {
            entity: Some(entity.to_string()),
            ..Filter::default()
        },
    )
}

pub fn verify(conn: &Connection) -> Result<Option<(i64, String)>> {
    audit::first_broken(conn)
}
