//! Reading import sheets: encoding, BOM, header mapping, the formula guard's
//! `'`, and problems collected as `FILE:LINE: column: problem`.

use std::collections::HashMap;
use std::io::{IsTerminal, Read};

use crate::error::{self, Result};
use crate::output::unguard;

/// How many problems an import reports before it stops listing.
const MAX_PROBLEMS: usize = 20;

#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Encoding {
    #[value(name = "utf-8")]
    Utf8,
    Gb18030,
}

pub struct Source {
    /// A path, or `-` for stdin.
    pub path: String,
    pub encoding: Option<Encoding>,
    /// Sheet header → svc column.
    pub map: Vec<(String, String)>,
}

/// One data row, looked up by svc's column names.
pub struct Row<'a> {
    index: &'a HashMap<String, usize>,
    record: &'a csv::StringRecord,
}

impl Row<'_> {
    /// The cell's text, trimmed, with the formula guard undone; `None` when empty or absent.
    pub fn get(&self, column: &str) -> Option<&str> {
        let i = *self.index.get(column)?;
        let v = unguard(self.record.get(i)?.trim());
        (!v.is_empty()).then_some(v)
    }
}

/// A problem in one column of one row.
pub type Problem = (String, String);

/// Parse `a=b,c=d` from `--map`.
pub fn parse_map(s: &str) -> Result<Vec<(String, String)>> {
    s.split(',')
        .filter(|p| !p.trim().is_empty())
        .map(|pair| {
            pair.split_once('=')
                .map(|(a, b)| (a.trim().to_string(), b.trim().to_string()))
                .filter(|(a, b)| !a.is_empty() && !b.is_empty())
                .ok_or_else(|| {
                    error::usage(format!("--map: \"{pair}\" is not SHEET_HEADER=column"))
                        .hint("e.g. --map 客户名称=name,联系方式=phone")
                })
        })
        .collect()
}

fn read_text(src: &Source) -> Result<String> {
    let mut bytes = Vec::new();
    if src.path == "-" {
        std::io::stdin().read_to_end(&mut bytes)?;
    } else {
        let p = std::path::Path::new(&src.path);
        if p.is_dir() {
            return Err(error::usage(format!(
                "{} is a directory, not a CSV file",
                src.path
            )));
        }
        bytes = std::fs::read(p).map_err(|e| {
            error::not_found(format!("cannot read {}: {e}", src.path)).hint("check the file name")
        })?;
    }
    let body = bytes.strip_prefix("\u{feff}".as_bytes()).unwrap_or(&bytes);
    match src.encoding {
        Some(Encoding::Gb18030) => {
            let (text, _, had_errors) = encoding_rs::GB18030.decode(body);
            if had_errors {
                return Err(error::bad_input(format!(
                    "{}: not valid GB18030 text",
                    src.path
                )));
            }
            Ok(text.into_owned())
        }
        _ => String::from_utf8(body.to_vec()).map_err(|e| {
            error::bad_input(format!(
                "{}: not valid UTF-8 (first bad byte at offset {})",
                src.path,
                e.utf8_error().valid_up_to()
            ))
            .hint("sheets saved by Excel on Chinese Windows are GB18030: add --encoding gb18030")
        }),
    }
}

/// Read a sheet and hand each row to `each`, which checks it (and may write it
/// in the caller's transaction). Any problem makes the whole import fail with
/// exit 8 after every row was checked; the caller's transaction then rolls back.
pub fn each_row(
    src: &Source,
    known: &[&str],
    required: &[&str],
    each: &mut dyn FnMut(&Row) -> std::result::Result<(), Vec<Problem>>,
) -> Result<usize> {
    let text = read_text(src)?;
    let file = if src.path == "-" {
        "<stdin>".to_string()
    } else {
        src.path.clone()
    };
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .from_reader(text.as_bytes());
    let headers = reader
        .headers()
        .map_err(|e| error::bad_input(format!("{file}:1: header: {e}")))?
        .clone();
    let mut index = HashMap::new();
    let mut problems = Vec::new();
    for (i, h) in headers.iter().enumerate() {
        let h = h.trim();
        let name = src
            .map
            .iter()
            .find(|(from, _)| from == h)
            .map_or(h, |(_, to)| to.as_str());
        if !known.contains(&name) {
            problems.push(format!(
                "{file}:1: {name}: unknown column (known: {})",
                known.join(", ")
            ));
        } else if index.insert(name.to_string(), i).is_some() {
            problems.push(format!("{file}:1: {name}: column appears twice"));
        }
    }
    for r in required {
        if !index.contains_key(*r) {
            problems.push(format!("{file}:1: {r}: required column is missing"));
        }
    }
    if !problems.is_empty() {
        return Err(error::bad_input(format!(
            "{file}: the header is not svc's: nothing was written"
        ))
        .details(problems)
        .hint(
            "use the header of the matching `list --format csv`, or rename with --map 表头=column",
        ));
    }
    let progress = (std::io::stderr().is_terminal() && text.len() > 1 << 20).then(|| {
        let bar = indicatif::ProgressBar::new(text.len() as u64);
        bar.set_style(
            indicatif::ProgressStyle::with_template("{bar:40} {bytes}/{total_bytes} {msg}")
                .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
        );
        bar
    });
    let mut count = 0usize;
    let mut total_problems = 0usize;
    let mut record = csv::StringRecord::new();
    loop {
        match reader.read_record(&mut record) {
            Ok(false) => break,
            Ok(true) => {}
            Err(e) => {
                let line = e.position().map_or(0, |p| p.line());
                problems.push(format!("{file}:{line}: row: {e}"));
                break;
            }
        }
        let line = record.position().map_or(0, |p| p.line());
        if record.iter().all(|f| f.trim().is_empty()) {
            continue;
        }
        count += 1;
        if record.len() != headers.len() {
            total_problems += 1;
            if problems.len() < MAX_PROBLEMS {
                problems.push(format!(
                    "{file}:{line}: row: expected {} fields, found {}",
                    headers.len(),
                    record.len()
                ));
            }
            continue;
        }
        let row = Row {
            index: &index,
            record: &record,
        };
        if let Err(ps) = each(&row) {
            total_problems += ps.len();
            for (col, p) in ps {
                if problems.len() < MAX_PROBLEMS {
                    problems.push(format!("{file}:{line}: {col}: {p}"));
                }
            }
        }
        if let Some(bar) = &progress
            && count % 1000 == 0
        {
            bar.set_position(record.position().map_or(0, |p| p.byte()));
        }
    }
    if let Some(bar) = progress {
        bar.finish_and_clear();
    }
    if !problems.is_empty() {
        let total = total_problems.max(problems.len());
        return Err(error::bad_input(format!(
            "{file}: {total} problem{} found: nothing was written",
            if total == 1 { "" } else { "s" }
        ))
        .details(problems)
        .hint("fix the rows and import again; --dry-run checks without writing"));
    }
    Ok(count)
}
