//! An HTML page, read as `ingest` reads a `.html` file (depth guard, Readability,
//! metadata), then extracted.
#![no_main]

use libfuzzer_sys::fuzz_target;
use stancegraph::{extract, ingest};

fuzz_target!(|bytes: &[u8]| {
    if let Ok(html) = std::str::from_utf8(bytes) {
        if let Ok(article) = ingest::article_from_html(html, "fuzz.html", None) {
            extract::extract(&article);
        }
    }
});
