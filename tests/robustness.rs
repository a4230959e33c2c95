//! Odd text never makes extraction fail: deterministic pseudo-random articles
//! built from fragments that have tripped rules before (non-breaking spaces,
//! mixed quote marks, names glued to titles, lists, empty spans).

use crate::util::*;

const FRAGMENTS: &[&str] = &[
    "a",
    "X",
    "  ",
    ".",
    ",",
    ";",
    ":",
    "!",
    "?",
    "\"",
    "'",
    "“",
    "”",
    "‘",
    "’",
    "—",
    "–",
    "-",
    "(",
    ")",
    "[",
    "]",
    "\n",
    "\n\n",
    "Mr ",
    "Mr. ",
    "said ",
    "backed ",
    "the ",
    "Germany ",
    "NATO ",
    "’s ",
    "U.S. ",
    "é",
    "ß",
    "中",
    "\u{a0}",
    "\t",
    " Minister ",
    " Sen. ",
    "al-",
    "X, the Foreign Minister, said: “",
    "Tory leader Michael Howard ",
    "he said",
    " that ",
    "should ",
    "Italy, Spain and France ",
    "“We want ",
    " rejected the plan",
    "Amir Said ",
];

#[test]
fn random_fragments_never_break_extraction() {
    // A fixed linear congruential generator: the same articles every run.
    let mut state: u64 = 0x5eed;
    let mut next = move || {
        state = state
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (state >> 33) as usize
    };
    let mut input = String::new();
    for idx in 0..1500 {
        let n = next() % 250;
        let mut text: String = (0..n)
            .map(|_| FRAGMENTS[next() % FRAGMENTS.len()])
            .collect();
        text.push_str(" end.");
        input.push_str(&serde_json::json!({"id": format!("r{idx}"), "text": text}).to_string());
        input.push('\n');
    }
    let dir = temp();
    let out = run_with_stdin(dir.path(), &["extract", "-"], &input);
    assert!(
        !stderr(&out).contains("extraction failed"),
        "{}",
        stderr(&out)
    );
    assert!(out.status.success(), "{}", stderr(&out));
    for line in stdout(&out).lines() {
        let fact: serde_json::Value =
            serde_json::from_str(line).expect("every output line is JSON");
        assert!(
            fact["evidence"]["start"].as_u64() < fact["evidence"]["end"].as_u64(),
            "{fact}"
        );
    }
}
