//! Stances: who supports or opposes what, from cue words in the lexicon.
//!
//! Owns: finding stance cues in each sentence, the holder (the subject before
//! the cue, a list of named members, a pronoun after "said", "we" in a quote,
//! or the agent after "by" in a passive), the target (the noun phrase after the
//! cue, cut at the clause boundary) and the filters that leave out hedged,
//! predicted, negated, conditional and questioned positions.

use crate::fact::{EntityKind, Stance};
use crate::text::{words, Span};

use super::entities::slug;
use super::quotes::{is_reporting, subject_of_verb};
use super::resolve::{mention_at, referent_at, Referent};
use super::Doc;

/// The most words a target phrase keeps.
const MAX_TARGET_WORDS: usize = 14;
/// Words that end a target phrase (a new clause starts).
const TARGET_STOPS: &[&str] = &[
    "which",
    "who",
    "whom",
    "because",
    "but",
    "after",
    "before",
    "when",
    "while",
    "amid",
    "despite",
    "if",
    "unless",
    "saying",
    "said",
    "says",
    "although",
    "though",
    "whereas",
    "since",
    "until",
    "so",
    "than",
    "arguing",
    "adding",
    "claiming",
    "warning",
    "insisting",
];
/// Targets that only point elsewhere.
const EMPTY_TARGETS: &[&str] = &[
    "it", "them", "this", "that", "him", "her", "these", "those", "so", "one", "what", "the", "a",
    "an", "to",
];

/// Finds stances and adds them to `doc.facts.stances`.
pub(crate) fn find_stances(doc: &mut Doc) {
    let body = doc.layout.body;
    let sentences = doc.layout.sentences.clone();
    for sentence in sentences {
        let text = &body[sentence.start..sentence.end];
        if text
            .trim_end_matches(['"', '”', '’', '\'', ')'])
            .ends_with('?')
        {
            continue;
        }
        let lower = text.to_ascii_lowercase();
        for found in doc.k.cues.find_iter(&lower) {
            let cue_span = Span::new(sentence.start + found.start(), sentence.start + found.end());
            if !word_bounded(body, cue_span) {
                continue;
            }
            let rule = &doc.k.cue_rules[doc.k.cue_patterns[found.pattern().as_usize()]];
            let (rule_id, polarity, kind) = (rule.id.clone(), rule.polarity, rule.kind.clone());
            if hedged(doc, sentence, cue_span) {
                continue;
            }
            let found = match kind.as_str() {
                "passive" => passive(doc, sentence, cue_span),
                "noun" => {
                    possessive(doc, sentence, cue_span).or_else(|| active(doc, sentence, cue_span))
                }
                _ => active(doc, sentence, cue_span),
            };
            let Some((holder, target_span, quote, confidence)) = found else {
                continue;
            };
            let Some(target) = target_entity(doc, target_span) else {
                continue;
            };
            for &holder in &holder.entities {
                if holder == target || !is_agent(doc, holder) {
                    continue;
                }
                let duplicate =
                    doc.facts.stances.iter().any(|s| {
                        s.holder == holder && s.target == target && s.polarity == polarity
                    });
                if duplicate {
                    continue;
                }
                let evidence = doc.layout.evidence(sentence);
                doc.facts.stances.push(Stance {
                    holder,
                    target,
                    polarity,
                    evidence,
                    rule: rule_id.clone(),
                    confidence,
                    quote,
                });
            }
        }
    }
}

fn is_agent(doc: &Doc, entity: usize) -> bool {
    doc.kind(entity) != EntityKind::Proposal
}

fn word_bounded(body: &str, span: Span) -> bool {
    let before = body[..span.start].chars().next_back();
    let after = body[span.end..].chars().next();
    before.is_none_or(|c| !c.is_alphanumeric()) && after.is_none_or(|c| !c.is_alphanumeric())
}

/// Hedges, negations and conditions between the clause start and the cue.
fn hedged(doc: &Doc, sentence: Span, cue: Span) -> bool {
    let body = doc.layout.body;
    let start = clause_start(doc, sentence, cue.start);
    let window = words(body, Span::new(start, cue.start));
    // Only the few words right before the cue can hedge it ("might back", "is expected to support").
    let near: Vec<String> = window
        .iter()
        .rev()
        .take(4)
        .map(|t| t.text.to_ascii_lowercase())
        .collect();
    for (n, word) in near.iter().enumerate() {
        let word = word.replace('’', "'");
        let two = near.get(n + 1).map(|prev| format!("{prev} {word}"));
        let three = near
            .get(n + 2)
            .and_then(|p2| near.get(n + 1).map(|p1| format!("{p2} {p1} {word}")));
        for phrase in [Some(word.clone()), two, three].into_iter().flatten() {
            if let Some(kind) = doc.k.hedges.get(&phrase) {
                if kind != "question" {
                    return true;
                }
            }
        }
        if word.ends_with("n't") {
            return true;
        }
    }
    // A condition anywhere before the cue in the sentence.
    let before = words(body, Span::new(sentence.start, cue.start));
    before.iter().any(|t| {
        doc.k
            .hedges
            .get(&t.text.to_ascii_lowercase())
            .is_some_and(|k| k == "conditional")
    })
}

/// The start of the clause holding `pos`: after the last `;`, `:`, `—` or `(` in the sentence.
fn clause_start(doc: &Doc, sentence: Span, pos: usize) -> usize {
    let text = &doc.layout.body[sentence.start..pos];
    match text.rfind([';', ':', '—', '(']) {
        Some(i) => sentence.start + i + text[i..].chars().next().map_or(1, char::len_utf8),
        None => sentence.start,
    }
}

type Found = (Referent, Span, Option<usize>, f64);

/// HOLDER (adverbs) CUE TARGET.
fn active(doc: &Doc, sentence: Span, cue: Span) -> Option<Found> {
    let body = doc.layout.body;
    let target = target_after(doc, cue.end, sentence.end)?;
    // Inside a direct quotation: "we" and "I" are the speaker.
    if let Some(quote) = doc
        .quotes
        .iter()
        .position(|q| q.outer.contains(cue) && !q.speakers.is_empty())
    {
        let found = &doc.quotes[quote];
        let inside = words(body, Span::new(found.outer.start, cue.start));
        let pronoun = inside
            .iter()
            .rev()
            .find(|t| !t.text.ends_with("ly") && !is_aux(t.text));
        if let Some(pronoun) = pronoun {
            let lower = pronoun.text.to_ascii_lowercase();
            if matches!(lower.as_str(), "we" | "i") {
                let entities: Vec<usize> = found
                    .speakers
                    .iter()
                    .map(|&s| {
                        if lower == "we" {
                            doc.organisation_of(s).unwrap_or(s)
                        } else {
                            s
                        }
                    })
                    .collect();
                let referent = Referent {
                    entities,
                    span: pronoun.span,
                    indirect: true,
                };
                return Some((referent, target, found.fact, 0.7));
            }
        }
    }
    let start = clause_start(doc, sentence, cue.start);
    let mut verb_start = cue.start;
    // Skip adverbs right before the cue ("strongly", "fundamentally").
    let before = words(body, Span::new(start, cue.start));
    let mut idx = before.len();
    while idx > 0 && before[idx - 1].text.ends_with("ly") && before[idx - 1].text.len() > 3 {
        idx -= 1;
        verb_start = before[idx].span.start;
    }
    // "X said they endorsed ...": the subject of the reporting verb.
    if idx >= 2 && before[idx - 1].text == "they" && is_reporting(doc, before[idx - 2].text) {
        let referent = subject_of_verb(doc, start, before[idx - 2].span.start)?;
        return Some((referent, target, quote_for(doc, cue), 0.75));
    }
    let referent = subject_of_verb(doc, start, verb_start)
        .or_else(|| collective_subject(doc, start, verb_start))?;
    let confidence = if referent.indirect { 0.7 } else { 0.8 };
    Some((referent, target, quote_for(doc, cue), confidence))
}

fn is_aux(word: &str) -> bool {
    matches!(
        word,
        "are" | "is" | "am" | "have" | "has" | "will" | "do" | "also" | "all" | "firmly"
    )
}

/// "NATO allies", "Labour MPs": a named organisation followed by a group word.
fn collective_subject(doc: &Doc, start: usize, end: usize) -> Option<Referent> {
    let body = doc.layout.body;
    let tokens = words(body, Span::new(start, end));
    let last = tokens.last()?;
    if !doc.k.group_words.contains(&last.text.to_lowercase()) || tokens.len() < 2 {
        return None;
    }
    let prev = &tokens[tokens.len() - 2];
    let idx = doc
        .mentions
        .partition_point(|m| m.span.start < prev.span.end);
    let mention = doc.mentions[..idx]
        .iter()
        .rev()
        .find(|m| m.span.end == prev.span.end)?;
    if doc.kind(mention.entity) == EntityKind::Person {
        return None;
    }
    // A quantifier before the name makes it generic ("some Labour MPs").
    let lead = &body[start..mention.span.start].to_ascii_lowercase();
    if [
        "some ",
        "many ",
        "several ",
        "few ",
        "dozens of ",
        "a number of ",
        "other ",
    ]
    .iter()
    .any(|q| lead.ends_with(q))
    {
        return None;
    }
    Some(Referent {
        entities: vec![mention.entity],
        span: Span::new(mention.span.start, last.span.end),
        indirect: false,
    })
}

/// The quote a stance's cue lies in, if any.
fn quote_for(doc: &Doc, cue: Span) -> Option<usize> {
    doc.quotes
        .iter()
        .find(|q| q.outer.contains(cue))
        .and_then(|q| q.fact)
}

/// HOLDER's CUE TARGET: "Germany's support for the treaty", "the Tories' opposition to it".
fn possessive(doc: &Doc, sentence: Span, cue: Span) -> Option<Found> {
    let body = doc.layout.body;
    let before = body[sentence.start..cue.start].trim_end();
    let stem = ["’s", "'s", "’", "'"]
        .iter()
        .find_map(|suffix| before.strip_suffix(suffix))?;
    let mention = super::resolve::mention_ending_at(doc, sentence.start + stem.len())?;
    let target = target_after(doc, cue.end, sentence.end)?;
    let referent = Referent {
        entities: vec![mention.entity],
        span: mention.span,
        indirect: false,
    };
    Some((referent, target, quote_for(doc, cue), 0.75))
}

/// TARGET (was) CUE-by HOLDER.
fn passive(doc: &Doc, sentence: Span, cue: Span) -> Option<Found> {
    let body = doc.layout.body;
    let referent = referent_at(doc, cue.end, sentence.end)?;
    if referent.indirect {
        return None;
    }
    let start = clause_start(doc, sentence, cue.start);
    let mut before = words(body, Span::new(start, cue.start));
    while before.last().is_some_and(|t| {
        matches!(
            t.text,
            "was"
                | "were"
                | "is"
                | "are"
                | "been"
                | "has"
                | "have"
                | "had"
                | "being"
                | "be"
                | "strongly"
                | "widely"
                | "also"
        )
    }) {
        before.pop();
    }
    let first = before.first()?;
    let last = before.last()?;
    if before.len() > 8 {
        return None;
    }
    let target = Span::new(first.span.start, last.span.end);
    Some((referent, target, quote_for(doc, cue), 0.7))
}

/// The noun phrase after a cue, cut at punctuation or a new clause.
fn target_after(doc: &Doc, pos: usize, limit: usize) -> Option<Span> {
    let body = doc.layout.body;
    let mut start = pos;
    let rest = &body[start..limit];
    let trimmed = rest.trim_start();
    start += rest.len() - trimmed.len();
    // "reject[s] the idea": skip an editor's bracket.
    if body[start..limit].starts_with('[') {
        let close = body[start..limit].find(']')?;
        start += close + 1;
    }
    let tokens = words(body, Span::new(start, limit));
    let mut end = None;
    for (n, token) in tokens.iter().enumerate() {
        if n >= MAX_TARGET_WORDS {
            break;
        }
        let gap_start = if n == 0 {
            start
        } else {
            tokens[n - 1].span.end
        };
        let gap = &body[gap_start..token.span.start];
        if n > 0 && gap.contains([',', ';', ':', '(', ')', '—', '–', '.', '!', '?']) {
            break;
        }
        if n > 0 && TARGET_STOPS.contains(&token.text) {
            break;
        }
        // "the plan proposed by Germany": a participle with its agent is not part of the name.
        if n > 0 && token.text.ends_with("ed") && tokens.get(n + 1).is_some_and(|t| t.text == "by")
        {
            break;
        }
        if n > 0
            && token.text == "and"
            && tokens.get(n + 1).is_some_and(|t| {
                is_reporting(doc, t.text)
                    || doc
                        .k
                        .cues
                        .find(t.text)
                        .is_some_and(|m| m.start() == 0 && m.end() == t.text.len())
            })
        {
            break;
        }
        end = Some(token.span.end);
    }
    let end = end?;
    let span = Span::new(tokens.first()?.span.start, end);
    let text = body[span.start..span.end].to_ascii_lowercase();
    if EMPTY_TARGETS.contains(&text.as_str()) {
        return None;
    }
    Some(span)
}

/// The target as an entity: an agent when the phrase is just its name, else a proposal.
fn target_entity(doc: &mut Doc, span: Span) -> Option<usize> {
    let body = doc.layout.body;
    let text = body[span.start..span.end].trim();
    if let Some(mention) = mention_at(doc, span.start) {
        if mention.span.end == span.end {
            return Some(mention.entity);
        }
    }
    let label: String = text
        .trim_matches(|c: char| matches!(c, '"' | '“' | '”' | '‘' | '’' | '\''))
        .replace(['“', '”'], "\"")
        .to_string();
    let label = match label.get(..4) {
        Some(lead) if lead.eq_ignore_ascii_case("the ") => label[4..].to_string(),
        _ => label,
    };
    let label = label.replace('"', "");
    let key = slug(&label);
    if key.is_empty() || words(body, span).len() > MAX_TARGET_WORDS {
        return None;
    }
    Some(doc.entity(
        EntityKind::Proposal,
        &key,
        &label,
        "entity/proposal/target-1",
    ))
}
