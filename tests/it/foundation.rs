//! The foundation: init, global options, policy, output, permissions, audit, customer archive.

use crate::{Desk, snapshot};

#[test]
fn init_creates_database_policy_and_admin() {
    let d = Desk::new();
    assert!(d.db().exists());
    let policy = std::fs::read_to_string(d.path("policy.toml")).unwrap();
    assert!(policy.contains("vip_min_purchase = 500"));
    let staff = d.json(&["staff", "list"]);
    assert_eq!(staff[0]["id"], "admin");
    assert_eq!(staff[0]["role"], "admin");
}

#[cfg(unix)]
#[test]
fn files_svc_creates_are_private() {
    use std::os::unix::fs::PermissionsExt;
    let d = Desk::new();
    for f in ["svc.db", "policy.toml"] {
        let mode = std::fs::metadata(d.path(f)).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600, "{f}");
    }
}

#[test]
fn second_init_by_a_stranger_is_refused() {
    let d = Desk::new();
    let o = d.run_as("mallory", &["init"]);
    assert_eq!(o.status.code(), Some(5));
    let staff = d.json(&["staff", "list"]);
    assert_eq!(staff.as_array().unwrap().len(), 1);
}

#[test]
fn commands_need_a_database() {
    let d = Desk::bare("2026-11-22 10:00");
    let err = d.fails(&["customer", "list"], 3);
    assert!(err.contains("svc init"), "{err}");
    assert!(!d.db().exists(), "a read must not create the database");
}

#[test]
fn customer_csv_masks_phones_and_guards_formulas() {
    let d = Desk::new();
    d.add_customer(
        "=HYPERLINK(\"http://evil\",\"点我\")",
        "13812345678",
        &["--region", "深圳"],
    );
    let csv = d.ok(&["--format", "csv", "customer", "list"]);
    let mut lines = csv.lines();
    assert_eq!(
        lines.next().unwrap(),
        "id,name,phone,email,address,region,tier,created_at"
    );
    let row = lines.next().unwrap();
    assert!(row.contains("138****5678"), "{row}");
    assert!(!row.contains("13812345678"), "{row}");
    assert!(row.contains("\"'=HYPERLINK("), "{row}");
    assert!(row.ends_with(",2026-11-22 10:00:00"), "{row}");
    let raw = d.ok(&["--format", "csv", "--raw-csv", "customer", "list"]);
    assert!(raw.contains("\"=HYPERLINK("), "{raw}");
}

#[test]
fn customer_ids_follow_the_day_and_sequence() {
    let d = Desk::new();
    assert_eq!(d.add_customer("张三", "13812345678", &[]), "KH20261122001");
    assert_eq!(d.add_customer("李四", "13912345678", &[]), "KH20261122002");
    assert_eq!(
        d.add_customer("王五", "13712345678", &["--id", "VIP-7"]),
        "VIP-7"
    );
}

#[test]
fn global_options_work_after_the_verb_and_from_the_environment() {
    let d = Desk::new();
    d.add_customer("张三", "13812345678", &[]);
    let after = d.ok(&["customer", "list", "--format", "csv"]);
    assert!(after.starts_with("id,name"));
    let o = d
        .cmd()
        .env("SVC_FORMAT", "json")
        .args(["customer", "list"])
        .output()
        .unwrap();
    assert!(
        String::from_utf8_lossy(&o.stdout)
            .trim_start()
            .starts_with('[')
    );
}

#[test]
fn bom_is_written_on_request() {
    let d = Desk::new();
    d.add_customer("张三", "13812345678", &[]);
    let out = d.ok(&["customer", "list", "--format", "csv", "--bom"]);
    assert!(out.starts_with('\u{feff}'));
    assert!(
        !d.ok(&["customer", "list", "--format", "csv"])
            .starts_with('\u{feff}')
    );
}

#[test]
fn table_output_aligns_chinese_names() {
    let d = Desk::new();
    d.add_customer("欧阳娜娜", "13812345678", &["--region", "深圳"]);
    d.add_customer("Li", "13912345678", &["--region", "SZ"]);
    let t = d.ok(&["customer", "list"]);
    let lines: Vec<&str> = t.lines().collect();
    // The phone column starts at the same display column on every line.
    let col = |l: &str| {
        let i = l.find("13").unwrap();
        unicode_width(&l[..i])
    };
    assert_eq!(col(lines[1]), col(lines[2]), "{t}");
}

fn unicode_width(s: &str) -> usize {
    s.chars()
        .map(|c| if (c as u32) >= 0x1100 { 2 } else { 1 })
        .sum()
}

#[test]
fn reveal_needs_permission_and_is_audited() {
    let d = Desk::new();
    d.add_staff("amy", "agent", &[]);
    d.add_customer("张三", "13812345678", &[]);
    let o = d.run_as("amy", &["--reveal", "customer", "list"]);
    assert_eq!(o.status.code(), Some(5));
    let shown = d.ok(&["--reveal", "--format", "csv", "customer", "list"]);
    assert!(shown.contains("13812345678"));
    let audit = d.json(&["audit", "--entity", "pii"]);
    assert_eq!(audit.as_array().unwrap().len(), 1, "{audit}");
    assert_eq!(audit[0]["actor"], "admin");
    assert!(audit[0]["new"].as_str().unwrap().contains("customer.list"));
}

#[test]
fn audit_listing_masks_personal_data() {
    let d = Desk::new();
    d.add_customer("张三", "13812345678", &[]);
    let audit = d.ok(&["--format", "csv", "audit"]);
    assert!(!audit.contains("13812345678"), "{audit}");
    assert!(audit.contains("138****5678"), "{audit}");
}

#[test]
fn misspelt_policy_key_names_file_line_and_column() {
    let d = Desk::new();
    d.write(
        "policy.toml",
        "[tickets]\nmin_description_chars = 8\nduplicat_window = \"30d\"\n",
    );
    let err = d.fails(&["customer", "list"], 6);
    assert!(err.contains("policy.toml:3:1:"), "{err}");
    assert!(err.contains("duplicat_window"), "{err}");
    let err = d.fails(&["policy", "check"], 6);
    assert!(err.contains("policy.toml:3:1:"), "{err}");
}

#[test]
fn policy_check_catches_what_would_misbehave() {
    let d = Desk::new();
    for (text, needle) in [
        (
            "[roles.agent]\ncan = [\"ticket.opn\"]\n",
            "unknown permission",
        ),
        (
            "[escalation]\nladder = [\"agent\", \"boss\"]\n",
            "unknown role",
        ),
        (
            "[calendar]\nhours = [\"09:00-12:00\", \"11:00-18:00\"]\n",
            "overlap",
        ),
        ("[calendar]\nhours = [\"18:00-09:00\"]\n", "18:00-09:00"),
        (
            "[complaints]\ncategories = [\"quality\", \"其他\"]\n",
            "catch-all",
        ),
        (
            "[warranty]\nexchange_within = \"15x\"\n",
            "invalid duration",
        ),
        ("[tickets\n", "p.toml:1:"),
    ] {
        let p = d.write("p.toml", text);
        let err = d.fails(&["policy", "check", p.to_str().unwrap()], 6);
        assert!(err.contains(needle), "{text}: {err}");
        assert!(err.contains("p.toml:"), "{err}");
    }
    let good = d.write("good.toml", "[calendar]\nholidays = [\"2026-12-25\"]\n");
    assert!(
        d.ok(&["policy", "check", good.to_str().unwrap()])
            .contains("ok")
    );
}

#[test]
fn policy_show_prints_the_merged_policy() {
    let d = Desk::new();
    d.write("policy.toml", "[customers]\nvip_min_purchase = 1000\n");
    let shown = d.ok(&["policy", "show"]);
    assert!(shown.contains("vip_min_purchase = 1000"), "{shown}");
    assert!(
        shown.contains("这不关我的事"),
        "the built-in lint list is still there"
    );
    let j = d.json(&["policy", "show"]);
    assert_eq!(j["sla"]["ticket"]["resolve"], "3wd");
}

#[test]
fn an_agent_cannot_add_staff() {
    let d = Desk::new();
    d.add_staff("amy", "agent", &[]);
    let before = d.snapshot();
    let o = d.run_as(
        "amy",
        &["staff", "add", "eve", "--name", "Eve", "--role", "admin"],
    );
    assert_eq!(o.status.code(), Some(5));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("may not staff.add"), "{err}");
    assert_eq!(before, d.snapshot());
    let o = d.run_as("nobody", &["customer", "list"]);
    assert_eq!(o.status.code(), Some(5));
}

#[test]
fn deactivated_staff_can_no_longer_act() {
    let d = Desk::new();
    d.add_staff("amy", "agent", &[]);
    d.ok(&["staff", "deactivate", "amy"]);
    assert_eq!(
        d.run_as("amy", &["customer", "list"]).status.code(),
        Some(5)
    );
}

#[test]
fn four_writers_at_once_lose_nothing() {
    let d = Desk::new();
    let scripts = (0..4)
        .map(|w| {
            (0..50)
                .map(|i| format!("\"$SVC\" -q customer add --name 客户{w}_{i} --phone 1380000{w}{i:03} >/dev/null || echo FAIL"))
                .collect::<Vec<_>>()
                .join("\n")
        })
        .collect();
    d.run_writers(scripts);
    let all = d.json(&["customer", "list"]);
    assert_eq!(all.as_array().unwrap().len(), 200);
    let ids: std::collections::HashSet<_> = all
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["id"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(ids.len(), 200);
}

#[test]
fn the_event_table_refuses_deletes_and_updates() {
    let d = Desk::new();
    d.add_customer("张三", "13812345678", &[]);
    for sql in ["DELETE FROM events;", "UPDATE events SET actor = 'x';"] {
        let refused = match std::process::Command::new("sqlite3")
            .arg(d.db())
            .arg(sql)
            .output()
        {
            Ok(o) => {
                assert!(String::from_utf8_lossy(&o.stderr).contains("append-only"));
                !o.status.success()
            }
            // Without the shell, the same SQL through the library.
            Err(_) => rusqlite::Connection::open(d.db())
                .unwrap()
                .execute_batch(sql)
                .is_err(),
        };
        assert!(refused, "{sql} must fail");
    }
    let events = d.json(&["audit"]);
    assert_eq!(events.as_array().unwrap().len(), 2);
    assert!(d.ok(&["audit", "verify"]).contains("intact"));
}

#[test]
fn a_newer_schema_is_refused_and_left_untouched() {
    let d = Desk::new();
    rusqlite::Connection::open(d.db())
        .unwrap()
        .execute_batch("PRAGMA user_version = 999")
        .unwrap();
    let before = std::fs::read(d.db()).unwrap();
    let err = d.fails(&["customer", "list"], 7);
    assert!(err.contains("newer"), "{err}");
    assert_eq!(before, std::fs::read(d.db()).unwrap());
}

#[test]
fn impossible_now_is_a_usage_error() {
    let d = Desk::new();
    let o = d
        .cmd()
        .env("SVC_NOW", "2026-02-30")
        .args(["customer", "list"])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("impossible date"));
}

#[test]
fn bad_customer_input_is_refused_and_changes_nothing() {
    let d = Desk::new();
    let before = d.snapshot();
    for args in [
        vec!["customer", "add", "--name", "", "--phone", "13812345678"],
        vec![
            "customer",
            "add",
            "--name",
            "x",
            "--phone",
            "'; DROP TABLE customers; --",
        ],
        vec![
            "customer",
            "add",
            "--name",
            "a\u{7}b",
            "--phone",
            "13812345678",
        ],
        vec![
            "customer",
            "add",
            "--name",
            "x",
            "--phone",
            "13812345678",
            "--email",
            "nope",
        ],
    ] {
        d.fails(&args, 2);
    }
    let huge = "长".repeat(30_000);
    d.fails(
        &["customer", "add", "--name", &huge, "--phone", "13812345678"],
        2,
    );
    assert_eq!(before, d.snapshot());
    d.fails(&["customer", "show", "KH19990101001"], 3);
}

#[test]
fn a_purchase_of_880_makes_the_customer_vip() {
    let d = Desk::new();
    let c = d.add_customer("张三", "13812345678", &[]);
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
        "2026-11-01",
    ]);
    assert_eq!(d.json(&["customer", "show", &c])["tier"], "normal");
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
        "2026-11-02",
    ]);
    let shown = d.json(&["customer", "show", &c]);
    assert_eq!(shown["tier"], "vip");
    assert_eq!(shown["purchases"].as_array().unwrap().len(), 2);
    assert_eq!(
        d.json(&["customer", "list", "--tier", "vip"])
            .as_array()
            .unwrap()
            .len(),
        1
    );
    // A tier set by hand stays.
    d.ok(&["customer", "edit", &c, "--tier", "normal"]);
    d.ok(&[
        "purchase",
        "add",
        "--customer",
        &c,
        "--product",
        "AT-100",
        "--value",
        "999",
        "--purchased",
        "2026-11-03",
    ]);
    assert_eq!(d.json(&["customer", "show", &c])["tier"], "normal");
}

#[test]
fn purchases_refuse_impossible_dates_and_unknown_references() {
    let d = Desk::new();
    let c = d.add_customer("张三", "13812345678", &[]);
    d.ok(&["product", "add", "AT-100", "--name", "空气净化器"]);
    d.fails(
        &[
            "purchase",
            "add",
            "--customer",
            &c,
            "--product",
            "AT-100",
            "--value",
            "10",
            "--purchased",
            "2026-02-30",
        ],
        2,
    );
    d.fails(
        &[
            "purchase",
            "add",
            "--customer",
            &c,
            "--product",
            "AT-100",
            "--value",
            "-5",
            "--purchased",
            "2026-02-03",
        ],
        2,
    );
    d.fails(
        &[
            "purchase",
            "add",
            "--customer",
            "KH0",
            "--product",
            "AT-100",
            "--value",
            "5",
            "--purchased",
            "2026-02-03",
        ],
        3,
    );
    d.fails(
        &[
            "purchase",
            "add",
            "--customer",
            &c,
            "--product",
            "ZZ",
            "--value",
            "5",
            "--purchased",
            "2026-02-03",
        ],
        3,
    );
}

#[test]
fn customer_export_imports_back_into_a_fresh_desk() {
    let a = Desk::new();
    a.add_customer(
        "=SUM(1,2)",
        "13812345678",
        &[
            "--email",
            "a@b.cn",
            "--address",
            "广东省深圳市南山区1号",
            "--region",
            "深圳",
        ],
    );
    a.add_customer("李四, \"小李\"", "13912345678", &[]);
    let csv = a.ok(&["--reveal", "--format", "csv", "customer", "list"]);
    let b = Desk::new();
    let f = b.write("c.csv", &csv);
    b.ok(&["customer", "import", f.to_str().unwrap()]);
    let again = b.ok(&["--reveal", "--format", "csv", "customer", "list"]);
    assert_eq!(csv, again);
}

#[test]
fn masked_export_cannot_be_imported_as_real_data() {
    let a = Desk::new();
    a.add_customer("张三", "13812345678", &[]);
    let csv = a.ok(&["--format", "csv", "customer", "list"]);
    let b = Desk::new();
    let f = b.write("c.csv", &csv);
    let err = b.fails(&["customer", "import", f.to_str().unwrap()], 8);
    assert!(err.contains("--reveal"), "{err}");
}

#[test]
fn an_import_with_bad_rows_writes_nothing_and_names_each_problem() {
    let d = Desk::new();
    let f = d.write(
        "c.csv",
        "name,phone,email\n张三,13812345678,\n李四,not-a-phone,\n王五,13712345678,bad-mail\n赵六\n",
    );
    let before = d.snapshot();
    let err = d.fails(&["customer", "import", f.to_str().unwrap()], 8);
    assert!(err.contains("c.csv:3: phone:"), "{err}");
    assert!(err.contains("c.csv:4: email:"), "{err}");
    assert!(
        err.contains("c.csv:5: row: expected 3 fields, found 1"),
        "{err}"
    );
    assert_eq!(before, d.snapshot());
    let err = d.fails(
        &[
            "customer",
            "import",
            d.write("u.csv", "name,phone,shoe_size\n").to_str().unwrap(),
        ],
        8,
    );
    assert!(err.contains("shoe_size: unknown column"), "{err}");
    let err = d.fails(
        &[
            "customer",
            "import",
            d.write("m.csv", "name\n张三\n").to_str().unwrap(),
        ],
        8,
    );
    assert!(err.contains("phone: required column is missing"), "{err}");
}

#[test]
fn import_dry_run_checks_only() {
    let d = Desk::new();
    let f = d.write("c.csv", "name,phone\n张三,13812345678\n");
    assert!(
        d.ok(&["customer", "import", "--dry-run", f.to_str().unwrap()])
            .contains("dry run")
    );
    assert_eq!(d.json(&["customer", "list"]).as_array().unwrap().len(), 0);
}

#[test]
fn import_reads_gb18030_with_a_mapped_header_and_from_stdin() {
    let d = Desk::new();
    let text = "客户名称,联系方式,地区\n张三,13812345678,深圳\n";
    let (bytes, _, _) = encoding_rs::GB18030.encode(text);
    let f = d.path("gbk.csv");
    std::fs::write(&f, &bytes).unwrap();
    let err = d.fails(&["customer", "import", f.to_str().unwrap()], 8);
    assert!(err.contains("--encoding gb18030"), "{err}");
    d.ok(&[
        "customer",
        "import",
        f.to_str().unwrap(),
        "--encoding",
        "gb18030",
        "--map",
        "客户名称=name,联系方式=phone,地区=region",
    ]);
    d.cmd()
        .args(["customer", "import", "-"])
        .write_stdin("\u{feff}name,phone\n李四,13912345678\n")
        .assert()
        .success();
    let all = d.json(&["customer", "list"]);
    assert_eq!(all[0]["name"], "张三");
    assert_eq!(all[0]["region"], "深圳");
    assert_eq!(all[1]["name"], "李四");
}

#[test]
fn history_shows_the_timeline_of_a_record() {
    let d = Desk::new();
    let c = d.add_customer("张三", "13812345678", &[]);
    d.ok(&["customer", "edit", &c, "--region", "广州"]);
    let h = d.json(&["history", &c]);
    let actions: Vec<&str> = h
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["action"].as_str().unwrap())
        .collect();
    assert_eq!(actions, ["customer.add", "customer.edit"]);
    d.fails(&["history", "KH0"], 3);
}

#[test]
fn audit_filters_by_actor_and_day() {
    let d = Desk::new();
    d.add_staff("amy", "agent", &[]);
    d.run_as(
        "amy",
        &[
            "customer",
            "add",
            "--name",
            "张三",
            "--phone",
            "13812345678",
        ],
    );
    let by_amy = d.json(&["audit", "--actor", "amy"]);
    assert_eq!(by_amy.as_array().unwrap().len(), 1);
    assert_eq!(
        d.json(&["audit", "--since", "2026-11-23"])
            .as_array()
            .unwrap()
            .len(),
        0
    );
    assert_eq!(
        d.json(&["audit", "--since", "2026-11-22", "--until", "2026-11-22"])
            .as_array()
            .unwrap()
            .len(),
        3
    );
    d.fails(&["audit", "--since", "2026-11-31"], 2);
}

#[test]
fn a_closed_pipe_is_a_normal_end() {
    let d = Desk::new();
    for i in 0..300 {
        d.add_customer(&format!("客户{i}"), &format!("1380000{i:04}"), &[]);
    }
    let o = std::process::Command::new("bash")
        .arg("-c")
        .arg("\"$SVC\" --format csv customer list | head -1; echo \"rc=${PIPESTATUS[0]}\"")
        .env("SVC", assert_cmd::cargo::cargo_bin("svc"))
        .env("SVC_DB", d.db())
        .env("SVC_USER", "admin")
        .output()
        .unwrap();
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(
        out.contains("rc=0"),
        "{out} {}",
        String::from_utf8_lossy(&o.stderr)
    );
    assert!(!String::from_utf8_lossy(&o.stderr).contains("panicked"));
}

#[test]
fn completions_in_the_repository_are_current() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    for (shell, file) in [
        ("bash", "svc.bash"),
        ("zsh", "_svc"),
        ("fish", "svc.fish"),
        ("powershell", "_svc.ps1"),
        ("elvish", "svc.elv"),
    ] {
        let d = Desk::bare("2026-11-22 10:00");
        let fresh = d.ok(&["completions", shell]);
        let kept = std::fs::read_to_string(root.join("completions").join(file)).unwrap_or_default();
        assert!(
            fresh == kept,
            "completions/{file} is stale: run `cargo run -q -- completions {shell} > completions/{file}`"
        );
    }
}

#[test]
fn demo_data_is_deterministic_for_a_given_now() {
    let a = Desk::bare("2027-01-20 09:00");
    a.ok(&["init", "--demo"]);
    let b = Desk::bare("2027-01-20 09:00");
    b.ok(&["init", "--demo"]);
    let ca = a.ok(&["--reveal", "--format", "csv", "customer", "list"]);
    assert_eq!(
        ca,
        b.ok(&["--reveal", "--format", "csv", "customer", "list"])
    );
    assert!(ca.lines().count() > 30);
    a.fails(&["init", "--demo"], 4);
}

#[test]
fn the_manual_page_lists_the_commands() {
    let d = Desk::bare("2026-11-22 10:00");
    let man = d.ok(&["man"]);
    assert!(
        man.starts_with(".ie") || man.contains(".TH svc"),
        "{}",
        &man[..200.min(man.len())]
    );
    assert!(man.contains("ticket"));
}

#[test]
fn help_and_version_succeed() {
    let d = Desk::bare("2026-11-22 10:00");
    assert!(d.ok(&["--help"]).contains("Examples:"));
    assert!(d.ok(&["--version"]).starts_with("svc "));
    let o = d.run(&["customer", "frobnicate"]);
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn snapshot_helper_sees_changes() {
    let d = Desk::new();
    let before = snapshot(&d.db());
    d.add_customer("张三", "13812345678", &[]);
    assert_ne!(before, snapshot(&d.db()));
}
