//! Reports: the monthly review (table, csv, json, html), the period reports,
//! and the demo desk they are shown on.

use serde_json::Value;

use crate::Desk;

const SECTIONS: &[&str] = &[
    "volume",
    "daily",
    "sla",
    "resolution",
    "top_problems",
    "complaints",
    "incidents",
    "satisfaction",
    "parts",
    "costs",
    "engineers",
];

/// A month with known figures: three tickets, two complaints, a callback, a
/// part, a drill. Reported at 2027-01-05 09:00.
///
/// - T-1 (noise): opened Tue Dec 1 09:00, answered 10:00, resolved Wed Dec 2 10:00
///   with 2 h and one part; the customer was satisfied (score 5), which closed it.
/// - T-2 (leak): opened Dec 1 09:00, first touched Thu Dec 3 (first response due
///   Dec 2 09:00: breached), resolved Thu Dec 10 (due Fri Dec 4 18:00: breached), 1 h.
/// - T-3 (display): opened Wed Dec 30 10:00 and never answered: first response
///   breached by the report's time; its resolve clock runs into January.
/// - C-1 (late_delivery): plan in time, resolved with 50 compensation; C-2
///   (damaged): plan two days late, still open.
fn month() -> Desk {
    let mut d = Desk::at("2026-12-01 08:00");
    d.add_staff(
        "liugong",
        "engineer",
        &["--skills", "noise,leak,display", "--region", "深圳"],
    );
    d.add_staff("zhu", "supervisor", &[]);
    let c = d.add_customer("张三", "13812345678", &["--region", "深圳"]);
    d.ok(&["product", "add", "AT-100", "--name", "空气净化器"]);
    d.ok(&[
        "purchase",
        "add",
        "--customer",
        &c,
        "--product",
        "AT-100",
        "--value",
        "300",
        "--purchased",
        "2026-11-18",
        "--received",
        "2026-11-20",
    ]);
    d.ok(&[
        "parts",
        "add",
        "FAN-01",
        "--name",
        "风扇电机",
        "--unit-cost",
        "50",
    ]);
    d.ok(&["parts", "receive", "FAN-01", "--qty", "3"]);
    d.now = "2026-12-01 09:00".into();
    let open = |d: &Desk, cat: &str, text: &str| {
        d.ok(&[
            "-q",
            "ticket",
            "open",
            "--customer",
            &c,
            "--category",
            cat,
            "--product",
            "AT-100",
            "--description",
            text,
        ])
        .trim()
        .to_string()
    };
    assert_eq!(open(&d, "noise", "风扇转动时有咔咔异响，夜间明显"), "T-1");
    assert_eq!(open(&d, "leak", "进水管接口处渗水，拧紧后仍有水滴"), "T-2");
    d.now = "2026-12-01 10:00".into();
    d.ok(&[
        "ticket",
        "note",
        "T-1",
        "--text",
        "已联系客户，远程确认故障",
    ]);
    d.ok(&["ticket", "assign", "T-1", "--to", "liugong"]);
    d.ok(&["ticket", "start", "T-1"]);
    d.ok(&["parts", "use", "FAN-01", "--qty", "1", "--ticket", "T-1"]);
    d.now = "2026-12-02 10:00".into();
    d.ok(&[
        "ticket",
        "resolve",
        "T-1",
        "--resolution",
        "更换风扇电机后运行正常",
        "--hours",
        "2",
    ]);
    d.now = "2026-12-02 10:00".into();
    d.ok(&[
        "complaint",
        "open",
        "--customer",
        &c,
        "--category",
        "late_delivery",
        "--description",
        "订单承诺三天送达，一周仍未收到",
    ]);
    d.ok(&[
        "complaint",
        "open",
        "--customer",
        &c,
        "--category",
        "damaged",
        "--description",
        "收到时外包装破损，机身侧面有划痕",
    ]);
    d.now = "2026-12-02 15:00".into();
    d.ok(&["complaint", "investigate", "C-1", "--note", "核实物流记录"]);
    d.ok(&[
        "complaint",
        "plan",
        "C-1",
        "--text",
        "补偿运费并加急配送",
        "--owner",
        "zhu",
        "--due",
        "2026-12-05 10:00",
    ]);
    d.now = "2026-12-03 09:00".into();
    d.ok(&["ticket", "assign", "T-2", "--to", "liugong"]);
    d.ok(&["ticket", "start", "T-2"]);
    d.now = "2026-12-03 10:00".into();
    let cb = d.json(&["callback", "list"]);
    let cb = cb[0]["id"].as_str().unwrap().to_string();
    d.ok(&[
        "callback",
        "record",
        &cb,
        "--result",
        "satisfied",
        "--score",
        "5",
    ]);
    d.now = "2026-12-04 10:00".into();
    d.ok(&[
        "complaint",
        "investigate",
        "C-2",
        "--note",
        "请客户提供照片",
    ]);
    d.ok(&[
        "complaint",
        "plan",
        "C-2",
        "--text",
        "换货",
        "--owner",
        "zhu",
        "--due",
        "2026-12-08 10:00",
    ]);
    d.ok(&[
        "complaint",
        "resolve",
        "C-1",
        "--outcome",
        "已加急送达并补偿运费",
        "--compensation",
        "50",
    ]);
    d.now = "2026-12-10 10:00".into();
    d.ok(&[
        "ticket",
        "resolve",
        "T-2",
        "--resolution",
        "更换密封圈后不再渗水",
        "--hours",
        "1",
    ]);
    d.now = "2026-12-15 14:00".into();
    d.ok(&[
        "incident",
        "declare",
        "--title",
        "暴雨应急演练",
        "--kind",
        "disaster",
        "--region",
        "深圳",
        "--drill",
    ]);
    d.now = "2026-12-30 10:00".into();
    assert_eq!(open(&d, "display", "屏幕出现横向条纹并持续闪烁"), "T-3");
    d.now = "2027-01-05 09:00".into();
    d
}

fn monthly(d: &Desk) -> Value {
    d.json(&["report", "monthly", "--month", "2026-12"])
}

fn rows<'a>(j: &'a Value, section: &str) -> &'a Vec<Value> {
    j[section]
        .as_array()
        .unwrap_or_else(|| panic!("no section {section}: {j}"))
}

fn sum(j: &Value, section: &str, col: &str) -> i64 {
    rows(j, section)
        .iter()
        .map(|r| r[col].as_i64().unwrap_or(0))
        .sum()
}

fn find<'a>(j: &'a Value, section: &str, key: &str, value: &str) -> &'a Value {
    rows(j, section)
        .iter()
        .find(|r| r[key] == value)
        .unwrap_or_else(|| panic!("no {key}={value} in {section}: {}", j[section]))
}

#[test]
fn json_has_every_section_as_an_array_of_row_objects() {
    let d = month();
    let j = monthly(&d);
    let keys: Vec<&str> = j.as_object().unwrap().keys().map(|k| k.as_str()).collect();
    let mut want = SECTIONS.to_vec();
    want.sort_unstable();
    assert_eq!(keys, want);
    for s in SECTIONS {
        assert!(rows(&j, s).iter().all(Value::is_object), "{s}");
    }
}

#[test]
fn volume_counts_opened_resolved_closed_and_the_backlog_at_month_end() {
    let d = month();
    let j = monthly(&d);
    let v = find(&j, "volume", "channel", "phone");
    assert_eq!(v["kind"], "repair");
    assert_eq!(
        (
            &v["opened"],
            &v["resolved"],
            &v["closed"],
            &v["cancelled"],
            &v["backlog"]
        ),
        (&3.into(), &2.into(), &1.into(), &0.into(), &1.into())
    );
    // The same figures as the list command for the same days.
    let listed = d.json(&[
        "ticket",
        "list",
        "--since",
        "2026-12-01",
        "--until",
        "2026-12-31",
    ]);
    assert_eq!(
        sum(&j, "volume", "opened"),
        listed.as_array().unwrap().len() as i64
    );
    // December 1st: two opened; December 2nd: one resolved, two complaints.
    let day1 = &rows(&j, "daily")[0];
    assert_eq!(
        (&day1["date"], &day1["opened"]),
        (&"2026-12-01".into(), &2.into())
    );
    let day2 = &rows(&j, "daily")[1];
    assert_eq!(
        (&day2["resolved"], &day2["complaints_opened"]),
        (&1.into(), &2.into())
    );
    assert_eq!(rows(&j, "daily").len(), 31);
}

#[test]
fn sla_counts_met_breached_and_pending_per_metric() {
    let d = month();
    let j = monthly(&d);
    let m = |metric: &str| {
        let r = find(&j, "sla", "metric", metric);
        (
            r["met"].as_i64().unwrap(),
            r["breached"].as_i64().unwrap(),
            r["pending"].as_i64().unwrap(),
        )
    };
    assert_eq!(m("first_response"), (1, 2, 0));
    assert_eq!(m("resolve"), (1, 1, 0));
    assert_eq!(m("plan"), (1, 1, 0));
    assert_eq!(find(&j, "sla", "metric", "resolve")["met_pct"], 50.0);
    // Reported on Dec 30 itself, T-3's first response is not due yet: pending.
    let mut early = month();
    early.now = "2026-12-30 12:00".into();
    let j = early.json(&["report", "monthly", "--month", "2026-12"]);
    let fr = find(&j, "sla", "metric", "first_response");
    assert_eq!((&fr["breached"], &fr["pending"]), (&1.into(), &1.into()));
}

#[test]
fn resolution_times_are_business_hours_on_the_policy_calendar() {
    let d = month();
    let j = monthly(&d);
    // Tue 09:00 → Wed 10:00: 3 h + 4.5 h on Tuesday, 1 h on Wednesday.
    let noise = find(&j, "resolution", "category", "noise");
    assert_eq!(noise["resolved"], 1);
    assert_eq!(noise["mean_business_hours"], 8.5);
    assert_eq!(noise["median_business_hours"], 8.5);
    // Tue Dec 1 09:00 → Thu Dec 10 10:00: seven full working days and one hour.
    let leak = find(&j, "resolution", "category", "leak");
    assert_eq!(leak["mean_business_hours"], 53.5);
}

#[test]
fn top_problems_rank_category_and_product_against_last_month() {
    let d = month();
    let j = monthly(&d);
    let top = rows(&j, "top_problems");
    assert_eq!(top.len(), 3);
    assert!(
        top.iter()
            .all(|r| r["product"] == "AT-100" && r["count"] == 1)
    );
    assert_eq!(top[0]["rank"], 1);
    assert_eq!(top[0]["last_month"], 0);
    assert_eq!(top[0]["change"], 1);
    // January against December: noise on the AT-100 again, so no change.
    let c = d.json(&["customer", "list"])[0]["id"]
        .as_str()
        .unwrap()
        .to_string();
    d.ok(&[
        "ticket",
        "open",
        "--customer",
        &c,
        "--category",
        "noise",
        "--product",
        "AT-100",
        "--description",
        "风扇转动时又出现咔咔异响",
    ]);
    let jan = d.json(&["report", "monthly", "--month", "2027-01"]);
    let top = rows(&jan, "top_problems");
    assert_eq!(top.len(), 1);
    assert_eq!(
        (&top[0]["count"], &top[0]["last_month"], &top[0]["change"]),
        (&1.into(), &1.into(), &0.into())
    );
}

#[test]
fn complaints_satisfaction_parts_costs_engineers_and_drills() {
    let d = month();
    let j = monthly(&d);
    let late = find(&j, "complaints", "category", "late_delivery");
    assert_eq!(
        (
            &late["opened"],
            &late["resolved"],
            &late["compensation"],
            &late["backlog"]
        ),
        (&1.into(), &1.into(), &50.0.into(), &0.into())
    );
    let damaged = find(&j, "complaints", "category", "damaged");
    assert_eq!(
        (&damaged["resolved"], &damaged["backlog"]),
        (&0.into(), &1.into())
    );
    let listed = d.json(&[
        "complaint",
        "list",
        "--since",
        "2026-12-01",
        "--until",
        "2026-12-31",
    ]);
    assert_eq!(
        sum(&j, "complaints", "opened"),
        listed.as_array().unwrap().len() as i64
    );

    let s = find(&j, "satisfaction", "about", "ticket");
    assert_eq!(
        (
            &s["done"],
            &s["satisfied"],
            &s["satisfied_pct"],
            &s["mean_score"]
        ),
        (&1.into(), &1.into(), &100.0.into(), &5.0.into())
    );

    let p = find(&j, "parts", "sku", "FAN-01");
    assert_eq!(
        (&p["used"], &p["used_cost"], &p["received"], &p["on_hand"]),
        (&1.into(), &50.0.into(), &3.into(), &2.into())
    );

    let repair = find(&j, "costs", "category", "repair");
    assert_eq!(repair["actual"], 240.0);
    assert_eq!(repair["budget_share"], 16666.67);
    assert_eq!(repair["year_budget"], 200000.0);
    assert_eq!(find(&j, "costs", "category", "parts")["actual"], 50.0);

    let e = find(&j, "engineers", "engineer", "liugong");
    assert_eq!(
        (
            &e["resolved"],
            &e["resolved_in_time"],
            &e["sla_pct"],
            &e["hours"]
        ),
        (&2.into(), &1.into(), &50.0.into(), &3.0.into())
    );
    assert_eq!(
        (&e["callbacks"], &e["mean_score"]),
        (&1.into(), &5.0.into())
    );

    let drill = find(&j, "incidents", "kind", "drill");
    let real = find(&j, "incidents", "kind", "incident");
    assert_eq!(
        (&drill["declared"], &real["declared"]),
        (&1.into(), &0.into())
    );
}

#[test]
fn table_format_heads_every_section() {
    let d = month();
    let out = d.ok(&["report", "monthly", "--month", "2026-12"]);
    for s in SECTIONS {
        assert!(out.contains(&format!("== {s} — ")), "{s}:\n{out}");
    }
    assert!(out.contains("tickets: 3 opened, 2 resolved"), "{out}");
}

#[test]
fn csv_writes_one_section_and_needs_section() {
    let d = month();
    let csv = d.ok(&[
        "--format",
        "csv",
        "report",
        "monthly",
        "--month",
        "2026-12",
        "--section",
        "top_problems",
    ]);
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(lines[0], "rank,category,product,count,last_month,change");
    assert_eq!(lines.len(), 4);
    let err = d.fails(&["--format", "csv", "report", "monthly"], 2);
    assert!(err.contains("--section"), "{err}");
    assert!(
        err.contains("hint:") && SECTIONS.iter().all(|s| err.contains(s)),
        "{err}"
    );
    d.fails(&["report", "monthly", "--section", "nonsense"], 2);
    // One section in JSON is still an object keyed by its name.
    let one = d.json(&[
        "report",
        "monthly",
        "--month",
        "2026-12",
        "--section",
        "sla",
    ]);
    assert_eq!(one.as_object().unwrap().len(), 1);
    assert_eq!(rows(&one, "sla").len(), 3);
}

#[test]
fn month_defaults_to_the_last_full_month_and_bad_months_are_refused() {
    let d = month();
    assert_eq!(d.json(&["report", "monthly"]), monthly(&d));
    for bad in ["2026-13", "2026-1", "12-2026", "next", "2026-00"] {
        let err = d.fails(&["report", "monthly", "--month", bad], 2);
        assert!(err.contains("--month"), "{err}");
    }
    let err = d.fails(&["report", "monthly", "--month", "2027-02"], 2);
    assert!(err.contains("not started"), "{err}");
}

#[test]
fn reports_never_write_and_read_while_a_writer_holds_the_lock() {
    let d = month();
    let before = d.snapshot();
    monthly(&d);
    d.ok(&["report", "monthly", "--month", "2026-12"]);
    d.ok(&[
        "report",
        "sla",
        "--since",
        "2026-12-01",
        "--until",
        "2026-12-31",
    ]);
    d.ok(&[
        "--format", "html", "report", "monthly", "--month", "2026-12", "--out", "r.html",
    ]);
    assert_eq!(before, d.snapshot());
    // Another command is in the middle of a write: the report still runs.
    let conn = rusqlite::Connection::open(d.db()).unwrap();
    conn.execute_batch("BEGIN IMMEDIATE; UPDATE counters SET value = value WHERE 0;")
        .unwrap();
    let j = monthly(&d);
    assert_eq!(sum(&j, "volume", "opened"), 3);
    conn.execute_batch("ROLLBACK").unwrap();
}

#[test]
fn html_is_one_self_contained_page_with_charts_and_escaped_text() {
    let d = month();
    d.add_staff("evil", "engineer", &[]);
    d.ok(&[
        "staff",
        "add",
        "evil2",
        "--name",
        "<img src=x onerror=alert(1)>",
        "--role",
        "engineer",
    ]);
    let mut d = d;
    d.now = "2026-12-20 10:00".into();
    d.ok(&[
        "parts",
        "add",
        "EVIL-1",
        "--name",
        "<script>alert('x')</script>&\"",
        "--unit-cost",
        "1",
    ]);
    d.ok(&["parts", "receive", "EVIL-1", "--qty", "1"]);
    d.now = "2027-01-05 09:00".into();
    let out = d.ok(&[
        "--format",
        "html",
        "report",
        "monthly",
        "--month",
        "2026-12",
        "--out",
        "review.html",
    ]);
    assert!(out.contains("review.html"), "{out}");
    let path = d.path("review.html");
    let html = std::fs::read_to_string(&path).unwrap();
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert!(html.contains("<html lang=\"zh-CN\">"));
    assert!(html.contains("Noto Sans CJK SC"));
    assert!(html.matches("<svg").count() >= 5, "charts");
    for s in SECTIONS {
        assert!(html.contains(&format!("id=\"{s}\"")), "{s}");
    }
    assert!(!html.contains("http://") && !html.contains("https://"));
    assert!(!html.contains("<script") && !html.contains("<img"));
    assert!(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&amp;&quot;"));
    assert!(html.contains("&lt;img src=x onerror=alert(1)&gt;"));
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&path).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
    }
}

#[test]
fn html_needs_out_and_is_only_for_the_monthly_review() {
    let d = month();
    let err = d.fails(&["--format", "html", "report", "monthly"], 2);
    assert!(err.contains("--out"), "{err}");
    d.fails(&["--format", "html", "ticket", "list"], 2);
    d.fails(&["--format", "html", "report", "sla"], 2);
    assert!(!d.path("r.html").exists());
}

#[test]
fn period_reports_reuse_the_sections() {
    let d = month();
    let j = monthly(&d);
    let p = |what: &str| {
        d.json(&[
            "report",
            what,
            "--since",
            "2026-12-01",
            "--until",
            "2026-12-31",
        ])
    };
    assert_eq!(&p("complaints"), &j["complaints"]);
    assert_eq!(&p("engineers"), &j["engineers"]);
    assert_eq!(&p("sla"), &j["sla"]);
    assert_eq!(&p("parts"), &j["parts"]);
    // The default is the 30 days ending today: Dec 7 to Jan 5 holds T-2's resolution only.
    let e = d.json(&["report", "engineers"]);
    let e = e
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["engineer"] == "liugong")
        .unwrap();
    assert_eq!(e["resolved"], 1);
    let err = d.fails(
        &[
            "report",
            "sla",
            "--since",
            "2026-12-31",
            "--until",
            "2026-12-01",
        ],
        2,
    );
    assert!(err.contains("before"), "{err}");
    d.fails(&["report", "parts", "--since", "2026-02-30"], 2);
}

#[test]
fn reports_need_the_permission() {
    let d = month();
    d.add_staff("xiaoli", "agent", &[]);
    let o = d.run_as("xiaoli", &["report", "monthly"]);
    assert_eq!(o.status.code(), Some(5));
}

/// The demo desk of the README: six months of activity before --now.
fn demo() -> Desk {
    let d = Desk::bare("2027-01-20 09:00");
    d.ok(&["init", "--demo"]);
    d
}

#[test]
fn the_demo_is_deterministic_for_a_given_now() {
    let a = demo();
    let b = demo();
    let args = ["report", "monthly", "--month", "2026-12"];
    assert_eq!(a.json(&args), b.json(&args));
    let tickets = ["--format", "csv", "ticket", "list"];
    assert_eq!(a.ok(&tickets), b.ok(&tickets));
    let c = Desk::bare("2027-01-21 09:00");
    c.ok(&["init", "--demo"]);
    assert_ne!(a.ok(&tickets), c.ok(&tickets));
}

#[test]
fn every_section_of_the_demo_month_has_rows_and_agrees_with_the_lists() {
    let d = demo();
    let j = d.json(&["report", "monthly", "--month", "2026-12"]);
    for s in SECTIONS {
        assert!(!rows(&j, s).is_empty(), "section {s} is empty");
    }
    let listed = d.json(&[
        "ticket",
        "list",
        "--since",
        "2026-12-01",
        "--until",
        "2026-12-31",
    ]);
    assert_eq!(
        sum(&j, "volume", "opened"),
        listed.as_array().unwrap().len() as i64
    );
    let complaints = d.json(&[
        "complaint",
        "list",
        "--since",
        "2026-12-01",
        "--until",
        "2026-12-31",
    ]);
    assert_eq!(
        sum(&j, "complaints", "opened"),
        complaints.as_array().unwrap().len() as i64
    );
    let out = d.ok(&[
        "--format",
        "html",
        "report",
        "monthly",
        "--month",
        "2026-12",
        "--out",
        "demo.html",
    ]);
    assert!(out.contains("demo.html"));
}

#[test]
fn the_demo_months_are_busy_and_varied() {
    let d = demo();
    for m in ["2026-08", "2026-09", "2026-10", "2026-11", "2026-12"] {
        let j = d.json(&["report", "monthly", "--month", m]);
        assert!(sum(&j, "volume", "opened") >= 30, "{m}: tickets");
        assert!(sum(&j, "complaints", "opened") >= 5, "{m}: complaints");
        assert!(rows(&j, "volume").len() >= 4, "{m}: kinds and channels");
        assert!(
            rows(&j, "top_problems").len() >= 5,
            "{m}: categories × products"
        );
        assert!(
            rows(&j, "engineers")
                .iter()
                .filter(|e| e["resolved"].as_i64() > Some(0))
                .count()
                >= 3,
            "{m}: engineers"
        );
    }
    // Over the six months: breaches, reopens, escalations, mixed callbacks, parts, costs.
    let period = |what: &str| serde_json::json!({what: d.json(&["report", what, "--since", "2026-07-20", "--until", "2027-01-20"])});
    let j = period("sla");
    assert!(
        rows(&j, "sla")
            .iter()
            .all(|r| r["breached"].as_i64() > Some(0))
    );
    let j = period("complaints");
    assert!(sum(&j, "complaints", "escalated") > 0);
    assert!(sum(&j, "complaints", "major") > 0);
    let all = d.json(&["report", "monthly", "--month", "2026-12"]);
    let sat = rows(&all, "satisfaction");
    for col in ["satisfied", "unsatisfied", "reopened"] {
        assert!(
            sat.iter().map(|r| r[col].as_i64().unwrap()).sum::<i64>() > 0,
            "{col}"
        );
    }
    let tickets = d.json(&["ticket", "list"]);
    let statuses: std::collections::BTreeSet<&str> = tickets
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["status"].as_str().unwrap())
        .collect();
    for s in ["closed", "cancelled"] {
        assert!(statuses.contains(s), "{s}: {statuses:?}");
    }
    let j = period("parts");
    assert!(sum(&j, "parts", "used") > 0 && sum(&j, "parts", "ordered") > 0);
    assert!(sum(&j, "parts", "scrapped") > 0);
    let costs = rows(&all, "costs");
    assert!(
        costs
            .iter()
            .any(|c| c["actual"].as_f64() > Some(0.0) && c["budget_share"].as_f64() > Some(0.0))
    );
    // Customers joined over time, not all at once.
    let customers = d.json(&["customer", "list"]);
    let created: std::collections::BTreeSet<&str> = customers
        .as_array()
        .unwrap()
        .iter()
        .map(|c| &c["created_at"].as_str().unwrap()[..7])
        .collect();
    assert!(created.len() >= 8, "{created:?}");
    assert!(created.contains("2026-12"), "{created:?}");
}
