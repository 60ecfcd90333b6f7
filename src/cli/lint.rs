//! `svc lint [TEXT | -]`: needs the policy only — no database, no permission.

use std::io::{IsTerminal, Read};

use clap::Args;

use crate::cli::App;
use crate::error::{self, Result};
use crate::ops::lint as ops;
use crate::output::{Cell, Format, Listing};

const EXAMPLES: &str = "Examples:
  svc lint \"您好，公司就这么规定的\"
  svc lint - < reply.txt
  svc --format json lint - < script.txt";

/// Check a reply or script before saying it to a customer.
#[derive(Args, Debug)]
#[command(after_help = EXAMPLES)]
pub struct LintArgs {
    /// The text to check; `-` (or nothing, when piped) reads stdin
    pub text: Option<String>,
}

const COLUMNS: &[&str] = &["line", "column", "kind", "phrase", "found", "suggestion"];

pub fn run(app: &mut App, a: LintArgs) -> Result<u8> {
    let text = match a.text.as_deref() {
        Some("-") => read_stdin()?,
        Some(t) => t.to_string(),
        None if !std::io::stdin().is_terminal() => read_stdin()?,
        None => {
            return Err(
                error::usage("nothing to check: give the TEXT, or - to read stdin")
                    .hint("svc lint \"您好，请问有什么可以帮您？\" or svc lint - < reply.txt"),
            );
        }
    };
    let findings = ops::check(&app.policy.policy, &text);
    if findings.is_empty() {
        match app.out.format {
            Format::Table => app.out.essential("no forbidden or vague phrases")?,
            _ => app.out.list(&Listing::new(COLUMNS))?,
        }
        return Ok(0);
    }
    let mut l = Listing::new(COLUMNS);
    for f in &findings {
        l.push(vec![
            Cell::Int(f.hit.line as i64),
            Cell::Int(f.hit.column as i64),
            Cell::text(f.hit.kind.as_str()),
            Cell::text(&f.hit.phrase),
            Cell::text(&f.hit.found),
            Cell::text(&f.suggestion),
        ]);
    }
    app.out.list(&l)?;
    app.out.flush()?;
    let first = &findings[0];
    Err(error::refused(format!(
        "{} phrase{} to rephrase, first \"{}\" at {}:{}",
        findings.len(),
        if findings.len() == 1 { "" } else { "s" },
        first.hit.phrase,
        first.hit.line,
        first.hit.column
    ))
    .hint(format!("say instead: {}", first.suggestion)))
}

fn read_stdin() -> Result<String> {
    let mut bytes = Vec::new();
    std::io::stdin().read_to_end(&mut bytes)?;
    let body = bytes.strip_prefix("\u{feff}".as_bytes()).unwrap_or(&bytes);
    String::from_utf8(body.to_vec()).map_err(|_| {
        error::usage("the text on stdin is not UTF-8")
            .hint("save it as UTF-8 (files from Chinese Windows are often GB18030)")
    })
}
