//! Callbacks: satisfaction calls after resolution, their results, and proactive calls.

use crate::Desk;

const NOISE: &str = "风扇转动时有咔咔异响，开机十分钟后出现";

/// A desk at Tue 2026-11-24 09:00 with one customer and one open remote ticket.
fn desk() -> (Desk, String, String) {
    let d = Desk::at("2026-11-24 09:00");
    let c = d.add_customer("张三", "13812345678", &["--region", "深圳"]);
    let t = d
        .ok(&[
            "-q",
            "ticket",
            "open",
            "--customer",
            &c,
            "--category",
            "noise",
            "--description",
            NOISE,
            "--mode",
            "remote",
        ])
        .trim()
        .to_string();
    d.ok(&["ticket", "start", &t]);
    (d, c, t)
}

fn resolve(d: &Desk, t: &str) {
    d.ok(&[
        "ticket",
        "resolve",
        t,
        "--resolution",
        "更换风扇轴承后异响消失",
    ]);
}

fn callbacks_of(d: &Desk, t: &str) -> Vec<serde_json::Value> {
    d.json(&["callback", "list"])
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c["source"] == t)
        .cloned()
        .collect()
}

#[test]
fn resolving_on_tuesday_afternoon_schedules_a_callback_due_friday_evening() {
    let (mut d, c, t) = desk();
    d.now = "2026-11-24 15:00".into();
    resolve(&d, &t);
    let cbs = callbacks_of(&d, &t);
    assert_eq!(cbs.len(), 1);
    assert_eq!(cbs[0]["due"], "2026-11-27T18:00:00+08:00");
    assert_eq!(cbs[0]["status"], "pending");
    assert_eq!(cbs[0]["customer"], c.as_str());
    let csv = d.ok(&["--format", "csv", "callback", "list"]);
    assert!(
        csv.starts_with(
            "id,source,customer,kind,reason,due,status,attempts,result,score,done_at\n"
        ),
        "{csv}"
    );
    assert!(csv.contains("CB-1,T-1,"), "{csv}");
}

#[test]
fn unsatisfied_reopens_and_the_next_resolution_brings_a_new_callback() {
    let (mut d, _, t) = desk();
    d.now = "2026-11-24 15:00".into();
    resolve(&d, &t);
    d.now = "2026-11-25 10:00".into();
    d.ok(&[
        "callback",
        "record",
        "CB-1",
        "--result",
        "unsatisfied",
        "--score",
        "2",
        "--note",
        "还是有异响",
    ]);
    let ticket = d.json(&["ticket", "show", &t]);
    assert_eq!(ticket["status"], "reopened");
    // A new resolve clock from the reopen: 3 working days from Wed 25th.
    assert_eq!(ticket["resolve_due"], "2026-11-30T18:00:00+08:00");
    d.ok(&["ticket", "start", &t]);
    d.now = "2026-11-26 11:00".into();
    resolve(&d, &t);
    let cbs = callbacks_of(&d, &t);
    assert_eq!(cbs.len(), 2, "{cbs:?}");
    assert_eq!(cbs[0]["result"], "unsatisfied");
    assert_eq!(cbs[1]["status"], "pending");
    d.ok(&[
        "callback",
        "record",
        "CB-2",
        "--result",
        "satisfied",
        "--score",
        "5",
    ]);
    assert_eq!(d.json(&["ticket", "show", &t])["status"], "closed");
    assert_eq!(d.json(&["callback", "show", "CB-2"])["score"], 5);
}

#[test]
fn three_unreachable_attempts_end_the_callback_and_a_fourth_is_refused() {
    let (mut d, _, t) = desk();
    d.now = "2026-11-24 15:00".into();
    resolve(&d, &t);
    d.now = "2026-11-27 10:00".into();
    d.ok(&["callback", "record", "CB-1", "--result", "unreachable"]);
    let cb = d.json(&["callback", "show", "CB-1"]);
    assert_eq!(cb["status"], "pending");
    assert_eq!(cb["attempts"], 1);
    // One working day later: Fri 27th → Mon 30th at close.
    assert_eq!(cb["due"], "2026-11-30T18:00:00+08:00");
    d.ok(&["callback", "record", "CB-1", "--result", "unreachable"]);
    d.ok(&["callback", "record", "CB-1", "--result", "unreachable"]);
    let cb = d.json(&["callback", "show", "CB-1"]);
    assert_eq!(cb["status"], "unreachable");
    assert_eq!(cb["attempts"], 3);
    // The source is closed where the rules allow: a remote ticket needs no sign-off.
    assert_eq!(d.json(&["ticket", "show", &t])["status"], "closed");
    let before = d.snapshot();
    let err = d.fails(&["callback", "record", "CB-1", "--result", "satisfied"], 4);
    assert!(err.contains("ended"), "{err}");
    assert_eq!(before, d.snapshot());
}

#[test]
fn satisfied_leaves_an_onsite_ticket_without_sign_off_resolved() {
    let d = Desk::at("2026-11-24 09:00");
    let c = d.add_customer("张三", "13812345678", &[]);
    let t = d
        .ok(&[
            "-q",
            "ticket",
            "open",
            "--customer",
            &c,
            "--category",
            "leak",
            "--description",
            "接口处持续漏水，地面有积水",
            "--mode",
            "onsite",
        ])
        .trim()
        .to_string();
    d.ok(&["ticket", "start", &t]);
    resolve(&d, &t);
    let out = d.ok(&[
        "callback",
        "record",
        "CB-1",
        "--result",
        "satisfied",
        "--score",
        "4",
    ]);
    assert!(out.contains("CB-1"));
    assert_eq!(d.json(&["ticket", "show", &t])["status"], "resolved");
    assert_eq!(d.json(&["callback", "show", "CB-1"])["status"], "done");
}

#[test]
fn bad_records_are_refused_and_change_nothing() {
    let (d, _, t) = desk();
    resolve(&d, &t);
    let before = d.snapshot();
    d.fails(
        &[
            "callback",
            "record",
            "CB-1",
            "--result",
            "satisfied",
            "--score",
            "6",
        ],
        2,
    );
    d.fails(
        &[
            "callback",
            "record",
            "CB-1",
            "--result",
            "satisfied",
            "--score",
            "0",
        ],
        2,
    );
    d.fails(
        &[
            "callback",
            "record",
            "CB-1",
            "--result",
            "unreachable",
            "--score",
            "3",
        ],
        2,
    );
    d.fails(&["callback", "record", "CB-1", "--result", "happy"], 2);
    d.fails(&["callback", "record", "CB-99", "--result", "satisfied"], 3);
    d.fails(&["callback", "record", "T-1", "--result", "satisfied"], 2);
    assert_eq!(before, d.snapshot());
}

#[test]
fn resolving_a_complaint_schedules_a_callback_too() {
    let d = Desk::at("2026-11-24 09:00");
    let c = d.add_customer("张三", "13812345678", &[]);
    let id = d
        .ok(&[
            "-q",
            "complaint",
            "open",
            "--customer",
            &c,
            "--category",
            "late_delivery",
            "--description",
            "下单十天仍未收到货物，物流无更新",
        ])
        .trim()
        .to_string();
    d.ok(&[
        "complaint",
        "investigate",
        &id,
        "--note",
        "联系快递公司核实",
    ]);
    d.ok(&[
        "complaint",
        "plan",
        &id,
        "--text",
        "补发并加急",
        "--owner",
        "admin",
        "--due",
        "2026-11-25 10:00",
    ]);
    d.ok(&["complaint", "resolve", &id, "--outcome", "已补发并加急配送"]);
    let cbs = callbacks_of(&d, &id);
    assert_eq!(cbs.len(), 1, "{:?}", d.json(&["callback", "list"]));
    d.ok(&["callback", "record", "CB-1", "--result", "unsatisfied"]);
    assert_eq!(
        d.json(&["complaint", "show", &id])["status"],
        "investigating"
    );
}

#[test]
fn overdue_callbacks_are_listed_and_checked_by_sla() {
    let (mut d, c, t) = desk();
    d.now = "2026-11-24 15:00".into();
    resolve(&d, &t);
    assert_eq!(
        d.json(&["callback", "list", "--overdue"])
            .as_array()
            .unwrap()
            .len(),
        0
    );
    d.now = "2026-11-28 09:00".into();
    assert_eq!(
        d.json(&["callback", "list", "--overdue"])
            .as_array()
            .unwrap()
            .len(),
        1
    );
    assert_eq!(
        d.json(&["callback", "list", "--due"])
            .as_array()
            .unwrap()
            .len(),
        1
    );
    let o = d.run(&[
        "--format",
        "csv",
        "sla",
        "check",
        "--kind",
        "callback",
        "--exit-code",
    ]);
    assert_eq!(o.status.code(), Some(10));
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(out.contains("callback,CB-1,"), "{out}");
    d.ok(&["sla", "check", "--apply", "--kind", "callback"]);
    let shown = d.json(&["customer", "show", &c]);
    assert_eq!(shown["callbacks"].as_array().unwrap().len(), 1);
    assert_eq!(shown["callbacks"][0]["id"], "CB-1");
}

#[test]
fn proactive_callbacks_are_scheduled_by_hand() {
    let (d, c, t) = desk();
    let id = d.ok(&[
        "-q",
        "callback",
        "schedule",
        "--customer",
        &c,
        "--about",
        &t,
        "--due",
        "2026-11-26 10:00",
        "--reason",
        "回访安装效果",
    ]);
    assert_eq!(id.trim(), "CB-1");
    let cb = d.json(&["callback", "show", "CB-1"]);
    assert_eq!(cb["kind"], "proactive");
    assert_eq!(cb["source"], "T-1");
    d.fails(
        &[
            "callback",
            "schedule",
            "--customer",
            "KH0",
            "--due",
            "2026-11-26 10:00",
            "--reason",
            "x",
        ],
        3,
    );
    d.fails(
        &[
            "callback",
            "schedule",
            "--customer",
            &c,
            "--due",
            "2026-11-31 10:00",
            "--reason",
            "x",
        ],
        2,
    );
    d.fails(
        &[
            "callback",
            "schedule",
            "--customer",
            &c,
            "--about",
            "T-77",
            "--due",
            "2026-11-26 10:00",
            "--reason",
            "x",
        ],
        3,
    );
}
