//! A JSON Lines feed, read as `ingest -` reads stdin, each article then extracted.
#![no_main]

use libfuzzer_sys::fuzz_target;
use stancegraph::{extract, ingest};

fuzz_target!(|bytes: &[u8]| {
    let options = ingest::ReadOptions::default();
    ingest::read_jsonl(bytes, "fuzz.jsonl", &options, &mut |article| {
        if let Ok(article) = article {
            extract::extract(&article);
        }
    });
});
