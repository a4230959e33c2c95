//! Golden tests: short articles written for the tests (and the seed), each in
//! `tests/articles/NNNN_name/article.txt` with the facts expected from it in
//! `expected.jsonl`. Re-bless with `UPDATE_EXPECT=1 cargo test --release golden`.
//! A line marked `"fixme"` records a known wrong output rather than hiding it.

use std::path::Path;

use crate::util::*;

/// The fields of a fact that the golden files pin: who, what, and the span.
fn pinned(fact: &serde_json::Value) -> serde_json::Value {
    let mut pinned = serde_json::Map::new();
    for key in [
        "type",
        "holder",
        "polarity",
        "target",
        "speaker",
        "quote",
        "person",
        "title",
        "org",
        "rule",
        "event",
        "place",
        "country",
        "organizer",
        "year",
        "occasion",
    ] {
        if let Some(value) = fact.get(key) {
            if !value.is_null() {
                pinned.insert(key.to_string(), value.clone());
            }
        }
    }
    let ev = &fact["evidence"];
    pinned.insert(
        "span".to_string(),
        serde_json::json!([ev["start"], ev["end"]]),
    );
    serde_json::Value::Object(pinned)
}

fn check(case: &Path) {
    let out = ok(&run_in(case, &["extract", "article.txt"]));
    let got: Vec<String> = out
        .lines()
        .map(|l| pinned(&serde_json::from_str(l).expect("JSON line")).to_string())
        .collect();
    let expected_path = case.join("expected.jsonl");
    if std::env::var_os("UPDATE_EXPECT").is_some() {
        std::fs::write(&expected_path, got.join("\n") + "\n").unwrap();
        return;
    }
    let expected = std::fs::read_to_string(&expected_path).unwrap_or_else(|_| {
        panic!(
            "{} is missing: bless with UPDATE_EXPECT=1",
            expected_path.display()
        )
    });
    let expected: Vec<&str> = expected.lines().filter(|l| !l.trim().is_empty()).collect();
    assert_eq!(
        got,
        expected,
        "golden case {} (bless with UPDATE_EXPECT=1 after checking the change)",
        case.display()
    );
}

#[test]
fn golden_articles() {
    let root = repo().join("tests/articles");
    let mut cases: Vec<_> = std::fs::read_dir(&root)
        .unwrap()
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .collect();
    cases.sort();
    assert!(cases.len() >= 5);
    for case in cases {
        check(&case);
    }
}
