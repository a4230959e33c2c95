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

/// Inputs a review found panicking or misread (review of the first session's code).
#[test]
fn review_findings_stay_fixed() {
    let input = [
        "The Home Secretary, Ana Kerr’s plan was rejected.",
        "The Home Secretary, Ana Kerr “warned” of risks.",
        "Cocos (Keeling) Islands backed the plan to build a new port.",
        "Cocos (Keeling) Islands officials backed the plan to build a new port.",
        "U.R. of Tanzania: Mainland said that the new port plan was a good idea for everyone.",
        "Since the ‘90s, “we have backed the plan to build more homes for families,” said Ana Kerr, the housing minister.",
    ]
    .iter()
    .enumerate()
    .map(|(n, text)| serde_json::json!({"id": format!("f{n}"), "text": text}).to_string() + "\n")
    .collect::<String>();
    let dir = temp();
    let out = run_with_stdin(dir.path(), &["extract", "-"], &input);
    assert!(
        out.status.success() && !stderr(&out).contains("failed"),
        "{}",
        stderr(&out)
    );
    // An apostrophe that never closes does not hide the quotation after it.
    let text = stdout(&out);
    assert!(
        text.lines().any(|l| l.contains("\"f5\"")
            && l.contains("\"type\":\"quote\"")
            && l.contains("Ana Kerr")),
        "{text}"
    );
}

#[test]
fn a_folder_link_back_up_is_not_followed() {
    let dir = temp();
    std::fs::create_dir_all(dir.path().join("feed/sub")).unwrap();
    std::fs::write(
        dir.path().join("feed/a.txt"),
        "Title\n\nChile backed the mining code.\n",
    )
    .unwrap();
    std::os::unix::fs::symlink("..", dir.path().join("feed/sub/up")).unwrap();
    let out = ok(&run_in(dir.path(), &["read", "feed"]));
    assert_eq!(out.lines().count(), 1, "{out}");
}

/// Inputs the fuzz targets (`fuzz/`, issue 5) found interesting, kept in
/// `tests/fuzz-regressions/<target>/`: each is read as its target reads it
/// (text, HTML, JSON Lines) and extracted by the binary, which must not panic.
/// A bad input (invalid UTF-8, no body) may fail with a message, as any input may.
#[test]
fn fuzz_regressions_never_panic() {
    let dir = temp();
    let mut n_inputs = 0;
    for (target, extension) in [
        ("read_text", "txt"),
        ("extract", "txt"),
        ("read_html", "html"),
        ("read_jsonl", "jsonl"),
    ] {
        let folder = repo().join("tests/fuzz-regressions").join(target);
        for entry in std::fs::read_dir(&folder).expect("the regression folder exists") {
            let path = entry.unwrap().path();
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            std::fs::copy(
                &path,
                dir.path().join(format!("{target}-{name}.{extension}")),
            )
            .unwrap();
            n_inputs += 1;
        }
    }
    assert!(n_inputs > 0, "no fuzz regression inputs found");
    let out = run_in(dir.path(), &["extract", "."]);
    let err = stderr(&out);
    assert!(
        !err.contains("extraction failed") && !err.contains("panicked"),
        "{err}"
    );
    assert!(matches!(out.status.code(), Some(0 | 1)), "{err}");
}
