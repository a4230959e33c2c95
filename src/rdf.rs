//! Facts to RDF: quads under the stancegraph ontology, with stable IRIs.
//!
//! Owns: the IRI scheme (`sgr:article/<hash>`, `sgr:country/germany`, ...),
//! which triples describe each fact, and which graph they go in (entity
//! descriptions in the default graph, everything read from an article in the
//! article's named graph). Leaves storing and serialising to others.

use std::collections::HashSet;

use oxigraph::model::vocab::{rdf, rdfs, xsd};
use oxigraph::model::{GraphName, Literal, NamedNode, NamedOrBlankNode, Quad, Term};
use sha2::{Digest, Sha256};

use crate::fact::{Article, Evidence, Facts, Occasion, Polarity};

/// The ontology namespace.
pub const SG: &str = "https://w3id.org/stancegraph/ns#";
/// The namespace of resources.
pub const SGR: &str = "https://w3id.org/stancegraph/id/";
/// schema.org.
pub const SCHEMA: &str = "https://schema.org/";
/// SKOS.
pub const SKOS: &str = "http://www.w3.org/2004/02/skos/core#";
/// OWL.
pub const OWL: &str = "http://www.w3.org/2002/07/owl#";
/// PROV-O.
pub const PROV: &str = "http://www.w3.org/ns/prov#";
/// Wikidata entities.
pub const WIKIDATA: &str = "http://www.wikidata.org/entity/";

/// The prefixes every serialisation declares.
pub const PREFIXES: &[(&str, &str)] = &[
    ("sg", SG),
    ("sgr", SGR),
    ("schema", SCHEMA),
    ("skos", SKOS),
    ("owl", OWL),
    ("prov", PROV),
    ("rdfs", "http://www.w3.org/2000/01/rdf-schema#"),
    ("xsd", "http://www.w3.org/2001/XMLSchema#"),
    ("wd", WIKIDATA),
];

/// The ontology, embedded.
pub const ONTOLOGY_TTL: &str = include_str!("../ontology/stancegraph.ttl");
/// The SHACL shapes, embedded.
pub const SHAPES_TTL: &str = include_str!("../ontology/shapes.ttl");

/// A term of the stancegraph ontology.
pub fn sg(local: &str) -> NamedNode {
    NamedNode::new_unchecked(format!("{SG}{local}"))
}

fn schema(local: &str) -> NamedNode {
    NamedNode::new_unchecked(format!("{SCHEMA}{local}"))
}

/// A resource IRI under `sgr:`; `path` must be IRI-safe (slugs and hex).
pub fn resource(path: &str) -> NamedNode {
    NamedNode::new_unchecked(format!("{SGR}{path}"))
}

/// A short hex hash of the parts, for IRIs derived from content.
pub fn hash(parts: &[&str]) -> String {
    let mut hasher = Sha256::new();
    for part in parts {
        hasher.update(part.as_bytes());
        hasher.update([0x1f]);
    }
    hasher.finalize()[..8]
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// The article IRI: from its URL when it has one, else from its text, so the
/// same article ingested twice is the same graph.
pub fn article_iri(article: &Article) -> NamedNode {
    let id = match &article.url {
        Some(url) => hash(&["url", url]),
        None => hash(&["text", &article.body]),
    };
    resource(&format!("article/{id}"))
}

/// The IRI of an extracted entity.
pub fn entity_iri(facts: &Facts, entity: usize) -> NamedNode {
    let e = &facts.entities[entity];
    resource(&format!("{}/{}", e.kind.segment(), iri_safe(&e.key)))
}

/// Keeps a slug IRI-safe whatever it holds.
fn iri_safe(key: &str) -> String {
    let cleaned: String = key
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || c == '-' {
                c
            } else {
                '-'
            }
        })
        .collect();
    if cleaned.is_empty() {
        "unnamed".to_string()
    } else {
        cleaned
    }
}

fn plain(text: &str) -> Literal {
    Literal::new_simple_literal(text)
}

fn decimal(value: f64) -> Literal {
    Literal::new_typed_literal(format!("{:.2}", value.clamp(0.0, 1.0)), xsd::DECIMAL)
}

fn integer(value: usize) -> Literal {
    Literal::new_typed_literal(value.to_string(), xsd::INTEGER)
}

fn boolean(value: bool) -> Literal {
    Literal::new_typed_literal(if value { "true" } else { "false" }, xsd::BOOLEAN)
}

fn short(text: &str, max_chars: usize) -> String {
    if text.chars().count() <= max_chars {
        return text.to_string();
    }
    let cut: String = text.chars().take(max_chars).collect();
    format!("{}…", cut.trim_end())
}

/// The quads of one article: `(article graph quads, default graph quads)`.
pub struct ArticleQuads {
    /// The article IRI, also the name of its graph.
    pub iri: NamedNode,
    /// Everything read from the article, in its named graph.
    pub graph: Vec<Quad>,
    /// Entity descriptions (types, labels, Wikidata links) for the default graph.
    pub entities: Vec<Quad>,
}

struct Writer {
    graph: GraphName,
    quads: Vec<Quad>,
}

impl Writer {
    fn add(&mut self, s: impl Into<NamedOrBlankNode>, p: NamedNode, o: impl Into<Term>) {
        self.quads.push(Quad::new(s, p, o, self.graph.clone()));
    }
}

/// Builds the quads of an article and its facts.
pub fn article_quads(article: &Article, facts: &Facts) -> ArticleQuads {
    let iri = article_iri(article);
    let article_id = iri
        .as_str()
        .rsplit('/')
        .next()
        .unwrap_or_default()
        .to_string();
    let mut g = Writer {
        graph: GraphName::NamedNode(iri.clone()),
        quads: Vec::new(),
    };
    let a = iri.clone();
    g.add(a.clone(), rdf::TYPE.into_owned(), sg("Article"));
    let label = article
        .title
        .clone()
        .unwrap_or_else(|| article.source.clone());
    g.add(a.clone(), rdfs::LABEL.into_owned(), plain(&label));
    g.add(a.clone(), sg("source"), plain(&article.source));
    if let Some(title) = &article.title {
        g.add(a.clone(), schema("headline"), plain(title));
    }
    if let Some(author) = &article.author {
        g.add(a.clone(), schema("author"), plain(author));
    }
    if let Some(publisher) = &article.publisher {
        g.add(a.clone(), schema("publisher"), plain(publisher));
    }
    if let Some(date) = &article.date {
        g.add(a.clone(), schema("datePublished"), plain(date));
    }
    if let Some(url) = &article.url {
        g.add(a.clone(), schema("url"), plain(url));
    }
    g.add(a.clone(), schema("articleBody"), plain(&article.body));
    for &entity in &facts.mentions {
        g.add(a.clone(), sg("mentions"), entity_iri(facts, entity));
    }

    let evidence_iri = |g: &mut Writer, evidence: &Evidence| -> NamedNode {
        let id = hash(&[
            &article_id,
            &evidence.start.to_string(),
            &evidence.end.to_string(),
        ]);
        let node = resource(&format!("evidence/{id}"));
        g.add(node.clone(), rdf::TYPE.into_owned(), sg("Evidence"));
        g.add(
            node.clone(),
            rdfs::LABEL.into_owned(),
            plain(&short(&evidence.text, 80)),
        );
        g.add(node.clone(), sg("text"), plain(&evidence.text));
        g.add(node.clone(), sg("start"), integer(evidence.start));
        g.add(node.clone(), sg("end"), integer(evidence.end));
        g.add(node.clone(), sg("article"), a.clone());
        node
    };

    let mut quote_iris = Vec::with_capacity(facts.quotes.len());
    for quote in &facts.quotes {
        let speaker = entity_iri(facts, quote.speaker);
        let id = hash(&[
            &article_id,
            speaker.as_str(),
            &quote.evidence.start.to_string(),
            &quote.evidence.end.to_string(),
        ]);
        let node = resource(&format!("quote/{id}"));
        let ev = evidence_iri(&mut g, &quote.evidence);
        g.add(node.clone(), rdf::TYPE.into_owned(), sg("Quote"));
        let speaker_label = &facts.entities[quote.speaker].label;
        g.add(
            node.clone(),
            rdfs::LABEL.into_owned(),
            plain(&format!(
                "{speaker_label}: {}",
                short(&quote.evidence.text, 60)
            )),
        );
        g.add(node.clone(), sg("speaker"), speaker);
        g.add(node.clone(), sg("text"), plain(&quote.evidence.text));
        g.add(node.clone(), sg("direct"), boolean(quote.direct));
        g.add(node.clone(), sg("evidence"), ev);
        g.add(node.clone(), sg("article"), a.clone());
        g.add(node.clone(), sg("confidence"), decimal(quote.confidence));
        g.add(node.clone(), sg("rule"), plain(&quote.rule));
        quote_iris.push(node);
    }

    let mut stance_iris = Vec::with_capacity(facts.stances.len());
    for stance in &facts.stances {
        let holder = entity_iri(facts, stance.holder);
        let target = entity_iri(facts, stance.target);
        let id = hash(&[
            &article_id,
            holder.as_str(),
            stance.polarity.as_str(),
            target.as_str(),
        ]);
        let node = resource(&format!("stance/{id}"));
        let ev = evidence_iri(&mut g, &stance.evidence);
        let (polarity, verb, shortcut) = match stance.polarity {
            Polarity::Support => ("Support", "supports", "endorses"),
            Polarity::Oppose => ("Oppose", "opposes", "opposes"),
        };
        g.add(node.clone(), rdf::TYPE.into_owned(), sg("Stance"));
        let label = format!(
            "{} {verb} {}",
            facts.entities[stance.holder].label, facts.entities[stance.target].label
        );
        g.add(node.clone(), rdfs::LABEL.into_owned(), plain(&label));
        g.add(node.clone(), sg("holder"), holder.clone());
        g.add(node.clone(), sg("target"), target.clone());
        g.add(node.clone(), sg("polarity"), sg(polarity));
        g.add(node.clone(), sg("evidence"), ev);
        // The saved stance queries read the evidence text in one scan from here;
        // through sg:evidence/sg:text it took two lookups per stance.
        g.add(
            node.clone(),
            sg("evidenceText"),
            plain(&stance.evidence.text),
        );
        g.add(node.clone(), sg("article"), a.clone());
        g.add(node.clone(), sg("confidence"), decimal(stance.confidence));
        g.add(node.clone(), sg("rule"), plain(&stance.rule));
        if let Some(quote) = stance.quote.and_then(|q| quote_iris.get(q)) {
            g.add(node.clone(), sg("quote"), quote.clone());
        }
        g.add(holder, sg(shortcut), target);
        stance_iris.push(node);
    }

    for role in &facts.roles {
        let person = entity_iri(facts, role.person);
        let id = hash(&[&article_id, person.as_str(), &role.title.to_lowercase()]);
        let node = resource(&format!("role/{id}"));
        let ev = evidence_iri(&mut g, &role.evidence);
        g.add(node.clone(), rdf::TYPE.into_owned(), sg("Role"));
        let label = match role.org {
            Some(org) => format!("{} ({})", role.title, facts.entities[org].label),
            None => role.title.clone(),
        };
        g.add(node.clone(), rdfs::LABEL.into_owned(), plain(&label));
        g.add(node.clone(), sg("title"), plain(&role.title));
        if let Some(org) = role.org {
            g.add(node.clone(), sg("roleOf"), entity_iri(facts, org));
        }
        if role.former {
            g.add(node.clone(), sg("former"), boolean(true));
        }
        g.add(node.clone(), sg("evidence"), ev);
        g.add(node.clone(), sg("article"), a.clone());
        g.add(node.clone(), sg("confidence"), decimal(role.confidence));
        g.add(node.clone(), sg("rule"), plain(&role.rule));
        g.add(person, sg("hasRole"), node);
    }

    let mut event_iris = Vec::with_capacity(facts.events.len());
    for event in &facts.events {
        let node = resource(&format!("event/{}", iri_safe(&event.key)));
        let ev = evidence_iri(&mut g, &event.evidence);
        g.add(node.clone(), rdf::TYPE.into_owned(), sg("Event"));
        g.add(node.clone(), rdfs::LABEL.into_owned(), plain(&event.label));
        g.add(node.clone(), sg("eventKind"), plain(&event.kind));
        if let Some(place) = &event.place {
            let place_node = resource(&format!(
                "place/{}",
                iri_safe(&crate::extract::slug(&place.label))
            ));
            g.add(place_node.clone(), rdf::TYPE.into_owned(), schema("Place"));
            g.add(
                place_node.clone(),
                rdfs::LABEL.into_owned(),
                plain(&place.label),
            );
            if let Some(country) = place.country {
                let country = entity_iri(facts, country);
                if country != place_node {
                    g.add(place_node.clone(), schema("containedInPlace"), country);
                }
            }
            g.add(node.clone(), schema("location"), place_node);
        }
        if let Some(organizer) = event.organizer {
            g.add(
                node.clone(),
                schema("organizer"),
                entity_iri(facts, organizer),
            );
        }
        if let Some(year) = &event.year {
            g.add(
                node.clone(),
                schema("startDate"),
                Literal::new_typed_literal(year, xsd::G_YEAR),
            );
        }
        g.add(node.clone(), sg("evidence"), ev);
        g.add(node.clone(), sg("article"), a.clone());
        g.add(node.clone(), sg("confidence"), decimal(event.confidence));
        g.add(node.clone(), sg("rule"), plain(&event.rule));
        g.add(a.clone(), sg("mentions"), node.clone());
        event_iris.push(node);
    }
    for occasion in &facts.occasions {
        let (subject, event) = match *occasion {
            Occasion::Stance { stance, event } => (&stance_iris[stance], event),
            Occasion::Quote { quote, event } => (&quote_iris[quote], event),
        };
        g.add(subject.clone(), sg("occasion"), event_iris[event].clone());
    }

    let mut d = Writer {
        graph: GraphName::DefaultGraph,
        quads: Vec::new(),
    };
    for (idx, entity) in facts.entities.iter().enumerate() {
        let node = entity_iri(facts, idx);
        let class = match entity.kind {
            crate::fact::EntityKind::Person => "Person",
            crate::fact::EntityKind::Organization => "Organization",
            crate::fact::EntityKind::Country => "Country",
            crate::fact::EntityKind::Proposal => "Proposal",
        };
        d.add(node.clone(), rdf::TYPE.into_owned(), sg(class));
        d.add(node.clone(), rdfs::LABEL.into_owned(), plain(&entity.label));
        for alt in &entity.alt_labels {
            d.add(
                node.clone(),
                NamedNode::new_unchecked(format!("{SKOS}altLabel")),
                plain(alt),
            );
        }
        if let Some(qid) = &entity.wikidata {
            d.add(
                node.clone(),
                NamedNode::new_unchecked(format!("{OWL}sameAs")),
                NamedNode::new_unchecked(format!("{WIKIDATA}{qid}")),
            );
        }
        if let Some(kind) = &entity.org_kind {
            d.add(node.clone(), sg("kind"), plain(kind));
        }
    }

    let mut graph = g.quads;
    dedup_in_order(&mut graph);
    let mut entities = d.quads;
    dedup_in_order(&mut entities);
    ArticleQuads {
        iri,
        graph,
        entities,
    }
}

/// Drops repeated quads (facts share evidence spans, mentions and entities), keeping
/// the first of each in place: the store counts an article's quads to compare it with
/// a stored version. Hashing instead of sorting by each quad's text, which formatted
/// every article body again, saves about 0.4 s of the 6 s of CPU that ingesting
/// the BBC folder takes.
fn dedup_in_order(quads: &mut Vec<Quad>) {
    let mut seen = HashSet::with_capacity(quads.len());
    let first: Vec<bool> = quads.iter().map(|quad| seen.insert(quad)).collect();
    let mut first = first.into_iter();
    quads.retain(|_| first.next().unwrap_or(true));
}

/// Whether a default-graph quad is an entity's display label (kept once per entity).
pub fn is_label(quad: &Quad) -> bool {
    quad.predicate.as_ref() == rdfs::LABEL
}
