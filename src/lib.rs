//! stancegraph: who endorsed or opposed what, who said what and who holds
//! which role, read from news articles into a linked-data graph with evidence.
//!
//! The data flows one way: [`ingest`] reads inputs into articles, [`text`] lays
//! them out, [`extract`] finds [`fact`]s, [`rdf`] turns them into quads,
//! [`store`] keeps them in Oxigraph, and [`commands`] answers the command line.

pub mod cli;
pub mod commands;
pub mod eval;
pub mod examples;
pub mod extract;
pub mod fact;
pub mod ingest;
pub mod jsonld;
pub mod knowledge;
pub mod output;
pub mod property_graph;
pub mod push;
pub mod rdf;
pub mod store;
pub mod text;
pub mod validate;
