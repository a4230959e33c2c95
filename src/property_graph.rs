//! The store as a property graph: entities and articles as labelled nodes,
//! stances, quotes, roles and mentions as edges with their evidence, written
//! as GraphML (Gephi, Cytoscape, networkx, Neo4j APOC) or as the nodes and
//! relationships CSV pair that `neo4j-admin database import` reads.
//!
//! Owns: the mapping from the RDF graph to nodes and edges (read with SPARQL
//! through [`GraphStore::query`], so data still flows one way) and the two
//! layouts. Leaves the store to `store.rs` and printing to `commands.rs`.

use std::collections::BTreeMap;
use std::io::Write;

use anyhow::{Context, Result};
use oxigraph::model::Term;
use quick_xml::events::{BytesDecl, BytesText, Event};

use crate::rdf::{SG, WIKIDATA};
use crate::store::GraphStore;

/// A property's type, declared in GraphML keys and Neo4j headers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Text.
    Text,
    /// A list of texts (Neo4j `string[]`; GraphML: joined with "; ").
    TextList,
    /// A whole number.
    Int,
    /// A number in [0, 1] (Neo4j `float`, GraphML `double`).
    Float,
    /// True or false.
    Bool,
}

/// A property value.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    /// Text.
    Text(String),
    /// A list of texts.
    TextList(Vec<String>),
    /// A whole number.
    Int(i64),
    /// A decimal number.
    Float(f64),
    /// True or false.
    Bool(bool),
}

/// A node: its id (the resource IRI), its labels (most general first) and properties.
#[derive(Debug, Clone)]
pub struct Node {
    /// The resource IRI.
    pub id: String,
    /// Neo4j labels, such as `["Entity", "Country"]`.
    pub labels: Vec<&'static str>,
    /// Properties by key (keys from [`NODE_KEYS`]).
    pub properties: BTreeMap<&'static str, Value>,
}

/// A directed edge.
#[derive(Debug, Clone)]
pub struct Edge {
    /// The source node's id.
    pub source: String,
    /// The target node's id.
    pub target: String,
    /// The relationship type: `ENDORSES`, `OPPOSES`, `SAID`, `HOLDS_ROLE` or `MENTIONS`.
    pub kind: &'static str,
    /// Properties by key (keys from [`EDGE_KEYS`]).
    pub properties: BTreeMap<&'static str, Value>,
}

/// Nodes and edges, in a stable order.
#[derive(Debug, Default)]
pub struct PropertyGraph {
    /// Nodes sorted by id.
    pub nodes: Vec<Node>,
    /// Edges in a stable order.
    pub edges: Vec<Edge>,
}

/// Every node property with its type, in column order. `label` is the display name.
pub const NODE_KEYS: &[(&str, Kind)] = &[
    ("label", Kind::Text),
    ("type", Kind::Text),
    ("iri", Kind::Text),
    ("wikidata", Kind::Text),
    ("altLabels", Kind::TextList),
    ("kind", Kind::Text),
    ("titles", Kind::TextList),
    ("headline", Kind::Text),
    ("datePublished", Kind::Text),
    ("publisher", Kind::Text),
    ("url", Kind::Text),
    ("source", Kind::Text),
];

/// Every edge property with its type, in column order.
pub const EDGE_KEYS: &[(&str, Kind)] = &[
    ("label", Kind::Text),
    ("article", Kind::Text),
    ("articleTitle", Kind::Text),
    ("evidence", Kind::Text),
    ("start", Kind::Int),
    ("end", Kind::Int),
    ("confidence", Kind::Float),
    ("rule", Kind::Text),
    ("fact", Kind::Text),
    ("quote", Kind::Text),
    ("direct", Kind::Bool),
    ("title", Kind::Text),
    ("former", Kind::Bool),
];

const PREFIXES: &str = "PREFIX sg: <https://w3id.org/stancegraph/ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX owl: <http://www.w3.org/2002/07/owl#>
PREFIX schema: <https://schema.org/>
";

const ENTITIES: &str = "SELECT ?node ?class ?p ?o WHERE {
  VALUES ?class { sg:Person sg:Organization sg:Country sg:Proposal sg:Event }
  ?node a ?class .
  OPTIONAL { VALUES ?p { rdfs:label skos:altLabel owl:sameAs sg:kind } ?node ?p ?o }
}";

const ARTICLES: &str = "SELECT ?node ?p ?o WHERE {
  ?node a sg:Article .
  OPTIONAL {
    VALUES ?p { rdfs:label schema:headline schema:datePublished schema:publisher schema:url sg:source }
    ?node ?p ?o
  }
}";

const STANCES: &str = "SELECT ?fact ?source ?target ?polarity ?article ?confidence ?rule ?evidence ?start ?end WHERE {
  ?fact a sg:Stance ; sg:holder ?source ; sg:target ?target ; sg:polarity ?polarity ;
        sg:article ?article ; sg:confidence ?confidence ; sg:rule ?rule .
  OPTIONAL { ?fact sg:evidence ?ev . ?ev sg:text ?evidence ; sg:start ?start ; sg:end ?end }
}";

const QUOTES: &str =
    "SELECT ?fact ?source ?target ?quote ?direct ?confidence ?rule ?evidence ?start ?end WHERE {
  ?fact a sg:Quote ; sg:speaker ?source ; sg:article ?target ; sg:text ?quote ;
        sg:direct ?direct ; sg:confidence ?confidence ; sg:rule ?rule .
  OPTIONAL { ?fact sg:evidence ?ev . ?ev sg:text ?evidence ; sg:start ?start ; sg:end ?end }
}";

const ROLES: &str = "SELECT ?fact ?source ?target ?title ?former ?article ?confidence ?rule ?evidence ?start ?end WHERE {
  ?source sg:hasRole ?fact .
  ?fact sg:title ?title ; sg:article ?article ; sg:confidence ?confidence ; sg:rule ?rule .
  OPTIONAL { ?fact sg:roleOf ?target }
  OPTIONAL { ?fact sg:former ?former }
  OPTIONAL { ?fact sg:evidence ?ev . ?ev sg:text ?evidence ; sg:start ?start ; sg:end ?end }
}";

const MENTIONS: &str =
    "SELECT ?source ?target WHERE { ?source a sg:Article ; sg:mentions ?target }";

/// One solution: variable name to value.
type Row = BTreeMap<String, Term>;

impl PropertyGraph {
    /// Reads the property graph from the store; with `stances_only`, just the agents and
    /// targets of stances and the `ENDORSES`/`OPPOSES` edges between them.
    pub fn from_store(store: &GraphStore, stances_only: bool) -> Result<PropertyGraph> {
        let mut nodes: BTreeMap<String, Node> = BTreeMap::new();
        for row in select(store, ENTITIES)? {
            let (Some(node), Some(class)) = (iri(&row, "node"), iri(&row, "class")) else {
                continue;
            };
            let class = local_name(&class);
            let entry = nodes.entry(node.clone()).or_insert_with(|| Node {
                id: node.clone(),
                labels: vec!["Entity"],
                properties: BTreeMap::from([
                    ("iri", Value::Text(node.clone())),
                    ("type", Value::Text(class.to_string())),
                ]),
            });
            if let Some(label) = entity_label(class) {
                if !entry.labels.contains(&label) {
                    entry.labels.push(label);
                }
            }
            add_property(entry, &row);
        }
        let mut titles: BTreeMap<String, Vec<String>> = BTreeMap::new();
        let mut edges = Vec::new();
        let stance_facts = select(store, STANCES)?;
        let article_titles = if stances_only {
            BTreeMap::new()
        } else {
            read_articles(store, &mut nodes)?
        };
        let title_of = |article: &str| article_titles.get(article).cloned();
        for row in first_per_fact(stance_facts) {
            let kind = match iri(&row, "polarity").as_deref().map(local_name) {
                Some("Support") => "ENDORSES",
                Some("Oppose") => "OPPOSES",
                _ => continue,
            };
            edges.push(fact_edge(&row, kind, &title_of));
        }
        if stances_only {
            let mut used: Vec<&str> = edges
                .iter()
                .flat_map(|e| [e.source.as_str(), e.target.as_str()])
                .collect();
            used.sort_unstable();
            used.dedup();
            nodes.retain(|id, _| used.binary_search(&id.as_str()).is_ok());
        } else {
            for row in first_per_fact(select(store, QUOTES)?) {
                edges.push(fact_edge(&row, "SAID", &title_of));
            }
            for row in first_per_fact(select(store, ROLES)?) {
                if let (Some(person), Some(title)) = (iri(&row, "source"), text(&row, "title")) {
                    titles.entry(person).or_default().push(title);
                }
                if iri(&row, "target").is_some() {
                    edges.push(fact_edge(&row, "HOLDS_ROLE", &title_of));
                }
            }
            for row in select(store, MENTIONS)? {
                if let (Some(source), Some(target)) = (iri(&row, "source"), iri(&row, "target")) {
                    edges.push(Edge {
                        source,
                        target,
                        kind: "MENTIONS",
                        properties: BTreeMap::from([("label", Value::Text("MENTIONS".into()))]),
                    });
                }
            }
        }
        for (person, mut list) in titles {
            if let Some(node) = nodes.get_mut(&person) {
                list.sort();
                list.dedup();
                node.properties.insert("titles", Value::TextList(list));
            }
        }
        // An edge whose end is not described (an untyped resource) would dangle: leave it out.
        edges.retain(|e| nodes.contains_key(&e.source) && nodes.contains_key(&e.target));
        edges.sort_by(|a, b| {
            (a.kind, &a.source, &a.target, fact_id(a)).cmp(&(
                b.kind,
                &b.source,
                &b.target,
                fact_id(b),
            ))
        });
        for node in nodes.values_mut() {
            // Every node gets a display label, whatever the data lacks.
            if !node.properties.contains_key("label") {
                let fallback = node.id.rsplit('/').next().unwrap_or(&node.id).to_string();
                node.properties.insert("label", Value::Text(fallback));
            }
            if let Some(Value::TextList(list)) = node.properties.get_mut("altLabels") {
                list.sort();
                list.dedup();
            }
        }
        Ok(PropertyGraph {
            nodes: nodes.into_values().collect(),
            edges,
        })
    }

    /// Writes GraphML: typed `<key>`s for every property, nodes with a `label`, directed edges.
    pub fn write_graphml(&self, out: &mut dyn Write) -> Result<()> {
        let mut writer = quick_xml::Writer::new_with_indent(out, b' ', 2);
        writer.write_event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)))?;
        writer
            .create_element("graphml")
            .with_attributes([
                ("xmlns", "http://graphml.graphdrawing.org/xmlns"),
                ("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance"),
                (
                    "xsi:schemaLocation",
                    "http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd",
                ),
            ])
            .write_inner_content(|w| {
                // Neo4j APOC's apoc.import.graphml reads node labels from `labels` (":A:B").
                w.create_element("key")
                    .with_attributes([
                        ("id", "n_labels"),
                        ("for", "node"),
                        ("attr.name", "labels"),
                        ("attr.type", "string"),
                    ])
                    .write_empty()?;
                for (domain, keys, prefix) in [("node", NODE_KEYS, "n_"), ("edge", EDGE_KEYS, "e_")] {
                    for (name, kind) in keys {
                        let id = format!("{prefix}{name}");
                        w.create_element("key")
                            .with_attributes([
                                ("id", id.as_str()),
                                ("for", domain),
                                ("attr.name", name),
                                ("attr.type", graphml_type(*kind)),
                            ])
                            .write_empty()?;
                    }
                }
                w.create_element("graph")
                    .with_attributes([("id", "stancegraph"), ("edgedefault", "directed")])
                    .write_inner_content(|w| {
                        for node in &self.nodes {
                            w.create_element("node")
                                .with_attribute(("id", xml_safe(&node.id).as_str()))
                                .write_inner_content(|w| {
                                    let labels = format!(":{}", node.labels.join(":"));
                                    w.create_element("data")
                                        .with_attribute(("key", "n_labels"))
                                        .write_text_content(BytesText::new(&labels))?;
                                    write_data(w, "n_", NODE_KEYS, &node.properties)
                                })?;
                        }
                        for (idx, edge) in self.edges.iter().enumerate() {
                            let id = format!("e{idx}");
                            let source = xml_safe(&edge.source);
                            let target = xml_safe(&edge.target);
                            w.create_element("edge")
                                .with_attributes([
                                    ("id", id.as_str()),
                                    ("source", source.as_str()),
                                    ("target", target.as_str()),
                                ])
                                .write_inner_content(|w| {
                                    write_data(w, "e_", EDGE_KEYS, &edge.properties)
                                })?;
                        }
                        Ok(())
                    })?;
                Ok(())
            })?;
        writeln!(writer.get_mut()).context("writing GraphML")?;
        Ok(())
    }

    /// Writes the nodes file in `neo4j-admin database import` layout: `id:ID`, `:LABEL`,
    /// then every property as `name:type`.
    pub fn write_neo4j_nodes(&self, out: &mut dyn Write) -> Result<()> {
        let mut csv = csv::Writer::from_writer(out);
        let mut header = vec!["id:ID".to_string(), ":LABEL".to_string()];
        header.extend(
            NODE_KEYS
                .iter()
                .map(|(name, kind)| neo4j_column(name, *kind)),
        );
        csv.write_record(&header)?;
        for node in &self.nodes {
            let mut record = vec![node.id.clone(), node.labels.join(";")];
            record.extend(
                NODE_KEYS
                    .iter()
                    .map(|(name, _)| neo4j_value(node.properties.get(name))),
            );
            csv.write_record(&record)?;
        }
        csv.flush().context("writing the nodes CSV")?;
        Ok(())
    }

    /// Writes the relationships file: `:START_ID`, `:END_ID`, `:TYPE`, then every property.
    pub fn write_neo4j_relationships(&self, out: &mut dyn Write) -> Result<()> {
        let mut csv = csv::Writer::from_writer(out);
        let mut header = vec![
            ":START_ID".to_string(),
            ":END_ID".to_string(),
            ":TYPE".to_string(),
        ];
        header.extend(
            EDGE_KEYS
                .iter()
                .map(|(name, kind)| neo4j_column(name, *kind)),
        );
        csv.write_record(&header)?;
        for edge in &self.edges {
            let mut record = vec![
                edge.source.clone(),
                edge.target.clone(),
                edge.kind.to_string(),
            ];
            record.extend(
                EDGE_KEYS
                    .iter()
                    .map(|(name, _)| neo4j_value(edge.properties.get(name))),
            );
            csv.write_record(&record)?;
        }
        csv.flush().context("writing the relationships CSV")?;
        Ok(())
    }
}

/// The Neo4j label of an entity class.
fn entity_label(class: &str) -> Option<&'static str> {
    match class {
        "Person" => Some("Person"),
        "Organization" => Some("Organization"),
        "Country" => Some("Country"),
        "Proposal" => Some("Proposal"),
        "Event" => Some("Event"),
        _ => None,
    }
}

fn add_property(node: &mut Node, row: &Row) {
    let (Some(p), Some(o)) = (iri(row, "p"), row.get("o")) else {
        return;
    };
    let value = term_text(o);
    let key = match local_name(&p) {
        "label" => "label",
        "altLabel" => "altLabels",
        "sameAs" => {
            if let Some(qid) = value.strip_prefix(WIKIDATA) {
                node.properties
                    .insert("wikidata", Value::Text(qid.to_string()));
            }
            return;
        }
        "kind" => "kind",
        "headline" => "headline",
        "datePublished" => "datePublished",
        "publisher" => "publisher",
        "url" => "url",
        "source" => "source",
        _ => return,
    };
    if key == "altLabels" {
        match node
            .properties
            .entry(key)
            .or_insert(Value::TextList(Vec::new()))
        {
            Value::TextList(list) => list.push(value),
            other => *other = Value::TextList(vec![value]),
        }
    } else if key == "source" {
        // Identical files are one article with several sources: keep the first in order.
        match node.properties.get(key) {
            Some(Value::Text(old)) if old.as_str() <= value.as_str() => {}
            _ => {
                node.properties.insert(key, Value::Text(value));
            }
        }
    } else {
        node.properties.entry(key).or_insert(Value::Text(value));
    }
}

/// Adds article nodes and returns each article's display title.
fn read_articles(
    store: &GraphStore,
    nodes: &mut BTreeMap<String, Node>,
) -> Result<BTreeMap<String, String>> {
    let mut titles = BTreeMap::new();
    for row in select(store, ARTICLES)? {
        let Some(node) = iri(&row, "node") else {
            continue;
        };
        let entry = nodes.entry(node.clone()).or_insert_with(|| Node {
            id: node.clone(),
            labels: vec!["Article"],
            properties: BTreeMap::from([
                ("iri", Value::Text(node.clone())),
                ("type", Value::Text("Article".into())),
            ]),
        });
        add_property(entry, &row);
        if let Some(Value::Text(label)) = entry.properties.get("label") {
            titles.insert(node, label.clone());
        }
    }
    Ok(titles)
}

/// An edge for a stance, quote or role row: `?source` to `?target`.
fn fact_edge(row: &Row, kind: &'static str, title_of: &dyn Fn(&str) -> Option<String>) -> Edge {
    let mut properties = BTreeMap::from([("label", Value::Text(kind.to_string()))]);
    let article =
        iri(row, "article").or_else(|| (kind == "SAID").then(|| iri(row, "target")).flatten());
    if let Some(article) = article {
        if let Some(title) = title_of(&article) {
            properties.insert("articleTitle", Value::Text(title));
        }
        properties.insert("article", Value::Text(article));
    }
    for key in ["fact", "evidence", "rule", "quote", "title"] {
        if let Some(value) = row.get(key) {
            properties.insert(key, Value::Text(term_text(value)));
        }
    }
    for key in ["start", "end"] {
        if let Some(value) = row.get(key).and_then(|t| term_text(t).parse().ok()) {
            properties.insert(key, Value::Int(value));
        }
    }
    if let Some(value) = row
        .get("confidence")
        .and_then(|t| term_text(t).parse().ok())
    {
        properties.insert("confidence", Value::Float(value));
    }
    for key in ["direct", "former"] {
        if let Some(value) = row.get(key) {
            properties.insert(
                key,
                Value::Bool(matches!(term_text(value).as_str(), "true" | "1")),
            );
        }
    }
    Edge {
        source: iri(row, "source").unwrap_or_default(),
        target: iri(row, "target").unwrap_or_default(),
        kind,
        properties,
    }
}

fn fact_id(edge: &Edge) -> Option<&str> {
    match edge.properties.get("fact") {
        Some(Value::Text(id)) => Some(id.as_str()),
        _ => None,
    }
}

/// One row per fact (a fact with several evidence spans keeps the earliest).
fn first_per_fact(rows: Vec<Row>) -> Vec<Row> {
    let mut by_fact: BTreeMap<String, Row> = BTreeMap::new();
    for row in rows {
        let Some(fact) = iri(&row, "fact") else {
            continue;
        };
        let start = |r: &Row| {
            r.get("start")
                .and_then(|t| term_text(t).parse::<i64>().ok())
        };
        match by_fact.get(&fact) {
            Some(kept) if start(kept) <= start(&row) && start(kept).is_some() => {}
            _ => {
                by_fact.insert(fact, row);
            }
        }
    }
    by_fact.into_values().collect()
}

fn select(store: &GraphStore, query: &str) -> Result<Vec<Row>> {
    store.select(&format!("{PREFIXES}{query}"))
}

fn iri(row: &Row, variable: &str) -> Option<String> {
    match row.get(variable) {
        Some(Term::NamedNode(node)) => Some(node.as_str().to_string()),
        _ => None,
    }
}

fn text(row: &Row, variable: &str) -> Option<String> {
    row.get(variable).map(term_text)
}

/// An IRI as itself, a literal as its lexical form.
fn term_text(term: &Term) -> String {
    match term {
        Term::NamedNode(node) => node.as_str().to_string(),
        Term::Literal(literal) => literal.value().to_string(),
        other => other.to_string(),
    }
}

fn local_name(iri: &str) -> &str {
    iri.strip_prefix(SG)
        .unwrap_or_else(|| iri.rsplit(['#', '/']).next().unwrap_or(iri))
}

fn graphml_type(kind: Kind) -> &'static str {
    match kind {
        Kind::Text | Kind::TextList => "string",
        Kind::Int => "long",
        Kind::Float => "double",
        Kind::Bool => "boolean",
    }
}

fn neo4j_column(name: &str, kind: Kind) -> String {
    match kind {
        Kind::Text => name.to_string(),
        Kind::TextList => format!("{name}:string[]"),
        Kind::Int => format!("{name}:long"),
        Kind::Float => format!("{name}:float"),
        Kind::Bool => format!("{name}:boolean"),
    }
}

/// A CSV cell; list items are joined with `;`, neo4j-admin's default array delimiter.
fn neo4j_value(value: Option<&Value>) -> String {
    match value {
        None => String::new(),
        Some(Value::Text(text)) => text.clone(),
        Some(Value::TextList(list)) => list
            .iter()
            .map(|item| item.replace(';', ","))
            .collect::<Vec<_>>()
            .join(";"),
        Some(Value::Int(n)) => n.to_string(),
        Some(Value::Float(x)) => x.to_string(),
        Some(Value::Bool(b)) => b.to_string(),
    }
}

fn graphml_value(value: &Value) -> String {
    match value {
        Value::Text(text) => xml_safe(text),
        Value::TextList(list) => xml_safe(&list.join("; ")),
        Value::Int(n) => n.to_string(),
        Value::Float(x) => x.to_string(),
        Value::Bool(b) => b.to_string(),
    }
}

/// XML 1.0 cannot carry most control characters, even escaped: they become spaces.
fn xml_safe(text: &str) -> String {
    text.chars()
        .map(|c| {
            if (c as u32) < 0x20 && !matches!(c, '\t' | '\n' | '\r')
                || matches!(c, '\u{FFFE}' | '\u{FFFF}')
            {
                ' '
            } else {
                c
            }
        })
        .collect()
}

fn write_data<W: Write>(
    w: &mut quick_xml::Writer<W>,
    prefix: &str,
    keys: &[(&str, Kind)],
    properties: &BTreeMap<&'static str, Value>,
) -> std::io::Result<()> {
    for (name, _) in keys {
        if let Some(value) = properties.get(name) {
            let key = format!("{prefix}{name}");
            let shown = graphml_value(value);
            w.create_element("data")
                .with_attribute(("key", key.as_str()))
                .write_text_content(BytesText::new(&shown))?;
        }
    }
    Ok(())
}
