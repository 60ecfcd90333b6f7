//! `svc backup --out FILE`.

use std::path::PathBuf;

use clap::Args;

use crate::cli::App;
use crate::error::Result;
use crate::ops::backup as ops;
use crate::output::{Cell, Record};

const EXAMPLES: &str = "Examples:
  svc backup --out /var/backups/svc-$(date +%F).db
  svc backup --out latest.db --force      replace last night's copy";

#[derive(Args, Debug)]
#[command(after_help = EXAMPLES)]
pub struct BackupArgs {
    /// The file to write: a complete SQLite database, readable by you only
    #[arg(long, value_name = "FILE")]
    pub out: PathBuf,
    /// Replace FILE if it already exists
    #[arg(long)]
    pub force: bool,
}

pub fn run(app: &mut App, a: BackupArgs) -> Result<u8> {
    let mut conn = app.session("backup.run")?;
    ops::check_target(&a.out, &app.global.db, a.force)?;
    let done = ops::backup(&conn, &a.out)?;
    ops::record(&mut conn, &app.env(), &done)?;
    let file = done.path.display().to_string();
    match app.out.format {
        crate::output::Format::Table => app.out.essential(&format!(
            "backup written to {file} ({} bytes, integrity check ok)",
            done.bytes
        ))?,
        _ => app.out.record(&Record {
            fields: vec![
                ("file", Cell::text(file)),
                ("bytes", Cell::Int(done.bytes as i64)),
                ("integrity", Cell::text("ok")),
            ],
            sections: Vec::new(),
        })?,
    }
    Ok(0)
}
