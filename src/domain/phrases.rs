//! Finding phrases in text the way a reader sees them: full-width and ASCII
//! punctuation are the same (`，` = `,`), spaces do not break a phrase, and
//! ASCII letters match in any case. Used for forbidden service phrases and
//! vague descriptions.

/// One character as compared: full-width ASCII forms (U+FF01..U+FF5E) become
/// ASCII, ASCII letters lower case; whitespace (ASCII, ideographic U+3000) is
/// skipped (`None`).
fn fold(c: char) -> Option<char> {
    if c.is_whitespace() {
        return None;
    }
    let c = match c as u32 {
        0xFF01..=0xFF5E => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
        _ => c,
    };
    Some(c.to_ascii_lowercase())
}

/// Every place where one of `phrases` occurs in `text`, as (character position
/// in `text` of the match's first character, the phrase as given), ordered by
/// position. Phrases that fold to the same text (`一分钱，一分货` and
/// `一分钱,一分货`) are reported once per place, under the first one listed.
pub fn find_phrases(text: &str, phrases: &[String]) -> Vec<(usize, String)> {
    // The folded text, each folded char with its position in the original.
    let folded: Vec<(usize, char)> = text
        .chars()
        .enumerate()
        .filter_map(|(i, c)| fold(c).map(|f| (i, f)))
        .collect();
    let mut seen_needles: Vec<Vec<char>> = Vec::new();
    let mut hits = Vec::new();
    for phrase in phrases {
        let needle: Vec<char> = phrase.chars().filter_map(fold).collect();
        if needle.is_empty() || seen_needles.contains(&needle) {
            continue;
        }
        if folded.len() >= needle.len() {
            for start in 0..=folded.len() - needle.len() {
                if folded[start..start + needle.len()]
                    .iter()
                    .map(|(_, c)| c)
                    .eq(needle.iter())
                {
                    hits.push((folded[start].0, phrase.clone()));
                }
            }
        }
        seen_needles.push(needle);
    }
    hits.sort_by_key(|(pos, _)| *pos);
    hits
}

#[cfg(test)]
mod tests {
    use super::*;

    fn list(v: &[&str]) -> Vec<String> {
        v.iter().map(|s| s.to_string()).collect()
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
