//! `svc report monthly`: every section in a table, one section as CSV, all as
//! one JSON object, or a self-contained HTML page with charts.

use std::io::Write;
use std::path::PathBuf;

use clap::Args;
use serde_json::{Map, Value as Json};

use super::page;
use super::sections::{self, ALL, Section};
use crate::cli::App;
use crate::error::{self, Result};
use crate::ops::report;
use crate::output::Format;
use crate::store;

pub const AFTER_HELP: &str = "Sections: volume, daily, sla, resolution, top_problems, complaints,
incidents, satisfaction, parts, costs, engineers (see the README for each column).
Times to resolve are business hours on the policy calendar.

Examples:
  svc report monthly                                   the last full month, every section
  svc report monthly --month 2026-12 --format json     all sections as one object
  svc --format csv --bom report monthly --section top_problems > 高频问题.csv
  svc --format html report monthly --out 2026-12.html  one page with charts (owner-only file)";

#[derive(Args, Debug)]
pub struct MonthlyArgs {
    /// The month, YYYY-MM [default: the last full month before --now]
    #[arg(long, value_name = "YYYY-MM")]
    pub month: Option<String>,
    /// Only this section (required with --format csv)
    #[arg(long, value_enum, value_name = "NAME")]
    pub section: Option<Section>,
    /// Write to this file (created readable by the owner only) instead of stdout; required with --format html
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,
}

pub fn run(app: &mut App, a: MonthlyArgs) -> Result<u8> {
    let format = app.out.format;
    if format == Format::Csv && a.section.is_none() {
        return Err(
            error::usage("--format csv writes one section: name it with --section")
                .hint(format!("sections: {}", Section::names())),
        );
    }
    if format == Format::Html && a.out.is_none() {
        return Err(
            error::usage("--format html writes a page to a file: name it with --out")
                .hint("e.g. svc --format html report monthly --out report.html"),
        );
    }
    let env = app.env();
    let period = report::month(&env, a.month.as_deref())?;
    let mut conn = app.session("report.monthly")?;
    let tx = store::read_tx(&mut conn)?;
    let m = report::monthly(&tx, &app.env(), period)?;
    tx.finish()?;
    let wanted: Vec<Section> = a.section.map_or_else(|| ALL.to_vec(), |s| vec![s]);
    let currency = app.policy.policy.costs.currency.clone();

    let to_file = match &a.out {
        Some(path) => {
            let file = crate::files::create_private(path)?;
            Some(std::mem::replace(
                &mut app.out.out,
                Box::new(std::io::BufWriter::new(file)),
            ))
        }
        None => None,
    };
    let written = render(app, &m, &wanted, &currency);
    if let Some(stdout) = to_file {
        let mut file = std::mem::replace(&mut app.out.out, stdout);
        file.flush()?;
        written?;
        if !app.out.quiet
            && let Some(path) = &a.out
        {
            writeln!(
                app.out.out,
                "wrote {} ({} {})",
                path.display(),
                m.period.label(),
                if wanted.len() == 1 {
                    wanted[0].name().to_string()
                } else {
                    format!("{} sections", wanted.len())
                }
            )?;
        }
    } else {
        written?;
    }
    Ok(0)
}

fn render(
    app: &mut App,
    m: &report::Monthly,
    wanted: &[Section],
    currency: &str,
) -> std::io::Result<()> {
    let out = &mut app.out;
    match out.format {
        Format::Csv => out.list(&sections::listing(m, wanted[0])),
        Format::Json => {
            let mut obj = Map::new();
            for &s in wanted {
                let l = sections::listing(m, s);
                let rows = l
                    .rows
                    .iter()
                    .map(|r| out.json_object(&l.columns, r))
                    .collect();
                obj.insert(s.name().to_string(), Json::Array(rows));
            }
            let text =
                serde_json::to_string_pretty(&Json::Object(obj)).map_err(std::io::Error::other)?;
            writeln!(out.out, "{text}")?;
            out.flush()
        }
        Format::Html => {
            let page = page::build(m, wanted, currency, app.now, app.policy.tz());
            app.out.html(&page)
        }
        Format::Table => {
            out.say(&format!(
                "monthly review {} ({} to {}), compared with {}",
                m.period.label(),
                m.period.first,
                m.period.last,
                m.previous.label()
            ))?;
            for &s in wanted {
                out.essential("")?;
                out.essential(&format!("== {} — {} ==", s.name(), s.title()))?;
                for n in sections::notes(m, s, currency) {
                    out.say(&n)?;
                }
                out.list(&sections::listing(m, s))?;
            }
            Ok(())
        }
    }
}
