//! Self-contained HTML pages (inline CSS, inline SVG charts) for reports: no
//! scripts, no remote fonts or images, so a page opens the same offline, in a
//! mail attachment or printed. Every text that reaches the page is escaped.

use std::fmt::Write as _;
use std::io::{self, Write};

use unicode_width::UnicodeWidthStr;

use super::{Cell, Listing, Out, fmt_num};

/// Escape text for HTML element content and attribute values.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// Colours of the charts, chosen to stay apart for colour-blind readers.
pub const BLUE: &str = "#3b6fb6";
pub const ORANGE: &str = "#e08a2c";
pub const GREEN: &str = "#3a9a5b";
pub const RED: &str = "#c8453c";
pub const GREY: &str = "#a3a9b3";
pub const PURPLE: &str = "#7c5cb5";

/// A named row of values, one per label, drawn in one colour.
pub struct Series {
    pub name: String,
    pub color: &'static str,
    pub values: Vec<f64>,
}

impl Series {
    pub fn new(name: &str, color: &'static str, values: Vec<f64>) -> Series {
        Series {
            name: name.to_string(),
            color,
            values,
        }
    }
}

/// Bars side by side, or one on top of the other.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Layout {
    Grouped,
    Stacked,
}

/// An SVG picture and the key to its colours.
pub struct Chart {
    pub svg: String,
    pub legend: Vec<(String, &'static str)>,
}

const WIDTH: f64 = 760.0;

/// 1, 2 or 5 × 10ⁿ: a step that gives at most about `parts` gridlines up to `max`.
fn nice_step(max: f64, parts: f64) -> f64 {
    if max <= 0.0 || !max.is_finite() {
        return 1.0;
    }
    let raw = max / parts;
    let mag = 10f64.powf(raw.log10().floor());
    let f = raw / mag;
    let nice = if f <= 1.0 {
        1.0
    } else if f <= 2.0 {
        2.0
    } else if f <= 5.0 {
        5.0
    } else {
        10.0
    };
    (nice * mag).max(if max >= 1.0 { 1.0 } else { 0.0 })
}

/// The axis end and its step for values up to `max`.
fn axis(max: f64) -> (f64, f64) {
    let step = nice_step(max, 5.0);
    let top = (max / step).ceil().max(1.0) * step;
    (top, step)
}

fn legend(series: &[Series]) -> Vec<(String, &'static str)> {
    series.iter().map(|s| (s.name.clone(), s.color)).collect()
}

/// Horizontal bars, one row per label: for rankings, met vs breached, costs
/// against budget. Values are drawn to scale from a shared zero.
pub fn hbars(labels: &[String], series: &[Series], layout: Layout) -> Chart {
    let label_w = labels
        .iter()
        .map(|l| l.width())
        .max()
        .unwrap_or(0)
        .clamp(6, 34) as f64
        * 7.0
        + 12.0;
    let x0 = label_w;
    let plot_w = WIDTH - x0 - 70.0;
    let bar_h = match layout {
        Layout::Stacked => 18.0,
        Layout::Grouped => 12.0,
    };
    let per_row = match layout {
        Layout::Stacked => bar_h,
        Layout::Grouped => bar_h * series.len().max(1) as f64,
    };
    let row_h = per_row + 12.0;
    let top_pad = 8.0;
    let height = top_pad + row_h * labels.len().max(1) as f64 + 24.0;
    let value = |s: &Series, i: usize| s.values.get(i).copied().unwrap_or(0.0).max(0.0);
    let max = (0..labels.len())
        .map(|i| match layout {
            Layout::Stacked => series.iter().map(|s| value(s, i)).sum::<f64>(),
            Layout::Grouped => series.iter().map(|s| value(s, i)).fold(0.0, f64::max),
        })
        .fold(0.0, f64::max);
    let (top, step) = axis(max);
    let scale = |v: f64| v / top * plot_w;
    let mut svg = open_svg(height, "bars");
    let axis_y = top_pad + row_h * labels.len().max(1) as f64;
    let mut t = 0.0;
    while t <= top + step / 2.0 {
        let x = x0 + scale(t);
        let _ = write!(
            svg,
            r#"<line class="grid" x1="{x:.1}" y1="{top_pad}" x2="{x:.1}" y2="{axis_y:.1}"/><text class="tick" x="{x:.1}" y="{:.1}" text-anchor="middle">{}</text>"#,
            axis_y + 14.0,
            escape(&fmt_num(t))
        );
        t += step;
    }
    for (i, label) in labels.iter().enumerate() {
        let y = top_pad + row_h * i as f64 + 6.0;
        let _ = write!(
            svg,
            r#"<text class="label" x="{:.1}" y="{:.1}" text-anchor="end">{}</text>"#,
            x0 - 8.0,
            y + per_row / 2.0 + 4.0,
            escape(label)
        );
        match layout {
            Layout::Stacked => {
                let mut x = x0;
                let mut total = 0.0;
                for s in series {
                    let v = value(s, i);
                    let w = scale(v);
                    if w > 0.0 {
                        let _ = write!(
                            svg,
                            r#"<rect x="{x:.1}" y="{y:.1}" width="{w:.1}" height="{bar_h}" fill="{}"><title>{}: {}</title></rect>"#,
                            s.color,
                            escape(&s.name),
                            escape(&fmt_num(v))
                        );
                    }
                    x += w;
                    total += v;
                }
                let _ = write!(
                    svg,
                    r#"<text class="value" x="{:.1}" y="{:.1}">{}</text>"#,
                    x + 5.0,
                    y + bar_h / 2.0 + 4.0,
                    escape(&fmt_num(total))
                );
            }
            Layout::Grouped => {
                for (k, s) in series.iter().enumerate() {
                    let v = value(s, i);
                    let w = scale(v);
                    let yy = y + bar_h * k as f64;
                    let _ = write!(
                        svg,
                        r#"<rect x="{x0:.1}" y="{yy:.1}" width="{w:.1}" height="{:.1}" fill="{}"><title>{}: {}</title></rect><text class="value" x="{:.1}" y="{:.1}">{}</text>"#,
                        bar_h - 1.0,
                        s.color,
                        escape(&s.name),
                        escape(&fmt_num(v)),
                        x0 + w + 4.0,
                        yy + bar_h - 2.5,
                        escape(&fmt_num(v))
                    );
                }
            }
        }
    }
    let _ = write!(
        svg,
        r#"<line class="axis" x1="{x0:.1}" y1="{top_pad}" x2="{x0:.1}" y2="{axis_y:.1}"/></svg>"#
    );
    Chart {
        svg,
        legend: legend(series),
    }
}

/// Vertical columns over a time axis (one group per day): for volume by day.
/// Every `label_every`-th label is written under its column.
pub fn columns(labels: &[String], series: &[Series], label_every: usize) -> Chart {
    let (x0, right, top_pad, plot_h) = (40.0, 10.0, 10.0, 180.0);
    let height = top_pad + plot_h + 30.0;
    let n = labels.len().max(1) as f64;
    let slot = (WIDTH - x0 - right) / n;
    let k = series.len().max(1) as f64;
    let bar_w = (slot * 0.8 / k).max(1.0);
    let max = series
        .iter()
        .flat_map(|s| s.values.iter().copied())
        .fold(0.0, f64::max);
    let (top, step) = axis(max);
    let base = top_pad + plot_h;
    let mut svg = open_svg(height, "columns");
    let mut t = 0.0;
    while t <= top + step / 2.0 {
        let y = base - t / top * plot_h;
        let _ = write!(
            svg,
            r#"<line class="grid" x1="{x0}" y1="{y:.1}" x2="{:.1}" y2="{y:.1}"/><text class="tick" x="{:.1}" y="{:.1}" text-anchor="end">{}</text>"#,
            WIDTH - right,
            x0 - 6.0,
            y + 4.0,
            escape(&fmt_num(t))
        );
        t += step;
    }
    for (i, label) in labels.iter().enumerate() {
        let sx = x0 + slot * i as f64 + slot * 0.1;
        for (j, s) in series.iter().enumerate() {
            let v = s.values.get(i).copied().unwrap_or(0.0).max(0.0);
            let h = v / top * plot_h;
            if h > 0.0 {
                let _ = write!(
                    svg,
                    r#"<rect x="{:.1}" y="{:.1}" width="{bar_w:.1}" height="{h:.1}" fill="{}"><title>{} {}: {}</title></rect>"#,
                    sx + bar_w * j as f64,
                    base - h,
                    s.color,
                    escape(label),
                    escape(&s.name),
                    escape(&fmt_num(v))
                );
            }
        }
        if label_every > 0 && i % label_every == 0 {
            let _ = write!(
                svg,
                r#"<text class="tick" x="{:.1}" y="{:.1}" text-anchor="middle">{}</text>"#,
                x0 + slot * (i as f64 + 0.5),
                base + 16.0,
                escape(label)
            );
        }
    }
    let _ = write!(
        svg,
        r#"<line class="axis" x1="{x0}" y1="{base:.1}" x2="{:.1}" y2="{base:.1}"/></svg>"#,
        WIDTH - right
    );
    Chart {
        svg,
        legend: legend(series),
    }
}

fn open_svg(height: f64, class: &str) -> String {
    // Inline SVG in HTML needs no namespace declaration (and so no URL).
    format!(
        r#"<svg class="{class}" viewBox="0 0 {WIDTH} {height:.0}" width="{WIDTH}" height="{height:.0}" role="img" preserveAspectRatio="xMinYMin meet">"#
    )
}

/// One headed part of a page: notes, a chart, the table of its rows.
pub struct Block {
    /// The anchor and the section's name in CSV and JSON.
    pub id: &'static str,
    pub title: String,
    pub notes: Vec<String>,
    pub chart: Option<Chart>,
    pub listing: Listing,
}

/// A report page: title, key figures, blocks.
pub struct Page {
    pub title: String,
    pub subtitle: String,
    /// Key figures shown as cards: (label, value).
    pub figures: Vec<(String, String)>,
    pub blocks: Vec<Block>,
    pub footer: String,
}

/// Tables longer than this fold away (`<details>`) when a chart shows them.
const FOLD_ROWS: usize = 15;

const STYLE: &str = r#"
:root { --ink: #1f2933; --muted: #616e7c; --line: #d9dee4; --bg: #f6f7f9; --card: #ffffff; --accent: #3b6fb6; }
* { box-sizing: border-box; }
body { margin: 0; background: var(--bg); color: var(--ink);
  font-family: "PingFang SC", "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "WenQuanYi Micro Hei", sans-serif;
  font-size: 14px; line-height: 1.5; }
main { max-width: 1040px; margin: 0 auto; padding: 24px 28px 48px; }
header h1 { font-size: 26px; margin: 0 0 4px; }
header p { margin: 0; color: var(--muted); }
nav { margin: 16px 0 8px; display: flex; flex-wrap: wrap; gap: 6px 14px; }
nav a { color: var(--accent); text-decoration: none; }
.figures { display: grid; grid-template-columns: repeat(auto-fill, minmax(150px, 1fr)); gap: 12px; margin: 18px 0; }
.figure { background: var(--card); border: 1px solid var(--line); border-radius: 8px; padding: 10px 14px; }
.figure .v { font-size: 22px; font-weight: 600; }
.figure .k { color: var(--muted); font-size: 12px; }
section { background: var(--card); border: 1px solid var(--line); border-radius: 8px; padding: 16px 20px; margin: 16px 0; break-inside: avoid; }
section h2 { font-size: 18px; margin: 0 0 6px; }
section h2 code { color: var(--muted); font-size: 13px; font-weight: normal; margin-left: 8px; }
.note { color: var(--muted); margin: 2px 0; }
figure { margin: 10px 0; overflow-x: auto; }
svg { width: 100%; height: auto; font-family: inherit; }
svg text { fill: var(--ink); font-size: 12px; }
svg .tick { fill: var(--muted); font-size: 11px; }
svg .value { fill: var(--muted); font-size: 11px; }
svg .grid { stroke: #eceff3; stroke-width: 1; }
svg .axis { stroke: #9aa5b1; stroke-width: 1; }
.legend { display: flex; flex-wrap: wrap; gap: 4px 16px; color: var(--muted); font-size: 12px; }
.legend i { display: inline-block; width: 10px; height: 10px; border-radius: 2px; margin-right: 5px; vertical-align: -1px; }
table { border-collapse: collapse; width: 100%; margin-top: 8px; font-size: 13px; }
th, td { padding: 4px 8px; border-bottom: 1px solid var(--line); text-align: left; white-space: nowrap; }
th { color: var(--muted); font-weight: 600; background: #fafbfc; }
td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; }
.empty { color: var(--muted); font-style: italic; }
details summary { cursor: pointer; color: var(--accent); margin-top: 8px; }
footer { color: var(--muted); font-size: 12px; margin-top: 24px; }
@media print { body { background: #fff; } section { border: none; padding: 0; } nav { display: none; } }
"#;

impl Out {
    fn html_table(&self, l: &Listing) -> String {
        if l.rows.is_empty() {
            return r#"<p class="empty">(no rows)</p>"#.to_string();
        }
        let numeric: Vec<bool> = (0..l.columns.len())
            .map(|i| {
                l.rows
                    .iter()
                    .all(|r| matches!(r[i], Cell::Int(_) | Cell::Num(_) | Cell::Null))
            })
            .collect();
        let class = |n: bool| if n { r#" class="n""# } else { "" };
        let mut s = String::from("<table><thead><tr>");
        for (c, n) in l.columns.iter().zip(&numeric) {
            let _ = write!(s, "<th{}>{}</th>", class(*n), escape(c));
        }
        s.push_str("</tr></thead><tbody>");
        for r in &l.rows {
            s.push_str("<tr>");
            for (c, n) in r.iter().zip(&numeric) {
                let _ = write!(s, "<td{}>{}</td>", class(*n), escape(&self.human(c)));
            }
            s.push_str("</tr>");
        }
        s.push_str("</tbody></table>");
        s
    }

    /// Write `page` as one self-contained HTML document.
    pub fn html(&mut self, page: &Page) -> io::Result<()> {
        let mut s = String::with_capacity(64 * 1024);
        let _ = write!(
            s,
            "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n\
             <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
             <title>{}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n<main>\n\
             <header><h1>{}</h1><p>{}</p></header>\n",
            escape(&page.title),
            escape(&page.title),
            escape(&page.subtitle)
        );
        if !page.figures.is_empty() {
            s.push_str("<div class=\"figures\">");
            for (k, v) in &page.figures {
                let _ = write!(
                    s,
                    "<div class=\"figure\"><div class=\"v\">{}</div><div class=\"k\">{}</div></div>",
                    escape(v),
                    escape(k)
                );
            }
            s.push_str("</div>\n");
        }
        s.push_str("<nav>");
        for b in &page.blocks {
            let _ = write!(s, "<a href=\"#{}\">{}</a>", escape(b.id), escape(&b.title));
        }
        s.push_str("</nav>\n");
        for b in &page.blocks {
            let _ = write!(
                s,
                "<section id=\"{}\">\n<h2>{}<code>{}</code></h2>\n",
                escape(b.id),
                escape(&b.title),
                escape(b.id)
            );
            for n in &b.notes {
                let _ = writeln!(s, "<p class=\"note\">{}</p>", escape(n));
            }
            if let Some(c) = &b.chart {
                let _ = write!(s, "<figure>{}", c.svg);
                if !c.legend.is_empty() {
                    s.push_str("<figcaption class=\"legend\">");
                    for (name, color) in &c.legend {
                        let _ = write!(
                            s,
                            "<span><i style=\"background:{color}\"></i>{}</span>",
                            escape(name)
                        );
                    }
                    s.push_str("</figcaption>");
                }
                s.push_str("</figure>\n");
            }
            // A long table (one row per day) folds away under its chart.
            if b.chart.is_some() && b.listing.rows.len() > FOLD_ROWS {
                let _ = write!(
                    s,
                    "<details><summary>{} rows</summary>{}</details>",
                    b.listing.rows.len(),
                    self.html_table(&b.listing)
                );
            } else {
                s.push_str(&self.html_table(&b.listing));
            }
            s.push_str("\n</section>\n");
        }
        let _ = write!(
            s,
            "<footer>{}</footer>\n</main>\n</body>\n</html>\n",
            escape(&page.footer)
        );
        self.out.write_all(s.as_bytes())?;
        self.out.flush()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_markup() {
        assert_eq!(
            escape("<a href='x'>&</a>"),
            "&lt;a href=&#39;x&#39;&gt;&amp;&lt;/a&gt;"
        );
    }

    #[test]
    fn axis_steps_are_round_numbers() {
        for (max, top, step) in [
            (0.0, 1.0, 1.0),
            (3.0, 3.0, 1.0),
            (7.0, 8.0, 2.0),
            (37.0, 40.0, 10.0),
            (46.0, 50.0, 10.0),
            (180.0, 200.0, 50.0),
            (16_666.0, 20_000.0, 5000.0),
        ] {
            assert_eq!(axis(max), (top, step), "{max}");
        }
    }

    #[test]
    fn charts_escape_labels_and_scale_bars() {
        let c = hbars(
            &["<b>&".to_string(), "b".to_string()],
            &[Series::new("n", BLUE, vec![10.0, 5.0])],
            Layout::Grouped,
        );
        assert!(c.svg.contains("&lt;b&gt;&amp;"), "{}", c.svg);
        assert!(!c.svg.contains("<b>"));
        // The first bar is twice the second.
        let widths: Vec<f64> = c
            .svg
            .match_indices("width=\"")
            .skip(1)
            .map(|(i, _)| {
                let rest = &c.svg[i + 7..];
                rest[..rest.find('"').unwrap()].parse().unwrap()
            })
            .collect();
        assert_eq!(widths.len(), 2);
        assert!((widths[0] - 2.0 * widths[1]).abs() < 0.2, "{widths:?}");
        let d = columns(
            &["1".into(), "2".into()],
            &[Series::new("x", RED, vec![1.0, 0.0])],
            1,
        );
        assert!(d.svg.starts_with("<svg") && d.svg.ends_with("</svg>"));
        assert!(!d.svg.contains("http"));
    }
}
