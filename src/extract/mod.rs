//! Extraction: from an article's text to [`Facts`], with evidence for each.
//!
//! Owns: the pipeline (layout, entity mentions, quotes, roles, stances) and the
//! per-article entity table. Extraction is pure and deterministic: no I/O after
//! the knowledge is loaded, no clock, no randomness; odd text gives fewer facts,
//! never an error or a panic. Leaves to others: reading inputs (`ingest`) and
//! turning facts into RDF (`rdf`).

mod entities;
mod events;
mod offices;
mod quotes;
mod resolve;
mod roles;
mod stances;
mod truecase;

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

/// Time adverbs that may open a sentence before its subject ("Later the
/// prime minister said").
pub(crate) const OPENING_TIME_WORDS: &[&str] = &[
    "later",
    "earlier",
    "meanwhile",
    "separately",
    "afterwards",
    "yesterday",
    "today",
];

/// The year of a publication date as inputs give it ("2019-07-11",
/// "Thu, 11 Jul 2019 10:00:00 GMT", "July 11, 2019"): its first run of four
/// digits from 1900 to 2099.
fn year_of(date: &str) -> Option<u16> {
    date.split(|c: char| !c.is_ascii_digit())
        .filter(|run| run.len() == 4)
        .filter_map(|run| run.parse::<u16>().ok())
        .find(|year| (1900..2100).contains(year))
}

/// Extracts the facts of one article with the given knowledge.
pub fn extract_with(article: &Article, knowledge: &Knowledge) -> Facts {
    match truecase::recased(article, knowledge) {
        Some(recased) => {
            let mut facts = extract_cased(&recased, knowledge);
            truecase::restore(&mut facts, &article.body, &recased.body);
            facts
        }
        None => extract_cased(article, knowledge),
    }
}

/// Extraction proper, on a text whose headline reads in sentence case.
fn extract_cased(article: &Article, knowledge: &Knowledge) -> Facts {
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
        shadow_reports: Vec::new(),
        denied_beliefs: Vec::new(),
        full_name_lasts: std::cell::OnceCell::new(),
        quotations: Vec::new(),
        year: article.date.as_deref().and_then(year_of),
        offices: offices::Offices::default(),
        headline: None,
    };
    // The headline, when the input gives one and the text opens with it.
    doc.headline = doc.layout.paragraphs.first().copied().filter(|first| {
        article.title.as_deref().is_some_and(|title| {
            !title.trim().is_empty() && doc.text(*first).trim() == title.trim()
        })
    });
    entities::find_mentions(&mut doc);
    // Where quotations are is known before roles are read: "he" inside one is
    // whoever its speaker means.
    let quotation_spans = quotes::quotation_spans(&doc);
    doc.quotations = quotation_spans.iter().map(|(outer, _)| *outer).collect();
    roles::find_roles(&mut doc);
    quotes::find_quotes(&mut doc, quotation_spans);
    stances::find_stances(&mut doc);
    events::find_events(&mut doc);
    doc.finish()
}

/// A short tag of the article's text, for keys that must never merge across
/// articles (a bare "bill", an event that only this article describes).
pub(crate) fn article_tag(body: &str) -> String {
    let mut hash: u64 = 0xcbf29ce484222325;
    for byte in body.bytes() {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(0x100000001b3);
    }
    format!("{:08x}", hash >> 32)
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
    "tonight",
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

/// A manner or degree adverb: a lower-case word in "-ly" ("strongly", "bitterly",
/// "undoubtedly"), not one of the nouns that end so ("family", "assembly").
pub(crate) fn is_adverb(word: &str) -> bool {
    word.len() > 3
        && word.ends_with("ly")
        && word.chars().all(char::is_lowercase)
        && !matches!(
            word,
            "family" | "assembly" | "anomaly" | "monopoly" | "supply" | "rally" | "ally" | "reply"
        )
}

/// Whether a word belongs to a time adjunct ("Monday", "week", "yesterday"), in any case.
pub(crate) fn is_time_word(word: &str) -> bool {
    // A year ("in 2018") is a time too.
    let year = word.len() == 4
        && word.chars().all(|c| c.is_ascii_digit())
        && matches!(&word[..2], "19" | "20");
    year || TIME_WORDS.contains(&word.to_ascii_lowercase().as_str())
}

/// Adverbs that may stand between a subject and its verb without ending in
/// "-ly" ("Lord Haskins even suggested ...", "we therefore support ...").
pub(crate) const LINKING_ADVERBS: &[&str] = &[
    "even",
    "therefore",
    "thus",
    "indeed",
    "instead",
    "nonetheless",
    "nevertheless",
    "further",
];

/// Number words from two to ten, which count ("five members", "about six
/// thousand"): shared by the rules that tell a count from a name or a phrase.
pub(crate) const NUMBER_WORDS: &[&str] = &[
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
];

/// Whether a word names a spokesperson who may be "he" (`Some(true)`), "she"
/// (`Some(false)`) or either (`None`).
pub(crate) fn spokes_word(word: &str, male: Option<bool>) -> bool {
    match word {
        "spokesperson" => true,
        "spokesman" => male != Some(false),
        "spokeswoman" => male != Some(true),
        _ => false,
    }
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
    /// Where the speaker was named by "he" or "she" (position, whether "he"),
    /// to resolve again once every reported sentence is known.
    pub pronoun: Option<(usize, bool)>,
    /// Where the quotation this one continues opens (`"A," he said. "B."`):
    /// its speakers are this one's, even once "he" is resolved again.
    pub continues: Option<usize>,
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
    /// Every quotation's outer span (marks included), attributed or not, sorted.
    pub quotations: Vec<Span>,
    /// Reported clauses given no quote of their own because a quoted fragment
    /// inside them is one ('said the plans were "inadequate" and were
    /// "papering over the cracks"'), with their speakers: the stance rules
    /// read them as reported speech.
    pub shadow_reports: Vec<(Span, Vec<usize>)>,
    /// Those of `shadow_reports` whose belief is denied ("does not believe the
    /// toll should be raised"): what should be done is advised against.
    pub denied_beliefs: Vec<Span>,
    /// Capitalised words that follow a capitalised first word somewhere in the
    /// body ("May" in "Theresa May"), worked out on first use.
    pub full_name_lasts: std::cell::OnceCell<std::collections::HashSet<String>>,
    /// The year the input dates the article to, when it does.
    pub year: Option<u16>,
    /// The known office holders the article names, and its time (read with the roles).
    pub offices: offices::Offices,
    /// The headline's paragraph, when the text opens with the input's headline:
    /// what it quotes the article repeats, and the guidelines do not count it again.
    pub headline: Option<Span>,
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

    /// The entity already made for this kind and key.
    pub fn existing_entity(&self, kind: EntityKind, key: &str) -> Option<usize> {
        self.index.get(&(kind, key.to_string())).copied()
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

    /// What "he" or "she" at `pos` refers to, by subject preference: a person
    /// named earlier in the same sentence; else, sentence by sentence back
    /// through this paragraph and the two before, the speaker quoted there, the
    /// first person named there outside quotation marks, or what that sentence's
    /// own opening "he"/"she" refers to; else the last person named. A person of
    /// the other gender is passed over; "a spokeswoman for X" makes X a "she".
    pub fn resolve_pronoun(&self, pos: usize, male: bool) -> Option<usize> {
        self.resolve_person_from(pos, Some(male), 0)
    }

    /// What a description at `pos` that names no one by its title refers to
    /// ("the Salford MP", "the Metropolitan police chief"): the person a
    /// pronoun there would, of either gender.
    pub fn resolve_description(&self, pos: usize) -> Option<usize> {
        self.resolve_person_from(pos, None, 0)
    }

    fn resolve_person_from(&self, pos: usize, male: Option<bool>, depth: usize) -> Option<usize> {
        let fallback = || self.last_person_before(pos, male);
        let Some(current) = self.layout.sentence_of(pos) else {
            return fallback();
        };
        let sentence = self.layout.sentences[current];
        let before = Span::new(sentence.start, pos);
        // "When he refused to support Harold Wilson ..., he said": a pronoun of the
        // same gender earlier in the sentence, before anyone is named, is the same
        // person, and it is resolved instead.
        let earlier_pronoun = male.and_then(|male| {
            let word = if male { "he" } else { "she" };
            let first_mention = self
                .mentions
                .get(
                    self.mentions
                        .partition_point(|m| m.span.start < before.start),
                )
                .map_or(before.end, |m| m.span.start.min(before.end));
            crate::text::words(self.layout.body, Span::new(before.start, first_mention))
                .iter()
                .find(|t| t.text.eq_ignore_ascii_case(word) && !self.in_quotation(t.span.start))
                .map(|t| t.span.start)
        });
        if let Some(at) = earlier_pronoun.filter(|_| depth < 3) {
            return self.resolve_person_from(at, male, depth + 1);
        }
        // "The home secretary said, by 2008, he wanted ...": a sentence opening with
        // a description of a person named before is about that person.
        if depth == 0 && pos > sentence.start {
            if let Some(person) = self.opening_description(before, male) {
                return Some(person);
            }
        }
        // "Mr Blair has failed, he claimed": a pronoun set off by a comma reports
        // or follows a fronted phrase; the one named before it in the sentence is
        // whom the words are about, not the speaker.
        let after_comma = self.layout.body[before.start..before.end]
            .trim_end()
            .ends_with(',');
        if !after_comma {
            if let Some(person) = self.first_person_in(before, male) {
                return Some(person);
            }
        }
        if self.unresolved_person_description(before).is_some() {
            return None;
        }
        // "Despite Merkel's tough talk over ..., she has defended ...": the only person
        // of a fronted phrase, named as a possessor, is the subject after its comma.
        if self.layout.body[before.start..before.end]
            .trim_end()
            .ends_with(',')
        {
            if let Some(person) = self.possessor_in(before, male) {
                return Some(person);
            }
        }
        let paragraph = self.layout.sentence_paragraph[current];
        for back in 1..=5 {
            let Some(idx) = current.checked_sub(back) else {
                break;
            };
            if paragraph - self.layout.sentence_paragraph[idx] > 2 {
                break;
            }
            let earlier = self.layout.sentences[idx];
            if let Some(speaker) = self.speaker_in(earlier, male) {
                return Some(speaker);
            }
            // "..., Michael Howard has said.": the one reporting, before anyone named.
            if let Some(person) =
                quotes::sentence_reporter(self, earlier).filter(|&p| self.gender_fits(p, male))
            {
                return Some(person);
            }
            // ("The prime minister is trying to draw a line under ... his relationship
            // with Gordon Brown ... He is saying": the subject described, before a
            // person named later in the sentence.)
            if depth == 0 {
                if let Some(person) = self.opening_description(earlier, male) {
                    return Some(person);
                }
            }
            // "And I'll bet he hadn't checked that one with Gordon Brown. He then
            // went on ...": a pronoun of the same gender there, before anyone is
            // named, carries the chain on past the person named after it.
            if depth < 3 {
                if let Some(gendered) = male {
                    let word = if gendered { "he" } else { "she" };
                    let first_named = self.mentions[self
                        .mentions
                        .partition_point(|m| m.span.start < earlier.start)..]
                        .iter()
                        .take_while(|m| m.span.start < earlier.end)
                        .find(|m| self.kind(m.entity) == EntityKind::Person)
                        .map_or(earlier.end, |m| m.span.start);
                    let pronoun =
                        crate::text::words(self.layout.body, Span::new(earlier.start, first_named))
                            .iter()
                            .find(|t| {
                                t.text.eq_ignore_ascii_case(word)
                                    && !self.in_quotation(t.span.start)
                            })
                            .map(|t| t.span.start);
                    // (Not in a fronted clause, whose subject is named after it:
                    // "Asked whether he was comfortable ..., Mr Howard told".)
                    // ("By the time he retired, harbour master Jim Holt had ...", "He
                    // may be new, but Jim Holt ...": a comma, then at most a few
                    // words of title before the name, makes the name the subject.)
                    let comma_then_name = |at: usize| {
                        let between = &self.layout.body[at..first_named];
                        between.rfind(',').is_some_and(|comma| {
                            let rest: Vec<&str> = between[comma + 1..].split_whitespace().collect();
                            rest.len() <= 3
                                && rest.iter().all(|w| {
                                    !matches!(
                                        w.to_lowercase().as_str(),
                                        "of" | "with"
                                            | "for"
                                            | "to"
                                            | "in"
                                            | "at"
                                            | "on"
                                            | "by"
                                            | "from"
                                            | "alongside"
                                            | "including"
                                            | "like"
                                            | "such"
                                            | "as"
                                    )
                                })
                        })
                    };
                    let fronted = |at: usize| {
                        comma_then_name(at)
                            || crate::text::words(self.layout.body, Span::new(earlier.start, at))
                                .iter()
                                .any(|t| {
                                    matches!(
                                        t.text.to_ascii_lowercase().as_str(),
                                        "when"
                                            | "if"
                                            | "after"
                                            | "before"
                                            | "although"
                                            | "though"
                                            | "as"
                                            | "because"
                                            | "since"
                                            | "while"
                                            | "whether"
                                            | "asked"
                                            | "once"
                                            | "until"
                                            | "unless"
                                    )
                                })
                    };
                    if let Some(at) = pronoun.filter(|&at| !fronted(at)) {
                        return self.resolve_person_from(at, male, depth + 1);
                    }
                }
            }
            if let Some(person) = self.first_person_in(earlier, male) {
                return Some(person);
            }
            // "The pressure prompted the prime minister to say ... He told MPs":
            // a person described there, or no one if the description names no one.
            // (Only as the sentence's subject: "He accused the prime minister of
            // ... He also called for" is still the accuser.)
            match self.person_descriptions(earlier).next() {
                Some((at, Some(person)))
                    if depth == 0
                        && self.gender_fits(person, male)
                        && self.opens_clause(earlier, at) =>
                {
                    return Some(person)
                }
                Some((_, None)) => return None,
                _ => {}
            }
            // "He said ... . He added": the chain goes on through its opening pronoun.
            let opening = crate::text::words(self.layout.body, earlier);
            if let Some(first) = opening.first() {
                let word = first.text.to_ascii_lowercase();
                let fits = match male {
                    Some(true) => word == "he",
                    Some(false) => word == "she",
                    None => word == "he" || word == "she",
                };
                if depth < 3 && fits {
                    return self.resolve_person_from(first.span.start, male, depth + 1);
                }
            }
        }
        fallback()
    }

    /// What "it" (`plural` false) or "they" (`plural` true) as a speaker or
    /// holder at `pos` refers to: the first organisation or country named
    /// outside quotation marks earlier in the sentence, else in the sentences
    /// before (this paragraph and the one before). "It" takes one organisation or
    /// country; "they" a list of them ("the leaders of Latvia, Lithuania and
    /// Poland") or one organisation (a party, an alliance), never a lone country.
    pub fn resolve_collective(&self, pos: usize, plural: bool) -> Option<resolve::Referent> {
        let current = self.layout.sentence_of(pos)?;
        let paragraph = self.layout.sentence_paragraph[current];
        // (Not the "it" of "it was announced that ...", which is no one.)
        let expletive = {
            let after = crate::text::words(
                self.layout.body,
                Span::new(pos, self.layout.sentences[current].end),
            );
            after
                .get(1)
                .is_some_and(|t| matches!(t.text, "was" | "is" | "has" | "had"))
                && after
                    .iter()
                    .skip(2)
                    .take(2)
                    .any(|t| t.text.ends_with("ed") || t.text == "been")
        };
        for back in 0..=3 {
            let Some(idx) = current.checked_sub(back) else {
                break;
            };
            if paragraph - self.layout.sentence_paragraph[idx] > 1 {
                break;
            }
            let sentence = self.layout.sentences[idx];
            let end = if back == 0 { pos } else { sentence.end };
            // "Michael Howard and frontbencher John Redwood launched new plans. They
            // say ...": the people the sentence before opened with.
            if plural && back == 1 {
                let opening =
                    resolve::referent_at(self, sentence.start, sentence.end).filter(|r| {
                        r.span.start == sentence.start
                            && r.entities.len() >= 2
                            && r.entities
                                .iter()
                                .all(|&e| self.kind(e) == EntityKind::Person)
                    });
                if let Some(referent) = opening {
                    return Some(resolve::Referent {
                        entities: referent.entities,
                        span: Span::new(pos, pos),
                        indirect: true,
                    });
                }
            }
            // "The commission, an independent body, had been asked ... But it said":
            // a sentence opening with "the" and an organisation word names the
            // organisation taken up, before any name later in it.
            if !plural && !expletive && sentence.start < end {
                let opening = crate::text::words(self.layout.body, Span::new(sentence.start, end));
                let described = opening
                    .first()
                    .is_some_and(|t| t.text.eq_ignore_ascii_case("the"))
                    && opening
                        .get(1)
                        .is_some_and(|t| self.k.org_anaphors.contains(&t.text.to_lowercase()));
                if described {
                    if let Some(referent) =
                        resolve::referent_at(self, sentence.start, end).filter(|r| {
                            r.span.start == sentence.start
                                && r.entities.len() == 1
                                && self.kind(r.entities[0]) == EntityKind::Organization
                        })
                    {
                        return Some(resolve::Referent {
                            entities: referent.entities,
                            span: Span::new(pos, pos),
                            indirect: true,
                        });
                    }
                }
            }
            let begin = self
                .mentions
                .partition_point(|m| m.span.start < sentence.start);
            let stop = self.mentions.partition_point(|m| m.span.start < end);
            // "... disappeared from the electoral roll in Northern Ireland. It
            // said ...", "At the Court of Appeal on Wednesday, the Countryside
            // Alliance failed ...": a place after "in" or "at" is where, not who.
            let locative = |m: &Mention| {
                let mut before = self.layout.body[sentence.start..m.span.start].trim_end();
                // (Over a capitalised word the name leaves out: "in Northern Ireland".)
                for _ in 0..2 {
                    match before.rsplit_once(' ') {
                        Some((rest, word)) if word.starts_with(char::is_uppercase) => {
                            before = rest.trim_end()
                        }
                        _ => break,
                    }
                }
                let before =
                    format!(" {}", before.strip_suffix(" the").unwrap_or(before)).to_lowercase();
                [" in", " at", " across", " throughout"]
                    .iter()
                    .any(|p| before.ends_with(p))
            };
            let candidate = |m: &&Mention| {
                // "BRUSSELS (Reuters) -": a bracketed name is a dateline or an aside.
                !self.layout.body[..m.span.start].ends_with('(')
                    && self.visible_from(pos, m.span.start)
                    // A body only described: never "the government", which is often
                    // what is talked about ("The government should change the law,
                    // the TUC has said. It said ..."), nor one inside what is
                    // reported ("The report said the committee should ...").
                    && (m.form != MentionForm::Description
                        || self.kind(m.entity) != EntityKind::Country
                            && !crate::text::words(self.layout.body, Span::new(sentence.start, m.span.start))
                                .iter()
                                .any(|t| quotes::is_reporting(self, t.text)))
                    && !matches!(
                        self.kind(m.entity),
                        EntityKind::Person | EntityKind::Proposal
                    )
                    // ("told BBC Wales Sport ... Rovers and United say they ...": a
                    // news outlet is who is told, never "they".)
                    && !(plural
                        && self.facts.entities[m.entity].org_kind.as_deref() == Some("outlet"))
            };
            let mut candidates = self.mentions[begin..stop].iter().filter(candidate);
            let first = match candidates.next() {
                // (After a place, only a body that opens the clause after a comma:
                // "At the Court of Appeal on Wednesday, the Countryside Alliance".)
                Some(m) if locative(m) => {
                    let opens_clause = |n: &&Mention| {
                        let before = self.layout.body[sentence.start..n.span.start].trim_end();
                        before
                            .strip_suffix("the")
                            .unwrap_or(before)
                            .trim_end()
                            .ends_with(',')
                    };
                    match candidates.next().filter(opens_clause) {
                        Some(next) => Some(next),
                        None => continue,
                    }
                }
                other => other,
            };
            let Some(first) = first else {
                continue;
            };
            let referent = resolve::referent_at(self, first.span.start, end)?;
            // "The Tories and Lib Dems have tabled a motion ... It argues ...": "it"
            // is a document that the bodies listed issued together.
            // (Only a document they issued: "Labour and the Lib Dems welcomed the
            // report. It said ..." is the report's author, not theirs.)
            let joint_document = || {
                // ("tabled a motion", "the leaflet published jointly by".)
                let issued = |w: &str| {
                    matches!(
                        w,
                        "tabled" | "issued" | "published" | "released" | "signed" | "produced"
                    )
                };
                crate::text::words(self.layout.body, sentence)
                    .windows(3)
                    .any(|w| {
                        issued(w[0].text)
                            && self.k.document_nouns.contains(&w[2].text.to_lowercase())
                            || self.k.document_nouns.contains(&w[0].text.to_lowercase())
                                && issued(w[1].text)
                    })
            };
            // (Not a body known only by a bare acronym or a name after "firm",
            // "group" ...: "Opponents say ... The RNLI said it would not comment. They
            // said ..." is the opponents, who are not named.)
            let bare_name = |e: usize| {
                let rule = self.facts.entities[e].resolved_by.as_str();
                rule == entities::ACRONYM_RULE || rule == entities::DESCRIBED_RULE
            };
            let fits = if plural {
                referent.entities.len() >= 2
                    || self.kind(referent.entities[0]) == EntityKind::Organization
                        && !bare_name(referent.entities[0])
            } else {
                referent.entities.len() == 1 || joint_document()
            };
            // "It blamed the Department for Constitutional Affairs for ...", "It said
            // Norway remained its biggest supplier": a body named again after the
            // pronoun is not what the pronoun is.
            let named_again = self.named_again(pos, current, &referent.entities);
            if named_again {
                return None;
            }
            return fits.then_some(resolve::Referent {
                entities: referent.entities,
                span: Span::new(pos, pos),
                indirect: true,
            });
        }
        None
    }

    /// Whether one of `entities` is named after the pronoun at `pos` in its own
    /// sentence, other than as the object of a preposition in the clause it
    /// reports ("It said the offer was an insult to Unison members" may be
    /// Unison; "It said Norway remained its biggest supplier" is not Norway).
    fn named_again(&self, pos: usize, sentence: usize, entities: &[usize]) -> bool {
        let body = self.layout.body;
        let end = self.layout.sentences[sentence].end;
        let after = crate::text::words(body, Span::new(pos, end));
        // The pronoun's own clause ends at a reporting verb, "that" or a mark.
        let own_end = after
            .iter()
            .enumerate()
            .skip(1)
            .find(|(i, t)| {
                body[after[i - 1].span.end..t.span.start].contains([',', ';', ':', '"', '“', '('])
                    || t.text == "that"
                    || quotes::is_reporting(self, &t.text.to_lowercase())
            })
            .map_or(end, |(_, t)| t.span.start);
        // (The mentions are sorted by where they start.)
        let from = self.mentions.partition_point(|m| m.span.start <= pos);
        self.mentions[from..]
            .iter()
            .take_while(|m| m.span.start < end)
            .filter(|m| m.span.end <= end && entities.contains(&m.entity))
            .filter(|m| !self.in_quotation(m.span.start))
            .any(|m| {
                let object = after
                    .iter()
                    .take_while(|t| t.span.end <= m.span.start)
                    .last()
                    .is_some_and(|t| {
                        matches!(
                            t.text,
                            "to" | "for" | "of" | "by" | "with" | "from" | "against"
                        )
                    });
                m.span.end <= own_end || !object
            })
    }

    /// The first person of a fitting gender named in `span` outside quotation
    /// marks, or an organisation whose spokesman (for "he") or spokeswoman
    /// (for "she") is named there. A person named only by a description that
    /// resolves to no one ("the prime minister's spokesman") comes first when
    /// it stands first: then "he" is that unknown person, and nothing is found.
    fn first_person_in(&self, span: Span, male: Option<bool>) -> Option<usize> {
        let begin = self.mentions.partition_point(|m| m.span.start < span.start);
        let end = self.mentions.partition_point(|m| m.span.start < span.end);
        let unknown_person = self.unresolved_person_description(span);
        let fitting = self.mentions[begin..end]
            .iter()
            .filter(|m| !self.in_quotation(m.span.start))
            // "Trump's argument": a possessive names no one who acts here.
            .filter(|m| !self.is_possessor(m))
            .filter_map(|m| match self.kind(m.entity) {
                EntityKind::Person if self.gender_fits(m.entity, male) => Some((m, m.entity)),
                EntityKind::Person | EntityKind::Proposal => None,
                _ => self.spokesperson_of(m.span, male).then_some((m, m.entity)),
            });
        // "The barrister who had represented Mr Martin ..., said Mr Clarke": a
        // name inside a relative clause is the last choice.
        let mut relative = None;
        for (mention, entity) in fitting {
            if unknown_person.is_some_and(|pos| pos < mention.span.start) {
                return None;
            }
            let lead =
                crate::text::words(self.layout.body, Span::new(span.start, mention.span.start));
            let in_relative = lead
                .iter()
                .rev()
                .find(|t| matches!(t.text, "who" | "whom" | "whose" | "which"))
                .is_some_and(|t| !self.layout.body[t.span.end..mention.span.start].contains(','));
            if in_relative {
                relative.get_or_insert(entity);
            } else {
                return Some(entity);
            }
        }
        relative.filter(|_| unknown_person.is_none())
    }

    /// The one person of a fitting gender named as a possessor ("Merkel's") in
    /// `span` outside quotation marks, when no other person is named there.
    fn possessor_in(&self, span: Span, male: Option<bool>) -> Option<usize> {
        let begin = self.mentions.partition_point(|m| m.span.start < span.start);
        let end = self.mentions.partition_point(|m| m.span.start < span.end);
        let mut persons = self.mentions[begin..end].iter().filter(|m| {
            self.kind(m.entity) == EntityKind::Person && !self.in_quotation(m.span.start)
        });
        let only = persons.next()?;
        (persons.next().is_none() && self.is_possessor(only) && self.gender_fits(only.entity, male))
            .then_some(only.entity)
    }

    /// Whether `at` opens the sentence `sentence`, past a connective, a time
    /// word, a fronted phrase set off by a comma, or a verb that introduces
    /// the one acting ("The pressure prompted the prime minister to").
    fn opens_clause(&self, sentence: Span, at: usize) -> bool {
        let lead = crate::text::words(self.layout.body, Span::new(sentence.start, at));
        // ("Turning to the economy, the chancellor pledged": past a fronted phrase.)
        if self.layout.body[sentence.start..at]
            .trim_end()
            .ends_with(',')
        {
            return true;
        }
        lead.iter().all(|t| {
            let lower = t.text.to_lowercase();
            matches!(
                lower.as_str(),
                "but" | "and" | "however" | "then" | "now" | "also"
            ) || OPENING_TIME_WORDS.contains(&lower.as_str())
        }) || lead
            .iter()
            .any(|t| matches!(t.text, "prompted" | "led" | "forced" | "urged"))
            && lead.len() <= 4
    }

    /// The definite descriptions of a person in `span`, outside quotation marks,
    /// in order, found as they are asked for: where each is, and whom it refers to when the article says
    /// ("the prime minister" when someone was given that title; not "the
    /// spokesman").
    fn person_descriptions(&self, span: Span) -> impl Iterator<Item = (usize, Option<usize>)> + '_ {
        let tokens = crate::text::words(self.layout.body, span);
        (0..tokens.len()).filter_map(move |i| {
            let token = &tokens[i];
            if !token.text.eq_ignore_ascii_case("the") || self.in_quotation(token.span.start) {
                return None;
            }
            // Up to two capitalised words before the title: "the Tory leader".
            let title = (i + 1..=(i + 3).min(tokens.len().saturating_sub(1)))
                .take_while(|&k| {
                    k == i + 1
                        || tokens[k - 1]
                            .text
                            .chars()
                            .next()
                            .is_some_and(char::is_uppercase)
                })
                .find_map(|k| {
                    let lower = tokens[k].text.to_lowercase();
                    let spokes = spokes_word(&lower, None);
                    let n = if spokes {
                        Some(1)
                    } else {
                        entities::title_at(self, &tokens, k, tokens.len())
                    }?;
                    let last = &tokens[k + n - 1];
                    // "The general election": a title word before a lower-case noun
                    // qualifies it; a person's title ends its phrase before a verb,
                    // an adverb, a preposition or punctuation.
                    if let Some(next) = tokens.get(k + n) {
                        let word = next.text;
                        let joined = self.layout.body[last.span.end..next.span.start]
                            .trim()
                            .is_empty();
                        let verb_like = quotes::is_reporting(self, word)
                            || quotes::is_auxiliary(word)
                            || word.ends_with("ed")
                            || word.ends_with('s')
                            || word.ends_with("ly")
                            || matches!(
                                word,
                                "also"
                                    | "who"
                                    | "and"
                                    | "of"
                                    | "for"
                                    | "at"
                                    | "in"
                                    | "to"
                                    | "then"
                                    | "later"
                                    | "now"
                                    | "still"
                                    | "told"
                                    | "himself"
                                    | "herself"
                                    | "again"
                                    | "even"
                            );
                        if joined
                            && word.chars().next().is_some_and(char::is_lowercase)
                            && !verb_like
                        {
                            return None;
                        }
                    }
                    // A plural ("the ministers") is not one person.
                    let phrase: Vec<String> = tokens[k..k + n]
                        .iter()
                        .map(|t| t.text.to_lowercase())
                        .collect();
                    (spokes || self.k.titles.contains_key(&phrase.join(" ")))
                        .then_some(last.span.end)
                });
            let title_end = title?;
            // "the Salford MP" resolves as a pronoun would; it blocks nothing.
            if resolve::qualified_title(self, &tokens[i..]).is_some() {
                return None;
            }
            // "the prime minister Tony Blair": named after all.
            let next = self.mentions.partition_point(|m| m.span.start < title_end);
            let named_next = self
                .mentions
                .get(next)
                .is_some_and(|m| self.layout.body[title_end..m.span.start].trim().is_empty());
            if named_next {
                return None;
            }
            let resolved = resolve::referent_at(self, token.span.start, span.end).and_then(|r| {
                r.entities
                    .iter()
                    .copied()
                    .find(|&e| self.kind(e) == EntityKind::Person)
            });
            Some((token.span.start, resolved))
        })
    }

    /// Where `span` first names a person by a definite description that names
    /// no one in the article: "the prime minister" when no one was given that
    /// title, "the spokesman".
    fn unresolved_person_description(&self, span: Span) -> Option<usize> {
        self.person_descriptions(span)
            .find_map(|(at, person)| person.is_none().then_some(at))
    }

    /// Whether "X spokesman" or "a spokesman for X" names, at a mention of X, a
    /// spokesperson of the given gender who is not named.
    pub(crate) fn spokesperson_of(&self, span: Span, male: Option<bool>) -> bool {
        let body = self.layout.body;
        let after = body[span.end..].trim_start();
        let before = body[..span.start].trim_end();
        let before = before
            .strip_suffix("the")
            .unwrap_or(before)
            .trim_end()
            .strip_suffix("for")
            .map(str::trim_end);
        let named_after = |rest: &str| {
            let rest = rest.trim_start();
            let next = self
                .mentions
                .partition_point(|m| m.span.start < body.len() - rest.len());
            self.mentions
                .get(next)
                .is_some_and(|m| m.span.start == body.len() - rest.len())
        };
        let word = after.split_whitespace().next().unwrap_or("");
        let word = word.trim_end_matches([',', '.', ':']);
        (spokes_word(word, male) && !named_after(&after[word.len()..]))
            || before.is_some_and(|b| spokes_word(b.rsplit(' ').next().unwrap_or(""), male))
    }

    /// The speaker of a quotation found so far in `span`, when a person of a
    /// fitting gender (or an organisation speaking through a spokesperson of it).
    fn speaker_in(&self, span: Span, male: Option<bool>) -> Option<usize> {
        // The quotations found so far are sorted: a binary search, not a scan
        // of every quote for every pronoun.
        self.quotes_overlapping(span)
            .filter(|&i| self.quotes[i].outer.start >= span.start)
            .flat_map(|i| self.quotes[i].speakers.iter().copied())
            .find(|&speaker| match self.kind(speaker) {
                EntityKind::Person => self.gender_fits(speaker, male),
                EntityKind::Proposal => false,
                _ => {
                    let text = self.layout.text(span);
                    text.split_whitespace()
                        .any(|w| spokes_word(w.trim_end_matches([',', '.', ':']), male))
                }
            })
    }

    /// Whether a mention names a possessor ("Merkel's", "Merkel’s").
    pub fn is_possessor(&self, mention: &Mention) -> bool {
        let rest = &self.layout.body[mention.span.end..];
        rest.starts_with("'s") || rest.starts_with("’s")
    }

    /// Whether byte `pos` lies inside a quotation.
    pub fn in_quotation(&self, pos: usize) -> bool {
        self.quotation_at(pos).is_some()
    }

    /// The index of the quotation holding byte `pos`.
    fn quotation_at(&self, pos: usize) -> Option<usize> {
        let idx = self.quotations.partition_point(|q| q.start <= pos);
        (idx > 0 && pos < self.quotations[idx - 1].end).then(|| idx - 1)
    }

    /// Whether a mention at `mention` can be what a pronoun at `pos` refers to:
    /// outside quotation marks, or inside the same quotation as the pronoun.
    fn visible_from(&self, pos: usize, mention: usize) -> bool {
        match self.quotation_at(mention) {
            None => true,
            quotation => quotation == self.quotation_at(pos),
        }
    }

    /// The person a description opening `span` names ("The home secretary said
    /// ..." after "Home Secretary Charles Clarke"), if of the gender wanted.
    fn opening_description(&self, span: Span, male: Option<bool>) -> Option<usize> {
        let opening = crate::text::words(self.layout.body, span);
        if opening.first().is_none_or(|t| t.text != "The") {
            return None;
        }
        let referent = resolve::referent_at(self, span.start, span.end)?;
        let [person] = referent.entities[..] else {
            return None;
        };
        (referent.indirect
            && self.kind(person) == EntityKind::Person
            && self.gender_fits(person, male))
        .then_some(person)
    }

    fn gender_fits(&self, person: usize, male: Option<bool>) -> bool {
        let gender = self
            .persons
            .iter()
            .find(|p| p.entity == person)
            .and_then(|p| p.male);
        match (male, gender) {
            (Some(want), Some(have)) => want == have,
            _ => true,
        }
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
