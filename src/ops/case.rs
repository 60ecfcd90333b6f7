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
const SIMILAR_CANDIDATES: i64 = 30;
/// Similar cases are looked up with the rarest terms of the new description,
/// as many as fit in this many postings, so opening stays fast on a big library.
const SIMILAR_POSTINGS: i64 = 50_000;
const SIMILAR_MAX_TERMS: usize = 12;
/// Only the first this many distinct terms of a description are weighed for rarity.
const SIMILAR_CONSIDERED: usize = 64;

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
        return Err(
            error::usage(format!("nothing to search for in \"{}\"", q.text.trim())).hint(
                "give a word or two, e.g. svc case search 异响, or svc case search AT-100 漏水",
            ),
        );
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

/// The terms to look similar cases up with: the rarest first (`counts` says in
/// how many cases each occurs), as many as fit in `SIMILAR_POSTINGS`, at least one.
fn rarest(terms: &[String], counts: &[i64]) -> Vec<String> {
    let mut by_rarity: Vec<(i64, &String)> = counts
        .iter()
        .copied()
        .zip(terms)
        .filter(|(n, _)| *n > 0)
        .collect();
    by_rarity.sort();
    let mut chosen = Vec::new();
    let mut postings = 0;
    for (n, t) in by_rarity {
        if !chosen.is_empty()
            && (postings + n > SIMILAR_POSTINGS || chosen.len() >= SIMILAR_MAX_TERMS)
        {
            break;
        }
        postings += n;
        chosen.push(t.clone());
    }
    chosen
}

/// Up to three resolved cases like a new ticket or complaint: same category
/// first; within each, those sharing the most terms with its description, then
/// by relevance. A case must share two terms (or the description's only one).
/// Runs in the opening transaction.
pub fn similar(tx: &Transaction, category: &str, description: &str) -> Result<Vec<Hit>> {
    refresh(tx)?;
    let mut wanted: Vec<String> = Vec::new();
    for t in cjk::index_terms(description) {
        if !wanted.contains(&t) {
            wanted.push(t);
        }
    }
    let considered = &wanted[..wanted.len().min(SIMILAR_CONSIDERED)];
    let chosen = rarest(considered, &db::doc_counts(tx, considered)?);
    if chosen.is_empty() {
        return Ok(Vec::new());
    }
    let query = db::Wanted::Any(chosen);
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
        let mut pass: Vec<(usize, Hit)> = Vec::new();
        for found in db::search(tx, &query, &f)? {
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
            pass.push((
                shared.len(),
                Hit {
                    id,
                    kind,
                    category: found.category,
                    product: found.product,
                    resolved_at: found.solved_at,
                    snippet: cjk::clip(&texts.description, SNIPPET_WIDTH),
                    resolution: texts.resolution,
                },
            ));
        }
        // Stable: equal sharing keeps the order of relevance.
        pass.sort_by_key(|(shared, _)| std::cmp::Reverse(*shared));
        out.extend(pass.into_iter().map(|(_, h)| h).take(SIMILAR - out.len()));
        if out.len() == SIMILAR {
            break;
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn similar_cases_are_looked_up_with_the_rarest_terms_that_fit() {
        let terms: Vec<String> = ["出现", "异响", "咔咔", "扇有", "风扇"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        let cases: &[(&[i64], &[&str])] = &[
            (&[90_000, 16_000, 15_000, 0, 20_000], &["咔咔", "异响"]),
            (&[90_000, 10, 20, 0, 30], &["异响", "咔咔", "风扇"]),
            (&[40_000, 10, 20, 0, 30], &["异响", "咔咔", "风扇", "出现"]),
            (&[90_000, 60_000, 70_000, 0, 80_000], &["异响"]),
            (&[0, 0, 0, 0, 0], &[]),
        ];
        for (counts, want) in cases {
            assert_eq!(rarest(&terms, counts), *want, "{counts:?}");
        }
    }
}
