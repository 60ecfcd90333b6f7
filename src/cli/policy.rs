//! `svc policy show|check`.

use std::io::Write;
use std::path::PathBuf;

use clap::{Args, Subcommand};

use crate::cli::{App, Global};
use crate::error::{self, Result};
use crate::output::Format;
use crate::policy;

#[derive(Subcommand, Debug)]
#[command(defer = true)]
pub enum PolicyCmd {
    /// Print the effective policy (built-in default merged with your file)
    Show,
    /// Validate a policy file (default: the one in effect); exit 6 with FILE:LINE:COL on errors
    Check(CheckArgs),
}

#[derive(Args, Debug)]
pub struct CheckArgs {
    /// The file to check
    pub file: Option<PathBuf>,
}

pub fn run(app: &mut App, c: PolicyCmd) -> Result<u8> {
    match c {
        PolicyCmd::Show => {
            let p = &app.policy.policy;
            let text = match app.out.format {
                Format::Json => {
                    serde_json::to_string_pretty(p).map_err(|e| error::failure(e.to_string()))?
                }
                _ => {
                    let source = app
                        .policy
                        .source
                        .as_ref()
                        .map_or("the built-in default".to_string(), |s| {
                            format!("{} over the built-in default", s.display())
                        });
                    format!(
                        "# effective policy: {source}\n{}",
                        toml::to_string_pretty(p).map_err(|e| error::failure(e.to_string()))?
                    )
                }
            };
            if app.out.format == Format::Table {
                app.out.say(text.trim_end())?;
            } else {
                writeln!(app.out.out, "{}", text.trim_end())?;
            }
            Ok(0)
        }
        PolicyCmd::Check(a) => check(&app.global, &a),
    }
}

pub fn check(g: &Global, a: &CheckArgs) -> Result<u8> {
    let path = a
        .file
        .clone()
        .or_else(|| policy::resolve_path(g.policy.as_deref(), &g.db));
    policy::load(path.as_deref())?;
    if !g.quiet {
        match &path {
            Some(p) => println!("{}: ok", p.display()),
            None => println!("built-in default policy: ok"),
        }
    }
    Ok(0)
}
