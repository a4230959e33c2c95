//! The on-disk Oxigraph store: one named graph per article.
//!
//! Owns: opening the store with plain errors (locked, not a store), writing
//! articles in batched transactions (an article is wholly present or absent),
//! replacing an article whose text changed, removing articles, SPARQL with the
//! union of all graphs as the default graph, and dumps. The only module that
//! touches `oxigraph::store::Store`.

use std::collections::HashSet;
use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::{anyhow, bail, Context, Result};
use oxigraph::io::{RdfFormat, RdfSerializer};
use oxigraph::model::vocab::rdfs;
use oxigraph::model::{
    GraphName, GraphNameRef, Literal, NamedNode, NamedOrBlankNode, Quad, QuadRef, Term,
};
use oxigraph::sparql::{QueryResults, QuerySolutionIter, SparqlEvaluator, Variable};
use oxigraph::store::Store;

use crate::rdf::{self, ArticleQuads, PREFIXES};

/// Deletes default-graph descriptions of entities that no article graph refers to.
const ORPHAN_ENTITIES: &str = "PREFIX sg: <https://w3id.org/stancegraph/ns#>
DELETE { ?entity ?p ?o } WHERE {
  ?entity ?p ?o .
  FILTER(STRSTARTS(STR(?entity), \"https://w3id.org/stancegraph/id/\"))
  FILTER NOT EXISTS { GRAPH ?g { ?s ?q ?entity } }
  FILTER NOT EXISTS { GRAPH ?h { ?entity ?r ?x } }
}";

/// The line by which a query (a saved one, say) reads the store's own default
/// graph, which holds the entity descriptions, instead of the union of all graphs:
/// a query whose article data sits under `GRAPH ?article` then finds entity labels
/// among a few thousand descriptions, not among every label of every article.
pub const STORE_DEFAULT_GRAPH: &str = "# default-graph: store";

/// The store folder used when neither `--store` nor `$STANCEGRAPH_STORE` names one.
pub const DEFAULT_STORE: &str = "stancegraph-store";

/// What happened to one article on ingest.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// Newly stored.
    Stored,
    /// Already stored with the same text: nothing changed.
    Unchanged,
    /// Stored, replacing an earlier version from the same source.
    Replaced,
}

/// An opened store.
pub struct GraphStore {
    store: Store,
    path: PathBuf,
}

/// Plans one ingest, article by article in input order: which articles are new
/// to the store (bulk loader) and which go in a transaction (unchanged, replacing
/// an earlier version, or repeated in the input), gathered into [`Chunk`]s that
/// a [`ChunkWriter`] writes.
///
/// A chunk holds up to 500 articles (or 50,000 quads, or 32 MB of text): the
/// bulk loader sorts each chunk in memory, and writes it as one set of sorted files.
pub struct IngestPlan {
    /// Whether the store held anything when the ingest began; if not, nothing
    /// outside this plan's own record needs looking up.
    check_store: bool,
    /// Hashes of the article IRIs and sources seen so far. A collision only sends
    /// an article through the transaction, which checks the store itself.
    seen_iris: HashSet<u64>,
    seen_sources: HashSet<u64>,
    /// Entities whose display label this ingest has written or will write: the
    /// first article (in input order) to describe an entity labels it.
    labelled: HashSet<NamedOrBlankNode>,
    /// Entity descriptions already in the current chunk.
    descriptions: HashSet<Quad>,
    chunk: Chunk,
}

/// Articles to write in one go: new ones as quads for the bulk loader, the others whole.
#[derive(Default)]
pub struct Chunk {
    new_quads: Vec<Quad>,
    n_new: usize,
    others: Vec<(ArticleQuads, String)>,
    n_quads: usize,
    literal_bytes: usize,
}

/// What writing chunks did: articles stored, replaced and found unchanged.
#[derive(Debug, Default, Clone, Copy)]
pub struct Written {
    /// Newly stored.
    pub stored: usize,
    /// Stored, replacing an earlier version from the same source.
    pub replaced: usize,
    /// Already stored with the same text.
    pub unchanged: usize,
}

/// Writes the chunks of one ingest, in order, through one Oxigraph bulk loader
/// that commits after the first chunk, then whenever it holds at least
/// [`COMMIT_ARTICLES`] new articles and as many as the ingest has stored before,
/// and at the end.
///
/// Each chunk's new articles become one set of sorted files (one per index),
/// built on the loader's threads while the next chunks are gathered; a commit
/// adds every set built since the last one to the database in one atomic step
/// (RocksDB's IngestExternalFiles), so each article is wholly present or absent.
/// A killed ingest keeps what it committed, so a long one makes progress. But
/// the files of a commit overlap all that is stored, and RocksDB merges them in
/// the background with everything already there: one commit per chunk made it
/// rewrite the growing store again and again (a quarter of the CPU of ingesting
/// the BBC folder, in five commits). The first commit into an empty store merges
/// nothing, so the first chunk is stored at once; later commits at least double
/// what is stored, which keeps the merging to about twice the data.
///
/// The other articles (unchanged, replacing an earlier version, repeated in the
/// input) are written in a transaction after the commit that follows them, since
/// they are compared with what the store holds; none of them shares an IRI or a
/// source with a new article loaded meanwhile (see [`IngestPlan::add`]), so
/// writing them later gives the same store.
pub struct ChunkWriter<'a> {
    store: &'a GraphStore,
    loader: Option<oxigraph::store::BulkLoader<'a>>,
    /// New articles given to the loader since its last commit.
    n_loading: usize,
    /// Articles written by transaction once the loader has committed.
    deferred: Vec<(ArticleQuads, String)>,
    written: Written,
}

/// New articles the bulk loader holds at least before a commit after the first.
const COMMIT_ARTICLES: usize = 2_500;
/// Articles in a chunk at most.
const CHUNK_ARTICLES: usize = 500;
/// Quads in a chunk at most (about 100 per news article).
const CHUNK_QUADS: usize = 50_000;
/// Bytes of literals (mostly article text) in a chunk at most.
const CHUNK_LITERAL_BYTES: usize = 32 * 1024 * 1024;
/// Threads building sorted files: two chunks at once, as a machine with two cores
/// has, once extraction is done.
const LOADER_THREADS: usize = 2;

impl GraphStore {
    /// Opens (creating if needed) the store at `path` for reading and writing.
    pub fn open(path: &Path) -> Result<GraphStore> {
        check_is_store(path)?;
        check_no_writer(path)?;
        let store = Store::open(path).map_err(|err| explain_open_error(path, &err.to_string()))?;
        remove_unfinished_bulk_files(path)?;
        Ok(GraphStore {
            store,
            path: path.to_path_buf(),
        })
    }

    /// Opens an existing store for reading only; another process may be writing it.
    pub fn open_read_only(path: &Path) -> Result<GraphStore> {
        if !path.exists() {
            bail!(
                "no store at {:?}: run `stancegraph ingest` first, or name one with --store",
                path.display().to_string()
            );
        }
        check_is_store(path)?;
        // Oxigraph leaves reading a store that another process writes undefined, so
        // a query during an ingest is refused at once rather than risking wrong answers.
        check_no_writer(path)?;
        let store = Store::open_read_only(path)
            .map_err(|err| explain_open_error(path, &err.to_string()))?;
        Ok(GraphStore {
            store,
            path: path.to_path_buf(),
        })
    }

    /// A store in memory holding the quads of RDF files, to validate or query an export.
    pub fn in_memory(files: &[(PathBuf, RdfFormat)]) -> Result<GraphStore> {
        let store = Store::new().context("cannot create a store in memory")?;
        for (path, format) in files {
            let shown = path.display().to_string();
            let file =
                std::fs::File::open(path).with_context(|| format!("cannot read {shown:?}"))?;
            let mut quads = Vec::new();
            for quad in oxigraph::io::RdfParser::from_format(*format)
                .for_reader(std::io::BufReader::new(file))
            {
                quads.push(quad.with_context(|| format!("cannot parse {shown:?}"))?);
            }
            store
                .extend(quads)
                .with_context(|| format!("cannot load {shown:?}"))?;
        }
        Ok(GraphStore {
            store,
            path: PathBuf::new(),
        })
    }

    /// The names of the article graphs, sorted.
    pub fn graph_names(&self) -> Result<Vec<String>> {
        let mut names = Vec::new();
        for graph in self.store.named_graphs() {
            if let NamedOrBlankNode::NamedNode(node) = graph.context("reading the store")? {
                names.push(node.into_string());
            }
        }
        names.sort();
        Ok(names)
    }

    /// The quads of one named graph, or of the default graph (`None`), sorted.
    pub fn graph_quads(&self, graph: Option<&str>) -> Result<Vec<Quad>> {
        let name = match graph {
            Some(iri) => GraphName::NamedNode(
                NamedNode::new(iri).with_context(|| format!("{iri:?} is not an IRI"))?,
            ),
            None => GraphName::DefaultGraph,
        };
        let mut quads = Vec::new();
        for quad in self
            .store
            .quads_for_pattern(None, None, None, Some(name.as_ref()))
        {
            quads.push(quad.context("reading the store")?);
        }
        sort_quads(&mut quads);
        Ok(quads)
    }

    /// The folder of the store.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Starts the plan of one ingest into this store (see [`IngestPlan`]).
    pub fn ingest_plan(&self) -> Result<IngestPlan> {
        // On a store that starts empty, whatever this ingest has not written is new:
        // no article, source or label needs looking up in the database.
        let check_store = !self.store.is_empty().context("reading the store")?;
        Ok(IngestPlan {
            check_store,
            seen_iris: HashSet::new(),
            seen_sources: HashSet::new(),
            labelled: HashSet::new(),
            descriptions: HashSet::new(),
            chunk: Chunk::default(),
        })
    }

    /// Starts writing the chunks of one ingest (see [`ChunkWriter`]).
    pub fn chunk_writer(&self) -> ChunkWriter<'_> {
        ChunkWriter {
            store: self,
            loader: None,
            n_loading: 0,
            deferred: Vec::new(),
            written: Written::default(),
        }
    }

    /// Whether the store holds a graph named `iri` or an article from `source`.
    fn holds(&self, iri: &NamedNode, source: &str) -> Result<bool> {
        if self
            .store
            .contains_named_graph(iri.as_ref())
            .context("reading the store")?
        {
            return Ok(true);
        }
        let source_literal = Literal::new_simple_literal(source);
        Ok(self
            .store
            .quads_for_pattern(
                None,
                Some(rdf::sg("source").as_ref()),
                Some(source_literal.as_ref().into()),
                None,
            )
            .next()
            .transpose()
            .context("reading the store")?
            .is_some())
    }

    /// Whether the default graph gives `entity` a display label.
    fn has_label(&self, entity: &NamedOrBlankNode) -> Result<bool> {
        Ok(self
            .store
            .quads_for_pattern(
                Some(entity.as_ref()),
                Some(rdfs::LABEL),
                None,
                Some(GraphNameRef::DefaultGraph),
            )
            .next()
            .transpose()
            .context("reading the store")?
            .is_some())
    }

    /// Writes articles in one transaction: unchanged ones add their source,
    /// changed ones replace their earlier version.
    fn write_transaction(&self, batch: &[(&ArticleQuads, &str)]) -> Result<Vec<Outcome>> {
        let mut outcomes = Vec::with_capacity(batch.len());
        if batch.is_empty() {
            return Ok(outcomes);
        }
        let mut tx = self
            .store
            .start_transaction()
            .context("cannot start a store transaction")?;
        let source_p = rdf::sg("source");
        let body_p = NamedNode::new_unchecked(format!("{}articleBody", rdf::SCHEMA));
        for &(article, source) in batch {
            let graph = GraphNameRef::NamedNode(article.iri.as_ref());
            let new_body = article
                .graph
                .iter()
                .find(|q| q.predicate == body_p)
                .map(|q| q.object.clone());
            let mut outcome = Outcome::Stored;
            if tx
                .contains_named_graph(article.iri.as_ref())
                .context("reading the store")?
            {
                let old_body = tx
                    .quads_for_pattern(
                        Some(article.iri.as_ref().into()),
                        Some(body_p.as_ref()),
                        None,
                        Some(graph),
                    )
                    .next()
                    .transpose()
                    .context("reading the store")?
                    .map(|q| q.object);
                if old_body == new_body {
                    let same = self.graph_equals(&tx, article)?;
                    if same {
                        // The same text from another file: that path is a source too.
                        let source_quad = Quad::new(
                            article.iri.clone(),
                            source_p.clone(),
                            Literal::new_simple_literal(source),
                            GraphName::NamedNode(article.iri.clone()),
                        );
                        tx.insert(&source_quad);
                        outcomes.push(Outcome::Unchanged);
                        continue;
                    }
                }
                tx.clear_graph(graph)
                    .context("replacing an article graph")?;
                outcome = Outcome::Replaced;
            }
            // Earlier versions of the same source under another IRI are replaced.
            let source_literal = Term::from(Literal::new_simple_literal(source));
            let mut older: Vec<NamedOrBlankNode> = Vec::new();
            for quad in tx.quads_for_pattern(
                None,
                Some(source_p.as_ref()),
                Some(source_literal.as_ref()),
                None,
            ) {
                if let GraphName::NamedNode(n) = quad.context("reading the store")?.graph_name {
                    if n != article.iri {
                        older.push(NamedOrBlankNode::NamedNode(n));
                    }
                }
            }
            for old in older {
                // An earlier version that other files share keeps them: only this path leaves it.
                Self::drop_source(&mut tx, &old, &source_literal)?;
                outcome = Outcome::Replaced;
            }
            tx.insert_named_graph(article.iri.as_ref());
            for quad in &article.graph {
                tx.insert(quad);
            }
            for quad in &article.entities {
                // One display label per entity: the first one stored wins.
                if rdf::is_label(quad) {
                    let has_label = tx
                        .quads_for_pattern(
                            Some(quad.subject.as_ref()),
                            Some(rdfs::LABEL),
                            None,
                            Some(GraphNameRef::DefaultGraph),
                        )
                        .next()
                        .transpose()
                        .context("reading the store")?
                        .is_some();
                    if has_label {
                        continue;
                    }
                }
                tx.insert(quad);
            }
            outcomes.push(outcome);
        }
        tx.commit().context("cannot commit to the store")?;
        Ok(outcomes)
    }

    /// Takes `source` off an article graph, and drops the graph when no source is left.
    fn drop_source(
        tx: &mut oxigraph::store::Transaction<'_>,
        graph: &NamedOrBlankNode,
        source: &Term,
    ) -> Result<()> {
        let NamedOrBlankNode::NamedNode(node) = graph else {
            return Ok(());
        };
        let source_p = rdf::sg("source");
        let name = GraphNameRef::NamedNode(node.as_ref());
        let mut others = 0;
        for quad in tx.quads_for_pattern(
            Some(node.as_ref().into()),
            Some(source_p.as_ref()),
            None,
            Some(name),
        ) {
            if &quad.context("reading the store")?.object != source {
                others += 1;
            }
        }
        if others == 0 {
            tx.remove_named_graph(graph.as_ref())
                .context("replacing an earlier version")?;
        } else {
            tx.remove(QuadRef::new(
                node.as_ref(),
                source_p.as_ref(),
                source.as_ref(),
                name,
            ));
        }
        Ok(())
    }

    /// Whether the stored graph holds exactly the article's quads (the extractor may have changed).
    fn graph_equals(
        &self,
        tx: &oxigraph::store::Transaction<'_>,
        article: &ArticleQuads,
    ) -> Result<bool> {
        // Source quads are compared apart: identical files add their paths as sources.
        let source_p = rdf::sg("source");
        // Counted with SPARQL, which reads the quads' keys only: iterating the quads
        // turned every IRI and literal back into text, four lookups a quad (a sixth
        // of the CPU left in the loader thread when the BBC folder's 98 repeated
        // files were compared).
        let count = |pattern: &str| -> Result<usize> {
            let query = format!(
                "SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH {} {{ {pattern} }} }}",
                article.iri
            );
            let results = SparqlEvaluator::new()
                .parse_query(&query)
                .map_err(|err| anyhow!("invalid SPARQL {query:?}: {err}"))?
                .on_transaction(tx)
                .execute()
                .map_err(|err| anyhow!("query failed: {err}"))?;
            let QueryResults::Solutions(mut solutions) = results else {
                bail!("not a SELECT query: {query}");
            };
            match solutions.next() {
                Some(Ok(solution)) => match solution.get("n") {
                    Some(Term::Literal(n)) => n
                        .value()
                        .parse()
                        .with_context(|| format!("a count that is no number: {n}")),
                    _ => bail!("no count from {query:?}"),
                },
                Some(Err(err)) => Err(anyhow!("query failed: {err}")),
                None => bail!("no count from {query:?}"),
            }
        };
        let n = count("?s ?p ?o")? - count(&format!("?s {source_p} ?o"))?;
        if n != article
            .graph
            .iter()
            .filter(|q| q.predicate != source_p)
            .count()
        {
            return Ok(false);
        }
        // The same text under another source path (a duplicate file) is the same
        // article: its first source is kept.
        let source = rdf::sg("source");
        for quad in &article.graph {
            // An untitled article is labelled by its source, which may differ for a duplicate.
            let article_label =
                quad.subject == article.iri.clone().into() && quad.predicate == rdfs::LABEL;
            if quad.predicate != source
                && !article_label
                && !tx.contains(quad).context("reading the store")?
            {
                return Ok(false);
            }
        }
        Ok(true)
    }

    /// Writes buffered data to disk files, so that the next open (often read-only,
    /// for a query) need not replay the write-ahead log.
    pub fn flush(&self) -> Result<()> {
        self.store.flush().context("cannot flush the store to disk")
    }

    /// Compacts the database files, so that queries over a large store read fewer,
    /// sorted files (who-endorsed-what on 22,250 articles: 1.9 s before, 0.6 s after).
    pub fn optimize(&self) -> Result<()> {
        self.store.optimize().context("cannot compact the store")
    }

    /// Removes articles given by IRI, by `sg:source` or by hash; returns the graphs removed.
    pub fn remove(&self, article: &str) -> Result<Vec<String>> {
        let graphs = self.find_articles(article)?;
        if graphs.is_empty() {
            bail!("no stored article matches {article:?} (give its IRI, hash or source path)");
        }
        let mut tx = self
            .store
            .start_transaction()
            .context("cannot start a store transaction")?;
        // By source path: that path leaves its article, which goes when no other file has it.
        // By IRI or hash: the article goes.
        let source = Term::from(Literal::new_simple_literal(article));
        let by_iri = article.starts_with("http") || !article.contains(['/', '.']);
        for graph in &graphs {
            let node = NamedOrBlankNode::NamedNode(NamedNode::new_unchecked(graph.clone()));
            if by_iri {
                tx.remove_named_graph(node.as_ref())
                    .context("removing an article")?;
            } else {
                Self::drop_source(&mut tx, &node, &source)?;
            }
        }
        // Entities that no remaining article mentions lose their descriptions too.
        let orphans = SparqlEvaluator::new()
            .parse_update(ORPHAN_ENTITIES)
            .map_err(|err| anyhow!("the orphan clean-up update is invalid: {err}"))?;
        orphans.on_transaction(&mut tx).execute().map_err(|err| {
            anyhow!("removing descriptions of entities no article mentions: {err}")
        })?;
        tx.commit().context("cannot commit to the store")?;
        Ok(graphs)
    }

    /// Removes `remove` and inserts `insert` in one transaction, so that a rewrite
    /// of an article graph (see `link.rs`) is wholly done or not at all.
    pub fn replace_quads(&self, remove: &[Quad], insert: &[Quad]) -> Result<()> {
        let mut tx = self
            .store
            .start_transaction()
            .context("cannot start a store transaction")?;
        for quad in remove {
            tx.remove(quad);
        }
        for quad in insert {
            tx.insert(quad);
        }
        tx.commit().context("cannot commit to the store")
    }

    /// The article graphs that `article` names: an IRI, a hash, or a source.
    pub fn find_articles(&self, article: &str) -> Result<Vec<String>> {
        let mut found = Vec::new();
        let candidate = if article.starts_with("http") {
            article.to_string()
        } else {
            format!("{}article/{article}", rdf::SGR)
        };
        if let Ok(node) = NamedNode::new(&candidate) {
            if self
                .store
                .contains_named_graph(node.as_ref())
                .context("reading the store")?
            {
                found.push(candidate);
            }
        }
        let source = Term::from(Literal::new_simple_literal(article));
        for quad in self.store.quads_for_pattern(
            None,
            Some(rdf::sg("source").as_ref()),
            Some(source.as_ref()),
            None,
        ) {
            let quad = quad.context("reading the store")?;
            if let GraphName::NamedNode(n) = quad.graph_name {
                if !found.contains(&n.as_str().to_string()) {
                    found.push(n.into_string());
                }
            }
        }
        Ok(found)
    }

    /// Runs a SELECT and collects each solution as (variable name, value) pairs.
    pub fn select<R: FromIterator<(String, Term)>>(&self, sparql: &str) -> Result<Vec<R>> {
        let QueryResults::Solutions(solutions) = self.query(sparql)? else {
            bail!("not a SELECT query: {sparql}");
        };
        solutions
            .map(|solution| {
                let solution = solution.map_err(|err| anyhow!("query failed: {err}"))?;
                Ok(solution
                    .iter()
                    .map(|(variable, term)| (variable.as_str().to_string(), term.clone()))
                    .collect())
            })
            .collect()
    }

    /// Runs a SPARQL query; the default graph is the union of all graphs unless
    /// the query names its own (FROM) or has the line [`STORE_DEFAULT_GRAPH`].
    ///
    /// A SELECT whose solutions are ordered by projected variables only is sorted
    /// here, on decoded terms, rather than by Oxigraph, whose sort looks each
    /// compared string up in the database again (on 5,470 stances of a 22,250-article
    /// store: a quarter of a second). Should a solution hold a typed or
    /// language-tagged literal in a sort key, the query runs again with Oxigraph's
    /// sort, which orders those by their value.
    pub fn query(&self, sparql: &str) -> Result<QueryResults<'static>> {
        let mut parsed = spargebra::SparqlParser::new()
            .parse_query(sparql)
            .map_err(|err| anyhow!("invalid SPARQL: {err}"))?;
        let store_default_graph = sparql.lines().any(|l| l.trim() == STORE_DEFAULT_GRAPH);
        let original = parsed.clone();
        let Some(order) = take_order(&mut parsed) else {
            return self.execute(original, store_default_graph);
        };
        let QueryResults::Solutions(solutions) = self.execute(parsed, store_default_graph)? else {
            return self.execute(original, store_default_graph);
        };
        let variables: std::sync::Arc<[Variable]> = solutions.variables().into();
        // Sort keys by their place in each solution: compared where they lie, not cloned.
        let mut keys = Vec::with_capacity(order.len());
        for (variable, descending) in &order {
            let Some(index) = variables.iter().position(|v| v == variable) else {
                return self.execute(original, store_default_graph);
            };
            keys.push((index, *descending));
        }
        let mut rows = Vec::new();
        for solution in solutions {
            let solution = solution.map_err(|err| anyhow!("query failed: {err}"))?;
            if keys
                .iter()
                .any(|(index, _)| !sorts_as_text(solution.get(*index)))
            {
                return self.execute(original, store_default_graph);
            }
            rows.push(solution);
        }
        rows.sort_by(|a, b| {
            keys.iter()
                .map(|(index, descending)| {
                    let ordering = cmp_sort_keys(a.get(*index), b.get(*index));
                    if *descending {
                        ordering.reverse()
                    } else {
                        ordering
                    }
                })
                .find(|ordering| ordering.is_ne())
                .unwrap_or(std::cmp::Ordering::Equal)
        });
        Ok(QueryResults::Solutions(QuerySolutionIter::new(
            variables,
            rows.into_iter().map(Ok),
        )))
    }

    fn execute(
        &self,
        query: spargebra::Query,
        store_default_graph: bool,
    ) -> Result<QueryResults<'static>> {
        let mut prepared = SparqlEvaluator::new().for_query(query);
        // A query without FROM gets the union of all graphs as its default graph.
        let plain = matches!(
            prepared.dataset().default_graph_graphs(),
            None | Some([GraphName::DefaultGraph])
        );
        if plain && !store_default_graph {
            prepared.dataset_mut().set_default_graph_as_union();
        }
        prepared
            .on_store(&self.store)
            .execute()
            .map_err(|err| anyhow!("query failed: {err}"))
    }

    /// Counts for `stats`: (quads, articles).
    pub fn counts(&self) -> Result<(usize, usize)> {
        let quads = self.store.len().context("reading the store")?;
        let mut articles = 0;
        for graph in self.store.named_graphs() {
            graph.context("reading the store")?;
            articles += 1;
        }
        Ok((quads, articles))
    }

    /// Every quad, or one article's graph (plus the entity descriptions it uses), sorted.
    pub fn quads(&self, article: Option<&str>) -> Result<Vec<Quad>> {
        let mut quads = Vec::new();
        match article {
            None => {
                for quad in self.store.iter() {
                    quads.push(quad.context("reading the store")?);
                }
            }
            Some(article) => {
                let graphs = self.find_articles(article)?;
                if graphs.is_empty() {
                    bail!("no stored article matches {article:?}");
                }
                for graph in graphs {
                    let node = NamedNode::new_unchecked(graph);
                    let mut subjects = Vec::new();
                    for quad in self.store.quads_for_pattern(
                        None,
                        None,
                        None,
                        Some(GraphNameRef::NamedNode(node.as_ref())),
                    ) {
                        let quad = quad.context("reading the store")?;
                        if let Term::NamedNode(o) = &quad.object {
                            subjects.push(o.clone());
                        }
                        quads.push(quad);
                    }
                    subjects.sort();
                    subjects.dedup();
                    for subject in subjects {
                        for quad in self.store.quads_for_pattern(
                            Some(subject.as_ref().into()),
                            None,
                            None,
                            Some(GraphNameRef::DefaultGraph),
                        ) {
                            quads.push(quad.context("reading the store")?);
                        }
                    }
                }
            }
        }
        sort_quads(&mut quads);
        Ok(quads)
    }
}

impl IngestPlan {
    /// Adds an article read from `source`; returns a chunk when one is full.
    pub fn add(
        &mut self,
        store: &GraphStore,
        article: ArticleQuads,
        source: String,
    ) -> Result<Option<Chunk>> {
        let first_seen = self.seen_iris.insert(hash_of(article.iri.as_str()))
            & self.seen_sources.insert(hash_of(&source));
        let is_new = first_seen && !(self.check_store && store.holds(&article.iri, &source)?);
        self.chunk.n_quads += article.graph.len() + article.entities.len();
        self.chunk.literal_bytes += article
            .graph
            .iter()
            .map(|quad| match &quad.object {
                Term::Literal(literal) => literal.value().len(),
                _ => 0,
            })
            .sum::<usize>();
        if is_new {
            self.chunk.n_new += 1;
            self.chunk.new_quads.extend(article.graph);
            for quad in article.entities {
                if self.descriptions.contains(&quad) {
                    continue;
                }
                // One display label per entity: the first one stored wins.
                if rdf::is_label(&quad)
                    && (!self.labelled.insert(quad.subject.clone())
                        || (self.check_store && store.has_label(&quad.subject)?))
                {
                    continue;
                }
                self.descriptions.insert(quad.clone());
                self.chunk.new_quads.push(quad);
            }
        } else {
            // Written after the chunk's new articles, but labels are claimed in input
            // order; the transaction still checks the store for older labels.
            let mut article = article;
            article
                .entities
                .retain(|quad| !rdf::is_label(quad) || self.labelled.insert(quad.subject.clone()));
            self.chunk.others.push((article, source));
        }
        let full = self.chunk.n_new + self.chunk.others.len() >= CHUNK_ARTICLES
            || self.chunk.n_quads >= CHUNK_QUADS
            || self.chunk.literal_bytes >= CHUNK_LITERAL_BYTES;
        Ok(full.then(|| self.take_chunk()))
    }

    /// The last chunk, possibly empty.
    pub fn finish(mut self) -> Chunk {
        self.take_chunk()
    }

    fn take_chunk(&mut self) -> Chunk {
        self.descriptions.clear();
        std::mem::take(&mut self.chunk)
    }
}

impl ChunkWriter<'_> {
    /// Writes a chunk: its new articles go to the bulk loader, the others wait
    /// for the next commit (see [`ChunkWriter`]).
    ///
    /// The chunk is taken by value so that its quads move into the bulk loader
    /// instead of being copied.
    pub fn write(&mut self, chunk: Chunk) -> Result<()> {
        if !chunk.new_quads.is_empty() {
            let store = &self.store.store;
            // Each thread's buffer holds a whole chunk, so that each chunk makes one
            // set of sorted files, and fewer files are merged after the commit.
            let loader = self.loader.get_or_insert_with(|| {
                store
                    .bulk_loader()
                    .with_num_threads(LOADER_THREADS)
                    .with_max_memory_size_in_megabytes(LOADER_THREADS * 2 * CHUNK_QUADS / 1000)
            });
            loader
                .load_quads(chunk.new_quads)
                .context("cannot write to the store")?;
            self.n_loading += chunk.n_new;
        }
        self.deferred.extend(chunk.others);
        let nothing_stored = self.written.stored == 0;
        if nothing_stored
            || self.n_loading >= self.written.stored.max(COMMIT_ARTICLES)
            || self.deferred.len() >= CHUNK_ARTICLES
            || (self.loader.is_none() && !self.deferred.is_empty())
        {
            self.commit()?;
        }
        Ok(())
    }

    /// Commits what is left; returns what all the chunks did.
    pub fn finish(mut self) -> Result<Written> {
        self.commit()?;
        Ok(self.written)
    }

    /// Commits the bulk loader, then writes the deferred articles in one transaction.
    fn commit(&mut self) -> Result<()> {
        if let Some(loader) = self.loader.take() {
            loader.commit().context("cannot commit to the store")?;
            self.written.stored += std::mem::take(&mut self.n_loading);
        }
        let deferred = std::mem::take(&mut self.deferred);
        let others: Vec<(&ArticleQuads, &str)> = deferred
            .iter()
            .map(|(article, source)| (article, source.as_str()))
            .collect();
        for outcome in self.store.write_transaction(&others)? {
            match outcome {
                Outcome::Stored => self.written.stored += 1,
                Outcome::Replaced => self.written.replaced += 1,
                Outcome::Unchanged => self.written.unchanged += 1,
            }
        }
        Ok(())
    }
}

impl Chunk {
    /// Whether the chunk holds no article.
    pub fn is_empty(&self) -> bool {
        self.n_new == 0 && self.others.is_empty()
    }
}

/// A 64-bit hash of a string, the same in every run.
fn hash_of(text: &str) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut hasher = std::hash::DefaultHasher::new();
    text.hash(&mut hasher);
    hasher.finish()
}

/// Takes the ORDER BY off a SELECT ordered by projected variables only (under
/// DISTINCT, REDUCED or a projection, not a LIMIT or OFFSET); returns each sort
/// variable and whether it sorts descending.
fn take_order(query: &mut spargebra::Query) -> Option<Vec<(Variable, bool)>> {
    use spargebra::algebra::{Expression, GraphPattern, OrderExpression};
    let spargebra::Query::Select { pattern, .. } = query else {
        return None;
    };
    let mut node = pattern;
    let mut projected: Option<Vec<Variable>> = None;
    loop {
        match node {
            GraphPattern::Distinct { inner } | GraphPattern::Reduced { inner } => node = inner,
            GraphPattern::Project { inner, variables } => {
                projected = Some(variables.clone());
                node = inner;
            }
            GraphPattern::OrderBy { .. } => break,
            _ => return None,
        }
    }
    let GraphPattern::OrderBy { inner, expression } = node else {
        return None;
    };
    let projected = projected?;
    let mut order = Vec::with_capacity(expression.len());
    for comparator in expression.iter() {
        let (variable, descending) = match comparator {
            OrderExpression::Asc(Expression::Variable(v)) => (v, false),
            OrderExpression::Desc(Expression::Variable(v)) => (v, true),
            _ => return None,
        };
        if !projected.contains(variable) {
            return None;
        }
        order.push((variable.clone(), descending));
    }
    let inner = std::mem::replace(
        inner.as_mut(),
        GraphPattern::Bgp {
            patterns: Vec::new(),
        },
    );
    *node = inner;
    Some(order)
}

/// Whether SPARQL orders this value as [`cmp_sort_keys`] does: unbound, a blank
/// node, an IRI or a plain string; other literals compare by typed value.
fn sorts_as_text(value: Option<&Term>) -> bool {
    match value {
        Some(Term::Literal(literal)) => {
            literal.datatype() == oxigraph::model::vocab::xsd::STRING
                && literal.language().is_none()
        }
        _ => true,
    }
}

/// SPARQL's ORDER BY between unbound values, blank nodes, IRIs and plain strings,
/// in that order; within each, by their text.
fn cmp_sort_keys(a: Option<&Term>, b: Option<&Term>) -> std::cmp::Ordering {
    fn rank(term: Option<&Term>) -> (u8, &str) {
        match term {
            None => (0, ""),
            Some(Term::BlankNode(node)) => (1, node.as_str()),
            Some(Term::NamedNode(node)) => (2, node.as_str()),
            Some(Term::Literal(literal)) => (3, literal.value()),
            #[allow(unreachable_patterns)]
            Some(_) => (4, ""),
        }
    }
    rank(a).cmp(&rank(b))
}

/// Caps glibc's malloc at two arenas for a long ingest.
///
/// Articles are allocated on the extraction threads and freed on the store
/// writer thread; with an arena per thread, glibc keeps the freed pages of each,
/// and ten copies of the BBC corpus peaked at 324 MB instead of under 300 MB.
pub fn bound_allocator_arenas() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: mallopt only sets an allocator tunable; it is called before the
    // ingest starts its threads, and a refusal (return 0) only keeps the default.
    unsafe {
        libc::mallopt(libc::M_ARENA_MAX, 2);
    }
}

/// Sorts quads so that the same data always serialises to the same bytes.
pub fn sort_quads(quads: &mut Vec<Quad>) {
    quads.sort_by_cached_key(|q| {
        (
            q.graph_name.to_string(),
            q.subject.to_string(),
            q.predicate.as_str().to_string(),
            q.object.to_string(),
        )
    });
    quads.dedup();
}

/// Writes quads in an RDF format with the stancegraph prefixes; triple formats
/// get every quad as a triple (the graph names are dropped).
pub fn write_quads(quads: &[Quad], format: RdfFormat, out: &mut dyn Write) -> Result<()> {
    if matches!(format, RdfFormat::JsonLd { .. }) {
        // Oxigraph writes expanded JSON-LD only; this one is compact, under ontology/context.jsonld.
        return crate::jsonld::write_compact(quads, out);
    }
    let mut serializer = RdfSerializer::from_format(format);
    for (prefix, iri) in PREFIXES {
        serializer = serializer
            .with_prefix(*prefix, *iri)
            .context("declaring a prefix")?;
    }
    let mut writer = serializer.for_writer(out);
    if format.supports_datasets() {
        for quad in quads {
            writer.serialize_quad(quad).context("writing output")?;
        }
    } else {
        // Without graph names, the same triple from two articles is written once.
        let mut triples: Vec<oxigraph::model::Triple> = quads
            .iter()
            .map(|q| oxigraph::model::TripleRef::from(QuadRef::from(q)).into_owned())
            .collect();
        triples.sort_by_cached_key(|t| {
            (
                t.subject.to_string(),
                t.predicate.as_str().to_string(),
                t.object.to_string(),
            )
        });
        triples.dedup();
        for triple in &triples {
            writer.serialize_triple(triple).context("writing output")?;
        }
    }
    writer.finish().context("writing output")?;
    Ok(())
}

/// Parses Turtle (the embedded ontology) into quads in the default graph.
pub fn parse_turtle(text: &str, what: &str) -> Result<Vec<Quad>> {
    let parser = oxigraph::io::RdfParser::from_format(RdfFormat::Turtle);
    let mut quads = Vec::new();
    for quad in parser.for_slice(text.as_bytes()) {
        quads.push(quad.with_context(|| format!("parsing {what}"))?);
    }
    Ok(quads)
}

/// A folder that exists and is not empty must look like a RocksDB store.
fn check_is_store(path: &Path) -> Result<()> {
    if path.is_file() {
        bail!(
            "{:?} is a file, not a store folder",
            path.display().to_string()
        );
    }
    if path.is_dir() {
        let mut entries = std::fs::read_dir(path).with_context(|| {
            format!("cannot read store folder {:?}", path.display().to_string())
        })?;
        let non_empty = entries.next().is_some();
        if non_empty && !path.join("CURRENT").exists() {
            bail!(
                "{:?} is not a stancegraph store (a non-empty folder without an Oxigraph database); choose another --store",
                path.display().to_string()
            );
        }
    }
    Ok(())
}

/// Deletes the sorted files of a bulk load that a killed process never committed.
///
/// The bulk loader writes them as `bulk-<random>.sst` in the store folder and
/// copies them into the database only at commit, so leftovers were never part of
/// the store; only the process holding the store's lock (this one) runs this.
fn remove_unfinished_bulk_files(path: &Path) -> Result<()> {
    let shown = path.display().to_string();
    let entries =
        std::fs::read_dir(path).with_context(|| format!("cannot read store folder {shown:?}"))?;
    for entry in entries {
        let entry = entry.with_context(|| format!("cannot read store folder {shown:?}"))?;
        let name = entry.file_name();
        let name = name.to_string_lossy();
        if name.starts_with("bulk-") && name.ends_with(".sst") {
            std::fs::remove_file(entry.path()).with_context(|| {
                format!("cannot remove an unfinished bulk-load file {name:?} in {shown:?}")
            })?;
        }
    }
    Ok(())
}

/// Fails at once, naming the process, when another process holds the store open for writing.
fn check_no_writer(path: &Path) -> Result<()> {
    if let Some(pid) = writer_pid(path) {
        bail!(
            "the store {:?} is in use by another stancegraph process (pid {pid}, which has it open for writing); wait for it to finish, or use another --store",
            path.display().to_string()
        );
    }
    Ok(())
}

/// The process holding RocksDB's lock on the store, if another process does.
///
/// RocksDB takes a POSIX record lock (`fcntl`) on `LOCK` for as long as a
/// read-write instance is open; `F_GETLK` asks who holds it without taking it.
/// The kernel drops the lock when its process dies, so a killed ingest leaves none.
#[cfg(unix)]
fn writer_pid(path: &Path) -> Option<i32> {
    use std::os::fd::AsRawFd;
    let file = std::fs::File::open(path.join("LOCK")).ok()?;
    // SAFETY: an all-zero `flock` is a valid value of this plain C struct.
    let mut lock: libc::flock = unsafe { std::mem::zeroed() };
    lock.l_type = libc::F_WRLCK as libc::c_short;
    lock.l_whence = libc::SEEK_SET as libc::c_short;
    // SAFETY: `file` is open for the whole call and `lock` is a valid, exclusive `flock`;
    // F_GETLK only fills `lock` in and never takes a lock.
    let rc = unsafe { libc::fcntl(file.as_raw_fd(), libc::F_GETLK, &mut lock) };
    (rc == 0 && lock.l_type != libc::F_UNLCK as libc::c_short).then_some(lock.l_pid)
}

#[cfg(not(unix))]
fn writer_pid(_path: &Path) -> Option<i32> {
    None
}

fn explain_open_error(path: &Path, message: &str) -> anyhow::Error {
    let shown = path.display().to_string();
    // RocksDB reports a held lock as "While lock file: .../LOCK: Resource temporarily unavailable".
    if message.contains("LOCK")
        && (message.contains("lock file") || message.contains("Resource temporarily unavailable"))
    {
        anyhow!(
            "the store {shown:?} is in use by another stancegraph process (it is locked); wait for it to finish, or use another --store ({message})"
        )
    } else if message.contains("Permission denied") || message.contains("Read-only") {
        anyhow!("cannot open the store {shown:?}: permission denied ({message})")
    } else {
        anyhow!("cannot open the store {shown:?}: {message}")
    }
}
