//! The case library [001 §3(三) step 4]: how a problem was solved before.
//! `case search` over resolved and closed tickets and complaints, and the
//! similar cases `ticket open` and `complaint open` show.

use std::collections::HashSet;

use rusqlite::{Connection, Transaction};

use crate::domain::cjk::{self, Term};
use crate::error::{self, Result};
use crate::ops::Env;
use crate::store::{self, case as db};

pub use db::Kind;

/// Characters of text shown around a match.
const SNIPPET_WIDTH: usize = 40;
/// Similar cases shown when a ticket or complaint is opened.
const SIMILAR: usize = 3;
/// Candidates looked at per pass before keeping the `SIMILAR` best.
const SIMILAR_CANDIDATES: i64 = 20;
/// Similar cases are looked up with the rarest terms of the new description,
/// as many as fit in this many postings, so opening stays fast on a big library.
const SIMILAR_POSTINGS: i64 = 50_000;
const SIMILAR_MAX_TERMS: usize = 12;

/// What `case search` was asked.
#[derive(Clone, Debug, Default)]
pub struct Query {
    pub text: String,
    pub kind: Option<Kind>,
    pub category: Option<String>,
    pub product: Option<String>,
    pub limit: Option<i64>,
}

/// One case found.
#[derive(Clone, Debug, PartialEq)]
pub struct Hit {
    /// `T-n` or `C-n`.
    pub id: String,
    pub kind: Kind,
    pub category: String,
    pub product: Option<String>,
    /// When it was resolved (closed, when it never went through resolved).
    pub resolved_at: i64,
    /// The text around the first match, from the original text.
    pub snippet: String,
    /// The resolution of a ticket, the outcome of a complaint.
    pub resolution: Option<String>,
}

/// Index what changed since the last search (inside the caller's write transaction).
pub fn refresh(tx: &Transaction) -> Result<usize> {
    db::sync(tx, &|body| cjk::index_text(&[body]))
}

fn display_id(doc: i64) -> (Kind, String) {
    match db::record(doc) {
        (Kind::Ticket, n) => (Kind::Ticket, format!("T-{n}")),
        (Kind::Complaint, n) => (Kind::Complaint, format!("C-{n}")),
    }
}

fn check_category(env: &Env, kind: Option<Kind>, category: &str) -> Result<()> {
    let p = &env.policy.policy;
    let mut known: Vec<&String> = Vec::new();
    if kind != Some(Kind::Complaint) {
        known.extend(&p.tickets.categories);
    }
    if kind != Some(Kind::Ticket) {
        for c in &p.complaints.categories {
            if !known.contains(&c) {
                known.push(c);
            }
        }
    }
    if known.iter().any(|c| *c == category) {
        return Ok(());
    }
    let names: Vec<&str> = known.iter().map(|s| s.as_str()).collect();
    Err(
        error::usage(format!("--category: unknown category \"{category}\"")).hint(format!(
            "categories{}: {}",
            match kind {
                Some(k) => format!(" of a {}", k.as_str()),
                None => String::new(),
            },
            names.join(", ")
        )),
    )
}

/// `case search`: check the query, bring the index up to date and search it,
/// all in one transaction so what is found is what the records say.
pub fn search(conn: &mut Connection, env: &Env, q: &Query) -> Result<Vec<Hit>> {
    let terms = cjk::query(&q.text);
    if terms.is_empty() {
        return Err(error::usage(format!(
            "nothing to search for in \"{}\"",
            q.text.trim()
        ))
        .hint("give a word or two, e.g. svc case search 异响, or svc case search AT-100 漏水"));
    }
    if let Some(c) = &q.category {
        check_category(env, q.kind, c)?;
    }
    let product = match &q.product {
        None => None,
        Some(p) => Some(db::product_model(conn, p.trim())?.ok_or_else(|| {
            error::not_found(format!("--product: no product {}", p.trim()))
                .hint("product list shows the models")
        })?),
    };
    let filter = db::Filter {
        kind: q.kind,
        category: q.category.clone(),
        not_category: None,
        product,
        limit: q.limit,
    };
    let wanted = db::Wanted::All(terms.clone());
    {
        // Nothing queued in this snapshot: the index matches the records it reads.
        let tx = store::read_tx(conn)?;
        if !db::pending(&tx)? {
            return hits(&tx, &wanted, &filter, &terms);
        }
    }
    let tx = store::write_tx(conn)?;
    refresh(&tx)?;
    let found = hits(&tx, &wanted, &filter, &terms)?;
    tx.commit()?;
    Ok(found)
}

fn hits(
    conn: &Connection,
    wanted: &db::Wanted,
    f: &db::Filter,
    terms: &[Term],
) -> Result<Vec<Hit>> {
    let mut out = Vec::new();
    for found in db::search(conn, wanted, f)? {
        let Some(texts) = db::texts(conn, found.doc)? else {
            continue;
        };
        let snippet = std::iter::once(texts.description.as_str())
            .chain(texts.resolution.as_deref())
            .chain(texts.notes.iter().map(String::as_str))
            .find_map(|t| cjk::snippet(t, terms, SNIPPET_WIDTH))
            .unwrap_or_else(|| cjk::clip(&texts.description, SNIPPET_WIDTH));
        let (kind, id) = display_id(found.doc);
        out.push(Hit {
            id,
            kind,
            category: found.category,
            product: found.product,
            resolved_at: found.solved_at,
            snippet,
            resolution: texts.resolution,
        });
    }
    Ok(out)
}

/// Up to three resolved cases like a new ticket or complaint, same category
/// first, each sharing at least two terms with its description (or its only
/// term). Runs in the opening transaction.
pub fn similar(tx: &Transaction, category: &str, description: &str) -> Result<Vec<Hit>> {
    refresh(tx)?;
    let mut wanted: Vec<String> = Vec::new();
    for t in cjk::index_terms(description) {
        if !wanted.contains(&t) {
            wanted.push(t);
        }
    }
    if wanted.is_empty() {
        return Ok(Vec::new());
    }
    let counts = db::doc_counts(tx, &wanted)?;
    let mut by_rarity: Vec<(i64, &String)> = counts
        .into_iter()
        .zip(&wanted)
        .filter(|(n, _)| *n > 0)
        .collect();
    by_rarity.sort();
    let mut chosen: Vec<String> = Vec::new();
    let mut postings = 0;
    for (n, t) in by_rarity {
        if !chosen.is_empty() && (postings + n > SIMILAR_POSTINGS || chosen.len() >= SIMILAR_MAX_TERMS)
        {
            break;
        }
        postings += n;
        chosen.push(t.clone());
    }
    if chosen.is_empty() {
        return Ok(Vec::new());
    }
    let wanted_any = db::Wanted::Any(chosen);
    let wanted: HashSet<String> = wanted.into_iter().collect();
    let need = wanted.len().min(2);
    let mut out = Vec::new();
    for f in [
        db::Filter {
            category: Some(category.to_string()),
            limit: Some(SIMILAR_CANDIDATES),
            ..db::Filter::default()
        },
        db::Filter {
            not_category: Some(category.to_string()),
            limit: Some(SIMILAR_CANDIDATES),
            ..db::Filter::default()
        },
    ] {
        for found in db::search(tx, &wanted_any, &f)? {
            if out.len() == SIMILAR {
                return Ok(out);
            }
            let Some(texts) = db::texts(tx, found.doc)? else {
                continue;
            };
            let mut all = vec![texts.description.as_str()];
            all.extend(texts.resolution.as_deref());
            all.extend(texts.notes.iter().map(String::as_str));
            let shared: HashSet<String> = all
                .iter()
                .flat_map(|t| cjk::index_terms(t))
                .filter(|t| wanted.contains(t))
                .collect();
            if shared.len() < need {
                continue;
            }
            let (kind, id) = display_id(found.doc);
            out.push(Hit {
                id,
                kind,
                category: found.category,
                product: found.product,
                resolved_at: found.solved_at,
                snippet: cjk::clip(&texts.description, SNIPPET_WIDTH),
                resolution: texts.resolution,
            });
        }
    }
    Ok(out)
}
