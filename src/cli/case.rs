//! `svc case …`: the case library — how a problem was solved before.

use clap::{Args, Subcommand, ValueEnum};

use crate::cli::App;
use crate::domain::cjk;
use crate::error::Result;
use crate::ops::case::{self as ops, Hit, Kind, Query};
use crate::output::{Cell, Format, Listing};

const SEARCH_AFTER_HELP: &str = "Searches resolved and closed tickets and complaints: description,
resolution or outcome, and customer-facing notes (never internal notes).
Chinese needs no spaces: 异响 finds 风扇转动时有咔咔异响. Model numbers match
whole, in any case or width: AT-100, at-100 and ＡＴ１００ are the same. Several
words narrow the search (all must match). Best matches first (bm25), newest
first among equals.

Examples:
  svc case search 异响
  svc case search 风扇 异响 --category noise --limit 5
  svc case search AT-100 漏水 --kind ticket
  svc --format csv case search 显示屏 > 显示屏案例.csv";

#[derive(Subcommand, Debug)]
#[command(defer = true)]
pub enum CaseCmd {
    /// Search resolved and closed tickets and complaints (all matches unless --limit)
    #[command(after_help = SEARCH_AFTER_HELP)]
    Search(SearchArgs),
}

#[derive(Args, Debug)]
pub struct SearchArgs {
    /// What to look for: words, Chinese text, model numbers (several words: all must match)
    #[arg(required = true, num_args = 1.., value_name = "TEXT")]
    pub text: Vec<String>,
    /// Only tickets or only complaints
    #[arg(long, value_enum)]
    pub kind: Option<KindArg>,
    /// Only this category (of tickets.categories or complaints.categories)
    #[arg(long)]
    pub category: Option<String>,
    /// Only cases about this product model (complaints: the purchase's model)
    #[arg(long, value_name = "MODEL")]
    pub product: Option<String>,
    /// At most this many cases, the best first
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(i64).range(1..))]
    pub limit: Option<i64>,
}

#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum KindArg {
    Ticket,
    Complaint,
}

/// Columns of `case search` in every format.
const COLUMNS: &[&str] = &[
    "id",
    "kind",
    "category",
    "product",
    "resolved_at",
    "snippet",
    "resolution",
];

pub fn run(app: &mut App, c: CaseCmd) -> Result<u8> {
    match c {
        CaseCmd::Search(a) => search(app, a),
    }
}

fn search(app: &mut App, a: SearchArgs) -> Result<u8> {
    let q = Query {
        text: a.text.join(" "),
        kind: a.kind.map(|k| match k {
            KindArg::Ticket => Kind::Ticket,
            KindArg::Complaint => Kind::Complaint,
        }),
        category: a.category,
        product: a.product,
        limit: a.limit,
    };
    let mut conn = app.session("case.search")?;
    let hits = ops::search(&mut conn, &app.env(), &q)?;
    let mut sink = app.out.begin(COLUMNS)?;
    for h in hits {
        sink.row(&[
            Cell::Text(h.id),
            Cell::text(h.kind.as_str()),
            Cell::Text(h.category),
            Cell::opt_text(h.product),
            Cell::Time(h.resolved_at),
            Cell::Text(h.snippet),
            Cell::opt_text(h.resolution),
        ])?;
    }
    sink.finish()?;
    Ok(0)
}

/// Whether an opening command shows similar cases: only to a person reading a table.
pub fn shows_similar(app: &App) -> bool {
    app.out.format == Format::Table && !app.out.quiet
}

/// The similar cases after `ticket open` / `complaint open` (table format, not with -q).
pub fn print_similar(app: &mut App, hits: &[Hit]) -> Result<()> {
    if hits.is_empty() {
        return Ok(());
    }
    app.out
        .say("similar cases solved before (svc case search finds more):")?;
    let mut l = Listing::new(&[
        "id",
        "category",
        "product",
        "resolved_at",
        "problem",
        "solved",
    ]);
    for h in hits {
        l.push(vec![
            Cell::text(&h.id),
            Cell::text(&h.category),
            Cell::opt_text(h.product.clone()),
            Cell::Time(h.resolved_at),
            Cell::text(&h.snippet),
            Cell::opt_text(h.resolution.as_deref().map(|r| cjk::clip(r, 60))),
        ]);
    }
    app.out.list(&l)?;
    Ok(())
}
