//! `svc init` and `svc completions`.

use std::path::Path;

use clap::{Args, CommandFactory};
use clap_complete::Shell;

use crate::cli::{App, Cli};
use crate::error::{self, Result};
use crate::ops;
use crate::policy::DEFAULT_TOML;
use crate::store;

#[derive(Args, Debug)]
pub struct InitArgs {
    /// Load a realistic demo data set (customers, purchases, staff, …)
    #[arg(long)]
    pub demo: bool,
    /// Rewrite policy.toml with the built-in default; allow --demo on a database that has data
    #[arg(long)]
    pub force: bool,
}

pub fn run(app: &mut App, a: InitArgs) -> Result<u8> {
    let db = app.global.db.clone();
    let mut conn = store::create(&db)?;
    let tx = store::write_tx(&mut conn)?;
    let env = app.env();
    let registered = ops::staff::init_admin(&tx, &env)?;
    if a.demo {
        ops::demo::load(&tx, &env, a.force)?;
    }
    tx.commit()?;
    let policy_file = db
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."))
        .join("policy.toml");
    let wrote_policy = if !policy_file.exists() || a.force {
        let mut f = crate::files::create_private(&policy_file)?;
        std::io::Write::write_all(&mut f, DEFAULT_TOML.as_bytes())?;
        true
    } else {
        false
    };
    let out = &mut app.out;
    out.say(&format!(
        "database {} ready (schema {})",
        db.display(),
        store::schema_version()
    ))?;
    if wrote_policy {
        out.say(&format!(
            "wrote the built-in policy to {} — edit it to change the rules",
            policy_file.display()
        ))?;
    }
    if registered {
        out.say(&format!("registered {} as admin", app.actor))?;
    }
    if a.demo {
        out.say("loaded the demo data set")?;
    }
    Ok(0)
}

#[derive(Args, Debug)]
pub struct CompletionsArgs {
    /// The shell
    #[arg(value_enum)]
    pub shell: Shell,
}

pub fn completions(a: &CompletionsArgs) -> Result<u8> {
    let mut cmd = Cli::command();
    let mut buf = Vec::new();
    clap_complete::generate(a.shell, &mut cmd, "svc", &mut buf);
    std::io::Write::write_all(&mut std::io::stdout().lock(), &buf)
        .map_err(|e| error::failure(format!("cannot write: {e}")))?;
    Ok(0)
}

/// `svc man`: the manual page (roff), from the same definitions as `--help`.
pub fn man() -> Result<u8> {
    let mut buf = Vec::new();
    clap_mangen::Man::new(Cli::command())
        .render(&mut buf)
        .map_err(|e| error::failure(format!("cannot render the manual page: {e}")))?;
    std::io::Write::write_all(&mut std::io::stdout().lock(), &buf)?;
    Ok(0)
}
