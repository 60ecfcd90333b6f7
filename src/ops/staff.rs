//! Staff: who may do what.

use rusqlite::Transaction;

use crate::domain::validate;
use crate::error::{self, Result};
use crate::ops::Env;
use crate::store::staff::{self, Staff};

pub struct NewStaff {
    pub id: String,
    pub name: String,
    pub role: String,
    pub skills: Vec<String>,
    pub region: Option<String>,
    pub dept: Option<String>,
}

pub fn add(tx: &Transaction, env: &Env, n: NewStaff) -> Result<Staff> {
    let id = validate::line("staff id", &n.id).map_err(error::usage)?;
    if id.contains(char::is_whitespace) || id.contains(',') {
        return Err(error::usage(format!(
            "staff id \"{id}\" must be one word (a login name)"
        )));
    }
    if !env.policy.policy.roles.contains_key(&n.role) {
        let roles: Vec<&str> = env.policy.policy.roles.keys().map(String::as_str).collect();
        return Err(error::usage(format!("unknown role \"{}\"", n.role))
            .hint(format!("roles: {}", roles.join(", "))));
    }
    if staff::get(tx, &id)?.is_some() {
        return Err(error::refused(format!("staff \"{id}\" already exists")));
    }
    let s = Staff {
        id,
        name: validate::line("name", &n.name).map_err(error::usage)?,
        role: n.role,
        skills: n
            .skills
            .iter()
            .map(|s| s.trim().to_string())
            .filter(|s| !s.is_empty())
            .collect::<Vec<_>>()
            .join(","),
        region: n
            .region
            .map(|r| validate::line("region", &r))
            .transpose()
            .map_err(error::usage)?,
        dept: n
            .dept
            .map(|d| validate::line("dept", &d))
            .transpose()
            .map_err(error::usage)?,
        active: true,
        created_at: env.now,
    };
    staff::insert(tx, &s)?;
    env.record(
        tx,
        &format!("staff:{}", s.id),
        "staff.add",
        None,
        Some(&serde_json::to_value(&s).unwrap_or_default()),
    )?;
    Ok(s)
}

pub fn deactivate(tx: &Transaction, env: &Env, id: &str) -> Result<Staff> {
    let mut s =
        staff::get(tx, id)?.ok_or_else(|| error::not_found(format!("no staff \"{id}\"")))?;
    if !s.active {
        return Err(error::refused(format!(
            "staff \"{id}\" is already deactivated"
        )));
    }
    if s.id == env.actor {
        return Err(error::refused("you cannot deactivate yourself").hint("ask another admin"));
    }
    staff::set_active(tx, id, false)?;
    env.record(
        tx,
        &format!("staff:{id}"),
        "staff.deactivate",
        Some(&serde_json::json!({"active": true})),
        Some(&serde_json::json!({"active": false})),
    )?;
    s.active = false;
    Ok(s)
}

/// `svc init`: the first actor becomes admin. Later inits need admin rights,
/// so nobody becomes admin just by running init on a shared file.
/// Returns whether the actor was registered.
pub fn init_admin(tx: &Transaction, env: &Env) -> Result<bool> {
    if staff::count(tx)? == 0 {
        add(
            tx,
            env,
            NewStaff {
                id: env.actor.to_string(),
                name: env.actor.to_string(),
                role: "admin".into(),
                skills: Vec::new(),
                region: None,
                dept: None,
            },
        )?;
        return Ok(true);
    }
    crate::ops::authorize(tx, env, "init.run")?;
    Ok(false)
}
