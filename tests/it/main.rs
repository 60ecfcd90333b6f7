//! Integration tests: the real `svc` binary in a temp dir with a fixed clock.

mod callbacks;
mod cases;
mod complaints;
mod foundation;
mod incidents;
mod lint;
mod parts;
mod records;
mod reports;
mod robustness;
mod sla;
mod tickets;

use std::path::{Path, PathBuf};
use std::process::Output;

use assert_cmd::Command;
use tempfile::TempDir;

/// A fresh service desk: its own directory, database and clock.
pub struct Desk {
    pub dir: TempDir,
    pub now: String,
    pub actor: String,
}

impl Default for Desk {
    fn default() -> Desk {
        Desk::new()
    }
}

impl Desk {
    /// `svc init` as `admin` at 2026-11-22 10:00 (Asia/Shanghai).
    pub fn new() -> Desk {
        Desk::at("2026-11-22 10:00")
    }

    pub fn at(now: &str) -> Desk {
        let d = Desk::bare(now);
        d.ok(&["init"]);
        d
    }

    /// No database yet.
    pub fn bare(now: &str) -> Desk {
        Desk {
            dir: tempfile::tempdir().expect("temp dir"),
            now: now.to_string(),
            actor: "admin".into(),
        }
    }

    pub fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    pub fn db(&self) -> PathBuf {
        self.path("svc.db")
    }

    /// Bytes in the database's write-ahead log (0 when there is none).
    pub fn wal_len(&self) -> u64 {
        std::fs::metadata(self.path("svc.db-wal")).map_or(0, |m| m.len())
    }

    /// The command with a cleared environment: only what the test sets counts.
    pub fn cmd(&self) -> Command {
        let mut c = Command::cargo_bin("svc").expect("svc binary");
        c.env_clear()
            .env("PATH", std::env::var_os("PATH").unwrap_or_default())
            .env("SVC_DB", self.db())
            .env("SVC_USER", &self.actor)
            .env("SVC_NOW", &self.now)
            .current_dir(self.dir.path());
        c
    }

    pub fn run(&self, args: &[&str]) -> Output {
        self.cmd().args(args).output().expect("run svc")
    }

    pub fn run_as(&self, actor: &str, args: &[&str]) -> Output {
        self.cmd()
            .env("SVC_USER", actor)
            .args(args)
            .output()
            .expect("run svc")
    }

    /// Run, expect exit 0, return stdout.
    pub fn ok(&self, args: &[&str]) -> String {
        let o = self.run(args);
        assert!(
            o.status.success(),
            "svc {args:?} failed ({:?}):\n{}",
            o.status.code(),
            String::from_utf8_lossy(&o.stderr)
        );
        String::from_utf8(o.stdout).expect("utf-8 stdout")
    }

    /// Run, expect this exit code, return stderr.
    pub fn fails(&self, args: &[&str], code: i32) -> String {
        let o = self.run(args);
        let err = String::from_utf8_lossy(&o.stderr).to_string();
        assert_eq!(
            o.status.code(),
            Some(code),
            "svc {args:?}: stdout {} stderr {err}",
            String::from_utf8_lossy(&o.stdout)
        );
        assert!(
            err.starts_with("error: "),
            "stderr must start with error: {err}"
        );
        assert!(!err.contains("panicked"), "{err}");
        err
    }

    /// Run with `--format json` and parse.
    pub fn json(&self, args: &[&str]) -> serde_json::Value {
        let mut a = vec!["--format", "json"];
        a.extend_from_slice(args);
        let s = self.ok(&a);
        serde_json::from_str(&s).unwrap_or_else(|e| panic!("json of {args:?}: {e}\n{s}"))
    }

    /// Write a file in the desk's directory.
    pub fn write(&self, name: &str, text: &str) -> PathBuf {
        let p = self.path(name);
        std::fs::write(&p, text).expect("write file");
        p
    }

    /// A fingerprint of every table's rows, to prove a refusal changed nothing.
    pub fn snapshot(&self) -> String {
        snapshot(&self.db())
    }

    pub fn add_staff(&self, id: &str, role: &str, extra: &[&str]) {
        let mut a = vec!["staff", "add", id, "--name", id, "--role", role];
        a.extend_from_slice(extra);
        self.ok(&a);
    }

    /// Run each bash script as its own process at the same time (`$SVC` is the
    /// binary, the desk's database, actor and clock are set) and assert that no
    /// line printed FAIL and nothing reported a locked database.
    pub fn run_writers(&self, scripts: Vec<String>) {
        let children: Vec<_> = scripts
            .into_iter()
            .map(|script| {
                std::process::Command::new("bash")
                    .arg("-c")
                    .arg(script)
                    .env("SVC", assert_cmd::cargo::cargo_bin("svc"))
                    .env("SVC_DB", self.db())
                    .env("SVC_USER", &self.actor)
                    .env("SVC_NOW", &self.now)
                    .stdout(std::process::Stdio::piped())
                    .stderr(std::process::Stdio::piped())
                    .spawn()
                    .expect("spawn bash")
            })
            .collect();
        for c in children {
            let o = c.wait_with_output().expect("wait for writer");
            let out = String::from_utf8_lossy(&o.stdout);
            let err = String::from_utf8_lossy(&o.stderr);
            assert!(!out.contains("FAIL"), "a write failed: {out}\n{err}");
            assert!(!err.contains("locked"), "{err}");
        }
    }

    /// A customer; returns the new id.
    pub fn add_customer(&self, name: &str, phone: &str, extra: &[&str]) -> String {
        let mut a = vec!["-q", "customer", "add", "--name", name, "--phone", phone];
        a.extend_from_slice(extra);
        self.ok(&a).trim().to_string()
    }
}

/// Every row of every table, as text.
pub fn snapshot(db: &Path) -> String {
    let conn = rusqlite::Connection::open(db).expect("open db");
    let mut tables: Vec<String> = conn
        // A virtual table's rows live in its shadow tables, which are listed too.
        .prepare(
            "SELECT name FROM sqlite_master WHERE type = 'table'
               AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' ORDER BY name",
        )
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    tables.retain(|t| !t.starts_with("sqlite_"));
    let mut out = String::new();
    for t in tables {
        let mut stmt = conn
            .prepare(&format!("SELECT * FROM \"{t}\" ORDER BY 1"))
            .unwrap();
        let n = stmt.column_count();
        let rows = stmt
            .query_map([], |r| {
                let mut s = String::new();
                for i in 0..n {
                    let v: rusqlite::types::Value = r.get(i)?;
                    s.push_str(&format!("{v:?}|"));
                }
                Ok(s)
            })
            .unwrap();
        out.push_str(&format!("## {t}\n"));
        for r in rows {
            out.push_str(&r.unwrap());
            out.push('\n');
        }
    }
    out
}
