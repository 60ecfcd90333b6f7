//! Emergencies: incidents, drills, links and the outreach list.

use crate::Desk;
use crate::records::ticket;

/// Customers A and C bought AT-100 (A twice), B bought AT-200, D bought nothing.
fn desk_with_buyers() -> (Desk, [String; 4]) {
    let d = Desk::new();
    d.ok(&["product", "add", "AT-100", "--name", "空气净化器"]);
    d.ok(&["product", "add", "AT-200", "--name", "加湿器"]);
    let a = d.add_customer("张三", "13812345678", &["--region", "深圳"]);
    let b = d.add_customer("李四", "13912345678", &["--region", "深圳"]);
    let c = d.add_customer("王五", "13712345678", &["--region", "广州"]);
    let e = d.add_customer("赵六", "13612345678", &["--region", "深圳"]);
    for (who, model, serial, day) in [
        (&a, "AT-100", "SN-A1", "2026-03-01"),
        (&a, "AT-100", "SN-A2", "2026-09-01"),
        (&b, "AT-200", "SN-B1", "2026-05-01"),
        (&c, "AT-100", "SN-C1", "2026-06-01"),
    ] {
        d.ok(&[
            "purchase",
            "add",
            "--customer",
            who,
            "--product",
            model,
            "--serial",
            serial,
            "--value",
            "300",
            "--purchased",
            day,
        ]);
    }
    (d, [a, b, c, e])
}

#[test]
fn incident_customers_lists_exactly_the_buyers_of_the_product() {
    let (d, [a, _, c, _]) = desk_with_buyers();
    let id = d
        .ok(&[
            "-q",
            "incident",
            "declare",
            "--title",
            "AT-100 电源适配器过热",
            "--kind",
            "product_failure",
            "--product",
            "AT-100",
        ])
        .trim()
        .to_string();
    assert_eq!(id, "INC-1");
    let csv = d.ok(&["--format", "csv", "incident", "customers", "INC-1"]);
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(
        lines,
        [
            "customer,name,phone,region,product,serial,purchased",
            &format!("{a},张三,138****5678,深圳,AT-100,SN-A2,2026-09-01"),
            &format!("{c},王五,137****5678,广州,AT-100,SN-C1,2026-06-01"),
        ],
        "each buyer once, with the latest purchase of the product; phones masked"
    );
    let shown = d.ok(&["--reveal", "--format", "csv", "incident", "customers", "1"]);
    assert!(shown.contains("13812345678"), "{shown}");
    let pii = d.json(&["audit", "--entity", "pii"]);
    let new: serde_json::Value = serde_json::from_str(pii[0]["new"].as_str().unwrap()).unwrap();
    assert_eq!(new["command"], "incident.customers");
    assert_eq!(new["record"], "INC-1", "the reveal names the record shown");
}

#[test]
fn a_disaster_reaches_everyone_in_the_region() {
    let (d, [a, b, _, e]) = desk_with_buyers();
    d.ok(&[
        "incident",
        "declare",
        "--title",
        "台风过境",
        "--kind",
        "disaster",
        "--region",
        "深圳",
    ]);
    let rows = d.json(&["incident", "customers", "INC-1"]);
    let ids: Vec<&str> = rows
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["customer"].as_str().unwrap())
        .collect();
    assert_eq!(ids, [a.as_str(), b.as_str(), e.as_str()]);
    assert_eq!(
        rows[1]["product"], "AT-200",
        "their latest purchase of anything"
    );
    assert_eq!(
        rows[2]["product"],
        serde_json::Value::Null,
        "no purchase, still contacted"
    );
}

#[test]
fn incidents_link_existing_tickets_and_refuse_unknown_targets() {
    let (d, [a, ..]) = desk_with_buyers();
    ticket(
        &d,
        1,
        &a,
        "适配器发烫并有焦味",
        "in_progress",
        "2026-11-20 09:00",
        None,
    );
    d.ok(&[
        "incident",
        "declare",
        "--title",
        "适配器过热",
        "--kind",
        "product_failure",
        "--product",
        "AT-100",
    ]);
    assert!(
        d.ok(&["incident", "link", "INC-1", "T-1"])
            .contains("T-1 linked to INC-1")
    );
    let before = d.snapshot();
    for (target, code) in [("T-99", 3), ("C-1", 3), ("CB-1", 2), ("KH1", 2), ("t-1", 4)] {
        d.fails(&["incident", "link", "INC-1", target], code);
    }
    d.fails(&["incident", "link", "INC-9", "T-1"], 3);
    d.fails(&["incident", "customers", "INC-9"], 3);
    d.fails(&["incident", "link", "INC-x", "T-1"], 2);
    assert_eq!(before, d.snapshot());
    let list = d.json(&["incident", "list"]);
    assert_eq!(list[0]["linked"], "T-1");
}

#[test]
fn a_closed_incident_keeps_its_summary_and_takes_no_more_links() {
    let (d, [a, ..]) = desk_with_buyers();
    ticket(
        &d,
        1,
        &a,
        "适配器发烫并有焦味",
        "in_progress",
        "2026-11-20 09:00",
        None,
    );
    ticket(
        &d,
        2,
        &a,
        "适配器外壳变形",
        "in_progress",
        "2026-11-21 09:00",
        None,
    );
    d.ok(&[
        "incident",
        "declare",
        "--title",
        "适配器过热",
        "--kind",
        "product_failure",
        "--product",
        "AT-100",
    ]);
    d.ok(&["incident", "link", "1", "T-1"]);
    let closed = d.json(&[
        "incident",
        "close",
        "INC-1",
        "--summary",
        "召回适配器 37 个，全部更换",
    ]);
    assert_eq!(closed["status"], "closed");
    assert_eq!(closed["summary"], "召回适配器 37 个，全部更换");
    assert_eq!(closed["linked"], "T-1");
    let before = d.snapshot();
    d.fails(&["incident", "close", "INC-1", "--summary", "again"], 4);
    d.fails(&["incident", "link", "INC-1", "T-2"], 4);
    assert_eq!(before, d.snapshot());
    let history = d.json(&["history", "INC-1"]);
    let actions: Vec<&str> = history
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["action"].as_str().unwrap())
        .collect();
    assert_eq!(
        actions,
        ["incident.declare", "incident.link", "incident.close"]
    );
}

#[test]
fn drills_are_marked_and_counted_apart() {
    let (d, _) = desk_with_buyers();
    d.ok(&[
        "incident",
        "declare",
        "--title",
        "台风应急演练",
        "--kind",
        "disaster",
        "--region",
        "深圳",
        "--drill",
    ]);
    d.ok(&[
        "incident",
        "declare",
        "--title",
        "系统宕机",
        "--kind",
        "other",
    ]);
    let list = d.json(&["incident", "list"]);
    assert_eq!(list[0]["drill"], true);
    assert_eq!(list[1]["drill"], false);
    let table = d.ok(&["incident", "list"]);
    assert!(table.lines().next().unwrap().contains("drill"), "{table}");
    assert!(table.contains("1 incident and 1 drill declared"), "{table}");
    let open = d.json(&["incident", "list", "--status", "closed"]);
    assert_eq!(open.as_array().unwrap().len(), 0);
}

#[test]
fn declare_refuses_bad_input_and_changes_nothing() {
    let (d, _) = desk_with_buyers();
    d.add_staff("amy", "agent", &[]);
    let before = d.snapshot();
    for (args, code) in [
        (vec!["--title", "x", "--kind", "flood"], 2),
        (
            vec!["--title", "适配器过热", "--kind", "product_failure"],
            2,
        ),
        (vec!["--title", "台风", "--kind", "disaster"], 2),
        (
            vec![
                "--title",
                "适配器过热",
                "--kind",
                "product_failure",
                "--product",
                "ZZ-9",
            ],
            3,
        ),
        (vec!["--title", "  ", "--kind", "other"], 2),
        (vec!["--title", "a\u{7}b", "--kind", "other"], 2),
    ] {
        let mut a = vec!["incident", "declare"];
        a.extend(args);
        d.fails(&a, code);
    }
    let o = d.run_as(
        "amy",
        &[
            "incident",
            "declare",
            "--title",
            "系统宕机",
            "--kind",
            "other",
        ],
    );
    assert_eq!(o.status.code(), Some(5));
    assert_eq!(before, d.snapshot());
}
