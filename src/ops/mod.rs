//! The use cases: each takes a connection or transaction, the policy, the clock
//! and plain values, and returns plain results. No clap, no printing.

pub mod archive;
pub mod audit;
pub mod backup;
pub mod calendar;
pub mod callback;
pub mod case;
pub mod complaint;
pub mod cost;
pub mod customer;
pub mod import;
pub mod incident;
pub mod lint;
pub mod parts;
pub mod po;
pub mod report;
pub mod sla;
pub mod source;
pub mod staff;
pub mod ticket;

use rusqlite::Connection;

use crate::error::{self, Result};
use crate::policy::Loaded;
use crate::store;

/// Who acts, when, under which rules.
pub struct Env<'a> {
    pub policy: &'a Loaded,
    /// The current time (`--now`), epoch seconds.
    pub now: i64,
    pub actor: &'a str,
}

impl Env<'_> {
    /// Append an audit event for a change made in `tx`.
    pub fn record(
        &self,
        tx: &rusqlite::Transaction,
        entity: &str,
        action: &str,
        old: Option<&serde_json::Value>,
        new: Option<&serde_json::Value>,
    ) -> Result<()> {
        store::audit::append(tx, self.now, self.actor, entity, action, old, new)
    }
}

/// The acting staff member, if their role grants `perm` (exit 5 otherwise).
pub fn authorize(conn: &Connection, env: &Env, perm: &str) -> Result<store::staff::Staff> {
    let staff = store::staff::get(conn, env.actor)?.ok_or_else(|| {
        error::permission(format!("\"{}\" is not registered staff", env.actor))
            .hint("an admin adds you with `svc staff add ID --name … --role …`; or act as someone else with --as")
    })?;
    if !staff.active {
        return Err(error::permission(format!(
            "staff \"{}\" is deactivated",
            staff.id
        )));
    }
    if !env.policy.role_can(&staff.role, perm) {
        return Err(
            error::permission(format!("{} ({}) may not {perm}", staff.id, staff.role))
                .hint("ask an admin, or change the role's `can` list in the policy"),
        );
    }
    Ok(staff)
}

/// Accept `T-42` or `42` for a `T-` id; returns the number.
pub fn parse_number_id(prefix: &str, s: &str) -> Result<i64> {
    let t = s.trim();
    let digits = t
        .strip_prefix(prefix)
        .or_else(|| t.strip_prefix(&prefix.to_lowercase()))
        .and_then(|r| r.strip_prefix('-'))
        .unwrap_or(t);
    digits
        .parse::<i64>()
        .ok()
        .filter(|n| *n > 0)
        .ok_or_else(|| {
            error::usage(format!("\"{s}\" is not a {prefix}- id"))
                .hint(format!("use {prefix}-42 or just 42"))
        })
}

#[cfg(test)]
mod tests {
    #[test]
    fn ids_accept_full_or_bare_numbers() {
        assert_eq!(super::parse_number_id("T", "T-42").unwrap(), 42);
        assert_eq!(super::parse_number_id("T", "42").unwrap(), 42);
        assert_eq!(super::parse_number_id("CB", "cb-7").unwrap(), 7);
        assert!(super::parse_number_id("T", "C-42").is_err());
        assert!(super::parse_number_id("T", "0").is_err());
        assert!(super::parse_number_id("T", "1; DROP TABLE tickets").is_err());
    }
}
pub mod demo;
