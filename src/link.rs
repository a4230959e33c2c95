//! Entity linking across articles: a surname-only person joins the one
//! full-name person of the store who has that surname.
//!
//! Extraction resolves "Mr Blair" to Tony Blair only within an article that
//! names him in full; an article that says "Mr Blair" alone gets its own node,
//! `sgr:person/blair`. After an ingest or a removal, [`link_store`] looks at the
//! whole store: when exactly one person named in full by some article has that
//! surname (`sgr:person/tony-blair`), each article graph that uses
//! `sgr:person/blair` and shares a named entity with an article naming Tony
//! Blair in full (the text ties them) is rewritten to use
//! `sgr:person/tony-blair` instead, so that SPARQL, the exports and the
//! property graphs all see one node. With no such person, or with several
//! (Anna Brack and Tom Brack), or with nothing in common between the articles
//! (Lord Hamilton the judge, Mark Hamilton the insurer's spokesman), the
//! surname stays a node of its own.
//!
//! Each rewritten article graph records why in an `sg:NameLink` (the name, the
//! node the article gave it, the node it now uses, the rule id), which is also
//! what lets a later run undo the link when the store's content no longer
//! supports it (the only full-name article removed, a second "Blair" ingested).
//! The links are a function of the store's content: full-name persons count
//! only where an article names them itself, never through a link, so the order
//! of ingests does not matter and a second run changes nothing.
//!
//! Owns: deciding the links and bringing each article graph in line with them,
//! one transaction per article graph, with the entity descriptions (default
//! graph) that change with it. Leaves reading and writing the store to
//! `store.rs`, through SPARQL and [`GraphStore::replace_quads`].

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::sync::{Arc, Mutex};

use anyhow::{anyhow, Result};
use oxigraph::model::vocab::{rdf as rdf_vocab, rdfs};
use oxigraph::model::{GraphName, Literal, NamedNode, NamedOrBlankNode, Quad, Term};

use crate::rdf::{self, ArticleQuads, SKOS};
use crate::store::{GraphStore, STORE_DEFAULT_GRAPH};

/// The rule recorded on every link: a surname-only person is the store's one
/// full-name person with that surname, named in full by another article that
/// shares a named entity with this one.
pub const RULE: &str = "link/person/unique-surname-shared-mention-1";

/// What one run of [`link_store`] changed.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct LinkReport {
    /// Surname-only persons linked to a full-name person, counted per article graph.
    pub linked: usize,
    /// Links undone, counted per article graph (a relinked name counts in both).
    pub unlinked: usize,
    /// Article graphs rewritten.
    pub graphs: usize,
}

impl LinkReport {
    /// Whether the run changed nothing.
    pub fn is_empty(&self) -> bool {
        self.graphs == 0
    }
}

const PREFIXES: &str = "PREFIX sg: <https://w3id.org/stancegraph/ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
";

/// Persons that some article names itself (not through a link), with their labels.
///
/// A one-word name that a peerage or knighthood goes with ("Lord Nicholls", "Sir
/// Richard") is left out: the word after such a title is a territorial name or a
/// first name as often as a surname, so it ties to no full name.
///
/// Both exclusions are MINUS over patterns that share every variable they test
/// (the graph, the person and the label), which gives the rows FILTER NOT EXISTS
/// would, but Oxigraph reads each excluded pattern once and removes by hash
/// instead of looking it up again for every row: on the BBC store this query
/// took 110 ms with FILTER NOT EXISTS, 40 ms so.
const NATIVE_PERSONS: &str = "SELECT DISTINCT ?person ?label WHERE {
  GRAPH ?g { ?g sg:mentions ?person MINUS { ?link sg:linkedTo ?person } }
  ?person a sg:Person ; rdfs:label ?label .
  MINUS {
    ?person <http://www.w3.org/2004/02/skos/core#altLabel> ?title_form ; rdfs:label ?label .
    FILTER(!CONTAINS(?label, \" \")
      && REGEX(?title_form, \"^(Lord|Lady|Baroness|Baron|Sir|Dame|Earl|Viscount) \"))
  }
}";

/// Whether a one-word name goes with a peerage or knighthood (see NATIVE_PERSONS).
fn titled_form(names: &[String]) -> bool {
    names.iter().any(|name| {
        [
            "Lord ",
            "Lady ",
            "Baroness ",
            "Baron ",
            "Sir ",
            "Dame ",
            "Earl ",
            "Viscount ",
        ]
        .iter()
        .any(|title| name.starts_with(title))
    })
}

/// The links recorded in article graphs.
const LINKS: &str = "SELECT ?g ?link ?from ?to ?name WHERE {
  GRAPH ?g { ?link a sg:NameLink ; sg:linkedFrom ?from ; sg:linkedTo ?to ; sg:linkedName ?name }
}";

/// Surname nodes that links replaced everywhere but that are still described.
const LINKED_AWAY: &str = "SELECT DISTINCT ?from WHERE {
  GRAPH ?g { ?link sg:linkedFrom ?from }
  ?from a sg:Person .
  FILTER NOT EXISTS { GRAPH ?h { ?h sg:mentions ?from } }
}";

/// A change to one article graph.
#[derive(Debug, Clone)]
enum Change {
    /// Use `to` for `from`, which the article named `name`.
    Link {
        from: NamedNode,
        to: NamedNode,
        name: String,
    },
    /// Undo the link `link`, from `from` to `to`.
    Unlink {
        link: NamedNode,
        from: NamedNode,
        to: NamedNode,
        name: String,
    },
}

/// The links the store's content supports, read once: for each surname, the one
/// full-name person who has it, if exactly one has.
pub struct Linker {
    /// Surname to the one full-name person with it and that person's label.
    targets: HashMap<String, (NamedNode, String)>,
    /// Surname-only persons that some article names itself, with their names.
    surname_only: Vec<(NamedNode, String)>,
    /// The same persons, to leave them out of what ties two articles together.
    surname_nodes: HashSet<NamedNode>,
    /// What is named beside each full-name person, as read so far.
    companies: Mutex<HashMap<NamedNode, Arc<Company>>>,
}

/// Entities named beside a person by the articles that name the person
/// themselves: each with its one article, or `None` when several name it.
type Company = HashMap<NamedNode, Option<String>>;

impl Linker {
    /// Reads the persons that articles name themselves (never through a link).
    pub fn from_store(store: &GraphStore) -> Result<Linker> {
        let mut by_surname: HashMap<String, Vec<(NamedNode, String)>> = HashMap::new();
        let mut surname_only: Vec<(NamedNode, String)> = Vec::new();
        for row in select(store, NATIVE_PERSONS, true)? {
            let (Some(person), Some(label)) = (iri(&row, "person"), text(&row, "label")) else {
                continue;
            };
            match surname_of(&label) {
                Name::Surname(name) => surname_only.push((person, name.to_string())),
                Name::Full(surname) => {
                    let persons = by_surname.entry(surname.to_string()).or_default();
                    if !persons.iter().any(|(p, _)| *p == person) {
                        persons.push((person, label.clone()));
                    }
                }
                Name::Empty => {}
            }
        }
        // Only a surname that exactly one full-name person has is linked.
        let targets = by_surname
            .into_iter()
            .filter_map(|(surname, mut persons)| {
                (persons.len() == 1).then(|| (surname, persons.remove(0)))
            })
            .collect();
        let surname_nodes = surname_only.iter().map(|(p, _)| p.clone()).collect();
        Ok(Linker {
            targets,
            surname_only,
            surname_nodes,
            companies: Mutex::new(HashMap::new()),
        })
    }

    /// The person a surname-only name is linked to, and that person's label.
    fn target(&self, name: &str) -> Option<&(NamedNode, String)> {
        self.targets.get(name)
    }

    /// The entities a stored article graph names itself (mentions and stance
    /// targets, so proposals too): not through a link, and not by surname alone.
    fn context(&self, store: &GraphStore, graph: &str) -> Result<HashSet<NamedNode>> {
        let graph = NamedNode::new(graph).map_err(|err| anyhow!("{graph:?}: {err}"))?;
        let query = format!(
            "SELECT DISTINCT ?e WHERE {{ GRAPH {graph} {{
               {{ {graph} sg:mentions ?e }} UNION {{ ?stance sg:target ?e }}
               FILTER NOT EXISTS {{ ?link sg:linkedTo ?e }} }} }}"
        );
        Ok(select(store, &query, false)?
            .iter()
            .filter_map(|row| iri(row, "e"))
            .filter(|e| !self.surname_nodes.contains(e))
            .collect())
    }

    /// Whether the text ties an article (`graph`, naming `context`) to `to`:
    /// another article that names `to` in full itself names one of the same
    /// entities ("Mr Blair" and "Tony Blair" beside the Labour Party, or for and
    /// against the same plan). Two people who merely share a surname seldom
    /// share the rest of their articles.
    fn tied(
        &self,
        store: &GraphStore,
        graph: &str,
        context: &HashSet<NamedNode>,
        to: &NamedNode,
    ) -> Result<bool> {
        let company = self.company(store, to)?;
        Ok(context.iter().any(|e| {
            e != to
                && match company.get(e) {
                    Some(Some(only)) => only != graph,
                    Some(None) => true,
                    None => false,
                }
        }))
    }

    /// What the articles that name `to` themselves name beside them, read once
    /// per person, so that a person named in many articles costs one read, not
    /// one per surname-only article.
    fn company(&self, store: &GraphStore, to: &NamedNode) -> Result<Arc<Company>> {
        let mut cache = self
            .companies
            .lock()
            .map_err(|_| anyhow!("the linking cache is poisoned"))?;
        if let Some(company) = cache.get(to) {
            return Ok(Arc::clone(company));
        }
        let query = format!(
            "SELECT ?h ?e WHERE {{ GRAPH ?h {{ ?h sg:mentions {to} .
               {{ ?h sg:mentions ?e }} UNION {{ ?stance sg:target ?e }}
               FILTER NOT EXISTS {{ ?link sg:linkedTo {to} }}
               FILTER NOT EXISTS {{ ?other sg:linkedTo ?e }} }} }}"
        );
        let mut company = Company::new();
        for row in select(store, &query, false)? {
            let (Some(h), Some(e)) = (iri(&row, "h"), iri(&row, "e")) else {
                continue;
            };
            let h = h.into_string();
            company
                .entry(e)
                .and_modify(|only| {
                    if only.as_ref() != Some(&h) {
                        *only = None;
                    }
                })
                .or_insert(Some(h));
        }
        let company = Arc::new(company);
        cache.insert(to.clone(), Arc::clone(&company));
        Ok(company)
    }

    /// Links an article on its way into the store as [`link_store`] would once
    /// it is stored, from what the store held when this linker was read.
    ///
    /// So a new article is written linked at once, and an article ingested again
    /// compares equal to its stored, linked graph (unchanged, not replaced).
    /// Whatever else the same ingest brings, the [`link_store`] that ends it
    /// makes the store right.
    pub fn apply(&self, store: &GraphStore, mut article: ArticleQuads) -> Result<ArticleQuads> {
        if self.targets.is_empty() {
            return Ok(article);
        }
        let person_class = Term::from(rdf::sg("Person"));
        let alt_label = NamedNode::new_unchecked(format!("{SKOS}altLabel"));
        let persons: Vec<NamedNode> = article
            .entities
            .iter()
            .filter(|q| q.predicate == rdf_vocab::TYPE && q.object == person_class)
            .filter_map(|q| match &q.subject {
                NamedOrBlankNode::NamedNode(node) => Some(node.clone()),
                _ => None,
            })
            .collect();
        let mut context: Option<HashSet<NamedNode>> = None;
        for from in persons {
            let subject = NamedOrBlankNode::NamedNode(from.clone());
            let Some(label) = article.entities.iter().find_map(|q| match &q.object {
                Term::Literal(l) if q.subject == subject && q.predicate == rdfs::LABEL => {
                    Some(l.value().to_string())
                }
                _ => None,
            }) else {
                continue;
            };
            let Name::Surname(name) = surname_of(&label) else {
                continue;
            };
            let Some((to, to_label)) = self.target(name) else {
                continue;
            };
            if article.graph.iter().any(|quad| refers_to(quad, to)) {
                continue;
            }
            let context = match &context {
                Some(context) => context,
                None => context.insert(self.article_context(&article)),
            };
            if !self.tied(store, article.iri.as_str(), context, to)? {
                continue;
            }
            let mut names = vec![name.to_string()];
            for quad in article.entities.iter().filter(|q| q.subject == subject) {
                if let (true, Term::Literal(literal)) = (quad.predicate == alt_label, &quad.object)
                {
                    names.push(literal.value().to_string());
                }
            }
            if titled_form(&names) {
                continue;
            }
            article.graph = article
                .graph
                .iter()
                .map(|quad| rename(quad, &from, to))
                .collect();
            article
                .graph
                .extend(link_quads(&article.iri, &from, to, name, Some(to_label)));
            article.entities.retain(|q| q.subject != subject);
            article
                .entities
                .extend(names.into_iter().filter(|n| n != to_label).map(|n| {
                    Quad::new(
                        to.clone(),
                        alt_label.clone(),
                        Literal::new_simple_literal(n),
                        GraphName::DefaultGraph,
                    )
                }));
        }
        Ok(article)
    }

    /// The entities an incoming article names (mentions and stance targets), but
    /// for persons named by surname alone.
    fn article_context(&self, article: &ArticleQuads) -> HashSet<NamedNode> {
        let person_class = Term::from(rdf::sg("Person"));
        let persons: HashSet<&NamedOrBlankNode> = article
            .entities
            .iter()
            .filter(|q| q.predicate == rdf_vocab::TYPE && q.object == person_class)
            .map(|q| &q.subject)
            .collect();
        // Persons by surname alone ("BBC" is one word too, but no person).
        let surnames: HashSet<&NamedOrBlankNode> = article
            .entities
            .iter()
            .filter(|q| q.predicate == rdfs::LABEL && persons.contains(&q.subject))
            .filter(|q| matches!(&q.object, Term::Literal(l) if matches!(surname_of(l.value()), Name::Surname(_))))
            .map(|q| &q.subject)
            .collect();
        let (mentions, target) = (rdf::sg("mentions"), rdf::sg("target"));
        article
            .graph
            .iter()
            .filter(|q| q.predicate == mentions || q.predicate == target)
            .filter_map(|q| match &q.object {
                Term::NamedNode(e) => Some(e.clone()),
                _ => None,
            })
            .filter(|e| {
                !self.surname_nodes.contains(e)
                    && !surnames.contains(&NamedOrBlankNode::NamedNode(e.clone()))
            })
            .collect()
    }
}

/// What a person's label says about their name.
enum Name<'a> {
    /// One word: a surname (or a single name) alone.
    Surname(&'a str),
    /// Several words: a full name, with its last word as surname.
    Full(&'a str),
    Empty,
}

fn surname_of(label: &str) -> Name<'_> {
    let mut words = label.split_whitespace();
    match (words.next(), words.next_back()) {
        (None, _) => Name::Empty,
        (Some(single), None) => Name::Surname(single),
        (Some(_), Some(last)) => Name::Full(last),
    }
}

/// Brings every article graph in line with the links the store's content
/// supports (see the module comment); returns what changed.
///
/// Each article graph is rewritten in one transaction, together with the entity
/// descriptions that change with it, so a process killed half-way leaves whole
/// articles, and the next run finishes the work.
pub fn link_store(store: &GraphStore) -> Result<LinkReport> {
    let linker = Linker::from_store(store)?;
    let target = |name: &str| linker.target(name).map(|(to, _)| to);
    let labels: HashMap<NamedNode, String> = linker.targets.values().cloned().collect();

    let mut contexts: HashMap<String, HashSet<NamedNode>> = HashMap::new();
    let mut tied = |graph: &str, to: &NamedNode| -> Result<bool> {
        if !contexts.contains_key(graph) {
            contexts.insert(graph.to_string(), linker.context(store, graph)?);
        }
        linker.tied(store, graph, &contexts[graph], to)
    };
    let mut changes: BTreeMap<String, Vec<Change>> = BTreeMap::new();
    for row in select(store, LINKS, false)? {
        let (Some(graph), Some(link), Some(from), Some(to), Some(name)) = (
            iri(&row, "g"),
            iri(&row, "link"),
            iri(&row, "from"),
            iri(&row, "to"),
            text(&row, "name"),
        ) else {
            continue;
        };
        let graph = graph.into_string();
        let wanted = match target(&name) {
            Some(to) if tied(&graph, to)? => Some(to),
            _ => None,
        };
        if wanted == Some(&to) {
            continue;
        }
        changes
            .entry(graph.clone())
            .or_default()
            .push(Change::Unlink {
                link,
                from: from.clone(),
                to,
                name: name.clone(),
            });
        if let Some(to) = wanted {
            changes.entry(graph).or_default().push(Change::Link {
                from,
                to: to.clone(),
                name,
            });
        }
    }
    for (from, name) in &linker.surname_only {
        let Some(to) = target(name) else { continue };
        for graph in mentioning(store, from)? {
            if !tied(&graph, to)? {
                continue;
            }
            changes.entry(graph).or_default().push(Change::Link {
                from: from.clone(),
                to: to.clone(),
                name: name.clone(),
            });
        }
    }

    let mut report = LinkReport::default();
    // A surname node linked away in every article has no description; one can be
    // left when an article stored unlinked (by an ingest killed before its pass)
    // is replaced by its linked form, which carries none.
    let mut stale = Vec::new();
    for row in select(store, LINKED_AWAY, true)? {
        if let Some(from) = iri(&row, "from") {
            stale.extend(describe(store, &from)?);
        }
    }
    if !stale.is_empty() {
        store.replace_quads(&stale, &[])?;
    }
    for (graph, graph_changes) in changes {
        let (linked, unlinked) = rewrite(store, &graph, &graph_changes, &labels)?;
        if linked + unlinked > 0 {
            report.graphs += 1;
            report.linked += linked;
            report.unlinked += unlinked;
        }
    }
    Ok(report)
}

/// Rewrites one article graph and the descriptions that change with it, in one
/// transaction; returns the links made and undone.
fn rewrite(
    store: &GraphStore,
    graph: &str,
    changes: &[Change],
    labels: &HashMap<NamedNode, String>,
) -> Result<(usize, usize)> {
    let graph_node = NamedNode::new(graph).map_err(|err| anyhow!("{graph:?}: {err}"))?;
    let old: HashSet<Quad> = store.graph_quads(Some(graph))?.into_iter().collect();
    let mut new = old.clone();
    let mut default_remove: Vec<Quad> = Vec::new();
    let mut default_insert: Vec<Quad> = Vec::new();
    let (mut linked, mut unlinked) = (0, 0);
    // Undo first: a relinked name is unlinked, then linked to its new person.
    for change in changes {
        let Change::Unlink {
            link,
            from,
            to,
            name,
        } = change
        else {
            continue;
        };
        let link_subject = NamedOrBlankNode::NamedNode(link.clone());
        new.retain(|quad| quad.subject != link_subject);
        new = new.iter().map(|quad| rename(quad, to, from)).collect();
        unlinked += 1;
        // The surname node is back in the article: it needs its description again.
        let description = describe(store, from)?;
        if !description.iter().any(|q| q.predicate == rdfs::LABEL) {
            default_insert.extend(restored_description(store, from, to, name)?);
        }
    }
    for change in changes {
        let Change::Link { from, to, name } = change else {
            continue;
        };
        // An article that names the full-name person itself and still kept the
        // surname apart (extraction found it ambiguous there) is left as it is.
        if new.iter().any(|quad| refers_to(quad, to)) {
            continue;
        }
        new = new.iter().map(|quad| rename(quad, from, to)).collect();
        new.extend(link_quads(&graph_node, from, to, name, labels.get(to)));
        linked += 1;
        // The full-name person takes the names the surname node had.
        let to_label = labels.get(to);
        let alt_label = NamedNode::new_unchecked(format!("{SKOS}altLabel"));
        let mut names = vec![name.clone()];
        // Its description in the store, or the one just restored when relinking.
        let restored: Vec<Quad> = default_insert
            .iter()
            .filter(|q| q.subject == NamedOrBlankNode::NamedNode(from.clone()))
            .cloned()
            .collect();
        for quad in describe(store, from)?.into_iter().chain(restored) {
            if quad.predicate == alt_label {
                if let Term::Literal(literal) = &quad.object {
                    names.push(literal.value().to_string());
                }
            }
        }
        for alt in names {
            if Some(&alt) != to_label {
                default_insert.push(Quad::new(
                    to.clone(),
                    alt_label.clone(),
                    Literal::new_simple_literal(alt),
                    GraphName::DefaultGraph,
                ));
            }
        }
    }
    if new == old {
        return Ok((0, 0));
    }
    // Entities no article graph mentions any more lose their descriptions, as a
    // removal does: the surname nodes linked away, the persons unlinked from.
    let mut touched: BTreeSet<&NamedNode> = BTreeSet::new();
    for change in changes {
        match change {
            Change::Link { from, .. } => touched.insert(from),
            Change::Unlink { to, .. } => touched.insert(to),
        };
    }
    let mentions = rdf::sg("mentions");
    for entity in touched {
        let still_here = new
            .iter()
            .any(|q| q.predicate == mentions && q.object == Term::NamedNode(entity.clone()));
        let elsewhere = mentioned_elsewhere(store, entity, &graph_node)?;
        if !still_here && !elsewhere {
            default_remove.extend(describe(store, entity)?);
            default_insert.retain(|q| q.subject != NamedOrBlankNode::NamedNode(entity.clone()));
        }
    }
    let mut remove: Vec<Quad> = old.difference(&new).cloned().collect();
    remove.extend(default_remove);
    let insert: Vec<Quad> = new
        .difference(&old)
        .cloned()
        .chain(default_insert)
        .collect();
    store.replace_quads(&remove, &insert)?;
    Ok((linked, unlinked))
}

/// The quads that record a link in its article's graph.
fn link_quads(
    graph: &NamedNode,
    from: &NamedNode,
    to: &NamedNode,
    name: &str,
    to_label: Option<&String>,
) -> Vec<Quad> {
    let link = rdf::resource(&format!(
        "link/{}",
        rdf::hash(&[graph.as_str(), from.as_str()])
    ));
    let in_graph = GraphName::NamedNode(graph.clone());
    let quad = |p: NamedNode, o: Term| Quad::new(link.clone(), p, o, in_graph.clone());
    let label = match to_label {
        Some(full) => format!("{name} as {full}"),
        None => name.to_string(),
    };
    vec![
        quad(rdf_vocab::TYPE.into_owned(), rdf::sg("NameLink").into()),
        quad(
            rdfs::LABEL.into_owned(),
            Literal::new_simple_literal(label).into(),
        ),
        quad(
            rdf::sg("linkedName"),
            Literal::new_simple_literal(name).into(),
        ),
        quad(rdf::sg("linkedFrom"), from.clone().into()),
        quad(rdf::sg("linkedTo"), to.clone().into()),
        quad(rdf::sg("rule"), Literal::new_simple_literal(RULE).into()),
        quad(rdf::sg("article"), graph.clone().into()),
    ]
}

/// The description a surname node gets back when a link is undone: a person
/// labelled with the name, with the honorific forms of it ("Mr Blair") that the
/// full-name person holds, which is where linking put them.
fn restored_description(
    store: &GraphStore,
    from: &NamedNode,
    to: &NamedNode,
    name: &str,
) -> Result<Vec<Quad>> {
    let honorifics = &crate::knowledge::Knowledge::shipped().honorifics;
    let alt_label = NamedNode::new_unchecked(format!("{SKOS}altLabel"));
    let described = |p: NamedNode, o: Term| Quad::new(from.clone(), p, o, GraphName::DefaultGraph);
    let mut quads = vec![
        described(rdf_vocab::TYPE.into_owned(), rdf::sg("Person").into()),
        described(
            rdfs::LABEL.into_owned(),
            Literal::new_simple_literal(name).into(),
        ),
    ];
    for quad in describe(store, to)? {
        let Term::Literal(literal) = &quad.object else {
            continue;
        };
        if quad.predicate != alt_label {
            continue;
        }
        let honorific_form = literal
            .value()
            .strip_suffix(name)
            .and_then(|head| head.strip_suffix(' '))
            .is_some_and(|honorific| honorifics.contains(honorific));
        if honorific_form {
            quads.push(described(alt_label.clone(), literal.clone().into()));
        }
    }
    Ok(quads)
}

/// Whether the quad names `node` as its subject or object.
fn refers_to(quad: &Quad, node: &NamedNode) -> bool {
    matches!(&quad.subject, NamedOrBlankNode::NamedNode(s) if s == node)
        || matches!(&quad.object, Term::NamedNode(o) if o == node)
}

/// The quad with `from` replaced by `to` as subject and object.
fn rename(quad: &Quad, from: &NamedNode, to: &NamedNode) -> Quad {
    let mut quad = quad.clone();
    if matches!(&quad.subject, NamedOrBlankNode::NamedNode(s) if s == from) {
        quad.subject = to.clone().into();
    }
    if matches!(&quad.object, Term::NamedNode(o) if o == from) {
        quad.object = to.clone().into();
    }
    quad
}

/// The article graphs that mention `entity`.
fn mentioning(store: &GraphStore, entity: &NamedNode) -> Result<Vec<String>> {
    let query = format!("SELECT DISTINCT ?g WHERE {{ GRAPH ?g {{ ?g sg:mentions {entity} }} }}");
    Ok(select(store, &query, false)?
        .iter()
        .filter_map(|row| iri(row, "g"))
        .map(NamedNode::into_string)
        .collect())
}

/// Whether an article graph other than `graph` mentions `entity` (one row at
/// most, so linking an entity in many articles stays linear).
fn mentioned_elsewhere(store: &GraphStore, entity: &NamedNode, graph: &NamedNode) -> Result<bool> {
    let query = format!(
        "SELECT ?g WHERE {{ GRAPH ?g {{ ?g sg:mentions {entity} }} FILTER(?g != {graph}) }} LIMIT 1"
    );
    Ok(!select(store, &query, false)?.is_empty())
}

/// The default-graph description of `entity`.
fn describe(store: &GraphStore, entity: &NamedNode) -> Result<Vec<Quad>> {
    let query = format!("SELECT ?p ?o WHERE {{ {entity} ?p ?o }}");
    let mut quads = Vec::new();
    for row in select(store, &query, true)? {
        if let (Some(p), Some(o)) = (iri(&row, "p"), row.get("o")) {
            quads.push(Quad::new(
                entity.clone(),
                p,
                o.clone(),
                GraphName::DefaultGraph,
            ));
        }
    }
    Ok(quads)
}

/// One solution: variable name to value.
type Row = HashMap<String, Term>;

/// Runs a SELECT; with `store_default_graph`, its default graph is the store's own
/// (the entity descriptions), else the union of all graphs.
fn select(store: &GraphStore, query: &str, store_default_graph: bool) -> Result<Vec<Row>> {
    let marker = if store_default_graph {
        STORE_DEFAULT_GRAPH
    } else {
        ""
    };
    store.select(&format!("{marker}\n{PREFIXES}{query}"))
}

fn iri(row: &Row, variable: &str) -> Option<NamedNode> {
    match row.get(variable) {
        Some(Term::NamedNode(node)) => Some(node.clone()),
        _ => None,
    }
}

fn text(row: &Row, variable: &str) -> Option<String> {
    match row.get(variable) {
        Some(Term::Literal(literal)) => Some(literal.value().to_string()),
        _ => None,
    }
}
