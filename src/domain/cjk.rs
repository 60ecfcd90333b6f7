//! Text for the case library: CJK-aware terms to index and to query, and the
//! snippet shown around a match.
//!
//! Chinese is written without spaces and most words are two characters, so a
//! run of CJK characters is indexed as its overlapping bigrams (`风扇异响` →
//! `风扇 扇异 异响`, as Lucene's CJKAnalyzer does) and a query run becomes the
//! phrase of its bigrams: it finds exactly the texts holding that run. Latin
//! words and model numbers stay whole and fold case, width and connectors
//! (`AT-100`, `at-100`, `ＡＴ１００` → `at100`). Index and query go through
//! the same functions, so they always agree.

/// Longest Latin word kept (in characters); longer ones are cut, on both sides.
const MAX_WORD: usize = 64;

/// Characters that join the parts of one Latin word or model number (`AT-100`, `v1.2`).
const CONNECTORS: [char; 4] = ['-', '_', '.', '/'];

/// Han ideographs, kana and Hangul: the scripts written without spaces.
pub fn is_cjk(c: char) -> bool {
    matches!(c as u32,
        0x3005 | 0x3007                  // 々 〇
        | 0x3041..=0x3096 | 0x309D..=0x309F // hiragana
        | 0x30A1..=0x30FA | 0x30FC..=0x30FF // katakana (not the middle dot ・)
        | 0x31F0..=0x31FF
        | 0x1100..=0x11FF | 0x3131..=0x318E | 0xAC00..=0xD7A3 // Hangul
        | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF // Han
        | 0x20000..=0x3FFFF
        | 0xFF66..=0xFF9D // half-width katakana
    )
}

/// Full-width ASCII forms (typed with a Chinese input method) as ASCII.
fn fold_width(c: char) -> char {
    match c {
        '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
        '\u{3000}' => ' ',
        c => c,
    }
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() && !is_cjk(c)
}

/// One searchable unit of a text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Piece {
    /// A Latin word or model number, folded: `AT-100` → `at100`.
    Word(String),
    /// A run of CJK characters, as written.
    Cjk(Vec<char>),
}

/// A piece and where it stands in the original text (byte offsets).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Span {
    pub piece: Piece,
    pub start: usize,
    pub end: usize,
}

/// The pieces of `text`, in order; punctuation, spaces and symbols separate them.
pub fn pieces(text: &str) -> Vec<Span> {
    let chars: Vec<(usize, char)> = text
        .char_indices()
        .map(|(i, c)| (i, fold_width(c)))
        .collect();
    let end_of = |k: usize| chars.get(k).map_or(text.len(), |(i, _)| *i);
    let mut out = Vec::new();
    let mut k = 0;
    while k < chars.len() {
        let (start, c) = chars[k];
        if is_cjk(c) {
            let mut run = Vec::new();
            while k < chars.len() && is_cjk(chars[k].1) {
                run.push(chars[k].1);
                k += 1;
            }
            out.push(Span {
                piece: Piece::Cjk(run),
                start,
                end: end_of(k),
            });
        } else if is_word_char(c) {
            let mut word = String::new();
            let mut len = 0;
            loop {
                let c = chars[k].1;
                for l in c.to_lowercase() {
                    if len < MAX_WORD {
                        word.push(l);
                        len += 1;
                    }
                }
                k += 1;
                match chars.get(k) {
                    Some((_, n)) if is_word_char(*n) => {}
                    // A connector joins two parts of the word: `AT-100`.
                    Some((_, n))
                        if CONNECTORS.contains(n)
                            && chars.get(k + 1).is_some_and(|(_, m)| is_word_char(*m)) =>
                    {
                        k += 1;
                    }
                    _ => break,
                }
            }
            out.push(Span {
                piece: Piece::Word(word),
                start,
                end: end_of(k),
            });
        } else {
            k += 1;
        }
    }
    out
}

/// The terms a CJK run is indexed as: its overlapping bigrams, or the lone character.
fn bigrams(run: &[char]) -> Vec<String> {
    if run.len() == 1 {
        return vec![run[0].to_string()];
    }
    run.windows(2).map(|w| w.iter().collect()).collect()
}

/// The terms of `text`, in order, as they go into the index.
pub fn index_terms(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for s in pieces(text) {
        match s.piece {
            Piece::Word(w) => out.push(w),
            Piece::Cjk(run) => out.extend(bigrams(&run)),
        }
    }
    out
}

/// Several texts (description, resolution, notes) as one space-separated string
/// of terms: [`index_terms`] joined, written straight into one string (a bulk
/// import indexes hundreds of thousands of texts).
pub fn index_text(texts: &[&str]) -> String {
    let mut out = String::new();
    let next = |out: &mut String| {
        if !out.is_empty() {
            out.push(' ');
        }
    };
    for t in texts {
        for s in pieces(t) {
            match s.piece {
                Piece::Word(w) => {
                    next(&mut out);
                    out.push_str(&w);
                }
                Piece::Cjk(run) if run.len() == 1 => {
                    next(&mut out);
                    out.push(run[0]);
                }
                Piece::Cjk(run) => {
                    for pair in run.windows(2) {
                        next(&mut out);
                        out.push(pair[0]);
                        out.push(pair[1]);
                    }
                }
            }
        }
    }
    out
}

/// What one word of a query asks for; all of a query's terms must match.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Term {
    /// A Latin word or model number, whole.
    Word(String),
    /// A CJK run of two or more characters: its bigrams, adjacent and in order.
    Phrase(Vec<String>),
    /// A single CJK character: a word beginning with it (or the character alone).
    Start(char),
}

impl Term {
    /// The CJK characters a phrase stands for.
    fn run(&self) -> Vec<char> {
        match self {
            Term::Phrase(bs) => {
                let mut run: Vec<char> = bs.iter().filter_map(|b| b.chars().next()).collect();
                if let Some(last) = bs.last().and_then(|b| b.chars().nth(1)) {
                    run.push(last);
                }
                run
            }
            Term::Start(c) => vec![*c],
            Term::Word(_) => Vec::new(),
        }
    }
}

/// The terms of a query, each once, in the order typed. Empty when the text
/// holds nothing searchable (only punctuation or spaces).
pub fn query(text: &str) -> Vec<Term> {
    let mut out: Vec<Term> = Vec::new();
    for s in pieces(text) {
        let t = match s.piece {
            Piece::Word(w) => Term::Word(w),
            Piece::Cjk(run) if run.len() == 1 => Term::Start(run[0]),
            Piece::Cjk(run) => Term::Phrase(bigrams(&run)),
        };
        if !out.contains(&t) {
            out.push(t);
        }
    }
    out
}

/// Where the earliest match of any term lies in `text` (byte offsets), if any.
fn first_match(text: &str, terms: &[Term]) -> Option<(usize, usize)> {
    let mut best: Option<(usize, usize)> = None;
    let mut consider = |m: (usize, usize)| {
        if best.is_none_or(|b| m.0 < b.0 || (m.0 == b.0 && m.1 > b.1)) {
            best = Some(m);
        }
    };
    for s in pieces(text) {
        match &s.piece {
            Piece::Word(w) => {
                if terms.iter().any(|t| *t == Term::Word(w.clone())) {
                    consider((s.start, s.end));
                }
            }
            Piece::Cjk(chars) => {
                let offsets: Vec<usize> = text[s.start..s.end]
                    .char_indices()
                    .map(|(i, _)| s.start + i)
                    .chain([s.end])
                    .collect();
                for t in terms {
                    let needle = t.run();
                    if needle.is_empty() {
                        continue;
                    }
                    let at = find(chars, &needle).or_else(|| match t {
                        // The index matched the phrase across two runs: show its first bigram.
                        Term::Phrase(_) => find(chars, &needle[..2]),
                        _ => None,
                    });
                    if let Some(i) = at {
                        let len = needle.len().min(chars.len() - i);
                        consider((offsets[i], offsets[i + len]));
                    }
                }
            }
        }
    }
    best
}

fn find(hay: &[char], needle: &[char]) -> Option<usize> {
    if needle.is_empty() || needle.len() > hay.len() {
        return None;
    }
    hay.windows(needle.len()).position(|w| w == needle)
}

/// Marks around the match in a snippet.
pub const MARK: (&str, &str) = ("【", "】");

/// About `width` characters of `text` around the earliest match of `terms`,
/// the match marked 【like this】, cut ends shown as `…`, white space folded to
/// single spaces. `None` when nothing in `text` matches.
pub fn snippet(text: &str, terms: &[Term], width: usize) -> Option<String> {
    let (ms, me) = first_match(text, terms)?;
    let before: Vec<char> = text[..ms].chars().collect();
    let matched: String = text[ms..me].chars().collect();
    let after: Vec<char> = text[me..].chars().collect();
    let room = width.saturating_sub(matched.chars().count());
    let lead = before
        .len()
        .min(room / 4)
        .max(room.saturating_sub(after.len()));
    let lead = lead.min(before.len());
    let tail = room.saturating_sub(lead).min(after.len());
    let mut out = String::new();
    if lead < before.len() {
        out.push('…');
    }
    out.extend(&before[before.len() - lead..]);
    out.push_str(MARK.0);
    out.push_str(&matched);
    out.push_str(MARK.1);
    out.extend(&after[..tail]);
    if tail < after.len() {
        out.push('…');
    }
    Some(fold_space(&out))
}

/// `text` cut to `width` characters with `…`, white space folded (for one-line summaries).
pub fn clip(text: &str, width: usize) -> String {
    let text = fold_space(text);
    if text.chars().count() <= width {
        return text;
    }
    let mut out: String = text.chars().take(width.saturating_sub(1)).collect();
    out.push('…');
    out
}

fn fold_space(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn words(s: &str) -> Vec<&str> {
        s.split(' ').filter(|w| !w.is_empty()).collect()
    }

    #[test]
    fn cjk_runs_become_bigrams_and_latin_words_stay_whole() {
        let cases: &[(&str, &str)] = &[
            ("异响", "异响"),
            ("风扇异响", "风扇 扇异 异响"),
            ("接口漏水，地面积水", "接口 口漏 漏水 地面 面积 积水"),
            ("漏", "漏"),
            ("AT-100 风扇异响", "at100 风扇 扇异 异响"),
            ("型号AT-100的风扇", "型号 at100 的风 风扇"),
            ("at-100", "at100"),
            ("ＡＴ－１００", "at100"),
            ("AT100", "at100"),
            ("v1.2 固件", "v12 固件"),
            ("e-mail: a_b@x.com", "email ab xcom"),
            ("---", ""),
            ("a - b", "a b"),
            ("2次", "2 次"),
            ("Café", "café"),
            ("モーター音", "モー ータ ター ー音"),
            ("소음 발생", "소음 발생"),
            ("😀 ！？。", ""),
        ];
        for (text, want) in cases {
            assert_eq!(index_terms(text).join(" "), *want, "{text}");
        }
    }

    #[test]
    fn several_texts_index_as_one_string() {
        assert_eq!(
            index_text(&["风扇异响", "更换轴承", "AT-100"]),
            "风扇 扇异 异响 更换 换轴 轴承 at100"
        );
        assert_eq!(index_text(&["", "！"]), "");
    }

    #[test]
    fn long_words_are_cut_the_same_on_both_sides() {
        let long = "x".repeat(200);
        let t = index_terms(&long);
        assert_eq!(t.len(), 1);
        assert_eq!(t[0].chars().count(), MAX_WORD);
        assert_eq!(query(&long), vec![Term::Word(t[0].clone())]);
    }

    #[test]
    fn queries_are_terms_each_once() {
        let p = |s: &[&str]| Term::Phrase(s.iter().map(|x| x.to_string()).collect());
        let w = |s: &str| Term::Word(s.into());
        let cases: Vec<(&str, Vec<Term>)> = vec![
            ("异响", vec![p(&["异响"])]),
            ("风扇 异响", vec![p(&["风扇"]), p(&["异响"])]),
            ("风扇异响", vec![p(&["风扇", "扇异", "异响"])]),
            ("AT-100", vec![w("at100")]),
            ("at-100 异响", vec![w("at100"), p(&["异响"])]),
            ("AT-100异响", vec![w("at100"), p(&["异响"])]),
            ("漏", vec![Term::Start('漏')]),
            ("异响 异响", vec![p(&["异响"])]),
            ("，。！ ...", vec![]),
            ("", vec![]),
        ];
        for (q, want) in cases {
            assert_eq!(query(q), want, "{q}");
        }
    }

    #[test]
    fn snippets_mark_the_earliest_match_in_the_original_text() {
        let cases: &[(&str, &str, usize, Option<&str>)] = &[
            (
                "风扇转动时有咔咔异响",
                "异响",
                40,
                Some("风扇转动时有咔咔【异响】"),
            ),
            (
                "型号AT-100风扇异响",
                "at100",
                40,
                Some("型号【AT-100】风扇异响"),
            ),
            (
                "型号AT-100风扇异响",
                "异响 AT100",
                40,
                Some("型号【AT-100】风扇异响"),
            ),
            (
                "开机后约十分钟风扇开始发出很大的咔咔声然后出现异响，断电重启无效",
                "异响",
                16,
                Some("…咔咔声然后出现【异响】，断电重启无效"),
            ),
            (
                "异响出现在开机十分钟以后并且越来越响",
                "异响",
                10,
                Some("【异响】出现在开机十分钟…"),
            ),
            (
                "开机十分钟后出现异响并且越来越响，断电重启也无效",
                "异响",
                12,
                Some("…出现【异响】并且越来越响，断…"),
            ),
            (
                "接口漏水\n地面\t积水",
                "积水",
                40,
                Some("接口漏水 地面 【积水】"),
            ),
            ("显示屏不亮", "漏水", 40, None),
            ("漏电", "漏", 40, Some("【漏】电")),
            // A phrase the index matched across two runs: the first bigram is shown.
            ("风扇，扇异响", "风扇异响", 40, Some("【风扇】，扇异响")),
        ];
        for (text, q, width, want) in cases {
            assert_eq!(
                snippet(text, &query(q), *width).as_deref(),
                *want,
                "{text} / {q}"
            );
        }
    }

    #[test]
    fn clip_folds_space_and_cuts_long_text() {
        assert_eq!(clip("更换\n轴承", 10), "更换 轴承");
        assert_eq!(clip("一二三四五六", 4), "一二三…");
    }

    proptest! {
        /// The one-string form of the index terms is the terms, joined.
        #[test]
        fn indexed_text_is_its_terms_joined(text in "[风扇异响漏水接口 a-zA-Z0-9\\-，。!ＡＢ]{0,40}") {
            prop_assert_eq!(index_text(&[&text]), index_terms(&text).join(" "));
        }

        /// Whatever is written, searching for it finds the text itself.
        #[test]
        fn a_text_always_finds_itself(text in "[风扇异响漏水接口 a-zA-Z0-9\\-，。!]{0,30}") {
            let index = words(&index_text(&[&text])).into_iter().map(String::from).collect::<Vec<_>>();
            let joined = format!(" {} ", index.join(" "));
            for t in query(&text) {
                match &t {
                    Term::Word(w) => prop_assert!(index.contains(w), "{w}"),
                    Term::Phrase(bs) => {
                        let phrase = format!(" {} ", bs.join(" "));
                        prop_assert!(joined.contains(&phrase), "{phrase}");
                    }
                    Term::Start(c) => prop_assert!(index.iter().any(|i| i.starts_with(*c))),
                }
                prop_assert!(snippet(&text, std::slice::from_ref(&t), 30).is_some());
            }
        }
    }
}
