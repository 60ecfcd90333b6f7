//! The business calendar commands, `sla check` (the cron job) and `sla explain`, on the
//! example calendar of the README (holidays and make-up days around National Day).

use rusqlite::params;

use crate::Desk;

/// The example calendar: Mon–Fri 09:00-12:00 + 13:30-18:00, National Day week off,
/// Sunday 27 September and Saturday 10 October worked instead.
pub const EXAMPLE_POLICY: &str = r#"
timezone = "Asia/Shanghai"

[calendar]
workdays = ["mon", "tue", "wed", "thu", "fri"]
hours = ["09:00-12:00", "13:30-18:00"]
holidays = ["2026-10-01..2026-10-07"]
extra_workdays = ["2026-09-27", "2026-10-10"]
"#;

/// A desk on the example calendar, initialised at `now`.
pub fn example_desk(now: &str) -> Desk {
    let d = Desk::bare(now);
    d.write("policy.toml", EXAMPLE_POLICY);
    d.ok(&["init"]);
    d
}

/// Epoch seconds of a local time in Asia/Shanghai.
pub fn epoch(s: &str) -> i64 {
    let tz = jiff::tz::TimeZone::get("Asia/Shanghai").unwrap();
    s.replacen(' ', "T", 1)
        .parse::<jiff::civil::DateTime>()
        .unwrap()
        .to_zoned_datetime(tz)
        .unwrap()
        .timestamp()
        .as_second()
}

/// The clocks of a ticket row written straight into the table, standing in for
/// `svc ticket open` until the ticket commands exist.
#[derive(Default)]
struct Ticket<'a> {
    customer: &'a str,
    status: &'a str,
    priority: &'a str,
    opened: &'a str,
    first_response_due: Option<&'a str>,
    first_response_at: Option<&'a str>,
    resolve_due: Option<&'a str>,
    update_due: Option<&'a str>,
    paused_since: Option<&'a str>,
    assignee: Option<&'a str>,
}

fn insert_ticket(d: &Desk, t: &Ticket) -> i64 {
    let conn = rusqlite::Connection::open(d.db()).unwrap();
    let e = |s: Option<&str>| s.map(epoch);
    conn.execute(
        "INSERT INTO tickets(customer_id, category, description, priority, channel, mode, kind,
           status, assignee, opened_at, clock_start, first_response_due, first_response_at,
           resolve_due, update_due, paused_since, updated_at)
         VALUES (?1, 'noise', '风扇转动时有咔咔异响', ?2, 'phone', 'remote', 'repair', ?3, ?4,
           ?5, ?5, ?6, ?7, ?8, ?9, ?10, ?5)",
        params![
            t.customer,
            if t.priority.is_empty() {
                "normal"
            } else {
                t.priority
            },
            t.status,
            t.assignee,
            epoch(t.opened),
            e(t.first_response_due),
            e(t.first_response_at),
            e(t.resolve_due),
            e(t.update_due),
            e(t.paused_since),
        ],
    )
    .unwrap();
    conn.last_insert_rowid()
}

/// An audit event of a ticket, standing in for the events `svc ticket wait|resume` write.
fn insert_event(d: &Desk, at: &str, entity: &str, action: &str, new: &str) {
    let conn = rusqlite::Connection::open(d.db()).unwrap();
    conn.execute(
        "INSERT INTO events(at, actor, entity, action, old, new, prev_hash, hash)
         VALUES (?1, 'admin', ?2, ?3, NULL, ?4, '', '')",
        params![epoch(at), entity, action, new],
    )
    .unwrap();
}

fn ticket_level(d: &Desk, id: i64) -> i64 {
    let conn = rusqlite::Connection::open(d.db()).unwrap();
    conn.query_row(
        "SELECT escalation_level FROM tickets WHERE id = ?1",
        [id],
        |r| r.get(0),
    )
    .unwrap()
}

#[test]
fn calendar_due_follows_the_worked_examples() {
    let d = Desk::bare("2026-11-22 10:00");
    d.write("policy.toml", EXAMPLE_POLICY);
    for (from, add, want) in [
        ("2026-09-25 17:00", "3wd", "2026-09-29 18:00"),
        ("2026-09-30 10:00", "3wd", "2026-10-10 18:00"),
        ("2026-09-25 16:00", "8bh", "2026-09-27 16:30"),
        ("2026-09-30 10:00", "24h", "2026-10-01 10:00"),
    ] {
        let out = d.ok(&["calendar", "due", "--from", from, "--add", add]);
        assert_eq!(out.trim(), want, "{from} + {add}");
    }
    let j = d.json(&[
        "calendar",
        "due",
        "--from",
        "2026-09-25 17:00",
        "--add",
        "3wd",
    ]);
    assert_eq!(j["due"], "2026-09-29T18:00:00+08:00");
    assert_eq!(j["from"], "2026-09-25T17:00:00+08:00");
    assert_eq!(j["add"], "3wd");
    // Without --from the start is now.
    assert_eq!(
        d.ok(&["calendar", "due", "--add", "1wd"]).trim(),
        "2026-11-23 18:00"
    );
    assert!(!d.db().exists(), "calendar commands need no database");
}

#[test]
fn calendar_due_refuses_bad_durations_and_times() {
    let d = Desk::bare("2026-11-22 10:00");
    let err = d.fails(
        &["calendar", "due", "--from", "2026-09-25", "--add", "3x"],
        2,
    );
    assert!(err.contains("invalid duration \"3x\""), "{err}");
    d.fails(&["calendar", "due", "--add", "0h"], 2);
    d.fails(&["calendar", "due", "--add", "1.5wd"], 2);
    let err = d.fails(
        &["calendar", "due", "--from", "2026-02-30", "--add", "1h"],
        2,
    );
    assert!(err.contains("--from"), "{err}");
}

#[test]
fn calendar_show_names_each_kind_of_day() {
    let d = Desk::bare("2026-09-01 10:00");
    d.write("policy.toml", EXAMPLE_POLICY);
    let days = d.json(&["calendar", "show"]);
    let days = days.as_array().unwrap();
    assert_eq!(days.len(), 30, "September by default (the month of --now)");
    let day = |date: &str| {
        days.iter()
            .find(|x| x["date"] == date)
            .unwrap_or_else(|| panic!("{date}"))
            .clone()
    };
    assert_eq!(day("2026-09-25")["kind"], "working");
    assert_eq!(day("2026-09-25")["hours"], "09:00-12:00 13:30-18:00");
    assert_eq!(day("2026-09-26")["kind"], "weekend");
    assert_eq!(day("2026-09-26")["hours"], "");
    assert_eq!(day("2026-09-27")["kind"], "make-up");
    assert_eq!(day("2026-09-27")["weekday"], "Sun");
    assert_eq!(day("2026-09-27")["hours"], "09:00-12:00 13:30-18:00");

    let csv = d.ok(&["--format", "csv", "calendar", "show", "--month", "2026-10"]);
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(lines[0], "date,weekday,kind,hours");
    assert_eq!(lines.len(), 32);
    assert_eq!(lines[1], "2026-10-01,Thu,holiday,");
    assert_eq!(lines[10], "2026-10-10,Sat,make-up,09:00-12:00 13:30-18:00");
    assert_eq!(lines[11], "2026-10-11,Sun,weekend,");
    for bad in ["2026-13", "2026-1", "October"] {
        d.fails(&["calendar", "show", "--month", bad], 2);
    }
}

#[test]
fn calendar_commands_check_permission_once_there_is_a_database() {
    let d = Desk::bare("2026-11-22 10:00");
    d.write(
        "policy.toml",
        &format!("{EXAMPLE_POLICY}\n[roles.guest]\ncan = [\"customer.list\"]\n"),
    );
    d.ok(&["init"]);
    d.add_staff("visitor", "guest", &[]);
    let o = d.run_as("visitor", &["calendar", "due", "--add", "3wd"]);
    assert_eq!(o.status.code(), Some(5));
    let o = d.run_as("visitor", &["calendar", "show"]);
    assert_eq!(o.status.code(), Some(5));
    d.add_staff("xiaoli", "agent", &[]);
    let o = d.run_as("xiaoli", &["calendar", "due", "--add", "3wd"]);
    assert_eq!(o.status.code(), Some(0));
}

/// An ordinary complaint opened at `now`; returns its id.
fn ordinary_complaint(d: &Desk, customer: &str) -> String {
    d.ok(&[
        "-q",
        "complaint",
        "open",
        "--customer",
        customer,
        "--category",
        "late_delivery",
        "--description",
        "快递超过约定时间三天仍未送到",
    ])
    .trim()
    .to_string()
}

#[test]
fn a_complaint_past_its_plan_deadline_is_escalated_to_the_manager_once() {
    let mut d = example_desk("2026-11-23 09:00");
    let c = d.add_customer("张三", "13812345678", &[]);
    let id = ordinary_complaint(&d, &c);
    assert_eq!(id, "C-1");

    // 10 of 24 hours: on time, nothing to report.
    d.now = "2026-11-23 19:00".into();
    assert_eq!(
        d.run(&["sla", "check", "--exit-code"]).status.code(),
        Some(0)
    );
    let rows = d.json(&["sla", "check"]);
    assert_eq!(rows.as_array().unwrap().len(), 0);

    // 20 of 24 hours (≥ warn_at 0.8): at risk, listed, but not escalated.
    d.now = "2026-11-24 05:00".into();
    let rows = d.json(&["sla", "check", "--apply"]);
    assert_eq!(rows[0]["standing"], "at_risk");
    assert_eq!(rows[0]["over_or_left"], "4h 0m left");
    assert_eq!(rows[0]["escalation_level"], "supervisor");

    // Past the deadline.
    d.now = "2026-11-24 10:30".into();
    let o = d.run(&["--format", "csv", "sla", "check", "--exit-code"]);
    assert_eq!(o.status.code(), Some(10));
    let csv = String::from_utf8(o.stdout).unwrap();
    let mut lines = csv.lines();
    assert_eq!(
        lines.next().unwrap(),
        "kind,id,customer,metric,due,standing,over_or_left,owner,escalation_level"
    );
    assert_eq!(
        lines.next().unwrap(),
        format!(
            "complaint,C-1,{c},plan,2026-11-24 09:00:00,breached,1h 30m over,supervisor,supervisor"
        )
    );
    assert_eq!(lines.next(), None);
    // Without --exit-code the same finding exits 0.
    assert_eq!(d.run(&["sla", "check"]).status.code(), Some(0));

    let out = d.ok(&["sla", "check", "--apply"]);
    assert!(
        out.contains("escalated C-1 (plan): supervisor → manager"),
        "{out}"
    );
    let shown = d.json(&["complaint", "show", "C-1"]);
    assert_eq!(shown["owner_role"], "manager");
    assert_eq!(shown["escalation_level"], "manager");
    assert_eq!(shown["team"], true);
    let timeline = shown["timeline"].as_array().unwrap();
    assert_eq!(timeline.last().unwrap()["action"], "sla.escalate");

    // Running again — now or later — escalates nothing twice.
    let before = d.snapshot();
    let o = d.run(&["sla", "check", "--apply", "--exit-code"]);
    assert_eq!(o.status.code(), Some(10), "still breached, still listed");
    assert!(!String::from_utf8_lossy(&o.stdout).contains("escalated"));
    d.now = "2026-11-25 10:30".into();
    d.ok(&["sla", "check", "--apply"]);
    assert_eq!(before, d.snapshot(), "a second --apply changed something");
}

#[test]
fn a_plan_stops_the_complaint_clock() {
    let mut d = example_desk("2026-11-23 09:00");
    let c = d.add_customer("张三", "13812345678", &[]);
    ordinary_complaint(&d, &c);
    d.add_staff("wang", "supervisor", &[]);
    d.now = "2026-11-23 15:00".into();
    d.ok(&[
        "complaint",
        "investigate",
        "C-1",
        "--note",
        "查询物流：包裹滞留中转站",
    ]);
    d.ok(&[
        "complaint",
        "plan",
        "C-1",
        "--text",
        "联系快递加急派送，赠送20元优惠券",
        "--owner",
        "wang",
        "--due",
        "2026-11-25 18:00",
    ]);
    d.now = "2026-11-26 10:00".into();
    let rows = d.json(&["sla", "check", "--kind", "complaint"]);
    assert_eq!(rows.as_array().unwrap().len(), 0, "{rows}");
}

#[test]
fn tickets_are_checked_per_metric_and_paused_or_met_clocks_are_skipped() {
    let mut d = example_desk("2026-11-02 09:00");
    let c = d.add_customer("张三", "13812345678", &[]);
    d.add_staff("liugong", "engineer", &[]);
    // Resolve (3wd) due Thu 18:00, first response met.
    let late = insert_ticket(
        &d,
        &Ticket {
            customer: &c,
            status: "in_progress",
            opened: "2026-11-02 09:00",
            first_response_due: Some("2026-11-03 09:00"),
            first_response_at: Some("2026-11-02 10:00"),
            resolve_due: Some("2026-11-05 18:00"),
            assignee: Some("liugong"),
            ..Ticket::default()
        },
    );
    // Waiting for parts: its clocks stand still.
    insert_ticket(
        &d,
        &Ticket {
            customer: &c,
            status: "waiting_parts",
            opened: "2026-11-02 09:00",
            resolve_due: Some("2026-11-05 18:00"),
            paused_since: Some("2026-11-03 10:00"),
            ..Ticket::default()
        },
    );
    // Resolved: not open.
    insert_ticket(
        &d,
        &Ticket {
            customer: &c,
            status: "resolved",
            opened: "2026-11-02 09:00",
            resolve_due: Some("2026-11-05 18:00"),
            ..Ticket::default()
        },
    );
    // New, first response not given: 24 h from Thu 10:00.
    let fresh = insert_ticket(
        &d,
        &Ticket {
            customer: &c,
            status: "new",
            opened: "2026-11-05 10:00",
            first_response_due: Some("2026-11-06 10:00"),
            resolve_due: Some("2026-11-10 18:00"),
            update_due: Some("2026-11-09 18:00"),
            ..Ticket::default()
        },
    );
    d.now = "2026-11-06 08:00".into();
    let rows = d.json(&["sla", "check", "--kind", "ticket"]);
    let rows = rows.as_array().unwrap();
    let got: Vec<(String, String, String)> = rows
        .iter()
        .map(|r| {
            (
                r["id"].as_str().unwrap().to_string(),
                r["metric"].as_str().unwrap().to_string(),
                r["standing"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            (format!("T-{late}"), "resolve".into(), "breached".into()),
            (
                format!("T-{fresh}"),
                "first_response".into(),
                "at_risk".into()
            ),
        ]
    );
    assert_eq!(rows[0]["owner"], "liugong");
    assert_eq!(rows[0]["escalation_level"], "agent");
    assert_eq!(rows[0]["due"], "2026-11-05T18:00:00+08:00");
    assert_eq!(rows[0]["over_or_left"], "14h 0m over");
    assert_eq!(rows[1]["over_or_left"], "2h 0m left");

    // Callbacks: accepted, nothing to list yet.
    let o = d.run(&["sla", "check", "--kind", "callback", "--exit-code"]);
    assert_eq!(o.status.code(), Some(0));
    let o = d.run(&["sla", "check", "--kind", "complaint", "--exit-code"]);
    assert_eq!(o.status.code(), Some(0));
    d.fails(&["sla", "check", "--kind", "parcel"], 2);

    // --apply escalates the breached ticket only, once.
    d.ok(&["sla", "check", "--apply"]);
    assert_eq!(ticket_level(&d, late), 1);
    assert_eq!(ticket_level(&d, fresh), 0, "at risk is not escalated");
    let hist = d.json(&["history", &format!("T-{late}")]);
    assert_eq!(hist[0]["action"], "sla.escalate");
    d.ok(&["sla", "check", "--apply"]);
    assert_eq!(ticket_level(&d, late), 1);

    // A new breach of the same ticket (its first response now) moves it one more step.
    d.now = "2026-11-06 11:00".into();
    d.ok(&["sla", "check", "--apply"]);
    assert_eq!(ticket_level(&d, fresh), 1);
    assert_eq!(ticket_level(&d, late), 1);
}

#[test]
fn apply_needs_its_own_permission_and_changes_nothing_without_it() {
    let mut d = example_desk("2026-11-23 09:00");
    let c = d.add_customer("张三", "13812345678", &[]);
    ordinary_complaint(&d, &c);
    d.add_staff("xiaoli", "agent", &[]);
    d.now = "2026-11-25 09:00".into();
    let before = d.snapshot();
    let o = d.run_as("xiaoli", &["sla", "check"]);
    assert_eq!(o.status.code(), Some(0));
    let o = d.run_as("xiaoli", &["sla", "check", "--apply"]);
    assert_eq!(o.status.code(), Some(5));
    assert!(String::from_utf8_lossy(&o.stderr).contains("sla.apply"));
    assert_eq!(before, d.snapshot());
}

#[test]
fn explain_shows_the_days_holidays_and_make_up_days_crossed() {
    let mut d = example_desk("2026-09-30 10:00");
    let c = d.add_customer("张三", "13812345678", &[]);
    let t = insert_ticket(
        &d,
        &Ticket {
            customer: &c,
            status: "in_progress",
            opened: "2026-09-30 10:00",
            first_response_due: Some("2026-10-01 10:00"),
            first_response_at: Some("2026-09-30 11:00"),
            resolve_due: Some("2026-10-10 18:00"),
            ..Ticket::default()
        },
    );
    d.now = "2026-10-10 12:00".into();
    let x = d.json(&["sla", "explain", &format!("T-{t}")]);
    assert_eq!(x["kind"], "ticket");
    let resolve = x["metrics"]
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["metric"] == "resolve")
        .unwrap()
        .clone();
    assert_eq!(resolve["target"], "3wd");
    assert_eq!(resolve["due_computed"], "2026-10-10T18:00:00+08:00");
    assert_eq!(resolve["due_stored"], "2026-10-10T18:00:00+08:00");
    assert_eq!(resolve["standing"], "at_risk");
    let days: Vec<&serde_json::Value> = x["days"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| r["metric"] == "resolve")
        .collect();
    assert_eq!(days.len(), 11, "30 September to 10 October");
    assert_eq!(days[0]["date"], "2026-09-30");
    assert_eq!(days[0]["minutes"], 0, "the start date never counts");
    assert_eq!(days[1]["kind"], "holiday");
    assert_eq!(days[1]["minutes"], 0);
    assert_eq!(days[8]["date"], "2026-10-08");
    assert_eq!(days[8]["counted"], "09:00-12:00 13:30-18:00");
    assert_eq!(days[8]["minutes"], 450);
    assert_eq!(days[10]["kind"], "make-up");
    assert_eq!(days[10]["weekday"], "Sat");
    assert_eq!(days[10]["minutes"], 450);
    let table = d.ok(&["sla", "explain", &format!("t-{t}")]);
    assert!(table.contains("2026-10-10  Sat      make-up"), "{table}");
}

#[test]
fn explain_moves_the_resolve_due_time_by_the_business_hours_paused() {
    let mut d = example_desk("2026-11-02 09:00");
    let c = d.add_customer("张三", "13812345678", &[]);
    let t = insert_ticket(
        &d,
        &Ticket {
            customer: &c,
            status: "in_progress",
            opened: "2026-11-02 09:00",
            first_response_due: Some("2026-11-03 09:00"),
            first_response_at: Some("2026-11-02 09:30"),
            resolve_due: Some("2026-11-06 18:00"),
            ..Ticket::default()
        },
    );
    let e = format!("T-{t}");
    insert_event(
        &d,
        "2026-11-02 14:00",
        &e,
        "ticket.wait",
        r#"{"status":"waiting_parts"}"#,
    );
    insert_event(
        &d,
        "2026-11-03 14:00",
        &e,
        "ticket.resume",
        r#"{"status":"in_progress"}"#,
    );
    d.now = "2026-11-04 09:00".into();
    let x = d.json(&["sla", "explain", &e]);
    let pauses = x["pauses"].as_array().unwrap();
    assert_eq!(pauses.len(), 1);
    assert_eq!(pauses[0]["from"], "2026-11-02T14:00:00+08:00");
    assert_eq!(pauses[0]["to"], "2026-11-03T14:00:00+08:00");
    assert_eq!(pauses[0]["business_minutes"], 450);
    assert_eq!(pauses[0]["wall_minutes"], 1440);
    let resolve = x["metrics"]
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["metric"] == "resolve")
        .unwrap()
        .clone();
    assert_eq!(resolve["due_computed"], "2026-11-05T18:00:00+08:00");
    assert_eq!(resolve["due_with_pauses"], "2026-11-06T18:00:00+08:00");
    assert_eq!(resolve["due_stored"], "2026-11-06T18:00:00+08:00");
}

#[test]
fn explain_of_a_complaint_counts_its_plan_clock() {
    let mut d = example_desk("2026-09-30 10:00");
    let c = d.add_customer("张三", "13812345678", &[]);
    d.ok(&[
        "complaint",
        "open",
        "--customer",
        &c,
        "--category",
        "quality",
        "--description",
        "开机几分钟后机身冒烟",
    ]);
    d.now = "2026-10-01 10:00".into();
    let x = d.json(&["sla", "explain", "C-1"]);
    assert_eq!(x["kind"], "complaint");
    let m = &x["metrics"][0];
    assert_eq!(m["metric"], "plan");
    assert_eq!(m["target"], "2d");
    assert_eq!(m["due_stored"], "2026-10-02T10:00:00+08:00");
    assert_eq!(m["standing"], "on_time");
    let days = x["days"].as_array().unwrap();
    assert_eq!(days.len(), 3);
    assert_eq!(days[1]["kind"], "holiday");
    assert_eq!(
        days[1]["minutes"], 1440,
        "wall-clock targets count holidays"
    );

    d.fails(&["sla", "explain", "C-9"], 3);
    d.fails(&["sla", "explain", "T-9"], 3);
    d.fails(&["sla", "explain", "X-1"], 2);
    // A bare number could be either kind.
    let err = d.fails(&["sla", "explain", "1"], 2);
    assert!(err.contains("T-42"), "{err}");
}

#[test]
fn two_new_breaches_of_one_ticket_move_it_one_step() {
    let mut d = example_desk("2026-11-02 09:00");
    let c = d.add_customer("张三", "13812345678", &[]);
    let t = insert_ticket(
        &d,
        &Ticket {
            customer: &c,
            status: "new",
            opened: "2026-11-02 09:00",
            first_response_due: Some("2026-11-03 09:00"),
            resolve_due: Some("2026-11-05 18:00"),
            ..Ticket::default()
        },
    );
    d.now = "2026-11-06 09:00".into();
    let out = d.ok(&["sla", "check", "--apply"]);
    assert!(
        out.contains(&format!(
            "escalated T-{t} (first_response, resolve): agent → supervisor"
        )),
        "{out}"
    );
    assert_eq!(ticket_level(&d, t), 1);
    d.ok(&["sla", "check", "--apply"]);
    assert_eq!(ticket_level(&d, t), 1);
}

#[test]
fn the_top_of_the_ladder_stays_listed_but_goes_no_higher() {
    let mut d = example_desk("2026-11-23 09:00");
    let c = d.add_customer("张三", "13812345678", &[]);
    d.ok(&[
        "complaint",
        "open",
        "--customer",
        &c,
        "--category",
        "quality",
        "--description",
        "通电后电源线冒烟",
    ]);
    d.now = "2026-11-26 09:00".into();
    let before = d.snapshot();
    let o = d.run(&["--format", "csv", "sla", "check", "--apply", "--exit-code"]);
    assert_eq!(o.status.code(), Some(10));
    let csv = String::from_utf8(o.stdout).unwrap();
    assert!(csv.contains("C-1"), "{csv}");
    assert!(csv.trim_end().ends_with(",manager,manager"), "{csv}");
    assert_eq!(before, d.snapshot());
}
