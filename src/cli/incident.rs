//! `svc incident declare|link|customers|close|list`.

use clap::{Args, Subcommand};

use crate::cli::{App, day_bounds};
use crate::error::Result;
use crate::ops::incident::{self as ops, Incident, NewIncident};
use crate::ops::parse_number_id;
use crate::output::{Cell, Pii, Record};
use crate::store;

const EXAMPLES: &str = "Examples:
  svc incident declare --title \"AT-100 电源适配器过热\" --kind product_failure --product AT-100
  svc incident declare --title \"台风演练\" --kind disaster --region 深圳 --drill
  svc incident link INC-1 T-42
  svc --format csv --bom incident customers INC-1 > outreach.csv
  svc incident close INC-1 --summary \"召回适配器 37 个，全部更换完毕\"";

#[derive(Subcommand, Debug)]
#[command(defer = true)]
#[command(after_help = EXAMPLES)]
pub enum IncidentCmd {
    /// Declare an incident (or a drill); prints its id INC-n
    #[command(after_help = EXAMPLES)]
    Declare(DeclareArgs),
    /// Link a ticket (T-n) or complaint (C-n) to an open incident
    Link {
        /// The incident: INC-1 or 1
        incident: String,
        /// A ticket T-n or a complaint C-n
        target: String,
    },
    /// The outreach list: everyone who bought the product or lives in the region
    Customers {
        /// The incident: INC-1 or 1
        incident: String,
    },
    /// Close an open incident with a summary of what was done
    Close {
        /// The incident: INC-1 or 1
        incident: String,
        /// What happened and what was done
        #[arg(long)]
        summary: String,
    },
    /// List incidents (drills included, marked in the drill column)
    List(ListArgs),
}

#[derive(Args, Debug)]
pub struct DeclareArgs {
    /// What happened, in one line
    #[arg(long)]
    pub title: String,
    /// product_failure needs --product; disaster needs --region
    #[arg(long, value_parser = ["product_failure", "disaster", "other"])]
    pub kind: String,
    /// The product model that fails: its buyers are contacted
    #[arg(long, value_name = "MODEL")]
    pub product: Option<String>,
    /// The region struck: the customers who live there are contacted
    #[arg(long, value_name = "R")]
    pub region: Option<String>,
    /// An exercise: handled like an incident, counted apart in reports
    #[arg(long)]
    pub drill: bool,
}

#[derive(Args, Debug)]
pub struct ListArgs {
    /// Only open or only closed incidents
    #[arg(long, value_parser = ["open", "closed"])]
    pub status: Option<String>,
    /// Declared on or after this day
    #[arg(long)]
    pub since: Option<String>,
    /// Declared on or before this day
    #[arg(long)]
    pub until: Option<String>,
    #[arg(long)]
    pub limit: Option<i64>,
}

const COLUMNS: &[&str] = &[
    "id",
    "title",
    "kind",
    "product",
    "region",
    "drill",
    "status",
    "declared_at",
    "declared_by",
    "closed_at",
    "summary",
    "linked",
];

fn row(i: &Incident, links: &[String]) -> Vec<Cell> {
    vec![
        Cell::text(ops::id_of(i)),
        Cell::text(&i.title),
        Cell::text(&i.kind),
        Cell::opt_text(i.product.clone()),
        Cell::opt_text(i.region.clone()),
        Cell::Bool(i.drill),
        Cell::text(&i.status),
        Cell::Time(i.declared_at),
        Cell::text(&i.declared_by),
        Cell::opt_time(i.closed_at),
        Cell::opt_text(i.summary.clone()),
        Cell::text(links.join(" ")),
    ]
}

fn record(i: &Incident, links: &[String]) -> Record {
    Record {
        fields: COLUMNS.iter().copied().zip(row(i, links)).collect(),
        sections: Vec::new(),
    }
}

const OUTREACH: &[&str] = &[
    "customer",
    "name",
    "phone",
    "region",
    "product",
    "serial",
    "purchased",
];

pub fn run(app: &mut App, c: IncidentCmd) -> Result<u8> {
    match c {
        IncidentCmd::Declare(a) => {
            let mut conn = app.session("incident.declare")?;
            let tx = store::write_tx(&mut conn)?;
            let i = ops::declare(
                &tx,
                &app.env(),
                NewIncident {
                    title: a.title,
                    kind: a.kind,
                    product: a.product,
                    region: a.region,
                    drill: a.drill,
                },
            )?;
            tx.commit()?;
            app.show_created(&ops::id_of(&i), &record(&i, &[]))?;
        }
        IncidentCmd::Link { incident, target } => {
            let mut conn = app.session("incident.link")?;
            let tx = store::write_tx(&mut conn)?;
            let (i, target) = ops::link(&tx, &app.env(), &incident, &target)?;
            tx.commit()?;
            app.out
                .essential(&format!("{target} linked to {}", ops::id_of(&i)))?;
        }
        IncidentCmd::Customers { incident } => {
            let named = format!("INC-{}", parse_number_id("INC", &incident)?);
            let conn = app.session_about("incident.customers", Some(&named))?;
            let (i, rows) = ops::customers(&conn, &incident)?;
            let out = &mut app.out;
            let mut sink = out.begin(OUTREACH)?;
            for r in &rows {
                sink.row(&[
                    Cell::text(&r.customer),
                    Cell::text(&r.name),
                    Cell::Pii(Pii::Phone, r.phone.clone()),
                    Cell::opt_text(r.region.clone()),
                    Cell::opt_text(r.product.clone()),
                    Cell::opt_text(r.serial.clone()),
                    Cell::opt_text(r.purchased.clone()),
                ])?;
            }
            sink.finish()?;
            if i.product.is_none() && i.region.is_none() {
                app.out.say(&format!(
                    "{} names neither a product nor a region: nobody to contact from it",
                    ops::id_of(&i)
                ))?;
            }
        }
        IncidentCmd::Close { incident, summary } => {
            let mut conn = app.session("incident.close")?;
            let tx = store::write_tx(&mut conn)?;
            let i = ops::close(&tx, &app.env(), &incident, &summary)?;
            let links = ops::links(&tx, &i)?;
            tx.commit()?;
            app.show_created(&ops::id_of(&i), &record(&i, &links))?;
        }
        IncidentCmd::List(a) => {
            let conn = app.session("incident.list")?;
            let (since, until) = day_bounds(app, a.since.as_deref(), a.until.as_deref())?;
            let all = ops::list(&conn, a.status.as_deref(), since, until, a.limit)?;
            let out = &mut app.out;
            let mut sink = out.begin(COLUMNS)?;
            for (i, links) in &all {
                sink.row(&row(i, links))?;
            }
            sink.finish()?;
            let c = ops::counts(&conn, since.unwrap_or(i64::MIN), until.unwrap_or(i64::MAX))?;
            let n = |k: i64, what: &str| format!("{k} {what}{}", if k == 1 { "" } else { "s" });
            app.out.say(&format!(
                "{} and {} declared{}",
                n(c.incidents, "incident"),
                n(c.drills, "drill"),
                if since.is_some() || until.is_some() {
                    " in the period"
                } else {
                    ""
                }
            ))?;
        }
    }
    Ok(0)
}
