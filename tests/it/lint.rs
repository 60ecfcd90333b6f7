//! `svc lint`: forbidden and vague phrases, before they reach a customer.

use crate::Desk;

#[test]
fn lint_flags_a_forbidden_phrase_with_its_position_and_a_better_wording() {
    let d = Desk::bare("2026-11-22 10:00");
    let o = d.run(&["lint", "您好，公司就这么规定的，我也没办法"]);
    assert_eq!(o.status.code(), Some(4));
    let out = String::from_utf8(o.stdout).unwrap();
    let row = out.lines().nth(1).expect(&out);
    assert!(
        row.contains("1       4  forbidden  公司就这么规定的"),
        "{row}"
    );
    assert!(
        row.contains("按照目前的服务规定"),
        "the suggested wording: {row}"
    );
    let err = String::from_utf8(o.stderr).unwrap();
    assert!(err.starts_with("error: 1 phrase to rephrase"), "{err}");
    assert!(err.contains("at 1:4"), "{err}");
    assert!(!d.db().exists(), "lint needs no database");
}

#[test]
fn lint_reads_stdin_and_matches_across_ascii_and_full_width_punctuation() {
    let d = Desk::bare("2026-11-22 10:00");
    let o = d
        .cmd()
        .args(["--format", "json", "lint", "-"])
        .write_stdin("您好！\n你要知道, 一分钱,一分货。机器坏了")
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(4));
    let hits: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(hits.as_array().unwrap().len(), 2, "{hits}");
    assert_eq!(hits[0]["line"], 2);
    assert_eq!(hits[0]["column"], 7);
    assert_eq!(hits[0]["kind"], "forbidden");
    assert_eq!(hits[0]["phrase"], "一分钱，一分货");
    assert_eq!(hits[0]["found"], "一分钱,一分货");
    assert_eq!(hits[1]["kind"], "vague");
    assert_eq!(hits[1]["phrase"], "坏了");
}

#[test]
fn a_clean_reply_passes() {
    let d = Desk::bare("2026-11-22 10:00");
    let out = d.ok(&["lint", "您好，请问有什么可以帮您？"]);
    assert_eq!(out.trim(), "no forbidden or vague phrases");
    assert_eq!(
        d.ok(&["--format", "json", "lint", "感谢您的耐心等待"])
            .trim(),
        "[]"
    );
}

#[test]
fn lint_follows_the_policy_beside_the_database() {
    let d = Desk::new();
    d.write("policy.toml", "[lint]\nforbidden_phrases = [\"随便你\"]\n");
    d.fails(&["lint", "那随便你吧"], 4);
    d.ok(&["lint", "这不关我的事"]);
}
