//! Reading import sheets: encoding, BOM, header mapping, the formula guard's
//! `'`, and problems collected as `FILE:LINE: column: problem`.

use std::collections::HashMap;
use std::io::{BufRead, BufReader, IsTerminal, Read};

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

/// FNV-1a: a few column names hashed for every cell of every row want a hash
/// much cheaper than the default (DoS-resistant) one; the keys are svc's own.
#[derive(Default)]
struct Fnv(u64);

impl std::hash::Hasher for Fnv {
    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for b in bytes {
            h = (h ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
    fn finish(&self) -> u64 {
        self.0
    }
}

/// Column name → position in the sheet.
type Index = HashMap<String, usize, std::hash::BuildHasherDefault<Fnv>>;

/// One data row, looked up by svc's column names.
pub struct Row<'a> {
    index: &'a Index,
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

/// The sheet as a stream of UTF-8 bytes without its BOM, and its size when known
/// (for the progress bar). UTF-8 files are read as they are parsed, so a large
/// import never holds the whole file; GB18030 sheets (Excel on Chinese Windows,
/// rarely large) are decoded in one piece.
fn open_input(src: &Source) -> Result<(Box<dyn BufRead + Send>, Option<u64>)> {
    let (raw, size): (Box<dyn Read + Send>, Option<u64>) = if src.path == "-" {
        (Box::new(std::io::stdin()), None)
    } else {
        let p = std::path::Path::new(&src.path);
        if p.is_dir() {
            return Err(error::usage(format!(
                "{} is a directory, not a CSV file",
                src.path
            )));
        }
        let f = std::fs::File::open(p).map_err(|e| {
            error::not_found(format!("cannot read {}: {e}", src.path)).hint("check the file name")
        })?;
        let size = f.metadata().ok().map(|m| m.len());
        (Box::new(f), size)
    };
    let mut input = BufReader::with_capacity(1 << 16, raw);
    const BOM: &[u8] = "\u{feff}".as_bytes();
    // A short first read could split the BOM: fill up to its length before looking.
    let mut head = Vec::with_capacity(BOM.len());
    while head.len() < BOM.len() {
        let buf = input.fill_buf()?;
        if buf.is_empty() {
            break;
        }
        let take = buf.len().min(BOM.len() - head.len());
        head.extend_from_slice(&buf[..take]);
        input.consume(take);
    }
    let head: &[u8] = if head == BOM { &[] } else { &head };
    let stream = std::io::Cursor::new(head.to_vec()).chain(input);
    match src.encoding {
        Some(Encoding::Gb18030) => {
            let mut bytes = Vec::new();
            BufReader::new(stream).read_to_end(&mut bytes)?;
            let (text, _, had_errors) = encoding_rs::GB18030.decode(&bytes);
            if had_errors {
                return Err(error::bad_input(format!(
                    "{}: not valid GB18030 text",
                    src.path
                )));
            }
            Ok((
                Box::new(std::io::Cursor::new(text.into_owned().into_bytes())),
                size,
            ))
        }
        _ => Ok((Box::new(BufReader::with_capacity(1 << 16, stream)), size)),
    }
}

/// A sheet that is not UTF-8 is most likely GB18030: say so, whatever row it shows in.
fn not_utf8(file: &str, e: &csv::Error) -> Option<error::Error> {
    let csv::ErrorKind::Utf8 { pos, err } = e.kind() else {
        return None;
    };
    let line = pos.as_ref().map_or(0, |p| p.line());
    Some(
        error::bad_input(format!(
            "{file}: not valid UTF-8 (line {line}, field {})",
            err.field() + 1
        ))
        .hint("sheets saved by Excel on Chinese Windows are GB18030: add --encoding gb18030"),
    )
}

/// Rows read ahead and checked on the reading thread travel in batches of this many.
const BATCH: usize = 256;
/// Batches in flight between the two threads: bounds the memory a fast reader uses.
const BATCHES_AHEAD: usize = 16;

/// Read a sheet and hand each row to `each`, which checks it (and may write it
/// in the caller's transaction). Any problem makes the whole import fail with
/// exit 8 after every row was checked; the caller's transaction then rolls back.
pub fn each_row(
    src: &Source,
    known: &[&str],
    required: &[&str],
    each: &mut dyn FnMut(&Row) -> std::result::Result<(), Vec<Problem>>,
) -> Result<usize> {
    stream(
        src,
        known,
        required,
        &|row: &Row| Ok(row.record.clone()),
        &mut |index: &Index, record: csv::StringRecord| {
            each(&Row {
                index,
                record: &record,
            })
        },
    )
}

/// [`each_row`] in two steps on two threads: `parse` turns a row into a `T`
/// while the sheet is read, on a thread of its own; `apply` takes the parsed
/// rows in the sheet's order on the caller's thread (the one that holds the
/// transaction). A large import then parses and writes at the same time.
pub fn each_parsed_row<T: Send>(
    src: &Source,
    known: &[&str],
    required: &[&str],
    parse: &(dyn Fn(&Row) -> Checked<T> + Sync),
    apply: &mut dyn FnMut(T) -> Checked<()>,
) -> Result<usize> {
    stream(src, known, required, parse, &mut |_: &Index, t: T| apply(t))
}

/// What checking a row gives: its value, or every problem found in it.
pub type Checked<T> = std::result::Result<T, Vec<Problem>>;

/// What the reading thread hands over: the sheet's line and the parsed row, or its problems.
type Parsed<T> = (u64, Checked<T>);

fn stream<T: Send>(
    src: &Source,
    known: &[&str],
    required: &[&str],
    parse: &(dyn Fn(&Row) -> Checked<T> + Sync),
    apply: &mut dyn FnMut(&Index, T) -> Checked<()>,
) -> Result<usize> {
    let (input, size) = open_input(src)?;
    let file = if src.path == "-" {
        "<stdin>".to_string()
    } else {
        src.path.clone()
    };
    let mut reader = csv::ReaderBuilder::new().flexible(true).from_reader(input);
    let headers = reader
        .headers()
        .map_err(|e| {
            not_utf8(&file, &e)
                .unwrap_or_else(|| error::bad_input(format!("{file}:1: header: {e}")))
        })?
        .clone();
    let mut index = Index::default();
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
    let size = size.unwrap_or(0);
    let progress = (std::io::stderr().is_terminal() && size > 1 << 20).then(|| {
        let bar = indicatif::ProgressBar::new(size);
        bar.set_style(
            indicatif::ProgressStyle::with_template("{bar:40} {bytes}/{total_bytes} {msg}")
                .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
        );
        bar
    });
    let mut total_problems = 0usize;
    let mut report = |problems: &mut Vec<String>, line: u64, ps: Vec<Problem>| {
        total_problems += ps.len();
        for (col, p) in ps {
            if problems.len() < MAX_PROBLEMS {
                problems.push(format!("{file}:{line}: {col}: {p}"));
            }
        }
    };
    let (send, receive) = std::sync::mpsc::sync_channel::<Vec<Parsed<T>>>(BATCHES_AHEAD);
    let index = &index;
    let fields = headers.len();
    let read = std::thread::scope(|scope| {
        let reading = scope.spawn(|| -> Result<(usize, Option<Parsed<T>>)> {
            let mut count = 0usize;
            let mut batch = Vec::with_capacity(BATCH);
            let mut record = csv::StringRecord::new();
            let mut broken = None;
            loop {
                match reader.read_record(&mut record) {
                    Ok(false) => break,
                    Ok(true) => {}
                    Err(e) => {
                        if let Some(bad) = not_utf8(&file, &e) {
                            return Err(bad);
                        }
                        let line = e.position().map_or(0, |p| p.line());
                        broken = Some((line, Err(vec![("row".into(), e.to_string())])));
                        break;
                    }
                }
                let line = record.position().map_or(0, |p| p.line());
                if record.iter().all(|f| f.trim().is_empty()) {
                    continue;
                }
                count += 1;
                let parsed = if record.len() != fields {
                    Err(vec![(
                        "row".into(),
                        format!("expected {fields} fields, found {}", record.len()),
                    )])
                } else {
                    parse(&Row {
                        index,
                        record: &record,
                    })
                };
                batch.push((line, parsed));
                if batch.len() == BATCH {
                    let full = std::mem::replace(&mut batch, Vec::with_capacity(BATCH));
                    if send.send(full).is_err() {
                        break;
                    }
                }
                if let Some(bar) = &progress
                    && count % 1000 == 0
                {
                    bar.set_position(record.position().map_or(0, |p| p.byte()));
                }
            }
            if !batch.is_empty() {
                let _ = send.send(batch);
            }
            drop(send);
            Ok((count, broken))
        });
        for batch in receive.iter() {
            for (line, parsed) in batch {
                let done = parsed.and_then(|t| apply(index, t));
                if let Err(ps) = done {
                    report(&mut problems, line, ps);
                }
            }
        }
        reading.join()
    });
    let (count, broken) = match read {
        Ok(r) => r?,
        Err(_) => return Err(error::failure(format!("{file}: reading the sheet failed"))),
    };
    if let Some((line, Err(ps))) = broken {
        report(&mut problems, line, ps);
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
