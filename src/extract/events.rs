//! Events: the conferences, summits, meetings and votes an article names, with
//! their place, year and organiser where the text gives them, and the stances
//! and quotes made there.
//!
//! Owns: finding event phrases ("the NATO summit in Vilnius", "the Berlin
//! conference", "this year's host Germany"), merging the mentions of one event
//! within the article, and linking each stance and quote to the event its
//! sentence names (`sg:occasion`). An event needs a place, an organiser or a
//! name; "a meeting" alone is not one.

use crate::fact::{EntityKind, Event, Occasion, Place};
use crate::text::{words, Span, Token};

use super::resolve::mention_at;
use super::Doc;

/// A mention of an event: which event, and where.
struct EventMention {
    event: usize,
    span: Span,
}

/// Finds events and links stances and quotes to them.
pub(crate) fn find_events(doc: &mut Doc) {
    let body = doc.layout.body;
    let mut mentions: Vec<EventMention> = Vec::new();
    let sentences = doc.layout.sentences.clone();
    for sentence in sentences {
        let tokens = words(body, sentence);
        for (i, token) in tokens.iter().enumerate() {
            let lower = token.text.to_lowercase();
            let Some((rule, kind)) = doc.k.event_words.get(&lower).cloned() else {
                continue;
            };
            // "Vilnius Summit Communiqué": a document named after the event still names it.
            if let Some(found) = event_phrase(doc, &tokens, i, &kind) {
                let idx = add_event(doc, found, &kind, &rule);
                mentions.push(EventMention {
                    event: idx,
                    span: token.span,
                });
            } else if i > 0 && tokens[i - 1].text.eq_ignore_ascii_case("the") {
                // "the conference": the latest event of that kind, if any.
                if let Some(previous) = mentions
                    .iter()
                    .rev()
                    .find(|m| doc.facts.events[m.event].kind == kind)
                {
                    let event = previous.event;
                    mentions.push(EventMention {
                        event,
                        span: token.span,
                    });
                }
            }
        }
        hosts(doc, &tokens, &mentions);
    }
    link_occasions(doc, &mentions);
}

/// What the words around an event word say about it.
struct Found {
    label: String,
    name: bool,
    place: Option<Place>,
    organizer: Option<usize>,
    year: Option<String>,
    span: Span,
}

/// Reads "the NATO summit in Vilnius", "the Berlin conference", "the
/// alliance's first annual Cyber Defence Conference" around token `i`.
fn event_phrase(doc: &Doc, tokens: &[Token], i: usize, kind: &str) -> Option<Found> {
    let body = doc.layout.body;
    let event_word = &tokens[i];
    let capital_word = event_word
        .text
        .chars()
        .next()
        .is_some_and(char::is_uppercase);
    let mut place = None;
    let mut organizer = None;
    let mut name_start = None;
    let mut start = i;
    // Left: mentions and capitalised words, back to a determiner.
    let mut k = i;
    while k > 0 && i - k < 6 {
        let prev = &tokens[k - 1];
        let gap = &body[prev.span.end..tokens[k].span.start];
        if !gap.trim().is_empty() && gap.trim() != "," {
            break;
        }
        let mention = super::resolve::mention_ending_at(doc, prev.span.end);
        if let Some(mention) = mention.filter(|m| m.span.start <= prev.span.start) {
            match doc.kind(mention.entity) {
                EntityKind::Country => {
                    place.get_or_insert(Place {
                        label: body[mention.span.start..mention.span.end].to_string(),
                        country: Some(mention.entity),
                    });
                }
                EntityKind::Organization => {
                    organizer.get_or_insert(mention.entity);
                }
                _ => break,
            }
            k = tokens.partition_point(|t| t.span.start < mention.span.start);
            start = k;
            continue;
        }
        if gap.trim() == "," {
            break;
        }
        if let Some(country) = capital_of(doc, prev.text) {
            place.get_or_insert(Place {
                label: prev.text.to_string(),
                country: Some(country),
            });
            k -= 1;
            start = k;
            continue;
        }
        let capitalised = prev.text.chars().next().is_some_and(char::is_uppercase);
        if capitalised && !doc.k.not_names.contains(&prev.text.to_lowercase()) {
            name_start = Some(k - 1);
            k -= 1;
            start = k;
            continue;
        }
        break;
    }
    // A name is a capitalised event word after capitalised words: "Cyber Defence Conference".
    let named = capital_word && name_start.is_some();
    // "the European Convention on Human Rights", "the UN Convention on the Rights
    // of the Child": a treaty named by its subject, no gathering.
    // ("the 1951 United Nations Convention on refugees" too; a convention that
    // gathers people is not named by "on": "the Democratic National Convention".)
    // (Not "the Labour Convention on Saturday": a day after "on" dates a gathering.)
    if capital_word
        && kind == "convention"
        && tokens.get(i + 1).is_some_and(|t| t.text == "on")
        && !tokens
            .get(i + 2)
            .is_some_and(|t| super::is_time_word(t.text))
    {
        return None;
    }
    // "the Geneva talks", "the Davos forum": one capitalised word before a
    // lower-case event word is where it is held.
    if !named && place.is_none() && i > 0 && name_start == Some(i - 1) {
        place = Some(Place {
            label: tokens[i - 1].text.to_string(),
            country: None,
        });
    }
    // Right: "in Vilnius", "in Lithuania", "in 2012".
    let mut end = i + 1;
    let mut year = None;
    if tokens.get(i + 1).is_some_and(|t| t.text == "in")
        && body[event_word.span.end..tokens[i + 1].span.start]
            .trim()
            .is_empty()
    {
        if let Some(next) = tokens.get(i + 2) {
            let at = if next.text == "the" { i + 3 } else { i + 2 };
            let mention = [i + 2, at]
                .iter()
                .find_map(|&j| tokens.get(j).and_then(|t| mention_at(doc, t.span.start)));
            if let Some(mention) = mention {
                if doc.kind(mention.entity) == EntityKind::Country && place.is_none() {
                    let label = &body[mention.span.start..mention.span.end];
                    let label = label.strip_prefix("the ").unwrap_or(label);
                    place = Some(Place {
                        label: label.to_string(),
                        country: Some(mention.entity),
                    });
                    end = tokens.partition_point(|t| t.span.start < mention.span.end);
                }
            } else if next.text.len() == 4 && next.text.chars().all(|c| c.is_ascii_digit()) {
                year = Some(next.text.to_string());
                end = i + 3;
            } else if next.text.chars().next().is_some_and(char::is_uppercase)
                && place.is_none()
                && !super::is_time_word(next.text)
            {
                place = Some(Place {
                    label: next.text.to_string(),
                    country: capital_of(doc, next.text),
                });
                end = i + 3;
            }
        }
    }
    // "... in Vilnius in 2027"
    if year.is_none()
        && tokens.get(end).is_some_and(|t| t.text == "in")
        && tokens
            .get(end + 1)
            .is_some_and(|t| t.text.len() == 4 && t.text.chars().all(|c| c.is_ascii_digit()))
    {
        year = Some(tokens[end + 1].text.to_string());
        end += 2;
    }
    if !named && place.is_none() && organizer.is_none() {
        return None;
    }
    let span = Span::new(tokens[start].span.start, tokens[end - 1].span.end);
    let label = if named {
        body[tokens[name_start?].span.start..event_word.span.end].to_string()
    } else {
        let mut label = String::new();
        if let Some(org) = organizer {
            label.push_str(&doc.facts.entities[org].label);
            label.push(' ');
        }
        label.push_str(kind);
        if let Some(place) = &place {
            label = format!("{label} in {}", place.label);
        }
        label
    };
    Some(Found {
        label,
        name: named,
        place,
        organizer,
        year,
        span,
    })
}

/// Two names for one event, up to a spelling variant ("Defense", "Defence").
fn same_name(a: &str, b: &str) -> bool {
    let (a, b) = (a.to_lowercase(), b.to_lowercase());
    a.len() == b.len() && a.chars().zip(b.chars()).filter(|(x, y)| x != y).count() <= 1
}

/// The country whose capital the word is ("Berlin", "Vilnius").
fn capital_of(doc: &Doc, word: &str) -> Option<usize> {
    let found = doc.k.gazetteer.find(word)?;
    if found.start() != 0 || found.end() != word.len() {
        return None;
    }
    let (entry, form) = doc.k.gazetteer_patterns[found.pattern().as_usize()];
    let entry = &doc.k.entries[entry];
    (form == crate::knowledge::Form::Capital)
        .then(|| doc.existing_entity(entry.kind, &entry.key))
        .flatten()
}

/// Adds an event, or merges the mention into the event with the same name or
/// the same kind and place.
fn add_event(doc: &mut Doc, found: Found, kind: &str, rule: &str) -> usize {
    let place_key = found.place.as_ref().map(|p| p.label.to_lowercase());
    // The same name, or the same kind and place; a place-only mention ("the
    // Berlin conference") also completes a named event of that kind with no
    // place yet ("the Cyber Defence Conference").
    let existing = doc.facts.events.iter().position(|e| {
        same_name(&e.label, &found.label)
            || !found.name
                && e.kind == kind
                && place_key.is_some()
                && (e.place.as_ref().map(|p| p.label.to_lowercase()) == place_key
                    || e.place.is_none()
                        && (found.organizer.is_none()
                            || e.organizer.is_none_or(|o| Some(o) == found.organizer)))
    });
    if let Some(idx) = existing {
        let event = &mut doc.facts.events[idx];
        event.organizer = event.organizer.or(found.organizer);
        event.year = event.year.take().or(found.year);
        if event.place.is_none() {
            event.place = found.place;
        }
        return idx;
    }
    let key = format!(
        "{}-{}",
        super::slug(&found.label),
        super::article_tag(doc.layout.body)
    );
    doc.facts.events.push(Event {
        key,
        label: found.label,
        kind: kind.to_string(),
        place: found.place,
        organizer: found.organizer,
        year: found.year,
        evidence: doc.layout.evidence(found.span),
        rule: rule.to_string(),
        confidence: if found.name { 0.8 } else { 0.7 },
    });
    doc.facts.events.len() - 1
}

/// "this year's host Germany", "hosted by Germany": the organiser of the event
/// named last, when the sentence names no other.
fn hosts(doc: &mut Doc, tokens: &[Token], mentions: &[EventMention]) {
    let Some(last) = mentions.last() else {
        return;
    };
    for (i, token) in tokens.iter().enumerate() {
        let after = match token.text {
            "host" if i == 0 || !tokens[i - 1].text.starts_with("next") => i + 1,
            "hosted" if tokens.get(i + 1).is_some_and(|t| t.text == "by") => i + 2,
            _ => continue,
        };
        // "next year's host": a host of another event.
        if i >= 2 && tokens[i - 2].text == "next" {
            continue;
        }
        let Some(mention) = tokens
            .get(after)
            .and_then(|t| mention_at(doc, t.span.start))
        else {
            continue;
        };
        if matches!(
            doc.kind(mention.entity),
            EntityKind::Country | EntityKind::Organization
        ) && last.span.start < token.span.start + 2000
        {
            let event = &mut doc.facts.events[last.event];
            event.organizer.get_or_insert(mention.entity);
        }
    }
}

/// A stance or quote whose sentence names an event was made there.
fn link_occasions(doc: &mut Doc, mentions: &[EventMention]) {
    // Event mentions are in text order: the first one at or after `start`.
    let event_in = |doc: &Doc, start: usize, end: usize| {
        let first = mentions.partition_point(|m| doc.layout.char_offset(m.span.start) < start);
        mentions
            .get(first)
            .filter(|m| doc.layout.char_offset(m.span.start) < end)
            .map(|m| m.event)
    };
    let mut occasions = Vec::new();
    for (idx, stance) in doc.facts.stances.iter().enumerate() {
        if let Some(event) = event_in(doc, stance.evidence.start, stance.evidence.end) {
            occasions.push(Occasion::Stance { stance: idx, event });
        }
    }
    for (idx, quote) in doc.facts.quotes.iter().enumerate() {
        // The quote's sentence: the one holding where it starts (sentences are
        // sorted, so a binary search, not a scan per quote).
        let at = doc
            .layout
            .sentences
            .partition_point(|s| doc.layout.char_offset(s.end) <= quote.evidence.start);
        let Some(sentence) = doc
            .layout
            .sentences
            .get(at)
            .filter(|s| doc.layout.char_offset(s.start) <= quote.evidence.start)
        else {
            continue;
        };
        let (start, end) = (
            doc.layout.char_offset(sentence.start),
            doc.layout.char_offset(sentence.end),
        );
        if let Some(event) = event_in(doc, start, end) {
            occasions.push(Occasion::Quote { quote: idx, event });
        }
    }
    doc.facts.occasions = occasions;
}
