//! The case library: `case search` over resolved and closed tickets and
//! complaints, and the similar cases shown when a ticket or complaint is opened.

use serde_json::Value;

use crate::Desk;

const FAN: &str = "风扇转动时有咔咔异响，开机十分钟后出现";
const FAN_FIX: &str = "更换风扇轴承并加注润滑脂";
const LEAK: &str = "水管接口漏水，地面有积水";
const LEAK_FIX: &str = "更换接口密封圈，试水无渗漏";
const DISPLAY: &str = "显示屏不亮，按键无反应";
const DISPLAY_FIX: &str = "更换显示屏排线";

/// A desk with products AT-100 and BX-20 and one customer.
fn desk() -> (Desk, String) {
    let d = Desk::new();
    d.ok(&["product", "add", "AT-100", "--name", "空气净化器"]);
    d.ok(&["product", "add", "BX-20", "--name", "电暖器"]);
    let c = d.add_customer("张三", "13812345678", &[]);
    (d, c)
}

/// Open a ticket, start it and resolve it; returns its id.
fn solved(
    d: &Desk,
    customer: &str,
    category: &str,
    product: &str,
    description: &str,
    resolution: &str,
) -> String {
    let id = d
        .ok(&[
            "-q",
            "ticket",
            "open",
            "--customer",
            customer,
            "--category",
            category,
            "--product",
            product,
            "--description",
            description,
        ])
        .trim()
        .to_string();
    d.ok(&["ticket", "start", &id]);
    d.ok(&["ticket", "resolve", &id, "--resolution", resolution]);
    id
}

/// The fan (T-1), leak (T-2) and dead display (T-3) cases, resolved.
fn three_cases() -> (Desk, String) {
    let (d, c) = desk();
    solved(&d, &c, "noise", "AT-100", FAN, FAN_FIX);
    solved(&d, &c, "leak", "BX-20", LEAK, LEAK_FIX);
    solved(&d, &c, "display", "AT-100", DISPLAY, DISPLAY_FIX);
    (d, c)
}

/// The ids `case search` finds, best first.
fn ids(d: &Desk, args: &[&str]) -> Vec<String> {
    let mut a = vec!["case", "search"];
    a.extend_from_slice(args);
    d.json(&a)
        .as_array()
        .expect("a list")
        .iter()
        .map(|h| h["id"].as_str().unwrap_or_default().to_string())
        .collect()
}

#[test]
fn chinese_words_find_the_case_a_person_expects() {
    let (d, _) = three_cases();
    assert_eq!(ids(&d, &["异响"]), ["T-1"]);
    assert_eq!(ids(&d, &["漏水"]), ["T-2"]);
    assert_eq!(ids(&d, &["显示屏"]), ["T-3"]);
    // Words of the resolution count as much as those of the description.
    assert_eq!(ids(&d, &["轴承"]), ["T-1"]);
    // A longer run of characters must occur as written, not scattered.
    assert_eq!(ids(&d, &["风扇转动"]), ["T-1"]);
    assert!(ids(&d, &["转动风扇"]).is_empty());
    assert!(ids(&d, &["冒烟"]).is_empty());
    // One character finds the words that begin with it.
    assert_eq!(ids(&d, &["漏"]), ["T-2"]);
    assert!(ids(&d, &["响"]).is_empty());

    let table = d.ok(&["case", "search", "异响"]);
    let lines: Vec<&str> = table.lines().collect();
    assert!(
        lines[0].starts_with("id") && lines[0].contains("snippet"),
        "{table}"
    );
    assert!(lines[1].starts_with("T-1"), "{table}");
    assert!(table.contains("【异响】"), "the match is marked: {table}");
    assert!(table.contains(FAN_FIX), "how it was solved: {table}");
}

#[test]
fn a_model_number_finds_the_cases_of_that_model_in_any_spelling() {
    let (d, _) = three_cases();
    for q in ["AT-100", "at-100", "AT100", "ＡＴ－１００"] {
        let mut found = ids(&d, &[q]);
        found.sort();
        assert_eq!(found, ["T-1", "T-3"], "{q}");
    }
    assert_eq!(ids(&d, &["BX-20"]), ["T-2"]);
}

#[test]
fn several_words_and_mixed_chinese_and_latin_narrow_the_search() {
    let (d, _) = three_cases();
    assert_eq!(ids(&d, &["AT-100", "异响"]), ["T-1"]);
    assert_eq!(ids(&d, &["AT-100 异响"]), ["T-1"]);
    assert_eq!(ids(&d, &["at-100异响"]), ["T-1"]);
    assert_eq!(ids(&d, &["风扇", "异响"]), ["T-1"]);
    assert_eq!(ids(&d, &["AT-100", "显示屏"]), ["T-3"]);
    assert!(ids(&d, &["AT-100", "漏水"]).is_empty());
    assert!(ids(&d, &["风扇", "漏水"]).is_empty());
}

#[test]
fn internal_notes_are_never_found_customer_facing_notes_are() {
    let (d, c) = desk();
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
            FAN,
        ])
        .trim()
        .to_string();
    d.ok(&["ticket", "start", &t]);
    d.ok(&[
        "ticket",
        "note",
        &t,
        "--text",
        "客户情绪激动，内部备注勿外传",
        "--internal",
    ]);
    d.ok(&["ticket", "note", &t, "--text", "已预约周三上门检修"]);
    d.ok(&["ticket", "resolve", &t, "--resolution", FAN_FIX]);
    assert!(ids(&d, &["内部备注"]).is_empty());
    assert!(ids(&d, &["情绪激动"]).is_empty());
    assert_eq!(ids(&d, &["上门检修"]), [t.as_str()]);
    // A note added after resolving is found at once; an internal one still is not.
    d.ok(&["ticket", "note", &t, "--text", "回访：运转平稳"]);
    d.ok(&["ticket", "note", &t, "--text", "备件成本偏高", "--internal"]);
    assert_eq!(ids(&d, &["运转平稳"]), [t.as_str()]);
    assert!(ids(&d, &["成本偏高"]).is_empty());
    let hit = &d.json(&["case", "search", "运转平稳"])[0];
    assert_eq!(hit["snippet"], "回访：【运转平稳】");
}

#[test]
fn a_reopened_ticket_leaves_the_library_until_resolved_again() {
    let (d, _) = three_cases();
    d.ok(&["ticket", "close", "T-1"]);
    assert_eq!(
        ids(&d, &["异响"]),
        ["T-1"],
        "closed cases stay in the library"
    );
    d.ok(&["ticket", "reopen", "T-1", "--reason", "客户反映又有异响"]);
    assert!(ids(&d, &["异响"]).is_empty());
    assert!(ids(&d, &["轴承"]).is_empty());
    d.ok(&["ticket", "start", "T-1"]);
    d.ok(&[
        "ticket",
        "resolve",
        "T-1",
        "--resolution",
        "更换电机，连续运行两小时无噪音",
    ]);
    assert_eq!(ids(&d, &["异响"]), ["T-1"]);
    assert_eq!(ids(&d, &["更换电机"]), ["T-1"]);
    assert!(
        ids(&d, &["轴承"]).is_empty(),
        "the old resolution is no longer indexed"
    );
}

#[test]
fn open_and_cancelled_tickets_are_not_cases() {
    let (d, c) = desk();
    d.ok(&[
        "ticket",
        "open",
        "--customer",
        &c,
        "--category",
        "noise",
        "--description",
        FAN,
    ]);
    let c2 = d.add_customer("李四", "13812345679", &[]);
    d.ok(&[
        "ticket",
        "open",
        "--customer",
        &c2,
        "--category",
        "noise",
        "--description",
        FAN,
    ]);
    d.ok(&["ticket", "cancel", "T-2", "--reason", "重复登记"]);
    assert!(ids(&d, &["异响"]).is_empty());
}

#[test]
fn resolved_complaints_are_cases_with_their_outcome_and_purchase_model() {
    let (d, c) = three_cases();
    d.add_staff("wang", "supervisor", &[]);
    d.ok(&[
        "purchase",
        "add",
        "--customer",
        &c,
        "--product",
        "BX-20",
        "--value",
        "300",
        "--purchased",
        "2026-11-01",
    ]);
    d.ok(&[
        "complaint",
        "open",
        "--customer",
        &c,
        "--category",
        "damaged",
        "--description",
        "收到时外壳破损，有明显裂纹",
    ]);
    d.ok(&["complaint", "investigate", "C-1", "--note", "核对物流照片"]);
    d.ok(&[
        "complaint",
        "plan",
        "C-1",
        "--text",
        "补发外壳",
        "--owner",
        "wang",
        "--due",
        "2026-11-23 18:00",
    ]);
    assert!(ids(&d, &["裂纹"]).is_empty(), "not resolved yet");
    d.ok(&[
        "complaint",
        "resolve",
        "C-1",
        "--outcome",
        "补发新外壳，客户满意",
    ]);
    assert_eq!(ids(&d, &["裂纹"]), ["C-1"]);
    assert_eq!(ids(&d, &["补发新外壳"]), ["C-1"]);
    let hit = &d.json(&["case", "search", "裂纹"])[0];
    assert_eq!(hit["kind"], "complaint");
    assert_eq!(hit["category"], "damaged");
    assert_eq!(hit["product"], "BX-20");
    assert_eq!(hit["resolution"], "补发新外壳，客户满意");
    let mut bx = ids(&d, &["BX-20"]);
    bx.sort();
    assert_eq!(bx, ["C-1", "T-2"]);
    assert_eq!(ids(&d, &["BX-20", "--kind", "complaint"]), ["C-1"]);
    assert_eq!(ids(&d, &["BX-20", "--kind", "ticket"]), ["T-2"]);
    d.ok(&["complaint", "reopen", "C-1", "--reason", "外壳颜色不对"]);
    assert!(ids(&d, &["裂纹"]).is_empty());
}

#[test]
fn filters_narrow_by_kind_category_product_and_limit() {
    let (d, _) = three_cases();
    assert_eq!(ids(&d, &["更换", "--category", "leak"]), ["T-2"]);
    assert_eq!(
        ids(
            &d,
            &["更换", "--product", "at-100", "--category", "display"]
        ),
        ["T-3"]
    );
    let mut at = ids(&d, &["更换", "--product", "AT-100"]);
    at.sort();
    assert_eq!(at, ["T-1", "T-3"]);
    assert!(ids(&d, &["更换", "--kind", "complaint"]).is_empty());
    assert_eq!(ids(&d, &["更换", "--kind", "ticket"]).len(), 3);
    assert_eq!(ids(&d, &["更换", "--limit", "2"]).len(), 2);
}

#[test]
fn best_match_first_then_newest_first_among_equals() {
    let (mut d, c) = desk();
    // T-1 and T-2 mention 异响 once, T-3 twice; T-2 was resolved after T-1.
    solved(&d, &c, "noise", "AT-100", FAN, FAN_FIX);
    d.now = "2026-11-22 11:00".into();
    solved(
        &d,
        &c,
        "noise",
        "AT-100",
        "电机运转时有异响，声音持续",
        "紧固电机底座螺丝",
    );
    d.now = "2026-11-22 09:00".into();
    solved(
        &d,
        &c,
        "noise",
        "BX-20",
        "出风口异响明显，夜间运行时更响",
        "清理出风口异物后异响消失",
    );
    d.now = "2026-11-22 12:00".into();
    assert_eq!(ids(&d, &["异响"]), ["T-3", "T-2", "T-1"]);
    let j = d.json(&["case", "search", "异响"]);
    assert_eq!(j[1]["resolved_at"], "2026-11-22T11:00:00+08:00");
}

#[test]
fn every_format_has_the_same_columns() {
    let (d, _) = three_cases();
    let csv = d.ok(&["--format", "csv", "case", "search", "异响"]);
    let mut lines = csv.lines();
    assert_eq!(
        lines.next(),
        Some("id,kind,category,product,resolved_at,snippet,resolution")
    );
    assert_eq!(
        lines.next(),
        Some(
            "T-1,ticket,noise,AT-100,2026-11-22 10:00:00,风扇转动时有咔咔【异响】，开机十分钟后出现,更换风扇轴承并加注润滑脂"
        )
    );
    let j = d.json(&["case", "search", "异响"]);
    let keys: Vec<&String> = j[0].as_object().unwrap().keys().collect();
    assert_eq!(keys.len(), 7);
    for k in [
        "id",
        "kind",
        "category",
        "product",
        "resolved_at",
        "snippet",
        "resolution",
    ] {
        assert!(j[0].get(k).is_some(), "{k}");
    }
    assert_eq!(j[0]["resolved_at"], "2026-11-22T10:00:00+08:00");
    let none = d.ok(&["case", "search", "冒烟"]);
    assert_eq!(none.trim(), "(no rows)");
    assert_eq!(d.json(&["case", "search", "冒烟"]), Value::Array(vec![]));
}

#[test]
fn an_empty_or_punctuation_query_is_a_usage_error_and_changes_nothing() {
    let (d, _) = three_cases();
    d.ok(&["case", "search", "异响"]);
    let before = d.snapshot();
    for q in ["，。！", "   ", "---", "😀"] {
        let err = d.fails(&["case", "search", "--", q], 2);
        assert!(err.contains("nothing to search for"), "{err}");
        assert!(err.contains("hint:"), "{err}");
    }
    let err = d.fails(&["case", "search", "异响", "--category", "nosie"], 2);
    assert!(
        err.contains("noise"),
        "the hint lists the categories: {err}"
    );
    let err = d.fails(
        &[
            "case",
            "search",
            "异响",
            "--kind",
            "complaint",
            "--category",
            "noise",
        ],
        2,
    );
    assert!(err.contains("late_delivery"), "{err}");
    let err = d.fails(&["case", "search", "异响", "--product", "ZZ-9"], 3);
    assert!(err.contains("product list"), "{err}");
    d.fails(&["case", "search", "异响", "--limit", "0"], 2);
    d.fails(&["case", "search", "异响", "--kind", "invoice"], 2);
    d.fails(&["case", "search"], 2);
    assert_eq!(before, d.snapshot());
}

#[test]
fn hostile_text_is_just_text() {
    let (d, c) = desk();
    solved(
        &d,
        &c,
        "noise",
        "AT-100",
        "风扇异响 \"; DROP TABLE tickets; -- NEAR(a b) OR *",
        "=HYPERLINK(\"x\") 更换风扇",
    );
    assert_eq!(ids(&d, &["DROP", "TABLE"]), ["T-1"]);
    assert_eq!(ids(&d, &["\"异响\" OR"]), ["T-1"]);
    assert!(ids(&d, &["NEAR(漏水"]).is_empty());
    assert_eq!(ids(&d, &["*", "异响"]), ["T-1"]);
    let csv = d.ok(&["--format", "csv", "case", "search", "更换风扇"]);
    assert!(csv.contains(",\"'=HYPERLINK"), "formula guard: {csv}");
}

#[test]
fn case_search_needs_its_permission() {
    let (d, _) = three_cases();
    d.add_staff("qian", "finance", &[]);
    d.add_staff("xiaoli", "agent", &[]);
    let o = d.run_as("qian", &["case", "search", "异响"]);
    assert_eq!(o.status.code(), Some(5));
    assert!(String::from_utf8_lossy(&o.stderr).contains("case.search"));
    let o = d.run_as("xiaoli", &["case", "search", "异响"]);
    assert!(o.status.success());
}

#[test]
fn opening_a_noise_ticket_shows_how_the_fan_case_was_fixed() {
    let (d, _) = three_cases();
    let c2 = d.add_customer("李四", "13812345679", &[]);
    let out = d.ok(&[
        "ticket",
        "open",
        "--customer",
        &c2,
        "--category",
        "noise",
        "--description",
        "净化器风扇有异响，声音很大",
    ]);
    assert!(out.starts_with("T-4\n"), "{out}");
    let tail = &out[out.find("similar cases").expect("similar cases shown")..];
    assert!(tail.contains("T-1"), "{out}");
    assert!(tail.contains(FAN_FIX), "{out}");
    assert!(!tail.contains("T-2") && !tail.contains("T-3"), "{out}");

    // Scripts get the id or the record only.
    let c3 = d.add_customer("王五", "13812345670", &[]);
    let args = |extra: &'static str| {
        vec![
            extra,
            "ticket",
            "open",
            "--customer",
            &c3,
            "--category",
            "noise",
            "--description",
            "风扇异响越来越大",
            "--force",
        ]
    };
    assert_eq!(d.ok(&args("-q")), "T-5\n");
    let j = d.json(&args("--as=admin"));
    assert!(j.get("similar").is_none());
    assert!(!d.ok(&args("--format=csv")).contains(FAN_FIX));
}

#[test]
fn similar_cases_put_the_same_category_first_and_need_two_shared_words() {
    let (mut d, c) = three_cases();
    // An overheat case that also speaks of the fan.
    d.now = "2026-11-22 11:00".into();
    solved(
        &d,
        &c,
        "overheat",
        "AT-100",
        "风扇停转后机身发烫，有异响",
        "更换温控开关",
    );
    let c2 = d.add_customer("李四", "13812345679", &[]);
    let out = d.ok(&[
        "ticket",
        "open",
        "--customer",
        &c2,
        "--category",
        "noise",
        "--description",
        "风扇有异响，夜间明显",
    ]);
    let tail = &out[out.find("similar cases").expect("similar cases shown")..];
    let t1 = tail.find("T-1 ").expect("the noise case");
    let t4 = tail.find("T-4 ").expect("the overheat case");
    assert!(t1 < t4, "same category first: {out}");
    // Nothing shares two words with a display problem of another kind.
    let out = d.ok(&[
        "ticket",
        "open",
        "--customer",
        &c2,
        "--category",
        "software",
        "--description",
        "手机应用无法连接设备",
    ]);
    assert!(!out.contains("similar cases"), "{out}");
}

#[test]
fn opening_a_complaint_shows_similar_resolved_cases() {
    let (d, c) = three_cases();
    d.add_staff("wang", "supervisor", &[]);
    let open = |desc: &str| {
        d.ok(&[
            "complaint",
            "open",
            "--customer",
            &c,
            "--category",
            "courier",
            "--description",
            desc,
            "--force",
        ])
    };
    open("快递员态度恶劣，包裹被扔在门口");
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
        "快递公司已更换配送员并致歉",
    ]);
    let out = open("快递员态度很差，包裹被扔在楼下");
    let tail = &out[out.find("similar cases").expect("similar cases shown")..];
    assert!(tail.contains("C-1"), "{out}");
    assert!(tail.contains("快递公司已更换配送员并致歉"), "{out}");
}

#[test]
fn imported_resolved_tickets_are_searchable_open_ones_are_not() {
    let (d, c) = desk();
    let file = d.write(
        "tickets.csv",
        &format!(
            "id,customer,category,product,status,opened_at,resolved_at,closed_at,description,resolution\n\
             T-7,{c},noise,AT-100,closed,2025-03-01 09:00:00,2025-03-02 10:00:00,2025-03-05 10:00:00,{FAN},{FAN_FIX}\n\
             T-8,{c},leak,BX-20,in_progress,2025-03-01 09:00:00,,,{LEAK},\n\
             T-9,{c},display,AT-100,resolved,2025-04-01 09:00:00,2025-04-02 10:00:00,,{DISPLAY},{DISPLAY_FIX}\n"
        ),
    );
    d.ok(&["ticket", "import", file.to_str().unwrap()]);
    assert_eq!(ids(&d, &["异响"]), ["T-7"]);
    assert!(ids(&d, &["漏水"]).is_empty());
    assert_eq!(ids(&d, &["AT-100"]), ["T-9", "T-7"]);
    let j = d.json(&["case", "search", "异响"]);
    assert_eq!(j[0]["resolved_at"], "2025-03-02T10:00:00+08:00");
}

/// Changes made behind svc's back (another tool, a purge) reach the library
/// too: the triggers queue them in plain SQL.
#[test]
fn edits_and_deletes_by_any_tool_keep_the_library_in_step() {
    let (d, _) = three_cases();
    d.ok(&["ticket", "note", "T-2", "--text", "已告知客户保修期内免费"]);
    assert_eq!(ids(&d, &["保修期内"]), ["T-2"]);
    let conn = rusqlite::Connection::open(d.db()).unwrap();
    conn.execute(
        "UPDATE notes SET text = '已告知客户下次上门时间' WHERE entity = 'T-2'",
        [],
    )
    .unwrap();
    assert!(ids(&d, &["保修期内"]).is_empty());
    assert_eq!(ids(&d, &["上门时间"]), ["T-2"]);
    conn.execute("UPDATE notes SET internal = 1 WHERE entity = 'T-2'", [])
        .unwrap();
    assert!(ids(&d, &["上门时间"]).is_empty());
    conn.execute_batch(
        "DELETE FROM callbacks WHERE source = 'T-2';
         DELETE FROM notes WHERE entity = 'T-2';
         DELETE FROM costs WHERE ticket_id = 2;
         DELETE FROM tickets WHERE id = 2;",
    )
    .unwrap();
    assert!(ids(&d, &["漏水"]).is_empty());
    assert_eq!(ids(&d, &["异响"]), ["T-1"]);
}

#[test]
fn an_existing_database_gets_its_resolved_cases_on_migration() {
    let (d, _) = three_cases();
    // Back to the schema before the case library, as a desk upgrading svc has it.
    let conn = rusqlite::Connection::open(d.db()).unwrap();
    conn.execute_batch(
        "DROP TABLE case_vocab; DROP TABLE case_fts; DROP TABLE cases; DROP TABLE case_dirty;
         DROP TRIGGER case_ticket_insert; DROP TRIGGER case_ticket_update;
         DROP TRIGGER case_ticket_delete; DROP TRIGGER case_complaint_insert;
         DROP TRIGGER case_complaint_update; DROP TRIGGER case_complaint_delete;
         DROP TRIGGER case_note_insert; DROP TRIGGER case_note_update; DROP TRIGGER case_note_delete;
         PRAGMA user_version = 7;",
    )
    .unwrap();
    drop(conn);
    assert_eq!(ids(&d, &["漏水"]), ["T-2"]);
}

#[test]
fn similar_cases_sharing_more_words_come_first() {
    let (mut d, c) = three_cases();
    d.now = "2026-11-22 11:00".into();
    // Shares five terms with the new ticket, all of them rare: relevance puts it first.
    solved(
        &d,
        &c,
        "noise",
        "BX-20",
        "电机有异响，夜间明显",
        "紧固电机底座",
    );
    // Make the fan case's words common, so they weigh little for relevance.
    for _ in 0..4 {
        solved(
            &d,
            &c,
            "overheat",
            "BX-20",
            "风扇转动时有焦味",
            "更换温控开关",
        );
    }
    let c2 = d.add_customer("李四", "13812345679", &[]);
    // The fan case T-1 shares six terms: 风扇 扇转 转动 动时 时有 异响.
    let out = d.ok(&[
        "ticket",
        "open",
        "--customer",
        &c2,
        "--category",
        "noise",
        "--description",
        "风扇转动时有异响，夜间明显",
    ]);
    let tail = &out[out.find("similar cases").expect("similar cases shown")..];
    let t1 = tail.find("T-1 ").expect("the fan case");
    let t4 = tail.find("T-4 ").expect("the motor case");
    assert!(t1 < t4, "{out}");
}

#[test]
fn an_archive_purge_takes_the_purged_cases_out() {
    let mut d = Desk::at("2024-03-01 10:00");
    d.ok(&["product", "add", "AT-100", "--name", "空气净化器"]);
    d.ok(&["product", "add", "BX-20", "--name", "电暖器"]);
    let c = d.add_customer("张三", "13812345678", &[]);
    solved(&d, &c, "noise", "AT-100", FAN, FAN_FIX);
    d.ok(&["ticket", "close", "T-1"]);
    solved(&d, &c, "leak", "BX-20", LEAK, LEAK_FIX);
    d.now = "2026-11-22 10:00".into();
    assert_eq!(ids(&d, &["异响"]), ["T-1"]);
    let (public, identity) = crate::records::keypair(&d, "archive.key");
    d.ok(&[
        "archive",
        "export",
        "--before",
        "2024-06-01",
        "--out",
        "old.age",
        "--recipient",
        &public,
    ]);
    let out = d.ok(&[
        "archive",
        "purge",
        "--before",
        "2024-06-01",
        "--archive",
        "old.age",
        "--identity",
        identity.to_str().unwrap(),
    ]);
    assert!(out.contains("T-1"), "{out}");
    assert!(ids(&d, &["异响"]).is_empty());
    assert!(ids(&d, &["轴承"]).is_empty());
    assert_eq!(
        ids(&d, &["漏水"]),
        ["T-2"],
        "a resolved, not closed case stays"
    );
}
