//! The command line, declared with clap derive and nothing else.
//!
//! Every `///` on a flag is its help text.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

/// stancegraph: who endorsed or opposed what, who said what, and who holds
/// which role, read from news articles into a linked-data graph where every
/// fact carries the sentence that supports it.
#[derive(Debug, Parser)]
#[command(name = "stancegraph", version, about, long_about = None)]
pub struct Cli {
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Read articles, extract facts and store them, one named graph per article.
    Ingest(IngestArgs),
    /// Run a SPARQL query (inline, from --file, or a saved query by name) over all articles.
    Query(QueryArgs),
    /// Write the store, or one article's graph, in an RDF syntax (sorted, byte-identical each time),
    /// or the store as a property graph (GraphML, Neo4j import CSV).
    Export(ExportArgs),
    /// Print each article as stancegraph reads it, before extraction, as JSON Lines.
    Read(ReadArgs),
    /// Extract facts without a store and print them (JSON Lines by default, or any RDF syntax).
    Extract(ExtractArgs),
    /// Remove articles from the store, by source path, article IRI or hash.
    Remove(RemoveArgs),
    /// Print what the store holds: articles, stances, quotes, roles, entities, triples.
    Stats(StoreArgs),
    /// Score extraction against gold annotations (precision, recall, F1 per type).
    Eval(EvalArgs),
    /// Check the store, or export files, against the SHACL shapes (ontology/shapes.ttl);
    /// print each violation with its article, exit 1 if there is any.
    Validate(ValidateArgs),
    /// Send every article graph, and the entity descriptions, to a SPARQL server with the
    /// Graph Store HTTP Protocol (PUT replaces each graph, so pushing again is safe).
    Push(PushArgs),
}

/// Options for `push`.
#[derive(Debug, Args)]
pub struct PushArgs {
    /// The Graph Store Protocol endpoint, such as http://localhost:7878/store (Oxigraph),
    /// http://localhost:3030/ds/data (Fuseki) or .../repositories/NAME/rdf-graphs/service (GraphDB).
    #[arg(long, value_name = "URL")]
    pub endpoint: String,
    /// An extra request header, `Name: value` (for example `Authorization: Bearer TOKEN`);
    /// repeatable.
    #[arg(long = "header", short = 'H', value_name = "HEADER")]
    pub headers: Vec<String>,
    /// Retries per graph on a transient failure (connection error, timeout, HTTP 5xx or 429).
    #[arg(long, default_value_t = 4, value_name = "N")]
    pub retries: u32,
    /// Seconds before the first retry; each later one waits twice as long.
    #[arg(long, default_value_t = 0.5, value_name = "SECONDS")]
    pub backoff: f64,
    /// Seconds to wait for one request.
    #[arg(long, default_value_t = 120, value_name = "SECONDS")]
    pub timeout: u64,
    /// Requests in flight at once (the default graph is sent last, alone).
    #[arg(long, short = 'j', default_value_t = 4, value_name = "N")]
    pub jobs: usize,
    /// Print each graph as it is sent.
    #[arg(long, short = 'v')]
    pub verbose: bool,
    #[command(flatten)]
    pub store: StoreArgs,
}

/// Options for `validate`.
#[derive(Debug, Args)]
pub struct ValidateArgs {
    /// RDF files to check instead of the store (merged; the syntax comes from each extension).
    #[arg(value_name = "FILE")]
    pub files: Vec<PathBuf>,
    /// SHACL shapes in Turtle [default: the shipped ontology/shapes.ttl].
    #[arg(long, value_name = "FILE")]
    pub shapes: Option<PathBuf>,
    /// Check the SHACL shapes only, not also the invariants SHACL Core cannot say (evidence
    /// text equals its span of the body; facts, articles and shortcut triples in their
    /// article's graph).
    #[arg(long)]
    pub shacl_only: bool,
    /// text (grouped by article) or tsv (article, focus, path, component, value, message;
    /// full IRIs, one violation a line).
    #[arg(long, default_value = "text", value_name = "FORMAT")]
    pub format: String,
    #[command(flatten)]
    pub store: StoreArgs,
}

/// Where the store is.
#[derive(Debug, Args)]
pub struct StoreArgs {
    /// The store folder [default: $STANCEGRAPH_STORE, else ./stancegraph-store].
    #[arg(long, short = 's', env = "STANCEGRAPH_STORE", value_name = "DIR")]
    pub store: Option<PathBuf>,
}

/// Options for `ingest`.
#[derive(Debug, Args)]
pub struct IngestArgs {
    /// Files (.txt, .html, .htm, .jsonl), folders (read recursively), or `-` for
    /// JSON Lines on stdin [default: the bundled example articles].
    #[arg(value_name = "PATH")]
    pub paths: Vec<String>,
    #[command(flatten)]
    pub store: StoreArgs,
    /// Skip any article larger than this many bytes.
    #[arg(long, default_value_t = crate::ingest::DEFAULT_MAX_BYTES, value_name = "BYTES")]
    pub max_bytes: u64,
    /// Articles extracted together in one batch (a batch also ends at 32 MB of
    /// text); larger batches keep both cores busier and take more memory. The
    /// store is written in chunks of up to 500 articles, each one atomic commit,
    /// whatever the batch size.
    #[arg(long, default_value_t = 128, value_name = "N")]
    pub batch: usize,
    /// Print only the summary, not the who-endorsed-what table.
    #[arg(long, short = 'q')]
    pub quiet: bool,
}

/// Options for `query`.
#[derive(Debug, Args)]
pub struct QueryArgs {
    /// SPARQL text, or the name of a saved query (see --list).
    #[arg(value_name = "QUERY", conflicts_with = "file")]
    pub query: Option<String>,
    /// Read the query from this file.
    #[arg(long, short = 'f', value_name = "FILE")]
    pub file: Option<PathBuf>,
    /// List the saved queries and exit.
    #[arg(long)]
    pub list: bool,
    /// For the saved query `entity`: the entity's name.
    #[arg(long, value_name = "NAME")]
    pub entity: Option<String>,
    /// Output: table, csv, tsv, json, xml for SELECT/ASK; turtle, ntriples, rdfxml, jsonld,
    /// trig, nquads (or a media type) for CONSTRUCT/DESCRIBE [default: a table on a terminal,
    /// CSV otherwise; Turtle for graphs].
    #[arg(long, value_name = "FORMAT")]
    pub format: Option<String>,
    #[command(flatten)]
    pub store: StoreArgs,
}

/// Options for `export`.
#[derive(Debug, Args)]
pub struct ExportArgs {
    /// RDF syntax: turtle, trig, ntriples, nquads, rdfxml, jsonld (name, extension or media
    /// type) [default: from --output's extension, else TriG]. Triple syntaxes merge all graphs.
    /// Property graphs: graphml (Gephi, Cytoscape, networkx), or neo4j (alias csv: a
    /// nodes.csv and relationships.csv pair for `neo4j-admin database import`, in the
    /// folder --output names).
    #[arg(long, value_name = "FORMAT")]
    pub format: Option<String>,
    /// Write here instead of stdout (for neo4j: the folder to write the two CSV files in).
    #[arg(long, short = 'o', value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// For graphml and neo4j: only the who-endorsed/opposed-whom network (agents, targets,
    /// ENDORSES and OPPOSES edges).
    #[arg(long)]
    pub stances_only: bool,
    /// Only this article's graph (source path, IRI or hash), with the entities it uses.
    #[arg(long, value_name = "ARTICLE")]
    pub article: Option<String>,
    /// Include the stancegraph ontology (in the default graph).
    #[arg(long)]
    pub with_ontology: bool,
    #[command(flatten)]
    pub store: StoreArgs,
}

/// Options for `read`.
#[derive(Debug, Args)]
pub struct ReadArgs {
    /// Files, folders, or `-` for JSON Lines on stdin.
    #[arg(value_name = "PATH", required = true)]
    pub paths: Vec<String>,
    /// Skip any article larger than this many bytes.
    #[arg(long, default_value_t = crate::ingest::DEFAULT_MAX_BYTES, value_name = "BYTES")]
    pub max_bytes: u64,
}

/// Options for `extract`.
#[derive(Debug, Args)]
pub struct ExtractArgs {
    /// Files, folders, or `-` to stream JSON Lines articles from stdin.
    #[arg(value_name = "PATH", required = true)]
    pub paths: Vec<String>,
    /// jsonl (facts in the scoring shape), or an RDF syntax: nquads, trig, turtle, ntriples,
    /// rdfxml, jsonld.
    #[arg(long, default_value = "jsonl", value_name = "FORMAT")]
    pub format: String,
    /// Skip any article larger than this many bytes.
    #[arg(long, default_value_t = crate::ingest::DEFAULT_MAX_BYTES, value_name = "BYTES")]
    pub max_bytes: u64,
}

/// Options for `remove`.
#[derive(Debug, Args)]
pub struct RemoveArgs {
    /// Articles: the source path as ingested, the article IRI, or its hash.
    #[arg(value_name = "ARTICLE", required = true)]
    pub articles: Vec<String>,
    #[command(flatten)]
    pub store: StoreArgs,
}

/// Options for `eval`.
#[derive(Debug, Args)]
pub struct EvalArgs {
    /// Gold annotations, JSON Lines (the shape of shared/spec/annotation.md). Repeatable.
    #[arg(long, required = true, value_name = "FILE")]
    pub gold: Vec<PathBuf>,
    /// Folder that the gold file's `article` paths are relative to [default: the current folder].
    #[arg(long, value_name = "DIR")]
    pub corpus: Option<PathBuf>,
    /// Score only the articles listed in this file (one a line) [default: every gold article].
    #[arg(long, value_name = "FILE")]
    pub articles: Option<PathBuf>,
    /// List what was missed and what was spurious.
    #[arg(long)]
    pub errors: bool,
    /// Print the figures as one JSON object.
    #[arg(long)]
    pub json: bool,
}
