//! One rendering layer for every command: CJK-aligned tables, RFC 4180 CSV
//! with the formula-injection guard, JSON; masking of personal data.

pub mod html;

use std::io::{self, Write};

use jiff::tz::TimeZone;
use serde_json::{Map, Value as Json};
use unicode_width::UnicodeWidthStr;

use crate::domain::{mask, time};

#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Table,
    Csv,
    Json,
    Html,
}

/// Which personal field a cell holds, for masking.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Pii {
    Phone,
    Email,
    Address,
}

/// One value in a row or a record.
#[derive(Clone, Debug, PartialEq)]
pub enum Cell {
    Null,
    Text(String),
    Int(i64),
    Num(f64),
    /// A moment, as epoch seconds.
    Time(i64),
    Bool(bool),
    Pii(Pii, String),
}

impl Cell {
    pub fn text(s: impl Into<String>) -> Cell {
        Cell::Text(s.into())
    }
    pub fn opt_text(s: Option<impl Into<String>>) -> Cell {
        s.map_or(Cell::Null, |s| Cell::Text(s.into()))
    }
    pub fn opt_time(t: Option<i64>) -> Cell {
        t.map_or(Cell::Null, Cell::Time)
    }
    pub fn opt_pii(kind: Pii, s: Option<String>) -> Cell {
        s.map_or(Cell::Null, |s| Cell::Pii(kind, s))
    }
}

/// Rows under stable snake_case column names.
#[derive(Clone, Debug, Default)]
pub struct Listing {
    pub columns: Vec<&'static str>,
    pub rows: Vec<Vec<Cell>>,
}

impl Listing {
    pub fn new(columns: &[&'static str]) -> Listing {
        Listing {
            columns: columns.to_vec(),
            rows: Vec::new(),
        }
    }
    pub fn push(&mut self, row: Vec<Cell>) {
        debug_assert_eq!(row.len(), self.columns.len());
        self.rows.push(row);
    }
}

/// One object: its fields, then named lists (notes, timeline, …).
#[derive(Clone, Debug, Default)]
pub struct Record {
    pub fields: Vec<(&'static str, Cell)>,
    pub sections: Vec<(&'static str, Listing)>,
}

impl Record {
    pub fn field(&mut self, name: &'static str, value: Cell) -> &mut Record {
        self.fields.push((name, value));
        self
    }
}

/// Text cells starting with these could run as formulas in a spreadsheet (OWASP).
const FORMULA_START: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// Whether a spreadsheet would read this text cell as a formula, or the cell,
/// behind its leading apostrophes, starts like one. The second case is guarded
/// too, so that `unguard` can always take exactly one apostrophe off: text that
/// really starts with `'=` survives an export and an import.
fn needs_guard(s: &str) -> bool {
    s.trim_start_matches('\'')
        .chars()
        .next()
        .is_some_and(|c| FORMULA_START.contains(&c) || c == '\n')
}

/// Prefix `'` to a text cell a spreadsheet would read as a formula.
pub fn guard(s: &str) -> std::borrow::Cow<'_, str> {
    if needs_guard(s) {
        format!("'{s}").into()
    } else {
        s.into()
    }
}

/// Undo `guard` on import: one leading `'` before a guarded cell is removed.
pub fn unguard(s: &str) -> &str {
    match s.strip_prefix('\'') {
        Some(rest) if needs_guard(rest) => rest,
        _ => s,
    }
}

/// How this run renders: chosen once from the global options and the policy.
pub struct Out {
    pub format: Format,
    pub bom: bool,
    pub raw_csv: bool,
    pub quiet: bool,
    pub color: bool,
    pub tz: TimeZone,
    /// Personal fields to mask; empty with `--reveal`.
    pub masked: Vec<Pii>,
    pub out: Box<dyn Write>,
}

impl Out {
    pub fn stdout(format: Format, tz: TimeZone) -> Out {
        Out {
            format,
            bom: false,
            raw_csv: false,
            quiet: false,
            color: false,
            tz,
            masked: vec![Pii::Phone, Pii::Email, Pii::Address],
            out: Box::new(io::BufWriter::with_capacity(1 << 16, io::stdout().lock())),
        }
    }

    fn show_pii(&self, kind: Pii, s: &str) -> String {
        if !self.masked.contains(&kind) {
            return s.to_string();
        }
        match kind {
            Pii::Phone => mask::phone(s),
            Pii::Email => mask::email(s),
            Pii::Address => mask::address(s),
        }
    }

    /// Mask personal fields inside a JSON text (audit old/new values).
    pub fn mask_json_text(&self, text: &str) -> String {
        if self.masked.is_empty() {
            return text.to_string();
        }
        let Ok(mut v) = serde_json::from_str::<Json>(text) else {
            return text.to_string();
        };
        if let Json::Object(m) = &mut v {
            for (key, kind) in [
                ("phone", Pii::Phone),
                ("email", Pii::Email),
                ("address", Pii::Address),
            ] {
                if let Some(Json::String(s)) = m.get_mut(key) {
                    *s = self.show_pii(kind, s);
                }
            }
        }
        v.to_string()
    }

    fn human(&self, c: &Cell) -> String {
        match c {
            Cell::Null => String::new(),
            Cell::Text(s) => sanitize(s),
            Cell::Int(i) => i.to_string(),
            Cell::Num(f) => fmt_num(*f),
            Cell::Time(t) => time::fmt_table(*t, &self.tz),
            Cell::Bool(b) => if *b { "yes" } else { "no" }.into(),
            Cell::Pii(k, s) => sanitize(&self.show_pii(*k, s)),
        }
    }

    /// A cell's CSV text (before quoting) appended to `buf`: no allocation per cell,
    /// as an export of a million rows writes tens of millions of them.
    fn push_csv_cell(&self, c: &Cell, buf: &mut String) {
        let text = |buf: &mut String, s: &str| {
            if self.raw_csv {
                buf.push_str(s);
            } else {
                buf.push_str(&guard(s));
            }
        };
        match c {
            Cell::Null => {}
            Cell::Int(i) => {
                use std::fmt::Write as _;
                let _ = write!(buf, "{i}");
            }
            Cell::Num(f) => buf.push_str(&fmt_num(*f)),
            Cell::Time(t) => time::push_csv(buf, *t, &self.tz),
            Cell::Bool(b) => buf.push_str(if *b { "true" } else { "false" }),
            Cell::Text(s) => text(buf, s),
            Cell::Pii(k, s) => text(buf, &self.show_pii(*k, s)),
        }
    }

    fn json_cell(&self, c: &Cell) -> Json {
        match c {
            Cell::Null => Json::Null,
            Cell::Text(s) => Json::String(s.clone()),
            Cell::Int(i) => Json::from(*i),
            Cell::Num(f) => {
                serde_json::Number::from_f64(round2(*f)).map_or(Json::Null, Json::Number)
            }
            Cell::Time(t) => Json::String(time::fmt_json(*t, &self.tz)),
            Cell::Bool(b) => Json::Bool(*b),
            Cell::Pii(k, s) => Json::String(self.show_pii(*k, s)),
        }
    }

    pub fn json_object(&self, columns: &[&str], row: &[Cell]) -> Json {
        let mut m = Map::new();
        for (k, v) in columns.iter().zip(row) {
            m.insert((*k).to_string(), self.json_cell(v));
        }
        Json::Object(m)
    }

    pub fn record_json(&self, r: &Record) -> Json {
        let mut m = Map::new();
        for (k, v) in &r.fields {
            m.insert((*k).to_string(), self.json_cell(v));
        }
        for (k, l) in &r.sections {
            let rows = l
                .rows
                .iter()
                .map(|row| self.json_object(&l.columns, row))
                .collect();
            m.insert((*k).to_string(), Json::Array(rows));
        }
        Json::Object(m)
    }

    /// Start a streamed list: rows go out as they come (CSV/JSON), tables wait
    /// for all rows to know the column widths.
    pub fn begin(&mut self, columns: &[&'static str]) -> io::Result<Sink<'_>> {
        let mut sink = Sink {
            out: self,
            columns: columns.to_vec(),
            buffered: Vec::new(),
            count: 0,
            cell: String::new(),
            line: Vec::new(),
        };
        sink.start()?;
        Ok(sink)
    }

    pub fn list(&mut self, l: &Listing) -> io::Result<()> {
        let mut sink = self.begin(&l.columns)?;
        for r in &l.rows {
            sink.row(r)?;
        }
        sink.finish()
    }

    pub fn record(&mut self, r: &Record) -> io::Result<()> {
        match self.format {
            Format::Json | Format::Html => {
                let j = self.record_json(r);
                writeln!(
                    self.out,
                    "{}",
                    serde_json::to_string_pretty(&j).unwrap_or_default()
                )?;
            }
            Format::Csv => {
                let cols: Vec<&'static str> = r.fields.iter().map(|(k, _)| *k).collect();
                let row: Vec<Cell> = r.fields.iter().map(|(_, v)| v.clone()).collect();
                let mut l = Listing::new(&cols);
                l.push(row);
                self.list(&l)?;
            }
            Format::Table => {
                let width = r.fields.iter().map(|(k, _)| k.width()).max().unwrap_or(0);
                for (k, v) in &r.fields {
                    let label = self.paint_label(&format!("{k:width$}"));
                    writeln!(self.out, "{label}  {}", self.human(v))?;
                }
                for (name, l) in &r.sections {
                    writeln!(self.out)?;
                    let title = self.paint_label(name);
                    writeln!(self.out, "{title}")?;
                    if l.rows.is_empty() {
                        writeln!(self.out, "  (none)")?;
                    } else {
                        self.table(&l.columns, &l.rows)?;
                    }
                }
            }
        }
        self.out.flush()
    }

    /// A line of human text; only in table format and not with `-q`.
    pub fn say(&mut self, line: &str) -> io::Result<()> {
        if self.format == Format::Table && !self.quiet {
            writeln!(self.out, "{line}")?;
        }
        Ok(())
    }

    /// The essential result (a new id): printed in table format even with `-q`.
    pub fn essential(&mut self, line: &str) -> io::Result<()> {
        if self.format == Format::Table {
            writeln!(self.out, "{line}")?;
        }
        Ok(())
    }

    pub fn flush(&mut self) -> io::Result<()> {
        self.out.flush()
    }

    fn paint_label(&self, s: &str) -> String {
        if self.color {
            format!("\x1b[1m{s}\x1b[0m")
        } else {
            s.to_string()
        }
    }

    fn table(&mut self, columns: &[&'static str], rows: &[Vec<Cell>]) -> io::Result<()> {
        let cells: Vec<Vec<String>> = rows
            .iter()
            .map(|r| r.iter().map(|c| self.human(c)).collect())
            .collect();
        let mut widths: Vec<usize> = columns.iter().map(|c| c.width()).collect();
        for r in &cells {
            for (w, c) in widths.iter_mut().zip(r) {
                *w = (*w).max(c.width());
            }
        }
        let numeric: Vec<bool> = (0..columns.len())
            .map(|i| {
                rows.iter()
                    .all(|r| matches!(r[i], Cell::Int(_) | Cell::Num(_) | Cell::Null))
                    && rows.iter().any(|r| !matches!(r[i], Cell::Null))
            })
            .collect();
        let header: Vec<String> = columns
            .iter()
            .zip(&widths)
            .map(|(c, w)| pad(c, *w, false))
            .collect();
        let header = header.join("  ");
        let header = self.paint_label(header.trim_end());
        writeln!(self.out, "{header}")?;
        for r in &cells {
            let line: Vec<String> = r
                .iter()
                .zip(&widths)
                .zip(&numeric)
                .map(|((c, w), num)| pad(c, *w, *num))
                .collect();
            writeln!(self.out, "{}", line.join("  ").trim_end())?;
        }
        Ok(())
    }
}

/// A list being written.
pub struct Sink<'a> {
    out: &'a mut Out,
    columns: Vec<&'static str>,
    buffered: Vec<Vec<Cell>>,
    count: usize,
    /// Scratch space of the CSV writer, reused from row to row.
    cell: String,
    line: Vec<u8>,
}

impl Sink<'_> {
    fn start(&mut self) -> io::Result<()> {
        match self.out.format {
            Format::Csv => {
                if self.out.bom {
                    self.out.out.write_all("\u{feff}".as_bytes())?;
                }
                let header: Vec<String> = self.columns.iter().map(|c| c.to_string()).collect();
                write_csv_line(&mut self.out.out, &header)?;
            }
            Format::Json | Format::Html => self.out.out.write_all(b"[")?,
            Format::Table => {}
        }
        Ok(())
    }

    pub fn row(&mut self, row: &[Cell]) -> io::Result<()> {
        match self.out.format {
            Format::Csv => {
                self.line.clear();
                for (i, c) in row.iter().enumerate() {
                    if i > 0 {
                        self.line.push(b',');
                    }
                    self.cell.clear();
                    self.out.push_csv_cell(c, &mut self.cell);
                    push_csv_field(&mut self.line, &self.cell);
                }
                self.line.push(b'\n');
                self.out.out.write_all(&self.line)?;
            }
            Format::Json | Format::Html => {
                let obj = self.out.json_object(&self.columns, row);
                if self.count > 0 {
                    self.out.out.write_all(b",")?;
                }
                self.out.out.write_all(b"\n  ")?;
                serde_json::to_writer(&mut self.out.out, &obj)?;
            }
            Format::Table => self.buffered.push(row.to_vec()),
        }
        self.count += 1;
        Ok(())
    }

    pub fn finish(mut self) -> io::Result<()> {
        match self.out.format {
            Format::Csv => {}
            Format::Json | Format::Html => {
                if self.count > 0 {
                    self.out.out.write_all(b"\n")?;
                }
                self.out.out.write_all(b"]\n")?;
            }
            Format::Table => {
                if self.buffered.is_empty() {
                    if !self.out.quiet {
                        writeln!(self.out.out, "(no rows)")?;
                    }
                } else {
                    let rows = std::mem::take(&mut self.buffered);
                    self.out.table(&self.columns, &rows)?;
                }
            }
        }
        self.out.out.flush()
    }
}

/// One RFC 4180 record: quoted only when needed, CRLF-free line ends as most tools expect.
fn write_csv_line(w: &mut dyn Write, cells: &[String]) -> io::Result<()> {
    let mut line = Vec::new();
    for (i, c) in cells.iter().enumerate() {
        if i > 0 {
            line.push(b',');
        }
        push_csv_field(&mut line, c);
    }
    line.push(b'\n');
    w.write_all(&line)
}

/// One field of a record, quoted when it holds a separator, a quote, a line break
/// or spaces at either end.
fn push_csv_field(line: &mut Vec<u8>, c: &str) {
    let special = c.bytes().any(|b| matches!(b, b',' | b'"' | b'\n' | b'\r'));
    if special || c.starts_with(' ') || c.ends_with(' ') {
        line.push(b'"');
        for b in c.bytes() {
            if b == b'"' {
                line.push(b'"');
            }
            line.push(b);
        }
        line.push(b'"');
    } else {
        line.extend_from_slice(c.as_bytes());
    }
}

fn pad(s: &str, width: usize, right: bool) -> String {
    let fill = width.saturating_sub(s.width());
    if right {
        format!("{}{s}", " ".repeat(fill))
    } else {
        format!("{s}{}", " ".repeat(fill))
    }
}

/// Control characters would break a table (or a terminal): show them escaped.
fn sanitize(s: &str) -> String {
    if !s.chars().any(|c| c.is_control() || is_invisible(c)) {
        return s.to_string();
    }
    s.chars()
        .map(|c| match c {
            '\n' => "⏎".to_string(),
            c if c.is_control() || is_invisible(c) => format!("\\u{{{:x}}}", c as u32),
            c => c.to_string(),
        })
        .collect()
}

fn is_invisible(c: char) -> bool {
    matches!(c, '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{feff}')
}

fn round2(f: f64) -> f64 {
    (f * 100.0).round() / 100.0
}

/// Numbers as a spreadsheet reads them: no exponent, at most two decimals.
pub fn fmt_num(f: f64) -> String {
    if !f.is_finite() {
        return String::new();
    }
    let r = round2(f);
    if r.fract() == 0.0 && r.abs() < 1e15 {
        format!("{}", r as i64)
    } else {
        format!("{r:.2}")
            .trim_end_matches('0')
            .trim_end_matches('.')
            .to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Shared(std::rc::Rc<std::cell::RefCell<Vec<u8>>>);
    impl Write for Shared {
        fn write(&mut self, b: &[u8]) -> io::Result<usize> {
            self.0.borrow_mut().extend_from_slice(b);
            Ok(b.len())
        }
        fn flush(&mut self) -> io::Result<()> {
            Ok(())
        }
    }

    fn render(format: Format, f: impl FnOnce(&mut Out)) -> String {
        let buf = std::rc::Rc::new(std::cell::RefCell::new(Vec::new()));
        let mut out = Out::stdout(format, TimeZone::get("Asia/Shanghai").unwrap());
        out.out = Box::new(Shared(buf.clone()));
        f(&mut out);
        String::from_utf8(buf.borrow().clone()).unwrap()
    }

    #[test]
    fn csv_guard_neutralises_formulas_but_not_numbers() {
        assert_eq!(guard("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
        for s in ["+1", "-1", "@SUM(A1)", "\tx", "\rx", "\nx"] {
            assert!(guard(s).starts_with('\''), "{s:?}");
            assert_eq!(unguard(&guard(s)), s);
        }
        assert_eq!(guard("张三"), "张三");
        assert_eq!(unguard("'quoted"), "'quoted");
        let mut l = Listing::new(&["name", "amount"]);
        l.push(vec![Cell::text("=1+1"), Cell::Num(-5.0)]);
        let s = render(Format::Csv, |o| o.list(&l).unwrap());
        assert_eq!(s, "name,amount\n'=1+1,-5\n");
    }

    /// One CSV cell as `--format csv` writes it, read back as an import reads it.
    fn export_then_import(text: &str) -> String {
        let mut line = Vec::new();
        push_csv_field(&mut line, &guard(text));
        // A second column, so that an empty cell is not an empty line (which readers skip).
        line.extend_from_slice(b",end\n");
        let mut reader = csv::ReaderBuilder::new()
            .has_headers(false)
            .from_reader(line.as_slice());
        let record = reader
            .records()
            .next()
            .expect("one record")
            .expect("valid CSV");
        unguard(&record[0]).to_string()
    }

    #[test]
    fn an_apostrophe_before_a_formula_survives_the_round_trip() {
        assert_eq!(guard("'=1+1"), "''=1+1");
        assert_eq!(export_then_import("'=1+1"), "'=1+1");
        assert_eq!(export_then_import("''@x"), "''@x");
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(500))]

        /// Export then import gives back the very text, whatever it holds:
        /// formula starts, apostrophes, quotes, commas, line breaks, CJK.
        #[test]
        fn csv_guard_round_trips_any_text(
            text in "['=+\\-@\t\r\n\",\" 张三a1]{0,3}\\PC{0,8}['=\",\n]{0,2}",
        ) {
            proptest::prop_assert_eq!(export_then_import(&text), text);
        }

        /// No exported cell starts with a character a spreadsheet would evaluate.
        #[test]
        fn a_guarded_cell_never_starts_a_formula(text in "[\t\r\n=+\\-@']{0,2}\\PC{0,10}") {
            let g = guard(&text);
            proptest::prop_assert!(!g.starts_with(|c: char| FORMULA_START.contains(&c) || c == '\n'));
        }
    }

    #[test]
    fn table_aligns_double_width_text() {
        let mut l = Listing::new(&["name", "n"]);
        l.push(vec![Cell::text("张三丰"), Cell::Int(1)]);
        l.push(vec![Cell::text("Li"), Cell::Int(22)]);
        let s = render(Format::Table, |o| o.list(&l).unwrap());
        let lines: Vec<&str> = s.lines().collect();
        assert_eq!(lines[1], "张三丰   1");
        assert_eq!(lines[2], "Li      22");
        assert_eq!(lines[0].width(), "name    n".width());
    }

    #[test]
    fn pii_is_masked_unless_revealed() {
        let mut l = Listing::new(&["phone"]);
        l.push(vec![Cell::Pii(Pii::Phone, "13812345678".into())]);
        assert!(render(Format::Json, |o| o.list(&l).unwrap()).contains("138****5678"));
        let s = render(Format::Csv, |o| {
            o.masked.clear();
            o.list(&l).unwrap()
        });
        assert!(s.contains("13812345678"));
    }

    #[test]
    fn bom_and_control_characters() {
        let mut l = Listing::new(&["x"]);
        l.push(vec![Cell::text("a\u{7}b\u{200b}")]);
        let s = render(Format::Csv, |o| {
            o.bom = true;
            o.list(&l).unwrap()
        });
        assert!(s.starts_with('\u{feff}'));
        let t = render(Format::Table, |o| o.list(&l).unwrap());
        assert!(t.contains("a\\u{7}b\\u{200b}"), "{t}");
    }

    #[test]
    fn csv_quotes_only_what_needs_it() {
        let mut l = Listing::new(&["a", "b", "c", "d", "e", "f"]);
        l.push(vec![
            Cell::text("x,y"),
            Cell::text("say \"hi\""),
            Cell::text(" padded"),
            Cell::text("two\nlines"),
            Cell::text("张三"),
            Cell::Null,
        ]);
        l.push(vec![
            Cell::Int(-3),
            Cell::Num(2.5),
            Cell::Bool(true),
            Cell::Time(0),
            Cell::text("-x"),
            Cell::Pii(Pii::Phone, "13812345678".into()),
        ]);
        let s = render(Format::Csv, |o| o.list(&l).unwrap());
        assert_eq!(
            s,
            "a,b,c,d,e,f\n\"x,y\",\"say \"\"hi\"\"\",\" padded\",\"two\nlines\",张三,\n\
             -3,2.5,true,1970-01-01 08:00:00,'-x,138****5678\n"
        );
        let raw = render(Format::Csv, |o| {
            o.raw_csv = true;
            o.list(&l).unwrap()
        });
        assert!(raw.ends_with(",-x,138****5678\n"), "{raw}");
    }

    #[test]
    fn numbers() {
        assert_eq!(fmt_num(1.0), "1");
        assert_eq!(fmt_num(1.5), "1.5");
        assert_eq!(fmt_num(2.345), "2.35");
        assert_eq!(fmt_num(f64::NAN), "");
    }
}
