//! What callbacks (and other records) do to the ticket or complaint they are
//! about: find it, close it when resolved, send it back to work.

use rusqlite::{Connection, Transaction};

use crate::error::{self, Kind, Result};
use crate::ops::{Env, complaint, ticket};

/// A ticket or complaint, by its full id.
enum Source {
    Ticket(String),
    Complaint(String),
}

fn parse(s: &str) -> Result<Source> {
    let t = s.trim().to_ascii_uppercase();
    if t.starts_with("T-") {
        Ok(Source::Ticket(t))
    } else if t.starts_with("C-") {
        Ok(Source::Complaint(t))
    } else {
        Err(error::usage(format!(
            "\"{s}\" is neither a ticket (T-n) nor a complaint (C-n)"
        ))
        .hint("write the full id, e.g. T-12 or C-3"))
    }
}

/// The canonical id of an existing ticket or complaint (exit 3 when there is none).
pub fn resolve_id(conn: &Connection, s: &str) -> Result<String> {
    Ok(match parse(s)? {
        Source::Ticket(id) => ticket::tid(ticket::get(conn, &id)?.id),
        Source::Complaint(id) => complaint::entity(complaint::get(conn, &id)?.id),
    })
}

pub fn customer_of(conn: &Connection, s: &str) -> Result<String> {
    Ok(match parse(s)? {
        Source::Ticket(id) => ticket::get(conn, &id)?.customer_id,
        Source::Complaint(id) => complaint::get(conn, &id)?.customer_id,
    })
}

/// Close the source if it is resolved and its close rules allow; say what happened.
pub fn close_if_resolved(tx: &Transaction, env: &Env, s: &str) -> Result<Option<String>> {
    let (status, closed) = match parse(s)? {
        Source::Ticket(id) => {
            let status = ticket::get(tx, &id)?.status;
            if status != "resolved" {
                (status, Ok(()))
            } else {
                (status, ticket::close(tx, env, &id).map(|_| ()))
            }
        }
        Source::Complaint(id) => {
            let status = complaint::get(tx, &id)?.status;
            if status != "resolved" {
                (status, Ok(()))
            } else {
                (status, complaint::close(tx, env, &id).map(|_| ()))
            }
        }
    };
    Ok(Some(match closed {
        Ok(()) if status == "resolved" => format!("{s} closed"),
        Ok(()) => format!("{s} is {status}: left as it is"),
        // A rule kept it open (a sign-off is missing): the callback still counts.
        Err(e) if e.kind == Kind::Refused => format!("{s} stays resolved: {}", e.message),
        Err(e) => return Err(e),
    }))
}

/// Send a resolved or closed source back to work (a new resolve clock starts).
/// Returns whether it was reopened.
pub fn reopen(tx: &Transaction, env: &Env, s: &str, why: &str) -> Result<bool> {
    match parse(s)? {
        Source::Ticket(id) => {
            let status = ticket::get(tx, &id)?.status;
            if status == "resolved" || status == "closed" {
                ticket::reopen(tx, env, &id, why)?;
                return Ok(true);
            }
        }
        Source::Complaint(id) => {
            let status = complaint::get(tx, &id)?.status;
            if status == "resolved" || status == "closed" {
                complaint::reopen(tx, env, &id, why)?;
                return Ok(true);
            }
        }
    }
    Ok(false)
}
