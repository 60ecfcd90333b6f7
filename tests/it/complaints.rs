//! Complaints: grade, owner, plan deadline, remedy, the duplicate rule, the lifecycle,
//! escalation and notes.

use crate::Desk;
use crate::sla::example_desk;

/// A customer who bought an AT-100 (received 2026-11-12) and, long ago, an AT-9.
fn desk_with_purchases() -> (Desk, String) {
    let d = example_desk("2026-11-22 10:00");
    let c = d.add_customer("张三", "13812345678", &[]);
    d.ok(&[
        "product",
        "add",
        "AT-100",
        "--name",
        "空气净化器",
        "--manufacturer-contact",
        "400-800-1100",
    ]);
    d.ok(&["product", "add", "AT-9", "--name", "旧款加湿器"]);
    d.ok(&[
        "purchase",
        "add",
        "--customer",
        &c,
        "--product",
        "AT-9",
        "--value",
        "199",
        "--purchased",
        "2024-03-01",
        "--serial",
        "SN-OLD",
        "--order",
        "DD-2024",
    ]);
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
        "2026-11-10",
        "--received",
        "2026-11-12",
        "--serial",
        "SN-NEW",
        "--order",
        "DD-2026",
    ]);
    (d, c)
}

fn open_args<'a>(customer: &'a str, category: &'a str, description: &'a str) -> Vec<&'a str> {
    vec![
        "complaint",
        "open",
        "--customer",
        customer,
        "--category",
        category,
        "--description",
        description,
    ]
}

#[test]
fn smoke_makes_a_complaint_major_owned_by_the_manager_due_in_48_hours() {
    let (d, c) = desk_with_purchases();
    let mut a = open_args(&c, "quality", "使用两天后机身冒烟，有焦味");
    a.extend(["--demand", "换新机并赔偿"]);
    let j = d.json(&a);
    assert_eq!(j["id"], "C-1");
    assert_eq!(j["severity"], "major");
    assert_eq!(j["severity_rule"], "description mentions \"冒烟\"");
    assert_eq!(j["owner_role"], "manager");
    assert_eq!(j["team"], true);
    assert_eq!(j["opened_at"], "2026-11-22T10:00:00+08:00");
    assert_eq!(j["plan_due"], "2026-11-24T10:00:00+08:00");
    assert_eq!(j["status"], "open");
    assert_eq!(j["demand"], "换新机并赔偿");

    // The table shows the same to a person.
    let out = d.ok(&open_args(&c, "damaged", "开箱时外壳已经破裂"));
    for want in [
        "C-2",
        "ordinary",
        "supervisor",
        "2026-11-23 10:00",
        "exchange",
    ] {
        assert!(out.contains(want), "{want} missing in\n{out}");
    }
    // -q prints only the id.
    let q = d.ok(&[
        "-q",
        "complaint",
        "open",
        "--customer",
        &c,
        "--category",
        "courier",
        "--description",
        "快递员态度恶劣，拒绝送货上楼",
    ]);
    assert_eq!(q, "C-3\n");
}

#[test]
fn major_can_be_given_but_a_keyword_cannot_be_downgraded() {
    let (d, c) = desk_with_purchases();
    let mut a = open_args(&c, "late_delivery", "整个小区的订单都延误了一周");
    a.extend(["--severity", "major"]);
    let j = d.json(&a);
    assert_eq!(j["severity"], "major");
    assert_eq!(j["severity_rule"], "--severity major");
    let mut a = open_args(&c, "quality", "充电时插头起火");
    a.extend(["--severity", "ordinary"]);
    let j = d.json(&a);
    assert_eq!(j["severity"], "major");
    assert_eq!(j["owner_role"], "manager");
    d.fails(
        &[
            "complaint",
            "open",
            "--customer",
            &c,
            "--category",
            "courier",
            "--description",
            "快递员态度恶劣",
            "--severity",
            "huge",
        ],
        2,
    );
}

#[test]
fn remedy_follows_the_warranty_of_the_named_or_latest_purchase() {
    let (mut d, c) = desk_with_purchases();
    // Latest purchase, received 10 days ago: exchange.
    let j = d.json(&open_args(&c, "quality", "滤网卡扣断裂，无法安装"));
    assert_eq!(j["remedy"], "exchange");
    assert_eq!(j["purchase"], 2);
    let rule = j["remedy_rule"].as_str().unwrap();
    assert!(rule.contains("received 2026-11-12"), "{rule}");
    assert!(rule.contains("within exchange_within 15d"), "{rule}");

    // The old purchase, by serial or by order: past repair_within → manufacturer + contact.
    let mut a = open_args(&c, "missing_parts", "加湿器缺少水箱盖");
    a.extend(["--serial", "SN-OLD", "--force"]);
    let j = d.json(&a);
    assert_eq!(j["remedy"], "manufacturer");
    assert_eq!(j["purchase"], 1);
    let rule = j["remedy_rule"].as_str().unwrap();
    assert!(rule.contains("past repair_within 365d"), "{rule}");
    assert!(rule.contains("no manufacturer contact on record"), "{rule}");

    let mut a = open_args(&c, "damaged", "运输中外壳压坏");
    a.extend(["--order", "DD-2026"]);
    d.now = "2026-12-20 10:00".into();
    let j = d.json(&a);
    assert_eq!(j["remedy"], "repair");
    assert_eq!(j["purchase"], 2);

    d.now = "2027-12-20 10:00".into();
    let mut a = open_args(&c, "quality", "风扇异响越来越大");
    a.extend(["--serial", "SN-NEW", "--force"]);
    let j = d.json(&a);
    assert_eq!(j["remedy"], "manufacturer");
    assert!(
        j["remedy_rule"]
            .as_str()
            .unwrap()
            .contains("manufacturer service: 400-800-1100")
    );

    // Other categories: the policy's handling step.
    let j = d.json(&open_args(&c, "late_delivery", "快递超过约定时间三天未到"));
    assert!(
        j["remedy"]
            .as_str()
            .unwrap()
            .starts_with("check the courier tracking"),
        "{j}"
    );
    assert_eq!(j["remedy_rule"], "complaints.handling.late_delivery");

    // Unknown serial or order: not found, nothing written.
    let before = d.snapshot();
    let mut a = open_args(&c, "quality", "滤网卡扣断裂，无法安装");
    a.extend(["--serial", "SN-NOPE"]);
    d.fails(&a, 3);
    let mut a = open_args(&c, "quality", "滤网卡扣断裂，无法安装");
    a.extend(["--order", "DD-NOPE"]);
    d.fails(&a, 3);
    assert_eq!(before, d.snapshot());
}

#[test]
fn a_warranty_category_without_a_purchase_asks_for_proof() {
    let d = example_desk("2026-11-22 10:00");
    let c = d.add_customer("李四", "13912345678", &[]);
    let j = d.json(&open_args(&c, "quality", "屏幕出现一条竖线"));
    assert_eq!(j["remedy"], serde_json::Value::Null);
    assert!(
        j["remedy_rule"]
            .as_str()
            .unwrap()
            .contains("no purchase on record")
    );
}

#[test]
fn a_second_open_complaint_of_the_same_kind_is_refused_unless_forced() {
    let (mut d, c) = desk_with_purchases();
    d.ok(&open_args(&c, "late_delivery", "快递超过约定时间三天未到"));
    let before = d.snapshot();
    let err = d.fails(&open_args(&c, "late_delivery", "还是没有收到快递"), 4);
    assert!(err.contains("C-1"), "{err}");
    assert!(err.contains("--force"), "{err}");
    assert_eq!(before, d.snapshot());

    // Another category is no duplicate.
    d.ok(&open_args(&c, "courier", "快递员电话不接"));
    // --force opens anyway and says so.
    let mut a = open_args(&c, "late_delivery", "还是没有收到快递");
    a.push("--force");
    let j = d.json(&a);
    assert_eq!(j["id"], "C-3");
    assert_eq!(j["forced"], true);
    assert_eq!(j["forced_over"], "C-1");
    let hist = d.json(&["history", "C-3"]);
    assert!(
        hist[0]["new"]
            .as_str()
            .unwrap()
            .contains("\"forced_over\":\"C-1\"")
    );

    // Past the 30-day window the old ones no longer count.
    d.now = "2026-12-23 10:00".into();
    let j = d.json(&open_args(&c, "late_delivery", "新订单又延误了"));
    assert_eq!(j["forced"], false);
}

#[test]
fn a_resolved_complaint_is_no_duplicate() {
    let (d, c) = desk_with_purchases();
    d.add_staff("wang", "supervisor", &[]);
    d.ok(&open_args(&c, "courier", "快递员电话不接"));
    d.ok(&["complaint", "investigate", "C-1", "--note", "联系快递站点"]);
    d.ok(&[
        "complaint",
        "plan",
        "C-1",
        "--text",
        "更换快递员",
        "--owner",
        "wang",
        "--due",
        "2026-11-23 18:00",
    ]);
    d.ok(&[
        "complaint",
        "resolve",
        "C-1",
        "--outcome",
        "已更换快递员送达",
    ]);
    d.ok(&open_args(&c, "courier", "新的快递员也不接电话"));
}

#[test]
fn bad_input_is_refused_and_changes_nothing() {
    let (d, c) = desk_with_purchases();
    let before = d.snapshot();
    let err = d.fails(&open_args(&c, "other", "说不清楚的问题"), 2);
    assert!(
        err.contains("late_delivery"),
        "hint lists the categories: {err}"
    );
    d.fails(&open_args("KH19990101001", "courier", "快递员电话不接"), 3);
    d.fails(&open_args(&c, "courier", "   "), 2);
    d.fails(&open_args(&c, "courier", &"长".repeat(30_000)), 2);
    let mut a = open_args(&c, "courier", "快递员电话不接");
    a.extend(["--ticket", "T-99"]);
    d.fails(&a, 3);
    let mut a = open_args(&c, "courier", "快递员电话不接");
    a.extend(["--ticket", "T-x"]);
    d.fails(&a, 2);
    let mut a = open_args(&c, "courier", "快递员电话不接");
    a.extend(["--serial", "SN-NEW", "--order", "DD-2026"]);
    let o = d.run(&a);
    assert_eq!(o.status.code(), Some(2));
    d.fails(&["complaint", "show", "C-1"], 3);
    d.fails(&["complaint", "investigate", "C-1", "--note", "x"], 3);
    d.fails(&["complaint", "show", "C-1; DROP TABLE complaints"], 2);
    assert_eq!(before, d.snapshot());
}

#[test]
fn the_lifecycle_moves_only_along_the_allowed_steps() {
    let (mut d, c) = desk_with_purchases();
    d.add_staff("wang", "supervisor", &[]);
    d.add_staff("gone", "agent", &[]);
    d.ok(&["staff", "deactivate", "gone"]);
    d.ok(&open_args(&c, "not_as_described", "实物颜色与页面描述不符"));

    let before = d.snapshot();
    let err = d.fails(
        &[
            "complaint",
            "plan",
            "C-1",
            "--text",
            "退货",
            "--owner",
            "wang",
            "--due",
            "2026-11-23 18:00",
        ],
        4,
    );
    assert!(err.contains("C-1 is open"), "{err}");
    assert!(
        err.contains("allowed from open: investigate, escalate, note"),
        "{err}"
    );
    d.fails(&["complaint", "resolve", "C-1", "--outcome", "x"], 4);
    d.fails(&["complaint", "close", "C-1"], 4);
    d.fails(&["complaint", "reopen", "C-1", "--reason", "x"], 4);
    assert_eq!(before, d.snapshot());

    d.now = "2026-11-22 11:00".into();
    assert_eq!(
        d.ok(&[
            "complaint",
            "investigate",
            "C-1",
            "--note",
            "核对商品页面描述"
        ]),
        "C-1 investigating\n"
    );
    let j = d.json(&["complaint", "show", "C-1"]);
    assert_eq!(j["owner"], "admin", "the investigator owns it until a plan");

    // A plan needs a real, active owner and a future due time.
    let before = d.snapshot();
    let plan = |owner: &'static str, due: &'static str| {
        vec![
            "complaint",
            "plan",
            "C-1",
            "--text",
            "补发正确颜色并赠送优惠券",
            "--owner",
            owner,
            "--due",
            due,
        ]
    };
    d.fails(&plan("nobody", "2026-11-25 18:00"), 3);
    d.fails(&plan("gone", "2026-11-25 18:00"), 4);
    d.fails(&plan("wang", "2026-11-21 18:00"), 2);
    d.fails(&plan("wang", "tomorrow"), 2);
    assert_eq!(before, d.snapshot());

    d.now = "2026-11-23 09:00".into();
    d.ok(&plan("wang", "2026-11-25 18:00"));
    let j = d.json(&["complaint", "show", "C-1"]);
    assert_eq!(j["status"], "planned");
    assert_eq!(j["plan_met"], true, "planned before 2026-11-23 10:00");
    assert_eq!(j["plan_owner"], "wang");
    assert_eq!(j["owner"], "wang");
    assert_eq!(j["plan_complete_by"], "2026-11-25T18:00:00+08:00");

    d.fails(
        &[
            "complaint",
            "resolve",
            "C-1",
            "--outcome",
            "已补发",
            "--compensation",
            "abc",
        ],
        2,
    );
    d.fails(
        &[
            "complaint",
            "resolve",
            "C-1",
            "--outcome",
            "已补发",
            "--compensation",
            "-5",
        ],
        2,
    );
    d.now = "2026-11-25 10:00".into();
    let j = d.json(&[
        "complaint",
        "resolve",
        "C-1",
        "--outcome",
        "已补发正确颜色，客户满意",
        "--compensation",
        "20",
    ]);
    assert_eq!(j["status"], "resolved");
    assert_eq!(j["compensation"], 20.0);
    assert_eq!(j["resolved_at"], "2026-11-25T10:00:00+08:00");
    let err = d.fails(&["complaint", "escalate", "C-1", "--reason", "客户不满"], 4);
    assert!(
        err.contains("allowed from resolved: close, reopen, note"),
        "{err}"
    );
    d.ok(&["complaint", "close", "C-1"]);
    d.fails(&["complaint", "close", "C-1"], 4);

    // Reopen: back to investigating with a fresh 24 h plan clock.
    d.now = "2026-11-28 15:00".into();
    let j = d.json(&[
        "complaint",
        "reopen",
        "C-1",
        "--reason",
        "补发的商品仍是错误颜色",
    ]);
    assert_eq!(j["status"], "investigating");
    assert_eq!(j["plan_due"], "2026-11-29T15:00:00+08:00");
    assert_eq!(j["reopen_count"], 1);
    assert_eq!(j["plan_met"], serde_json::Value::Null);
    assert_eq!(j["closed_at"], serde_json::Value::Null);
    assert_eq!(j["outcome"], serde_json::Value::Null);

    // A plan made after its deadline is recorded as not met.
    d.now = "2026-11-30 09:00".into();
    d.ok(&plan("wang", "2026-12-02 18:00"));
    let j = d.json(&["complaint", "show", "C-1"]);
    assert_eq!(j["plan_met"], false);

    let actions: Vec<String> = j["timeline"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["action"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(
        actions,
        [
            "complaint.open",
            "complaint.investigate",
            "complaint.plan",
            "complaint.resolve",
            "complaint.close",
            "complaint.reopen",
            "complaint.plan"
        ]
    );
}

#[test]
fn escalation_goes_up_the_ladder_and_brings_a_team_at_the_manager() {
    let (d, c) = desk_with_purchases();
    d.ok(&open_args(&c, "service_attitude", "客服挂断电话两次"));
    let j = d.json(&[
        "complaint",
        "escalate",
        "C-1",
        "--reason",
        "客户要求主管以上处理",
    ]);
    assert_eq!(j["owner_role"], "manager");
    assert_eq!(j["escalation_level"], "manager");
    assert_eq!(j["team"], true);
    let before = d.snapshot();
    let err = d.fails(&["complaint", "escalate", "C-1", "--reason", "再次升级"], 4);
    assert!(err.contains("top of the escalation ladder"), "{err}");
    let err = d.fails(
        &[
            "complaint",
            "escalate",
            "C-1",
            "--to",
            "agent",
            "--reason",
            "降级",
        ],
        4,
    );
    assert!(err.contains("not above manager"), "{err}");
    let err = d.fails(
        &[
            "complaint",
            "escalate",
            "C-1",
            "--to",
            "finance",
            "--reason",
            "x",
        ],
        2,
    );
    assert!(err.contains("agent → supervisor → manager"), "{err}");
    d.fails(&["complaint", "escalate", "C-1", "--reason", " "], 2);
    assert_eq!(before, d.snapshot());

    let notes = d.json(&["complaint", "show", "C-1"])["notes"].clone();
    assert_eq!(
        notes[0]["text"],
        "escalated to manager: 客户要求主管以上处理"
    );
    assert_eq!(notes[0]["internal"], true);

    // --to jumps straight to a higher step.
    d.ok(&open_args(&c, "wrong_item", "收到的型号与订单不符"));
    let j = d.json(&[
        "complaint",
        "escalate",
        "C-2",
        "--to",
        "manager",
        "--reason",
        "涉及批量发错货",
    ]);
    assert_eq!(j["owner_role"], "manager");
}

#[test]
fn customer_facing_notes_are_checked_for_forbidden_phrases() {
    let (d, c) = desk_with_purchases();
    d.ok(&open_args(&c, "courier", "快递员电话不接"));
    let before = d.snapshot();
    let err = d.fails(
        &[
            "complaint",
            "note",
            "C-1",
            "--text",
            "这不关我的事，请找快递公司",
        ],
        4,
    );
    assert!(err.contains("\"这不关我的事\""), "{err}");
    assert!(
        err.contains("hint: say instead: 我来帮您联系负责的同事"),
        "{err}"
    );
    d.fails(
        &["complaint", "note", "C-1", "--text", "公司就 这么规定的"],
        4,
    );
    assert_eq!(before, d.snapshot());

    d.ok(&[
        "complaint",
        "note",
        "C-1",
        "--text",
        "已为您催促快递站点，今天下午送达",
    ]);
    d.ok(&[
        "complaint",
        "note",
        "C-1",
        "--internal",
        "--text",
        "站点说这不关我的事，需再跟进",
    ]);
    let j = d.json(&["complaint", "show", "C-1"]);
    let notes = j["notes"].as_array().unwrap();
    assert_eq!(notes.len(), 2);
    assert_eq!(notes[0]["internal"], false);
    assert_eq!(notes[1]["internal"], true);
    assert_eq!(j["status"], "open", "a note changes no status");
    let hist = d.json(&["history", "C-1"]);
    assert_eq!(hist.as_array().unwrap().len(), 3);
}

#[test]
fn list_filters_and_keeps_its_csv_columns() {
    let (mut d, c) = desk_with_purchases();
    let other = d.add_customer("李四", "13912345678", &[]);
    d.ok(&open_args(
        &c,
        "courier",
        "=HYPERLINK(\"http://x\") 快递员电话不接",
    ));
    d.now = "2026-11-24 10:00".into();
    d.ok(&open_args(&other, "quality", "机器冒烟"));
    d.ok(&open_args(&other, "late_delivery", "延误两天"));

    let csv = d.ok(&["--format", "csv", "complaint", "list"]);
    let mut lines = csv.lines();
    assert_eq!(
        lines.next().unwrap(),
        "id,customer,category,severity,status,owner_role,owner,opened_at,plan_due,resolved_at,closed_at,escalation_level,description"
    );
    let first = lines.next().unwrap();
    assert!(first.starts_with(&format!("C-3,{other},late_delivery,ordinary,open,supervisor,,2026-11-24 10:00:00,2026-11-25 10:00:00,,,supervisor,")), "{first}");
    let last = lines.last().unwrap();
    assert!(last.contains("\"'=HYPERLINK("), "formula guard: {last}");

    let ids = |args: &[&str]| -> Vec<String> {
        let mut a = vec!["complaint", "list"];
        a.extend_from_slice(args);
        d.json(&a)
            .as_array()
            .unwrap()
            .iter()
            .map(|r| r["id"].as_str().unwrap().to_string())
            .collect()
    };
    assert_eq!(ids(&[]), ["C-3", "C-2", "C-1"]);
    assert_eq!(ids(&["--customer", &other]), ["C-3", "C-2"]);
    assert_eq!(ids(&["--severity", "major"]), ["C-2"]);
    assert_eq!(ids(&["--category", "courier"]), ["C-1"]);
    assert_eq!(ids(&["--status", "open", "--limit", "1"]), ["C-3"]);
    assert_eq!(ids(&["--status", "closed"]), Vec::<String>::new());
    assert_eq!(ids(&["--since", "2026-11-23"]), ["C-3", "C-2"]);
    assert_eq!(ids(&["--until", "2026-11-22"]), ["C-1"]);
    d.fails(&["complaint", "list", "--category", "misc"], 2);
    d.fails(&["complaint", "list", "--status", "new"], 2);
    d.fails(&["complaint", "list", "--since", "2026-02-30"], 2);
}

#[test]
fn complaints_appear_in_the_customer_archive() {
    let (d, c) = desk_with_purchases();
    d.ok(&open_args(&c, "courier", "快递员电话不接"));
    d.ok(&open_args(&c, "quality", "机器冒烟"));
    let j = d.json(&["customer", "show", &c]);
    let list = j["complaints"].as_array().unwrap();
    assert_eq!(list.len(), 2);
    assert_eq!(list[0]["id"], "C-2", "newest first");
    assert_eq!(list[0]["severity"], "major");
    let table = d.ok(&["customer", "show", &c]);
    assert!(table.contains("complaints"), "{table}");
}

#[test]
fn agents_open_and_note_but_do_not_handle() {
    let (d, c) = desk_with_purchases();
    d.add_staff("xiaoli", "agent", &[]);
    let mut a = open_args(&c, "courier", "快递员电话不接");
    a.insert(0, "-q");
    let o = d.run_as("xiaoli", &a);
    assert_eq!(o.status.code(), Some(0));
    let o = d.run_as(
        "xiaoli",
        &["complaint", "note", "C-1", "--text", "已记录，马上跟进"],
    );
    assert_eq!(o.status.code(), Some(0));
    let before = d.snapshot();
    for args in [
        vec!["complaint", "investigate", "C-1", "--note", "x"],
        vec!["complaint", "escalate", "C-1", "--reason", "x"],
    ] {
        let o = d.run_as("xiaoli", &args);
        assert_eq!(o.status.code(), Some(5), "{args:?}");
    }
    assert_eq!(before, d.snapshot());
    let hist = d.json(&["history", "C-1"]);
    assert_eq!(hist[0]["actor"], "xiaoli");
}
