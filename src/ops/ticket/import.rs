//! `ticket import`: tickets from a sheet (what `ticket list --format csv`
//! writes), all rows or none. Imported tickets keep their status and times;
//! the intake rules are for new reports, not for records being migrated.

use std::collections::{HashMap, HashSet};

use jiff::tz::TimeZone;
use rusqlite::Transaction;
use serde_json::json;

use super::open::{check_category, one_of};
use super::{CHANNELS, COLUMNS, KINDS, MODES, Ticket, db, tid};
use crate::domain::sla;
use crate::domain::ticket::{PRIORITIES, Status};
use crate::domain::{time, validate};
use crate::error::Result;
use crate::ops::import::{self, Problem, Row, Source};
use crate::ops::{Env, parse_number_id};
use crate::store::{case as cases, customer as archive, staff};

/// A rough size of an exported ticket row, to guess a file's row count.
const BYTES_PER_ROW: u64 = 150;
/// From this many rows on, an import rebuilds the indexes instead of updating them.
const BULK_ROWS: u64 = 10_000;

const WARRANTIES: &[&str] = &["exchange", "repair", "manufacturer"];

/// `YYYY-MM-DD HH:MM:SS` (what the CSV export writes) without the general
/// parser; anything else goes to `time::parse_time`.
fn parse_when(s: &str, tz: &TimeZone) -> std::result::Result<i64, String> {
    let b = s.as_bytes();
    let shaped = b.len() == 19
        && b[4] == b'-'
        && b[7] == b'-'
        && b[10] == b' '
        && b[13] == b':'
        && b[16] == b':';
    if shaped {
        let num = |r: std::ops::Range<usize>| s.get(r).and_then(|x| x.parse::<i16>().ok());
        if let (Some(y), Some(mo), Some(d), Some(h), Some(mi), Some(se)) = (
            num(0..4),
            num(5..7),
            num(8..10),
            num(11..13),
            num(14..16),
            num(17..19),
        ) && let Ok(dt) =
            jiff::civil::DateTime::new(y, mo as i8, d as i8, h as i8, mi as i8, se as i8, 0)
            && let Ok(ts) = tz.to_ambiguous_timestamp(dt).compatible()
        {
            return Ok(ts.as_second());
        }
    }
    time::parse_time(s, tz).map(|t| t.as_second())
}

/// Reads one row into a ticket, collecting every problem of the row.
struct Reader<'a> {
    env: &'a Env<'a>,
    tz: &'a TimeZone,
    problems: Vec<Problem>,
}

impl Reader<'_> {
    fn bad(&mut self, col: &str, msg: String) {
        self.problems.push((col.to_string(), msg));
    }

    fn time(&mut self, row: &Row, col: &str) -> Option<i64> {
        let v = row.get(col)?;
        match parse_when(v, self.tz) {
            Ok(t) => Some(t),
            Err(e) => {
                self.bad(col, e);
                None
            }
        }
    }

    fn line(&mut self, row: &Row, col: &str) -> Option<String> {
        let v = row.get(col)?;
        match validate::line(col, v) {
            Ok(v) => Some(v),
            Err(e) => {
                self.bad(col, e);
                None
            }
        }
    }

    fn text(&mut self, row: &Row, col: &str) -> Option<String> {
        let v = row.get(col)?;
        match validate::text(col, v) {
            Ok(v) => Some(v),
            Err(e) => {
                self.bad(col, e);
                None
            }
        }
    }

    fn choice(&mut self, row: &Row, col: &str, default: &str, allowed: &[&str]) -> String {
        match one_of(col, row.get(col).unwrap_or(default), allowed) {
            Ok(v) => v,
            Err(e) => {
                self.bad(col, e);
                default.to_string()
            }
        }
    }

    fn count(&mut self, row: &Row, col: &str) -> i64 {
        match row.get(col).map(str::parse::<i64>) {
            None => 0,
            Some(Ok(n)) if n >= 0 => n,
            Some(_) => {
                self.bad(col, format!("{col} must be a whole number, 0 or more"));
                0
            }
        }
    }

    fn flag(&mut self, row: &Row, col: &str) -> bool {
        match row.get(col).map(str::to_ascii_lowercase).as_deref() {
            None | Some("false" | "0" | "no") => false,
            Some("true" | "1" | "yes") => true,
            Some(v) => {
                self.bad(col, format!("{col} \"{v}\" is not true or false"));
                false
            }
        }
    }
}

/// Caches of what rows refer to, so a million rows cost a million lookups at most.
#[derive(Default)]
struct Known {
    customers: HashMap<String, bool>,
    products: HashMap<String, bool>,
    staff: HashMap<String, bool>,
}

/// A sheet row read into a ticket, with what was wrong with it; what it refers
/// to is not checked yet (that needs the database: [`check_references`]).
struct Read {
    id: Option<i64>,
    ticket: Ticket,
    problems: Vec<Problem>,
}

/// Whether the customer, product and assignee a ticket names exist: the
/// foreign keys of `tickets`, checked here so that a problem names its line
/// (the import turns the database's own checks off: see `References::Importer`).
fn check_references(
    tx: &Transaction,
    known: &mut Known,
    t: &Ticket,
    problems: &mut Vec<Problem>,
) -> std::result::Result<(), Vec<Problem>> {
    let customer = &t.customer_id;
    let exists = match known.customers.get(customer) {
        Some(e) => *e,
        None => {
            let e = archive::customer_exists(tx, customer)
                .map_err(|e| vec![("customer".into(), e.message)])?;
            known.customers.insert(customer.clone(), e);
            e
        }
    };
    if !exists {
        problems.push(("customer".into(), format!("no customer {customer}")));
    }
    if let Some(p) = &t.product {
        let exists = match known.products.get(p) {
            Some(e) => *e,
            None => {
                let e = archive::get_product(tx, p)
                    .map_err(|e| vec![("product".into(), e.message)])?
                    .is_some();
                known.products.insert(p.clone(), e);
                e
            }
        };
        if !exists {
            problems.push((
                "product".into(),
                format!("no product {p} (add it with product add)"),
            ));
        }
    }
    if let Some(a) = &t.assignee {
        let exists = match known.staff.get(a) {
            Some(e) => *e,
            None => {
                let e = staff::get(tx, a)
                    .map_err(|e| vec![("assignee".into(), e.message)])?
                    .is_some();
                known.staff.insert(a.clone(), e);
                e
            }
        };
        if !exists {
            problems.push(("assignee".into(), format!("no staff \"{a}\"")));
        }
    }
    Ok(())
}

/// One row as a ticket: every column checked on its own (no database needed,
/// so it runs on the thread that reads the sheet).
fn read_row(env: &Env, row: &Row) -> Read {
    let tz = env.policy.tz();
    let mut r = Reader {
        env,
        tz,
        problems: Vec::new(),
    };
    let id = match row.get("id").map(|s| parse_number_id("T", s)) {
        None => None,
        Some(Ok(n)) => Some(n),
        Some(Err(e)) => {
            r.bad("id", e.message);
            None
        }
    };
    let customer = row.get("customer").unwrap_or_default().to_string();
    let category = row.get("category").unwrap_or_default();
    let category = check_category(r.env, category)
        .map_err(|e| r.bad("category", e))
        .unwrap_or_default();
    let description = r.text(row, "description").unwrap_or_default();
    let product = r.line(row, "product");
    let assignee = r.line(row, "assignee");
    let status = row.get("status").unwrap_or("new");
    let status = match Status::parse(status) {
        Some(s) => s,
        None => {
            r.bad("status", format!("unknown status \"{status}\""));
            Status::New
        }
    };
    let warranty = row.get("warranty").and_then(|w| {
        one_of("warranty", w, WARRANTIES)
            .map_err(|e| r.bad("warranty", e))
            .ok()
    });
    let wait_for = row.get("wait_for").and_then(|w| {
        one_of("wait_for", w, &["customer", "parts"])
            .map_err(|e| r.bad("wait_for", e))
            .ok()
    });
    let hours = match row.get("hours").map(str::parse::<f64>) {
        None => None,
        Some(Ok(h)) if h.is_finite() && (0.0..=1000.0).contains(&h) => Some(h),
        Some(_) => {
            r.bad("hours", "hours must be a number from 0 to 1000".into());
            None
        }
    };
    let opened_at = r.time(row, "opened_at").unwrap_or(env.now);
    let clock_start = r.time(row, "clock_start").unwrap_or(opened_at);
    let vip = r.flag(row, "vip");
    let priority = r.choice(row, "priority", "normal", PRIORITIES);
    let targets = env.policy.policy.sla.ticket.targets(&priority, vip);
    let cal = &env.policy.calendar;
    let t = Ticket {
        id: 0,
        customer_id: customer,
        category,
        description,
        serial: r.line(row, "serial"),
        purchase_id: None,
        channel: r.choice(row, "channel", "phone", CHANNELS),
        mode: r.choice(row, "mode", "remote", MODES),
        kind: r.choice(row, "kind", "repair", KINDS),
        status: status.as_str().to_string(),
        assignee,
        vip,
        warranty,
        warranty_rule: r.text(row, "warranty_rule"),
        opened_at,
        clock_start,
        first_response_due: r
            .time(row, "first_response_due")
            .or_else(|| Some(sla::due(cal, opened_at, &targets.first_response))),
        first_response_at: r.time(row, "first_response_at"),
        resolve_due: r
            .time(row, "resolve_due")
            .or_else(|| Some(sla::due(cal, clock_start, &targets.resolve))),
        update_due: r.time(row, "update_due"),
        paused_since: r.time(row, "paused_since"),
        escalation_level: r.count(row, "escalation_level"),
        scheduled_at: r.time(row, "scheduled_at"),
        wait_for,
        wait_until: r.time(row, "wait_until"),
        handover_items: r.text(row, "handover_items"),
        resolution: r.text(row, "resolution"),
        hours,
        resolved_at: r.time(row, "resolved_at"),
        signed_by: r.line(row, "signed_by"),
        signed_at: r.time(row, "signed_at"),
        closed_at: r.time(row, "closed_at"),
        cancelled_reason: r.text(row, "cancelled_reason"),
        cancelled_at: r.time(row, "cancelled_at"),
        reopen_count: r.count(row, "reopen_count"),
        chase_count: r.count(row, "chase_count"),
        forced: r.flag(row, "forced"),
        updated_at: r.time(row, "updated_at").unwrap_or(env.now),
        product,
        priority,
    };
    Read {
        id,
        ticket: t,
        problems: r.problems,
    }
}

pub fn import(tx: &Transaction, env: &Env, src: &Source) -> Result<usize> {
    db::bulk_cache(tx)?;
    // A load larger than what is there is faster with the indexes built once at the end.
    let file_rows = (src.path != "-")
        .then(|| {
            std::fs::metadata(&src.path)
                .map(|m| m.len() / BYTES_PER_ROW)
                .ok()
        })
        .flatten()
        .unwrap_or(0);
    let before = db::count(tx)?;
    let rebuild = file_rows > BULK_ROWS && file_rows as i64 > before;
    let (indexes, queue) = if rebuild {
        (db::drop_indexes(tx)?, cases::suspend_ticket_queue(tx)?)
    } else {
        (Vec::new(), None)
    };
    let mut loader = db::Loader::new(tx)?;
    // Into an empty table, an id is taken only if the file has it twice.
    let taken_before =
        |loader: &mut db::Loader, id: i64| -> Result<bool> { Ok(before > 0 && loader.exists(id)?) };
    let mut known = Known::default();
    let mut seen: HashSet<i64> = HashSet::new();
    let mut without_id: Vec<Ticket> = Vec::new();
    let mut max_id = 0i64;
    let n = import::each_parsed_row(
        src,
        COLUMNS,
        &["customer", "category", "description"],
        &|row: &Row| Ok(read_row(env, row)),
        &mut |read: Read| {
            let Read {
                id,
                ticket: mut t,
                mut problems,
            } = read;
            check_references(tx, &mut known, &t, &mut problems)?;
            if !problems.is_empty() {
                return Err(problems);
            }
            let Some(id) = id else {
                without_id.push(t);
                return Ok(());
            };
            let taken = |m: String| Err(vec![("id".to_string(), m)]);
            if !seen.insert(id) {
                return taken(format!("{} appears twice in the file", tid(id)));
            }
            if taken_before(&mut loader, id).map_err(|e| vec![("id".into(), e.message)])? {
                return taken(format!("{} already exists", tid(id)));
            }
            t.id = id;
            max_id = max_id.max(id);
            loader
                .insert(&t)
                .map_err(|e| vec![("id".into(), e.message)])
        },
    )?;
    // Rows without an id are numbered after every id the file keeps.
    let mut next = db::counter(tx, "T")?.max(max_id);
    let first_new = next + 1;
    for mut t in without_id {
        loop {
            next += 1;
            if !seen.contains(&next) && !taken_before(&mut loader, next)? {
                break;
            }
        }
        t.id = next;
        loader.insert(&t)?;
    }
    drop(loader);
    db::create_indexes(tx, &indexes)?;
    cases::resume_ticket_queue(tx, queue)?;
    // Resolved and closed rows enter the case library now, in bulk, not at the first search.
    crate::ops::case::refresh(tx)?;
    let top = next.max(max_id);
    db::raise_counter(tx, "T", top)?;
    env.record(
        tx,
        "tickets",
        "ticket.import",
        None,
        Some(&json!({
            "file": src.path,
            "rows": n,
            "kept_ids": seen.len(),
            "new_ids": if next >= first_new { json!(format!("{}..{}", tid(first_new), tid(next))) } else { json!(null) },
        })),
    )?;
    Ok(n)
}
