//! Extraction alone, on any text as an article body (with and without a headline).
#![no_main]

use libfuzzer_sys::fuzz_target;
use stancegraph::extract;
use stancegraph::fact::Article;

fuzz_target!(|text: &str| {
    let title = text.split_once("\n\n").map(|(first, _)| first.to_string());
    let article = Article {
        source: "fuzz".to_string(),
        title,
        body: text.to_string(),
        ..Article::default()
    };
    extract::extract(&article);
});
