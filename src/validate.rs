//! SHACL validation as SPARQL: the shapes of `ontology/shapes.ttl` become one
//! SPARQL query per constraint, run over the store (or an export loaded in
//! memory), and each violation is reported with the article it comes from.
//!
//! Owns: reading SHACL Core shapes (the constructs `ontology/shapes.ttl` uses:
//! `sh:targetClass`, `sh:targetSubjectsOf`, `sh:path` as an IRI or
//! `sh:inversePath`, `sh:minCount`, `sh:maxCount`, `sh:datatype`, `sh:class`,
//! `sh:nodeKind`, `sh:node`, `sh:or`, `sh:in`, `sh:pattern`, `sh:minLength`,
//! `sh:minInclusive`, `sh:maxInclusive`, `sh:lessThan`, `sh:message`), turning
//! them into queries and the solutions into [`Violation`]s. A shape using
//! anything else is refused by name rather than skipped. The data is validated
//! as ONE graph (all article graphs and the default graph), as pySHACL sees an
//! export; no RDFS inference (the shapes need none). Unless told not to, it
//! also checks the invariants SHACL Core cannot say (evidence spans, graph
//! placement), as `scripts/check_shapes.py` does. Leaves the store to
//! `store.rs` and printing to `commands.rs`.
//!
//! No Rust SHACL crate was taken: the one maintained validator, rudof's
//! `shacl` (formerly `shacl_validation`), is pre-1.0 with an API that changed
//! between 0.2 and 0.3 and brings its own RDF layer and SPARQL service crates,
//! for the handful of Core constraints these shapes use; the shapes are kept
//! to SHACL Core so that they translate to SPARQL that the store itself runs.

use std::collections::{BTreeMap, BTreeSet};

use anyhow::{anyhow, bail, Result};
use oxigraph::model::{Quad, Term};
use oxigraph::sparql::QueryResults;

use crate::store::GraphStore;

const SH: &str = "http://www.w3.org/ns/shacl#";
const RDF_TYPE: &str = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
const RDF_FIRST: &str = "http://www.w3.org/1999/02/22-rdf-syntax-ns#first";
const RDF_REST: &str = "http://www.w3.org/1999/02/22-rdf-syntax-ns#rest";
const RDF_NIL: &str = "http://www.w3.org/1999/02/22-rdf-syntax-ns#nil";
const XSD: &str = "http://www.w3.org/2001/XMLSchema#";

/// One violation of a constraint.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Violation {
    /// The article graph the focus node is read from, when it sits in one.
    pub article: Option<String>,
    /// The focus node, in N-Triples form (`<iri>` or `_:id`).
    pub focus: String,
    /// The path, as `<iri>` or `^<iri>`, for a property constraint.
    pub path: Option<String>,
    /// The offending value, in N-Triples form, when there is one.
    pub value: Option<String>,
    /// The SHACL constraint component's local name, such as `MinCountConstraintComponent`.
    pub component: &'static str,
    /// The shape's `sh:message`.
    pub message: String,
}

/// The outcome of a validation.
#[derive(Debug, Default)]
pub struct Report {
    /// Every violation, sorted.
    pub violations: Vec<Violation>,
    /// How many constraint queries ran.
    pub n_constraints: usize,
    /// How many shapes have targets.
    pub n_shapes: usize,
}

/// A parsed shapes graph.
pub struct Shapes {
    /// Subject (N-Triples form) -> predicate IRI -> objects.
    triples: BTreeMap<String, BTreeMap<String, Vec<Term>>>,
}

impl Shapes {
    /// Reads shapes from their quads (the graph names are ignored).
    pub fn new(quads: &[Quad]) -> Shapes {
        let mut triples: BTreeMap<String, BTreeMap<String, Vec<Term>>> = BTreeMap::new();
        for quad in quads {
            triples
                .entry(quad.subject.to_string())
                .or_default()
                .entry(quad.predicate.as_str().to_string())
                .or_default()
                .push(quad.object.clone());
        }
        Shapes { triples }
    }

    fn objects(&self, subject: &str, predicate: &str) -> &[Term] {
        self.triples
            .get(subject)
            .and_then(|p| p.get(predicate))
            .map(Vec::as_slice)
            .unwrap_or(&[])
    }

    fn sh(&self, subject: &str, local: &str) -> &[Term] {
        self.objects(subject, &format!("{SH}{local}"))
    }

    fn list(&self, head: &Term) -> Result<Vec<Term>> {
        let mut items = Vec::new();
        let mut node = head.to_string();
        while node != format!("<{RDF_NIL}>") {
            let first = self
                .objects(&node, RDF_FIRST)
                .first()
                .ok_or_else(|| anyhow!("{node} is not an RDF list"))?;
            items.push(first.clone());
            node = self
                .objects(&node, RDF_REST)
                .first()
                .ok_or_else(|| anyhow!("{node} is an RDF list without rdf:rest"))?
                .to_string();
            if items.len() > 10_000 {
                bail!("the RDF list at {head} does not end");
            }
        }
        Ok(items)
    }

    /// The shapes with targets, each with its constraints as SPARQL.
    fn checks(&self) -> Result<(Vec<Check>, usize)> {
        let mut checks = Vec::new();
        let mut n_shapes = 0;
        for (shape, predicates) in &self.triples {
            let mut targets = Vec::new();
            for class in self.sh(shape, "targetClass") {
                targets.push(format!("{{ ?this a {class} . }}"));
            }
            for property in self.sh(shape, "targetSubjectsOf") {
                targets.push(format!("{{ ?this {property} ?any_object . }}"));
            }
            for key in predicates.keys() {
                if let Some(local) = key.strip_prefix(SH) {
                    if local.starts_with("target")
                        && !matches!(local, "targetClass" | "targetSubjectsOf")
                    {
                        bail!("shape {shape}: sh:{local} is not supported by validate");
                    }
                }
            }
            if targets.is_empty() {
                continue;
            }
            n_shapes += 1;
            let focus = format!(
                "{{ SELECT DISTINCT ?this WHERE {{ {} }} }}",
                targets.join(" UNION ")
            );
            let message = self.message(shape);
            // Constraints on the focus node itself.
            for (component, expression) in self.value_constraints(shape, "?value")? {
                checks.push(Check {
                    sparql: format!(
                        "SELECT DISTINCT ?this ?value WHERE {{ {focus} BIND(?this AS ?value) FILTER({expression}) }}"
                    ),
                    path: None,
                    component,
                    message: message.clone(),
                });
            }
            for property in self.sh(shape, "property") {
                let property = property.to_string();
                checks.extend(self.property_checks(&focus, &property, &message)?);
            }
        }
        Ok((checks, n_shapes))
    }

    fn message(&self, shape: &str) -> String {
        self.sh(shape, "message")
            .first()
            .map(|m| match m {
                Term::Literal(l) => l.value().to_string(),
                other => other.to_string(),
            })
            .unwrap_or_default()
    }

    fn property_checks(
        &self,
        focus: &str,
        property: &str,
        node_message: &str,
    ) -> Result<Vec<Check>> {
        let path = self
            .sh(property, "path")
            .first()
            .ok_or_else(|| anyhow!("property shape {property} has no sh:path"))?;
        let (pattern, shown_path) = match path {
            Term::NamedNode(p) => (format!("?this {p} ?value ."), p.to_string()),
            Term::BlankNode(_) => {
                let inverse = self
                    .sh(&path.to_string(), "inversePath")
                    .first()
                    .ok_or_else(|| {
                        anyhow!("property shape {property}: only IRI and sh:inversePath paths are supported")
                    })?;
                (format!("?value {inverse} ?this ."), format!("^{inverse}"))
            }
            other => bail!("property shape {property}: bad sh:path {other}"),
        };
        let mut message = self.message(property);
        if message.is_empty() {
            message = node_message.to_string();
        }
        let mut checks = Vec::new();
        let check = |sparql: String, component: &'static str| Check {
            sparql,
            path: Some(shown_path.clone()),
            component,
            message: message.clone(),
        };
        for count in self.sh(property, "minCount") {
            let n = integer(count)?;
            checks.push(check(
                format!("SELECT ?this WHERE {{ {focus} OPTIONAL {{ {pattern} }} }} GROUP BY ?this HAVING(COUNT(DISTINCT ?value) < {n})"),
                "MinCountConstraintComponent",
            ));
        }
        for count in self.sh(property, "maxCount") {
            let n = integer(count)?;
            checks.push(check(
                format!("SELECT ?this WHERE {{ {focus} {pattern} }} GROUP BY ?this HAVING(COUNT(DISTINCT ?value) > {n})"),
                "MaxCountConstraintComponent",
            ));
        }
        for other in self.sh(property, "lessThan") {
            checks.push(check(
                format!("SELECT DISTINCT ?this ?value WHERE {{ {focus} {pattern} ?this {other} ?other . FILTER(!COALESCE(?value < ?other, false)) }}"),
                "LessThanConstraintComponent",
            ));
        }
        for (component, expression) in self.value_constraints(property, "?value")? {
            checks.push(check(
                format!("SELECT DISTINCT ?this ?value WHERE {{ {focus} {pattern} FILTER({expression}) }}"),
                component,
            ));
        }
        Ok(checks)
    }

    /// The value-wise constraints of a shape, each as a SPARQL expression that is true
    /// when `var` violates it.
    fn value_constraints(&self, shape: &str, var: &str) -> Result<Vec<(&'static str, String)>> {
        let mut out = Vec::new();
        let Some(predicates) = self.triples.get(shape) else {
            return Ok(out);
        };
        for (predicate, objects) in predicates {
            let Some(local) = predicate.strip_prefix(SH) else {
                continue;
            };
            for object in objects {
                let (component, expression) = match local {
                    "datatype" => (
                        "DatatypeConstraintComponent",
                        datatype_violation(object, var),
                    ),
                    "class" => (
                        "ClassConstraintComponent",
                        format!("NOT EXISTS {{ {var} <{RDF_TYPE}> {object} }}"),
                    ),
                    "nodeKind" => (
                        "NodeKindConstraintComponent",
                        node_kind_violation(object, var)?,
                    ),
                    "pattern" => {
                        let flags = self
                            .sh(shape, "flags")
                            .first()
                            .map(|f| format!(", {}", sparql_string(&literal_text(f))))
                            .unwrap_or_default();
                        (
                            "PatternConstraintComponent",
                            format!(
                                "isBlank({var}) || !REGEX(STR({var}), {}{flags})",
                                sparql_string(&literal_text(object))
                            ),
                        )
                    }
                    "minLength" => (
                        "MinLengthConstraintComponent",
                        format!(
                            "isBlank({var}) || STRLEN(STR({var})) < {}",
                            integer(object)?
                        ),
                    ),
                    "maxLength" => (
                        "MaxLengthConstraintComponent",
                        format!(
                            "isBlank({var}) || STRLEN(STR({var})) > {}",
                            integer(object)?
                        ),
                    ),
                    "minInclusive" => (
                        "MinInclusiveConstraintComponent",
                        format!("!COALESCE({var} >= {object}, false)"),
                    ),
                    "maxInclusive" => (
                        "MaxInclusiveConstraintComponent",
                        format!("!COALESCE({var} <= {object}, false)"),
                    ),
                    "minExclusive" => (
                        "MinExclusiveConstraintComponent",
                        format!("!COALESCE({var} > {object}, false)"),
                    ),
                    "maxExclusive" => (
                        "MaxExclusiveConstraintComponent",
                        format!("!COALESCE({var} < {object}, false)"),
                    ),
                    "in" => {
                        let members: Vec<String> = self
                            .list(object)?
                            .iter()
                            .map(|m| format!("sameTerm({var}, {m})"))
                            .collect();
                        (
                            "InConstraintComponent",
                            format!(
                                "!({})",
                                if members.is_empty() {
                                    "false".into()
                                } else {
                                    members.join(" || ")
                                }
                            ),
                        )
                    }
                    "node" => (
                        "NodeConstraintComponent",
                        format!("!({})", self.conforms(&object.to_string(), var, 0)?),
                    ),
                    "or" => {
                        let mut alternatives = Vec::new();
                        for member in self.list(object)? {
                            alternatives
                                .push(format!("({})", self.conforms(&member.to_string(), var, 0)?));
                        }
                        (
                            "OrConstraintComponent",
                            format!(
                                "!({})",
                                if alternatives.is_empty() {
                                    "false".into()
                                } else {
                                    alternatives.join(" || ")
                                }
                            ),
                        )
                    }
                    // Handled per property (they need the focus node), or not constraints.
                    "path" | "minCount" | "maxCount" | "lessThan" | "property" | "targetClass"
                    | "targetSubjectsOf" | "message" | "flags" | "severity" | "name"
                    | "description" | "order" | "group" => continue,
                    other => bail!("shape {shape}: sh:{other} is not supported by validate"),
                };
                out.push((component, expression));
            }
        }
        Ok(out)
    }

    /// A SPARQL expression that is true when `var` conforms to `shape` (used by sh:node and
    /// sh:or, whose shapes hold value constraints only).
    fn conforms(&self, shape: &str, var: &str, depth: usize) -> Result<String> {
        if depth > 16 {
            bail!("shape {shape}: sh:node or sh:or nests too deep (a cycle?)");
        }
        if !self.sh(shape, "property").is_empty() {
            bail!("shape {shape}: sh:node or sh:or to a shape with property shapes is not supported by validate");
        }
        let parts: Vec<String> = self
            .value_constraints(shape, var)?
            .into_iter()
            .map(|(_, violation)| format!("!({violation})"))
            .collect();
        Ok(if parts.is_empty() {
            "true".to_string()
        } else {
            parts.join(" && ")
        })
    }
}

const INVARIANT_PREFIXES: &str = "PREFIX sg: <https://w3id.org/stancegraph/ns#>
PREFIX schema: <https://schema.org/>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
";

/// The vocabulary's invariants that SHACL Core cannot say (the ones
/// `scripts/check_shapes.py` adds to pySHACL): evidence text is its span of the article
/// body, in code points; and, when the data has named graphs, every article is described
/// in its own graph, every fact sits in the graph of its article, and every stance has
/// its shortcut triple beside it and every shortcut triple a stance.
fn invariant_checks(store: &GraphStore) -> Result<Vec<Check>> {
    let span = Check {
        sparql: format!(
            "{INVARIANT_PREFIXES}SELECT DISTINCT ?this ?value WHERE {{
  ?this a sg:Evidence ; sg:text ?value ; sg:start ?start ; sg:end ?end ; sg:article ?article .
  ?article schema:articleBody ?body .
  # Ill-formed or other-typed offsets are the shapes' business (sh:datatype), not this check's.
  FILTER(datatype(?start) = xsd:integer && datatype(?end) = xsd:integer)
  FILTER(COALESCE(?start + 0 = ?start && ?end + 0 = ?end, false))
  FILTER(!COALESCE(?start >= 0 && ?start <= ?end && ?end <= STRLEN(?body)
                   && SUBSTR(?body, ?start + 1, ?end - ?start) = ?value, false))
}}"
        ),
        path: Some(format!("<{}text>", crate::rdf::SG)),
        component: "EvidenceSpan",
        message: "the evidence's sg:text is not the span [sg:start, sg:end) of its article's schema:articleBody".into(),
    };
    let QueryResults::Boolean(has_graphs) = store.query("ASK { GRAPH ?g { ?s ?p ?o } }")? else {
        bail!("an ASK query did not answer true or false");
    };
    if !has_graphs {
        return Ok(vec![span]);
    }
    let placement = |sparql: &str, path: Option<&str>, message: &str| Check {
        sparql: format!("{INVARIANT_PREFIXES}{sparql}"),
        path: path.map(|p| format!("<{}{p}>", crate::rdf::SG)),
        component: "GraphPlacement",
        message: message.to_string(),
    };
    Ok(vec![
        span,
        placement(
            "SELECT DISTINCT ?this WHERE { ?this a sg:Article . FILTER NOT EXISTS { GRAPH ?this { ?this a sg:Article } } }",
            None,
            "an article must be described in the named graph that its IRI names",
        ),
        placement(
            "SELECT DISTINCT ?this ?value WHERE {
  VALUES ?class { sg:Stance sg:Quote sg:Role sg:Evidence }
  ?this a ?class ; sg:article ?value . FILTER(isIRI(?value))
  FILTER NOT EXISTS { GRAPH ?value { ?this a ?class } }
}",
            Some("article"),
            "a stance, quote, role or evidence must sit in the named graph of its sg:article",
        ),
        placement(
            "SELECT DISTINCT ?this WHERE {
  ?this a sg:Role ; sg:article ?article . FILTER(isIRI(?article))
  FILTER EXISTS { ?person sg:hasRole ?this }
  FILTER NOT EXISTS { GRAPH ?article { ?holder sg:hasRole ?this } }
}",
            Some("hasRole"),
            "a role's sg:hasRole triple must sit in the named graph of its sg:article",
        ),
        placement(
            "SELECT DISTINCT ?this WHERE {
  VALUES (?polarity ?shortcut) { (sg:Support sg:endorses) (sg:Oppose sg:opposes) }
  GRAPH ?g { ?this a sg:Stance ; sg:holder ?holder ; sg:target ?target ; sg:polarity ?polarity }
  FILTER NOT EXISTS { GRAPH ?g { ?holder ?shortcut ?target } }
}",
            None,
            "a stance must have its holder sg:endorses/sg:opposes target triple in its graph",
        ),
        placement(
            "SELECT DISTINCT ?this ?value WHERE {
  VALUES (?polarity ?shortcut) { (sg:Support sg:endorses) (sg:Oppose sg:opposes) }
  GRAPH ?g { ?this ?shortcut ?value }
  FILTER NOT EXISTS { GRAPH ?g { ?stance a sg:Stance ; sg:holder ?this ; sg:target ?value ; sg:polarity ?polarity } }
}",
            None,
            "an sg:endorses or sg:opposes triple must have a stance behind it in the same graph",
        ),
    ])
}

/// One query and what its solutions mean.
struct Check {
    sparql: String,
    path: Option<String>,
    component: &'static str,
    message: String,
}

/// Validates everything in `store` against `shapes`.
pub fn validate(store: &GraphStore, shapes: &Shapes, with_invariants: bool) -> Result<Report> {
    let (mut checks, n_shapes) = shapes.checks()?;
    if with_invariants {
        checks.extend(invariant_checks(store)?);
    }
    let mut found: BTreeSet<Violation> = BTreeSet::new();
    for check in &checks {
        let QueryResults::Solutions(solutions) = store.query(&check.sparql).map_err(|err| {
            anyhow!(
                "{err:#}\nin the query for {}: {}",
                check.component,
                check.sparql
            )
        })?
        else {
            bail!("a validation query did not return solutions");
        };
        for solution in solutions {
            let solution = solution.map_err(|err| anyhow!("validation query failed: {err}"))?;
            let Some(focus) = solution.get("this") else {
                continue;
            };
            found.insert(Violation {
                article: None,
                focus: focus.to_string(),
                path: check.path.clone(),
                value: solution.get("value").map(Term::to_string),
                component: check.component,
                message: check.message.clone(),
            });
        }
    }
    let focus_nodes: BTreeSet<&str> = found.iter().map(|v| v.focus.as_str()).collect();
    let articles = articles_of(store, &focus_nodes)?;
    let mut violations: Vec<Violation> = found
        .iter()
        .map(|v| Violation {
            article: articles.get(&v.focus).cloned(),
            ..v.clone()
        })
        .collect();
    violations.sort();
    Ok(Report {
        violations,
        n_constraints: checks.len(),
        n_shapes,
    })
}

/// For each focus node, the first article graph that it appears in (as subject, else object).
fn articles_of(store: &GraphStore, nodes: &BTreeSet<&str>) -> Result<BTreeMap<String, String>> {
    let mut articles = BTreeMap::new();
    let named: Vec<&&str> = nodes.iter().filter(|n| n.starts_with('<')).collect();
    for chunk in named.chunks(200) {
        let values: Vec<&str> = chunk.iter().map(|n| **n).collect();
        let sparql = format!(
            "SELECT ?node (MIN(STR(?g)) AS ?article) WHERE {{ VALUES ?node {{ {} }} {{ GRAPH ?g {{ ?node ?p ?o }} }} UNION {{ GRAPH ?g {{ ?s ?p ?node }} }} }} GROUP BY ?node",
            values.join(" ")
        );
        let QueryResults::Solutions(solutions) = store.query(&sparql)? else {
            bail!("the article query did not return solutions");
        };
        for solution in solutions {
            let solution = solution.map_err(|err| anyhow!("query failed: {err}"))?;
            if let (Some(node), Some(Term::Literal(article))) =
                (solution.get("node"), solution.get("article"))
            {
                articles.insert(node.to_string(), article.value().to_string());
            }
        }
    }
    Ok(articles)
}

fn integer(term: &Term) -> Result<u64> {
    literal_text(term)
        .parse()
        .map_err(|_| anyhow!("{term} is not a non-negative integer"))
}

fn literal_text(term: &Term) -> String {
    match term {
        Term::Literal(l) => l.value().to_string(),
        other => other.to_string(),
    }
}

/// A SPARQL string literal holding `text`.
fn sparql_string(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '"' => out.push_str("\\\""),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            other => out.push(other),
        }
    }
    out.push('"');
    out
}

/// True when `var` is not a well-formed literal of the datatype.
fn datatype_violation(datatype: &Term, var: &str) -> String {
    let mut expression = format!("!isLiteral({var}) || datatype({var}) != {datatype}");
    let iri = literal_text(datatype);
    let iri = iri.trim_start_matches('<').trim_end_matches('>');
    // Values of these types must also be well formed ("abc"^^xsd:integer is not an integer):
    // a cast of the lexical form to the type fails for an ill-formed one.
    if let Some(local) = iri.strip_prefix(XSD) {
        if matches!(
            local,
            "integer" | "decimal" | "double" | "float" | "boolean" | "date" | "dateTime"
        ) {
            expression.push_str(&format!(
                " || !COALESCE(sameTerm({datatype}(STR({var})), {var}) || {datatype}(STR({var})) = {var}, false)"
            ));
        }
    }
    expression
}

fn node_kind_violation(kind: &Term, var: &str) -> Result<String> {
    let local = literal_text(kind);
    let local = local
        .trim_start_matches('<')
        .trim_end_matches('>')
        .strip_prefix(SH)
        .unwrap_or_default()
        .to_string();
    Ok(match local.as_str() {
        "IRI" => format!("!isIRI({var})"),
        "Literal" => format!("!isLiteral({var})"),
        "BlankNode" => format!("!isBlank({var})"),
        "BlankNodeOrIRI" => format!("isLiteral({var})"),
        "BlankNodeOrLiteral" => format!("isIRI({var})"),
        "IRIOrLiteral" => format!("isBlank({var})"),
        _ => bail!("unknown sh:nodeKind {kind}"),
    })
}
