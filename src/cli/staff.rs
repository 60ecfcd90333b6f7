//! `svc staff add|list|deactivate`.

use clap::{Args, Subcommand};

use crate::cli::{App, opt};
use crate::error::Result;
use crate::ops;
use crate::output::{Cell, Listing, Record};
use crate::store;

#[derive(Subcommand, Debug)]
#[command(defer = true)]
pub enum StaffCmd {
    /// Register a staff member with a role of the policy
    Add(AddArgs),
    /// List staff
    List,
    /// Deactivate a staff member (kept for the records, can no longer act)
    Deactivate {
        /// Staff id
        id: String,
    },
}

#[derive(Args, Debug)]
pub struct AddArgs {
    /// Login id
    pub id: String,
    #[arg(long)]
    pub name: String,
    /// A role of the policy: agent, supervisor, manager, tech_support, engineer, finance, admin
    #[arg(long)]
    pub role: String,
    /// Categories this person can handle (for ticket assign --auto)
    #[arg(long, value_delimiter = ',')]
    pub skills: Vec<String>,
    #[arg(long)]
    pub region: Option<String>,
    #[arg(long)]
    pub dept: Option<String>,
}

const COLUMNS: &[&str] = &["id", "name", "role", "skills", "region", "dept", "active"];

fn row(s: &store::staff::Staff) -> Vec<Cell> {
    vec![
        Cell::text(&s.id),
        Cell::text(&s.name),
        Cell::text(&s.role),
        Cell::text(&s.skills),
        opt(&s.region),
        opt(&s.dept),
        Cell::Bool(s.active),
    ]
}

fn record(s: &store::staff::Staff) -> Record {
    Record {
        fields: COLUMNS.iter().copied().zip(row(s)).collect(),
        sections: Vec::new(),
    }
}

pub fn run(app: &mut App, c: StaffCmd) -> Result<u8> {
    match c {
        StaffCmd::Add(a) => {
            let mut conn = app.session("staff.add")?;
            let tx = store::write_tx(&mut conn)?;
            let s = ops::staff::add(
                &tx,
                &app.env(),
                ops::staff::NewStaff {
                    id: a.id,
                    name: a.name,
                    role: a.role,
                    skills: a.skills,
                    region: a.region,
                    dept: a.dept,
                },
            )?;
            tx.commit()?;
            app.show_created(&s.id, &record(&s))?;
        }
        StaffCmd::List => {
            let conn = app.session("staff.list")?;
            let mut l = Listing::new(COLUMNS);
            for s in store::staff::list(&conn)? {
                l.push(row(&s));
            }
            app.out.list(&l)?;
        }
        StaffCmd::Deactivate { id } => {
            let mut conn = app.session("staff.deactivate")?;
            let tx = store::write_tx(&mut conn)?;
            let s = ops::staff::deactivate(&tx, &app.env(), &id)?;
            tx.commit()?;
            app.show_created(&s.id, &record(&s))?;
        }
    }
    Ok(0)
}
