//! How tickets are printed: list rows, the `show` record, the lines after a change.

use rusqlite::Connection;

use crate::cli::{App, opt};
use crate::domain::time;
use crate::error::Result;
use crate::ops::ticket::{self as ops, COLUMNS, Detail, Ticket, tid};
use crate::output::{Cell, Format, Listing, Record};
use crate::store::customer::Purchase;
use crate::store::ticket::Filter;

/// What a table shows of a ticket list: the columns people scan. CSV and JSON
/// carry every column of `COLUMNS`.
const TABLE_COLUMNS: &[&str] = &[
    "id",
    "customer",
    "category",
    "priority",
    "status",
    "assignee",
    "opened_at",
    "resolve_due",
    "warranty",
    "description",
];

fn flag(b: bool) -> Cell {
    Cell::Bool(b)
}

/// A ticket as a row of `COLUMNS` (taking it, so a long list copies no text).
fn cells(t: Ticket) -> Vec<Cell> {
    let time = Cell::opt_time;
    let text = |s: Option<String>| s.map_or(Cell::Null, Cell::Text);
    vec![
        Cell::Text(tid(t.id)),
        Cell::Text(t.customer_id),
        Cell::Text(t.category),
        text(t.product),
        Cell::Text(t.priority),
        Cell::Text(t.status),
        text(t.assignee),
        Cell::Text(t.channel),
        Cell::Text(t.mode),
        Cell::Text(t.kind),
        Cell::Time(t.opened_at),
        time(t.first_response_due),
        time(t.resolve_due),
        time(t.resolved_at),
        time(t.closed_at),
        text(t.warranty),
        Cell::Text(t.description),
        text(t.serial),
        flag(t.vip),
        text(t.warranty_rule),
        Cell::Time(t.clock_start),
        time(t.first_response_at),
        time(t.update_due),
        time(t.paused_since),
        time(t.scheduled_at),
        text(t.wait_for),
        time(t.wait_until),
        text(t.handover_items),
        text(t.resolution),
        t.hours.map_or(Cell::Null, Cell::Num),
        text(t.signed_by),
        time(t.signed_at),
        text(t.cancelled_reason),
        time(t.cancelled_at),
        Cell::Int(t.reopen_count),
        Cell::Int(t.chase_count),
        flag(t.forced),
        Cell::Int(t.escalation_level),
        Cell::Time(t.updated_at),
    ]
}

fn table_cells(t: Ticket) -> Vec<Cell> {
    vec![
        Cell::Text(tid(t.id)),
        Cell::Text(t.customer_id),
        Cell::Text(t.category),
        Cell::Text(t.priority),
        Cell::Text(t.status),
        Cell::opt_text(t.assignee),
        Cell::Time(t.opened_at),
        Cell::opt_time(t.resolve_due),
        Cell::opt_text(t.warranty),
        Cell::Text(t.description),
    ]
}

fn record(t: &Ticket) -> Record {
    Record {
        fields: COLUMNS.iter().copied().zip(cells(t.clone())).collect(),
        sections: Vec::new(),
    }
}

pub fn list(app: &mut App, conn: &Connection, f: &Filter) -> Result<()> {
    let table = app.out.format == Format::Table;
    let mut sink = app.out.begin(if table { TABLE_COLUMNS } else { COLUMNS })?;
    ops::list(conn, f, &mut |t| {
        Ok(sink.row(&if table { table_cells(t) } else { cells(t) })?)
    })?;
    sink.finish()?;
    Ok(())
}

/// The `tickets` section of `customer show`, newest first.
pub fn customer_tickets(conn: &Connection, customer: &str) -> Result<Listing> {
    let mut l = Listing::new(&[
        "id",
        "category",
        "priority",
        "status",
        "assignee",
        "opened_at",
        "resolve_due",
        "description",
    ]);
    for t in ops::of_customer(conn, customer)? {
        l.push(vec![
            Cell::Text(tid(t.id)),
            Cell::text(&t.category),
            Cell::text(&t.priority),
            Cell::text(&t.status),
            opt(&t.assignee),
            Cell::Time(t.opened_at),
            Cell::opt_time(t.resolve_due),
            Cell::text(&t.description),
        ]);
    }
    Ok(l)
}

fn when(app: &App, t: i64) -> String {
    time::fmt_table(t, app.policy.tz())
}

/// After `ticket open`: the id (alone with -q), then due times and the warranty decision.
pub fn opened(
    app: &mut App,
    t: &Ticket,
    duplicate_of: Option<i64>,
    purchase: Option<&Purchase>,
    manufacturer_contact: Option<&str>,
) -> Result<u8> {
    if app.out.format != Format::Table {
        let mut r = record(t);
        r.field("manufacturer_contact", Cell::opt_text(manufacturer_contact));
        r.field("duplicate_of", Cell::opt_text(duplicate_of.map(tid)));
        app.out.record(&r)?;
        return Ok(0);
    }
    app.out.essential(&tid(t.id))?;
    let vip = if t.vip {
        " (VIP customer: one step up, sla.ticket.vip targets)"
    } else {
        ""
    };
    let mut lines = vec![format!("priority {}{vip}", t.priority)];
    if let (Some(fr), Some(rd)) = (t.first_response_due, t.resolve_due) {
        lines.push(format!(
            "first response due {}, resolve due {}",
            when(app, fr),
            when(app, rd)
        ));
    }
    match (&t.warranty, &t.warranty_rule, purchase) {
        (Some(w), Some(rule), Some(p)) => {
            lines.push(format!(
                "warranty: {w} ({} purchase {}: {rule})",
                p.product, p.id
            ));
        }
        _ => lines.push(format!(
            "warranty: no purchase on record for {} — no warranty decision",
            t.customer_id
        )),
    }
    if t.warranty.as_deref() == Some("manufacturer") {
        lines.push(match manufacturer_contact {
            Some(c) => format!("manufacturer's service: {c}"),
            None => {
                "manufacturer's service: no contact on record (product add --manufacturer-contact)"
                    .into()
            }
        });
    }
    if let Some(d) = duplicate_of {
        lines.push(format!(
            "opened with --force although {} is open for the same customer and category",
            tid(d)
        ));
    }
    for l in lines {
        app.out.say(&l)?;
    }
    Ok(0)
}

/// After `ticket open --chase`: the existing id and what changed.
pub fn chased(app: &mut App, t: &Ticket, old_priority: &str) -> Result<u8> {
    if app.out.format != Format::Table {
        app.out.record(&record(t))?;
        return Ok(0);
    }
    app.out.essential(&tid(t.id))?;
    app.out.say(&format!(
        "chase recorded on {} (chased {} time{}); priority {old_priority} → {}",
        tid(t.id),
        t.chase_count,
        if t.chase_count == 1 { "" } else { "s" },
        t.priority
    ))?;
    Ok(0)
}

/// After a change: the id and the new status (the id alone with -q).
pub fn changed(app: &mut App, t: &Ticket) -> Result<u8> {
    let line = match &t.assignee {
        Some(a) => format!("{} {} (assignee {a})", tid(t.id), t.status),
        None => format!("{} {}", tid(t.id), t.status),
    };
    changed_saying(app, t, &line)
}

pub fn changed_saying(app: &mut App, t: &Ticket, line: &str) -> Result<u8> {
    match app.out.format {
        Format::Table if app.out.quiet => app.out.essential(&tid(t.id))?,
        Format::Table => app.out.say(line)?,
        _ => app.out.record(&record(t))?,
    }
    Ok(0)
}

/// How a clock stands: met, left, over, paused or stopped.
fn standing(app: &App, t: &Ticket, due: Option<i64>, met: Option<i64>) -> Cell {
    let Some(due) = due else {
        return Cell::Null;
    };
    let span = time::fmt_span;
    let text = if let Some(m) = met {
        if m <= due {
            format!("met {}", when(app, m))
        } else {
            format!("met {}, {} late", when(app, m), span(m - due))
        }
    } else if !ops::is_open(t) {
        "stopped".into()
    } else if let Some(p) = t.paused_since {
        if p > due {
            format!("paused, {} over", span(p - due))
        } else {
            format!("paused with {} left", span(due - p))
        }
    } else if due >= app.now {
        format!("{} left", span(due - app.now))
    } else {
        format!("{} over", span(app.now - due))
    };
    Cell::Text(text)
}

/// The audit trail keeps times as epoch seconds; people read them as times.
fn readable_times(app: &App, json: &str) -> String {
    let Ok(serde_json::Value::Object(mut m)) = serde_json::from_str(json) else {
        return json.to_string();
    };
    for (k, v) in m.iter_mut() {
        let is_time = k.ends_with("_at")
            || k.ends_with("_due")
            || k.ends_with("_since")
            || k.ends_with("_until")
            || k == "clock_start";
        if let (true, Some(t)) = (is_time, v.as_i64()) {
            *v = serde_json::Value::String(when(app, t));
        }
    }
    serde_json::Value::Object(m).to_string()
}

pub fn show(app: &mut App, d: &Detail) -> Result<u8> {
    let t = &d.ticket;
    let mut r = record(t);
    r.field("customer_name", Cell::opt_text(d.customer_name.clone()));
    r.field(
        "manufacturer_contact",
        Cell::opt_text(d.manufacturer_contact.clone()),
    );
    let fr = standing(app, t, t.first_response_due, t.first_response_at);
    let rs = standing(app, t, t.resolve_due, t.resolved_at);
    let up = standing(app, t, t.update_due, None);
    r.field("first_response_left", fr);
    r.field("resolve_left", rs);
    r.field("update_left", up);
    let total: f64 = d.costs.iter().map(|c| c.amount).sum();
    r.field("cost_total", Cell::Num(total));

    let mut notes = Listing::new(&["at", "author", "internal", "text"]);
    for n in &d.notes {
        notes.push(vec![
            Cell::Time(n.at),
            Cell::text(&n.author),
            Cell::Bool(n.internal),
            Cell::text(&n.text),
        ]);
    }
    let cost_row = |c: &crate::store::cost::Cost| {
        vec![
            Cell::Time(c.at),
            Cell::text(&c.kind),
            Cell::Num(c.amount),
            Cell::opt_text(c.note.clone()),
            Cell::text(&c.actor),
        ]
    };
    let cost_cols = &["at", "kind", "amount", "note", "actor"];
    let mut parts = Listing::new(cost_cols);
    let mut costs = Listing::new(cost_cols);
    for c in &d.costs {
        if c.kind == "parts" {
            parts.push(cost_row(c));
        }
        costs.push(cost_row(c));
    }
    let mut timeline = Listing::new(&["at", "actor", "action", "detail"]);
    for e in &d.events {
        let detail = if e.action == "ticket.open" {
            let v: serde_json::Value = e
                .new
                .as_deref()
                .and_then(|s| serde_json::from_str(s).ok())
                .unwrap_or_default();
            let field = |k: &str| v[k].as_str().unwrap_or("-").to_string();
            format!(
                "opened: {}, priority {}, warranty {}",
                field("category"),
                field("priority"),
                field("warranty")
            )
        } else {
            e.new
                .as_deref()
                .map(|s| readable_times(app, &app.out.mask_json_text(s)))
                .unwrap_or_default()
        };
        timeline.push(vec![
            Cell::Time(e.at),
            Cell::text(&e.actor),
            Cell::text(&e.action),
            Cell::Text(detail),
        ]);
    }
    r.sections.push(("notes", notes));
    r.sections.push(("parts", parts));
    r.sections.push(("costs", costs));
    r.sections.push(("timeline", timeline));
    if app.out.format == Format::Table {
        // People read only what is set; scripts get every field.
        r.fields.retain(|(_, v)| *v != Cell::Null);
    }
    app.out.record(&r)?;
    Ok(0)
}
