//! Extraction: from an article's text to [`Facts`], with evidence for each.
//!
//! Owns: the pipeline (layout, entity mentions, quotes, roles, stances) and the
//! per-article entity table. Extraction is pure and deterministic: no I/O after
//! the knowledge is loaded, no clock, no randomness; odd text gives fewer facts,
//! never an error or a panic. Leaves to others: reading inputs (`ingest`) and
//! turning facts into RDF (`rdf`).

mod entities;
mod quotes;
mod resolve;
mod roles;
mod stances;

use std::collections::HashMap;

use crate::fact::{Article, Entity, EntityKind, Facts};
use crate::knowledge::Knowledge;
use crate::text::{Layout, Span};

pub use entities::slug;

/// Extracts the facts of one article with the shipped knowledge.
pub fn extract(article: &Article) -> Facts {
    extract_with(article, Knowledge::shipped())
}

/// Like [`extract`], but a defect in a rule that panics on some text is turned
/// into an error for that article, so one odd article cannot stop a batch.
pub fn extract_guarded(article: &Article) -> Result<Facts, String> {
    GUARDED.with(|guarded| guarded.set(true));
    let result = std::panic::catch_unwind(|| extract(article));
    GUARDED.with(|guarded| guarded.set(false));
    result.map_err(|payload| {
        let message = payload
            .downcast_ref::<String>()
            .cloned()
            .or_else(|| payload.downcast_ref::<&str>().map(|s| s.to_string()))
            .unwrap_or_default();
        let first_line = message.lines().next().unwrap_or_default();
        format!("extraction failed on this article (a defect, please report it): {first_line}")
    })
}

thread_local! {
    /// Set while [`extract_guarded`] runs, so the panic hook stays quiet there.
    static GUARDED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Whether the current thread is inside [`extract_guarded`], whose caught
/// panics are reported as one error line per article instead.
pub fn in_guarded_extraction() -> bool {
    GUARDED.with(std::cell::Cell::get)
}

/// Extracts the facts of one article with the given knowledge.
pub fn extract_with(article: &Article, knowledge: &Knowledge) -> Facts {
    let is_abbreviation = |word: &str| knowledge.abbreviations.contains(&word.to_lowercase());
    let layout = Layout::new(&article.body, &is_abbreviation);
    let mut doc = Doc {
        layout,
        k: knowledge,
        facts: Facts::default(),
        index: HashMap::new(),
        mentions: Vec::new(),
        modifiers: Vec::new(),
        persons: Vec::new(),
        quotes: Vec::new(),
        max_quote_len: 0,
    };
    entities::find_mentions(&mut doc);
    roles::find_roles(&mut doc);
    quotes::find_quotes(&mut doc);
    stances::find_stances(&mut doc);
    doc.finish()
}

/// Words that make a time adjunct ("on Monday", "last week"), lower-cased.
const TIME_WORDS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "week",
    "month",
    "year",
    "morning",
    "afternoon",
    "evening",
    "night",
    "weekend",
    "today",
    "yesterday",
    "tomorrow",
    "january",
    "february",
    "march",
    "april",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// Whether a word belongs to a time adjunct ("Monday", "week", "yesterday"), in any case.
pub(crate) fn is_time_word(word: &str) -> bool {
    TIME_WORDS.contains(&word.to_ascii_lowercase().as_str())
}

/// How a mention names its entity.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum MentionForm {
    /// A name or alias.
    Name,
    /// A description resolved to a named entity ("the alliance").
    Description,
}

/// A place in the text that names an agent.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Mention {
    pub span: Span,
    pub entity: usize,
    pub form: MentionForm,
}

/// A person found in the article, for resolving surnames and pronouns.
#[derive(Debug, Clone)]
pub(crate) struct PersonInfo {
    pub entity: usize,
    /// `Some(true)` for "he", `Some(false)` for "she", when an honorific says.
    pub male: Option<bool>,
}

/// A direct or indirect quotation, as found, before it becomes a fact.
#[derive(Debug, Clone)]
pub(crate) struct FoundQuote {
    /// The whole quoted span including marks (direct) or the clause (indirect).
    pub outer: Span,
    /// Index into `facts.quotes`, when a speaker was found.
    pub fact: Option<usize>,
    /// Speakers (entity indexes).
    pub speakers: Vec<usize>,
}

/// The working state of one article's extraction.
pub(crate) struct Doc<'a> {
    pub layout: Layout<'a>,
    pub k: &'a Knowledge,
    pub facts: Facts,
    index: HashMap<(EntityKind, String), usize>,
    /// Agent mentions, sorted by position.
    pub mentions: Vec<Mention>,
    /// Demonym and other modifier mentions ("German"), sorted by position.
    pub modifiers: Vec<Mention>,
    pub persons: Vec<PersonInfo>,
    /// Quotations found so far, sorted by where they open.
    pub quotes: Vec<FoundQuote>,
    /// The longest quotation span so far, to bound overlap searches.
    max_quote_len: usize,
}

impl<'a> Doc<'a> {
    /// The entity with this kind and key, added with `label` when new.
    pub fn entity(&mut self, kind: EntityKind, key: &str, label: &str, resolved_by: &str) -> usize {
        if let Some(&idx) = self.index.get(&(kind, key.to_string())) {
            let entity = &mut self.facts.entities[idx];
            if entity.label != label && !entity.alt_labels.iter().any(|a| a == label) {
                entity.alt_labels.push(label.to_string());
            }
            return idx;
        }
        let idx = self.facts.entities.len();
        self.facts.entities.push(Entity {
            key: key.to_string(),
            kind,
            label: label.to_string(),
            alt_labels: Vec::new(),
            wikidata: None,
            org_kind: None,
            resolved_by: resolved_by.to_string(),
        });
        self.index.insert((kind, key.to_string()), idx);
        idx
    }

    /// Adds an alternative label to an entity.
    pub fn alt_label(&mut self, entity: usize, label: &str) {
        let entity = &mut self.facts.entities[entity];
        if entity.label != label && !entity.alt_labels.iter().any(|a| a == label) {
            entity.alt_labels.push(label.to_string());
        }
    }

    /// The text of a span.
    pub fn text(&self, span: Span) -> &'a str {
        self.layout.text(span)
    }

    /// The kind of an entity.
    pub fn kind(&self, entity: usize) -> EntityKind {
        self.facts.entities[entity].kind
    }

    /// The last person mentioned before `pos`, preferring one of the given gender.
    pub fn last_person_before(&self, pos: usize, male: Option<bool>) -> Option<usize> {
        let end = self.mentions.partition_point(|m| m.span.start < pos);
        for mention in self.mentions[..end].iter().rev() {
            if self.kind(mention.entity) != EntityKind::Person {
                continue;
            }
            let gender = self
                .persons
                .iter()
                .find(|p| p.entity == mention.entity)
                .and_then(|p| p.male);
            // Only a person known to be of the other gender is passed over: a
            // nearer person of unknown gender is likelier than a farther "Mr X".
            match (male, gender) {
                (Some(want), Some(have)) if want != have => continue,
                _ => return Some(mention.entity),
            }
        }
        None
    }

    /// What "he" or "she" at `pos` refers to: the current speaker (the person
    /// quoted most recently, within two paragraphs) unless a person of that
    /// gender was named since as the subject of a sentence; else the last
    /// person named.
    pub fn resolve_pronoun(&self, pos: usize, male: bool) -> Option<usize> {
        let mentioned = self.last_person_before(pos, Some(male));
        let char_pos = self.layout.evidence(Span::new(pos, pos)).start;
        let paragraph = self.layout.paragraphs.partition_point(|p| p.end <= pos);
        let speaker = self.facts.quotes.iter().rev().find(|q| {
            q.evidence.start < char_pos
                && self.kind(q.speaker) == EntityKind::Person
                && self.gender_fits(q.speaker, male)
        });
        let Some(speaker) = speaker else {
            return mentioned;
        };
        let Some(mentioned) = mentioned else {
            return Some(speaker.speaker);
        };
        if mentioned == speaker.speaker {
            return Some(mentioned);
        }
        // A person named earlier in the same sentence is the one meant.
        let sentence_start = self
            .layout
            .sentence_of(pos)
            .and_then(|i| self.layout.sentences.get(i))
            .map_or(0, |s| s.start);
        let end = self.mentions.partition_point(|m| m.span.start < pos);
        if self.mentions[..end]
            .iter()
            .any(|m| m.entity == mentioned && m.span.start >= sentence_start)
        {
            return Some(mentioned);
        }
        // The speaker's quote must be recent: this paragraph or the two before.
        let quote_paragraph = self.layout.paragraphs.partition_point(|p| {
            self.layout.evidence(Span::new(p.end, p.end)).start <= speaker.evidence.start
        });
        if paragraph > quote_paragraph + 2 {
            return Some(mentioned);
        }
        // A person named after the quote as a sentence's subject takes over.
        let end = self.mentions.partition_point(|m| m.span.start < pos);
        let since_quote = self.mentions[..end]
            .iter()
            .rev()
            .take_while(|m| self.layout.evidence(m.span).start > speaker.evidence.end);
        for mention in since_quote {
            if mention.entity == mentioned && self.is_sentence_subject(mention.span) {
                return Some(mentioned);
            }
        }
        Some(speaker.speaker)
    }

    fn gender_fits(&self, person: usize, male: bool) -> bool {
        self.persons
            .iter()
            .find(|p| p.entity == person)
            .and_then(|p| p.male)
            .is_none_or(|g| g == male)
    }

    /// Whether a mention starts its sentence (after titles and linking words).
    fn is_sentence_subject(&self, span: Span) -> bool {
        let Some(sentence) = self
            .layout
            .sentence_of(span.start)
            .and_then(|i| self.layout.sentences.get(i))
        else {
            return false;
        };
        let lead = crate::text::words(self.layout.body, Span::new(sentence.start, span.start));
        lead.len() <= 5
            && lead.iter().all(|t| {
                t.text.chars().next().is_some_and(char::is_uppercase)
                    || matches!(
                        t.text,
                        "but"
                            | "and"
                            | "however"
                            | "meanwhile"
                            | "earlier"
                            | "later"
                            | "then"
                            | "also"
                    )
            })
    }

    /// Adds a found quotation, keeping `quotes` sorted by position.
    pub fn add_quote(&mut self, found: FoundQuote) {
        self.max_quote_len = self.max_quote_len.max(found.outer.end - found.outer.start);
        let idx = self
            .quotes
            .partition_point(|q| q.outer.start <= found.outer.start);
        self.quotes.insert(idx, found);
    }

    /// Indexes of the quotations that overlap `span`, found by binary search
    /// (a linear scan per cue or token made long articles quadratic).
    pub fn quotes_overlapping(&self, span: Span) -> impl Iterator<Item = usize> + '_ {
        let end = self
            .quotes
            .partition_point(|q| q.outer.start < span.end.max(span.start + 1));
        let lower = span.start.saturating_sub(self.max_quote_len);
        let begin = self.quotes.partition_point(|q| q.outer.start < lower);
        (begin..end).filter(move |&i| {
            let q = &self.quotes[i];
            q.outer.start < span.end.max(span.start + 1) && span.start < q.outer.end
        })
    }

    /// The organisation or country a person holds a role in, for "we" in their quotes.
    pub fn organisation_of(&self, person: usize) -> Option<usize> {
        self.facts
            .roles
            .iter()
            .filter(|r| r.person == person)
            .find_map(|r| r.org)
    }

    fn finish(mut self) -> Facts {
        let mut mentioned: Vec<usize> = self.mentions.iter().map(|m| m.entity).collect();
        for stance in &self.facts.stances {
            mentioned.push(stance.holder);
        }
        for role in &self.facts.roles {
            mentioned.push(role.person);
            mentioned.extend(role.org);
        }
        for quote in &self.facts.quotes {
            mentioned.push(quote.speaker);
        }
        mentioned.sort_unstable();
        mentioned.dedup();
        mentioned.retain(|&e| self.facts.entities[e].kind != EntityKind::Proposal);
        self.facts.mentions = mentioned;
        self.facts
    }
}
