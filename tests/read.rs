//! `read`: what the extractor sees, for text, HTML and JSON Lines.

use crate::util::*;

fn read_one(dir: &std::path::Path, file: &str) -> serde_json::Value {
    let out = ok(&run_in(dir, &["read", file]));
    serde_json::from_str(out.lines().next().expect("one line")).expect("JSON")
}

#[test]
fn a_text_file_has_its_headline_when_a_blank_line_follows() {
    let dir = temp();
    std::fs::write(
        dir.path().join("a.txt"),
        "Ministers back plan\n\nThe body.\n",
    )
    .unwrap();
    std::fs::write(
        dir.path().join("b.txt"),
        "Just one line of body\nand another\n",
    )
    .unwrap();
    let a = read_one(dir.path(), "a.txt");
    assert_eq!(a["article"], "a.txt");
    assert_eq!(a["title"], "Ministers back plan");
    assert_eq!(a["text"], "Ministers back plan\n\nThe body.\n");
    let b = read_one(dir.path(), "b.txt");
    assert!(b["title"].is_null());
}

#[test]
fn html_gives_metadata_and_body_without_boilerplate() {
    let dir = temp();
    let html = r#"<!doctype html><html><head><title>Senate backs treaty | Example News</title>
<meta name="author" content="Jane Roe"><meta property="og:site_name" content="Example News">
<meta property="article:published_time" content="2024-05-01T10:00:00Z">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Senate backs treaty","author":{"@type":"Person","name":"Jane Roe"},"datePublished":"2024-05-01T10:00:00Z","publisher":{"@type":"Organization","name":"Example News"}}</script>
</head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Senate backs treaty</h1><p>The Senate voted on Tuesday to approve the fisheries treaty after a long debate in the chamber.</p>
<p>Senator Ann Lee said the treaty would protect coastal jobs for a generation and welcomed the result of the vote.</p>
<p>Opponents said the treaty gave away too much, but the vote was not close in the end and the measure passed easily.</p></article>
<footer>Copyright Example News. Subscribe to our newsletter.</footer><script>var x = 1;</script></body></html>"#;
    std::fs::write(dir.path().join("page.html"), html).unwrap();
    let page = read_one(dir.path(), "page.html");
    assert_eq!(page["title"], "Senate backs treaty");
    assert_eq!(page["author"], "Jane Roe");
    assert_eq!(page["publisher"], "Example News");
    assert!(page["date"].as_str().unwrap().starts_with("2024-05-01"));
    let text = page["text"].as_str().unwrap();
    assert!(text.starts_with("Senate backs treaty\n\n"), "{text}");
    assert!(text.contains("Senator Ann Lee said"));
    assert!(
        !text.contains("Subscribe") && !text.contains("var x"),
        "{text}"
    );
}

#[test]
fn the_html_pages_meet_the_reading_targets() {
    let shared = shared();
    let corpus = shared.join("corpus");
    let mut pages: Vec<String> = std::fs::read_dir(corpus.join("html"))
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| e.path().join("source.html").exists())
        .map(|e| format!("html/{}/source.html", e.file_name().to_string_lossy()))
        .collect();
    pages.sort();
    let mut args = vec!["read".to_string()];
    args.extend(pages);
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let out = ok(&run_in(&corpus, &args));
    let dir = temp();
    let pred = dir.path().join("read.jsonl");
    std::fs::write(&pred, out).unwrap();
    let score = std::process::Command::new("python3")
        .arg(shared.join("eval/html_score.py"))
        .arg(&pred)
        .args(["--lang", "en", "--skip-quirks", "--json"])
        .current_dir(&corpus)
        .output()
        .unwrap();
    let figures: serde_json::Value =
        serde_json::from_slice(&score.stdout).expect("html_score prints JSON");
    let get = |key: &str| {
        figures[key]
            .as_f64()
            .unwrap_or_else(|| panic!("{key} in {figures}"))
    };
    assert!(get("title_accuracy") >= 0.95, "{figures}");
    assert!(get("byline_accuracy") >= 0.85, "{figures}");
    assert!(get("body_f1_mean") >= 0.90, "{figures}");
}

#[test]
fn hover_cards_scraped_into_the_text_are_left_out() {
    let dir = temp();
    std::fs::write(
        dir.path().join("card.txt"),
        "Tariff row\n\nSenator Ann Vale Annabel (Ann) Rose ValeSenate passes budget | Vale backs tariff MORE (D-Vt.) said that the tariff was wrong.\n",
    )
    .unwrap();
    let article = read_one(dir.path(), "card.txt");
    let text = article["text"].as_str().unwrap();
    assert!(
        text.contains("Senator Ann Vale (D-Vt.) said that the tariff was wrong."),
        "{text}"
    );
    assert!(!text.contains("MORE"), "{text}");
    // The speaker is read through the card's leftover bracket.
    let out = ok(&run_in(
        dir.path(),
        &["extract", "--format", "jsonl", "card.txt"],
    ));
    assert!(out.contains(r#""speaker":"Ann Vale""#), "{out}");
}
