//! stancegraph: who endorsed or opposed what, who said what and who holds
//! which role, read from news articles into a linked-data graph with evidence.
//!
//! The data flows one way: [`ingest`] reads inputs into articles, [`text`] lays
//! them out, [`extract`] finds [`fact`]s, [`rdf`] turns them into quads,
//! [`store`] keeps them in Oxigraph, and [`commands`] answers the command line.

pub mod cli;
#[cfg(feature = "store")]
pub mod commands;
pub mod eval;
pub mod examples;
pub mod extract;
pub mod fact;
pub mod ingest;
#[cfg(feature = "store")]
pub mod jsonld;
pub mod knowledge;
#[cfg(feature = "store")]
pub mod link;
#[cfg(feature = "store")]
pub mod output;
#[cfg(feature = "store")]
pub mod property_graph;
#[cfg(feature = "store")]
pub mod push;
#[cfg(feature = "store")]
pub mod rdf;
#[cfg(feature = "store")]
pub mod store;
pub mod text;
#[cfg(feature = "store")]
pub mod validate;
