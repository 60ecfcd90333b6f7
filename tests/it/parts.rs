//! Spare parts, suppliers, purchase orders, costs and the budget report.

use serde_json::Value;

use crate::Desk;

/// A ticket row for parts and costs to land on, with a customer to own it.
/// Inserted directly: the tests here are about parts, not the ticket workflow.
fn ticket(d: &Desk, id: i64, status: &str) -> String {
    let phone = format!("1381234{id:04}");
    let customer = d.add_customer("张三", &phone, &[]);
    let conn = rusqlite::Connection::open(d.db()).expect("open db");
    conn.execute(
        "INSERT INTO tickets(id, customer_id, category, description, priority, channel, mode, kind,
                             status, opened_at, clock_start, updated_at)
         VALUES (?1, ?2, 'noise', '风扇转动时有咔咔异响', 'normal', 'phone', 'onsite', 'repair',
                 ?3, 0, 0, 0)",
        rusqlite::params![id, customer, status],
    )
    .expect("insert ticket");
    format!("T-{id}")
}

fn desk_with_supplier() -> Desk {
    let d = Desk::new();
    d.ok(&[
        "supplier",
        "add",
        "acme",
        "--name",
        "华南配件",
        "--lead-time",
        "7",
    ]);
    d
}

fn reorder_csv(d: &Desk, extra: &[&str]) -> Vec<String> {
    let mut a = vec!["--format", "csv", "parts", "reorder"];
    a.extend_from_slice(extra);
    d.ok(&a).lines().map(str::to_string).collect()
}

#[test]
fn a_min_max_part_with_two_on_hand_reorders_twenty() {
    let d = desk_with_supplier();
    d.ok(&[
        "parts",
        "add",
        "FAN-01",
        "--name",
        "风扇电机",
        "--unit-cost",
        "35",
        "--supplier",
        "acme",
        "--min",
        "5",
        "--max",
        "20",
        "--pack",
        "5",
    ]);
    d.ok(&["parts", "receive", "FAN-01", "--qty", "2"]);
    let csv = reorder_csv(&d, &[]);
    assert_eq!(
        csv[0],
        "supplier,sku,name,on_hand,reserved,on_order,min,max,order_qty,unit_cost,line_cost"
    );
    assert_eq!(csv[1], "acme,FAN-01,风扇电机,2,0,0,5,20,20,35,700");
    assert_eq!(csv.len(), 2);
    let table = d.ok(&["parts", "reorder"]);
    assert!(table.contains("supplier acme: 1 line, 700 CNY"), "{table}");
    assert!(
        table.contains("available 2 ≤ min 5: 20 − 2 = 18 → pack 5 → 20"),
        "{table}"
    );
}

#[test]
fn a_part_above_its_minimum_is_not_ordered() {
    let d = desk_with_supplier();
    d.ok(&[
        "parts",
        "add",
        "FAN-01",
        "--name",
        "风扇电机",
        "--min",
        "5",
        "--max",
        "20",
    ]);
    d.ok(&["parts", "receive", "FAN-01", "--qty", "6"]);
    assert_eq!(reorder_csv(&d, &[]).len(), 1);
    let o = d.run(&["parts", "reorder", "--exit-code"]);
    assert_eq!(o.status.code(), Some(0));
}

#[test]
fn moq_lifts_a_small_order_to_the_minimum_quantity() {
    let d = desk_with_supplier();
    d.ok(&[
        "parts", "add", "SCR-3", "--name", "螺丝", "--min", "18", "--max", "20", "--moq", "12",
        "--pack", "5",
    ]);
    d.ok(&["parts", "receive", "SCR-3", "--qty", "18"]);
    let csv = reorder_csv(&d, &[]);
    assert!(
        csv[1].starts_with(",SCR-3,螺丝,18,0,0,18,20,15,"),
        "{csv:?}"
    );
}

#[test]
fn a_part_without_min_max_reorders_from_ninety_days_of_demand() {
    let d = desk_with_supplier();
    let t = ticket(&d, 1, "in_progress");
    d.ok(&[
        "parts",
        "add",
        "FLT-2",
        "--name",
        "滤网",
        "--unit-cost",
        "12.5",
        "--supplier",
        "acme",
        "--lead-time",
        "7",
    ]);
    let mut d = d;
    d.now = "2026-07-01 10:00".into();
    d.ok(&["parts", "receive", "FLT-2", "--qty", "145"]);
    // 100 days before now: outside the 90-day window, does not count.
    d.now = "2026-08-14 10:00".into();
    d.ok(&["parts", "use", "FLT-2", "--qty", "50", "--ticket", &t]);
    for day in ["2026-09-01 10:00", "2026-10-15 10:00", "2026-11-20 10:00"] {
        d.now = day.into();
        d.ok(&["parts", "use", "FLT-2", "--qty", "30", "--ticket", &t]);
    }
    d.now = "2026-11-22 10:00".into();
    let csv = reorder_csv(&d, &[]);
    assert_eq!(
        csv[1], "acme,FLT-2,滤网,5,0,0,10,40,35,12.5,437.5",
        "{csv:?}"
    );
    let table = d.ok(&["parts", "reorder"]);
    assert!(
        table.contains("used 90 in 90d: daily 1, min ⌈1 × (7 + 3)⌉ = 10"),
        "{table}"
    );
    let j = d.json(&["parts", "show", "FLT-2"]);
    assert_eq!(j["rule"], "demand");
    assert_eq!(j["reorder_min"], 10);
    assert_eq!(j["reorder_max"], 40);
    assert_eq!(j["min"], Value::Null);
}

#[test]
fn a_part_uses_its_suppliers_lead_time_when_it_has_none() {
    let d = desk_with_supplier();
    let t = ticket(&d, 1, "in_progress");
    d.ok(&[
        "parts",
        "add",
        "FLT-2",
        "--name",
        "滤网",
        "--supplier",
        "acme",
    ]);
    d.ok(&["parts", "receive", "FLT-2", "--qty", "95"]);
    d.ok(&["parts", "use", "FLT-2", "--qty", "90", "--ticket", &t]);
    let j = d.json(&["parts", "show", "FLT-2"]);
    assert_eq!(j["reorder_min"], 10, "{j}");
}

#[test]
fn apply_makes_one_draft_po_per_supplier_and_a_rerun_orders_nothing() {
    let d = desk_with_supplier();
    d.ok(&["supplier", "add", "bolt", "--name", "五金行"]);
    for (sku, supplier) in [("FAN-01", "acme"), ("FAN-02", "acme"), ("BOLT-1", "bolt")] {
        d.ok(&[
            "parts",
            "add",
            sku,
            "--name",
            "件",
            "--unit-cost",
            "2",
            "--supplier",
            supplier,
            "--min",
            "5",
            "--max",
            "20",
        ]);
    }
    let o = d.run(&["parts", "reorder", "--apply", "--exit-code"]);
    assert_eq!(o.status.code(), Some(10));
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(
        out.contains("created PO-1 (draft) for acme: 2 lines"),
        "{out}"
    );
    assert!(
        out.contains("created PO-2 (draft) for bolt: 1 line"),
        "{out}"
    );
    let pos = d.json(&["po", "list"]);
    assert_eq!(pos.as_array().unwrap().len(), 2);
    assert_eq!(pos[0]["status"], "draft");
    assert_eq!(pos[0]["ordered"], 40);
    let o = d.run(&["parts", "reorder", "--exit-code"]);
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stdout)
    );
    d.ok(&["parts", "reorder", "--apply"]);
    assert_eq!(d.json(&["po", "list"]).as_array().unwrap().len(), 2);
    let j = d.json(&["parts", "show", "FAN-01"]);
    assert_eq!(j["on_order"], 20);
    assert_eq!(j["available"], 20);
}

#[test]
fn reorder_for_one_supplier_and_parts_without_a_supplier() {
    let d = desk_with_supplier();
    d.ok(&[
        "parts",
        "add",
        "A-1",
        "--name",
        "甲",
        "--supplier",
        "acme",
        "--min",
        "1",
        "--max",
        "2",
    ]);
    d.ok(&[
        "parts", "add", "B-1", "--name", "乙", "--min", "1", "--max", "2",
    ]);
    let csv = reorder_csv(&d, &["--supplier", "acme"]);
    assert_eq!(csv.len(), 2);
    assert!(csv[1].starts_with("acme,A-1,"));
    d.fails(&["parts", "reorder", "--supplier", "nobody"], 3);
    let o = d.run(&["parts", "reorder", "--apply"]);
    assert!(String::from_utf8_lossy(&o.stderr).contains("no supplier: B-1"));
    assert_eq!(d.json(&["po", "list"]).as_array().unwrap().len(), 1);
    d.ok(&["parts", "edit", "B-1", "--supplier", "acme"]);
    d.ok(&["parts", "reorder", "--apply"]);
    assert_eq!(d.json(&["po", "list"]).as_array().unwrap().len(), 2);
}

#[test]
fn applying_a_reorder_needs_the_order_permission() {
    let d = desk_with_supplier();
    d.write(
        "policy.toml",
        "[roles.buyer]\ncan = [\"parts.reorder\", \"parts.list\"]\n",
    );
    d.add_staff("wang", "buyer", &[]);
    d.ok(&[
        "parts",
        "add",
        "A-1",
        "--name",
        "甲",
        "--supplier",
        "acme",
        "--min",
        "1",
        "--max",
        "2",
    ]);
    let before = d.snapshot();
    assert_eq!(
        d.run_as("wang", &["parts", "reorder", "--apply"])
            .status
            .code(),
        Some(5)
    );
    assert_eq!(d.snapshot(), before);
    assert!(d.run_as("wang", &["parts", "reorder"]).status.success());
}

#[test]
fn using_more_than_is_on_hand_is_refused_and_changes_nothing() {
    let d = desk_with_supplier();
    let t = ticket(&d, 1, "in_progress");
    d.ok(&["parts", "add", "FAN-01", "--name", "风扇电机"]);
    d.ok(&["parts", "receive", "FAN-01", "--qty", "3"]);
    let before = d.snapshot();
    let err = d.fails(&["parts", "use", "FAN-01", "--qty", "4", "--ticket", &t], 4);
    assert!(err.contains("only 3 on hand"), "{err}");
    d.fails(
        &["parts", "scrap", "FAN-01", "--qty", "4", "--reason", "坏"],
        4,
    );
    assert_eq!(d.snapshot(), before);
}

#[test]
fn parts_use_puts_quantity_times_unit_cost_on_the_ticket() {
    let d = desk_with_supplier();
    let t = ticket(&d, 7, "in_progress");
    d.ok(&[
        "parts",
        "add",
        "FAN-01",
        "--name",
        "风扇电机",
        "--unit-cost",
        "35.5",
    ]);
    d.ok(&["parts", "receive", "FAN-01", "--qty", "10"]);
    let out = d.ok(&["parts", "use", "FAN-01", "--qty", "3", "--ticket", "7"]);
    assert!(out.contains("FAN-01: -3 → 7 on hand"), "{out}");
    let costs = d.json(&["cost", "list", "--ticket", &t]);
    assert_eq!(costs[0]["kind"], "parts");
    assert_eq!(costs[0]["amount"], 106.5);
    assert_eq!(costs[0]["ticket"], "T-7");
    let history = d.ok(&["history", "T-7"]);
    assert!(history.contains("cost.add"), "{history}");
    let moves = d.json(&["parts", "show", "FAN-01"]);
    assert_eq!(moves["movements"][0]["kind"], "use");
    assert_eq!(moves["movements"][0]["ticket"], "T-7");
}

#[test]
fn parts_use_needs_an_existing_open_ticket() {
    let d = desk_with_supplier();
    let closed = ticket(&d, 2, "closed");
    let open = ticket(&d, 3, "in_progress");
    d.ok(&["parts", "add", "FAN-01", "--name", "风扇电机"]);
    d.ok(&["parts", "receive", "FAN-01", "--qty", "10"]);
    let before = d.snapshot();
    d.fails(
        &["parts", "use", "FAN-01", "--qty", "1", "--ticket", "T-99"],
        3,
    );
    d.fails(
        &["parts", "use", "FAN-01", "--qty", "1", "--ticket", &closed],
        4,
    );
    d.fails(
        &["parts", "use", "FAN-01", "--qty", "1", "--ticket", "C-2"],
        2,
    );
    d.fails(
        &["parts", "use", "NOPE", "--qty", "1", "--ticket", &open],
        3,
    );
    d.fails(
        &["parts", "use", "FAN-01", "--qty", "0", "--ticket", &open],
        2,
    );
    assert_eq!(d.snapshot(), before);
}

#[test]
fn a_scrap_without_a_reason_is_refused() {
    let d = desk_with_supplier();
    d.ok(&[
        "parts",
        "add",
        "FAN-01",
        "--name",
        "风扇电机",
        "--model-fit",
        "AT-100",
    ]);
    d.ok(&["parts", "receive", "FAN-01", "--qty", "5"]);
    let before = d.snapshot();
    let err = d.fails(&["parts", "scrap", "FAN-01", "--qty", "1"], 4);
    assert!(err.contains("reason"), "{err}");
    assert!(err.contains("hint:"), "{err}");
    d.fails(
        &["parts", "scrap", "FAN-01", "--qty", "1", "--reason", "  "],
        4,
    );
    assert_eq!(d.snapshot(), before);
}

#[test]
fn a_scrap_records_name_model_quantity_and_reason() {
    let d = desk_with_supplier();
    d.ok(&[
        "parts",
        "add",
        "FAN-01",
        "--name",
        "风扇电机",
        "--model-fit",
        "AT-100",
    ]);
    d.ok(&["parts", "receive", "FAN-01", "--qty", "5"]);
    d.ok(&[
        "parts",
        "scrap",
        "FAN-01",
        "--qty",
        "2",
        "--reason",
        "受潮锈蚀",
    ]);
    let j = d.json(&["parts", "show", "FAN-01"]);
    assert_eq!(j["on_hand"], 3);
    assert_eq!(j["movements"][0]["kind"], "scrap");
    assert_eq!(j["movements"][0]["qty"], -2);
    assert_eq!(j["movements"][0]["reason"], "受潮锈蚀");
    let events = d.json(&["audit", "--entity", "FAN-01"]);
    let scrap = events
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["action"] == "parts.scrap")
        .expect("a scrap event");
    let new: Value = serde_json::from_str(scrap["new"].as_str().unwrap()).unwrap();
    assert_eq!(new["part_name"], "风扇电机");
    assert_eq!(new["part_model"], "AT-100");
    assert_eq!(new["qty"], -2);
    assert_eq!(new["reason"], "受潮锈蚀");
}

#[test]
fn a_stocktake_records_the_count_and_the_variance() {
    let d = desk_with_supplier();
    d.ok(&["parts", "add", "FAN-01", "--name", "风扇电机"]);
    d.ok(&["parts", "receive", "FAN-01", "--qty", "10"]);
    let out = d.ok(&["parts", "count", "FAN-01", "--qty", "7"]);
    assert!(out.contains("variance -3"), "{out}");
    let j = d.json(&["parts", "show", "FAN-01"]);
    assert_eq!(j["on_hand"], 7);
    assert_eq!(j["movements"][0]["kind"], "count");
    assert_eq!(j["movements"][0]["counted"], 7);
    assert_eq!(j["movements"][0]["qty"], -3);
    d.fails(&["parts", "count", "FAN-01", "--qty", "-1"], 2);
}

#[test]
fn every_stock_change_is_a_movement_with_an_audit_event() {
    let d = desk_with_supplier();
    let t = ticket(&d, 1, "in_progress");
    d.ok(&["parts", "add", "FAN-01", "--name", "风扇电机"]);
    d.ok(&["parts", "receive", "FAN-01", "--qty", "10"]);
    d.ok(&["parts", "use", "FAN-01", "--qty", "1", "--ticket", &t]);
    d.ok(&["parts", "count", "FAN-01", "--qty", "8"]);
    d.ok(&["parts", "scrap", "FAN-01", "--qty", "1", "--reason", "摔坏"]);
    let j = d.json(&["parts", "show", "FAN-01"]);
    let kinds: Vec<&str> = j["movements"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["kind"].as_str().unwrap())
        .collect();
    assert_eq!(kinds, ["scrap", "count", "use", "receive"]);
    assert!(
        j["movements"]
            .as_array()
            .unwrap()
            .iter()
            .all(|m| m["actor"] == "admin")
    );
    let history = d.ok(&["history", "FAN-01"]);
    for action in [
        "parts.add",
        "parts.receive",
        "parts.use",
        "parts.count",
        "parts.scrap",
    ] {
        assert!(history.contains(action), "{action}: {history}");
    }
}

#[test]
fn parts_show_json_has_the_stock_fields() {
    let d = desk_with_supplier();
    d.ok(&[
        "parts",
        "add",
        "FAN-01",
        "--name",
        "风扇电机",
        "--min",
        "5",
        "--max",
        "20",
    ]);
    d.ok(&["parts", "receive", "FAN-01", "--qty", "4"]);
    let j = d.json(&["parts", "show", "FAN-01"]);
    for (k, v) in [
        ("sku", Value::from("FAN-01")),
        ("name", Value::from("风扇电机")),
        ("on_hand", Value::from(4)),
        ("reserved", Value::from(0)),
        ("on_order", Value::from(0)),
        ("min", Value::from(5)),
        ("max", Value::from(20)),
    ] {
        assert_eq!(j[k], v, "{k}");
    }
    d.fails(&["parts", "show", "NOPE"], 3);
}

#[test]
fn parts_list_low_shows_parts_at_or_below_min() {
    let d = desk_with_supplier();
    d.ok(&[
        "parts", "add", "LOW", "--name", "少", "--min", "5", "--max", "9",
    ]);
    d.ok(&[
        "parts", "add", "OK", "--name", "多", "--min", "5", "--max", "9",
    ]);
    d.ok(&["parts", "receive", "LOW", "--qty", "5"]);
    d.ok(&["parts", "receive", "OK", "--qty", "6"]);
    let low = d.json(&["parts", "list", "--low"]);
    let skus: Vec<&str> = low
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["sku"].as_str().unwrap())
        .collect();
    assert_eq!(skus, ["LOW"]);
    assert_eq!(d.json(&["parts", "list"]).as_array().unwrap().len(), 2);
}

#[test]
fn parts_list_filters_by_model() {
    let d = desk_with_supplier();
    d.ok(&[
        "parts",
        "add",
        "A",
        "--name",
        "甲",
        "--model-fit",
        "AT-100,AT-200",
    ]);
    d.ok(&[
        "parts",
        "add",
        "B",
        "--name",
        "乙",
        "--model-fit",
        "AT-1000",
    ]);
    let fits = d.json(&["parts", "list", "--fits", "AT-100"]);
    assert_eq!(fits.as_array().unwrap().len(), 1);
    assert_eq!(fits[0]["sku"], "A");
}

#[test]
fn bad_part_input_is_refused_and_changes_nothing() {
    let d = desk_with_supplier();
    d.ok(&["parts", "add", "FAN-01", "--name", "风扇电机"]);
    let before = d.snapshot();
    for (args, code) in [
        (&["parts", "add", "X", "--name", "x", "--min", "5"][..], 2),
        (
            &[
                "parts", "add", "X", "--name", "x", "--min", "5", "--max", "2",
            ],
            2,
        ),
        (&["parts", "add", "X", "--name", "x", "--pack", "0"], 2),
        (
            &["parts", "add", "X", "--name", "x", "--unit-cost", "-1"],
            2,
        ),
        (
            &["parts", "add", "X", "--name", "x", "--unit-cost", "NaN"],
            2,
        ),
        (
            &["parts", "add", "X", "--name", "x", "--supplier", "nope"],
            3,
        ),
        (&["parts", "add", "X Y", "--name", "x"], 2),
        (
            &["parts", "add", "X'; DROP TABLE parts;--", "--name", "x"],
            2,
        ),
        (&["parts", "add", "X", "--name", "a\u{7}b"], 2),
        (&["parts", "add", "FAN-01", "--name", "x"], 4),
        (&["parts", "receive", "FAN-01", "--qty", "0"], 2),
        (&["parts", "receive", "FAN-01", "--qty", "-3"], 2),
        (&["parts", "receive", "FAN-01", "--qty", "abc"], 2),
        (&["parts", "receive", "NOPE", "--qty", "1"], 3),
        (&["parts", "edit", "NOPE", "--name", "x"], 3),
    ] {
        d.fails(args, code);
    }
    assert_eq!(d.snapshot(), before);
}

#[test]
fn parts_edit_changes_master_data_and_can_go_back_to_demand() {
    let d = desk_with_supplier();
    d.ok(&[
        "parts",
        "add",
        "FAN-01",
        "--name",
        "风扇电机",
        "--min",
        "5",
        "--max",
        "20",
    ]);
    d.ok(&[
        "parts",
        "edit",
        "FAN-01",
        "--location",
        "A-3",
        "--supplier",
        "acme",
    ]);
    let j = d.json(&["parts", "show", "FAN-01"]);
    assert_eq!(j["location"], "A-3");
    assert_eq!(j["min"], 5);
    d.ok(&["parts", "edit", "FAN-01", "--clear-min-max"]);
    let j = d.json(&["parts", "show", "FAN-01"]);
    assert_eq!(j["min"], Value::Null);
    assert_eq!(j["rule"], "demand");
    assert!(d.ok(&["history", "FAN-01"]).contains("parts.edit"));
}

#[test]
fn receiving_at_a_new_price_updates_the_unit_cost() {
    let d = desk_with_supplier();
    let t = ticket(&d, 1, "in_progress");
    d.ok(&[
        "parts",
        "add",
        "FAN-01",
        "--name",
        "风扇电机",
        "--unit-cost",
        "30",
    ]);
    d.ok(&[
        "parts",
        "receive",
        "FAN-01",
        "--qty",
        "4",
        "--unit-cost",
        "32",
    ]);
    assert_eq!(d.json(&["parts", "show", "FAN-01"])["unit_cost"], 32.0);
    d.ok(&["parts", "use", "FAN-01", "--qty", "2", "--ticket", &t]);
    assert_eq!(d.json(&["cost", "list"])[0]["amount"], 64.0);
}

#[test]
fn parts_import_reads_what_parts_list_writes() {
    let d = desk_with_supplier();
    d.ok(&[
        "parts",
        "add",
        "FAN-01",
        "--name",
        "=风扇,电机",
        "--model-fit",
        "AT-100,AT-200",
        "--unit-cost",
        "35",
        "--supplier",
        "acme",
        "--min",
        "5",
        "--max",
        "20",
        "--pack",
        "5",
    ]);
    d.ok(&[
        "parts",
        "add",
        "FLT-2",
        "--name",
        "滤网",
        "--lead-time",
        "7",
    ]);
    d.ok(&["parts", "receive", "FAN-01", "--qty", "12"]);
    let csv = d.ok(&["--format", "csv", "--bom", "parts", "list"]);
    let other = Desk::new();
    other.ok(&["supplier", "add", "acme", "--name", "华南配件"]);
    other.write("parts.csv", &csv);
    other.ok(&["parts", "import", "parts.csv"]);
    let a = d.json(&["parts", "list"]);
    let b = other.json(&["parts", "list"]);
    assert_eq!(a, b);
    assert!(other.ok(&["history", "FAN-01"]).contains("opening stock"));
    // A second import would duplicate every SKU: refused, nothing written.
    let before = other.snapshot();
    let err = other.fails(&["parts", "import", "parts.csv"], 8);
    assert!(
        err.contains("parts.csv:2: sku: part FAN-01 already exists"),
        "{err}"
    );
    assert_eq!(other.snapshot(), before);
}

#[test]
fn parts_import_reports_every_bad_row_and_writes_nothing() {
    let d = Desk::new();
    d.write(
        "bad.csv",
        "sku,name,min,max,pack,supplier\nOK-1,好,1,2,1,\nBAD-1,坏,5,,1,\nBAD-2,坏,x,2,0,\nBAD-3,坏,,,,ghost\nOK-1,重复,,,,\n",
    );
    let before = d.snapshot();
    let err = d.fails(&["parts", "import", "bad.csv"], 8);
    for want in [
        "bad.csv:3: max",
        "bad.csv:4: min",
        "bad.csv:4: pack",
        "bad.csv:5: supplier",
        "bad.csv:6: sku",
    ] {
        assert!(err.contains(want), "{want}: {err}");
    }
    assert_eq!(d.snapshot(), before);
    d.write("unknown.csv", "sku,name,colour\nA,甲,red\n");
    d.fails(&["parts", "import", "unknown.csv"], 8);
}

#[test]
fn a_purchase_order_closes_when_everything_is_received() {
    let d = desk_with_supplier();
    for sku in ["FAN-01", "FLT-2"] {
        d.ok(&[
            "parts",
            "add",
            sku,
            "--name",
            "件",
            "--unit-cost",
            "10",
            "--supplier",
            "acme",
            "--min",
            "2",
            "--max",
            "10",
        ]);
    }
    d.ok(&["parts", "reorder", "--apply"]);
    let err = d.fails(
        &["po", "receive", "PO-1", "--sku", "FAN-01", "--qty", "11"],
        4,
    );
    assert!(err.contains("only 10 more"), "{err}");
    d.ok(&["po", "send", "PO-1"]);
    d.fails(&["po", "send", "PO-1"], 4);
    let out = d.ok(&["po", "receive", "PO-1", "--sku", "FAN-01", "--qty", "4"]);
    assert!(out.contains("PO-1 partially_received"), "{out}");
    d.ok(&["parts", "receive", "FAN-01", "--qty", "6", "--po", "PO-1"]);
    let j = d.json(&["po", "show", "PO-1"]);
    assert_eq!(j["status"], "partially_received");
    assert_eq!(j["lines"][0]["received"], 10);
    assert_eq!(j["lines"][1]["outstanding"], 10);
    let out = d.ok(&["po", "receive", "PO-1"]);
    assert!(out.contains("FLT-2: +10 → 10 on hand"), "{out}");
    assert!(out.contains("PO-1 closed"), "{out}");
    let shown = d.json(&["parts", "show", "FAN-01"]);
    assert_eq!(shown["on_hand"], 10);
    assert_eq!(shown["on_order"], 0);
    assert_eq!(shown["movements"][0]["kind"], "po_receipt");
    assert_eq!(shown["movements"][0]["po"], "PO-1");
    let before = d.snapshot();
    let err = d.fails(&["po", "receive", "PO-1"], 4);
    assert!(err.contains("closed"), "{err}");
    d.fails(
        &["parts", "receive", "FAN-01", "--qty", "1", "--po", "1"],
        4,
    );
    d.fails(&["po", "receive", "PO-9"], 3);
    d.fails(&["po", "receive", "PO-1", "--sku", "FAN-01"], 2);
    assert_eq!(d.snapshot(), before);
    assert!(d.ok(&["history", "PO-1"]).contains("po.closed"));
}

#[test]
fn a_receipt_for_a_part_not_on_the_order_is_refused() {
    let d = desk_with_supplier();
    d.ok(&[
        "parts",
        "add",
        "FAN-01",
        "--name",
        "件",
        "--supplier",
        "acme",
        "--min",
        "2",
        "--max",
        "10",
    ]);
    d.ok(&["parts", "add", "OTHER", "--name", "别的"]);
    d.ok(&["parts", "reorder", "--apply"]);
    let before = d.snapshot();
    d.fails(
        &["po", "receive", "PO-1", "--sku", "OTHER", "--qty", "1"],
        4,
    );
    d.fails(
        &["po", "receive", "PO-1", "--sku", "FAN-01", "--qty", "0"],
        2,
    );
    assert_eq!(d.snapshot(), before);
}

#[test]
fn suppliers_are_listed_and_not_added_twice() {
    let d = desk_with_supplier();
    let before = d.snapshot();
    d.fails(&["supplier", "add", "acme", "--name", "again"], 4);
    d.fails(
        &["supplier", "add", "x", "--name", "x", "--lead-time", "-1"],
        2,
    );
    assert_eq!(d.snapshot(), before);
    let list = d.json(&["supplier", "list"]);
    assert_eq!(list[0]["id"], "acme");
    assert_eq!(list[0]["lead_time"], 7);
}

#[test]
fn cost_add_checks_ticket_kind_and_amount() {
    let d = Desk::new();
    let t = ticket(&d, 3, "resolved");
    let before = d.snapshot();
    d.fails(
        &[
            "cost", "add", "--ticket", "T-99", "--kind", "travel", "--amount", "5",
        ],
        3,
    );
    for amount in ["-5", "0", "1e13", "NaN", "inf", "abc"] {
        d.fails(
            &[
                "cost", "add", "--ticket", &t, "--kind", "travel", "--amount", amount,
            ],
            2,
        );
    }
    d.fails(
        &[
            "cost", "add", "--ticket", &t, "--kind", "food", "--amount", "5",
        ],
        2,
    );
    assert_eq!(d.snapshot(), before);
    d.ok(&[
        "cost", "add", "--ticket", &t, "--kind", "travel", "--amount", "120", "--note", "打车",
    ]);
    let c = d.json(&["cost", "list", "--ticket", "3"]);
    assert_eq!(c[0]["amount"], 120.0);
    assert_eq!(c[0]["note"], "打车");
    assert!(d.ok(&["history", &t]).contains("cost.add"));
}

#[test]
fn cost_list_filters_by_day_and_needs_permission() {
    let mut d = Desk::new();
    let t = ticket(&d, 1, "in_progress");
    d.now = "2026-11-01 10:00".into();
    d.ok(&[
        "cost", "add", "--ticket", &t, "--kind", "travel", "--amount", "10",
    ]);
    d.now = "2026-11-20 10:00".into();
    d.ok(&[
        "cost", "add", "--ticket", &t, "--kind", "other", "--amount", "20",
    ]);
    let c = d.json(&[
        "cost",
        "list",
        "--since",
        "2026-11-20",
        "--until",
        "2026-11-20",
    ]);
    assert_eq!(c.as_array().unwrap().len(), 1);
    assert_eq!(c[0]["kind"], "other");
    assert_eq!(d.json(&["cost", "list"]).as_array().unwrap().len(), 2);
    d.add_staff("xiaoli", "agent", &[]);
    assert_eq!(d.run_as("xiaoli", &["cost", "list"]).status.code(), Some(5));
    d.add_staff("cai", "finance", &[]);
    assert!(d.run_as("cai", &["cost", "list"]).status.success());
}

fn report(d: &Desk, extra: &[&str]) -> Value {
    let mut a = vec!["report", "costs"];
    a.extend_from_slice(extra);
    d.json(&a)
}

fn category<'a>(r: &'a Value, name: &str) -> &'a Value {
    r.as_array()
        .unwrap()
        .iter()
        .find(|l| l["category"] == name)
        .unwrap_or_else(|| panic!("no {name} in {r}"))
}

#[test]
fn report_costs_needs_attention_when_parts_pass_eighty_percent() {
    let d = desk_with_supplier();
    let t = ticket(&d, 1, "in_progress");
    // The built-in budget: parts 120000, warn_at 0.8 → 96000.
    d.ok(&[
        "parts",
        "add",
        "PCB-9",
        "--name",
        "主板",
        "--unit-cost",
        "9500",
    ]);
    d.ok(&["parts", "receive", "PCB-9", "--qty", "20"]);
    d.ok(&["parts", "use", "PCB-9", "--qty", "10", "--ticket", &t]);
    let o = d.run(&["report", "costs", "--exit-code"]);
    assert_eq!(o.status.code(), Some(0));
    d.ok(&["parts", "use", "PCB-9", "--qty", "1", "--ticket", &t]);
    let r = report(&d, &[]);
    let parts = category(&r, "parts");
    assert_eq!(parts["actual"], 104500.0);
    assert_eq!(parts["budget"], 120000.0);
    assert_eq!(parts["status"], "warn");
    let o = d.run(&["report", "costs", "--exit-code"]);
    assert_eq!(o.status.code(), Some(10));
    let table = String::from_utf8_lossy(&o.stdout).to_string();
    assert!(table.contains("budget.default"), "{table}");
    // Without --exit-code a finding is not a failure.
    assert!(d.run(&["report", "costs"]).status.success());
}

#[test]
fn report_costs_maps_kinds_and_projects_to_year_end() {
    let mut d = Desk::at("2026-07-02 12:00");
    let t = ticket(&d, 1, "in_progress");
    for (kind, amount) in [("labour", "1000"), ("other", "500"), ("travel", "300")] {
        d.ok(&[
            "cost", "add", "--ticket", &t, "--kind", kind, "--amount", amount,
        ]);
    }
    let r = report(&d, &[]);
    let repair = category(&r, "repair");
    assert_eq!(repair["actual"], 1500.0);
    assert_eq!(repair["used_pct"], 0.75);
    // 2026-07-02 12:00 is exactly half of the year (182.5 of 365 days) elapsed.
    assert_eq!(repair["projection"], 3000.0);
    assert_eq!(category(&r, "travel")["actual"], 300.0);
    assert_eq!(category(&r, "training")["actual"], 0.0);
    // A budget with its own `other` line takes `other` costs.
    d.write(
        "policy.toml",
        "[budget.2026]\nrepair = 10000\nother = 1000\nwarn_at = 0.5\n",
    );
    let r = report(&d, &[]);
    assert_eq!(category(&r, "other")["actual"], 500.0);
    assert_eq!(category(&r, "other")["status"], "warn");
    assert_eq!(category(&r, "repair")["actual"], 1000.0);
    // Travel has costs but no line in this budget: shown without one.
    assert_eq!(category(&r, "travel")["budget"], Value::Null);
    // Other years fall back to budget.default and count only their own costs.
    let r = report(&d, &["--year", "2025"]);
    assert_eq!(category(&r, "repair")["budget"], 200000.0);
    assert_eq!(category(&r, "repair")["actual"], 0.0);
    d.now = "2027-03-01 09:00".into();
    let r = report(&d, &["--year", "2026"]);
    assert_eq!(category(&r, "repair")["projection"], 1000.0);
    d.fails(&["report", "costs", "--year", "20x6"], 2);
}

#[test]
fn the_demand_window_must_be_whole_days() {
    let d = Desk::new();
    d.write("policy.toml", "[parts]\ndemand_window = \"3wd\"\n");
    let err = d.fails(&["parts", "list"], 6);
    assert!(err.contains("demand_window"), "{err}");
}

#[test]
fn apply_with_quiet_prints_only_the_new_order_ids() {
    let d = desk_with_supplier();
    d.ok(&[
        "parts",
        "add",
        "A-1",
        "--name",
        "甲",
        "--supplier",
        "acme",
        "--min",
        "1",
        "--max",
        "2",
    ]);
    assert_eq!(d.ok(&["-q", "parts", "reorder", "--apply"]), "PO-1\n");
}

#[test]
fn the_demo_desk_has_suppliers_parts_and_something_to_order() {
    let d = Desk::bare("2027-01-20 09:00");
    d.ok(&["init", "--demo"]);
    assert!(d.json(&["supplier", "list"]).as_array().unwrap().len() >= 3);
    let low = d.json(&["parts", "list", "--low"]);
    assert!(!low.as_array().unwrap().is_empty());
    assert!(reorder_csv(&d, &[]).len() > 1);
}

#[test]
fn a_ticket_with_parts_used_can_still_be_archived_and_purged() {
    let mut d = Desk::at("2025-03-01 10:00");
    let t = ticket(&d, 1, "in_progress");
    d.ok(&[
        "parts",
        "add",
        "FAN-01",
        "--name",
        "风扇电机",
        "--unit-cost",
        "10",
    ]);
    d.ok(&["parts", "receive", "FAN-01", "--qty", "5"]);
    d.ok(&["parts", "use", "FAN-01", "--qty", "2", "--ticket", &t]);
    let closed = crate::records::at("2025-03-02 10:00");
    rusqlite::Connection::open(d.db())
        .unwrap()
        .execute(
            "UPDATE tickets SET status = 'closed', closed_at = ?1, updated_at = ?1 WHERE id = 1",
            [closed],
        )
        .unwrap();
    let (public, identity) = crate::records::keypair(&d, "archive.key");
    d.ok(&[
        "archive",
        "export",
        "--before",
        "2026-01-01",
        "--out",
        "2025.age",
        "--recipient",
        &public,
    ]);
    d.now = "2028-01-02 09:00".into();
    let out = d.ok(&[
        "archive",
        "purge",
        "--before",
        "2026-01-01",
        "--archive",
        "2025.age",
        "--identity",
        identity.to_str().unwrap(),
    ]);
    assert!(out.contains("T-1"), "{out}");
    // The stock ledger keeps the movement and the ticket number it went to.
    let j = d.json(&["parts", "show", "FAN-01"]);
    assert_eq!(j["on_hand"], 3);
    assert_eq!(j["movements"][0]["ticket"], "T-1");
}
