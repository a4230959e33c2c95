//! A text file's bytes, read as `ingest` reads a `.txt` file, then extracted.
#![no_main]

use libfuzzer_sys::fuzz_target;
use stancegraph::{extract, ingest};

fuzz_target!(|bytes: &[u8]| {
    if let Ok(text) = std::str::from_utf8(bytes) {
        if let Ok(article) = ingest::article_from_text(text, "fuzz.txt") {
            extract::extract(&article);
        }
    }
});
