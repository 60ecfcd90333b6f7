//! Staff members and their roles.

use rusqlite::{Connection, OptionalExtension, params};

use crate::error::Result;

#[derive(Clone, Debug, serde::Serialize)]
pub struct Staff {
    pub id: String,
    pub name: String,
    pub role: String,
    pub skills: String,
    pub region: Option<String>,
    pub dept: Option<String>,
    pub active: bool,
    pub created_at: i64,
}

const COLS: &str = "id, name, role, skills, region, dept, active, created_at";

fn row(r: &rusqlite::Row) -> rusqlite::Result<Staff> {
    Ok(Staff {
        id: r.get(0)?,
        name: r.get(1)?,
        role: r.get(2)?,
        skills: r.get(3)?,
        region: r.get(4)?,
        dept: r.get(5)?,
        active: r.get::<_, i64>(6)? != 0,
        created_at: r.get(7)?,
    })
}

pub fn get(conn: &Connection, id: &str) -> Result<Option<Staff>> {
    Ok(conn
        .prepare_cached(&format!("SELECT {COLS} FROM staff WHERE id = ?1"))?
        .query_row([id], row)
        .optional()?)
}

pub fn count(conn: &Connection) -> Result<i64> {
    Ok(conn.query_row("SELECT count(*) FROM staff", [], |r| r.get(0))?)
}

pub fn insert(conn: &Connection, s: &Staff) -> Result<()> {
    conn.execute(
        &format!("INSERT INTO staff({COLS}) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"),
        params![
            s.id,
            s.name,
            s.role,
            s.skills,
            s.region,
            s.dept,
            s.active as i64,
            s.created_at
        ],
    )?;
    Ok(())
}

pub fn set_active(conn: &Connection, id: &str, active: bool) -> Result<()> {
    conn.execute(
        "UPDATE staff SET active = ?2 WHERE id = ?1",
        params![id, active as i64],
    )?;
    Ok(())
}

pub fn list(conn: &Connection) -> Result<Vec<Staff>> {
    let mut stmt = conn.prepare(&format!("SELECT {COLS} FROM staff ORDER BY id"))?;
    let rows = stmt
        .query_map([], row)?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(rows)
}
