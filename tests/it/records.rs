//! Records that last and stay private: backup, encrypted archives, purge under
//! the retention rule, the audit chain against edits behind svc's back.

use std::path::{Path, PathBuf};
use std::process::Stdio;

use rusqlite::{Connection, OptionalExtension, params};
use sha2::{Digest, Sha256};

use crate::Desk;

/// An age key pair: the public key, and the identity file as `age-keygen` writes it.
pub fn keypair(d: &Desk, file: &str) -> (String, PathBuf) {
    use age::secrecy::ExposeSecret;
    let id = age::x25519::Identity::generate();
    let public = id.to_public().to_string();
    let text = format!(
        "# created: 2026-11-22T10:00:00+08:00\n# public key: {public}\n{}\n",
        id.to_string().expose_secret()
    );
    (public, d.write(file, &text))
}

/// Epoch seconds of a Shanghai wall-clock time `YYYY-MM-DD HH:MM`.
pub fn at(s: &str) -> i64 {
    format!("{}:00+08:00", s.replacen(' ', "T", 1))
        .parse::<jiff::Timestamp>()
        .expect("time")
        .as_second()
}

/// Append an event the way svc chains them.
fn append_event(conn: &Connection, at: i64, entity: &str, action: &str, new: &serde_json::Value) {
    let last: Option<(i64, String)> = conn
        .query_row(
            "SELECT id, hash FROM events ORDER BY id DESC LIMIT 1",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()
        .unwrap();
    let (last_id, prev) = last.unwrap_or((0, "0".repeat(64)));
    let id = last_id + 1;
    let new = new.to_string();
    let body = serde_json::json!([
        prev,
        id,
        at,
        "admin",
        entity,
        action,
        Option::<String>::None,
        Some(&new)
    ]);
    let hash: String = Sha256::digest(body.to_string().as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    conn.execute(
        "INSERT INTO events(id, at, actor, entity, action, old, new, prev_hash, hash)
         VALUES (?1, ?2, 'admin', ?3, ?4, NULL, ?5, ?6, ?7)",
        params![id, at, entity, action, new, prev, hash],
    )
    .unwrap();
}

/// A ticket as the ticket commands leave it: the row, a note, a cost, and its
/// open (and close) events. `ended` is when it was closed or cancelled.
pub fn ticket(
    d: &Desk,
    id: i64,
    customer: &str,
    description: &str,
    status: &str,
    opened: &str,
    ended: Option<&str>,
) {
    let conn = Connection::open(d.db()).unwrap();
    let opened = at(opened);
    let ended = ended.map(at);
    conn.execute(
        "INSERT INTO tickets(id, customer_id, category, description, priority, channel, mode,
                             kind, status, opened_at, clock_start, updated_at, closed_at,
                             cancelled_reason)
         VALUES (?1, ?2, 'noise', ?3, 'normal', 'phone', 'remote', 'repair', ?4, ?5, ?5, ?6, ?7, ?8)",
        params![
            id,
            customer,
            description,
            status,
            opened,
            ended.unwrap_or(opened),
            ended.filter(|_| status == "closed"),
            (status == "cancelled").then_some("opened in error"),
        ],
    )
    .unwrap();
    let entity = format!("T-{id}");
    conn.execute(
        "INSERT INTO notes(entity, at, author, text) VALUES (?1, ?2, 'admin', '已电话联系客户')",
        params![entity, opened + 600],
    )
    .unwrap();
    conn.execute(
        "INSERT INTO costs(ticket_id, kind, amount, note, at, actor)
         VALUES (?1, 'labour', 80.5, '上门检测', ?2, 'admin')",
        params![id, opened + 3600],
    )
    .unwrap();
    append_event(
        &conn,
        opened,
        &entity,
        "ticket.open",
        &serde_json::json!({"description": description, "status": "new"}),
    );
    if let Some(e) = ended {
        append_event(
            &conn,
            e,
            &entity,
            &format!(
                "ticket.{}",
                if status == "closed" {
                    "close"
                } else {
                    "cancel"
                }
            ),
            &serde_json::json!({"status": status}),
        );
    }
}

#[cfg(unix)]
fn mode(p: &Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(p).unwrap().permissions().mode() & 0o777
}

fn count(db: &Path, sql: &str) -> i64 {
    Connection::open(db)
        .unwrap()
        .query_row(sql, [], |r| r.get(0))
        .unwrap()
}

// --- backup -------------------------------------------------------------------

#[test]
fn a_backup_taken_while_another_process_writes_is_intact() {
    let d = Desk::new();
    let script = (0..150)
        .map(|i| format!("\"$SVC\" -q customer add --name 客户{i} --phone 1390000{i:04} >/dev/null || echo FAIL"))
        .collect::<Vec<_>>()
        .join("\n");
    let writer = std::process::Command::new("bash")
        .arg("-c")
        .arg(script)
        .env("SVC", assert_cmd::cargo::cargo_bin("svc"))
        .env("SVC_DB", d.db())
        .env("SVC_USER", "admin")
        .env("SVC_NOW", &d.now)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut copies = Vec::new();
    for n in 0..4 {
        let name = format!("copy{n}.db");
        let out = d.ok(&["backup", "--out", &name]);
        assert!(out.contains("integrity check ok"), "{out}");
        copies.push(d.path(&name));
    }
    let o = writer.wait_with_output().unwrap();
    assert!(
        !String::from_utf8_lossy(&o.stdout).contains("FAIL"),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    for copy in copies {
        let check: String = Connection::open(&copy)
            .unwrap()
            .query_row("PRAGMA integrity_check", [], |r| r.get(0))
            .unwrap();
        assert_eq!(check, "ok");
        // One snapshot: every customer in the copy has its event, and no event lacks its customer.
        assert_eq!(
            count(&copy, "SELECT count(*) FROM customers"),
            count(
                &copy,
                "SELECT count(*) FROM events WHERE action = 'customer.add'"
            )
        );
        #[cfg(unix)]
        assert_eq!(mode(&copy), 0o600, "{}", copy.display());
        let copy_s = copy.to_str().unwrap();
        assert!(
            d.ok(&["--db", copy_s, "audit", "verify"])
                .contains("intact")
        );
    }
    assert_eq!(count(&d.db(), "SELECT count(*) FROM customers"), 150);
    let events = d.json(&["audit", "--entity", "backup"]);
    assert_eq!(events.as_array().unwrap().len(), 4, "backups are audited");
}

/// The latest changes may still be in `svc.db-wal`; the backup holds them all
/// in one file that needs no log beside it.
#[test]
fn a_backup_holds_the_changes_still_in_the_write_ahead_log() {
    let d = Desk::new();
    d.add_customer("张三", "13812345678", &[]);
    assert!(d.wal_len() > 0, "the change is still in the log");
    d.ok(&["backup", "--out", "copy.db"]);
    let copy = d.path("copy.db");
    assert!(!PathBuf::from(format!("{}-wal", copy.display())).exists());
    assert_eq!(count(&copy, "SELECT count(*) FROM customers"), 1);
}

#[test]
fn backup_will_not_overwrite_by_accident_and_needs_permission() {
    let d = Desk::new();
    d.add_staff("amy", "agent", &[]);
    d.ok(&["backup", "--out", "b.db"]);
    let before = std::fs::read(d.path("b.db")).unwrap();
    let err = d.fails(&["backup", "--out", "b.db"], 4);
    assert!(err.contains("--force"), "{err}");
    assert_eq!(before, std::fs::read(d.path("b.db")).unwrap());
    d.fails(&["backup", "--out", "svc.db", "--force"], 2);
    d.ok(&["backup", "--out", "b.db", "--force"]);
    let o = d.run_as("amy", &["backup", "--out", "amy.db"]);
    assert_eq!(o.status.code(), Some(5));
    assert!(!d.path("amy.db").exists());
    d.fails(&["backup", "--out", "no/such/dir/b.db"], 1);
    let leftovers: Vec<_> = std::fs::read_dir(d.dir.path())
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| e.file_name().to_string_lossy().contains("partial"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

// --- privacy of files -----------------------------------------------------------

#[cfg(unix)]
#[test]
fn the_database_journal_files_are_private() {
    let d = Desk::new();
    // Keep a reader open so the -wal and -shm files stay while svc writes.
    let reader = Connection::open(d.db()).unwrap();
    let _: i64 = reader
        .query_row("SELECT count(*) FROM customers", [], |r| r.get(0))
        .unwrap();
    d.add_customer("张三", "13812345678", &[]);
    for suffix in ["-wal", "-shm"] {
        let p = PathBuf::from(format!("{}{suffix}", d.db().display()));
        assert!(p.exists(), "{}", p.display());
        assert_eq!(mode(&p) & 0o077, 0, "{} is readable by others", p.display());
    }
}

// --- archive ----------------------------------------------------------------------

/// A desk with one customer and tickets ended at various times.
fn desk_with_history() -> (Desk, String) {
    let d = Desk::new();
    let c = d.add_customer("张三", "13812345678", &["--region", "深圳"]);
    ticket(
        &d,
        1,
        &c,
        "风扇转动时有咔咔异响，夜间尤其明显",
        "closed",
        "2025-03-01 09:00",
        Some("2025-03-10 15:00"),
    );
    ticket(
        &d,
        2,
        &c,
        "客户误开的重复工单",
        "cancelled",
        "2025-08-01 09:00",
        Some("2025-08-01 10:00"),
    );
    ticket(
        &d,
        3,
        &c,
        "滤网更换后仍有异味",
        "closed",
        "2026-01-20 09:00",
        Some("2026-02-01 11:00"),
    );
    ticket(
        &d,
        4,
        &c,
        "底部持续漏水",
        "in_progress",
        "2025-06-01 09:00",
        None,
    );
    (d, c)
}

#[test]
fn an_archive_of_last_years_closed_tickets_needs_the_identity_and_holds_every_one() {
    let (d, customer) = desk_with_history();
    let (public, identity) = keypair(&d, "archive.key");
    let (_, stranger) = keypair(&d, "stranger.key");
    let out = d.ok(&[
        "archive",
        "export",
        "--before",
        "2026-01-01",
        "--out",
        "2025.age",
        "--recipient",
        &public,
    ]);
    assert!(out.contains("archived 2 records"), "{out}");
    let file = d.path("2025.age");
    #[cfg(unix)]
    assert_eq!(mode(&file), 0o600);
    let bytes = std::fs::read(&file).unwrap();
    assert!(bytes.starts_with(b"age-encryption.org/v1"));
    let haystack = String::from_utf8_lossy(&bytes);
    for plain in ["风扇转动时有咔咔异响", "已电话联系客户", customer.as_str()] {
        assert!(!haystack.contains(plain), "{plain} readable in the archive");
    }

    let before = d.snapshot();
    let err = d.fails(
        &[
            "archive",
            "show",
            "2025.age",
            "--identity",
            stranger.to_str().unwrap(),
        ],
        5,
    );
    assert!(err.contains("another recipient"), "{err}");
    assert_eq!(before, d.snapshot(), "a refused read leaves no trace");
    let o = d.run(&["archive", "show", "2025.age"]);
    assert_eq!(o.status.code(), Some(2), "the identity is required");

    let doc = d.json(&[
        "archive",
        "show",
        "2025.age",
        "--identity",
        identity.to_str().unwrap(),
    ]);
    assert_eq!(doc["header"]["counts"]["ticket"], 2);
    assert_eq!(doc["header"]["before"], "2026-01-01");
    assert_eq!(doc["header"]["cutoff"], "2026-01-01T00:00:00+08:00");
    assert_eq!(doc["header"]["svc_version"], env!("CARGO_PKG_VERSION"));
    let records = doc["records"].as_array().unwrap();
    let ids: Vec<&str> = records.iter().map(|r| r["id"].as_str().unwrap()).collect();
    assert_eq!(
        ids,
        ["T-1", "T-2"],
        "closed and cancelled last year; not this year's, not open ones"
    );
    let t1 = &records[0];
    assert_eq!(t1["kind"], "ticket");
    assert_eq!(t1["customer"], customer.as_str());
    assert_eq!(t1["closed_at"], at("2025-03-10 15:00"));
    assert_eq!(
        t1["record"]["description"],
        "风扇转动时有咔咔异响，夜间尤其明显"
    );
    assert_eq!(t1["record"]["status"], "closed");
    assert_eq!(t1["related"]["notes"][0]["text"], "已电话联系客户");
    assert_eq!(t1["related"]["costs"][0]["amount"], 80.5);
    let actions: Vec<&str> = t1["events"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["action"].as_str().unwrap())
        .collect();
    assert_eq!(actions, ["ticket.open", "ticket.close"]);

    let table = d.ok(&[
        "archive",
        "show",
        "2025.age",
        "--identity",
        identity.to_str().unwrap(),
    ]);
    assert!(
        table.contains("archive of 2 records that ended before 2026-01-01"),
        "{table}"
    );
    let row = table
        .lines()
        .find(|l| l.starts_with("ticket  T-1"))
        .expect(&table);
    assert!(
        row.contains("2025-03-10 15:00") && row.trim_end().ends_with('2'),
        "{row}"
    );
    let who = d.json(&["audit", "--entity", "archive"]);
    let actions: Vec<&str> = who
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["action"].as_str().unwrap())
        .collect();
    assert_eq!(actions, ["archive.export", "archive.show", "archive.show"]);
}

#[test]
fn an_archive_can_be_encrypted_to_a_recipient_file() {
    let (d, _) = desk_with_history();
    let (public, identity) = keypair(&d, "archive.key");
    d.write("archive.pub", &format!("# the archive key\n{public}\n"));
    d.ok(&[
        "archive",
        "export",
        "--before",
        "2026-01-01",
        "--out",
        "a.age",
        "--recipient-file",
        "archive.pub",
    ]);
    let doc = d.json(&[
        "archive",
        "show",
        "a.age",
        "--identity",
        identity.to_str().unwrap(),
    ]);
    assert_eq!(doc["records"].as_array().unwrap().len(), 2);
}

#[test]
fn a_damaged_or_foreign_file_is_not_taken_for_an_archive() {
    let (d, _) = desk_with_history();
    let (public, identity) = keypair(&d, "archive.key");
    let id = identity.to_str().unwrap();
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
    let bytes = std::fs::read(d.path("2025.age")).unwrap();
    std::fs::write(d.path("cut.age"), &bytes[..bytes.len() - 40]).unwrap();
    d.write("junk.age", "just some text");
    for file in ["cut.age", "junk.age"] {
        let err = d.fails(&["archive", "show", file, "--identity", id], 4);
        assert!(err.contains("not a readable svc archive"), "{err}");
    }
    d.fails(&["archive", "show", "missing.age", "--identity", id], 3);
    d.fails(
        &["archive", "show", "2025.age", "--identity", "2025.age"],
        2,
    );
}

#[test]
fn archive_export_refuses_bad_keys_dates_and_targets() {
    let (d, _) = desk_with_history();
    d.add_staff("amy", "agent", &[]);
    let (public, _) = keypair(&d, "archive.key");
    d.write("empty.pub", "# nothing here\n");
    d.write("taken.age", "keep me");
    let before = d.snapshot();
    let base = [
        "archive",
        "export",
        "--before",
        "2026-01-01",
        "--out",
        "x.age",
    ];
    let with = |extra: &[&str]| -> Vec<String> {
        base.iter().chain(extra).map(|s| s.to_string()).collect()
    };
    for (args, code, says) in [
        (
            with(&["--recipient", "age1notakey"]),
            2,
            "not an age recipient",
        ),
        (with(&[]), 2, "needs a recipient"),
        (
            with(&["--recipient-file", "empty.pub"]),
            2,
            "holds no recipient",
        ),
        (with(&["--recipient-file", "missing.pub"]), 3, "cannot read"),
        (
            with(&["--recipient-file", "archive.key"]),
            2,
            "secret key, not a recipient",
        ),
    ] {
        let a: Vec<&str> = args.iter().map(String::as_str).collect();
        let err = d.fails(&a, code);
        assert!(err.contains(says), "{a:?}: {err}");
        assert!(
            !err.contains("AGE-SECRET-KEY"),
            "a secret key was echoed: {err}"
        );
    }
    let err = d.fails(
        &[
            "archive",
            "export",
            "--before",
            "2026-02-30",
            "--out",
            "x.age",
            "--recipient",
            &public,
        ],
        2,
    );
    assert!(err.contains("impossible date"), "{err}");
    let err = d.fails(
        &[
            "archive",
            "export",
            "--before",
            "2026-01-01",
            "--out",
            "taken.age",
            "--recipient",
            &public,
        ],
        4,
    );
    assert!(err.contains("already exists"), "{err}");
    assert_eq!(
        std::fs::read_to_string(d.path("taken.age")).unwrap(),
        "keep me"
    );
    let o = d.run_as(
        "amy",
        &[
            "archive",
            "export",
            "--before",
            "2026-01-01",
            "--out",
            "x.age",
            "--recipient",
            &public,
        ],
    );
    assert_eq!(o.status.code(), Some(5));
    assert!(!d.path("x.age").exists());
    assert_eq!(before, d.snapshot());
}

#[test]
fn purge_refuses_a_cut_off_younger_than_the_retention_period() {
    let (d, _) = desk_with_history();
    let (public, identity) = keypair(&d, "archive.key");
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
    let before = d.snapshot();
    let id = identity.to_str().unwrap();
    let err = d.fails(
        &[
            "archive",
            "purge",
            "--before",
            "2026-01-01",
            "--archive",
            "2025.age",
            "--identity",
            id,
        ],
        4,
    );
    assert!(err.contains("retention.keep (2y)"), "{err}");
    assert!(err.contains("--before 2024-11-22"), "{err}");
    // One day younger than two years is still too young.
    d.fails(
        &[
            "archive",
            "purge",
            "--before",
            "2024-11-23",
            "--archive",
            "2025.age",
            "--identity",
            id,
        ],
        4,
    );
    assert_eq!(before, d.snapshot(), "nothing deleted");
    assert_eq!(count(&d.db(), "SELECT count(*) FROM tickets"), 4);
}

#[test]
fn purge_deletes_only_what_the_archive_holds_unchanged() {
    let (mut d, _) = desk_with_history();
    let (public, identity) = keypair(&d, "archive.key");
    let id = identity.to_str().unwrap();
    d.ok(&[
        "archive",
        "export",
        "--before",
        "2025-05-01",
        "--out",
        "early.age",
        "--recipient",
        &public,
    ]);
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
    // Two years on, last year's records may go.
    d.now = "2028-01-02 09:00".into();
    let purge = |archive: &'static str| -> Vec<&str> {
        vec![
            "archive",
            "purge",
            "--before",
            "2026-01-01",
            "--archive",
            archive,
            "--identity",
            id,
        ]
    };

    let before = d.snapshot();
    let err = d.fails(&purge("early.age"), 4);
    assert!(err.contains("T-2: not in the archive"), "{err}");
    assert_eq!(before, d.snapshot());

    Connection::open(d.db())
        .unwrap()
        .execute(
            "UPDATE notes SET text = '改过的记录' WHERE entity = 'T-1'",
            [],
        )
        .unwrap();
    let before = d.snapshot();
    let err = d.fails(&purge("2025.age"), 4);
    assert!(
        err.contains("T-1: changed since the archive was made"),
        "{err}"
    );
    assert_eq!(before, d.snapshot());
    Connection::open(d.db())
        .unwrap()
        .execute(
            "UPDATE notes SET text = '已电话联系客户' WHERE entity = 'T-1'",
            [],
        )
        .unwrap();

    let out = d.ok(&purge("2025.age"));
    assert!(
        out.contains("purged 2 records that ended before 2026-01-01: T-1, T-2"),
        "{out}"
    );
    let left: Vec<i64> = Connection::open(d.db())
        .unwrap()
        .prepare("SELECT id FROM tickets ORDER BY id")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(left, [3, 4]);
    assert_eq!(
        count(
            &d.db(),
            "SELECT count(*) FROM notes WHERE entity IN ('T-1', 'T-2')"
        ),
        0
    );
    assert_eq!(
        count(
            &d.db(),
            "SELECT count(*) FROM costs WHERE ticket_id IN (1, 2)"
        ),
        0
    );
    assert_eq!(count(&d.db(), "SELECT count(*) FROM costs"), 2);
    // The log is append-only: the events stay, and say where the record went.
    let history = d.json(&["history", "T-1"]);
    let actions: Vec<&str> = history
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["action"].as_str().unwrap())
        .collect();
    assert_eq!(actions, ["ticket.open", "ticket.close", "archive.purge"]);
    assert!(d.ok(&["audit", "verify"]).contains("intact"));
    // Purging again finds nothing left to delete.
    assert!(d.ok(&purge("2025.age")).contains("purged 0 records"));
}

// --- the audit chain ---------------------------------------------------------------

/// Run SQL with the sqlite3 shell when there is one, else through the library.
fn sql_behind_svcs_back(db: &Path, sql: &str) {
    match std::process::Command::new("sqlite3")
        .arg(db)
        .arg(sql)
        .output()
    {
        Ok(o) => assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr)),
        Err(_) => Connection::open(db).unwrap().execute_batch(sql).unwrap(),
    }
}

#[test]
fn editing_an_event_with_the_trigger_dropped_is_caught_by_audit_verify() {
    let d = Desk::new();
    for (n, p) in [
        ("张三", "13812345678"),
        ("李四", "13912345678"),
        ("王五", "13712345678"),
    ] {
        d.add_customer(n, p, &[]);
    }
    assert!(d.ok(&["audit", "verify"]).contains("intact"));
    sql_behind_svcs_back(
        &d.db(),
        "DROP TRIGGER events_no_update;
         UPDATE events SET new = replace(new, '13912345678', '13900000000') WHERE id = 3;",
    );
    let err = d.fails(&["audit", "verify"], 4);
    assert!(err.contains("event 3"), "{err}");
    assert!(err.contains("altered"), "{err}");
}

#[test]
fn deleting_an_event_in_the_middle_is_caught_by_audit_verify() {
    let d = Desk::new();
    for (n, p) in [
        ("张三", "13812345678"),
        ("李四", "13912345678"),
        ("王五", "13712345678"),
    ] {
        d.add_customer(n, p, &[]);
    }
    sql_behind_svcs_back(
        &d.db(),
        "DROP TRIGGER events_no_delete; DELETE FROM events WHERE id = 2;",
    );
    let err = d.fails(&["audit", "verify"], 4);
    assert!(err.contains("event 2"), "{err}");
    assert!(err.contains("removed"), "{err}");
}
