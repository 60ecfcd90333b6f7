//! The phrase lint: forbidden service phrases and vague descriptions in a reply
//! or script, found whatever mix of ASCII and full-width punctuation and
//! spacing was typed.

/// Why a phrase was flagged.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HitKind {
    /// A forbidden service phrase (服务禁语).
    Forbidden,
    /// A vague phrase that says nothing about what exactly fails.
    Vague,
}

impl HitKind {
    pub fn as_str(self) -> &'static str {
        match self {
            HitKind::Forbidden => "forbidden",
            HitKind::Vague => "vague",
        }
    }
}

/// One phrase found in the text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Hit {
    /// 1-based line.
    pub line: usize,
    /// 1-based column, in characters.
    pub column: usize,
    /// 0-based position of the match's first character in the whole text.
    pub offset: usize,
    /// The policy's phrase that matched.
    pub phrase: String,
    /// The text as written where it matched.
    pub found: String,
    pub kind: HitKind,
}

/// The form a character is compared in: full-width ASCII forms and the
/// ideographic space become ASCII, CJK punctuation its ASCII counterpart,
/// letters lower case. `None` for white space, which is ignored.
fn fold(c: char) -> Option<char> {
    let c = match c {
        '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
        '\u{3000}' => ' ',
        '。' | '｡' => '.',
        '、' | '､' => ',',
        '“' | '”' | '„' => '"',
        '‘' | '’' => '\'',
        '〜' => '~',
        '【' | '〔' => '[',
        '】' | '〕' => ']',
        '「' | '『' | '《' | '〈' => '<',
        '」' | '』' | '》' | '〉' => '>',
        '—' | '–' => '-',
        '…' => '.',
        c => c,
    };
    if c.is_whitespace() {
        None
    } else {
        Some(c.to_ascii_lowercase())
    }
}

fn folded(s: &str) -> Vec<char> {
    s.chars().filter_map(fold).collect()
}

/// Every occurrence of every phrase, ordered by position (then forbidden before
/// vague). Phrases that fold to the same text count once.
pub fn lint(text: &str, forbidden: &[String], vague: &[String]) -> Vec<Hit> {
    // The folded text, and for each folded character where it stood: (char index, line, column).
    let mut chars = Vec::new();
    let mut at = Vec::new();
    let original: Vec<char> = text.chars().collect();
    let (mut line, mut col) = (1, 1);
    for (i, c) in original.iter().enumerate() {
        if let Some(f) = fold(*c) {
            chars.push(f);
            at.push((i, line, col));
        }
        if *c == '\n' {
            line += 1;
            col = 1;
        } else {
            col += 1;
        }
    }
    let mut seen: Vec<(usize, Vec<char>)> = Vec::new();
    let mut hits = Vec::new();
    let phrases = forbidden
        .iter()
        .map(|p| (p, HitKind::Forbidden))
        .chain(vague.iter().map(|p| (p, HitKind::Vague)));
    for (phrase, kind) in phrases {
        let needle = folded(phrase);
        if needle.is_empty() || needle.len() > chars.len() {
            continue;
        }
        for start in 0..=chars.len() - needle.len() {
            if chars[start..start + needle.len()] != needle[..] {
                continue;
            }
            if seen.iter().any(|(s, n)| *s == start && *n == needle) {
                continue;
            }
            seen.push((start, needle.clone()));
            let (first, line, column) = at[start];
            let (last, _, _) = at[start + needle.len() - 1];
            hits.push(Hit {
                line,
                column,
                offset: first,
                phrase: phrase.clone(),
                found: original[first..=last].iter().collect(),
                kind,
            });
        }
    }
    hits.sort_by_key(|h| (h.line, h.column, h.kind == HitKind::Vague));
    hits
}

/// Every place where one of `phrases` occurs, as (character position of the
/// match's first character, the phrase as given), ordered by position.
pub fn find_phrases(text: &str, phrases: &[String]) -> Vec<(usize, String)> {
    lint(text, phrases, &[])
        .into_iter()
        .map(|h| (h.offset, h.phrase))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn list(items: &[&str]) -> Vec<String> {
        items.iter().map(|s| s.to_string()).collect()
    }

    fn positions(text: &str, forbidden: &[&str], vague: &[&str]) -> Vec<(usize, usize, String)> {
        lint(text, &list(forbidden), &list(vague))
            .into_iter()
            .map(|h| (h.line, h.column, h.found))
            .collect()
    }

    /// (text, forbidden phrases, expected (line, column, found) hits)
    type Case<'a> = (&'a str, &'a [&'a str], Vec<(usize, usize, &'a str)>);

    #[test]
    fn finds_forbidden_phrases_with_line_and_column_in_characters() {
        let cases: &[Case] = &[
            (
                "您好，公司就这么规定的，我也没办法",
                &["公司就这么规定的"],
                vec![(1, 4, "公司就这么规定的")],
            ),
            (
                "第一行\n这不关我的事。",
                &["这不关我的事"],
                vec![(2, 1, "这不关我的事")],
            ),
            ("一切正常，请放心", &["这不关我的事"], vec![]),
            (
                "这不关我的事，真的这不关我的事",
                &["这不关我的事"],
                vec![(1, 1, "这不关我的事"), (1, 10, "这不关我的事")],
            ),
        ];
        for (text, forbidden, want) in cases {
            let want: Vec<(usize, usize, String)> = want
                .iter()
                .map(|(l, c, s)| (*l, *c, s.to_string()))
                .collect();
            assert_eq!(positions(text, forbidden, &[]), want, "{text}");
        }
    }

    #[test]
    fn ascii_and_full_width_punctuation_and_spaces_match_alike() {
        let forbidden = ["一分钱，一分货"];
        for (text, column) in [
            ("你要知道，一分钱，一分货", 6),
            ("你要知道, 一分钱,一分货", 7),
            ("你要知道，一分钱, 一分货", 6),
            ("你要知道，一分钱　，　一分货", 6),
        ] {
            let hits = positions(text, &forbidden, &[]);
            assert_eq!(hits.len(), 1, "{text}");
            assert_eq!((hits[0].0, hits[0].1), (1, column), "{text}");
        }
        let hits = positions("公司 就这么 规定的", &["公司就这么规定的"], &[]);
        assert_eq!(hits, vec![(1, 1, "公司 就这么 规定的".to_string())]);
        assert_eq!(positions("ＡＢＣ", &["abc"], &[]).len(), 1);
    }

    #[test]
    fn phrases_that_fold_alike_count_once() {
        let hits = lint(
            "一分钱,一分货",
            &list(&["一分钱，一分货", "一分钱,一分货"]),
            &[],
        );
        assert_eq!(hits.len(), 1);
    }

    #[test]
    fn vague_phrases_are_told_apart_from_forbidden_ones() {
        let hits = lint(
            "产品坏了，这不关我的事",
            &list(&["这不关我的事"]),
            &list(&["坏了"]),
        );
        let kinds: Vec<(usize, HitKind)> = hits.iter().map(|h| (h.column, h.kind)).collect();
        assert_eq!(kinds, vec![(3, HitKind::Vague), (6, HitKind::Forbidden)]);
    }

    #[test]
    fn empty_phrases_and_text_find_nothing() {
        assert!(lint("", &list(&["坏了"]), &[]).is_empty());
        assert!(lint("坏了", &list(&["", "　"]), &[]).is_empty());
    }

    #[test]
    fn finds_phrases_with_their_character_positions() {
        let phrases = list(&["这不关我的事", "公司就这么规定的"]);
        let cases: &[(&str, &[(usize, &str)])] = &[
            ("这不关我的事", &[(0, "这不关我的事")]),
            ("您好，这不关我的事。", &[(3, "这不关我的事")]),
            ("没有问题", &[]),
            (
                "公司就这么规定的，这不关我的事",
                &[(0, "公司就这么规定的"), (9, "这不关我的事")],
            ),
            (
                "这不关我的事这不关我的事",
                &[(0, "这不关我的事"), (6, "这不关我的事")],
            ),
            ("", &[]),
        ];
        for (text, want) in cases {
            let got = find_phrases(text, &phrases);
            let want: Vec<(usize, String)> =
                want.iter().map(|(p, s)| (*p, s.to_string())).collect();
            assert_eq!(got, want, "{text}");
        }
    }

    #[test]
    fn commas_and_spaces_in_either_width_match() {
        let phrases = list(&["一分钱,一分货"]);
        for text in [
            "一分钱,一分货",
            "一分钱，一分货",
            "一分钱， 一分货",
            "一分钱 , 一分货",
            "一分钱\u{3000}，一分货",
            "你要知道一分钱，一分货",
        ] {
            assert_eq!(find_phrases(text, &phrases).len(), 1, "{text}");
        }
        assert_eq!(find_phrases("你要知道一分钱，一分货", &phrases)[0].0, 4);
        assert!(find_phrases("一分钱。一分货", &phrases).is_empty());
    }

    #[test]
    fn spaces_inside_a_phrase_do_not_hide_it() {
        let phrases = list(&["这不关我的事"]);
        assert_eq!(
            find_phrases("这 不关我的 事", &phrases),
            vec![(0, "这不关我的事".to_string())]
        );
    }

    #[test]
    fn variants_folding_alike_are_reported_once() {
        let phrases = list(&["一分钱，一分货", "一分钱,一分货"]);
        let hits = find_phrases("一分钱,一分货", &phrases);
        assert_eq!(hits, vec![(0, "一分钱，一分货".to_string())]);
    }

    #[test]
    fn ascii_letters_match_in_any_case_and_empty_phrases_never_match() {
        let phrases = list(&["No Way", ""]);
        assert_eq!(find_phrases("that is NO WAY to talk", &phrases).len(), 1);
        assert_eq!(find_phrases("ＮＯ　ＷＡＹ", &phrases).len(), 1);
        assert!(find_phrases("nothing", &list(&[" "])).is_empty());
    }
}
