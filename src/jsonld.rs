//! Compact JSON-LD under the stancegraph context (`ontology/context.jsonld`).
//!
//! Owns: writing quads as a JSON-LD document a web developer can read
//! (`"holder": "sgr:country/germany"`, `"type": "Stance"`, `"confidence": "0.9"`),
//! with the context embedded so that no processor needs to fetch it. Oxigraph
//! 0.5's JSON-LD serialiser writes only the expanded form (full IRIs, every
//! value an object in an array), so the context is applied here, as term and
//! prefix substitution of the same quads; the tests read the result back with
//! Oxigraph's and rdflib's JSON-LD parsers and compare it with the N-Quads export.
//! Leaves choosing the quads to `store.rs` and `commands.rs`.

use std::collections::BTreeMap;
use std::io::Write;
use std::sync::OnceLock;

use anyhow::{anyhow, Context, Result};
use oxigraph::model::vocab::{rdf, xsd};
use oxigraph::model::{GraphName, Literal, NamedOrBlankNode, Quad, Term};
use serde::Serialize;
use serde_json::{Map, Value};

/// The JSON-LD context shipped beside the ontology.
pub const CONTEXT_JSONLD: &str = include_str!("../ontology/context.jsonld");

/// How a term's values are written.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Coercion {
    /// Plain JSON values and value objects.
    None,
    /// IRIs as (compact) strings.
    Id,
    /// IRIs as vocabulary terms ("Support") where there is one.
    Vocab,
    /// Literals of this datatype as their lexical form.
    Datatype(String),
}

#[derive(Debug, Clone)]
struct TermDefinition {
    name: String,
    coercion: Coercion,
    set: bool,
}

/// The context, read once: prefixes, and term definitions by IRI.
struct JsonLdContext {
    prefixes: Vec<(String, String)>,
    terms: BTreeMap<String, TermDefinition>,
}

fn context() -> Result<&'static JsonLdContext> {
    static CONTEXT: OnceLock<std::result::Result<JsonLdContext, String>> = OnceLock::new();
    CONTEXT
        .get_or_init(|| parse_context(CONTEXT_JSONLD).map_err(|err| format!("{err:#}")))
        .as_ref()
        .map_err(|err| anyhow!("the shipped JSON-LD context is invalid: {err}"))
}

fn parse_context(text: &str) -> Result<JsonLdContext> {
    let json: Value = serde_json::from_str(text).context("parsing ontology/context.jsonld")?;
    let entries = json
        .get("@context")
        .and_then(Value::as_object)
        .ok_or_else(|| anyhow!("no \"@context\" object"))?;
    let mut prefixes = Vec::new();
    for (name, value) in entries {
        if let Some(iri) = value.as_str() {
            if iri.ends_with(['/', '#']) && !name.starts_with('@') {
                prefixes.push((name.clone(), iri.to_string()));
            }
        }
    }
    // Longest namespace first, so `sgr:` wins over a shorter overlapping one.
    prefixes.sort_by_key(|(_, iri)| std::cmp::Reverse(iri.len()));
    let expand = |value: &str| -> String {
        match value.split_once(':') {
            Some((prefix, local)) => prefixes
                .iter()
                .find(|(name, _)| name == prefix)
                .map(|(_, iri)| format!("{iri}{local}"))
                .unwrap_or_else(|| value.to_string()),
            None => value.to_string(),
        }
    };
    let mut terms = BTreeMap::new();
    for (name, value) in entries {
        if name.starts_with('@') {
            continue;
        }
        let (id, coercion, set) = match value {
            Value::String(id) if id.starts_with('@') || id.ends_with(['/', '#']) => continue,
            Value::String(id) => (expand(id.as_str()), Coercion::None, false),
            Value::Object(definition) => {
                let id = definition
                    .get("@id")
                    .and_then(Value::as_str)
                    .ok_or_else(|| anyhow!("term {name:?} has no \"@id\""))?;
                let coercion = match definition.get("@type").and_then(Value::as_str) {
                    None => Coercion::None,
                    Some("@id") => Coercion::Id,
                    Some("@vocab") => Coercion::Vocab,
                    Some(datatype) => Coercion::Datatype(expand(datatype)),
                };
                let set = definition.get("@container").and_then(Value::as_str) == Some("@set");
                (expand(id), coercion, set)
            }
            _ => continue,
        };
        terms.insert(
            id,
            TermDefinition {
                name: name.clone(),
                coercion,
                set,
            },
        );
    }
    Ok(JsonLdContext { prefixes, terms })
}

/// A subject's predicates and their objects.
type Predicates = BTreeMap<String, Vec<Term>>;

/// A node object: `id` and `type` first, then the properties in key order.
#[derive(Serialize)]
struct NodeObject {
    id: String,
    #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
    types: Option<Value>,
    #[serde(flatten)]
    properties: BTreeMap<String, Value>,
}

/// A named graph: its name and its node objects.
#[derive(Serialize)]
struct GraphObject {
    id: String,
    graph: Vec<NodeObject>,
}

/// What the top-level "graph" holds: default-graph nodes and named graphs.
#[derive(Serialize)]
#[serde(untagged)]
enum TopObject {
    Node(NodeObject),
    Graph(GraphObject),
}

/// Writes quads as one compact JSON-LD document: default-graph nodes first, then one
/// `{"id": graph, "graph": [...]}` object per named graph.
pub fn write_compact(quads: &[Quad], out: &mut dyn Write) -> Result<()> {
    let ctx = context()?;
    // graph -> subject -> predicate -> objects, all sorted.
    let mut graphs: BTreeMap<Option<String>, BTreeMap<String, Predicates>> = BTreeMap::new();
    for quad in quads {
        let graph = match &quad.graph_name {
            GraphName::DefaultGraph => None,
            GraphName::NamedNode(n) => Some(n.to_string()),
            GraphName::BlankNode(b) => Some(b.to_string()),
        };
        graphs
            .entry(graph)
            .or_default()
            .entry(node_key(&quad.subject))
            .or_default()
            .entry(quad.predicate.as_str().to_string())
            .or_default()
            .push(quad.object.clone());
    }
    let mut top = Vec::new();
    for (graph, subjects) in graphs {
        let nodes: Vec<NodeObject> = subjects
            .into_iter()
            .map(|(subject, predicates)| node_object(ctx, &subject, predicates))
            .collect();
        match graph {
            None => top.extend(nodes.into_iter().map(TopObject::Node)),
            Some(name) => top.push(TopObject::Graph(GraphObject {
                id: compact_node(ctx, &name),
                graph: nodes,
            })),
        }
    }
    // The context goes in as the file has it (its order and grouping are for readers).
    let context_text = CONTEXT_JSONLD
        .trim_end()
        .strip_suffix('}')
        .ok_or_else(|| anyhow!("ontology/context.jsonld does not end with '}}'"))?
        .trim_end();
    write!(out, "{context_text},\n  \"graph\": ").context("writing JSON-LD")?;
    serde_json::to_writer_pretty(&mut *out, &top).context("writing JSON-LD")?;
    writeln!(out, "\n}}").context("writing JSON-LD")?;
    Ok(())
}

/// A subject as `<iri>` or `_:id`, the N-Triples form, so keys sort and parse back alike.
fn node_key(node: &NamedOrBlankNode) -> String {
    node.to_string()
}

fn node_object(ctx: &JsonLdContext, subject: &str, predicates: Predicates) -> NodeObject {
    let mut types = Vec::new();
    let mut properties = BTreeMap::new();
    for (predicate, mut objects) in predicates {
        objects.sort_by_cached_key(|o| o.to_string());
        objects.dedup();
        if predicate == rdf::TYPE.as_str() {
            for object in &objects {
                match object {
                    Term::NamedNode(class) => types.push(Value::String(vocab(ctx, class.as_str()))),
                    // A blank or literal type cannot be an "@type" value: keep it as rdf:type.
                    other => {
                        properties
                            .entry(compact_iri(ctx, rdf::TYPE.as_str()))
                            .or_insert_with(|| Value::Array(Vec::new()));
                        if let Some(Value::Array(list)) =
                            properties.get_mut(&compact_iri(ctx, rdf::TYPE.as_str()))
                        {
                            list.push(value_object(ctx, other));
                        }
                    }
                }
            }
            continue;
        }
        let definition = ctx.terms.get(&predicate);
        let key = definition
            .map(|d| d.name.clone())
            .unwrap_or_else(|| compact_iri(ctx, &predicate));
        let coercion = definition.map(|d| &d.coercion).unwrap_or(&Coercion::None);
        let values: Vec<Value> = objects
            .iter()
            .map(|o| compact_value(ctx, o, coercion))
            .collect();
        let set = definition.is_some_and(|d| d.set);
        let value = if values.len() == 1 && !set {
            values.into_iter().next().unwrap_or(Value::Null)
        } else {
            Value::Array(values)
        };
        properties.insert(key, value);
    }
    let types = match types.len() {
        0 => None,
        1 => types.pop(),
        _ => Some(Value::Array(types)),
    };
    NodeObject {
        id: compact_node(ctx, subject),
        types,
        properties,
    }
}

/// A subject or graph name (in N-Triples form) as an "id" string.
fn compact_node(ctx: &JsonLdContext, node: &str) -> String {
    match node.strip_prefix('<').and_then(|n| n.strip_suffix('>')) {
        Some(iri) => compact_iri(ctx, iri),
        None => node.to_string(),
    }
}

/// An IRI as `prefix:local` when a prefix fits and the result cannot be misread.
fn compact_iri(ctx: &JsonLdContext, iri: &str) -> String {
    for (prefix, namespace) in &ctx.prefixes {
        if let Some(local) = iri.strip_prefix(namespace.as_str()) {
            // "sgr://x" would read as an absolute IRI; an empty local name is fine.
            if !local.starts_with("//") {
                return format!("{prefix}:{local}");
            }
        }
    }
    iri.to_string()
}

/// An IRI in a vocabulary position ("@type" or a `@vocab` term): its term when it has one.
fn vocab(ctx: &JsonLdContext, iri: &str) -> String {
    match ctx.terms.get(iri) {
        Some(term) if term.coercion == Coercion::None => term.name.clone(),
        _ => compact_iri(ctx, iri),
    }
}

fn compact_value(ctx: &JsonLdContext, object: &Term, coercion: &Coercion) -> Value {
    match (object, coercion) {
        (Term::NamedNode(node), Coercion::Id) => Value::String(compact_iri(ctx, node.as_str())),
        (Term::NamedNode(node), Coercion::Vocab) => Value::String(vocab(ctx, node.as_str())),
        (Term::BlankNode(node), Coercion::Id | Coercion::Vocab) => Value::String(node.to_string()),
        (Term::Literal(literal), Coercion::Datatype(datatype))
            if literal.datatype().as_str() == datatype && literal.language().is_none() =>
        {
            match integer(literal) {
                Some(n) if datatype == xsd::INTEGER.as_str() => Value::from(n),
                _ => Value::String(literal.value().to_string()),
            }
        }
        (Term::Literal(literal), Coercion::None) => native(ctx, literal),
        (other, _) => value_object(ctx, other),
    }
}

/// A literal as a plain JSON value when JSON-LD reads it back as the same literal.
fn native(ctx: &JsonLdContext, literal: &Literal) -> Value {
    let datatype = literal.datatype();
    if literal.language().is_none() && datatype == xsd::STRING {
        return Value::String(literal.value().to_string());
    }
    if datatype == xsd::BOOLEAN && matches!(literal.value(), "true" | "false") {
        return Value::Bool(literal.value() == "true");
    }
    if datatype == xsd::INTEGER {
        if let Some(n) = integer(literal) {
            return Value::from(n);
        }
    }
    value_object(ctx, &Term::Literal(literal.clone()))
}

/// A literal's integer value when its lexical form is the canonical one.
fn integer(literal: &Literal) -> Option<i64> {
    let n: i64 = literal.value().parse().ok()?;
    (n.to_string() == literal.value()).then_some(n)
}

/// The explicit form: `{"id": ...}` or `{"@value": ..., "@language"/"type": ...}`.
fn value_object(ctx: &JsonLdContext, object: &Term) -> Value {
    let mut map = Map::new();
    match object {
        Term::NamedNode(node) => {
            map.insert("id".into(), Value::String(compact_iri(ctx, node.as_str())));
        }
        Term::BlankNode(node) => {
            map.insert("id".into(), Value::String(node.to_string()));
        }
        Term::Literal(literal) => {
            map.insert("@value".into(), Value::String(literal.value().to_string()));
            if let Some(language) = literal.language() {
                map.insert("@language".into(), Value::String(language.to_string()));
            } else if literal.datatype() != xsd::STRING {
                map.insert(
                    "type".into(),
                    Value::String(compact_iri(ctx, literal.datatype().as_str())),
                );
            }
        }
        #[allow(unreachable_patterns)]
        _ => {
            map.insert("@value".into(), Value::String(object.to_string()));
        }
    }
    Value::Object(map)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_context_parses_and_defines_the_vocabulary() {
        let ctx = context().expect("context parses");
        assert_eq!(
            ctx.terms["https://w3id.org/stancegraph/ns#holder"].coercion,
            Coercion::Id
        );
        assert_eq!(
            vocab(ctx, "https://w3id.org/stancegraph/ns#Stance"),
            "Stance"
        );
        assert_eq!(
            compact_iri(ctx, "https://w3id.org/stancegraph/id/country/germany"),
            "sgr:country/germany"
        );
    }
}
