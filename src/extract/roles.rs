//! Roles: who holds which title, with the organisation or country where the text says.
//!
//! Owns: three constructions, each a rule id: a title before a name
//! ("Home Secretary Charles Clarke", "Tory leader Michael Howard"), a title in
//! apposition ("Annalena Baerbock, the German Foreign Minister"), and a copula
//! ("Martin is the UK editor for X", "he was previously a reporter for Y").

use crate::fact::{EntityKind, Role};
use crate::text::{words, Span, Token};

use super::entities::title_at;
use super::{Doc, Mention};

/// Lower-case words allowed before a title inside a title phrase.
const TITLE_MODIFIERS: &[&str] = &[
    "shadow", "deputy", "acting", "former", "interim", "chief", "senior", "junior", "then",
    "outgoing", "new", "current", "vice",
];
/// Words that attach the organisation after a title.
const ORG_LINKS: &[&str] = &["of", "for", "at", "to"];

/// Finds roles and adds them to `doc.facts.roles`.
pub(crate) fn find_roles(doc: &mut Doc) {
    let sentences = doc.layout.sentences.clone();
    for sentence in sentences {
        let tokens = words(doc.layout.body, sentence);
        title_before_name(doc, &tokens);
        appositive(doc, &tokens);
        copula(doc, sentence, &tokens);
    }
}

/// A parsed title phrase: its tokens, the title text, the organisation, former.
struct TitlePhrase {
    /// Index one past the phrase's last token.
    end: usize,
    title: String,
    org: Option<usize>,
    former: bool,
    rule_title: String,
}

/// Parses a title phrase starting at token `i`: modifiers, organisation or
/// demonym, lower-case nouns, then a title from the lexicon.
fn title_phrase(doc: &Doc, tokens: &[Token], i: usize, limit: usize) -> Option<TitlePhrase> {
    let mut j = i;
    let mut org = None;
    let mut former = false;
    let mut title_start = None;
    let mut lowercase_nouns = 0;
    while j < limit && j < i + 8 {
        if let Some(n) = title_at(doc, tokens, j, limit) {
            // Prefer the longest run of titles ("Secretary General", "Foreign Minister").
            let mut end = j + n;
            while end < limit {
                match title_at(doc, tokens, end, limit) {
                    Some(more) => end += more,
                    None => break,
                }
            }
            let start = title_start.unwrap_or(j);
            let title_text = span_text(doc, tokens, start, end);
            let key = tokens[j..j + n]
                .iter()
                .map(|t| t.text.to_lowercase())
                .collect::<Vec<_>>()
                .join(" ");
            let entry = doc.k.titles.get(&key)?;
            if entry.kind == "generic" {
                return None;
            }
            let mut phrase = TitlePhrase {
                end,
                title: title_text,
                org,
                former,
                rule_title: entry.id.clone(),
            };
            // "... for Recorded Future News", "... of the Foreign Affairs Committee".
            if end < tokens.len() && ORG_LINKS.contains(&tokens[end].text) {
                let mut k = end + 1;
                if k < tokens.len() && tokens[k].text.eq_ignore_ascii_case("the") {
                    k += 1;
                }
                if let Some(mention) = tokens.get(k).and_then(|t| mention_at(doc, t.span.start)) {
                    if doc.kind(mention.entity) != EntityKind::Person {
                        phrase.org = Some(mention.entity);
                        phrase.end = token_index_after(tokens, mention.span.end);
                    }
                }
            }
            return Some(phrase);
        }
        let token = tokens[j];
        let lower = token.text.to_lowercase();
        if let Some(mention) =
            mention_at(doc, token.span.start).or_else(|| modifier_at(doc, token.span.start))
        {
            if doc.kind(mention.entity) == EntityKind::Person {
                return None;
            }
            org = Some(mention.entity);
            j = token_index_after(tokens, mention.span.end);
            title_start = None;
            continue;
        }
        if lower == "former" || lower == "ex" {
            former = true;
        }
        if TITLE_MODIFIERS.contains(&lower.as_str()) {
            title_start.get_or_insert(j);
            j += 1;
            continue;
        }
        let capitalised =
            super::entities::is_capitalised(token.text) && !doc.k.not_names.contains(&lower);
        if capitalised && lowercase_nouns < 3 {
            lowercase_nouns += 1;
            title_start.get_or_insert(j);
            j += 1;
            continue;
        }
        if token.text.chars().all(|c| c.is_lowercase() || c == '-')
            && lowercase_nouns < 2
            && !is_function_word(&lower)
        {
            lowercase_nouns += 1;
            title_start.get_or_insert(j);
            j += 1;
            continue;
        }
        return None;
    }
    None
}

fn is_function_word(word: &str) -> bool {
    matches!(
        word,
        "the"
            | "a"
            | "an"
            | "and"
            | "or"
            | "of"
            | "for"
            | "at"
            | "to"
            | "in"
            | "on"
            | "by"
            | "with"
            | "who"
            | "which"
            | "that"
            | "is"
            | "was"
            | "has"
            | "had"
            | "said"
            | "says"
            | "he"
            | "she"
            | "it"
            | "they"
    )
}

fn span_text(doc: &Doc, tokens: &[Token], start: usize, end: usize) -> String {
    doc.text(Span::new(
        tokens[start].span.start,
        tokens[end - 1].span.end,
    ))
    .to_string()
}

fn mention_at(doc: &Doc, pos: usize) -> Option<Mention> {
    let idx = doc.mentions.partition_point(|m| m.span.start < pos);
    doc.mentions
        .get(idx)
        .filter(|m| m.span.start == pos)
        .copied()
}

fn modifier_at(doc: &Doc, pos: usize) -> Option<Mention> {
    let idx = doc.modifiers.partition_point(|m| m.span.start < pos);
    doc.modifiers
        .get(idx)
        .filter(|m| m.span.start == pos)
        .copied()
}

fn token_index_after(tokens: &[Token], pos: usize) -> usize {
    tokens.partition_point(|t| t.span.start < pos)
}

fn person_at(doc: &Doc, pos: usize) -> Option<Mention> {
    mention_at(doc, pos).filter(|m| doc.kind(m.entity) == EntityKind::Person)
}

fn add_role(
    doc: &mut Doc,
    person: usize,
    phrase: &TitlePhrase,
    span: Span,
    rule: &str,
    confidence: f64,
) {
    let title = clean_title(doc, &phrase.title, phrase.org);
    if title.is_empty() {
        return;
    }
    let duplicate = doc
        .facts
        .roles
        .iter()
        .any(|r| r.person == person && r.title.eq_ignore_ascii_case(&title));
    if duplicate {
        return;
    }
    let evidence = doc.layout.evidence(span);
    doc.facts.roles.push(Role {
        person,
        title,
        org: phrase.org,
        former: phrase.former,
        evidence,
        rule: format!("{rule}+{}", phrase.rule_title),
        confidence,
    });
}

/// Drops "former" and the like from the front of a title; keeps the post.
fn clean_title(_doc: &Doc, title: &str, _org: Option<usize>) -> String {
    let mut words: Vec<&str> = title.split_whitespace().collect();
    while words.first().is_some_and(|w| {
        matches!(
            w.to_lowercase().as_str(),
            "former" | "then" | "outgoing" | "new" | "current"
        )
    }) {
        words.remove(0);
    }
    words.join(" ")
}

/// "Home Secretary Charles Clarke", "Tory leader Michael Howard", "NATO Secretary General Jens Stoltenberg".
fn title_before_name(doc: &mut Doc, tokens: &[Token]) {
    let mut i = 0;
    while i < tokens.len() {
        if let Some(phrase) = title_phrase(doc, tokens, i, tokens.len()) {
            if let Some(person) = tokens
                .get(phrase.end)
                .and_then(|t| person_at(doc, t.span.start))
            {
                let capitalised_title = phrase.title.chars().next().is_some_and(char::is_uppercase);
                if capitalised_title || phrase.org.is_some() {
                    let span = Span::new(tokens[i].span.start, person.span.end);
                    add_role(doc, person.entity, &phrase, span, "role/title-name-1", 0.9);
                }
                i = phrase.end;
                continue;
            }
        }
        i += 1;
    }
}

/// "Annalena Baerbock, the German Foreign Minister," and "Jens Stoltenberg, NATO Secretary General".
fn appositive(doc: &mut Doc, tokens: &[Token]) {
    for idx in 0..tokens.len() {
        let Some(person) = person_at(doc, tokens[idx].span.start) else {
            continue;
        };
        let after = token_index_after(tokens, person.span.end);
        let gap_start = person.span.end;
        let Some(next) = tokens.get(after) else {
            continue;
        };
        let gap = doc.text(Span::new(gap_start, next.span.start));
        if gap.trim() != "," {
            continue;
        }
        let mut k = after;
        if matches!(tokens[k].text.to_lowercase().as_str(), "the" | "a" | "an") {
            k += 1;
        }
        if let Some(phrase) = title_phrase(doc, tokens, k, tokens.len()) {
            let end = tokens[phrase.end - 1].span.end;
            add_role(
                doc,
                person.entity,
                &phrase,
                Span::new(person.span.start, end),
                "role/appositive-1",
                0.9,
            );
        }
    }
}

/// "X is the UK editor for Y", "He was previously a reporter for Z and is also a fellow at W".
fn copula(doc: &mut Doc, sentence: Span, tokens: &[Token]) {
    let mut subject: Option<(usize, usize)> = None; // (entity, start byte)
    for idx in 0..tokens.len() {
        let lower = tokens[idx].text.to_lowercase();
        if let Some(person) = person_at(doc, tokens[idx].span.start) {
            if subject.is_none() || idx == 0 {
                subject = Some((person.entity, person.span.start));
            }
        } else if idx == 0 && matches!(lower.as_str(), "he" | "she") {
            let male = Some(lower == "he");
            if let Some(entity) = doc.last_person_before(sentence.start, male) {
                subject = Some((entity, tokens[idx].span.start));
            }
        }
        if !matches!(lower.as_str(), "is" | "was" | "became") {
            continue;
        }
        let Some((entity, start)) = subject else {
            continue;
        };
        let mut k = idx + 1;
        let mut former = lower == "was";
        while k < tokens.len()
            && matches!(
                tokens[k].text,
                "previously" | "also" | "now" | "formerly" | "currently" | "still" | "once"
            )
        {
            if matches!(tokens[k].text, "previously" | "formerly" | "once") {
                former = true;
            }
            k += 1;
        }
        if k >= tokens.len()
            || !matches!(tokens[k].text.to_lowercase().as_str(), "the" | "a" | "an")
        {
            continue;
        }
        if let Some(mut phrase) = title_phrase(doc, tokens, k + 1, tokens.len()) {
            phrase.former |= former;
            let end = tokens[phrase.end - 1].span.end;
            add_role(
                doc,
                entity,
                &phrase,
                Span::new(start, end),
                "role/copula-1",
                0.8,
            );
        }
    }
}
