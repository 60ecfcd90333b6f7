//! Tickets: intake rules, the status machine, SLA clocks, notes, lists and imports.

use crate::Desk;

const NOISE: &str = "风扇转动时有咔咔异响，开机十分钟后出现";

/// A desk with 张三 in 深圳 who received an AT-100 (value 300) 5 days ago.
fn desk() -> (Desk, String) {
    let d = Desk::new();
    let c = d.add_customer("张三", "13812345678", &["--region", "深圳"]);
    d.ok(&[
        "product",
        "add",
        "AT-100",
        "--name",
        "空气净化器",
        "--manufacturer-contact",
        "400-800-1100",
    ]);
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
        "2026-11-15",
        "--received",
        "2026-11-17",
        "--serial",
        "SN-0001",
    ]);
    (d, c)
}

/// Open a ticket and return its id.
fn open(d: &Desk, customer: &str, category: &str, extra: &[&str]) -> String {
    let mut a = vec![
        "-q",
        "ticket",
        "open",
        "--customer",
        customer,
        "--category",
        category,
        "--description",
        NOISE,
    ];
    a.extend_from_slice(extra);
    d.ok(&a).trim().to_string()
}

fn show(d: &Desk, id: &str) -> serde_json::Value {
    d.json(&["ticket", "show", id])
}

#[test]
fn an_onsite_ticket_within_15_days_of_receipt_is_an_exchange() {
    let (d, c) = desk();
    let out = d.ok(&[
        "ticket",
        "open",
        "--customer",
        &c,
        "--category",
        "noise",
        "--mode",
        "onsite",
        "--description",
        NOISE,
    ]);
    let mut lines = out.lines();
    assert_eq!(lines.next(), Some("T-1"));
    assert!(out.contains("warranty: exchange"), "{out}");
    assert!(
        out.contains("received 2026-11-17, 5 days ago: within exchange_within 15d"),
        "{out}"
    );
    // Opened Sunday 10:00: first response 24h, resolve 3wd → Wed 18:00.
    assert!(out.contains("first response due 2026-11-23 10:00"), "{out}");
    assert!(out.contains("resolve due 2026-11-25 18:00"), "{out}");
    let t = show(&d, "T-1");
    assert_eq!(t["warranty"], "exchange");
    assert_eq!(t["mode"], "onsite");
    assert_eq!(t["status"], "new");
    assert_eq!(t["serial"], "SN-0001");
    assert_eq!(t["product"], "AT-100");
    // -q prints the id alone.
    assert_eq!(open(&d, &c, "leak", &[]), "T-2");
}

#[test]
fn warranty_turns_to_repair_then_manufacturer_with_its_contact() {
    let (d, c) = desk();
    d.ok(&[
        "purchase",
        "add",
        "--customer",
        &c,
        "--product",
        "AT-100",
        "--value",
        "200",
        "--purchased",
        "2026-09-01",
        "--serial",
        "SN-OLD",
    ]);
    d.ok(&[
        "purchase",
        "add",
        "--customer",
        &c,
        "--product",
        "AT-100",
        "--value",
        "200",
        "--purchased",
        "2025-03-01",
        "--received",
        "2025-03-03",
        "--serial",
        "SN-ANCIENT",
    ]);
    let out = d.ok(&[
        "ticket",
        "open",
        "--customer",
        &c,
        "--category",
        "noise",
        "--description",
        NOISE,
        "--serial",
        "SN-OLD",
    ]);
    assert!(out.contains("warranty: repair"), "{out}");
    assert!(
        out.contains("purchased 2026-09-01 (no received date), 82 days ago"),
        "{out}"
    );
    assert!(!out.contains("400-800-1100"), "{out}");
    let out = d.ok(&[
        "ticket",
        "open",
        "--customer",
        &c,
        "--category",
        "leak",
        "--description",
        NOISE,
        "--serial",
        "SN-ANCIENT",
    ]);
    assert!(out.contains("warranty: manufacturer"), "{out}");
    assert!(out.contains("past repair_within 365d"), "{out}");
    assert!(
        out.contains("manufacturer's service: 400-800-1100"),
        "{out}"
    );
    let t = show(&d, "T-2");
    assert_eq!(t["warranty"], "manufacturer");
    assert_eq!(t["manufacturer_contact"], "400-800-1100");
}

#[test]
fn the_purchase_is_the_serial_then_the_latest_of_the_product_then_the_latest() {
    let (d, c) = desk();
    d.ok(&["product", "add", "BX-9", "--name", "烤箱"]);
    d.ok(&[
        "purchase",
        "add",
        "--customer",
        &c,
        "--product",
        "BX-9",
        "--value",
        "100",
        "--purchased",
        "2025-06-01",
        "--received",
        "2025-06-02",
    ]);
    // Without --product or --serial: the latest purchase (the AT-100 of 2026).
    open(&d, &c, "noise", &[]);
    assert_eq!(show(&d, "T-1")["product"], "AT-100");
    open(&d, &c, "leak", &["--product", "BX-9"]);
    let t = show(&d, "T-2");
    assert_eq!(t["product"], "BX-9");
    assert_eq!(t["warranty"], "manufacturer");
    let before = d.snapshot();
    let err = d.fails(
        &[
            "ticket",
            "open",
            "--customer",
            &c,
            "--category",
            "display",
            "--description",
            NOISE,
            "--serial",
            "NOPE",
        ],
        3,
    );
    assert!(err.contains("no purchase with serial NOPE"), "{err}");
    let err = d.fails(
        &[
            "ticket",
            "open",
            "--customer",
            &c,
            "--category",
            "display",
            "--description",
            NOISE,
            "--product",
            "ZZ-1",
        ],
        3,
    );
    assert!(err.contains("no product ZZ-1"), "{err}");
    assert_eq!(before, d.snapshot());
}

#[test]
fn a_customer_without_purchases_gets_no_warranty_decision() {
    let d = Desk::new();
    let c = d.add_customer("李四", "13912345678", &[]);
    let out = d.ok(&[
        "ticket",
        "open",
        "--customer",
        &c,
        "--category",
        "noise",
        "--description",
        NOISE,
    ]);
    assert!(out.contains("no warranty decision"), "{out}");
    assert!(show(&d, "T-1")["warranty"].is_null());
}

#[test]
fn a_second_ticket_of_the_same_customer_and_category_is_refused_naming_the_first() {
    let (d, c) = desk();
    let first = open(&d, &c, "noise", &[]);
    let before = d.snapshot();
    let err = d.fails(
        &[
            "ticket",
            "open",
            "--customer",
            &c,
            "--category",
            "noise",
            "--description",
            "风扇又响了，声音比昨天更大",
        ],
        4,
    );
    assert!(err.contains(&first), "{err}");
    assert!(err.contains("--chase"), "{err}");
    assert_eq!(before, d.snapshot());
    // Another category is not a duplicate.
    assert_eq!(open(&d, &c, "leak", &[]), "T-2");
}

#[test]
fn chase_raises_the_open_tickets_priority_instead_of_opening_one() {
    let (d, c) = desk();
    let first = open(&d, &c, "noise", &[]);
    assert_eq!(show(&d, &first)["priority"], "normal");
    let out = d.ok(&[
        "ticket",
        "open",
        "--customer",
        &c,
        "--category",
        "noise",
        "--description",
        "客户再次来电催促上门",
        "--chase",
    ]);
    assert_eq!(out.lines().next(), Some(first.as_str()));
    assert!(out.contains("normal → high"), "{out}");
    let t = show(&d, &first);
    assert_eq!(t["priority"], "high");
    assert_eq!(t["chase_count"], 1);
    let notes = t["notes"].as_array().unwrap();
    assert!(
        notes[0]["text"]
            .as_str()
            .unwrap()
            .contains("customer chased")
    );
    let actions: Vec<&str> = t["timeline"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["action"].as_str().unwrap())
        .collect();
    assert_eq!(actions, vec!["ticket.open", "ticket.chase"]);
    // No new ticket was opened.
    assert_eq!(d.json(&["ticket", "list"]).as_array().unwrap().len(), 1);
    d.ok(&[
        "-q",
        "ticket",
        "open",
        "--customer",
        &c,
        "--category",
        "noise",
        "--description",
        "再次催促",
        "--chase",
    ]);
    assert_eq!(show(&d, &first)["priority"], "urgent");
    // Nothing open to chase in another category: a new ticket, and svc says so.
    let out = d.ok(&[
        "ticket",
        "open",
        "--customer",
        &c,
        "--category",
        "leak",
        "--description",
        NOISE,
        "--chase",
    ]);
    assert!(
        out.starts_with("T-2\n") && out.contains("no open leak ticket to chase"),
        "{out}"
    );
}

#[test]
fn force_opens_a_duplicate_and_records_it() {
    let (d, c) = desk();
    open(&d, &c, "noise", &[]);
    let out = d.ok(&[
        "ticket",
        "open",
        "--customer",
        &c,
        "--category",
        "noise",
        "--description",
        NOISE,
        "--force",
    ]);
    assert!(out.starts_with("T-2\n"), "{out}");
    assert!(out.contains("--force although T-1"), "{out}");
    assert_eq!(show(&d, "T-2")["forced"], true);
    assert_eq!(show(&d, "T-1")["forced"], false);
    let h = d.json(&["history", "T-2"]);
    assert!(
        h[0]["new"]
            .as_str()
            .unwrap()
            .contains("\"duplicate_of\":\"T-1\"")
    );
}

#[test]
fn the_duplicate_window_and_closed_tickets_end_the_duplicate_rule() {
    let (mut d, c) = desk();
    open(&d, &c, "noise", &[]);
    d.now = "2026-12-23 10:00".into(); // 31 days later: past duplicate_window 30d
    assert_eq!(open(&d, &c, "noise", &[]), "T-2");
    d.ok(&["ticket", "cancel", "T-2", "--reason", "opened in error"]);
    assert_eq!(open(&d, &c, "noise", &[]), "T-3");
    assert_eq!(show(&d, "T-3")["forced"], false);
}

#[test]
fn a_vague_description_is_refused_with_a_hint() {
    let (d, c) = desk();
    let before = d.snapshot();
    for (text, needle) in [
        ("坏了", "vague"),
        ("用户反映礼品坏了！", "vague"),
        ("产品无法正常使用", "vague"),
        ("不通电", "too short"),
    ] {
        let err = d.fails(
            &[
                "ticket",
                "open",
                "--customer",
                &c,
                "--category",
                "no_power",
                "--description",
                text,
            ],
            4,
        );
        assert!(err.contains(needle), "{text}: {err}");
        assert!(err.contains("hint: describe the symptom"), "{err}");
    }
    assert_eq!(before, d.snapshot());
    // A precise description that mentions 坏了 is fine.
    d.ok(&[
        "ticket",
        "open",
        "--customer",
        &c,
        "--category",
        "no_power",
        "--description",
        "电源适配器坏了，指示灯不亮",
    ]);
}

#[test]
fn vague_phrases_come_from_the_policy() {
    let (d, c) = desk();
    d.write(
        "policy.toml",
        "[tickets]\nvague_phrases = [\"不太好\"]\nmin_description_chars = 2\n",
    );
    d.fails(
        &[
            "ticket",
            "open",
            "--customer",
            &c,
            "--category",
            "noise",
            "--description",
            "产品不太好",
        ],
        4,
    );
    d.ok(&[
        "ticket",
        "open",
        "--customer",
        &c,
        "--category",
        "noise",
        "--description",
        "坏了",
    ]);
}

#[test]
fn a_customer_with_an_880_purchase_is_vip_and_starts_at_high() {
    let (d, c) = desk();
    d.ok(&[
        "purchase",
        "add",
        "--customer",
        &c,
        "--product",
        "AT-100",
        "--value",
        "880",
        "--purchased",
        "2026-11-20",
    ]);
    let out = d.ok(&[
        "ticket",
        "open",
        "--customer",
        &c,
        "--category",
        "noise",
        "--description",
        NOISE,
    ]);
    assert!(out.contains("priority high (VIP"), "{out}");
    let t = show(&d, "T-1");
    assert_eq!(t["priority"], "high");
    assert_eq!(t["vip"], true);
    // [sla.ticket.vip] first_response 8h; [sla.ticket.high] resolve 2wd.
    assert_eq!(t["first_response_due"], "2026-11-22T18:00:00+08:00");
    assert_eq!(t["resolve_due"], "2026-11-24T18:00:00+08:00");
    // A normal customer at the same moment keeps normal and 24h.
    let n = d.add_customer("李四", "13912345678", &[]);
    open(&d, &n, "noise", &[]);
    let t = show(&d, "T-2");
    assert_eq!(t["priority"], "normal");
    assert_eq!(t["first_response_due"], "2026-11-23T10:00:00+08:00");
}

/// Engineers for auto-assignment; returns the customer in 深圳.
fn engineers(d: &Desk) {
    d.add_staff(
        "zhao",
        "engineer",
        &["--skills", "noise,leak", "--region", "深圳"],
    );
    d.add_staff(
        "qian",
        "engineer",
        &["--skills", "noise", "--region", "深圳"],
    );
    d.add_staff(
        "sun",
        "engineer",
        &["--skills", "noise", "--region", "北京"],
    );
    d.add_staff("li", "agent", &["--skills", "noise", "--region", "深圳"]);
}

#[test]
fn assign_auto_picks_the_least_busy_skilled_engineer_of_the_region() {
    let (d, c) = desk();
    engineers(&d);
    let other = d.add_customer("王五", "13712345678", &["--region", "深圳"]);
    open(&d, &c, "noise", &[]);
    open(&d, &other, "noise", &[]);
    open(&d, &c, "leak", &[]);
    // Both 深圳 engineers have 0 open tickets: the tie goes to the lower id (qian).
    let out = d.ok(&["ticket", "assign", "T-1", "--auto"]);
    assert!(out.contains("T-1 assigned to qian"), "{out}");
    // Now qian holds one: zhao has fewer.
    d.ok(&["ticket", "assign", "T-2", "--auto"]);
    assert_eq!(show(&d, "T-2")["assignee"], "zhao");
    assert_eq!(show(&d, "T-2")["status"], "assigned");
    // leak: only zhao has the skill, even though he is busier.
    d.ok(&["ticket", "assign", "T-3", "--auto"]);
    assert_eq!(show(&d, "T-3")["assignee"], "zhao");
}

#[test]
fn assign_auto_says_why_nobody_fits() {
    let (d, c) = desk();
    engineers(&d);
    open(&d, &c, "display", &[]);
    let before = d.snapshot();
    let err = d.fails(&["ticket", "assign", "T-1", "--auto"], 4);
    assert!(
        err.contains("no engineer has the skill \"display\""),
        "{err}"
    );
    assert!(err.contains("hint:"), "{err}");
    assert_eq!(before, d.snapshot());
    let sh = d.add_customer("赵六", "13612345678", &["--region", "上海"]);
    open(&d, &sh, "noise", &[]);
    let before = d.snapshot();
    let err = d.fails(&["ticket", "assign", "T-2", "--auto"], 4);
    assert!(
        err.contains("works in 上海") && err.contains("北京"),
        "{err}"
    );
    assert_eq!(before, d.snapshot());
    d.add_staff(
        "zhou",
        "engineer",
        &["--skills", "noise", "--region", "上海"],
    );
    d.ok(&["staff", "deactivate", "zhou"]);
    let before = d.snapshot();
    let err = d.fails(&["ticket", "assign", "T-2", "--auto"], 4);
    assert!(err.contains("deactivated (zhou)"), "{err}");
    assert_eq!(before, d.snapshot());
}

#[test]
fn assign_to_needs_active_staff() {
    let (d, c) = desk();
    engineers(&d);
    open(&d, &c, "noise", &[]);
    d.ok(&["staff", "deactivate", "sun"]);
    let before = d.snapshot();
    d.fails(&["ticket", "assign", "T-1", "--to", "nobody"], 3);
    let err = d.fails(&["ticket", "assign", "T-1", "--to", "sun"], 4);
    assert!(err.contains("deactivated"), "{err}");
    assert_eq!(before, d.snapshot());
    d.ok(&["ticket", "assign", "T-1", "--to", "li"]);
    assert_eq!(show(&d, "T-1")["assignee"], "li");
    d.fails(&["ticket", "assign", "T-1", "--to", "li"], 4);
    d.fails(&["ticket", "assign", "T-1"], 2);
}

#[test]
fn close_needs_the_customers_sign_off_for_onsite_work() {
    let (d, c) = desk();
    open(&d, &c, "noise", &["--mode", "onsite"]);
    d.ok(&["ticket", "start", "T-1"]);
    d.ok(&["ticket", "resolve", "T-1", "--resolution", "更换风扇轴承"]);
    let before = d.snapshot();
    let err = d.fails(&["ticket", "close", "T-1"], 4);
    assert!(err.contains("sign-off"), "{err}");
    assert!(err.contains("ticket sign T-1 --by"), "{err}");
    assert_eq!(before, d.snapshot());
    d.ok(&["ticket", "sign", "T-1", "--by", "张三"]);
    d.ok(&["ticket", "close", "T-1"]);
    let t = show(&d, "T-1");
    assert_eq!(t["status"], "closed");
    assert_eq!(t["signed_by"], "张三");
    assert!(t["closed_at"].is_string());
    // Remote work needs no sign-off.
    open(&d, &c, "leak", &[]);
    d.ok(&["ticket", "start", "T-2"]);
    d.ok(&[
        "ticket",
        "resolve",
        "T-2",
        "--resolution",
        "电话指导用户重新安装密封圈",
    ]);
    d.ok(&["ticket", "close", "T-2"]);
}

#[test]
fn changes_outside_the_status_table_are_refused_naming_the_allowed_ones() {
    let (d, c) = desk();
    open(&d, &c, "noise", &[]);
    let before = d.snapshot();
    let err = d.fails(&["ticket", "close", "T-1"], 4);
    assert!(err.contains("cannot close T-1: it is new"), "{err}");
    assert!(
        err.contains(
            "allowed from new: assign → assigned, start → in_progress, cancel → cancelled"
        ),
        "{err}"
    );
    let err = d.fails(&["ticket", "resolve", "T-1", "--resolution", "已处理"], 4);
    assert!(err.contains("only inquiries"), "{err}");
    d.fails(&["ticket", "resume", "T-1"], 4);
    d.fails(&["ticket", "return", "T-1"], 4);
    assert_eq!(before, d.snapshot());
    d.ok(&[
        "ticket",
        "cancel",
        "T-1",
        "--reason",
        "客户重复报修，已合并",
    ]);
    let err = d.fails(&["ticket", "reopen", "T-1", "--reason", "x"], 4);
    assert!(err.contains("cancelled is final"), "{err}");
    d.fails(&["ticket", "start", "T-404"], 3);
}

#[test]
fn an_inquiry_can_be_resolved_straight_away() {
    let (d, c) = desk();
    open(&d, &c, "software", &["--kind", "inquiry"]);
    d.ok(&[
        "ticket",
        "resolve",
        "T-1",
        "--resolution",
        "告知用户如何恢复出厂设置",
    ]);
    let t = show(&d, "T-1");
    assert_eq!(t["status"], "resolved");
    assert_eq!(t["first_response_at"], t["resolved_at"]);
}

#[test]
fn the_take_back_path_and_the_whole_lifecycle_are_in_the_timeline() {
    let (mut d, c) = desk();
    engineers(&d);
    open(&d, &c, "noise", &["--mode", "onsite"]);
    d.ok(&["ticket", "assign", "T-1", "--to", "qian"]);
    d.ok(&["ticket", "schedule", "T-1", "--at", "2026-11-23 14:00"]);
    d.ok(&["ticket", "schedule", "T-1", "--at", "2026-11-23 15:00"]);
    d.now = "2026-11-23 15:00".into();
    d.ok(&["ticket", "start", "T-1"]);
    d.ok(&[
        "ticket",
        "handover",
        "T-1",
        "--items",
        "AT-100 ×1，风扇异响",
    ]);
    d.ok(&["ticket", "return", "T-1"]);
    d.ok(&[
        "ticket",
        "resolve",
        "T-1",
        "--resolution",
        "返厂更换电机",
        "--hours",
        "2.5",
    ]);
    d.ok(&["ticket", "sign", "T-1", "--by", "张三"]);
    d.ok(&["ticket", "close", "T-1"]);
    let t = show(&d, "T-1");
    assert_eq!(t["mode"], "takeback");
    assert_eq!(t["assignee"], "qian");
    assert_eq!(t["handover_items"], "AT-100 ×1，风扇异响");
    let actions: Vec<&str> = t["timeline"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["action"].as_str().unwrap())
        .collect();
    assert_eq!(
        actions,
        vec![
            "ticket.open",
            "ticket.assign",
            "ticket.schedule",
            "ticket.schedule",
            "ticket.start",
            "ticket.handover",
            "ticket.return",
            "ticket.resolve",
            "ticket.sign",
            "ticket.close"
        ]
    );
    // The timeline shows times as times, not epoch seconds.
    let schedule = &t["timeline"][2]["detail"];
    assert!(
        schedule
            .as_str()
            .unwrap()
            .contains("\"scheduled_at\":\"2026-11-23 14:00\""),
        "{schedule}"
    );
    // 2.5 h × labour_rate 80 = 200 as a labour cost.
    let costs = t["costs"].as_array().unwrap();
    assert_eq!(costs.len(), 1);
    assert_eq!(costs[0]["kind"], "labour");
    assert_eq!(costs[0]["amount"], 200.0);
    assert_eq!(t["cost_total"], 200.0);
    let text = d.ok(&["ticket", "show", "T-1"]);
    assert!(text.contains("timeline"), "{text}");
    assert!(d.ok(&["history", "T-1"]).contains("ticket.close"));
}

#[test]
fn start_on_a_new_ticket_assigns_the_acting_staff() {
    let (d, c) = desk();
    engineers(&d);
    open(&d, &c, "noise", &[]);
    let o = d.run_as("qian", &["ticket", "start", "T-1"]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let t = show(&d, "T-1");
    assert_eq!(t["assignee"], "qian");
    assert_eq!(t["status"], "in_progress");
    assert_eq!(t["first_response_at"], "2026-11-22T10:00:00+08:00");
}

#[test]
fn bad_times_and_hours_are_usage_errors_that_change_nothing() {
    let (d, c) = desk();
    open(&d, &c, "noise", &[]);
    d.ok(&["ticket", "assign", "T-1", "--to", "admin"]);
    let before = d.snapshot();
    d.fails(
        &["ticket", "schedule", "T-1", "--at", "2026-02-30 10:00"],
        2,
    );
    d.fails(
        &["ticket", "schedule", "T-1", "--at", "2026-11-01 10:00"],
        2,
    );
    d.ok(&["ticket", "start", "T-1"]);
    let before2 = d.snapshot();
    d.fails(
        &[
            "ticket",
            "resolve",
            "T-1",
            "--resolution",
            "ok",
            "--hours",
            "-2",
        ],
        2,
    );
    d.fails(&["ticket", "resolve", "T-1", "--resolution", "  "], 2);
    d.fails(
        &[
            "ticket",
            "wait",
            "T-1",
            "--for",
            "parts",
            "--until",
            "2026-11-01",
        ],
        2,
    );
    d.fails(&["ticket", "wait", "T-1", "--for", "money"], 2);
    assert_eq!(before2, d.snapshot());
    assert_ne!(before, before2);
    d.fails(
        &[
            "ticket",
            "open",
            "--customer",
            &c,
            "--category",
            "other",
            "--description",
            NOISE,
        ],
        2,
    );
    d.fails(
        &[
            "ticket",
            "open",
            "--customer",
            "KH0",
            "--category",
            "noise",
            "--description",
            NOISE,
        ],
        3,
    );
    d.fails(&["ticket", "show", "T-1; DROP TABLE tickets"], 2);
}

#[test]
fn a_customer_facing_note_with_a_forbidden_phrase_is_refused() {
    let (d, c) = desk();
    open(&d, &c, "noise", &[]);
    let before = d.snapshot();
    let err = d.fails(
        &["ticket", "note", "T-1", "--text", "这不关我的事，请找厂家"],
        4,
    );
    assert!(err.contains("\"这不关我的事\" at character 1"), "{err}");
    assert!(
        err.contains("hint: say instead: \"我来帮您联系负责的同事"),
        "{err}"
    );
    // ASCII or full-width comma: the same phrase.
    d.fails(
        &["ticket", "note", "T-1", "--text", "您要知道一分钱,一分货"],
        4,
    );
    d.fails(
        &["ticket", "note", "T-1", "--text", "您要知道一分钱，一分货"],
        4,
    );
    assert_eq!(before, d.snapshot());
    d.ok(&[
        "ticket",
        "note",
        "T-1",
        "--internal",
        "--text",
        "客户说“这不关我的事”是上次客服说的",
    ]);
    let t = show(&d, "T-1");
    assert_eq!(t["notes"][0]["internal"], true);
    assert!(
        t["first_response_at"].is_null(),
        "internal notes are no response"
    );
}

#[test]
fn a_customer_facing_note_meets_the_first_response_and_restarts_the_update_clock() {
    let (mut d, c) = desk();
    open(&d, &c, "noise", &[]);
    assert_eq!(show(&d, "T-1")["update_due"], "2026-11-24T18:00:00+08:00");
    d.now = "2026-11-23 09:30".into();
    d.ok(&[
        "ticket",
        "note",
        "T-1",
        "--text",
        "您好，工程师明天上午联系您上门",
    ]);
    let t = show(&d, "T-1");
    assert_eq!(t["first_response_at"], "2026-11-23T09:30:00+08:00");
    // 2wd from Mon 09:30: close of Wed.
    assert_eq!(t["update_due"], "2026-11-25T18:00:00+08:00");
    assert!(
        t["first_response_left"]
            .as_str()
            .unwrap()
            .starts_with("met")
    );
}

fn pause_policy(d: &Desk) {
    d.write(
        "policy.toml",
        "[calendar]\nworkdays = [\"mon\", \"tue\", \"wed\", \"thu\", \"fri\"]\n\
         hours = [\"09:00-12:00\", \"13:30-18:00\"]\n\
         holidays = [\"2026-10-01..2026-10-07\"]\n\
         extra_workdays = [\"2026-09-27\", \"2026-10-10\"]\n",
    );
}

#[test]
fn waiting_for_parts_pauses_the_clock_as_in_the_spec() {
    let mut d = Desk::at("2026-11-02 09:00");
    pause_policy(&d);
    let c = d.add_customer("张三", "13812345678", &[]);
    open(&d, &c, "noise", &[]);
    assert_eq!(show(&d, "T-1")["resolve_due"], "2026-11-05T18:00:00+08:00");
    d.now = "2026-11-02 10:00".into();
    d.ok(&["ticket", "start", "T-1"]);
    d.now = "2026-11-02 14:00".into();
    d.ok(&["ticket", "wait", "T-1", "--for", "parts"]);
    let t = show(&d, "T-1");
    assert_eq!(t["status"], "waiting_parts");
    assert_eq!(t["paused_since"], "2026-11-02T14:00:00+08:00");
    d.now = "2026-11-03 14:00".into();
    d.ok(&["ticket", "resume", "T-1"]);
    let t = show(&d, "T-1");
    assert_eq!(t["resolve_due"], "2026-11-06T18:00:00+08:00");
    assert!(t["paused_since"].is_null());
    assert_eq!(t["status"], "in_progress");
}

#[test]
fn waiting_for_a_status_outside_pause_on_does_not_pause() {
    let mut d = Desk::at("2026-11-02 09:00");
    d.write(
        "policy.toml",
        "[sla.ticket]\npause_on = [\"waiting_parts\"]\n",
    );
    let c = d.add_customer("张三", "13812345678", &[]);
    open(&d, &c, "noise", &[]);
    d.ok(&["ticket", "start", "T-1"]);
    d.now = "2026-11-02 14:00".into();
    d.ok(&[
        "ticket",
        "wait",
        "T-1",
        "--for",
        "customer",
        "--until",
        "2026-11-03 12:00",
    ]);
    assert!(show(&d, "T-1")["paused_since"].is_null());
    d.now = "2026-11-03 14:00".into();
    d.ok(&["ticket", "resume", "T-1"]);
    assert_eq!(show(&d, "T-1")["resolve_due"], "2026-11-05T18:00:00+08:00");
}

#[test]
fn opened_friday_evening_is_due_tuesday_counting_the_make_up_sunday() {
    let d = Desk::at("2026-09-25 17:00");
    pause_policy(&d);
    let c = d.add_customer("张三", "13812345678", &[]);
    open(&d, &c, "noise", &[]);
    assert_eq!(show(&d, "T-1")["resolve_due"], "2026-09-29T18:00:00+08:00");
}

#[test]
fn reopen_starts_the_resolve_clock_again() {
    let (mut d, c) = desk();
    open(&d, &c, "noise", &[]);
    d.ok(&["ticket", "start", "T-1"]);
    d.ok(&["ticket", "resolve", "T-1", "--resolution", "清理风扇灰尘"]);
    let t = show(&d, "T-1");
    assert!(t["update_due"].is_null());
    assert_eq!(
        t["resolve_left"].as_str().unwrap().split(' ').next(),
        Some("met")
    );
    d.now = "2026-11-30 10:00".into();
    d.ok(&[
        "ticket",
        "reopen",
        "T-1",
        "--reason",
        "客户反馈异响再次出现",
    ]);
    let t = show(&d, "T-1");
    assert_eq!(t["status"], "reopened");
    assert!(t["resolved_at"].is_null());
    assert!(t["resolution"].is_null());
    assert_eq!(t["reopen_count"], 1);
    assert_eq!(t["clock_start"], "2026-11-30T10:00:00+08:00");
    // Mon 2026-11-30 + 3wd → Thu 2026-12-03 18:00.
    assert_eq!(t["resolve_due"], "2026-12-03T18:00:00+08:00");
    assert!(
        t["notes"][0]["text"]
            .as_str()
            .unwrap()
            .contains("客户反馈异响再次出现")
    );
    d.ok(&["ticket", "start", "T-1"]);
}

#[test]
fn permissions_are_checked_per_verb() {
    let (d, c) = desk();
    d.add_staff("xiaoli", "agent", &[]);
    let o = d.run_as(
        "xiaoli",
        &[
            "ticket",
            "open",
            "--customer",
            &c,
            "--category",
            "noise",
            "--description",
            NOISE,
        ],
    );
    assert!(o.status.success());
    let before = d.snapshot();
    let o = d.run_as("xiaoli", &["ticket", "assign", "T-1", "--to", "xiaoli"]);
    assert_eq!(o.status.code(), Some(5));
    let o = d.run_as("xiaoli", &["ticket", "cancel", "T-1", "--reason", "x"]);
    assert_eq!(o.status.code(), Some(5));
    assert_eq!(before, d.snapshot());
}

#[test]
fn list_filters_sorts_and_keeps_its_csv_columns() {
    let (mut d, c) = desk();
    engineers(&d);
    let other = d.add_customer("王五", "13712345678", &["--region", "深圳"]);
    open(&d, &c, "noise", &[]);
    d.now = "2026-11-23 10:00".into();
    open(&d, &other, "leak", &["--priority", "urgent"]);
    open(&d, &c, "leak", &["--priority", "low"]);
    d.ok(&["ticket", "assign", "T-2", "--to", "zhao"]);
    let csv = d.ok(&["--format", "csv", "ticket", "list"]);
    let header = csv.lines().next().unwrap();
    assert!(header.starts_with(
        "id,customer,category,product,priority,status,assignee,channel,mode,kind,opened_at,first_response_due,resolve_due,resolved_at,closed_at,warranty,description"
    ), "{header}");
    assert_eq!(csv.lines().count(), 4);
    let ids = |args: &[&str]| -> Vec<String> {
        let mut a = vec!["ticket", "list"];
        a.extend_from_slice(args);
        d.json(&a)
            .as_array()
            .unwrap()
            .iter()
            .map(|t| t["id"].as_str().unwrap().to_string())
            .collect()
    };
    assert_eq!(ids(&[]), vec!["T-1", "T-2", "T-3"]);
    assert_eq!(ids(&["--customer", &c]), vec!["T-1", "T-3"]);
    assert_eq!(ids(&["--category", "leak"]), vec!["T-2", "T-3"]);
    assert_eq!(ids(&["--assignee", "zhao"]), vec!["T-2"]);
    assert_eq!(ids(&["--status", "new"]), vec!["T-1", "T-3"]);
    assert_eq!(ids(&["--sort", "priority"]), vec!["T-2", "T-1", "T-3"]);
    assert_eq!(
        ids(&["--sort", "priority", "--customer", &c, "--limit", "1"]),
        vec!["T-1"]
    );
    // urgent: 1wd → Tue 18:00, before T-1's Wed 18:00.
    assert_eq!(ids(&["--sort", "due"]), vec!["T-2", "T-1", "T-3"]);
    assert_eq!(ids(&["--since", "2026-11-23"]), vec!["T-2", "T-3"]);
    assert_eq!(ids(&["--until", "2026-11-22"]), vec!["T-1"]);
    assert_eq!(
        ids(&[
            "--since",
            "2026-11-23",
            "--category",
            "leak",
            "--sort",
            "opened"
        ]),
        vec!["T-2", "T-3"]
    );
    d.fails(&["ticket", "list", "--status", "done"], 2);
    d.fails(
        &[
            "ticket",
            "list",
            "--since",
            "2026-11-30",
            "--until",
            "2026-11-01",
        ],
        2,
    );
    let table = d.ok(&["ticket", "list"]);
    assert!(table.lines().next().unwrap().starts_with("id"), "{table}");
}

#[test]
fn overdue_lists_open_tickets_past_their_due_time() {
    let (mut d, c) = desk();
    open(&d, &c, "noise", &[]);
    open(&d, &c, "leak", &[]);
    d.ok(&[
        "ticket",
        "note",
        "T-2",
        "--text",
        "您好，已收到您的报修，工程师会尽快联系您",
    ]);
    d.now = "2026-11-23 11:00".into();
    // T-1 missed its 24h first response; T-2 answered in time.
    let ids: Vec<String> = d
        .json(&["ticket", "list", "--overdue"])
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["id"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(ids, vec!["T-1"]);
    d.now = "2026-11-26 09:00".into();
    assert_eq!(
        d.json(&["ticket", "list", "--overdue"])
            .as_array()
            .unwrap()
            .len(),
        2
    );
    d.ok(&["ticket", "start", "T-2"]);
    d.ok(&["ticket", "resolve", "T-2", "--resolution", "更换密封圈"]);
    assert_eq!(
        d.json(&["ticket", "list", "--overdue"])
            .as_array()
            .unwrap()
            .len(),
        1
    );
    let t = show(&d, "T-1");
    assert!(
        t["resolve_left"].as_str().unwrap().ends_with("over"),
        "{}",
        t["resolve_left"]
    );
}

#[test]
fn customer_show_lists_the_tickets_newest_first() {
    let (mut d, c) = desk();
    open(&d, &c, "noise", &[]);
    d.now = "2026-11-23 10:00".into();
    open(&d, &c, "leak", &[]);
    let s = d.json(&["customer", "show", &c]);
    let ids: Vec<&str> = s["tickets"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, vec!["T-2", "T-1"]);
}

#[test]
fn exported_tickets_import_into_a_fresh_desk_keeping_status_and_times() {
    let (mut d, c) = desk();
    engineers(&d);
    open(&d, &c, "noise", &["--mode", "onsite"]);
    open(&d, &c, "leak", &[]);
    d.ok(&["ticket", "assign", "T-1", "--to", "qian"]);
    d.ok(&["ticket", "start", "T-1"]);
    d.now = "2026-11-23 10:00".into();
    d.ok(&["ticket", "resolve", "T-1", "--resolution", "=清理风扇"]);
    let csv = d.ok(&["--format", "csv", "ticket", "list"]);
    let customers = d.ok(&["--reveal", "--format", "csv", "customer", "list"]);
    let staff = d.json(&["staff", "list"]);

    let mut e = Desk::new();
    e.now = d.now.clone();
    for s in staff.as_array().unwrap().iter().skip(1) {
        e.add_staff(s["id"].as_str().unwrap(), s["role"].as_str().unwrap(), &[]);
    }
    e.write("customers.csv", &customers);
    e.ok(&["customer", "import", "customers.csv"]);
    e.ok(&["product", "add", "AT-100", "--name", "空气净化器"]);
    let path = e.write("tickets.csv", &csv);
    let out = e.ok(&["ticket", "import", path.to_str().unwrap()]);
    assert!(out.contains("2 tickets imported"), "{out}");
    assert_eq!(e.ok(&["--format", "csv", "ticket", "list"]), csv);
    let t = e.json(&["ticket", "show", "T-1"]);
    assert_eq!(t["status"], "resolved");
    assert_eq!(t["resolution"], "=清理风扇");
    // The counter moved past the kept ids.
    assert_eq!(open(&e, &c, "display", &[]), "T-3");
    // One audit event for the whole import.
    let events = e.json(&["audit", "--entity", "tickets"]);
    assert_eq!(events.as_array().unwrap().len(), 1);
}

#[test]
fn import_without_ids_numbers_after_the_kept_ones() {
    let (d, c) = desk();
    let path = d.write(
        "t.csv",
        &format!("customer,category,description,id\n{c},noise,{NOISE},\n{c},leak,{NOISE},T-7\n"),
    );
    d.ok(&["ticket", "import", path.to_str().unwrap()]);
    let ids: Vec<String> = d
        .json(&["ticket", "list"])
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["id"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(ids, vec!["T-7", "T-8"]);
    assert_eq!(open(&d, &c, "display", &[]), "T-9");
}

#[test]
fn an_import_with_bad_rows_writes_nothing_and_names_each_problem() {
    let (d, c) = desk();
    open(&d, &c, "noise", &[]);
    let path = d.write(
        "bad.csv",
        &format!(
            "id,customer,category,status,opened_at,description\n\
             T-5,{c},noise,new,2026-11-01 10:00:00,{NOISE}\n\
             T-1,{c},noise,new,2026-11-01 10:00:00,{NOISE}\n\
             T-6,KH404,other,done,2026-02-30 10:00:00,{NOISE}\n\
             T-5,{c},leak,new,,{NOISE}\n"
        ),
    );
    let before = d.snapshot();
    let err = d.fails(&["ticket", "import", path.to_str().unwrap()], 8);
    assert!(err.contains("bad.csv:3: id: T-1 already exists"), "{err}");
    assert!(
        err.contains("bad.csv:4: customer: no customer KH404"),
        "{err}"
    );
    assert!(
        err.contains("bad.csv:4: status: unknown status \"done\""),
        "{err}"
    );
    assert!(err.contains("bad.csv:4: opened_at:"), "{err}");
    assert!(err.contains("bad.csv:4: category:"), "{err}");
    assert!(err.contains("bad.csv:5: id: T-5 appears twice"), "{err}");
    assert_eq!(before, d.snapshot());
    let path = d.write("hdr.csv", "customer,category,bogus\n");
    let err = d.fails(&["ticket", "import", path.to_str().unwrap()], 8);
    assert!(err.contains("bogus: unknown column"), "{err}");
    assert_eq!(before, d.snapshot());
}

fn ticket_indexes(d: &Desk) -> Vec<String> {
    let conn = rusqlite::Connection::open(d.db()).unwrap();
    let mut stmt = conn
        .prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'tickets' AND sql IS NOT NULL ORDER BY name")
        .unwrap();
    stmt.query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap()
}

#[test]
fn a_bulk_import_rebuilds_the_indexes_and_a_failed_one_keeps_them() {
    let (d, c) = desk();
    let indexes = ticket_indexes(&d);
    assert!(indexes.len() >= 5, "{indexes:?}");
    let mut sheet = String::from("customer,category,status,opened_at,description\n");
    for i in 0..12_000 {
        sheet.push_str(&format!(
            "{c},noise,closed,2026-10-01 09:00:00,{NOISE}，第{i}次报修记录，用于迁移旧系统的数据\n"
        ));
    }
    let good = sheet.clone();
    sheet.push_str(&format!("{c},noise,closed,2026-13-01 09:00:00,{NOISE}\n"));
    let bad = d.write("bad.csv", &sheet);
    let before = d.snapshot();
    let err = d.fails(&["ticket", "import", bad.to_str().unwrap()], 8);
    assert!(err.contains("bad.csv:12002: opened_at:"), "{err}");
    assert_eq!(before, d.snapshot());
    assert_eq!(ticket_indexes(&d), indexes);
    let path = d.write("good.csv", &good);
    d.ok(&["ticket", "import", path.to_str().unwrap()]);
    assert_eq!(ticket_indexes(&d), indexes);
    let listed = d.json(&[
        "ticket",
        "list",
        "--customer",
        &c,
        "--status",
        "closed",
        "--limit",
        "3",
    ]);
    assert_eq!(listed.as_array().unwrap().len(), 3);
}
