//! Robustness: many writers at once, crashes mid-import, hostile input.

use std::process::{Command, Stdio};
use std::time::Duration;

use crate::Desk;

fn svc_bin() -> std::path::PathBuf {
    assert_cmd::cargo::cargo_bin("svc")
}

/// 8 processes × 100 writes of mixed commands: every write lands, none fails.
#[test]
fn eight_writers_of_mixed_commands_lose_nothing() {
    let d = Desk::new();
    d.ok(&["product", "add", "AT-100", "--name", "净化器"]);
    let seed = d.add_customer("种子客户", "13800000000", &[]);
    let scripts = (0..8)
        .map(|w| {
            let mut script = String::from("set -u\n");
            for i in 0..25 {
                script.push_str(&format!(
                    "\"$SVC\" -q customer add --name 客户{w}_{i} --phone 139{w:02}{i:06} >/dev/null || echo FAIL add\n\
                     \"$SVC\" -q purchase add --customer {seed} --product AT-100 --value {v} --purchased 2026-11-01 >/dev/null || echo FAIL purchase\n\
                     \"$SVC\" -q customer edit {seed} --region R{w}_{i} >/dev/null || echo FAIL edit\n\
                     \"$SVC\" -q staff add s{w}_{i} --name S --role agent >/dev/null || echo FAIL staff\n",
                    v = 100 + i
                ));
            }
            script
        })
        .collect();
    d.run_writers(scripts);
    assert_eq!(
        d.json(&["customer", "list"]).as_array().unwrap().len(),
        1 + 8 * 25
    );
    assert_eq!(
        d.json(&["purchase", "list"]).as_array().unwrap().len(),
        8 * 25
    );
    assert_eq!(
        d.json(&["staff", "list"]).as_array().unwrap().len(),
        1 + 8 * 25
    );
    let edits = d.json(&["audit", "--entity", &seed]);
    let n_edits = edits
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["action"] == "customer.edit")
        .count();
    assert_eq!(n_edits, 8 * 25);
    assert!(d.ok(&["audit", "verify"]).contains("intact"));
}

fn integrity(d: &Desk) -> String {
    let conn = rusqlite::Connection::open(d.db()).unwrap();
    conn.query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap()
}

/// `kill -9` at random points of a large import: the file stays sound and the
/// import is all or nothing.
#[test]
fn a_killed_import_leaves_all_or_nothing() {
    let d = Desk::new();
    let rows = 20_000;
    let mut csv = String::from("name,phone,region\n");
    for i in 0..rows {
        csv.push_str(&format!("客户{i},139{i:08},深圳\n"));
    }
    let f = d.write("big.csv", &csv);
    // Deterministic "random" kill points spread over the import's run time.
    let delays = [15u64, 60, 120, 200, 350, 600];
    let mut imported = false;
    for delay in delays {
        let mut child = Command::new(svc_bin())
            .args(["customer", "import", f.to_str().unwrap()])
            .env("SVC_DB", d.db())
            .env("SVC_USER", "admin")
            .env("SVC_NOW", &d.now)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(Duration::from_millis(delay));
        let _ = child.kill();
        let status = child.wait().unwrap();
        assert_eq!(integrity(&d), "ok");
        let n = d.json(&["customer", "list"]).as_array().unwrap().len();
        if status.success() {
            imported = true;
            assert_eq!(n, rows, "a finished import has every row");
            break;
        }
        assert_eq!(n, 0, "a killed import (after {delay} ms) left {n} rows");
    }
    if !imported {
        d.ok(&["customer", "import", f.to_str().unwrap()]);
        assert_eq!(
            d.json(&["customer", "list"]).as_array().unwrap().len(),
            rows
        );
    }
    assert!(d.ok(&["audit", "verify"]).contains("intact"));
}

/// Hostile or malformed input: the documented exit code, a clear one-line
/// error, and nothing changed.
#[test]
fn hostile_input_is_refused_cleanly() {
    let d = Desk::new();
    let c = d.add_customer("张三", "13812345678", &[]);
    d.ok(&["product", "add", "AT-100", "--name", "净化器"]);
    let big = "x".repeat(100_000);
    let ragged = d.write("ragged.csv", "name,phone\n张三,13812345678,extra\n李四\n");
    let not_utf8 = d.path("latin1.csv");
    std::fs::write(&not_utf8, b"name,phone\n\xe9t\xe9,13812345678\n").unwrap();
    let dir = d.path("a_directory");
    std::fs::create_dir(&dir).unwrap();
    let cases: Vec<(Vec<String>, i32)> = vec![
        (
            vec![
                "customer",
                "add",
                "--name",
                "Robert'); DROP TABLE customers;--",
                "--phone",
                "1; DELETE FROM events",
            ],
            2,
        ),
        (
            vec![
                "customer",
                "add",
                "--name",
                "\u{202e}evil",
                "--phone",
                "13812345678",
            ],
            2,
        ),
        (
            vec![
                "customer",
                "add",
                "--name",
                "a\u{1b}[31mred",
                "--phone",
                "13812345678",
            ],
            2,
        ),
        (
            vec![
                "customer",
                "add",
                "--name",
                "tab\tname",
                "--phone",
                "13812345678",
            ],
            2,
        ),
        (
            vec!["customer", "add", "--name", &big, "--phone", "13812345678"],
            2,
        ),
        (vec!["customer", "add", "--name", "x", "--phone", &big], 2),
        (vec!["customer", "add", "--name", "x", "--phone", "+"], 2),
        (
            vec![
                "customer",
                "add",
                "--name",
                "x",
                "--phone",
                "13812345678",
                "--email",
                "@",
            ],
            2,
        ),
        (
            vec![
                "customer",
                "add",
                "--name",
                "x",
                "--phone",
                "13812345678",
                "--id",
                "../../etc",
            ],
            2,
        ),
        (
            vec![
                "customer",
                "add",
                "--name",
                "x",
                "--phone",
                "13812345678",
                "--id",
                &c,
            ],
            4,
        ),
        (vec!["customer", "add", "--name", "x"], 2),
        (vec!["customer", "edit", "KH00000000000", "--name", "x"], 3),
        (vec!["customer", "edit", &c, "--tier", "platinum"], 2),
        (vec!["customer", "show", "'; SELECT 1; --"], 3),
        (vec!["customer", "list", "--limit", "many"], 2),
        (vec!["customer", "list", "--tier", "gold"], 2),
        (vec!["customer", "import", ragged.to_str().unwrap()], 8),
        (vec!["customer", "import", not_utf8.to_str().unwrap()], 8),
        (vec!["customer", "import", dir.to_str().unwrap()], 2),
        (vec!["customer", "import", "/no/such/file.csv"], 3),
        (
            vec![
                "customer",
                "import",
                "--map",
                "broken",
                ragged.to_str().unwrap(),
            ],
            2,
        ),
        (
            vec![
                "purchase",
                "add",
                "--customer",
                &c,
                "--product",
                "AT-100",
                "--value",
                "1e308",
                "--purchased",
                "2026-11-01",
            ],
            2,
        ),
        (
            vec![
                "purchase",
                "add",
                "--customer",
                &c,
                "--product",
                "AT-100",
                "--value",
                "NaN",
                "--purchased",
                "2026-11-01",
            ],
            2,
        ),
        (
            vec![
                "purchase",
                "add",
                "--customer",
                &c,
                "--product",
                "AT-100",
                "--value",
                "-1",
                "--purchased",
                "2026-11-01",
            ],
            2,
        ),
        (
            vec![
                "purchase",
                "add",
                "--customer",
                &c,
                "--product",
                "AT-100",
                "--value",
                "10",
                "--qty",
                "-3",
                "--purchased",
                "2026-11-01",
            ],
            2,
        ),
        (
            vec![
                "purchase",
                "add",
                "--customer",
                &c,
                "--product",
                "AT-100",
                "--value",
                "10",
                "--qty",
                "99999999999",
                "--purchased",
                "2026-11-01",
            ],
            2,
        ),
        (
            vec![
                "purchase",
                "add",
                "--customer",
                &c,
                "--product",
                "AT-100",
                "--value",
                "10",
                "--purchased",
                "2026-02-29",
            ],
            2,
        ),
        (
            vec![
                "purchase",
                "add",
                "--customer",
                &c,
                "--product",
                "AT-100",
                "--value",
                "10",
                "--purchased",
                "2026-11-01",
                "--received",
                "2026-10-01",
            ],
            2,
        ),
        (
            vec![
                "purchase",
                "add",
                "--customer",
                &c,
                "--product",
                "AT-100",
                "--value",
                "10",
                "--purchased",
                "next tuesday",
            ],
            2,
        ),
        (vec!["product", "add", "AT-100", "--name", "dup"], 4),
        (vec!["product", "add", "bad model!", "--name", "x"], 2),
        (
            vec!["staff", "add", "x y", "--name", "x", "--role", "agent"],
            2,
        ),
        (
            vec!["staff", "add", "x", "--name", "x", "--role", "emperor"],
            2,
        ),
        (vec!["staff", "deactivate", "ghost"], 3),
        (vec!["staff", "deactivate", "admin"], 4),
        (vec!["history", "T-999"], 3),
        (vec!["audit", "--since", "2026-13-01"], 2),
        (
            vec!["audit", "--since", "2026-11-02", "--until", "2026-11-01"],
            2,
        ),
        (vec!["--now", "2026-11-31 10:00", "customer", "list"], 2),
        (vec!["--now", "25:00", "customer", "list"], 2),
        (vec!["--format", "xml", "customer", "list"], 2),
        (vec!["--format", "html", "customer", "list"], 2),
        (vec!["completions", "tcsh"], 2),
    ]
    .into_iter()
    .map(|(a, code)| (a.into_iter().map(str::to_string).collect(), code))
    .collect();
    assert!(cases.len() >= 40);
    let before = d.snapshot();
    for (args, code) in &cases {
        let a: Vec<&str> = args.iter().map(String::as_str).collect();
        let o = d.run(&a);
        let err = String::from_utf8_lossy(&o.stderr);
        assert_eq!(o.status.code(), Some(*code), "{a:?}: {err}");
        assert!(!err.contains("panicked"), "{a:?}: {err}");
        assert!(err.starts_with("error"), "{a:?}: {err}");
        assert!(err.lines().count() <= 25, "{a:?}: {err}");
        assert_eq!(before, d.snapshot(), "{a:?} changed the database");
    }
}

#[test]
fn a_policy_with_inverted_working_hours_is_refused() {
    let d = Desk::new();
    d.write("policy.toml", "[calendar]\nhours = [\"18:00-09:00\"]\n");
    let err = d.fails(&["customer", "list"], 6);
    assert!(err.contains("policy.toml:2:"), "{err}");
}

#[test]
fn a_directory_or_read_only_database_is_a_clear_error() {
    let d = Desk::new();
    let o = d
        .cmd()
        .env("SVC_DB", d.dir.path())
        .args(["customer", "list"])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&o.stderr).contains("directory"));
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        // Root ignores file modes, so only check when they bite.
        std::fs::set_permissions(d.db(), std::fs::Permissions::from_mode(0o400)).unwrap();
        if std::fs::OpenOptions::new()
            .write(true)
            .open(d.db())
            .is_err()
        {
            let o = d.run(&["customer", "add", "--name", "x", "--phone", "13812345678"]);
            assert_ne!(o.status.code(), Some(0));
            assert!(String::from_utf8_lossy(&o.stderr).starts_with("error:"));
        }
        std::fs::set_permissions(d.db(), std::fs::Permissions::from_mode(0o600)).unwrap();
    }
}

/// Sheets are read as they are parsed (a large import never holds the whole file):
/// a byte that is not UTF-8 far down the file still refuses the whole sheet, naming
/// its line and the encoding option, and nothing is written; a BOM is skipped.
#[test]
fn a_bad_byte_deep_in_a_large_sheet_refuses_it_whole() {
    let d = Desk::new();
    let rows = 30_000;
    let mut csv = "\u{feff}name,phone,region\n".as_bytes().to_vec();
    for i in 0..rows {
        csv.extend_from_slice(format!("客户{i},139{i:08},深圳\n").as_bytes());
    }
    let good = d.path("good.csv");
    std::fs::write(&good, &csv).unwrap();
    // Line 1 is the header: the last row is line rows + 1.
    csv.extend_from_slice(b"\xb2\xe2\xca\xd4,13900000000,\n");
    let bad = d.path("bad.csv");
    std::fs::write(&bad, &csv).unwrap();
    let before = d.snapshot();
    let err = d.fails(&["customer", "import", bad.to_str().unwrap()], 8);
    assert!(err.contains(&format!("line {}", rows + 2)), "{err}");
    assert!(err.contains("--encoding gb18030"), "{err}");
    assert_eq!(d.snapshot(), before);
    d.ok(&["customer", "import", good.to_str().unwrap()]);
    let list = d.json(&["customer", "list"]);
    assert_eq!(list.as_array().unwrap().len(), rows);
    assert_eq!(
        list[0]["name"], "客户0",
        "the BOM is not part of the first header"
    );
}

/// A small write leaves its pages in the write-ahead log for the next command
/// (folding them back would cost two syncs every time); a command that leaves
/// more than 256 KiB there folds the log back into the database as it closes.
#[test]
fn the_write_ahead_log_is_folded_back_only_when_large() {
    let d = Desk::new();
    d.add_customer("张三", "13812345678", &[]);
    let small = d.wal_len();
    assert!(small > 0, "a small write was checkpointed on close");
    assert!(small <= 256 * 1024, "the log kept {small} bytes");
    assert_eq!(d.json(&["customer", "list"]).as_array().unwrap().len(), 1);

    let mut csv = String::from("name,phone,region\n");
    for i in 0..5_000 {
        csv.push_str(&format!("客户{i},139{i:08},深圳\n"));
    }
    let f = d.write("many.csv", &csv);
    d.ok(&["customer", "import", f.to_str().unwrap()]);
    assert_eq!(d.wal_len(), 0, "a large write left its log behind");
    // Folded back, not lost: the rows are in the database file itself.
    let conn = rusqlite::Connection::open(d.db()).unwrap();
    let n: i64 = conn
        .query_row("SELECT count(*) FROM customers", [], |r| r.get(0))
        .unwrap();
    assert_eq!(n, 5_001);
    assert_eq!(integrity(&d), "ok");
}

#[test]
fn a_policy_that_is_not_utf8_is_refused_at_its_line_and_column() {
    let d = Desk::new();
    // "# 测" saved as GBK.
    let mut text = b"[customers]\n# ".to_vec();
    text.extend([0xB2, 0xE2]);
    std::fs::write(d.path("policy.toml"), text).unwrap();
    let err = d.fails(&["customer", "list"], 6);
    assert!(err.contains("policy.toml:2:3:"), "{err}");
    assert!(err.contains("UTF-8"), "{err}");
}
