//! Presenting results: facts as JSON Lines, query solutions as tables.
//!
//! Owns: the JSON shape that `extract` prints (the scoring shape of
//! `annotation.md`, plus evidence offsets, rule and confidence), the aligned
//! table of query solutions, and short display forms of RDF terms.

use comfy_table::{presets, ContentArrangement, Table};
use oxigraph::model::Term;
use serde_json::{json, Value};

use crate::fact::{Article, Evidence, Facts, Occasion};
use crate::rdf::PREFIXES;

fn evidence_json(evidence: &Evidence) -> Value {
    json!({"text": evidence.text, "start": evidence.start, "end": evidence.end})
}

/// One JSON object per fact, in the shape `annotation.md` scores.
pub fn facts_json(article: &Article, facts: &Facts) -> Vec<Value> {
    let label = |idx: usize| facts.entities[idx].label.clone();
    let occasion = |of: &dyn Fn(&Occasion) -> Option<usize>| {
        facts
            .occasions
            .iter()
            .find_map(of)
            .map(|event| facts.events[event].label.clone())
    };
    let mut out = Vec::new();
    for (idx, stance) in facts.stances.iter().enumerate() {
        let at = occasion(&|o| match *o {
            Occasion::Stance { stance, event } if stance == idx => Some(event),
            _ => None,
        });
        out.push(json!({
            "article": article.source,
            "type": "stance",
            "holder": label(stance.holder),
            "polarity": stance.polarity.as_str(),
            "target": label(stance.target),
            "evidence": evidence_json(&stance.evidence),
            "rule": stance.rule,
            "confidence": stance.confidence,
            "occasion": at,
        }));
    }
    for (idx, quote) in facts.quotes.iter().enumerate() {
        let at = occasion(&|o| match *o {
            Occasion::Quote { quote, event } if quote == idx => Some(event),
            _ => None,
        });
        out.push(json!({
            "article": article.source,
            "type": "quote",
            "speaker": label(quote.speaker),
            "quote": quote.evidence.text,
            "direct": quote.direct,
            "evidence": evidence_json(&quote.evidence),
            "rule": quote.rule,
            "confidence": quote.confidence,
            "occasion": at,
        }));
    }
    for role in &facts.roles {
        out.push(json!({
            "article": article.source,
            "type": "role",
            "person": label(role.person),
            "title": role.title,
            "org": role.org.map(label),
            "former": role.former,
            "evidence": evidence_json(&role.evidence),
            "rule": role.rule,
            "confidence": role.confidence,
        }));
    }
    for event in &facts.events {
        out.push(json!({
            "article": article.source,
            "type": "event",
            "event": event.label,
            "kind": event.kind,
            "place": event.place.as_ref().map(|p| p.label.clone()),
            "country": event.place.as_ref().and_then(|p| p.country).map(label),
            "organizer": event.organizer.map(label),
            "year": event.year,
            "evidence": evidence_json(&event.evidence),
            "rule": event.rule,
            "confidence": event.confidence,
        }));
    }
    out
}

/// A term for display: prefixed IRIs, bare literal values.
pub fn show_term(term: &Term) -> String {
    match term {
        Term::NamedNode(node) => shorten(node.as_str()),
        Term::BlankNode(node) => format!("_:{}", node.as_str()),
        Term::Literal(literal) => literal.value().to_string(),
        #[allow(unreachable_patterns)]
        other => other.to_string(),
    }
}

/// `https://w3id.org/stancegraph/id/country/germany` → `sgr:country/germany`.
pub fn shorten(iri: &str) -> String {
    for (prefix, namespace) in PREFIXES {
        if let Some(local) = iri.strip_prefix(namespace) {
            return format!("{prefix}:{local}");
        }
    }
    format!("<{iri}>")
}

/// An aligned table with a header row, cells cut to a readable width.
pub fn table(header: &[String], rows: &[Vec<String>]) -> String {
    let mut table = Table::new();
    table
        .load_preset(presets::UTF8_FULL_CONDENSED)
        .set_content_arrangement(ContentArrangement::Dynamic)
        .set_header(header.iter().cloned());
    if let Some((width, _)) = terminal_width() {
        table.set_width(width);
    } else {
        table.set_width(160);
    }
    for row in rows {
        table.add_row(row.iter().map(|cell| cut(cell, 200)));
    }
    table.to_string()
}

fn terminal_width() -> Option<(u16, u16)> {
    let columns = std::env::var("COLUMNS").ok()?.parse().ok()?;
    Some((columns, 0))
}

fn cut(text: &str, max_chars: usize) -> String {
    let one_line = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if one_line.chars().count() <= max_chars {
        one_line
    } else {
        let cut: String = one_line.chars().take(max_chars).collect();
        format!("{cut}…")
    }
}
