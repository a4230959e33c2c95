//! Integration tests: the real binary, a real on-disk store, real parsers.
//!
//! One test binary (as ripgrep does); each module covers one area.

mod util;

mod bad_input;
mod entities;
mod export;
mod extract;
mod golden;
mod ingest;
mod lexicon;
mod link;
mod property_graph;
mod push;
mod query;
mod read;
mod reliability;
mod robustness;
mod spark;
mod validate;
