//! Entity mentions: gazetteer names, people and unknown organisations.
//!
//! Owns: finding where the article names a country, an organisation or a
//! person, and resolving surnames ("Mr Howard", "Howard") and descriptions
//! ("the alliance") to the named entity within the article. Leaves pronouns to
//! the rules that need them (quotes and stances resolve them in context).

use std::collections::HashMap;

use crate::fact::EntityKind;
use crate::knowledge::Form;
use crate::text::{words, Span, Token};

use super::{Doc, Mention, MentionForm, PersonInfo};

/// Words that open a broadcaster's name ("Radio Wales", "Television New Zealand").
const LEADING_MEDIA: &[&str] = &["radio", "television"];
/// Capitalised words that make a country's name part of a region's or another
/// state's: "Northern Ireland", "New Mexico", "Western Australia".
const REGION_MODIFIERS: &[&str] = &[
    "New", "Northern", "Southern", "Western", "Eastern", "North", "South", "West", "East", "Upper",
    "Lower", "Greater", "Central",
];

/// A title word right after `pos` ("Brexit negotiator", "Brexit MPs"), in lower case.
fn title_follows(doc: &Doc, pos: usize) -> bool {
    let body = doc.layout.body;
    let next = body[pos..].split_whitespace().next().unwrap_or_default();
    let word: String = next
        .chars()
        .take_while(|c| c.is_alphabetic() || *c == '-')
        .collect();
    word.starts_with(char::is_lowercase)
        && (doc.k.titles.contains_key(&word) || doc.k.group_words.contains(&word))
}

/// A plural group word right before `pos` ("MPs", "Ministers").
fn plural_title_before(doc: &Doc, pos: usize) -> bool {
    let body = doc.layout.body;
    let before = body[..pos].trim_end();
    let word = before
        .rsplit(char::is_whitespace)
        .next()
        .unwrap_or_default()
        .to_lowercase();
    word.ends_with('s') && doc.k.group_words.contains(&word)
}

/// A lower-case, hyphenated key for an IRI path: "Annalena Baerbock" → "annalena-baerbock".
pub fn slug(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut dash = false;
    for ch in text.chars() {
        let folded = fold_accent(ch);
        if folded.is_alphanumeric() {
            out.extend(folded.to_lowercase());
            dash = false;
        } else if !dash && !out.is_empty() && !matches!(ch, '\'' | '’' | '.') {
            out.push('-');
            dash = true;
        }
    }
    while out.ends_with('-') {
        out.pop();
    }
    out
}

fn fold_accent(ch: char) -> char {
    match ch {
        'á' | 'à' | 'â' | 'ä' | 'ã' | 'å' => 'a',
        'é' | 'è' | 'ê' | 'ë' => 'e',
        'í' | 'ì' | 'î' | 'ï' => 'i',
        'ó' | 'ò' | 'ô' | 'ö' | 'õ' | 'ø' => 'o',
        'ú' | 'ù' | 'û' | 'ü' => 'u',
        'ç' => 'c',
        'ñ' => 'n',
        'ß' => 's',
        'Á' | 'À' | 'Â' | 'Ä' => 'A',
        'É' | 'È' | 'Ê' => 'E',
        'Ö' | 'Ó' => 'O',
        'Ü' | 'Ú' => 'U',
        other => other,
    }
}

/// Whether a word is written like a name: an upper-case first letter and some
/// lower case after it ("Blair", "McDonald"; not "BERLIN").
pub(crate) fn is_capitalised(word: &str) -> bool {
    let mut chars = word.chars();
    match chars.next() {
        Some(first) if first.is_uppercase() => {
            let rest: Vec<char> = chars.collect();
            rest.is_empty() || rest.iter().any(|c| c.is_lowercase())
        }
        _ => false,
    }
}

/// "TrumpTrump", "CottonThe": a capital after a lower-case letter inside a word.
fn has_inner_capital(word: &str) -> bool {
    let chars: Vec<char> = word.chars().collect();
    chars.windows(2).any(|w| {
        w[0].is_lowercase()
            && w[1].is_uppercase()
            && !word.starts_with("Mc")
            && !word.starts_with("Mac")
    })
}

/// "al-Assad", "el-Sisi": a lower-case particle joined to a name.
pub(crate) fn is_name_particle(word: &str) -> bool {
    ["al-", "el-", "bin-", "ibn-"]
        .iter()
        .any(|particle| word.strip_prefix(particle).is_some_and(is_capitalised))
}

/// Strips a possessive "'s" / "’s" (or a bare trailing apostrophe).
pub(crate) fn strip_possessive(word: &str) -> (&str, bool) {
    for suffix in ["’s", "'s", "’", "'"] {
        if let Some(stem) = word.strip_suffix(suffix) {
            if !stem.is_empty() {
                return (stem, true);
            }
        }
    }
    (word, false)
}

/// What an outlet is, as said right after its name ("Reuters news agency").
const OUTLET_DESCRIPTORS: &[&str] = &[
    " news agency",
    " newswire",
    " newspaper",
    " daily",
    " broadcaster",
    " television",
    " TV",
    " channel",
    " network",
];

/// A capitalised run that may name a person or an organisation.
struct Candidate {
    span: Span,
    name: Vec<String>,
    honorific: Option<String>,
    /// A capitalised title stood right before the name ("President Obama").
    titled: bool,
    signal: bool,
}

/// "MPs voted to reject the deal", "Peers have voted by 229 to 206 to ...": the
/// members of a chamber voting as a body are the chamber (the House of Commons,
/// the House of Lords), when nothing before them picks some ("32 Labour MPs
/// voted against", "Tory MPs voted"). Elsewhere "MPs" are no one's voice.
fn voting_chambers(doc: &mut Doc, mentions: &mut Vec<Mention>, taken: &mut Vec<Span>) {
    let body = doc.layout.body;
    if !body.contains(" voted ") {
        return;
    }
    // (Only in an article about British politics: one that names Westminster,
    // its parties or the country.)
    let british = [
        "Westminster",
        "Commons",
        "Labour",
        "Tory",
        "Tories",
        "Conservative",
        "Lib Dem",
        "Liberal Democrat",
        "Britain",
        "British",
        "UK",
    ]
    .iter()
    .any(|word| body.contains(word));
    if !british {
        return;
    }
    for (members, key) in [
        ("MPs", "house-of-commons"),
        ("Peers", "house-of-lords"),
        ("peers", "house-of-lords"),
    ] {
        let Some(entry) = doc
            .k
            .entry_by_rule
            .get(&format!("gazetteer/org/{key}"))
            .map(|&idx| &doc.k.entries[idx])
        else {
            continue;
        };
        let mut from = 0;
        while let Some(at) = body[from..].find(members) {
            let start = from + at;
            let end = start + members.len();
            from = end;
            let rest = &body[end..];
            let votes = [" voted ", " have voted ", " had voted "]
                .iter()
                .any(|v| rest.starts_with(v));
            // The word before: none, a sentence boundary, or a time phrase and its
            // comma ("On Monday, MPs voted"); not "In Velor, MPs voted" (another
            // parliament) nor "The MPs voted" (some named before).
            let before = body[..start].trim_end_matches(' ');
            let time_comma = before.strip_suffix(',').is_some_and(|phrase| {
                phrase
                    .rsplit([' ', '\n'])
                    .next()
                    .is_some_and(super::is_time_word)
            });
            let opens = before.is_empty()
                || before.ends_with(['.', ';', ':', '\n', '"', '“'])
                || time_comma;
            let word_start =
                body[..start].ends_with(' ') || start == 0 || body[..start].ends_with('\n');
            if !votes || !opens || !word_start {
                continue;
            }
            let span = Span::new(start, end);
            if taken
                .iter()
                .any(|t| t.start < span.end && span.start < t.end)
            {
                continue;
            }
            let entity = gazetteer_entity(doc, entry);
            taken.push(span);
            mentions.push(Mention {
                span,
                entity,
                form: MentionForm::Name,
            });
        }
    }
}

/// The entity of a gazetteer entry, with the entry's Wikidata id and kind of
/// organisation.
fn gazetteer_entity(doc: &mut Doc, entry: &crate::knowledge::GazetteerEntry) -> usize {
    let entity = doc.entity(entry.kind, &entry.key, &entry.label, &entry.rule);
    let e = &mut doc.facts.entities[entity];
    e.wikidata = entry.wikidata.clone();
    e.org_kind = entry.org_kind.clone();
    entity
}

/// Finds every agent mention of the article and fills `doc.mentions`.
pub(crate) fn find_mentions(doc: &mut Doc) {
    let body = doc.layout.body;
    let mut mentions: Vec<Mention> = Vec::new();
    let mut modifiers: Vec<Mention> = Vec::new();
    let mut descriptions: Vec<(Span, usize)> = Vec::new();
    let mut named: Vec<bool> = Vec::new();
    let mut taken: Vec<Span> = Vec::new();

    for found in doc.k.gazetteer.find_iter(body) {
        let span = Span::new(found.start(), found.end());
        if !at_word_boundary(body, span) {
            continue;
        }
        let (entry_idx, form) = doc.k.gazetteer_patterns[found.pattern().as_usize()];
        // "The Met Police said", "The Commonwealth of Independent States", "The
        // Commons motion says": an alias's "The" form that a longer name or a
        // noun goes on past names something else.
        if doc.k.gazetteer_sentence_initial[found.pattern().as_usize()] {
            let rest = body[span.end..].trim_start_matches(' ');
            let rest = rest.strip_prefix("of ").unwrap_or(rest);
            let next = rest.split([' ', ',', '.', '\n']).next().unwrap_or_default();
            if next.starts_with(char::is_uppercase)
                || matches!(
                    next,
                    "motion" | "report" | "committee" | "vote" | "debate" | "inquiry"
                )
            {
                continue;
            }
        }
        let entry = &doc.k.entries[entry_idx];
        // "Steve Israel of New York", "Tony Jordan", "Mr Jordan": a country's name
        // right after a given name or an honorific is a surname.
        let surname = entry.kind == EntityKind::Country
            && form == Form::Name
            && body[..span.start]
                .strip_suffix(' ')
                .and_then(|before| before.rsplit([' ', '\n', '(']).next())
                .is_some_and(|word| {
                    doc.k.given_names.contains_key(word)
                        || doc.k.honorifics.contains(word.trim_end_matches('.'))
                });
        if surname {
            continue;
        }
        // "Muslim Association of Britain", "Royal Bank of Scotland", "Arts Council of
        // Wales": a country's name after a capitalised body word and "of" ends that
        // body's name (not a ministry's or a government's: "Foreign Ministry of
        // Russia" still speaks for Russia).
        let in_body_name = entry.kind == EntityKind::Country
            && form == Form::Name
            && body[..span.start]
                .strip_suffix(" of ")
                .or_else(|| body[..span.start].strip_suffix(" of the "))
                .and_then(|before| before.rsplit([' ', '\n', '(', '"', '“']).next())
                .is_some_and(|word| {
                    is_capitalised(word) && doc.k.body_words.contains(&word.to_lowercase())
                });
        if in_body_name {
            continue;
        }
        // "Northern Ireland", "New Jersey", "Western Australia": a country's name
        // after a capitalised compass word or "New" names a region or a state
        // elsewhere, not the country (the gazetteer's own "South Korea" or "New
        // Zealand" is the longer match and never reaches here). The whole phrase
        // is taken, so it becomes no person or body either.
        let region = (entry.kind == EntityKind::Country && form != Form::Demonym)
            .then_some(&body[..span.start])
            .and_then(|before| before.strip_suffix(' '))
            .and_then(|before| before.rsplit([' ', '\n', '(', '"', '“']).next())
            .filter(|word| REGION_MODIFIERS.contains(word));
        if let Some(word) = region {
            taken.push(Span::new(span.start - word.len() - 1, span.end));
            continue;
        }
        let entity = gazetteer_entity(doc, entry);
        if named.len() < doc.facts.entities.len() {
            named.resize(doc.facts.entities.len(), false);
        }
        // "KCNA news agency", "the Vedomosti newspaper": what an outlet is, said
        // after its name, belongs to the name.
        let span = if form == Form::Name && entry.org_kind.as_deref() == Some("outlet") {
            let rest = &body[span.end..];
            OUTLET_DESCRIPTORS
                .iter()
                .find(|d| {
                    rest.strip_prefix(**d)
                        .is_some_and(|after| !after.starts_with(char::is_alphanumeric))
                })
                .map_or(span, |d| Span::new(span.start, span.end + d.len()))
        } else {
            span
        };
        if form != Form::Capital {
            taken.push(span);
        }
        match form {
            Form::Name => {
                named[entity] = true;
                let text = doc.text(span).to_string();
                doc.alt_label(
                    entity,
                    text.trim_start_matches("the ").trim_start_matches("The "),
                );
                mentions.push(Mention {
                    span,
                    entity,
                    form: MentionForm::Name,
                });
            }
            Form::Description => descriptions.push((span, entity)),
            Form::Demonym => modifiers.push(Mention {
                span,
                entity,
                form: MentionForm::Name,
            }),
            // "Ankara has refused", "Washington rejected the plan": a capital
            // that acts speaks for its country; "in Ankara" is only a place.
            Form::Capital => {
                if capital_acts(doc, span) {
                    taken.push(span);
                    mentions.push(Mention {
                        span,
                        entity,
                        form: MentionForm::Name,
                    });
                }
            }
        }
    }
    voting_chambers(doc, &mut mentions, &mut taken);
    for (span, entity) in descriptions {
        let named_before = mentions
            .iter()
            .any(|m| m.entity == entity && m.span.start < span.start);
        if named_before {
            mentions.push(Mention {
                span,
                entity,
                form: MentionForm::Description,
            });
        }
    }

    let candidates = capitalised_runs(doc, &taken);
    let mut persons: Vec<PersonInfo> = Vec::new();
    let mut by_surname: HashMap<String, Vec<usize>> = HashMap::new();
    let mut pending_single: Vec<&Candidate> = Vec::new();
    // Where the last full name taken as a person ended.
    let mut last_person_end: Option<usize> = None;
    // Full names first, so that surnames can be resolved to them.
    for candidate in &candidates {
        let last = candidate
            .name
            .last()
            .map(|w| w.to_lowercase())
            .unwrap_or_default();
        let org_of = candidate
            .name
            .windows(2)
            .any(|w| w[1] == "of" && doc.k.org_words.contains(&w[0].to_lowercase()));
        // "Radio Wales", "Radio Free Europe": a broadcaster named by its medium first.
        let medium_first = candidate
            .name
            .first()
            .is_some_and(|w| LEADING_MEDIA.contains(&w.to_lowercase().as_str()));
        if (doc.k.org_words.contains(&last) || org_of || medium_first) && candidate.name.len() >= 2
        {
            let mut label = candidate.name.join(" ");
            let mut span = candidate.span;
            // "the Iranian Foreign Ministry": the demonym belongs to the name.
            if let Some(demonym) = modifiers
                .iter()
                .find(|m| m.span.end < span.start && body[m.span.end..span.start] == *" ")
            {
                label = format!("{} {label}", &body[demonym.span.start..demonym.span.end]);
                span.start = demonym.span.start;
            }
            // "Iraq's Foreign Ministry": a country's ministry or embassy named with
            // the country's possessive is the "Iraqi Foreign Ministry".
            let state_body = candidate.name.len() <= 3
                && matches!(
                    last.as_str(),
                    "ministry" | "embassy" | "department" | "office" | "military"
                );
            if state_body {
                let owner = ["'s ", "’s "]
                    .iter()
                    .find_map(|p| body[..span.start].strip_suffix(p).map(|stem| stem.len()));
                let demonym = owner
                    .and_then(|end| mentions.iter().find(|m| m.span.end == end))
                    .filter(|m| doc.kind(m.entity) == EntityKind::Country)
                    .and_then(|m| {
                        doc.k
                            .entry_by_rule
                            .get(&doc.facts.entities[m.entity].resolved_by)
                    })
                    .and_then(|&idx| doc.k.entries[idx].demonym.clone());
                if let Some(demonym) = demonym.filter(|_| !label.starts_with(char::is_lowercase)) {
                    label = format!("{demonym} {label}");
                }
            }
            let entity = doc.entity(
                EntityKind::Organization,
                &slug(&label),
                &label,
                "entity/org/org-word-1",
            );
            // "the Island Party": a party's name, whose kind the graph records.
            // ("the Sunday Times": an outlet's, which "the paper" takes up.)
            if doc.facts.entities[entity].org_kind.is_none() {
                if doc.k.party_words.contains(&last) {
                    doc.facts.entities[entity].org_kind = Some("party".to_string());
                } else if doc.k.outlet_words.contains(&last) {
                    doc.facts.entities[entity].org_kind = Some("outlet".to_string());
                }
            }
            mentions.push(Mention {
                span,
                entity,
                form: MentionForm::Name,
            });
            continue;
        }
        // ("Jack Law, chief executive of ...", "Dr Helen Park said": a given name
        // and a signal make a person of a name that ends in a thing word.)
        // (Only words that are also surnames: "Grace Hospital, a private clinic,
        // said" stays a body.)
        let person_signal = candidate.name.len() == 2
            && matches!(last.as_str(), "law" | "day" | "park" | "street" | "bill")
            && candidate.signal
            && (candidate.honorific.is_some()
                || doc.k.given_names.contains_key(&candidate.name[0]));
        if doc.k.thing_words.contains(&last) && !person_signal {
            continue;
        }
        // "The Transport Minister supported ...": a definite description ending in a
        // title names a post, not a person ("John Major" has no article before it);
        // so does "the Trade and Industry Secretary" or "the Culture, Media and
        // Sport Secretary", whose last words are read as a run of their own.
        let definite_title = doc.k.titles.contains_key(&last)
            && candidate.honorific.is_none()
            && body[..candidate.span.start]
                .rsplit(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .take(5)
                .find(|w| w.eq_ignore_ascii_case("the") || *w != "and" && !is_capitalised(w))
                .is_some_and(|w| w.eq_ignore_ascii_case("the"));
        // "South Wales backed ...", "New South Wales": a compass word opens a
        // region's name, not a person's.
        // ("Whilst I agree", "Kilroy I do agree": the pronoun is no surname; a
        // given name before it is a monarch's, "Elizabeth I".)
        let pronoun_last = candidate.name.last().is_some_and(|w| w == "I")
            && !candidate
                .name
                .first()
                .is_some_and(|w| doc.k.given_names.contains_key(w));
        let no_person = pronoun_last
            || candidate.honorific.is_none()
                && (candidate
                    .name
                    .first()
                    .is_some_and(|w| REGION_MODIFIERS.contains(&w.as_str()))
                    || body[..candidate.span.start].ends_with("New "));
        if candidate.name.len() >= 2 && candidate.name.len() <= 4 && !definite_title && !no_person {
            // ("include Kathleen Rice of New York, Albio Sires of New Jersey and
            // ...": a name listed right after a person's, perhaps with the place
            // that person represents, is a person too.)
            // (Only in a list of representatives, where a place follows the
            // names: not "David Yarnton, Nintendo Europe's ...".)
            let of_place = |at: usize| {
                body[at..]
                    .strip_prefix(" of ")
                    .is_some_and(|rest| rest.starts_with(char::is_uppercase))
            };
            let listed = candidate.name.len() == 2
                && last_person_end.is_some_and(|end| {
                    end <= candidate.span.start
                        && list_gap_after_person(&body[end..candidate.span.start])
                        && (of_place(end) || of_place(candidate.span.end))
                });
            if !(candidate.signal
                || candidate.honorific.is_some()
                || confirmed_elsewhere(candidate, &candidates)
                || doc.k.given_names.contains_key(&candidate.name[0])
                || listed)
            {
                continue;
            }
            last_person_end = Some(candidate.span.end);
            let label = candidate.name.join(" ");
            let entity = doc.entity(
                EntityKind::Person,
                &slug(&label),
                &label,
                "entity/person/name-1",
            );
            let surname = candidate.name.last().cloned().unwrap_or_default();
            if !persons.iter().any(|p| p.entity == entity) {
                persons.push(PersonInfo {
                    entity,
                    male: gender(doc, candidate),
                });
                by_surname.entry(surname).or_default().push(entity);
            } else if let Some(person) = persons.iter_mut().find(|p| p.entity == entity) {
                person.male = person.male.or(gender(doc, candidate));
            }
            mentions.push(Mention {
                span: candidate.span,
                entity,
                form: MentionForm::Name,
            });
        } else if candidate.name.len() == 1 {
            pending_single.push(candidate);
        }
    }
    for candidate in pending_single {
        let surname = &candidate.name[0];
        // "Wang" for "Wang Yi": names whose family name comes first are also
        // shortened to their first word, when no one else has it as a surname
        // (and not a given name after "Mr" or "Ms": "Mr Howard" is not Howard
        // Flight, though "Sir Nicholas" is Sir Nicholas Scott).
        let given = doc.k.given_names.contains_key(surname.as_str())
            && candidate
                .honorific
                .as_deref()
                .is_some_and(|h| !matches!(h, "Sir" | "Dame"));
        let by_first = || {
            let matching: Vec<usize> = persons
                .iter()
                .filter(|p| {
                    doc.facts.entities[p.entity].label.split(' ').count() == 2
                        && doc.facts.entities[p.entity].label.split(' ').next()
                            == Some(surname.as_str())
                })
                .map(|p| p.entity)
                .collect();
            (matching.len() == 1 && candidate.signal && !given).then(|| matching[0])
        };
        let entity = match by_surname.get(surname).map(Vec::as_slice) {
            Some([only]) => *only,
            Some(_) => continue,
            None if by_first().is_some() => by_first().unwrap_or_default(),
            // ("the EU's chief Brexit negotiator Michel Barnier": a word between two
            // titles qualifies the second; it is no surname.)
            // ("told MPs Brexit will ...": a plural before one word is no title of it.)
            None if candidate.titled
                && (title_follows(doc, candidate.span.end)
                    || plural_title_before(doc, candidate.span.start)) =>
            {
                continue
            }
            None if candidate.honorific.is_some() || candidate.titled => {
                let entity = doc.entity(
                    EntityKind::Person,
                    &slug(surname),
                    surname,
                    "entity/person/honorific-1",
                );
                persons.push(PersonInfo {
                    entity,
                    male: gender(doc, candidate),
                });
                by_surname.entry(surname.clone()).or_default().push(entity);
                entity
            }
            None => continue,
        };
        if let Some(person) = persons.iter_mut().find(|p| p.entity == entity) {
            person.male = person.male.or(gender(doc, candidate));
        }
        let shown = match &candidate.honorific {
            Some(h) => format!("{h} {surname}"),
            None => surname.clone(),
        };
        doc.alt_label(entity, &shown);
        mentions.push(Mention {
            span: candidate.span,
            entity,
            form: MentionForm::Name,
        });
    }

    lower_case_bodies(doc, &mut mentions);
    acronyms(doc, &mut mentions);
    bare_acronyms(doc, &mut mentions);
    described_bodies(doc, &mut mentions);
    the_government(doc, &mut mentions, &modifiers);
    mentions.sort_by_key(|m| (m.span.start, std::cmp::Reverse(m.span.end)));
    let mut kept: Vec<Mention> = Vec::with_capacity(mentions.len());
    for mention in mentions {
        if kept
            .last()
            .is_some_and(|prev| mention.span.start < prev.span.end)
        {
            continue;
        }
        kept.push(mention);
    }
    modifiers.sort_by_key(|m| m.span.start);
    doc.mentions = kept;
    doc.modifiers = modifiers;
    doc.persons = persons;
}

/// "the government", with no country named in the phrase: the government of
/// the country last named with "government" before it ("the Venezuelan
/// government ... the government said"), else of the article's own country:
/// the one its names point to most (countries, demonyms, and organisations the
/// gazetteer places in a country, such as Labour, the Commons or the White
/// House), when it leads clearly. It becomes a description of that country.
fn the_government(doc: &mut Doc, mentions: &mut Vec<Mention>, modifiers: &[Mention]) {
    let body = doc.layout.body;
    let mut spots: Vec<Span> = Vec::new();
    for word in ["government", "Government"] {
        for (at, _) in body.match_indices(word) {
            let before = &body[..at];
            let the = before.ends_with("the ") || before.ends_with("The ");
            let end = at + word.len();
            let bounded = the
                && !body[..at - 4]
                    .chars()
                    .next_back()
                    .is_some_and(char::is_alphanumeric)
                && !body[end..].starts_with(char::is_alphanumeric);
            // ("the government of Iraq" is named by what follows.)
            if !bounded || body[end..].starts_with(" of ") {
                continue;
            }
            let span = Span::new(at, end);
            if !mentions
                .iter()
                .any(|m| m.span.start < span.end && span.start < m.span.end)
            {
                spots.push(span);
            }
        }
    }
    if spots.is_empty() {
        return;
    }
    // The country an entity's gazetteer entry belongs to.
    let country_of = |entity: usize| -> Option<usize> {
        let idx = *doc
            .k
            .entry_by_rule
            .get(&doc.facts.entities[entity].resolved_by)?;
        doc.k.entries[idx].country
    };
    let mut votes: HashMap<usize, usize> = HashMap::new();
    for mention in mentions.iter().chain(modifiers) {
        if let Some(country) = country_of(mention.entity) {
            *votes.entry(country).or_default() += 1;
        }
    }
    let mut ranked: Vec<(usize, usize)> = votes.into_iter().collect();
    ranked.sort_by_key(|&(country, n)| (std::cmp::Reverse(n), country));
    let home = match ranked.as_slice() {
        [(country, n), rest @ ..] if *n >= 2 && rest.first().is_none_or(|(_, m)| n >= &(2 * m)) => {
            Some(*country)
        }
        _ => None,
    };
    // The countries named with "government": (where, entry).
    let named: Vec<(usize, usize)> = mentions
        .iter()
        .filter(|m| {
            doc.kind(m.entity) == EntityKind::Country
                && body[m.span.start..m.span.end].ends_with("government")
        })
        .filter_map(|m| Some((m.span.start, country_of(m.entity)?)))
        .collect();
    for span in spots {
        let Some(entry) = named
            .iter()
            .filter(|(at, _)| *at < span.start)
            .max_by_key(|(at, _)| *at)
            .map(|(_, entry)| *entry)
            .or(home)
        else {
            continue;
        };
        let entry = &doc.k.entries[entry];
        let entity = doc.entity(entry.kind, &entry.key, &entry.label, &entry.rule);
        doc.facts.entities[entity].wikidata = entry.wikidata.clone();
        mentions.push(Mention {
            span,
            entity,
            form: MentionForm::Description,
        });
    }
}

fn gender(doc: &Doc, candidate: &Candidate) -> Option<bool> {
    candidate
        .honorific
        .as_deref()
        .and_then(|h| doc.k.honorific_gender.get(h))
        .or_else(|| {
            // ("Tony Blair": the given name tells, when the name has two words or more.)
            (candidate.name.len() >= 2)
                .then(|| doc.k.given_names.get(&candidate.name[0]))
                .flatten()
        })
        .copied()
}

/// Whether the text between a person's name and the next name joins them in a
/// list: ", ", " and ", ", and ", perhaps after " of New York" (the place the
/// first represents).
fn list_gap_after_person(gap: &str) -> bool {
    let rest = gap
        .strip_prefix(" of ")
        .map(|place| {
            // Up to three capitalised words of the place.
            let mut rest = place;
            for _ in 0..3 {
                let word_end = rest.find([' ', ',']).unwrap_or(rest.len());
                let word = &rest[..word_end];
                if !word.starts_with(char::is_uppercase) {
                    break;
                }
                rest = &rest[word_end..];
                if !rest.starts_with(' ') || !rest[1..].starts_with(char::is_uppercase) {
                    break;
                }
                rest = &rest[1..];
            }
            rest
        })
        .unwrap_or(gap);
    matches!(rest, ", " | " and " | ", and ")
}

/// A full name without a signal of its own counts when the same surname is
/// used with an honorific or a signal somewhere else in the article.
fn confirmed_elsewhere(candidate: &Candidate, all: &[Candidate]) -> bool {
    let Some(surname) = candidate.name.last() else {
        return false;
    };
    all.iter().any(|other| {
        other.name.last() == Some(surname) && (other.honorific.is_some() || other.signal)
    })
}

fn at_word_boundary(body: &str, span: Span) -> bool {
    let before_ok = body[..span.start]
        .chars()
        .next_back()
        .is_none_or(|c| !c.is_alphanumeric());
    let after = &body[span.end..];
    let after_ok = after.chars().next().is_none_or(|c| !c.is_alphanumeric());
    before_ok && after_ok
}

/// Capitalised word runs, with honorifics and titles stripped from the front.
fn capitalised_runs(doc: &Doc, taken: &[Span]) -> Vec<Candidate> {
    let body = doc.layout.body;
    let mut out = Vec::new();
    for sentence in &doc.layout.sentences {
        let tokens = words(body, *sentence);
        let mut i = 0;
        while i < tokens.len() {
            if !is_capitalised(tokens[i].text) || inside(taken, tokens[i].span) {
                i += 1;
                continue;
            }
            let mut j = i + 1;
            loop {
                while j < tokens.len()
                    && (is_capitalised(tokens[j].text) || is_name_particle(tokens[j].text))
                    && !inside(taken, tokens[j].span)
                    && (joined(doc, &tokens[j - 1], &tokens[j])
                        || plural_in_name(doc, &tokens[j - 1], &tokens[j]))
                    && (!strip_possessive(tokens[j - 1].text).1
                        || possessive_in_name(doc, &tokens, i, j))
                {
                    j += 1;
                }
                // "Transport and General Workers Union", "Trade and Industry
                // Committee": "and" inside a name that ends with an organisation word.
                // (Not after a person: "President Ronald Reagan and Soviet Union
                // leader ...": a title in the first part makes it a name.)
                // (Not after a whole name: "the Sunday Times and Sunday Telegraph" is
                // two; "Radio and Television Correspondents Association" is one.)
                if j + 1 < tokens.len()
                    && j > i
                    && tokens[j].text == "and"
                    && joined(doc, &tokens[j - 1], &tokens[j])
                    && !((i..j)
                        .filter(|&t| !tokens[t].text.eq_ignore_ascii_case("the"))
                        .count()
                        >= 2
                        && doc.k.org_words.contains(&tokens[j - 1].text.to_lowercase()))
                    && !(i.saturating_sub(2)..j).any(|t| title_at(doc, &tokens, t, j).is_some())
                    && !(i..j).any(|t| doc.k.honorifics.contains(tokens[t].text))
                {
                    let mut k = j + 1;
                    while k < tokens.len()
                        && is_capitalised(tokens[k].text)
                        && !inside(taken, tokens[k].span)
                        && joined(doc, &tokens[k - 1], &tokens[k])
                        && !strip_possessive(tokens[k - 1].text).1
                    {
                        k += 1;
                    }
                    if k > j + 1
                        && doc
                            .k
                            .org_words
                            .contains(&strip_possessive(tokens[k - 1].text).0.to_lowercase())
                    {
                        j = k;
                        continue;
                    }
                }
                // "Court of Appeal", "Ministry of Defence", "Institute for Fiscal
                // Studies", "Joint Council for the Welfare of Immigrants": an
                // organisation word, "of" or "for" (perhaps with "the") and a
                // capitalised word are one name.
                let the = usize::from(tokens.get(j + 1).is_some_and(|t| t.text == "the"));
                let of_name = j + 1 + the < tokens.len()
                    && matches!(tokens[j].text, "of" | "for")
                    && doc.k.org_words.contains(&tokens[j - 1].text.to_lowercase())
                    && is_capitalised(tokens[j + 1 + the].text)
                    && !inside(taken, tokens[j + 1 + the].span)
                    && joined(doc, &tokens[j - 1], &tokens[j])
                    && joined(doc, &tokens[j], &tokens[j + 1])
                    && (the == 0 || joined(doc, &tokens[j + 1], &tokens[j + 2]));
                if !of_name {
                    break;
                }
                j += 2 + the;
                // ("Department for Trade and Industry": the name goes on past "and".)
                while j < tokens.len()
                    && is_capitalised(tokens[j].text)
                    && joined(doc, &tokens[j - 1], &tokens[j])
                {
                    j += 1;
                }
                if j + 1 < tokens.len()
                    && tokens[j].text == "and"
                    && is_capitalised(tokens[j + 1].text)
                    && joined(doc, &tokens[j - 1], &tokens[j])
                    && joined(doc, &tokens[j], &tokens[j + 1])
                {
                    j += 2;
                }
            }
            if let Some(candidate) = candidate_from(doc, &tokens, i, j) {
                out.push(candidate);
            }
            i = j;
        }
    }
    out
}

/// "the Commons science and technology committee", "the ODPM committee": a
/// capitalised word, up to four lower-case words and a lower-case organisation
/// word (`org_words.tsv`, one that can be taken up as "the committee") name a
/// body that has no capitalised name. Not where a name is already found
/// ("the Labour party" stays the party).
fn lower_case_bodies(doc: &mut Doc, mentions: &mut Vec<Mention>) {
    let body = doc.layout.body;
    let sentences = doc.layout.sentences.clone();
    for sentence in sentences {
        let tokens = words(body, sentence);
        for (i, the) in tokens.iter().enumerate() {
            if !the.text.eq_ignore_ascii_case("the") {
                continue;
            }
            // ("the influential Commons transport committee": an adjective of
            // standing may come first, outside the name.)
            let skip = usize::from(tokens.get(i + 1).is_some_and(|t| {
                matches!(
                    t.text,
                    "influential" | "powerful" | "cross-party" | "all-party" | "respected"
                )
            }));
            let Some(first) = tokens.get(i + 1 + skip) else {
                continue;
            };
            let acronym =
                first.text.len() >= 2 && first.text.chars().all(|c| c.is_ascii_uppercase());
            // "the environment select committee": a select committee needs no capital.
            let select = first.text.chars().all(char::is_lowercase)
                && (i + 2 + skip..tokens.len().min(i + 5 + skip)).any(|k| {
                    tokens[k].text == "select"
                        && tokens.get(k + 1).is_some_and(|t| t.text == "committee")
                        && tokens[i + 1 + skip..k].iter().all(|t| {
                            t.text.chars().all(|c| c.is_lowercase() || c == '-')
                                && !matches!(
                                    t.text,
                                    "new" | "relevant" | "current" | "former" | "same" | "other"
                                )
                        })
                });
            if !(is_capitalised(first.text) || acronym || select) || first.text.ends_with("'s") {
                continue;
            }
            let i = i + skip;
            let Some(end) = (i + 2..tokens.len().min(i + 7)).find(|&k| {
                let word = tokens[k].text;
                word.chars().all(char::is_lowercase) && doc.k.body_words.contains(word)
            }) else {
                continue;
            };
            // (Nouns between: not "the Conservatives say government ...".)
            let between = &tokens[i + 2..end];
            let plain = between.iter().all(|t| {
                t.text == "and"
                    || t.text.chars().all(char::is_lowercase)
                        && !matches!(t.text, "of" | "the" | "a" | "to" | "for" | "in" | "on")
                        && !super::quotes::is_reporting(doc, t.text)
                        && !super::quotes::is_auxiliary(t.text)
            });
            // "the Commons committee's report" is still the committee; a capital after
            // the word means a longer name ("the ODPM committee Chairman").
            let joined = body[first.span.end..tokens[end].span.start]
                .chars()
                .all(|c| c.is_alphanumeric() || c == ' ' || c == '-');
            if !plain || !joined {
                continue;
            }
            let span = Span::new(first.span.start, tokens[end].span.end);
            // A name for the first word only ("Commons", "ODPM") qualifies the body.
            if mentions.iter().any(|m| {
                m.span.start < span.end
                    && span.start < m.span.end
                    && !(m.span.start >= the.span.start && m.span.end <= first.span.end)
            }) {
                continue;
            }
            mentions.retain(|m| !(m.span.start < span.end && span.start < m.span.end));
            let label = body[span.start..span.end].to_string();
            let entity = doc.entity(
                EntityKind::Organization,
                &slug(&label),
                &label,
                "entity/org/lower-case-body-1",
            );
            mentions.push(Mention {
                span,
                entity,
                form: MentionForm::Name,
            });
        }
    }
}

/// A capital followed (past auxiliaries and adverbs) by a reporting verb or a
/// stance cue: "Ankara has refused to bow", "Moscow denied", "Beijing also
/// welcomed". Not after "the" or a preposition ("the Washington summit", "in
/// Berlin"); in a longer name ("Washington Post") no verb follows.
fn capital_acts(doc: &Doc, span: Span) -> bool {
    let body = doc.layout.body;
    let Some(sentence) = doc
        .layout
        .sentence_of(span.start)
        .map(|i| doc.layout.sentences[i])
    else {
        return false;
    };
    let before = words(body, Span::new(sentence.start, span.start));
    if before.last().is_some_and(|t| {
        matches!(
            t.text.to_lowercase().as_str(),
            "the"
                | "in"
                | "at"
                | "to"
                | "from"
                | "into"
                | "near"
                | "via"
                | "of"
                | "outside"
                | "around"
                | "across"
        )
    }) {
        return false;
    }
    // "The move was welcomed by Beijing": the agent of a stance cue's passive.
    // ("welcomed at the time by Beijing": a time phrase may stand between.)
    if before.last().is_some_and(|t| t.text == "by") {
        let verb = before[..before.len() - 1].iter().rev().take(4).find(|t| {
            !matches!(t.text, "at" | "the" | "on" | "last" | "this" | "time")
                && !super::is_time_word(t.text)
        });
        // (The capital ends the phrase: not "opposed by London taxi drivers".)
        let rest = body[span.end..sentence.end].trim_start();
        let ends = rest.is_empty()
            || rest.starts_with([',', '.', ';', ':', ')', '"', '”'])
            || rest.starts_with("and ");
        if ends
            && verb.is_some_and(|v| {
                v.text.ends_with("ed") && doc.k.cue_of_word(&v.text.to_lowercase()).is_some()
            })
        {
            return true;
        }
    }
    verb_follows(doc, span, sentence)
}

/// Whether a reporting verb or a stance cue follows the name at `span`, past
/// auxiliaries and adverbs: "Moscow has strongly opposed", "BAA said".
fn verb_follows(doc: &Doc, span: Span, sentence: Span) -> bool {
    let body = doc.layout.body;
    let after = words(body, Span::new(span.end, sentence.end));
    let mut i = 0;
    // ("Moscow has strongly opposed ...": auxiliaries and adverbs between.)
    while i < after.len().min(4)
        && (matches!(
            after[i].text,
            "has" | "have" | "had" | "also" | "was" | "is" | "now" | "then" | "again" | "already"
        ) || super::is_adverb(after[i].text))
    {
        i += 1;
    }
    let Some(next) = after.get(i) else {
        return false;
    };
    if !body[span.end..after[0].span.start].trim().is_empty() {
        return false;
    }
    let lower = next.text.to_lowercase();
    if super::quotes::is_reporting(doc, &lower) || doc.k.cue_of_word(&lower).is_some() {
        return true;
    }
    cue_of_words(doc, &after[i..(i + 4).min(after.len())])
}

/// Whether `words` open with a whole stance cue of several words ("called for",
/// "hit out at"): not one word alone, and not "backlash" for "back".
fn cue_of_words(doc: &Doc, words: &[Token]) -> bool {
    let (Some(first), Some(last)) = (words.first(), words.last()) else {
        return false;
    };
    let phrase = &doc.layout.body[first.span.start..last.span.end];
    doc.k.cues.find(phrase).is_some_and(|m| {
        m.start() == 0
            && m.end() > first.text.len()
            && phrase[m.end()..]
                .chars()
                .next()
                .is_none_or(|c| !c.is_alphanumeric())
    })
}

/// "NAO" after "the National Audit Office", "CRE" after "the Commission for
/// Racial Equality", "Acpo" after "the Association of Chief Police Officers": a
/// word in capitals (two to six letters, or from four written as a name) that spells the
/// initials of an organisation's capitalised words, where no gazetteer name
/// took it, is that organisation.
fn acronyms(doc: &mut Doc, mentions: &mut Vec<Mention>) {
    let body = doc.layout.body;
    let initials_of = |label: &str| -> String {
        label
            .split_whitespace()
            .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
            .filter_map(|w| w.chars().next())
            .collect()
    };
    // (Three letters at least: "MP", "ID" and "PM" are words of their own. Initials
    // shared by two organisations name neither.)
    let mut orgs: Vec<(String, usize, usize)> = Vec::new();
    let mut shared: Vec<String> = Vec::new();
    for m in mentions.iter() {
        if doc.kind(m.entity) == EntityKind::Organization {
            let initials = initials_of(&doc.facts.entities[m.entity].label);
            if initials.len() < 3 {
                continue;
            }
            match orgs.iter().find(|(i, _, _)| *i == initials) {
                Some((_, entity, _)) if *entity != m.entity => shared.push(initials),
                Some(_) => {}
                None => orgs.push((initials, m.entity, m.span.start)),
            }
        }
    }
    orgs.retain(|(initials, _, _)| !shared.contains(initials));
    if orgs.is_empty() {
        return;
    }
    let mut found = Vec::new();
    for token in words(body, Span::new(0, body.len())) {
        let word = strip_possessive(token.text).0;
        // ("Acpo" after "the Association of Chief Police Officers": house styles
        // that write a spoken acronym as a name, from four letters.)
        let name_cased = word.len() >= 4
            && word.starts_with(|c: char| c.is_ascii_uppercase())
            && word.chars().skip(1).all(|c| c.is_ascii_lowercase());
        if !(2..=6).contains(&word.len())
            || !(name_cased || word.chars().all(|c| c.is_ascii_uppercase()))
        {
            continue;
        }
        let upper = word.to_ascii_uppercase();
        if mentions
            .iter()
            .any(|m| m.span.start <= token.span.start && token.span.start < m.span.end)
        {
            continue;
        }
        // (After the organisation's first mention.)
        if let Some(&(_, entity, _)) = orgs
            .iter()
            .find(|(initials, _, first)| *initials == upper && *first < token.span.start)
        {
            found.push((
                Span::new(token.span.start, token.span.start + word.len()),
                entity,
                word.to_string(),
            ));
        }
    }
    for (span, entity, word) in found {
        doc.alt_label(entity, &word);
        mentions.push(Mention {
            span,
            entity,
            form: MentionForm::Name,
        });
    }
}

/// The rules that name a body only by a bare acronym or by a name after a word
/// for its kind, which "they" never takes up (`Doc::resolve_collective`).
pub(crate) const ACRONYM_RULE: &str = "entity/org/acronym-1";
pub(crate) const DESCRIBED_RULE: &str = "entity/org/described-1";

/// Words in capitals that name no body: "GDP rose", "VAT will".
const NOT_ACRONYMS: &[&str] = &[
    "GDP", "VAT", "CEO", "HIV", "AIDS", "DNA", "GMT", "BST", "MRSA", "SARS", "TV", "OK", "NOT",
    "AND", "THE", "FOR", "NEW", "WMD", "MSP", "MEP", "QC", "PMQS", "CFO", "COO", "CTO", "CIO",
    "AGM", "JFK", "RFK", "FDR", "LBJ", "MLK", "AMLO", "MBS", "AOC",
];

/// Whether no mention covers any of `span`.
fn unclaimed(mentions: &[Mention], span: Span) -> bool {
    !mentions
        .iter()
        .any(|m| m.span.start < span.end && span.start < m.span.end)
}

/// An organisation named `name` by `rule`, and a mention of it at every use of
/// the name, as a whole word, that no other mention covers.
fn mention_every_use(doc: &mut Doc, mentions: &mut Vec<Mention>, name: &str, rule: &str) {
    let body = doc.layout.body;
    let entity = doc.entity(EntityKind::Organization, &slug(name), name, rule);
    for (at, _) in body.match_indices(name) {
        let span = Span::new(at, at + name.len());
        if at_word_boundary(body, span) && unclaimed(mentions, span) {
            mentions.push(Mention {
                span,
                entity,
                form: MentionForm::Name,
            });
        }
    }
}

/// "The RAC welcomed the freeze", "BAA said", "a BAA spokesman": a word in
/// capitals (three to six letters) that no name or initials took names an
/// organisation when it opens a clause before a reporting verb or a stance cue,
/// or stands before a spokesman; every use of it in the article is then a
/// mention.
fn bare_acronyms(doc: &mut Doc, mentions: &mut Vec<Mention>) {
    let body = doc.layout.body;
    fn acronym(text: &str) -> Option<&str> {
        let word = strip_possessive(text).0;
        ((3..=6).contains(&word.len())
            && word.chars().all(|c| c.is_ascii_uppercase())
            && !NOT_ACRONYMS.contains(&word))
        .then_some(word)
    }
    let mut names: Vec<&str> = Vec::new();
    for sentence in &doc.layout.sentences {
        let tokens = words(body, *sentence);
        for (i, token) in tokens.iter().enumerate() {
            let Some(word) = acronym(token.text) else {
                continue;
            };
            let span = Span::new(token.span.start, token.span.start + word.len());
            if names.contains(&word) || !unclaimed(mentions, span) {
                continue;
            }
            // (It opens the clause: first, after "The", or after a connective.)
            let lead: Vec<&str> = tokens[..i].iter().map(|t| t.text).collect();
            // ("..., the ONS said": a report's subject after its quotation.)
            let after_comma = i >= 2
                && tokens[i - 1].text == "the"
                && body[tokens[i - 2].span.end..tokens[i - 1].span.start].contains(',');
            let opens = after_comma
                || matches!(
                    lead.as_slice(),
                    [] | ["The" | "But" | "And" | "However,"] | ["But" | "And", "the"]
                );
            let voice = tokens
                .get(i + 1)
                .is_some_and(|t| super::spokes_word(&t.text.to_lowercase(), None))
                && lead
                    .last()
                    .is_some_and(|t| matches!(*t, "a" | "A" | "the" | "The" | "An" | "an"));
            let possessive = token.text.len() > word.len();
            // ("the Congressional Budget Office (CBO)": spelled out just before.)
            let spelled_out = body[..span.start].ends_with('(');
            if spelled_out {
                continue;
            }
            if voice || opens && !possessive && verb_follows(doc, span, *sentence) {
                names.push(word);
            }
        }
    }
    for word in names {
        mention_every_use(doc, mentions, word, ACRONYM_RULE);
    }
}

/// Lower-case words that say what kind of body the name after them is: "civil
/// rights group Liberty", "aid charity Actionaid", "accountancy firm Ernst &
/// Young".
const BODY_KINDS: &[&str] = &[
    "charity",
    "group",
    "organisation",
    "organization",
    "think-tank",
    "thinktank",
    "union",
    "watchdog",
    "firm",
    "agency",
    "company",
    "consultancy",
    "campaigners",
];

/// "Civil rights group Liberty said", "Aid charity Actionaid criticised": a run
/// of capitalised words (or "&" and a number inside it: "Ernst & Young",
/// "Transport 2000") after a lower-case word for a kind of body names that
/// body, when no name took it and it is no person's ("watchdog Sir Philip");
/// every use of the name in the article is then a mention.
fn described_bodies(doc: &mut Doc, mentions: &mut Vec<Mention>) {
    let body = doc.layout.body;
    let mut names: Vec<String> = Vec::new();
    for sentence in &doc.layout.sentences {
        let tokens = words(body, *sentence);
        for (i, kind) in tokens.iter().enumerate() {
            if !BODY_KINDS.contains(&kind.text) {
                continue;
            }
            let mut j = i + 1;
            while j < tokens.len()
                && j < i + 6
                && (is_capitalised(tokens[j].text)
                    || j > i + 1 && tokens[j].text.chars().all(|c| c.is_ascii_digit())
                    // ("Victims and Citizens Against Crime": a joining word inside.)
                    // (Not "firm Phytopharm and Unilever": after "and", a name of
                    // two words or more goes on.)
                    || j > i + 1
                        && matches!(tokens[j].text, "of" | "for")
                        && tokens.get(j + 1).is_some_and(|t| is_capitalised(t.text))
                    || j > i + 1
                        && tokens[j].text == "and"
                        && tokens.get(j + 1).is_some_and(|t| is_capitalised(t.text))
                        && tokens.get(j + 2).is_some_and(|t| is_capitalised(t.text)))
                && (j == i + 1
                    || matches!(
                        &body[tokens[j - 1].span.end..tokens[j].span.start],
                        " " | " & "
                    ))
                && body[kind.span.end..tokens[i + 1].span.start] == *" "
            {
                j += 1;
            }
            if j == i + 1 {
                continue;
            }
            let first = strip_possessive(tokens[i + 1].text).0;
            let last = strip_possessive(tokens[j - 1].text).0;
            let span = Span::new(
                tokens[i + 1].span.start,
                tokens[j - 1].span.start + last.len(),
            );
            // ("the firm Marsh founded": a name that a verb follows is the subject
            // of a relative clause.)
            let relative = j == i + 2
                && full_name_lasts(doc).contains(strip_possessive(tokens[i + 1].text).0)
                && tokens.get(j).is_some_and(|t| {
                    t.text.ends_with("ed") && t.text.chars().all(|c| c.is_ascii_lowercase())
                });
            let personal = relative
                || doc.k.given_names.contains_key(first)
                || doc.k.honorifics.contains(first.trim_end_matches('.'))
                || doc.k.titles.contains_key(&first.to_lowercase())
                || super::is_time_word(first);
            let name = body[span.start..span.end].to_string();
            if personal || !unclaimed(mentions, span) || names.contains(&name) {
                continue;
            }
            names.push(name);
        }
    }
    for name in names {
        mention_every_use(doc, mentions, &name, DESCRIBED_RULE);
    }
}

/// "the Information Commissioner's Office", "Alzheimer's Society", "The
/// Prince's Trust": a singular possessive inside a name that ends, a word or two
/// on, with an organisation word. Not a person's ("Karl Lund's Office", "Mr
/// Kerr's Trust": a given name or an honorific in the run) nor a place's
/// ("Britain's Foreign Office": the gazetteer took the place before the run).
fn possessive_in_name(doc: &Doc, tokens: &[Token], start: usize, next: usize) -> bool {
    let (stem, possessive) = strip_possessive(tokens[next - 1].text);
    let plural = tokens[next - 1].text.ends_with(['\'', '’']);
    possessive
        && !plural
        && stem.chars().next().is_some_and(char::is_uppercase)
        && !tokens[start..next].iter().any(|t| {
            let word = strip_possessive(t.text).0;
            doc.k.given_names.contains_key(word)
                || doc.k.honorifics.contains(word.trim_end_matches('.'))
        })
        // ("Varga's Defence Council" after "Oleg Varga": a surname the article
        // gives a person.)
        && !full_name_lasts(doc).contains(stem)
        && tokens[next..tokens.len().min(next + 2)]
            .iter()
            .take_while(|t| is_capitalised(t.text))
            .any(|t| doc.k.org_words.contains(&t.text.to_lowercase()))
}

/// "Seafarers' Union", "Musicians' Union": a plural possessive before an
/// organisation word is part of the name.
fn plural_in_name(doc: &Doc, word: &Token, next: &Token) -> bool {
    let gap = &doc.layout.body[word.span.end..next.span.start];
    (gap == "' " || gap == "’ ")
        && word.text.ends_with('s')
        && is_capitalised(word.text)
        && is_capitalised(next.text)
        && doc.k.org_words.contains(&next.text.to_lowercase())
}

fn inside(taken: &[Span], span: Span) -> bool {
    taken
        .iter()
        .any(|t| t.start < span.end && span.start < t.end)
}

/// The text between two tokens.
fn body_gap<'a>(doc: &Doc<'a>, left: &Token, right: &Token) -> &'a str {
    &doc.layout.body[left.span.end..right.span.start]
}

/// Whether a capitalised word follows token `idx` after a single space: the
/// name that a post-nominal before it ("East Midlands MEP Roger Knapman")
/// makes a title of.
pub(crate) fn name_follows(doc: &Doc, tokens: &[Token], idx: usize) -> bool {
    tokens
        .get(idx + 1)
        .is_some_and(|next| is_capitalised(next.text) && body_gap(doc, &tokens[idx], next) == " ")
}

/// Whether two tokens are one name apart: a single space, or an initial's or
/// an honorific's full stop ("J. Smith", "Mr. Obama").
fn joined(doc: &Doc, left: &Token, right: &Token) -> bool {
    let gap = body_gap(doc, left, right);
    gap == " "
        || gap == ". " && (left.text.chars().count() == 1 || doc.k.honorifics.contains(left.text))
}

/// Letters after a name that mark a person: "Andrew Tyrie MP".
pub(crate) const POST_NOMINALS: &[&str] = &["MP", "MEP", "MSP", "AM", "QC", "KC", "MLA", "TD"];

/// Auxiliaries that open a question ("Can Boris Johnson win the vote?").
const QUESTION_OPENERS: &[&str] = &[
    "can", "could", "will", "would", "should", "shall", "must", "might", "does", "did", "do", "is",
    "are", "was", "were", "has", "have", "had",
];

/// An auxiliary that starts a sentence ending in "?" opens a question and is no first
/// name, whereas "Will Hutton said ..." keeps its first name.
fn question_opener(doc: &Doc, token: &Token) -> bool {
    if !QUESTION_OPENERS.contains(&token.text.to_lowercase().as_str()) {
        return false;
    }
    let layout = &doc.layout;
    layout.sentence_of(token.span.start).is_some_and(|idx| {
        let sentence = layout.sentences[idx];
        sentence.start == token.span.start
            && layout.body[sentence.start..sentence.end]
                .trim_end()
                .ends_with('?')
    })
}

/// Whether the word at `i`, alone before a reporting verb ("May said"), is the
/// last name of someone the article names in full ("Theresa May").
/// The words that end a "Given Surname" pair in the article ("Meng" of "Grace
/// Meng"): one pass over the body per article, not one per candidate.
fn full_name_lasts<'a>(doc: &'a Doc) -> &'a std::collections::HashSet<String> {
    doc.full_name_lasts.get_or_init(|| {
        let body = doc.layout.body;
        let all = crate::text::words(body, Span::new(0, body.len()));
        all.windows(2)
            .filter(|w| {
                let (first, last) = (w[0].text, w[1].text);
                body[w[0].span.end..w[1].span.start] == *" "
                    && first.len() > 1
                    && first.chars().all(char::is_alphabetic)
                    && first.starts_with(|c: char| c.is_uppercase())
                    && last.starts_with(|c: char| c.is_uppercase())
                    && !doc.k.not_names.contains(&first.to_lowercase())
            })
            .map(|w| w[1].text.to_string())
            .collect()
    })
}

fn surname_reporting(doc: &Doc, tokens: &[Token], i: usize, end: usize) -> bool {
    let word = tokens[i].text;
    // ("May had told MPs": auxiliaries may come between.)
    let verb = (end..tokens.len().min(end + 3))
        .find(|&k| {
            !matches!(
                tokens[k].text,
                "has" | "had" | "have" | "was" | "is" | "been"
            )
        })
        .and_then(|k| tokens.get(k));
    // ("May backed the plan", "May vowed to ...": a stance cue, a control verb
    // or a past form after the known surname, which no month or modal takes so.)
    let verb_like = |t: &Token| {
        let lower = t.text.to_lowercase();
        doc.k.reporting.contains_key(&lower)
            || t.text.chars().all(|c| c.is_ascii_lowercase())
                && (doc.k.cue_of_word(&lower).is_some()
                    || doc.k.control_verbs.contains_key(&format!("{lower} to"))
                    || lower.len() > 4 && lower.ends_with("ed"))
    };
    if end != i + 1 || word.len() < 3 || !verb.is_some_and(verb_like) {
        return false;
    }
    full_name_lasts(doc).contains(word)
}

fn candidate_from(doc: &Doc, tokens: &[Token], start: usize, end: usize) -> Option<Candidate> {
    let k = doc.k;
    let mut i = start;
    let mut honorific = None;
    let mut titled = false;
    loop {
        if i >= end {
            return None;
        }
        let word = tokens[i].text;
        // (A title first: "Lord Chief Justice" is no Lord called Chief Justice.)
        if let Some(n) = title_at(doc, tokens, i, end) {
            titled = true;
            i += n;
            continue;
        }
        if k.honorifics.contains(word) {
            honorific = Some(word.to_string());
            i += 1;
            continue;
        }
        // "Harbour Minister Clara Voss": capitalised words before a title belong to it.
        // ("Association of Chief Police Officers" is one name: not across "of".)
        if let Some(offset) = (i + 1..end.min(i + 4))
            .take_while(|&j| is_capitalised(tokens[j].text))
            .find(|&j| title_at(doc, tokens, j, end).is_some())
        {
            if offset + 1 < end {
                i = offset;
                continue;
            }
        }
        // "Mrs May": after an honorific even a common word is a name; so is
        // "May said" where the article names a "Theresa May".
        // ("The Sunday Times", "the Sunday Telegraph": a day before an
        // organisation word opens the name.)
        // (After "the", before a newspaper word that ends the name: not "On Monday
        // Police said", "on Sunday Post Office closures".)
        let day_name = super::is_time_word(word)
            && i > 0
            && matches!(tokens[i - 1].text, "the" | "The" | "and")
            && tokens
                .get(i + 1)
                .filter(|_| i + 1 < end)
                .is_some_and(|t| k.outlet_words.contains(&t.text.to_lowercase()))
            && tokens
                .get(i + 2)
                .filter(|_| i + 2 < end)
                .is_none_or(|t| !is_capitalised(t.text));
        if honorific.is_none()
            && k.not_names.contains(&word.to_lowercase())
            && !surname_reporting(doc, tokens, i, end)
            && !day_name
            || question_opener(doc, &tokens[i])
        {
            i += 1;
            continue;
        }
        break;
    }
    // "Following Mr. Netanyahu's speech": a capitalised word before an honorific
    // (not a title: "Prime Minister Sir John Major") is no part of the name.
    if honorific.is_none() {
        if let Some(h) = (i + 1..end).find(|&j| k.honorifics.contains(tokens[j].text)) {
            if h + 1 < end && !(i..h).any(|t| title_at(doc, tokens, t, h).is_some()) {
                honorific = Some(tokens[h].text.to_string());
                i = h + 1;
            }
        }
    }
    // "Secretary of Defense Chuck Hagel": the department word after "<title> of" is not a name.
    if i == start
        && i >= 2
        && tokens[i - 1].text == "of"
        && end - i >= 3
        && title_at(doc, tokens, i - 2, i - 1).is_some()
    {
        i += 1;
    }
    let mut name: Vec<String> = Vec::new();
    let mut last = i;
    let mut post_nominal = false;
    for (idx, token) in tokens.iter().enumerate().take(end).skip(i) {
        // "Andrew Tyrie MP": a post-nominal ends the name and marks a person.
        // ("East Midlands MEP Roger Knapman": before a name it is a title.)
        if !name.is_empty() && POST_NOMINALS.contains(&token.text) {
            if name_follows(doc, tokens, idx) {
                return None;
            }
            post_nominal = true;
            break;
        }
        // A repeated name or a glued word ("Schumer Charles", "CottonThe") is page furniture, not the name.
        if name.iter().any(|n| n == token.text) || has_inner_capital(token.text) {
            break;
        }
        let (stem, possessive) = strip_possessive(token.text);
        let plural = tokens
            .get(idx + 1)
            .is_some_and(|next| idx + 1 < end && plural_in_name(doc, token, next));
        // ("Alzheimer's Society": a possessive inside the name keeps its "'s".)
        let inner = possessive && idx + 1 < end && possessive_in_name(doc, tokens, i, idx + 1);
        name.push(if plural {
            format!("{stem}'")
        } else if inner {
            format!("{stem}'s")
        } else {
            stem.to_string()
        });
        last = idx;
        if possessive && !inner {
            break;
        }
    }
    // Page furniture that repeats a name glued to the next word ("Liz Cheney
    // Elizabeth (Liz) Lynn CheneyThe Hill's ..."): the name ends at that word's first part.
    for glued in tokens.iter().skip(end).take(8) {
        if !has_inner_capital(glued.text) {
            continue;
        }
        let cut = glued
            .text
            .char_indices()
            .skip(1)
            .find(|(_, c)| c.is_uppercase())
            .map_or(0, |(i, _)| i);
        let head = &glued.text[..cut];
        if let Some(p) = name.iter().position(|n| n == head) {
            name.truncate(p + 1);
            last = i + p;
        }
        break;
    }
    // "Attorney General's advice": a title word left over is no name.
    if name.len() == 1 && k.titles.contains_key(&name[0].to_lowercase()) {
        return None;
    }
    // "Trump Kim summit", "Brown Blair talks": names before an event word
    // modify it; two surnames together are no one's full name.
    // (In the headline only, and not "Tony Blair's conference speech" or "the
    // National Union of Teachers conference".)
    let in_headline = doc
        .layout
        .paragraphs
        .first()
        .is_some_and(|p| tokens[i].span.start < p.end);
    if in_headline
        && name.len() >= 2
        && honorific.is_none()
        && !titled
        && !strip_possessive(tokens[last].text).1
        && !name
            .iter()
            .any(|w| w == "of" || k.org_words.contains(&w.to_lowercase()))
        && tokens
            .get(last + 1)
            .is_some_and(|t| k.event_words.contains_key(&t.text.to_lowercase()))
    {
        return None;
    }
    // "General Election", "General Assembly", "Transport and General Workers": a
    // common noun after a title word is no one's name.
    if titled
        && name.len() == 1
        && matches!(
            name[0].to_lowercase().as_str(),
            "election"
                | "elections"
                | "assembly"
                | "workers"
                | "strike"
                | "practitioner"
                | "practitioners"
                | "hospital"
                | "synod"
                | "motors"
                | "debate"
                | "meeting"
                | "council"
                | "secretary"
                | "staff"
        )
    {
        return None;
    }
    let (_, possessive) = strip_possessive(tokens[last].text);
    let span_end = if possessive {
        tokens[last].span.start + strip_possessive(tokens[last].text).0.len()
    } else {
        tokens[last].span.end
    };
    let span = Span::new(tokens[i].span.start, span_end);
    let title_before =
        (1..=3.min(i)).any(|n| title_at(doc, tokens, i - n, i).is_some_and(|len| len == n));
    let post_nominal = post_nominal
        || tokens
            .get(last + 1)
            .is_some_and(|t| POST_NOMINALS.contains(&t.text));
    let signal = titled
        || post_nominal
        || title_before
        || honorific.is_some()
        || reporting_near(doc, tokens, i, last)
        || appositive_title(doc, span.end)
        || copula_title_after(doc, span.end);
    Some(Candidate {
        span,
        name,
        honorific,
        titled,
        signal,
    })
}

/// The number of tokens from `i` that form a title ("Home Secretary").
pub(crate) fn title_at(doc: &Doc, tokens: &[Token], i: usize, end: usize) -> Option<usize> {
    title_entry_at(doc, tokens, i, end).map(|(n, _)| n)
}

/// A lower-cased title word without the prefix that makes it a past post:
/// "ex-minister", "then-president".
pub(crate) fn strip_former(word: &str) -> &str {
    word.strip_prefix("ex-")
        .or_else(|| word.strip_prefix("then-"))
        .unwrap_or(word)
}

/// The title starting at token `i`: its length in tokens and its lexicon entry.
/// "ex-minister" is read as "minister", and a plural ("members") as its singular.
pub(crate) fn title_entry_at<'k>(
    doc: &Doc<'k>,
    tokens: &[Token],
    i: usize,
    end: usize,
) -> Option<(usize, &'k crate::knowledge::Title)> {
    let max = doc.k.max_title_words.min(end.saturating_sub(i));
    let first = tokens.get(i)?.text.to_lowercase();
    let first = strip_former(&first);
    let firsts = &doc.k.title_first_words;
    if max == 0
        || !firsts.contains(first)
            && !first
                .strip_suffix('s')
                .is_some_and(|one| firsts.contains(one))
            && !firsts.contains(first.trim_end_matches('.'))
    {
        return None;
    }
    for n in (1..=max).rev() {
        let mut words: Vec<String> = tokens[i..i + n]
            .iter()
            .map(|t| t.text.to_lowercase())
            .collect();
        words[0] = strip_former(&words[0]).to_string();
        let phrase = words.join(" ");
        if let Some(entry) = doc.k.titles.get(&phrase) {
            return Some((n, entry));
        }
        if let Some(singular) = phrase.strip_suffix('s') {
            if let Some(entry) = doc.k.titles.get(singular) {
                return Some((n, entry));
            }
        }
    }
    None
}

/// A reporting verb or stance cue right after the name, or a reporting verb right before it.
fn reporting_near(doc: &Doc, tokens: &[Token], first: usize, last: usize) -> bool {
    const AUX: &[&str] = &[
        "has", "had", "have", "also", "was", "is", "will", "later", "then", "has also",
    ];
    let mut j = last + 1;
    // "Mike Hobday, from the League Against Cruel Sports, said", "Gareth Pierce, who
    // represents ..., claimed": the verb after a comma-enclosed aside.
    let body = doc.layout.body;
    let comma_before = |k: usize| {
        k > 0
            && k < tokens.len()
            && body[tokens[k - 1].span.end..tokens[k].span.start].contains(',')
    };
    if comma_before(j) {
        if let Some(k) = (j + 1..tokens.len().min(j + 12)).find(|&k| comma_before(k)) {
            j = k;
        }
    }
    // "Rhian Beynon of the JCWI said": past an organisation of one to four
    // capitalised words.
    if tokens.get(j).is_some_and(|t| t.text == "of") && !comma_before(j) {
        let mut k = j + 1;
        if tokens.get(k).is_some_and(|t| t.text == "the") {
            k += 1;
        }
        let from = k;
        while k < tokens.len().min(from + 4) && tokens[k].text.starts_with(char::is_uppercase) {
            k += 1;
        }
        if k > from {
            j = k;
        }
    }
    // "Tony Blair and Michael Howard warned": the first of two names joined by
    // "and" shares the verb after the second.
    if tokens.get(j).is_some_and(|t| t.text == "and") && !comma_before(j) {
        let mut k = j + 1;
        while k < tokens.len().min(j + 5) && is_capitalised(tokens[k].text) {
            k += 1;
        }
        if k > j + 2 {
            j = k;
        }
    }
    while j < tokens.len() && AUX.contains(&tokens[j].text) {
        j += 1;
    }
    // Two-word reporting verbs: "pointed out".
    if let (Some(a), Some(b)) = (tokens.get(j), tokens.get(j + 1)) {
        if doc
            .k
            .reporting
            .contains_key(&format!("{} {}", a.text, b.text).to_lowercase())
        {
            return true;
        }
    }
    if let Some(next) = tokens.get(j) {
        let lower = next.text.to_lowercase();
        if doc.k.reporting.contains_key(&lower) || doc.k.cue_of_word(&lower).is_some() {
            return true;
        }
        // A cue of several words: "called for", "hit out at", "spoke out against".
        if cue_of_words(doc, &tokens[j..(j + 5).min(tokens.len())]) {
            return true;
        }
    }
    first > 0
        && doc
            .k
            .reporting
            .contains_key(&tokens[first - 1].text.to_lowercase())
}

/// " is the political editor for X" (also across a paragraph break, as in author notes).
fn copula_title_after(doc: &Doc, pos: usize) -> bool {
    let body = doc.layout.body;
    let rest = &body[pos..];
    let trimmed = rest.trim_start();
    let start = pos + (rest.len() - trimmed.len());
    let end = start + crate::text::floor_boundary(trimmed, 100);
    let tokens = words(body, Span::new(start, end));
    if tokens.len() < 3 || !matches!(tokens[0].text, "is" | "was") {
        return false;
    }
    let mut k = 1;
    while k < tokens.len()
        && matches!(
            tokens[k].text,
            "also" | "now" | "previously" | "currently" | "formerly"
        )
    {
        k += 1;
    }
    if !tokens
        .get(k)
        .is_some_and(|t| matches!(t.text, "the" | "a" | "an"))
    {
        return false;
    }
    (k + 1..tokens.len().min(k + 6)).any(|j| title_at(doc, &tokens, j, tokens.len()).is_some())
}

/// ", the German Foreign Minister" or ", a spokesman" right after a name.
fn appositive_title(doc: &Doc, pos: usize) -> bool {
    let rest = &doc.layout.body[pos..];
    let Some(rest) = rest.strip_prefix(", ") else {
        return false;
    };
    let span = Span::new(pos + 2, pos + 2 + crate::text::floor_boundary(rest, 80));
    let tokens = words(doc.layout.body, span);
    tokens
        .iter()
        .enumerate()
        .take(6)
        .any(|(idx, _)| title_at(doc, &tokens, idx, tokens.len()).is_some())
}
