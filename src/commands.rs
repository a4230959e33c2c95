//! The command layer: runs each subcommand and is the only place that prints.
//!
//! Owns: wiring ingest → extract → rdf → store for each command, batching and
//! parallel extraction, per-item error reports, and output formats. Leaves the
//! work itself to the modules it calls.

use std::io::{self, BufWriter, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use anyhow::{anyhow, bail, Context, Result};
use oxigraph::io::RdfFormat;
use oxigraph::model::Quad;
use oxigraph::sparql::results::{QueryResultsFormat, QueryResultsSerializer};
use oxigraph::sparql::QueryResults;
use rayon::prelude::*;
use serde_json::{json, Value};

use crate::cli::{
    Cli, Command, EvalArgs, ExportArgs, ExtractArgs, IngestArgs, PushArgs, QueryArgs, ReadArgs,
    RemoveArgs, StoreArgs, ValidateArgs,
};
use crate::eval;
use crate::extract::extract_guarded;
use crate::fact::{Article, Facts};
use crate::ingest::{self, ReadOptions};
use crate::link;
use crate::output;
use crate::property_graph::PropertyGraph;
use crate::push;
use crate::rdf;
use crate::store::{self, GraphStore};
use crate::validate;

/// Articles written in one ingest from which the store is compacted at its end.
///
/// Below this, an ingest makes at most five bulk commits, whose sorted files
/// RocksDB places on separate levels: saved queries on the BBC store (2,127
/// articles) are as quick without compaction, which would add 0.5 s to its ingest.
/// Above it the files overlap: who-endorsed-what on 22,250 articles takes 1.4 s
/// before compaction (about 6 s of a one-minute ingest) and 0.5 s after it.
const COMPACT_AFTER: usize = 5000;

/// A saved query: name, text.
pub const SAVED_QUERIES: &[(&str, &str)] = &[
    (
        "who-endorsed-what",
        include_str!("../queries/who-endorsed-what.rq"),
    ),
    (
        "who-opposed-what",
        include_str!("../queries/who-opposed-what.rq"),
    ),
    ("stances", include_str!("../queries/stances.rq")),
    (
        "quotes-by-speaker",
        include_str!("../queries/quotes-by-speaker.rq"),
    ),
    ("roles", include_str!("../queries/roles.rq")),
    ("entity", include_str!("../queries/entity.rq")),
    (
        "stance-changes",
        include_str!("../queries/stance-changes.rq"),
    ),
    ("articles", include_str!("../queries/articles.rq")),
    ("events", include_str!("../queries/events.rq")),
];

/// The bundled example articles: (source, text).
pub const EXAMPLES: &[(&str, &str)] = &crate::examples::EXAMPLES;

/// Runs a parsed command line.
pub fn run(cli: Cli) -> Result<ExitCode> {
    // A defect caught inside guarded extraction is reported once, as that article's error.
    let default_hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        if !crate::extract::in_guarded_extraction() {
            default_hook(info);
        }
    }));
    match cli.command {
        Command::Ingest(args) => ingest_cmd(args),
        Command::Query(args) => query_cmd(args),
        Command::Export(args) => export_cmd(args),
        Command::Read(args) => read_cmd(args),
        Command::Extract(args) => extract_cmd(args),
        Command::Remove(args) => remove_cmd(args),
        Command::Stats(args) => stats_cmd(args),
        Command::Eval(args) => eval_cmd(args),
        Command::Validate(args) => validate_cmd(args),
        Command::Push(args) => push_cmd(args),
    }
}

fn store_path(args: &StoreArgs) -> PathBuf {
    args.store
        .clone()
        .unwrap_or_else(|| PathBuf::from(store::DEFAULT_STORE))
}

fn failure(n_failed: usize) -> ExitCode {
    if n_failed > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

/// Counts of what an ingest did.
#[derive(Default)]
struct Tally {
    read: usize,
    stored: usize,
    replaced: usize,
    unchanged: usize,
    failed: usize,
    stances: usize,
    quotes: usize,
    roles: usize,
    quads: usize,
}

fn ingest_cmd(args: IngestArgs) -> Result<ExitCode> {
    let started = Instant::now();
    store::bound_allocator_arenas();
    let path = store_path(&args.store);
    let graph_store = GraphStore::open(&path)?;
    let options = ReadOptions {
        max_bytes: args.max_bytes,
    };
    let batch_size = args.batch.max(1);
    let mut tally = Tally::default();
    // A progress bar on stderr for long ingests, only on a terminal.
    let progress = (!args.quiet && io::stderr().is_terminal()).then(|| progress_bar(&args.paths));
    let report = |message: &str| match &progress {
        Some(bar) => bar.suspend(|| eprintln!("stancegraph: {message}")),
        None => eprintln!("stancegraph: {message}"),
    };
    // Articles are linked on their way in as the store stands now, so that one
    // ingested again compares equal to its linked graph (see link.rs).
    let linker = link::Linker::from_store(&graph_store)?;
    // Extraction (both cores, through rayon), planning and writing overlap: while
    // the bulk loader's two threads each sort a chunk of up to 500 articles into
    // files, the loader thread holds the next, and the planner thread gathers the
    // one after from the batches that the main thread reads and extracts. The batch
    // channel holds one batch, so at most three batches are in memory, each bounded
    // in articles and bytes, plus four chunks (see store::IngestPlan and
    // store::ChunkWriter).
    let written = std::thread::scope(|scope| -> Result<Tally> {
        let (to_planner, batches) = std::sync::mpsc::sync_channel::<ExtractedBatch>(1);
        let (to_loader, chunks) = std::sync::mpsc::sync_channel::<store::Chunk>(0);
        let shared_store = &graph_store;
        let linker = &linker;
        let loader = scope.spawn(move || -> Result<store::Written> {
            let mut writer = shared_store.chunk_writer();
            for chunk in chunks {
                writer.write(chunk)?;
            }
            writer.finish()
        });
        let planner = scope.spawn(move || -> Result<Tally> {
            let mut planned = Tally::default();
            let mut plan = shared_store.ingest_plan()?;
            for batch in batches {
                for ((quads, source), (n_stances, n_quotes, n_roles)) in
                    batch.quads.into_iter().zip(batch.sources).zip(batch.counts)
                {
                    planned.stances += n_stances;
                    planned.quotes += n_quotes;
                    planned.roles += n_roles;
                    planned.quads += quads.graph.len();
                    if let Some(chunk) =
                        plan.add(shared_store, linker.apply(shared_store, quads)?, source)?
                    {
                        // The loader stops at its first error, which its join returns.
                        if to_loader.send(chunk).is_err() {
                            return Ok(planned);
                        }
                    }
                }
            }
            let last = plan.finish();
            if !last.is_empty() {
                // As above: a loader error is returned by its join.
                let _ = to_loader.send(last);
            }
            Ok(planned)
        });
        let mut pending: Vec<Article> = Vec::with_capacity(batch_size);
        let mut pending_bytes = 0usize;
        let mut writer_gone = false;
        let mut flush = |pending: &mut Vec<Article>, tally: &mut Tally| {
            if pending.is_empty() || writer_gone {
                pending.clear();
                return;
            }
            let batch = extract_batch(std::mem::take(pending), &mut |err| {
                tally.failed += 1;
                report(err);
            });
            // The planner stops at its first error, which its join returns.
            writer_gone = to_planner.send(batch).is_err();
        };
        let mut on_article = |result: Result<Article>| {
            if let Some(bar) = &progress {
                bar.inc(1);
            }
            match result {
                Ok(article) => {
                    tally.read += 1;
                    pending_bytes += article.body.len();
                    pending.push(article);
                    if pending.len() >= batch_size || pending_bytes >= MAX_BATCH_BYTES {
                        flush(&mut pending, &mut tally);
                        pending_bytes = 0;
                    }
                }
                Err(err) => {
                    tally.failed += 1;
                    report(&format!("{err:#}"));
                }
            }
        };
        if args.paths.is_empty() {
            for (source, text) in EXAMPLES {
                on_article(ingest::article_from_text(text, source));
            }
        } else {
            ingest::read_inputs(&args.paths, &options, &mut on_article);
        }
        flush(&mut pending, &mut tally);
        drop(to_planner);
        let planned = planner
            .join()
            .map_err(|_| anyhow!("the ingest planner thread panicked"))?;
        let loaded = loader
            .join()
            .map_err(|_| anyhow!("the store writer thread panicked"))?;
        // A write error stops the planner too; the write error is the one to report.
        let written = loaded?;
        let mut planned = planned?;
        planned.stored = written.stored;
        planned.replaced = written.replaced;
        planned.unchanged = written.unchanged;
        Ok(planned)
    });
    if let Some(bar) = &progress {
        bar.finish_and_clear();
    }
    let written =
        written.context("writing to the store failed; batches committed before it are kept")?;
    tally.stored = written.stored;
    tally.replaced = written.replaced;
    tally.unchanged = written.unchanged;
    tally.stances = written.stances;
    tally.quotes = written.quotes;
    tally.roles = written.roles;
    tally.quads = written.quads;
    let linked = link::link_store(&graph_store)?;
    graph_store.flush()?;
    // A large ingest leaves many small sorted files; compacting them once costs
    // seconds and makes every later query over the store several times faster.
    if tally.stored + tally.replaced >= COMPACT_AFTER {
        graph_store.optimize()?;
    }
    let elapsed = started.elapsed();
    let (total_quads, n_articles) = graph_store.counts()?;
    let mut out = io::stdout().lock();
    writeln!(
        out,
        "read {} articles: {} stored, {} replaced, {} unchanged, {} failed",
        tally.read, tally.stored, tally.replaced, tally.unchanged, tally.failed
    )?;
    writeln!(
        out,
        "found {} stances, {} quotes, {} roles ({} triples in article graphs)",
        tally.stances, tally.quotes, tally.roles, tally.quads
    )?;
    writeln!(
        out,
        "store {}: {} articles, {} triples; took {:.2}s",
        graph_store.path().display(),
        n_articles,
        total_quads,
        elapsed.as_secs_f64()
    )?;
    print_links(&mut out, &linked)?;
    if !args.quiet && tally.read > 0 && tally.read <= 20 {
        let results = graph_store.query(saved("who-endorsed-what")?)?;
        writeln!(out, "\nwho endorsed what:")?;
        print_results(results, Some("table"), &mut out)?;
    }
    Ok(failure(tally.failed))
}

/// The most article text one batch holds, so batches of long articles stay small in memory.
const MAX_BATCH_BYTES: usize = 32 * 1024 * 1024;

/// A batch of extracted articles on its way to the store writer.
struct ExtractedBatch {
    quads: Vec<rdf::ArticleQuads>,
    sources: Vec<String>,
    counts: Vec<FactCounts>,
}

/// Stances, quotes and roles found in one article.
type FactCounts = (usize, usize, usize);

/// Extracts a batch in parallel; an article whose extraction failed is passed to
/// `failed` and left out.
fn extract_batch(articles: Vec<Article>, failed: &mut dyn FnMut(&str)) -> ExtractedBatch {
    let extracted: Vec<Result<(rdf::ArticleQuads, FactCounts), String>> = articles
        .par_iter()
        .map(|article| {
            let facts =
                extract_guarded(article).map_err(|err| format!("{}: {err}", article.source))?;
            let counts = (facts.stances.len(), facts.quotes.len(), facts.roles.len());
            Ok((rdf::article_quads(article, &facts), counts))
        })
        .collect();
    let mut batch = ExtractedBatch {
        quads: Vec::with_capacity(articles.len()),
        sources: Vec::with_capacity(articles.len()),
        counts: Vec::with_capacity(articles.len()),
    };
    for (result, article) in extracted.into_iter().zip(articles) {
        match result {
            Ok((quads, counts)) => {
                batch.quads.push(quads);
                batch.sources.push(article.source);
                batch.counts.push(counts);
            }
            Err(err) => failed(&err),
        }
    }
    batch
}

/// A bar with rate and time left when the number of articles is known, else a counter with rate.
fn progress_bar(paths: &[String]) -> indicatif::ProgressBar {
    use indicatif::{ProgressBar, ProgressStyle};
    let total = if paths.is_empty() {
        Some(EXAMPLES.len() as u64)
    } else {
        ingest::count_articles(paths)
    };
    match total {
        Some(total) => {
            let bar = ProgressBar::new(total);
            if let Ok(style) =
                ProgressStyle::with_template("{bar:40} {pos}/{len} articles, {per_sec}, {eta} left")
            {
                bar.set_style(style);
            }
            bar
        }
        None => {
            let bar = ProgressBar::new_spinner();
            if let Ok(style) = ProgressStyle::with_template("{spinner} {pos} articles, {per_sec}") {
                bar.set_style(style);
            }
            bar
        }
    }
}

fn saved(name: &str) -> Result<&'static str> {
    SAVED_QUERIES
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, q)| *q)
        .ok_or_else(|| anyhow!("no saved query named {name:?}"))
}

fn query_cmd(args: QueryArgs) -> Result<ExitCode> {
    let mut out = io::stdout().lock();
    if args.list {
        for (name, text) in SAVED_QUERIES {
            let title = text
                .lines()
                .find_map(|l| l.strip_prefix("# title:"))
                .unwrap_or("")
                .trim();
            writeln!(out, "{name:20} {title}")?;
        }
        return Ok(ExitCode::SUCCESS);
    }
    let mut sparql = match (&args.query, &args.file) {
        (_, Some(file)) => std::fs::read_to_string(file)
            .with_context(|| format!("cannot read query file {:?}", file.display().to_string()))?,
        (Some(query), None) => match SAVED_QUERIES.iter().find(|(n, _)| n == query) {
            Some((_, text)) => (*text).to_string(),
            None if !query.contains(char::is_whitespace) && !query.contains('{') => {
                bail!("{query:?} is neither SPARQL nor a saved query; `stancegraph query --list` shows the saved ones")
            }
            None => query.clone(),
        },
        (None, None) => bail!(
            "give a SPARQL query, a saved query name, or --file (see `stancegraph query --list`)"
        ),
    };
    if let Some(entity) = &args.entity {
        const PLACEHOLDER: &str = "VALUES ?entity_label { \"Germany\" }";
        if !sparql.contains(PLACEHOLDER) {
            bail!("--entity works with the saved query `entity` (or a query with the line {PLACEHOLDER})");
        }
        let escaped = entity.replace('\\', "\\\\").replace('"', "\\\"");
        sparql = sparql.replace(
            PLACEHOLDER,
            &format!("VALUES ?entity_label {{ \"{escaped}\" }}"),
        );
    }
    let graph_store = GraphStore::open_read_only(&store_path(&args.store))?;
    let results = graph_store.query(&sparql)?;
    // Written in blocks: stdout's own buffer writes each row as it ends.
    let mut out = BufWriter::new(out);
    print_results(results, args.format.as_deref(), &mut out)?;
    out.flush().context("writing results")?;
    // The process ends here and the store was opened read-only: leaving RocksDB's
    // files and caches to the operating system saves closing them (about 8 ms of a
    // 0.1 s query on a large store).
    std::mem::forget(graph_store);
    Ok(ExitCode::SUCCESS)
}

/// Prints query results in the format asked for.
fn print_results(
    results: QueryResults<'_>,
    format: Option<&str>,
    out: &mut dyn Write,
) -> Result<()> {
    match results {
        QueryResults::Solutions(solutions) => {
            let format = format.map(str::to_string).unwrap_or_else(|| {
                if io::stdout().is_terminal() {
                    "table"
                } else {
                    "csv"
                }
                .to_string()
            });
            if format == "table" {
                let variables: Vec<String> = solutions
                    .variables()
                    .iter()
                    .map(|v| v.as_str().to_string())
                    .collect();
                let mut rows = Vec::new();
                for solution in solutions {
                    let solution = solution.map_err(|err| anyhow!("query failed: {err}"))?;
                    rows.push(
                        variables
                            .iter()
                            .map(|v| {
                                solution
                                    .get(v.as_str())
                                    .map(output::show_term)
                                    .unwrap_or_default()
                            })
                            .collect(),
                    );
                }
                writeln!(out, "{}", output::table(&variables, &rows))?;
                writeln!(
                    out,
                    "{} row{}",
                    rows.len(),
                    if rows.len() == 1 { "" } else { "s" }
                )?;
                return Ok(());
            }
            let results_format = results_format(&format)?;
            let mut serializer = QueryResultsSerializer::from_format(results_format)
                .serialize_solutions_to_writer(out, solutions.variables().to_vec())
                .context("writing results")?;
            for solution in solutions {
                let solution = solution.map_err(|err| anyhow!("query failed: {err}"))?;
                serializer.serialize(&solution).context("writing results")?;
            }
            serializer.finish().context("writing results")?;
        }
        QueryResults::Boolean(value) => {
            let format = format.unwrap_or("table");
            if format == "table" {
                writeln!(out, "{value}")?;
            } else {
                QueryResultsSerializer::from_format(results_format(format)?)
                    .serialize_boolean_to_writer(out, value)
                    .context("writing results")?;
            }
        }
        QueryResults::Graph(triples) => {
            let format = rdf_format(format.unwrap_or("turtle"), "--format")?;
            let mut quads = Vec::new();
            for triple in triples {
                let triple = triple.map_err(|err| anyhow!("query failed: {err}"))?;
                quads.push(triple.in_graph(oxigraph::model::GraphName::DefaultGraph));
            }
            store::sort_quads(&mut quads);
            store::write_quads(&quads, format, out)?;
        }
    }
    Ok(())
}

fn results_format(name: &str) -> Result<QueryResultsFormat> {
    let lower = name.to_ascii_lowercase();
    let format = match lower.as_str() {
        "csv" => Some(QueryResultsFormat::Csv),
        "tsv" => Some(QueryResultsFormat::Tsv),
        "json" | "srj" => Some(QueryResultsFormat::Json),
        "xml" | "srx" => Some(QueryResultsFormat::Xml),
        other => QueryResultsFormat::from_media_type(other)
            .or_else(|| QueryResultsFormat::from_extension(other)),
    };
    format.ok_or_else(|| {
        anyhow!("--format {name:?} is not a results format: use table, csv, tsv, json or xml")
    })
}

/// An RDF format from a name, an extension or a media type.
pub fn rdf_format(name: &str, flag: &str) -> Result<RdfFormat> {
    let lower = name.to_ascii_lowercase();
    let format = match lower.as_str() {
        "turtle" | "ttl" => Some(RdfFormat::Turtle),
        "trig" => Some(RdfFormat::TriG),
        "ntriples" | "n-triples" | "nt" => Some(RdfFormat::NTriples),
        "nquads" | "n-quads" | "nq" => Some(RdfFormat::NQuads),
        "rdfxml" | "rdf/xml" | "rdf" | "xml" | "owl" => Some(RdfFormat::RdfXml),
        "jsonld" | "json-ld" => Some(RdfFormat::JsonLd {
            profile: Default::default(),
        }),
        other => RdfFormat::from_media_type(other).or_else(|| RdfFormat::from_extension(other)),
    };
    format.ok_or_else(|| anyhow!("{flag} {name:?} is not an RDF syntax: use turtle, trig, ntriples, nquads, rdfxml or jsonld"))
}

fn export_cmd(args: ExportArgs) -> Result<ExitCode> {
    // A .graphml file names its format; the Neo4j pair is a folder, named by --format only.
    let named = args.format.clone().or_else(|| {
        args.output
            .as_ref()
            .and_then(|f| f.extension())
            .map(|e| e.to_string_lossy().into_owned())
            .filter(|e| e.eq_ignore_ascii_case("graphml"))
    });
    match named.as_deref().map(str::to_ascii_lowercase).as_deref() {
        Some("graphml") => return export_property_graph(&args, false),
        Some("neo4j" | "csv") if args.format.is_some() => {
            return export_property_graph(&args, true)
        }
        _ if args.stances_only => {
            bail!("--stances-only works with --format graphml or neo4j")
        }
        _ => {}
    }
    let format = match (&args.format, &args.output) {
        (Some(name), _) => rdf_format(name, "--format")?,
        (None, Some(file)) => {
            let ext = file
                .extension()
                .map(|e| e.to_string_lossy().into_owned())
                .unwrap_or_default();
            rdf_format(&ext, "--output extension")
                .map_err(|err| anyhow!("{err} (or give --format)"))?
        }
        (None, None) => RdfFormat::TriG,
    };
    let graph_store = GraphStore::open_read_only(&store_path(&args.store))?;
    let mut quads = graph_store.quads(args.article.as_deref())?;
    if args.with_ontology {
        quads.extend(store::parse_turtle(rdf::ONTOLOGY_TTL, "the ontology")?);
        store::sort_quads(&mut quads);
    }
    write_to(args.output.as_deref(), |out| {
        store::write_quads(&quads, format, out)
    })?;
    Ok(ExitCode::SUCCESS)
}

/// `export --format graphml` (to a file or stdout) or `neo4j` (two CSV files in a folder).
fn export_property_graph(args: &ExportArgs, neo4j: bool) -> Result<ExitCode> {
    if args.article.is_some() || args.with_ontology {
        bail!("--article and --with-ontology work with RDF formats, not graphml or neo4j");
    }
    let graph_store = GraphStore::open_read_only(&store_path(&args.store))?;
    let graph = PropertyGraph::from_store(&graph_store, args.stances_only)?;
    if !neo4j {
        return write_to(args.output.as_deref(), |out| graph.write_graphml(out))
            .map(|()| ExitCode::SUCCESS);
    }
    let Some(folder) = &args.output else {
        bail!("--format neo4j writes nodes.csv and relationships.csv: name their folder with -o");
    };
    std::fs::create_dir_all(folder)
        .with_context(|| format!("cannot create folder {:?}", folder.display().to_string()))?;
    let nodes = folder.join("nodes.csv");
    let relationships = folder.join("relationships.csv");
    write_to(Some(&nodes), |out| graph.write_neo4j_nodes(out))?;
    write_to(Some(&relationships), |out| {
        graph.write_neo4j_relationships(out)
    })?;
    eprintln!(
        "stancegraph: wrote {} nodes to {} and {} relationships to {}; load them with\n  neo4j-admin database import full --multiline-fields=true --nodes={} --relationships={} neo4j",
        graph.nodes.len(),
        nodes.display(),
        graph.edges.len(),
        relationships.display(),
        nodes.display(),
        relationships.display()
    );
    Ok(ExitCode::SUCCESS)
}

fn write_to(path: Option<&Path>, write: impl FnOnce(&mut dyn Write) -> Result<()>) -> Result<()> {
    match path {
        Some(path) => {
            let file = std::fs::File::create(path)
                .with_context(|| format!("cannot write {:?}", path.display().to_string()))?;
            let mut out = BufWriter::new(file);
            write(&mut out)?;
            out.flush()
                .with_context(|| format!("cannot write {:?}", path.display().to_string()))?;
        }
        None => {
            let stdout = io::stdout();
            let mut out = BufWriter::new(stdout.lock());
            write(&mut out)?;
            out.flush()?;
        }
    }
    Ok(())
}

fn read_cmd(args: ReadArgs) -> Result<ExitCode> {
    let options = ReadOptions {
        max_bytes: args.max_bytes,
    };
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let mut failed = 0;
    let mut result = Ok(());
    ingest::read_inputs(&args.paths, &options, &mut |item| match item {
        Ok(article) => {
            if result.is_ok() {
                let line = json!({
                    "article": article.source,
                    "title": article.title,
                    "author": article.author,
                    "date": article.date,
                    "publisher": article.publisher,
                    "url": article.url,
                    "text": article.body,
                });
                result = writeln!(out, "{line}");
            }
        }
        Err(err) => {
            failed += 1;
            eprintln!("stancegraph: {err:#}");
        }
    });
    result?;
    out.flush()?;
    Ok(failure(failed))
}

fn extract_cmd(args: ExtractArgs) -> Result<ExitCode> {
    let rdf_out = if args.format == "jsonl" || args.format == "json" {
        None
    } else {
        Some(rdf_format(&args.format, "--format")?)
    };
    let options = ReadOptions {
        max_bytes: args.max_bytes,
    };
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let mut failed = 0;
    let mut result: Result<()> = Ok(());
    let streaming = args.paths.iter().any(|p| p == "-");
    let chunk = if streaming { 1 } else { 64 };
    let mut pending: Vec<Article> = Vec::new();
    let emit = |pending: &mut Vec<Article>, out: &mut dyn Write| -> Result<usize> {
        let done: Vec<(Article, Result<Facts, String>)> = std::mem::take(pending)
            .into_par_iter()
            .map(|article| {
                let facts = extract_guarded(&article);
                (article, facts)
            })
            .collect();
        let mut n_failed = 0;
        for (article, facts) in done {
            let facts = match facts {
                Ok(facts) => facts,
                Err(err) => {
                    n_failed += 1;
                    eprintln!("stancegraph: {}: {err}", article.source);
                    continue;
                }
            };
            match rdf_out {
                None => {
                    for line in output::facts_json(&article, &facts) {
                        writeln!(out, "{line}")?;
                    }
                }
                Some(format) => {
                    let quads = rdf::article_quads(&article, &facts);
                    let mut all: Vec<Quad> = quads.graph;
                    all.extend(quads.entities);
                    // In the order of exports, whatever order the facts were built in.
                    store::sort_quads(&mut all);
                    store::write_quads(&all, format, out)?;
                }
            }
        }
        out.flush()?;
        Ok(n_failed)
    };
    ingest::read_inputs(&args.paths, &options, &mut |item| match item {
        Ok(article) => {
            pending.push(article);
            if pending.len() >= chunk && result.is_ok() {
                match emit(&mut pending, &mut out) {
                    Ok(n) => failed += n,
                    Err(err) => result = Err(err),
                }
            }
        }
        Err(err) => {
            failed += 1;
            eprintln!("stancegraph: {err:#}");
        }
    });
    result?;
    failed += emit(&mut pending, &mut out)?;
    Ok(failure(failed))
}

fn remove_cmd(args: RemoveArgs) -> Result<ExitCode> {
    let graph_store = GraphStore::open(&store_path(&args.store))?;
    let mut failed = 0;
    for article in &args.articles {
        match graph_store.remove(article) {
            Ok(graphs) => {
                for graph in graphs {
                    println!("removed {graph} ({article})");
                }
            }
            Err(err) => {
                failed += 1;
                eprintln!("stancegraph: {err:#}");
            }
        }
    }
    let linked = link::link_store(&graph_store)?;
    print_links(&mut io::stdout().lock(), &linked)?;
    Ok(failure(failed))
}

/// Says what linking surnames across articles changed, if anything.
fn print_links(out: &mut dyn Write, linked: &link::LinkReport) -> Result<()> {
    if !linked.is_empty() {
        writeln!(
            out,
            "linked {} surname-only persons to full names and undid {} links, in {} article graphs",
            linked.linked, linked.unlinked, linked.graphs
        )?;
    }
    Ok(())
}

fn stats_cmd(args: StoreArgs) -> Result<ExitCode> {
    let graph_store = GraphStore::open_read_only(&store_path(&args))?;
    let query = "PREFIX sg: <https://w3id.org/stancegraph/ns#>
        SELECT (COUNT(DISTINCT ?a) AS ?articles) (COUNT(DISTINCT ?s) AS ?stances) (COUNT(DISTINCT ?q) AS ?quotes)
               (COUNT(DISTINCT ?r) AS ?roles) WHERE {
          { ?a a sg:Article } UNION { ?s a sg:Stance } UNION { ?q a sg:Quote } UNION { ?r a sg:Role } }";
    let entities = "PREFIX sg: <https://w3id.org/stancegraph/ns#>
        SELECT (COUNT(DISTINCT ?p) AS ?persons) (COUNT(DISTINCT ?o) AS ?organisations) (COUNT(DISTINCT ?c) AS ?countries)
               (COUNT(DISTINCT ?t) AS ?proposals) WHERE {
          { ?p a sg:Person } UNION { ?o a sg:Organization } UNION { ?c a sg:Country } UNION { ?t a sg:Proposal } }";
    let (quads, _) = graph_store.counts()?;
    let mut out = io::stdout().lock();
    writeln!(out, "store: {}", graph_store.path().display())?;
    for sparql in [query, entities] {
        if let QueryResults::Solutions(mut solutions) = graph_store.query(sparql)? {
            let variables: Vec<String> = solutions
                .variables()
                .iter()
                .map(|v| v.as_str().to_string())
                .collect();
            if let Some(solution) = solutions.next() {
                let solution = solution.map_err(|err| anyhow!("query failed: {err}"))?;
                for variable in &variables {
                    let value = solution
                        .get(variable.as_str())
                        .map(output::show_term)
                        .unwrap_or_default();
                    writeln!(out, "{variable:14} {value}")?;
                }
            }
        }
    }
    writeln!(out, "{:14} {quads}", "triples")?;
    Ok(ExitCode::SUCCESS)
}

fn eval_cmd(args: EvalArgs) -> Result<ExitCode> {
    let mut gold: Vec<Value> = Vec::new();
    for file in &args.gold {
        let text = std::fs::read_to_string(file)
            .with_context(|| format!("cannot read gold file {:?}", file.display().to_string()))?;
        for (idx, line) in text.lines().enumerate() {
            if line.trim().is_empty() {
                continue;
            }
            let value: Value = serde_json::from_str(line)
                .map_err(|err| anyhow!("{}:{}: not JSON: {err}", file.display(), idx + 1))?;
            gold.push(value);
        }
    }
    let articles: Vec<String> = match &args.articles {
        Some(list) => std::fs::read_to_string(list)
            .with_context(|| format!("cannot read article list {:?}", list.display().to_string()))?
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .map(str::to_string)
            .collect(),
        None => {
            let mut all: Vec<String> = gold
                .iter()
                .filter_map(|g| g.get("article").and_then(Value::as_str).map(str::to_string))
                .collect();
            all.sort();
            all.dedup();
            all
        }
    };
    let corpus = args.corpus.clone().unwrap_or_else(|| PathBuf::from("."));
    let options = ReadOptions::default();
    let mut predicted = Vec::new();
    let mut failed = 0;
    for article in &articles {
        let path = corpus.join(article);
        let shown = path.to_string_lossy().into_owned();
        ingest::read_inputs(
            std::slice::from_ref(&shown),
            &options,
            &mut |item| match item {
                Ok(mut read) => {
                    read.source = article.clone();
                    match extract_guarded(&read) {
                        Ok(facts) => predicted.extend(output::facts_json(&read, &facts)),
                        Err(err) => {
                            failed += 1;
                            eprintln!("stancegraph: {article}: {err}");
                        }
                    }
                }
                Err(err) => {
                    failed += 1;
                    eprintln!("stancegraph: {err:#}");
                }
            },
        );
    }
    let (figures, errors) = eval::score(&gold, &predicted, &articles);
    let mut out = io::stdout().lock();
    if args.errors {
        for error in &errors {
            writeln!(
                out,
                "{:8} {:6} {}: {}",
                error.what, error.kind, error.article, error.item
            )?;
        }
        writeln!(out)?;
    }
    if args.json {
        writeln!(out, "{}", serde_json::to_string(&figures)?)?;
    } else {
        writeln!(
            out,
            "{:7} {:>5} {:>5} {:>5} {:>6} {:>6} {:>6}",
            "type", "gold", "pred", "tp", "P", "R", "F1"
        )?;
        for kind in eval::TYPES.iter().copied().chain(["all"]) {
            let f = &figures[kind];
            writeln!(
                out,
                "{:7} {:5} {:5} {:5} {:6.3} {:6.3} {:6.3}",
                kind, f.gold, f.predicted, f.tp, f.precision, f.recall, f.f1
            )?;
        }
    }
    Ok(failure(failed))
}

fn validate_cmd(args: ValidateArgs) -> Result<ExitCode> {
    let started = Instant::now();
    let shapes_text = match &args.shapes {
        Some(path) => std::fs::read_to_string(path)
            .with_context(|| format!("cannot read shapes {:?}", path.display().to_string()))?,
        None => rdf::SHAPES_TTL.to_string(),
    };
    let shapes = validate::Shapes::new(&store::parse_turtle(&shapes_text, "the shapes")?);
    let (graph_store, checked) = if args.files.is_empty() {
        let path = store_path(&args.store);
        let shown = format!("the store {}", path.display());
        (GraphStore::open_read_only(&path)?, shown)
    } else {
        let mut files = Vec::new();
        for file in &args.files {
            let ext = file
                .extension()
                .map(|e| e.to_string_lossy().into_owned())
                .unwrap_or_default();
            files.push((file.clone(), rdf_format(&ext, "the file extension")?));
        }
        let shown = args
            .files
            .iter()
            .map(|f| f.display().to_string())
            .collect::<Vec<_>>()
            .join(", ");
        (GraphStore::in_memory(&files)?, shown)
    };
    let report = validate::validate(&graph_store, &shapes, !args.shacl_only)?;
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    match args.format.as_str() {
        "tsv" => {
            for v in &report.violations {
                writeln!(
                    out,
                    "{}\t{}\t{}\t{}\t{}\t{}",
                    v.article.as_deref().unwrap_or(""),
                    v.focus,
                    v.path.as_deref().unwrap_or(""),
                    v.component,
                    v.value.as_deref().unwrap_or(""),
                    v.message.replace(['\t', '\n'], " ")
                )?;
            }
        }
        "text" => {
            let mut last: Option<&Option<String>> = None;
            for v in &report.violations {
                if last != Some(&v.article) {
                    match &v.article {
                        Some(article) => writeln!(out, "{}:", output::shorten(article))?,
                        None => writeln!(out, "outside any article graph:")?,
                    }
                    last = Some(&v.article);
                }
                let mut line = format!("  {}", output::shorten(v.focus.trim_matches(['<', '>'])));
                if let Some(path) = &v.path {
                    line.push(' ');
                    line.push_str(&output::shorten(path.trim_matches(['<', '>', '^'])));
                    if path.starts_with('^') {
                        line.push_str(" (inverse)");
                    }
                }
                if let Some(value) = &v.value {
                    line.push_str(&format!(" = {value}"));
                }
                let namespace = if v.component.ends_with("ConstraintComponent") {
                    "sh"
                } else {
                    "invariant"
                };
                writeln!(out, "{line}: {} [{namespace}:{}]", v.message, v.component)?;
            }
            let n_articles = report
                .violations
                .iter()
                .filter_map(|v| v.article.as_ref())
                .collect::<std::collections::BTreeSet<_>>()
                .len();
            if report.violations.is_empty() {
                writeln!(
                    out,
                    "conforms: {checked} satisfies {} shapes ({} constraint queries, {:.2}s)",
                    report.n_shapes,
                    report.n_constraints,
                    started.elapsed().as_secs_f64()
                )?;
            } else {
                writeln!(
                    out,
                    "does not conform: {} violations in {} articles ({} shapes, {} constraint queries, {:.2}s)",
                    report.violations.len(),
                    n_articles,
                    report.n_shapes,
                    report.n_constraints,
                    started.elapsed().as_secs_f64()
                )?;
            }
        }
        other => bail!("--format {other:?} is not a validate format: use text or tsv"),
    }
    out.flush()?;
    Ok(failure(report.violations.len()))
}

fn push_cmd(args: PushArgs) -> Result<ExitCode> {
    let started = Instant::now();
    let headers = args
        .headers
        .iter()
        .map(|h| push::parse_header(h))
        .collect::<Result<Vec<_>>>()?;
    if !(args.backoff.is_finite() && args.backoff >= 0.0) {
        bail!("--backoff {} is not a number of seconds", args.backoff);
    }
    let endpoint = push::Endpoint {
        url: args.endpoint.clone(),
        headers,
        retries: args.retries,
        backoff: std::time::Duration::from_secs_f64(args.backoff),
        timeout_secs: args.timeout.max(1),
    };
    let graph_store = GraphStore::open_read_only(&store_path(&args.store))?;
    let verbose = args.verbose;
    let sent = push::push(&graph_store, &endpoint, args.jobs, &|event: &str| {
        if verbose || event.contains("retrying") {
            eprintln!("stancegraph: {event}");
        }
    })?;
    let failed: Vec<&push::Sent> = sent.iter().filter(|s| s.outcome.is_err()).collect();
    let n_triples: usize = sent
        .iter()
        .filter(|s| s.outcome.is_ok())
        .map(|s| s.n_triples)
        .sum();
    let mut out = io::stdout().lock();
    writeln!(
        out,
        "pushed {} of {} graphs ({} triples) to {} in {:.2}s",
        sent.len() - failed.len(),
        sent.len(),
        n_triples,
        args.endpoint,
        started.elapsed().as_secs_f64()
    )?;
    for s in &failed {
        if let Err(err) = &s.outcome {
            writeln!(
                out,
                "failed: {} ({} triples, {} attempts): {err}",
                s.graph.as_deref().unwrap_or("the default graph"),
                s.n_triples,
                s.attempts
            )?;
        }
    }
    Ok(failure(failed.len()))
}
