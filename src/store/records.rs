//! Ended records as a whole — the row, what hangs off it, its audit events —
//! for archives and purges; and table-existence checks.

use rusqlite::types::ValueRef;
use rusqlite::{Connection, params};
use serde_json::{Map, Value as Json};

use crate::error::{self, Result};
use crate::store::audit::{self, Filter};

/// Rows that belong to a record: `table` rows whose `column` holds the record's
/// full id (`T-3`) or, when `by_number`, its number (`3`).
pub struct Child {
    pub table: &'static str,
    pub column: &'static str,
    pub by_number: bool,
}

/// One kind of record that ends and can be archived.
pub struct RecordKind {
    pub name: &'static str,
    pub table: &'static str,
    /// Id prefix: `T` for `T-3`.
    pub prefix: &'static str,
    /// SQL condition (on the kind's own columns) of an ended record.
    pub ended: &'static str,
    /// Columns holding when it ended, first non-null wins (those missing are skipped).
    pub ended_at: &'static [&'static str],
    /// Deleted before the record itself on purge, in this order.
    pub children: &'static [Child],
}

const NOTES: Child = Child {
    table: "notes",
    column: "entity",
    by_number: false,
};
const COSTS: Child = Child {
    table: "costs",
    column: "ticket_id",
    by_number: true,
};

/// Every kind of record the archive knows; a kind whose table does not exist
/// in the database is skipped.
pub const KINDS: &[RecordKind] = &[
    RecordKind {
        name: "ticket",
        table: "tickets",
        prefix: "T",
        ended: "status IN ('closed', 'cancelled')",
        ended_at: &["closed_at", "cancelled_at", "updated_at"],
        children: &[NOTES, COSTS],
    },
    RecordKind {
        name: "complaint",
        table: "complaints",
        prefix: "C",
        ended: "status = 'closed'",
        ended_at: &["closed_at", "updated_at"],
        children: &[NOTES],
    },
    RecordKind {
        name: "callback",
        table: "callbacks",
        prefix: "CB",
        ended: "status IN ('done', 'unreachable')",
        ended_at: &["done_at"],
        children: &[],
    },
];

pub fn table_exists(conn: &Connection, table: &str) -> Result<bool> {
    Ok(conn
        .prepare_cached("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?1")?
        .exists([table])?)
}

fn columns(conn: &Connection, table: &str) -> Result<Vec<String>> {
    let mut stmt = conn.prepare("SELECT name FROM pragma_table_info(?1)")?;
    let cols = stmt
        .query_map([table], |r| r.get(0))?
        .collect::<rusqlite::Result<Vec<String>>>()?;
    Ok(cols)
}

/// The kinds present in this database.
pub fn present_kinds(conn: &Connection) -> Result<Vec<&'static RecordKind>> {
    let mut out = Vec::new();
    for k in KINDS {
        if table_exists(conn, k.table)? {
            out.push(k);
        }
    }
    Ok(out)
}

/// A record ended before `cutoff`: its number, customer and end time.
pub struct Ended {
    pub number: i64,
    pub customer: Option<String>,
    pub ended_at: i64,
}

/// Records of `kind` that ended before `cutoff` (epoch seconds), by number.
pub fn ended_before(conn: &Connection, kind: &RecordKind, cutoff: i64) -> Result<Vec<Ended>> {
    let cols = columns(conn, kind.table)?;
    let present: Vec<&str> = kind
        .ended_at
        .iter()
        .copied()
        .filter(|c| cols.iter().any(|x| x == c))
        .collect();
    if present.is_empty() {
        return Err(error::failure(format!(
            "table {} has none of the columns {:?}",
            kind.table, kind.ended_at
        )));
    }
    let ended_at = format!("COALESCE({}, 0)", present.join(", "));
    let customer = if cols.iter().any(|c| c == "customer_id") {
        "customer_id"
    } else {
        "NULL"
    };
    // Table and column names come from KINDS, never from input.
    let sql = format!(
        "SELECT id, {customer}, {ended_at} FROM {table}
         WHERE ({cond}) AND {ended_at} < ?1 ORDER BY id",
        table = kind.table,
        cond = kind.ended,
    );
    let mut stmt = conn.prepare(&sql)?;
    let rows = stmt
        .query_map([cutoff], |r| {
            Ok(Ended {
                number: r.get(0)?,
                customer: r.get(1)?,
                ended_at: r.get(2)?,
            })
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(rows)
}

fn json_of(v: ValueRef) -> Json {
    match v {
        ValueRef::Null => Json::Null,
        ValueRef::Integer(i) => Json::from(i),
        ValueRef::Real(f) => serde_json::Number::from_f64(f).map_or(Json::Null, Json::Number),
        ValueRef::Text(t) => Json::String(String::from_utf8_lossy(t).into_owned()),
        ValueRef::Blob(b) => Json::String(b.iter().map(|x| format!("{x:02x}")).collect()),
    }
}

/// Every row of `sql` (one `?1` parameter) as JSON objects, all columns.
fn rows_json(conn: &Connection, sql: &str, param: &dyn rusqlite::ToSql) -> Result<Vec<Json>> {
    let mut stmt = conn.prepare(sql)?;
    let names: Vec<String> = stmt.column_names().iter().map(|s| s.to_string()).collect();
    let mut rows = stmt.query(params![param])?;
    let mut out = Vec::new();
    while let Some(r) = rows.next()? {
        let mut m = Map::new();
        for (i, n) in names.iter().enumerate() {
            m.insert(n.clone(), json_of(r.get_ref(i)?));
        }
        out.push(Json::Object(m));
    }
    Ok(out)
}

/// The whole record as the archive keeps it: `{kind, id, customer, closed_at,
/// record, related: {table: [rows]}, events: [...]}`.
pub fn entry(conn: &Connection, kind: &RecordKind, e: &Ended) -> Result<Json> {
    let id = format!("{}-{}", kind.prefix, e.number);
    let record = rows_json(
        conn,
        &format!("SELECT * FROM {} WHERE id = ?1", kind.table),
        &e.number,
    )?
    .into_iter()
    .next()
    .unwrap_or(Json::Null);
    let mut related = Map::new();
    for c in kind.children {
        if !table_exists(conn, c.table)? {
            continue;
        }
        let sql = format!(
            "SELECT * FROM {} WHERE {} = ?1 ORDER BY rowid",
            c.table, c.column
        );
        let rows = if c.by_number {
            rows_json(conn, &sql, &e.number)?
        } else {
            rows_json(conn, &sql, &id)?
        };
        related.insert(c.table.to_string(), Json::Array(rows));
    }
    let events = audit::list(
        conn,
        &Filter {
            entity: Some(id.clone()),
            ..Filter::default()
        },
    )?;
    Ok(serde_json::json!({
        "kind": kind.name,
        "id": id,
        "customer": e.customer,
        "closed_at": e.ended_at,
        "record": record,
        "related": related,
        "events": events,
    }))
}

/// Delete one record and its children (never its events). A record still
/// referenced by another table is refused.
pub fn delete(conn: &Connection, kind: &RecordKind, number: i64) -> Result<()> {
    let id = format!("{}-{}", kind.prefix, number);
    let referenced = |e: rusqlite::Error| -> error::Error {
        if e.sqlite_error_code() == Some(rusqlite::ErrorCode::ConstraintViolation) {
            error::refused(format!("{id} is still referenced by other records"))
                .hint("archive and purge the records that refer to it first")
        } else {
            e.into()
        }
    };
    for c in kind.children {
        if !table_exists(conn, c.table)? {
            continue;
        }
        let sql = format!("DELETE FROM {} WHERE {} = ?1", c.table, c.column);
        if c.by_number {
            conn.execute(&sql, [number]).map_err(referenced)?;
        } else {
            conn.execute(&sql, [&id]).map_err(referenced)?;
        }
    }
    conn.execute(
        &format!("DELETE FROM {} WHERE id = ?1", kind.table),
        [number],
    )
    .map_err(referenced)?;
    Ok(())
}

/// Does record `PREFIX-number` exist (its table present and the row there)?
pub fn exists(conn: &Connection, kind: &RecordKind, number: i64) -> Result<bool> {
    if !table_exists(conn, kind.table)? {
        return Ok(false);
    }
    Ok(conn
        .prepare(&format!("SELECT 1 FROM {} WHERE id = ?1", kind.table))?
        .exists([number])?)
}
