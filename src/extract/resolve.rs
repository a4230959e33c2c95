//! Resolving who a phrase refers to: names, pronouns, descriptions and lists.
//!
//! Owns: the shared answer to "which agent(s) does the text at this position
//! name?", used by quotes (speakers) and stances (holders). Pronouns resolve to
//! the last fitting person before them; "the prime minister" to the person the
//! article gave that title; "a spokesman for X" to X.

use crate::fact::EntityKind;
use crate::text::{words, Span};

use super::{Doc, Mention, MentionForm};

/// Who a phrase refers to, and the span of the phrase.
#[derive(Debug, Clone)]
pub(crate) struct Referent {
    pub entities: Vec<usize>,
    pub span: Span,
    /// Resolved from a pronoun or description, not a name.
    pub indirect: bool,
}

impl Referent {
    /// What a pronoun or a description at `span` refers to.
    pub(crate) fn described(entities: Vec<usize>, span: Span) -> Self {
        Referent {
            entities,
            span,
            indirect: true,
        }
    }
}

/// The mention starting exactly at `pos`.
pub(crate) fn mention_at(doc: &Doc, pos: usize) -> Option<Mention> {
    let idx = doc.mentions.partition_point(|m| m.span.start < pos);
    doc.mentions
        .get(idx)
        .filter(|m| m.span.start == pos)
        .copied()
}

/// The mention ending exactly at `pos`.
pub(crate) fn mention_ending_at(doc: &Doc, pos: usize) -> Option<Mention> {
    let idx = doc.mentions.partition_point(|m| m.span.start < pos);
    doc.mentions[..idx]
        .iter()
        .rev()
        .find(|m| m.span.end == pos)
        .copied()
}

const DETERMINERS: &[&str] = &["the", "a", "an"];

/// A word through which an organisation speaks: "spokesman", or a document
/// noun ("report", "statement"): "A Home Office spokesman said", "A National
/// Audit Office report says".
fn voice_noun(doc: &Doc, word: &str) -> bool {
    super::spokes_word(word, None) || doc.k.document_nouns.contains(&word.to_lowercase())
}

/// Group words that may name members of the body before them ("Labour and union
/// members", "Tory and Liberal MPs").
const MEMBERS_OF: &[&str] = &[
    "members",
    "supporters",
    "activists",
    "voters",
    "officials",
    "leaders",
    "mps",
    "msps",
    "meps",
    "ministers",
    "peers",
    "backbenchers",
    "delegates",
    "rebels",
    "moderates",
    "hardliners",
    "colleagues",
    "aides",
    "lawmakers",
    "legislators",
    "politicians",
];

/// Whether `word` may stand before a document that heads a subject ("the",
/// "a"); with `owned`, also a word that qualifies or owns the document ("its",
/// "latest", "Last April's").
fn document_lead(word: &str, owned: bool) -> bool {
    let lower = word.to_lowercase();
    if matches!(lower.as_str(), "a" | "an" | "the") {
        return true;
    }
    let stem = super::entities::strip_possessive(&lower).0;
    owned
        && (matches!(
            stem,
            "its" | "their" | "this" | "last" | "new" | "latest" | "annual" | "final"
        ) || super::is_time_word(stem))
}

/// Collective nouns for people or firms of a country or body who do not speak
/// for it ("UK firms", "Labour voters").
pub(crate) const PEOPLE_OF: &[&str] = &[
    "firms",
    "companies",
    "businesses",
    "employers",
    "voters",
    "people",
    "citizens",
    "residents",
    "workers",
    "families",
    "consumers",
    "shoppers",
    "investors",
    "banks",
    "students",
    "patients",
    "farmers",
    "motorists",
    "drivers",
    "taxpayers",
    "passengers",
    "fans",
    "users",
    "customers",
    "households",
];

/// What the phrase starting at `pos` (after any white space) refers to: a
/// name, a pronoun, "the <title>", "a spokesman for X" or "a X spokesman".
pub(crate) fn referent_at(doc: &Doc, pos: usize, limit: usize) -> Option<Referent> {
    let body = doc.layout.body;
    if pos >= limit || limit > body.len() {
        return None;
    }
    let mut start = pos + (body[pos..limit].len() - body[pos..limit].trim_start().len());
    // Honorifics and titles before a name: "Mr Lund", "councillor Dan Price",
    // "Estonian Prime Minister Kaja Rand".
    let lead = words(body, Span::new(start, limit));
    let mut skip = 0;
    let mut titled = false;
    while skip < lead.len().min(5)
        && mention_at(doc, lead[skip].span.start)
            .is_none_or(|m| doc.kind(m.entity) != crate::fact::EntityKind::Person)
    {
        let word = lead[skip].text;
        if let Some(n) = super::entities::title_at(doc, &lead, skip, lead.len()) {
            titled = true;
            skip += n;
        } else if doc.k.honorifics.contains(word.trim_end_matches('.')) {
            titled = true;
            skip += 1;
        } else if word.chars().next().is_some_and(char::is_uppercase)
            && super::entities::title_at(doc, &lead, skip + 1, lead.len()).is_some()
        {
            // "Estonian Prime Minister": a capitalised word qualifying the title.
            skip += 1;
        } else {
            break;
        }
    }
    if !titled {
        // "former U.S. cybercrimes prosecutor Mark Rasch": a title phrase of a few
        // words (modifiers, a country, nouns) before the name.
        if let Some(at) = (0..lead.len().min(6))
            .find(|&i| super::entities::title_at(doc, &lead, i, lead.len()).is_some())
        {
            let after = at + super::entities::title_at(doc, &lead, at, lead.len()).unwrap_or(1);
            let mut k = after;
            while k < lead.len()
                && doc
                    .k
                    .honorifics
                    .contains(lead[k].text.trim_end_matches('.'))
            {
                k += 1;
            }
            let clean = lead[..at].iter().all(|t| {
                !matches!(
                    t.text,
                    "said" | "says" | "and" | "but" | "who" | "which" | "that"
                )
            });
            if let Some(person) = lead
                .get(k)
                .and_then(|t| mention_at(doc, t.span.start))
                .filter(|m| doc.kind(m.entity) == crate::fact::EntityKind::Person)
            {
                if clean {
                    skip = k;
                    titled = true;
                    let _ = person;
                }
            }
        }
    }
    if titled && skip > 0 && skip < lead.len() {
        if let Some(mention) = mention_at(doc, lead[skip].span.start)
            .filter(|m| doc.kind(m.entity) == crate::fact::EntityKind::Person)
        {
            start = mention.span.start;
        }
    }
    // "the UK's public spending watchdog": a described body, not the country.
    if lead
        .first()
        .is_some_and(|t| t.text.eq_ignore_ascii_case("the") && t.span.start == start)
        && lead
            .get(1)
            .is_some_and(|t| super::entities::strip_possessive(t.text).1)
    {
        if let Some((org, last)) = described_body(doc, &lead) {
            return Some(Referent::described(
                vec![org],
                Span::new(start, lead[last].span.end),
            ));
        }
    }
    // "A Home Office spokesman said": the organisation a spokesperson speaks for.
    if lead
        .first()
        .is_some_and(|t| matches!(t.text, "A" | "a" | "An" | "an") && t.span.start == start)
    {
        if let Some(mention) = lead
            .get(1)
            .and_then(|t| mention_at(doc, t.span.start))
            .filter(|m| {
                !matches!(
                    doc.kind(m.entity),
                    EntityKind::Person | EntityKind::Proposal
                ) && lead
                    .iter()
                    .find(|t| t.span.start >= m.span.end)
                    .is_some_and(|t| voice_noun(doc, t.text))
            })
        {
            start = mention.span.start;
        }
    }
    // "said the Baltic Fishing Union": an organisation's name after "the".
    if lead
        .first()
        .is_some_and(|t| t.text.eq_ignore_ascii_case("the"))
    {
        if let Some(mention) = lead.get(1).and_then(|t| mention_at(doc, t.span.start)) {
            // Not "the Tory leader": a title after the name makes it a description.
            let after = lead.iter().position(|t| t.span.start >= mention.span.end);
            let titled_after = after
                .is_some_and(|i| super::entities::title_at(doc, &lead, i, lead.len()).is_some());
            if !matches!(
                doc.kind(mention.entity),
                EntityKind::Person | EntityKind::Proposal
            ) && lead[0].span.start == start
                && !titled_after
            {
                start = mention.span.start;
            }
        }
    }
    if let Some(mention) = mention_at(doc, start) {
        // "China's foreign minister": the person the article gives that title in that country.
        if let Some(referent) = possessive_title(doc, mention, limit) {
            return Some(referent);
        }
        let mut span = mention.span;
        let mut entities = vec![mention.entity];
        // "the Foreign Office spokesman" and "X spokeswoman": the organisation speaks.
        let rest = &body[span.end..limit.max(span.end)];
        // "a Labour source", "Mr Blair's official spokesman", "an EU official": an
        // unnamed person speaks for no one the guidelines let us name.
        let person = doc.kind(mention.entity) == EntityKind::Person;
        let after: Vec<&str> = rest
            .trim_start_matches(['\'', '’', 's'])
            .split_whitespace()
            .take(3)
            .map(|w| w.trim_end_matches([',', '.', ':']))
            .collect();
        let unnamed = |w: &&str| {
            matches!(
                *w,
                "source"
                    | "sources"
                    | "official"
                    | "officials"
                    | "insider"
                    | "insiders"
                    | "aide"
                    | "aides"
                    | "diplomat"
                    | "diplomats"
            ) || person && super::spokes_word(w, None)
        };
        if (rest.starts_with("'s ") || rest.starts_with("’s ") || !person)
            && after.iter().take(2).any(unnamed)
        {
            return None;
        }
        // ("UK firms backed ...", "British voters rejected ...": people of the
        // country, not its voice.)
        if !person && rest.starts_with(' ') && after.first().is_some_and(|w| PEOPLE_OF.contains(w))
        {
            return None;
        }
        // "Lord Butler's report said", "the Harbour Authority's report said": a
        // document speaks for its named owner.
        let owned = rest
            .strip_prefix("'s ")
            .or_else(|| rest.strip_prefix("’s "))
            .and_then(|after| after.split_whitespace().next())
            .map(|w| w.trim_end_matches([',', '.']))
            .filter(|w| doc.k.document_nouns.contains(&w.to_lowercase()));
        if let Some(word) = owned {
            let at = span.end + rest.find(word).unwrap_or(0);
            span.end = at + word.len();
        } else if let Some(word) = rest.split_whitespace().next() {
            let word = word.trim_end_matches([',', '.']);
            // ("the National Audit Office report says": a document is the voice of
            // an organisation or country, not of a person.)
            if super::spokes_word(word, None)
                || voice_noun(doc, word)
                    && !person
                    && doc.kind(mention.entity) != EntityKind::Proposal
            {
                span.end += rest.find(word).unwrap_or(0) + word.len();
            }
        }
        extend_list(doc, &mut entities, &mut span, limit);
        let indirect = mention.form == MentionForm::Description;
        return Some(Referent {
            entities,
            span,
            indirect,
        });
    }
    let tokens = words(body, Span::new(start, limit));
    let first = tokens.first()?;
    if first.span.start != start {
        return None;
    }
    let lower = first.text.to_lowercase();
    match lower.as_str() {
        "he" | "she" => {
            let entity = doc.resolve_pronoun(start, lower == "he")?;
            return Some(Referent::described(vec![entity], first.span));
        }
        // "his country", "her government", "his party": where the person holds a role.
        "his" | "her"
            if tokens.get(1).is_some_and(|t| {
                matches!(t.text, "country" | "government" | "party" | "nation")
            }) =>
        {
            let person = doc.resolve_pronoun(start, lower == "his")?;
            let org = doc.organisation_of(person)?;
            let wanted = if tokens[1].text == "party" {
                EntityKind::Organization
            } else {
                EntityKind::Country
            };
            return (doc.kind(org) == wanted)
                .then(|| Referent::described(vec![org], Span::new(start, tokens[1].span.end)));
        }
        "it" | "they" => {
            let referent = doc.resolve_collective(start, lower == "they")?;
            return Some(Referent {
                span: first.span,
                ..referent
            });
        }
        _ => {}
    }
    if let Some(referent) = named_pair(doc, &tokens, start) {
        return Some(referent);
    }
    // "the MPs said", after "the Commons work and pensions committee": the
    // committee whose report the article gives.
    if let Some(committee) = committee_taken_up(doc, &tokens) {
        return Some(Referent::described(
            vec![committee],
            Span::new(start, tokens[1].span.end),
        ));
    }
    // "The paper said", "both newspapers said": the outlets just named.
    if let Some((outlets, last)) = outlets_taken_up(doc, &tokens) {
        return Some(Referent::described(
            outlets,
            Span::new(start, tokens[last].span.end),
        ));
    }
    let owned_title = matches!(lower.as_str(), "its" | "their")
        && tokens.len() >= 2
        && tokens[1..tokens.len().min(4)]
            .iter()
            .any(|t| doc.k.titles.contains_key(&t.text.to_lowercase()));
    if (DETERMINERS.contains(&lower.as_str()) || owned_title) && tokens.len() >= 2 {
        // "a spokesman for the Home Office"
        let head = tokens[1].text.to_lowercase();
        if super::spokes_word(&head, None) && tokens.len() >= 4 && tokens[2].text == "for" {
            let mut k = 3;
            if tokens[k].text.eq_ignore_ascii_case("the") && k + 1 < tokens.len() {
                k += 1;
            }
            if let Some(mention) = mention_at(doc, tokens[k].span.start) {
                if doc.kind(mention.entity) != EntityKind::Person {
                    return Some(Referent {
                        entities: vec![mention.entity],
                        span: Span::new(start, mention.span.end),
                        indirect: false,
                    });
                }
            }
        }
        // "the statement from the Budget Office said", "a letter by the G7 leaders":
        // a document speaks for whoever it is from.
        // ("said the leaflet published jointly by the CPS and ACPO": a participle
        // of making and its agent, each author named.)
        let by = if tokens.len() >= 4 && matches!(tokens[2].text, "from" | "by") {
            Some(3)
        } else {
            let made = tokens.len() >= 5
                && matches!(
                    tokens[2].text,
                    "published" | "issued" | "produced" | "written" | "signed" | "released"
                );
            let jointly = usize::from(made && tokens[3].text == "jointly");
            (made && tokens.get(3 + jointly).is_some_and(|t| t.text == "by")).then_some(4 + jointly)
        };
        if let Some(by) = by.filter(|_| doc.k.document_nouns.contains(&head)) {
            // (The name may take in its "the": "the Crown Prosecution Service".)
            let mention = tokens[by..]
                .iter()
                .take(2)
                .find_map(|t| mention_at(doc, t.span.start))
                .filter(|m| {
                    words(body, Span::new(tokens[by].span.start, m.span.start))
                        .iter()
                        .all(|t| t.text.eq_ignore_ascii_case("the"))
                });
            if let Some(mention) = mention {
                let mut entities = vec![mention.entity];
                let mut span = Span::new(start, mention.span.end);
                extend_list(doc, &mut entities, &mut span, limit);
                return Some(Referent {
                    entities,
                    span,
                    indirect: false,
                });
            }
        }
        // "A party spokesman said ..." after "The Labour Party has ...": the party
        // the sentence before opened with.
        if matches!(lower.as_str(), "a" | "the")
            && tokens
                .get(2)
                .is_some_and(|t| super::spokes_word(t.text, None))
        {
            if let Some(party) = party_taken_up(doc, &tokens) {
                return Some(Referent::described(
                    vec![party],
                    Span::new(start, tokens[2].span.end),
                ));
            }
        }
        // "the committee added", "said the department": the organisation named
        // before with that word.
        if lower == "the" {
            if let Some(org) = spokesperson_taken_up(doc, &tokens) {
                return Some(Referent::described(
                    vec![org],
                    Span::new(start, tokens[1].span.end),
                ));
            }
            if let Some(authors) = document_author(doc, &tokens) {
                return Some(Referent::described(
                    authors,
                    Span::new(start, tokens[1].span.end),
                ));
            }
            if let Some(org) =
                organisation_taken_up(doc, &tokens).or_else(|| party_taken_up(doc, &tokens))
            {
                return Some(Referent::described(
                    vec![org],
                    Span::new(start, tokens[1].span.end),
                ));
            }
            if let Some((org, last)) = described_body(doc, &tokens) {
                return Some(Referent::described(
                    vec![org],
                    Span::new(start, tokens[last].span.end),
                ));
            }
        }
        // The first two paragraphs: the headline's and the lede.
        let lede = doc
            .layout
            .paragraphs
            .iter()
            .take(2)
            .any(|p| p.start <= start && start < p.end);
        let indefinite = matches!(lower.as_str(), "a" | "an");
        // "..., a committee of MPs has said." in a lede, then "the Commons science
        // and technology committee said" in the next paragraph: that body.
        if indefinite {
            let noun = tokens[1].text;
            if lede && doc.k.org_anaphors.contains(noun) {
                let paragraph = doc.layout.paragraphs.partition_point(|p| p.end <= start);
                if let Some(next) = doc.layout.paragraphs.get(paragraph + 1) {
                    let body_named = doc
                        .mentions
                        .iter()
                        .skip_while(|m| m.span.start < next.start)
                        .take_while(|m| m.span.start < next.end)
                        .find(|m| {
                            doc.kind(m.entity) == EntityKind::Organization
                                && doc.facts.entities[m.entity]
                                    .label
                                    .to_lowercase()
                                    .split_whitespace()
                                    .any(|w| w == noun)
                        });
                    if let Some(found) = body_named {
                        // ("a committee of MPs": the description ends after its "of X".)
                        let end = if tokens.get(2).is_some_and(|t| t.text == "of") {
                            tokens.get(3).map_or(tokens[1].span.end, |t| t.span.end)
                        } else {
                            tokens[1].span.end
                        };
                        return Some(Referent::described(
                            vec![found.entity],
                            Span::new(start, end),
                        ));
                    }
                }
            }
        }
        // "the prime minister", "the Tory leader": a person given that title here.
        for n in (1..=5.min(tokens.len() - 1)).rev() {
            let phrase: Vec<String> = tokens[1..=n]
                .iter()
                .map(|t| t.text.to_lowercase())
                .collect();
            let phrase = phrase.join(" ");
            // "The PM insisted", "the premier said": the short forms of the post
            // (unless someone here is given the title "Premier": "Premier Li Qiang").
            let short = phrase == "pm"
                || phrase == "premier" && person_with_title(doc, "premier", start).is_none();
            let phrase = if short {
                "prime minister".to_string()
            } else {
                phrase
            };
            // "A chief constable has backed ..." in a lede names the person later: look ahead.
            let head_is_title = doc.k.titles.contains_key(&tokens[n].text.to_lowercase());
            let found = if indefinite {
                if lede && head_is_title {
                    person_with_title_after(doc, &phrase, start)
                        .or_else(|| lede_person_named_next(doc, start))
                } else {
                    None
                }
            } else {
                person_with_title(doc, &phrase, start)
                    .map(|person| of_named_body(doc, &tokens[1..=n], person))
                    .or_else(|| {
                        // "..., its defence minister told the United States." in a lede,
                        // and "Defence Minister Hulusi Akar" named further on.
                        (owned_title && lede && head_is_title)
                            .then(|| person_with_title_after(doc, &phrase, start))
                            .flatten()
                    })
                    // "the US leader said": the holder the gazetteer knows.
                    .or_else(|| {
                        (lower == "the")
                            .then(|| super::roles::office_holder_described(doc, &phrase, start))
                            .flatten()
                    })
                    // "The new health minister for Wales says ..." in a lede, and the next
                    // paragraph opening "Dr Brian Gibbons, on his first full day ...":
                    // the person the story is about, named next.
                    .or_else(|| {
                        (lower == "the" && lede && head_is_title)
                            .then(|| lede_person_named_next(doc, start))
                            .flatten()
                    })
            };
            if let Some(person) = found {
                return Some(Referent::described(
                    vec![person],
                    Span::new(start, tokens[n].span.end),
                ));
            }
        }
        // "Michael Howard has denied ... The Tory leader said ...": a definite title
        // opening a sentence takes up the person the previous sentence opened with.
        if lower == "the" {
            if let Some((n, person)) = back_reference(doc, &tokens, start) {
                return Some(Referent::described(
                    vec![person],
                    Span::new(start, tokens[n].span.end),
                ));
            }
            // "the Salford MP", "the Metropolitan police chief": a title qualified by
            // a place or party, given to no one here, is the person being written about.
            if let Some(last) = qualified_title(doc, &tokens) {
                // "the Northern Party MEP": a title qualified by an organisation is
                // someone of that organisation, not whoever was named before.
                let qualifier_org = tokens[1..last].iter().find_map(|t| {
                    mention_at(doc, t.span.start)
                        .filter(|m| doc.kind(m.entity) == EntityKind::Organization)
                        .map(|m| m.entity)
                });
                let fits = |person: &usize| {
                    let mut posts = doc.facts.roles.iter().filter(|r| r.person == *person);
                    qualifier_org.is_none_or(|org| {
                        let first = posts.next();
                        first.is_none()
                            || first.into_iter().chain(posts).any(|r| r.org == Some(org))
                    })
                };
                if let Some(person) = doc.resolve_description(start).filter(fits) {
                    return Some(Referent::described(
                        vec![person],
                        Span::new(start, tokens[last].span.end),
                    ));
                }
            }
        }
    }
    None
}

/// "Both leaders", "the two men", "the four allied countries": the last two
/// (or as many as counted) people or countries named before, in this
/// paragraph or the two before, outside quotation marks. Not "both sides" or
/// "the two parties", which name no one.
fn named_pair(doc: &Doc, tokens: &[crate::text::Token], start: usize) -> Option<Referent> {
    // ("But both leaders also warned ...": past the conjunction.)
    let skip = usize::from(
        tokens
            .first()
            .is_some_and(|t| matches!(t.text, "But" | "And" | "Yet")),
    );
    let tokens = &tokens[skip..];
    let first = tokens.first()?.text.to_lowercase();
    let number = |word: &str| match word {
        "two" => Some(2),
        "three" => Some(3),
        "four" => Some(4),
        "five" => Some(5),
        _ => None,
    };
    let (count, mut noun_at) = match first.as_str() {
        "both" => (2, 1),
        "the" => (number(tokens.get(1)?.text)?, 2),
        _ => return None,
    };
    // ("the four allied countries": one modifier may stand before the noun.)
    if tokens.get(noun_at).is_some_and(|t| {
        matches!(
            t.text,
            "allied" | "other" | "European" | "western" | "Western"
        )
    }) {
        noun_at += 1;
    }
    let noun = tokens.get(noun_at)?;
    let wanted = match noun.text {
        "leaders" | "men" | "women" | "ministers" | "politicians" | "presidents" | "premiers"
        | "senators" | "MPs" | "candidates" => EntityKind::Person,
        "countries" | "nations" | "governments" => EntityKind::Country,
        _ => return None,
    };
    // ("both leaders' plans", "both leaders of ...": not the pair itself.)
    if doc.layout.body[noun.span.end..].starts_with(['\'', '’'])
        || tokens.get(noun_at + 1).is_some_and(|t| t.text == "of")
    {
        return None;
    }
    let sentence = doc.layout.sentence_of(start)?;
    let paragraph = doc.layout.sentence_paragraph[sentence];
    let from = doc
        .layout
        .sentences
        .iter()
        .zip(&doc.layout.sentence_paragraph)
        .find(|(_, &p)| p + 2 >= paragraph)
        .map_or(0, |(s, _)| s.start);
    let end = doc.mentions.partition_point(|m| m.span.start < start);
    let candidates: Vec<&Mention> = doc.mentions[..end]
        .iter()
        .filter(|m| {
            m.span.start >= from && doc.kind(m.entity) == wanted && !doc.in_quotation(m.span.start)
        })
        .collect();
    // Two may be named apart ("McConnell said ..., while Ryan praised ...");
    // three or more only as one list ("The United States, France, Germany and
    // Britain"), the last such list of that length.
    let mut pair: Vec<usize> = Vec::new();
    if count == 2 {
        for mention in candidates.iter().rev() {
            if !pair.contains(&mention.entity) {
                pair.push(mention.entity);
            }
            if pair.len() == count {
                break;
            }
        }
        pair.reverse();
    } else {
        let mut run: Vec<usize> = Vec::new();
        let mut last_end = 0;
        let mut found = None;
        for mention in &candidates {
            let joined = !run.is_empty()
                && is_list_gap(
                    &doc.layout.body[last_end.min(mention.span.start)..mention.span.start],
                );
            if !joined {
                if run.len() == count {
                    found = Some(run.clone());
                }
                run.clear();
            }
            if !run.contains(&mention.entity) {
                run.push(mention.entity);
            }
            last_end = mention.span.end;
        }
        if run.len() == count {
            found = Some(run);
        }
        pair = found.unwrap_or_default();
    }
    if pair.len() < count {
        return None;
    }
    Some(Referent::described(pair, Span::new(start, noun.span.end)))
}

/// For tokens "the", up to three lower-case modifiers and a description of a
/// body (`body_descriptions`: "the elections watchdog said"): the body named
/// last before it in the article, or, before any is named, the first named in
/// the rest of its paragraph or the next ("..., the elections watchdog has said. In a new
/// report, the Electoral Commission says ..."). Only bodies, not parties,
/// legislatures or outlets, and only when the phrase ends before a verb or a
/// punctuation mark. Returns the body and the index of the description's noun.
fn described_body(doc: &Doc, tokens: &[crate::text::Token]) -> Option<(usize, usize)> {
    let body = doc.layout.body;
    let last = (1..tokens.len().min(5)).find(|&i| {
        doc.k
            .body_descriptions
            .contains(tokens[i].text.to_lowercase().as_str())
    })?;
    // ("the UK's public spending watchdog": a name's possessive may lead.)
    let modifiers_fit = tokens[1..last].iter().enumerate().all(|(n, t)| {
        let possessive_country = n == 0
            && super::entities::strip_possessive(t.text).1
            && t.text.chars().next().is_some_and(char::is_uppercase);
        possessive_country
            || t.text.chars().all(|c| c.is_lowercase() || c == '-')
                && !DETERMINERS.contains(&t.text)
                && !super::quotes::is_auxiliary(t.text)
    }) && body[tokens[0].span.end..tokens[last].span.start]
        .chars()
        .all(|c| c.is_alphanumeric() || c == ' ' || c == '-' || c == '\'' || c == '’');
    let ends_phrase = tokens.get(last + 1).is_none_or(|next| {
        !body[tokens[last].span.end..next.span.start]
            .trim()
            .is_empty()
            || super::quotes::is_reporting(doc, next.text)
            || super::quotes::is_auxiliary(next.text)
            || matches!(next.text, "also" | "then" | "later")
    });
    if !modifiers_fit || !ends_phrase {
        return None;
    }
    let pos = tokens[0].span.start;
    // (A national body, not an alliance or a union of states: "EU member states
    // ..., the UK's public spending watchdog has said" is not the EU. Named
    // after the description, it need not be called by its kind: "..., says the
    // education watchdog. ... Ofsted chief David Bell ...".)
    let named_body = |m: &&Mention| {
        doc.kind(m.entity) == EntityKind::Organization
            && !matches!(
                doc.facts.entities[m.entity].org_kind.as_deref(),
                Some("igo" | "alliance" | "party" | "outlet" | "legislature")
            )
    };
    // (Named before it, only one whose name ends in a word of its kind.)
    let is_body = |m: &&Mention| {
        named_body(m)
            && doc.facts.entities[m.entity]
                .label
                .split_whitespace()
                .last()
                .is_some_and(|w| doc.k.org_anaphors.contains(&w.to_lowercase()))
    };
    let paragraph = doc.layout.paragraphs.partition_point(|p| p.end <= pos);
    let end = doc.mentions.partition_point(|m| m.span.start < pos);
    let before = doc.mentions[..end].iter().rev().find(is_body);
    let after = || {
        let stop = doc
            .layout
            .paragraphs
            .get(paragraph + 1)
            .or_else(|| doc.layout.paragraphs.get(paragraph))
            .map_or(body.len(), |p| p.end);
        doc.mentions[end..]
            .iter()
            .take_while(|m| m.span.start < stop)
            .find(named_body)
    };
    let found = before.or_else(after)?;
    Some((found.entity, last))
}

/// For tokens "the", a document noun (`document_nouns`) and a reporting verb
/// or auxiliary ("the report said", "the statement has warned"): the
/// organisation or country named first in the last sentence before that
/// mentions such a document ("The NAO published its report", "a report by
/// the OECD"), within this paragraph and the two before.
fn document_author(doc: &Doc, tokens: &[crate::text::Token]) -> Option<Vec<usize>> {
    let noun = tokens.get(1)?;
    let word = noun.text.to_lowercase();
    if !doc.k.document_nouns.contains(&word) {
        return None;
    }
    if tokens.get(2).is_some_and(|next| {
        !(super::quotes::is_reporting(doc, next.text) || super::quotes::is_auxiliary(next.text))
    }) {
        return None;
    }
    let body = doc.layout.body;
    let current = doc.layout.sentence_of(noun.span.start)?;
    let paragraph = doc.layout.sentence_paragraph[current];
    let found = (0..current)
        .rev()
        .take_while(|&i| paragraph - doc.layout.sentence_paragraph[i] <= 2)
        .map(|i| doc.layout.sentences[i])
        // The document as a noun ("its report", "a report"), not "failing to report".
        .filter(|sentence| {
            words(body, *sentence).windows(2).any(|w| {
                w[1].text.eq_ignore_ascii_case(&word)
                    && (matches!(
                        w[0].text.to_lowercase().as_str(),
                        "a" | "an" | "the" | "its" | "their" | "this" | "new" | "latest" | "annual"
                    ) || w[0].text.ends_with("'s")
                        || w[0].text.ends_with("’s"))
            })
        })
        // (A sentence that mentions the document but names no author is passed
        // over: "The report said A. The report said B." looks back past the
        // first. One that says it was written by someone unnamed ends the search:
        // "drawn up by two committees".)
        .find_map(|sentence| {
            let tokens = words(body, sentence);
            let unnamed_author = tokens.windows(2).any(|w| {
                w[0].text == "by"
                    && matches!(
                        body[sentence.start..w[0].span.start]
                            .trim_end()
                            .rsplit(' ')
                            .next(),
                        Some(
                            "up" | "written"
                                | "produced"
                                | "compiled"
                                | "commissioned"
                                | "prepared"
                        )
                    )
                    && mention_at(doc, w[1].span.start).is_none()
                    && !(w[1].text == "the"
                        && tokens
                            .iter()
                            .find(|t| t.span.start > w[1].span.start)
                            .is_some_and(|t| mention_at(doc, t.span.start).is_some()))
            });
            if unnamed_author {
                return Some(None);
            }
            let begin = doc
                .mentions
                .partition_point(|m| m.span.start < sentence.start);
            // (Not a body the document is about: "scrutinising the work of the
            // ODPM", "an inquiry into the Home Office".)
            let named: Vec<_> = doc.mentions[begin..]
                .iter()
                .take_while(|m| m.span.start < sentence.end)
                .filter(|m| !doc.in_quotation(m.span.start))
                .filter(|m| {
                    let before = body[sentence.start..m.span.start].trim_end().to_lowercase();
                    let before = before.strip_suffix(" the").unwrap_or(&before);
                    ![
                        " work of",
                        " into",
                        " on",
                        " about",
                        " against",
                        " scrutinising",
                        " scrutinizing",
                    ]
                    .iter()
                    .any(|w| before.ends_with(w))
                })
                .collect();
            // An organisation before a country: "the NAO's report on Northern Ireland";
            // "The CPS and the Association of Chief Police Officers published a
            // leaflet": a document by two bodies speaks for both.
            let first = named
                .iter()
                .position(|m| doc.kind(m.entity) == EntityKind::Organization);
            if let Some(first) = first {
                let mut authors = vec![named[first].entity];
                if let Some(next) = named.get(first + 1) {
                    let between = body[named[first].span.end..next.span.start].trim();
                    if matches!(between, "and" | "and the")
                        && doc.kind(next.entity) == EntityKind::Organization
                    {
                        authors.push(next.entity);
                    }
                }
                return Some(Some(authors));
            }
            // A country only as the document's owner or author ("Japan's report", "a
            // report by Japan"), not "the Northern Ireland system".
            let country = named.iter().find(|m| {
                doc.kind(m.entity) == EntityKind::Country
                    && (body[m.span.end..].starts_with(['\'', '’'])
                        || body[..m.span.start].trim_end().ends_with(" by"))
            });
            if let Some(m) = country {
                return Some(Some(vec![m.entity]));
            }
            // (Only an earlier "the report said" is looked past; a sentence about
            // the document that names no author ends the search.)
            let reported = tokens.windows(2).any(|w| {
                w[0].text.eq_ignore_ascii_case(&word) && super::quotes::is_reporting(doc, w[1].text)
            });
            (!reported).then_some(None)
        });
    // ("The report, written by the Audit Commission, said": a document whose
    // author its own sentence names looks back no further.)
    let sentence = doc.layout.sentences[current];
    let rest = &body[noun.span.end..sentence.end];
    let names_author = rest.split_whitespace().take(6).any(|w| w == "by");
    match found {
        Some(authors) => authors,
        None if names_author => None,
        None => subject_body_before(doc, current),
    }
}

/// "The NAO urged the government to push for improvements. The report said:
/// ...": with no earlier word of the document, the organisation that opens
/// one of the few sentences before it (in its paragraph or the one before),
/// unless a person or a country opens one first.
fn subject_body_before(doc: &Doc, current: usize) -> Option<Vec<usize>> {
    // ("The Audit Commission published its findings. The Treasury said the
    // findings were wrong. The report said ...": the one that published it
    // first, then one that reported.)
    acting_body_before(doc, current, true).or_else(|| acting_body_before(doc, current, false))
}

/// The organisation opening one of the four sentences before `current` that
/// publishes (or, unless `publishing`, reports), if no person and no body
/// doing something else opens one first.
fn acting_body_before(doc: &Doc, current: usize, publishing: bool) -> Option<Vec<usize>> {
    let body = doc.layout.body;
    let paragraph = doc.layout.sentence_paragraph[current];
    (0..current)
        .rev()
        .take(4)
        .take_while(|&i| paragraph - doc.layout.sentence_paragraph[i] <= 1)
        .map(|i| doc.layout.sentences[i])
        .find_map(|sentence| {
            let tokens = words(body, sentence);
            // (A person opening a sentence, named or not, ends the search.)
            if tokens.first().is_some_and(|t| {
                matches!(t.text, "He" | "She" | "They" | "Mr" | "Mrs" | "Ms" | "Dr")
            }) {
                return Some(None);
            }
            let first = doc
                .mentions
                .get(
                    doc.mentions
                        .partition_point(|m| m.span.start < sentence.start),
                )
                .filter(|m| m.span.start < sentence.end && !doc.in_quotation(m.span.start))?;
            let lead = words(body, Span::new(sentence.start, first.span.start));
            let opens =
                lead.is_empty() || lead.len() == 1 && matches!(lead[0].text, "The" | "But" | "And");
            // (The body itself acts: "The NAO urged", "the IMF said"; not "UKIP
            // spokesman Mark Croucher said", nor "The Tories attacked the
            // figures", which judges them.)
            let verb = words(body, Span::new(first.span.end, sentence.end));
            let verb = verb.first().map_or("", |t| t.text);
            let publishes = matches!(
                verb,
                "published" | "released" | "issued" | "produced" | "compiled"
            );
            let reports = super::quotes::is_reporting(doc, verb)
                || matches!(verb, "urged" | "questioned" | "found");
            let acts = publishes || !publishing && reports;
            // (In the first pass a body that only reported is passed over.)
            if opens && publishing && reports && !publishes {
                return None;
            }
            opens.then(|| {
                (doc.kind(first.entity) == EntityKind::Organization && acts)
                    .then(|| vec![first.entity])
            })
        })
        .flatten()
}

/// Whether the phrase ends at token `noun`: nothing follows it, or a reporting verb
/// or an auxiliary follows it directly ("the MPs said", "the paper has said").
fn verb_after_noun(doc: &Doc, tokens: &[crate::text::Token], noun: usize) -> bool {
    tokens.get(noun + 1).is_none_or(|next| {
        (super::quotes::is_reporting(doc, next.text) || super::quotes::is_auxiliary(next.text))
            && doc.layout.body[tokens[noun].span.end..next.span.start]
                .trim()
                .is_empty()
    })
}

/// The mentions from the start of the paragraph two before the one holding `pos`
/// up to `pos`, and where that stretch starts.
fn recent_mentions<'d>(doc: &'d Doc, pos: usize) -> (usize, &'d [Mention]) {
    let paragraph = doc.layout.paragraphs.partition_point(|p| p.end <= pos);
    let from = doc.layout.paragraphs[paragraph.saturating_sub(2)].start;
    let begin = doc.mentions.partition_point(|m| m.span.start < from);
    let end = doc.mentions.partition_point(|m| m.span.start < pos);
    (from, &doc.mentions[begin..end])
}

/// For tokens "the spokesman" (then a verb or the end of the phrase): the
/// organisation whose unnamed spokesperson of a fitting word was last mentioned,
/// in this paragraph or the two before ("A spokesman for the Information
/// Commissioner's Office said ... The spokesman said ..."). A person's
/// spokesperson speaks for no one (annotation.md), so never a person.
fn spokesperson_taken_up(doc: &Doc, tokens: &[crate::text::Token]) -> Option<usize> {
    let (first, noun) = (tokens.first()?, tokens.get(1)?);
    let male = match noun.text {
        "spokesman" => Some(true),
        "spokeswoman" => Some(false),
        "spokesperson" => None,
        _ => return None,
    };
    if !first.text.eq_ignore_ascii_case("the") || !verb_after_noun(doc, tokens, 1) {
        return None;
    }
    let (from, recent) = recent_mentions(doc, first.span.start);
    // The spokesperson mentioned last, whoever they speak for: when that is no
    // organisation named in the text, "the spokesman" is no one found.
    // (A bare "the spokesman" before is the same one taken up again.)
    let body = doc.layout.body;
    let last = words(body, Span::new(from, first.span.start))
        .into_iter()
        .rev()
        .find(|t| {
            let bare = body[..t.span.start]
                .trim_end()
                .rsplit(' ')
                .next()
                .is_some_and(|w| w.eq_ignore_ascii_case("the"))
                && !body[t.span.end..].trim_start().starts_with("for ");
            super::spokes_word(t.text, male) && !bare && !doc.in_quotation(t.span.start)
        })?;
    // ("Labour spokesman", "a spokesman for the Home Office".)
    recent
        .iter()
        .filter(|m| {
            m.span.end <= last.span.start && last.span.start - m.span.end <= 2
                || m.span.start >= last.span.end && m.span.start - last.span.end <= 10
        })
        .find(|m| doc.spokesperson_of(m.span, male))
        .filter(|m| doc.kind(m.entity) != EntityKind::Person)
        .map(|m| m.entity)
}

/// For tokens "the MPs" (then a verb or the end of the phrase): the committee
/// named last, in this paragraph or the two before ("the Commons work and pensions
/// committee ... the MPs said").
fn committee_taken_up(doc: &Doc, tokens: &[crate::text::Token]) -> Option<usize> {
    let (first, noun) = (tokens.first()?, tokens.get(1)?);
    if !first.text.eq_ignore_ascii_case("the") || noun.text != "MPs" {
        return None;
    }
    if !verb_after_noun(doc, tokens, 1) {
        return None;
    }
    recent_mentions(doc, first.span.start)
        .1
        .iter()
        .rev()
        .find(|m| {
            doc.kind(m.entity) == EntityKind::Organization
                && doc.facts.entities[m.entity]
                    .label
                    .split_whitespace()
                    .last()
                    .is_some_and(|w| w.eq_ignore_ascii_case("committee"))
        })
        .map(|m| m.entity)
}

/// For tokens "the paper" or "the newspaper" (one outlet) or "the papers", "both
/// papers", "both newspapers" (two), then a verb or the end of the phrase: the
/// outlets (organisations of kind "outlet") named last, in this sentence or the
/// two before ("The Sunday Times and the Sunday Telegraph say ... The papers
/// suggest ..."). Returns them and the index of the noun.
fn outlets_taken_up(doc: &Doc, tokens: &[crate::text::Token]) -> Option<(Vec<usize>, usize)> {
    let (first, noun) = (tokens.first()?, tokens.get(1)?);
    // ("The paper, published in the Lancet, said": another kind of paper.)
    if doc.layout.body[noun.span.end..].starts_with([',', '(']) {
        return None;
    }
    let count = match (first.text.to_lowercase().as_str(), noun.text) {
        ("the", "paper" | "newspaper") => 1,
        ("the" | "both", "papers" | "newspapers") => 2,
        _ => return None,
    };
    if !verb_after_noun(doc, tokens, 1) {
        return None;
    }
    let current = doc.layout.sentence_of(first.span.start)?;
    let from = doc.layout.sentences[current.saturating_sub(2)].start;
    let begin = doc.mentions.partition_point(|m| m.span.start < from);
    let end = doc
        .mentions
        .partition_point(|m| m.span.start < first.span.start);
    let mut outlets: Vec<usize> = Vec::new();
    for m in doc.mentions[begin..end].iter().rev() {
        let outlet = doc.kind(m.entity) == EntityKind::Organization
            && doc.facts.entities[m.entity].org_kind.as_deref() == Some("outlet");
        if outlet && !outlets.contains(&m.entity) {
            outlets.push(m.entity);
        }
    }
    if outlets.len() < count {
        return None;
    }
    outlets.truncate(count);
    outlets.reverse();
    Some((outlets, 1))
}

/// For tokens "the", an organisation word (`org_anaphors`, lower case) and then
/// a verb or the end of the phrase ("the committee added", not "the committee
/// chairman"): the last organisation named before, within this paragraph and
/// the two before, whose name holds that word ("the Commons environment
/// committee", "the Department of Health").
fn organisation_taken_up(doc: &Doc, tokens: &[crate::text::Token]) -> Option<usize> {
    let noun = tokens.get(1)?;
    let word = noun.text.to_lowercase();
    if noun.text != word || !doc.k.org_anaphors.contains(&word) {
        return None;
    }
    let body = doc.layout.body;
    let ends_phrase = match tokens.get(2) {
        None => true,
        Some(next) => {
            !body[noun.span.end..next.span.start].trim().is_empty()
                || super::quotes::is_reporting(doc, next.text)
                || super::quotes::is_auxiliary(next.text)
                || matches!(next.text, "also" | "then" | "later")
        }
    };
    // "the court was told": the organisation is addressed, not speaking.
    let passive = tokens
        .get(2)
        .is_some_and(|t| matches!(t.text, "was" | "were" | "is" | "are" | "has" | "had"))
        && tokens
            .get(3)
            .is_some_and(|t| t.text == "told" || t.text == "been" || t.text.ends_with("ed"));
    if !ends_phrase || passive {
        return None;
    }
    let pos = noun.span.start;
    let paragraph = doc.layout.paragraphs.partition_point(|p| p.end <= pos);
    let earliest = doc
        .layout
        .paragraphs
        .get(paragraph.saturating_sub(2))
        .map_or(0, |p| p.start);
    let end = doc.mentions.partition_point(|m| m.span.start < pos);
    doc.mentions[..end]
        .iter()
        .rev()
        .take_while(|m| m.span.start >= earliest)
        .filter(|m| doc.kind(m.entity) == EntityKind::Organization)
        .find(|m| {
            let entity = &doc.facts.entities[m.entity];
            std::iter::once(&entity.label)
                .chain(&entity.alt_labels)
                .chain(std::iter::once(&doc.layout.text(m.span).to_string()))
                .any(|name| {
                    name.split_whitespace().any(|w| {
                        w.trim_matches(|c: char| !c.is_alphanumeric())
                            .to_lowercase()
                            == word
                    })
                })
        })
        .map(|m| m.entity)
}

/// For tokens "the party" (before a verb): the one party named in this
/// sentence before it and the sentence before ("UKIP ... The party argues the
/// pair should give up their seats"); none when two are named there.
fn party_taken_up(doc: &Doc, tokens: &[crate::text::Token]) -> Option<usize> {
    let noun = tokens.get(1)?;
    // ("a party spokesman said": the party speaks through its spokesman.)
    let verb_at = if tokens
        .get(2)
        .is_some_and(|t| super::spokes_word(t.text, None))
    {
        3
    } else {
        2
    };
    if noun.text != "party"
        || tokens.get(verb_at).is_some_and(|next| {
            !(super::quotes::is_reporting(doc, next.text)
                || super::quotes::is_auxiliary(next.text)
                || next.text.ends_with('s') && next.text.chars().all(|c| c.is_ascii_lowercase()))
        })
    {
        return None;
    }
    let pos = noun.span.start;
    let sentence = doc.layout.sentence_of(pos)?;
    let here = doc.layout.sentences[sentence].start;
    let end = doc.mentions.partition_point(|m| m.span.start < pos);
    let is_party = |m: &&Mention| doc.facts.entities[m.entity].org_kind.as_deref() == Some("party");
    // (In the sentence before, only the name it opens with: its subject.)
    let opening = sentence.checked_sub(1).and_then(|before| {
        let span = doc.layout.sentences[before];
        doc.mentions
            .iter()
            .find(|m| m.span.start >= span.start && m.span.start < span.end)
    });
    let mut parties: Vec<usize> = opening
        .into_iter()
        .chain(doc.mentions[..end].iter().filter(|m| m.span.start >= here))
        .filter(is_party)
        .map(|m| m.entity)
        .collect();
    parties.sort_unstable();
    parties.dedup();
    match parties[..] {
        [party] => Some(party),
        _ => None,
    }
}

/// For tokens "the", capitalised qualifiers and a singular title ("the Salford
/// MP"): the index of the title's last token.
pub(crate) fn qualified_title(doc: &Doc, tokens: &[crate::text::Token]) -> Option<usize> {
    (2..=3.min(tokens.len().saturating_sub(1)))
        .take_while(|&k| {
            tokens[k - 1]
                .text
                .chars()
                .next()
                .is_some_and(char::is_uppercase)
        })
        .find_map(|k| {
            let n = super::entities::title_at(doc, tokens, k, tokens.len())?;
            let phrase: Vec<String> = tokens[k..k + n]
                .iter()
                .map(|t| t.text.to_lowercase())
                .collect();
            doc.k
                .titles
                .contains_key(&phrase.join(" "))
                .then_some(k + n - 1)
        })
}

/// For "The Tory leader" at a sentence start: the title's last token index and
/// the person who is the subject of the sentence before.
fn back_reference(
    doc: &Doc,
    tokens: &[crate::text::Token],
    start: usize,
) -> Option<(usize, usize)> {
    let idx = doc
        .layout
        .sentences
        .binary_search_by(|s| s.start.cmp(&start))
        .ok()?;
    let previous = *doc.layout.sentences.get(idx.checked_sub(1)?)?;
    // The title: up to three words after "the", ending in a title word.
    let n = (1..=3.min(tokens.len().saturating_sub(1)))
        .rev()
        .find(|&n| doc.k.titles.contains_key(&tokens[n].text.to_lowercase()))?;
    // ("Gordon Brown has set out his plans. The prime minister ...": not a post
    // the gazetteer lets him hold at the article's time.)
    let fits = |person: usize| !super::roles::office_ruled_out(doc, person, &tokens[1..=n]);
    // "Tony Blair has failed, Michael Howard has said. The Tory leader ...": the reporter.
    if let Some(person) = super::quotes::sentence_reporter(doc, previous) {
        return fits(person).then_some((n, person));
    }
    // "Mr Blair's government ...": a possessive is not the one written about.
    let first = doc.mentions.iter().find(|m| {
        m.span.start >= previous.start && m.span.start < previous.end && !doc.is_possessor(m)
    })?;
    (doc.kind(first.entity) == EntityKind::Person
        && opens_sentence(doc, previous, first.span)
        && fits(first.entity))
    .then_some((n, first.entity))
}

/// Whether a name opens its sentence, past at most a connective ("But", "However,")
/// and a peer's or knight's style ("But Lord Butler said ..."): the one the sentence is about, whom
/// "the former cabinet secretary" in the next sentence takes up. (A title before
/// the name, "Chancellor Gordon Brown", gives the person another post.)
pub(crate) fn opens_sentence(doc: &Doc, sentence: Span, name: Span) -> bool {
    let lead = words(doc.layout.body, Span::new(sentence.start, name.start));
    if lead.is_empty() {
        return true;
    }
    // (Past a connective only when no one else is named: "Later Tony Blair met
    // Gordon Brown. The chancellor said" is Brown.)
    // (Not one named in a participle clause after it: "But Oliver Letwin, for the
    // Tories, attacked red tape, dubbing Mr Brown 'Sir Wastealot'".)
    let body = doc.layout.body;
    let end = words(body, Span::new(name.end, sentence.end))
        .iter()
        .find(|t| t.text.ends_with("ing") && body[..t.span.start].trim_end().ends_with(','))
        .map_or(sentence.end, |t| t.span.start);
    let first = doc
        .mentions
        .partition_point(|m| m.span.start < sentence.start);
    let another = doc.mentions[first..]
        .iter()
        .take_while(|m| m.span.start < end)
        .any(|m| m.span != name && doc.kind(m.entity) == EntityKind::Person);
    !another
        && lead.iter().enumerate().all(|(i, t)| {
            let word = t.text.trim_end_matches(',');
            i == 0
            && matches!(
                word,
                "But" | "And" | "However" | "Meanwhile" | "Earlier" | "Later" | "Separately" | "Yet"
            )
            // ("Mr Blair retorted ... The home secretary has admitted": "Mr" opens
            // most sentences about anyone, so only a peer's or knight's style counts.)
            || matches!(word, "Lord" | "Lady" | "Sir" | "Dame" | "Baroness")
        })
}

/// "China's foreign minister" (or "the Chinese foreign minister"): the person
/// the article names with that title in that organisation or country,
/// anywhere in the article.
fn possessive_title(doc: &Doc, mention: Mention, limit: usize) -> Option<Referent> {
    if doc.kind(mention.entity) == crate::fact::EntityKind::Person {
        return None;
    }
    let body = doc.layout.body;
    let rest = &body[mention.span.end..limit.max(mention.span.end)];
    let rest = ["’s ", "'s "].iter().find_map(|p| rest.strip_prefix(p))?;
    let start = limit - rest.len();
    let tokens = words(body, Span::new(start, limit));
    let n = (1..=3.min(tokens.len()))
        .rev()
        .find(|&n| super::entities::title_at(doc, &tokens, 0, n).is_some_and(|len| len == n))?;
    let phrase: Vec<String> = tokens[..n].iter().map(|t| t.text.to_lowercase()).collect();
    let phrase = phrase.join(" ");
    let titled = |r: &&crate::fact::Role| r.title.to_lowercase().ends_with(&phrase);
    // The person given that title in that country; else the only person given
    // it with no country ("Foreign Minister Wang Yi" for "China's foreign minister").
    let person = doc
        .facts
        .roles
        .iter()
        .filter(titled)
        .find(|r| r.org == Some(mention.entity))
        .map(|r| r.person)
        .or_else(|| {
            let mut people = doc
                .facts
                .roles
                .iter()
                .filter(titled)
                .filter(|r| r.org.is_none())
                .map(|r| r.person);
            let person = people.next()?;
            people.all(|p| p == person).then_some(person)
        })?;
    Some(Referent::described(
        vec![person],
        Span::new(mention.span.start, tokens[n - 1].span.end),
    ))
}

/// "the Turkish president" after "President Donald Trump" and "Turkish President
/// Recep Tayyip Erdogan": when the description names a country or body, a
/// person given the title for that body comes before one given it for no body.
fn of_named_body(doc: &Doc, description: &[crate::text::Token], found: usize) -> usize {
    // (The body by its mention, or a country by its demonym: "Turkish".)
    // (Demonyms are capitalised: most words of a description need no search.)
    let by_demonym = |t: &crate::text::Token| {
        if !t.text.starts_with(char::is_uppercase) {
            return None;
        }
        let entry = doc
            .k
            .entries
            .iter()
            .find(|e| e.kind == EntityKind::Country && e.demonym.as_deref() == Some(t.text))?;
        doc.existing_entity(EntityKind::Country, &entry.key)
    };
    let Some(body) = description.iter().find_map(|t| {
        mention_at(doc, t.span.start)
            .filter(|m| {
                matches!(
                    doc.kind(m.entity),
                    EntityKind::Country | EntityKind::Organization
                )
            })
            .map(|m| m.entity)
            .or_else(|| by_demonym(t))
    }) else {
        return found;
    };
    let head = description
        .last()
        .map(|t| t.text.to_lowercase())
        .unwrap_or_default();
    let holds = |person: usize| {
        doc.facts
            .roles
            .iter()
            .any(|r| r.person == person && r.org == Some(body))
    };
    if holds(found) {
        return found;
    }
    doc.facts
        .roles
        .iter()
        .find(|r| r.org == Some(body) && r.title.to_lowercase().ends_with(&head))
        .map_or(found, |r| r.person)
}

/// The person most recently given a title that ends with `phrase` before `pos`.
fn person_with_title(doc: &Doc, phrase: &str, pos: usize) -> Option<usize> {
    titled_people(doc, phrase, pos, false)
        .max_by_key(|&(start, _)| start)
        .map(|(_, person)| person)
}

/// "..., a Home Office minister has said." in a lede, then "Hazel Blears said ..."
/// opening the next paragraph: the person who opens the paragraph after `pos`'s.
pub(crate) fn lede_person_named_next(doc: &Doc, pos: usize) -> Option<usize> {
    let idx = doc
        .layout
        .paragraphs
        .iter()
        .position(|p| p.start <= pos && pos < p.end)?;
    let next = doc.layout.paragraphs.get(idx + 1)?;
    let mention = doc
        .mentions
        .iter()
        .find(|m| m.span.start >= next.start && m.span.start < next.end)?;
    // (After an honorific only: "Dr Brian Gibbons, on his first full day ...",
    // or a title: "Public accounts committee chairman Edward Leigh was giving
    // his reaction".)
    let lead = words(doc.layout.body, Span::new(next.start, mention.span.start));
    let opens = lead
        .iter()
        .all(|t| doc.k.honorifics.contains(t.text.trim_end_matches('.')))
        || lead.len() <= 6
            && lead
                .last()
                .is_some_and(|t| doc.k.titles.contains_key(&t.text.to_lowercase()))
            && !doc.layout.body[next.start..mention.span.start].contains([',', '"', '“']);
    (opens && doc.kind(mention.entity) == EntityKind::Person).then_some(mention.entity)
}

/// The first person given a title that ends with `phrase` after `pos`.
fn person_with_title_after(doc: &Doc, phrase: &str, pos: usize) -> Option<usize> {
    titled_people(doc, phrase, pos, true)
        .min_by_key(|&(start, _)| start)
        .map(|(_, person)| person)
}

/// (role evidence start, person) of the roles whose title ends with `phrase`
/// (or with its last word, looking ahead), before or after `pos`.
fn titled_people<'d>(
    doc: &'d Doc,
    phrase: &'d str,
    pos: usize,
    after: bool,
) -> impl Iterator<Item = (usize, usize)> + 'd {
    let head = phrase.split_whitespace().last().unwrap_or_default();
    // ("the Archbishop of Canterbury": a title before "of" and its place.)
    let head_before_of = phrase
        .split(" of ")
        .next()
        .and_then(|before| before.split_whitespace().last())
        .unwrap_or_default();
    let known = doc.k.titles.contains_key(head)
        || doc.k.titles.contains_key(phrase)
        || phrase.contains(" of ") && doc.k.titles.contains_key(head_before_of);
    let char_pos = doc.layout.evidence(Span::new(pos, pos)).start;
    doc.facts
        .roles
        .iter()
        .filter(move |r| {
            // A role read from this very description ("..., the trade secretary has
            // said" in a lede) counts as given before it.
            known
                && if after {
                    r.evidence.start > char_pos
                } else {
                    r.evidence.start <= char_pos
                }
        })
        .filter(move |r| {
            let title = r.title.to_lowercase();
            // "The Foreign Secretary told the BBC" is not the shadow foreign
            // secretary, nor a deputy, vice, assistant or former one (and the
            // other way round): the qualifiers on both sides must agree.
            // ("The minister" keeps its wider sense: a deputy foreign minister is
            // "the minister", a shadow one is not; a vice president is not "the
            // president".)
            let generic = phrase == "minister";
            let qualifiers = |text: &str| -> Vec<bool> {
                QUALIFIERS
                    .iter()
                    .filter(|q| !generic || **q == "shadow")
                    .map(|q| text.split_whitespace().any(|w| w == *q))
                    .collect()
            };
            let phrase_former = phrase
                .split_whitespace()
                .any(|w| w == "former" || w.starts_with("ex-"));
            if qualifiers(&title) != qualifiers(phrase) || r.former && !phrase_former {
                return false;
            }
            // ("the longest serving chancellor of modern times" is a chancellor.)
            let before_of = title.split(" of ").next().unwrap_or(&title);
            title == phrase
                || title.ends_with(&format!(" {phrase}"))
                || before_of != title && before_of.ends_with(&format!(" {phrase}"))
                || phrase.ends_with(&title)
                || after && title.ends_with(head)
                || phrase == "minister" && secretary_of_state(&title)
        })
        .map(|r| (r.evidence.start, r.person))
}

/// Words that make a title another post than the bare title: a shadow, deputy,
/// vice or assistant foreign secretary is not "the Foreign Secretary".
pub(crate) const QUALIFIERS: &[&str] = &["shadow", "deputy", "vice", "assistant"];

/// "Home Secretary", "Trade and Industry Secretary": a secretary of state, whom
/// "the minister" takes up. Not a general, press, permanent or private
/// secretary, nor a shadow one.
fn secretary_of_state(title: &str) -> bool {
    let Some(department) = title.strip_suffix(" secretary") else {
        return false;
    };
    let last = department.split_whitespace().last().unwrap_or_default();
    !department.contains("shadow")
        && !department.contains("former")
        && !matches!(
            last,
            "general"
                | "press"
                | "permanent"
                | "private"
                | "parliamentary"
                | "assistant"
                | "deputy"
                | "cabinet"
        )
}

/// Grows a referent to a list: "Germany and the United Kingdom", "France, Italy and Spain".
fn extend_list(doc: &Doc, entities: &mut Vec<usize>, span: &mut Span, limit: usize) {
    // Items joined by commas count only once the list closes with "and".
    let mut certain = entities.len();
    let mut certain_end = span.end;
    while let Some(next) = doc
        .mentions
        .iter()
        .find(|m| m.span.start >= span.end && m.span.start < limit)
    {
        let gap = &doc.layout.body[span.end..next.span.start];
        // "the Crown Prosecution Service (CPS) and ...": the name's own acronym.
        if gap.trim() == "("
            && entities.last() == Some(&next.entity)
            && doc.layout.body[next.span.end..].starts_with(')')
        {
            span.end = next.span.end + 1;
            continue;
        }
        if !is_list_gap(gap) && !titled_list_gap(doc, Span::new(span.end, next.span.start)) {
            break;
        }
        if !entities.contains(&next.entity) {
            entities.push(next.entity);
        }
        span.end = next.span.end;
        if gap.contains("and") {
            certain = entities.len();
            certain_end = span.end;
        }
    }
    entities.truncate(certain);
    span.end = certain_end;
}

/// "R-Ky.", "D-N.Y.", "I-Vt.": a US party letter and a state abbreviation.
pub(crate) fn party_tag(text: &str) -> bool {
    let mut chars = text.chars();
    matches!(chars.next(), Some('R' | 'D' | 'I'))
        && chars.next() == Some('-')
        && text.len() <= 8
        && text[2..].chars().next().is_some_and(char::is_uppercase)
        && text[2..].chars().all(|c| c.is_alphabetic() || c == '.')
}

/// "Chancellor Gordon Brown and Home Secretary Charles Clarke", "Gerhard
/// Schroeder and French President Jacques Chirac": "and" (or a list comma)
/// and a title, perhaps after a capitalised word, before the next name.
fn titled_list_gap(doc: &Doc, gap: Span) -> bool {
    let body = doc.layout.body;
    let text = &body[gap.start..gap.end];
    let tokens = words(body, gap);
    let Some(first) = tokens.first() else {
        return false;
    };
    let from = usize::from(first.text == "and");
    if from == 0 && !text.trim_start().starts_with(',')
        || text.contains(['.', ';', '(', ')', '"', '“', '”'])
    {
        return false;
    }
    (from..tokens.len().min(from + 2)).any(|at| {
        tokens[from..at]
            .iter()
            .all(|t| t.text.starts_with(char::is_uppercase))
            && super::entities::title_at(doc, &tokens, at, tokens.len())
                .is_some_and(|n| at + n == tokens.len())
    })
}

/// Text between two listed names: ", ", " and ", ", and ", with up to four
/// describing words after the conjunction ("and next year's host the").
pub(crate) fn is_list_gap(gap: &str) -> bool {
    let mut trimmed = gap.trim();
    // "Rand Paul, R-Ky., and Mike Lee": a party-and-state tag after a name.
    if let Some(rest) = trimmed.strip_prefix(", ") {
        let tag = rest.split(',').next().unwrap_or_default();
        if party_tag(tag) {
            trimmed = rest[tag.len()..].trim_start();
        }
    }
    // "the Crown Prosecution Service (CPS) and ...": an acronym in brackets after a name.
    if let Some(rest) = trimmed.strip_prefix('(') {
        if let Some((acronym, after)) = rest.split_once(')') {
            if !acronym.is_empty() && acronym.chars().all(|c| c.is_ascii_uppercase()) {
                trimmed = after.trim_start();
            }
        }
    }
    let joined = trimmed.starts_with(", and") || trimmed.starts_with("and");
    let rest = if let Some(r) = trimmed.strip_prefix(", and") {
        r
    } else if let Some(r) = trimmed.strip_prefix("and") {
        r
    } else if let Some(r) = trimmed.strip_prefix(',') {
        r
    } else {
        return false;
    };
    let words: Vec<&str> = rest.split_whitespace().collect();
    if words.len() > 4 {
        return false;
    }
    words.iter().all(|w| {
        // "Mr Reed and Ms Lowe", "Senator Reed and Senator Lowe": a title or
        // honorific before the next name (after "and": "BBC political editor
        // Andrew Marr, Mr Brown" is no list).
        let title = joined
            && matches!(
                *w,
                "Mr" | "Mrs"
                    | "Ms"
                    | "Miss"
                    | "Dr"
                    | "Sir"
                    | "Lord"
                    | "Lady"
                    | "Prof"
                    | "Senator"
                    | "Sen."
                    | "Rep."
                    | "Representative"
                    | "President"
                    | "Governor"
                    | "Gov."
            );
        title
            || w.chars()
                .next()
                .is_some_and(|c| c.is_lowercase() || c.is_ascii_digit())
                && !w.contains(',')
                && !matches!(
                    *w,
                    "said"
                        | "says"
                        | "told"
                        | "who"
                        | "which"
                        | "that"
                        | "but"
                        | "is"
                        | "was"
                        | "are"
                        | "were"
                )
    })
}

/// The agents a clause's subject names, scanning back from `end` to `start`:
/// the last name (and any list it ends), skipping possessives, or a pronoun.
/// A word that counts or picks part of a group: "some", "many", "five", "12".
pub(crate) fn quantifier(word: &str) -> bool {
    let lower = word.to_ascii_lowercase();
    matches!(
        lower.as_str(),
        "some"
            | "many"
            | "several"
            | "senior"
            | "leading"
            | "prominent"
            | "few"
            | "other"
            | "most"
            | "dozens"
            | "hundreds"
            | "number"
    ) || super::NUMBER_WORDS.contains(&lower.as_str())
        || !lower.is_empty() && lower.chars().all(|c| c.is_ascii_digit())
}

/// Whether the headline opens with names joined by commas up to `span`, the
/// last of them ("McConnell, Ryan back CIA"; not "In Brussels, May backs deal").
fn headline_list(doc: &Doc, span: Span) -> bool {
    let Some(headline) = doc.headline.filter(|h| h.contains(span)) else {
        return false;
    };
    let mut at = headline.start;
    for mention in doc
        .mentions
        .iter()
        .skip_while(|m| m.span.start < headline.start)
        .take_while(|m| m.span.start < span.start)
    {
        let gap = doc.layout.body[at..mention.span.start].trim();
        if !(gap.is_empty() || at > headline.start && gap == ",") {
            return false;
        }
        at = mention.span.end;
    }
    doc.layout.body[at..span.start].trim() == ","
}

pub(crate) fn subject_before(doc: &Doc, start: usize, end: usize) -> Option<Referent> {
    let body = doc.layout.body;
    let tokens = words(body, Span::new(start, end));
    let last = tokens.last()?;
    let lower = last.text.to_lowercase();
    // "Guy Marsh QC": the person before the letters after the name.
    if super::entities::POST_NOMINALS.contains(&last.text) && tokens.len() >= 2 {
        let name = tokens[tokens.len() - 2];
        if let Some(mention) = mention_ending_at(doc, name.span.end)
            .filter(|m| doc.kind(m.entity) == EntityKind::Person)
        {
            return Some(Referent {
                entities: vec![mention.entity],
                span: mention.span,
                indirect: false,
            });
        }
    }
    if matches!(lower.as_str(), "he" | "she") {
        let entity = doc.resolve_pronoun(last.span.start, lower == "he")?;
        return Some(Referent::described(vec![entity], last.span));
    }
    // "... said his country supports ...": the person's country.
    if tokens.len() >= 2
        && matches!(
            lower.as_str(),
            "country" | "government" | "party" | "nation"
        )
        && matches!(tokens[tokens.len() - 2].text, "his" | "her")
    {
        return referent_at(doc, tokens[tokens.len() - 2].span.start, end);
    }
    if matches!(lower.as_str(), "it" | "they") {
        let referent = doc.resolve_collective(last.span.start, lower == "they")?;
        return Some(Referent {
            span: last.span,
            ..referent
        });
    }
    // "Estonia's government said": the body speaks for its country or organisation.
    if doc.k.speaking_bodies.contains(&lower) {
        let before = body[start..last.span.start].trim_end();
        if let Some(owner) = before
            .strip_suffix("'s")
            .or_else(|| before.strip_suffix("’s"))
        {
            if let Some(mention) = mention_ending_at(doc, start + owner.len()) {
                if !matches!(
                    doc.kind(mention.entity),
                    EntityKind::Person | EntityKind::Proposal
                ) {
                    return Some(Referent {
                        entities: vec![mention.entity],
                        span: Span::new(mention.span.start, last.span.end),
                        indirect: false,
                    });
                }
            }
        }
    }
    // "Mr Hale's speech called for ...", "the commission's report backed ...":
    // the author speaks through the document.
    if (doc.k.document_nouns.contains(&lower) || lower == "speech") && tokens.len() >= 2 {
        let owner = tokens[tokens.len() - 2].text;
        if let Some(name) = owner
            .strip_suffix("'s")
            .or_else(|| owner.strip_suffix("’s"))
            .filter(|_| tokens[tokens.len() - 2].span.end == last.span.start - 1)
        {
            let name_end = tokens[tokens.len() - 2].span.start + name.len();
            // (The document heads the subject: not "A reply to Mr Hale's speech".)
            let opens = |m: &Mention| {
                m.span.start >= start
                    && words(body, Span::new(start, m.span.start)).iter().all(|t| {
                        document_lead(t.text, false)
                            || doc.k.honorifics.contains(t.text.trim_end_matches('.'))
                    })
            };
            if let Some(mention) = mention_ending_at(doc, name_end)
                .filter(|m| doc.kind(m.entity) != EntityKind::Proposal && opens(m))
            {
                return Some(Referent {
                    entities: vec![mention.entity],
                    span: Span::new(mention.span.start, last.span.end),
                    indirect: false,
                });
            }
        }
    }
    // "Rhian Beynon of the JCWI said": a person before "of" and an
    // organisation not otherwise named.
    if let Some(of) = tokens.iter().rev().take(5).position(|t| t.text == "of") {
        let of = tokens.len() - 1 - of;
        let org_only = tokens[of + 1..]
            .iter()
            .all(|t| t.text == "the" || t.text.starts_with(char::is_uppercase));
        if org_only && of > 0 && mention_ending_at(doc, last.span.end).is_none() {
            if let Some(person) = mention_ending_at(doc, tokens[of - 1].span.end)
                .filter(|m| doc.kind(m.entity) == EntityKind::Person)
            {
                return Some(Referent {
                    entities: vec![person.entity],
                    span: person.span,
                    indirect: false,
                });
            }
        }
    }
    // "Labour and business groups opposed ...": the named member of a list that
    // ends with a generic group holds the position ("critics" hold none).
    let last = match tokens.iter().rposition(|t| t.text == "and") {
        Some(and)
            if and > 0
                && and + 3 >= tokens.len()
                && and + 1 < tokens.len()
                && doc.k.group_words.contains(last.text)
                && last.text.ends_with('s')
                // (Not "Labour and union members": members of both.)
                && !MEMBERS_OF.contains(&last.text.to_lowercase().as_str())
                && tokens[and + 1..tokens.len() - 1]
                    .iter()
                    .all(|t| t.text.chars().all(char::is_lowercase)) =>
        {
            tokens[and - 1]
        }
        _ => *last,
    };
    // "The U.S. said": the name may end with the abbreviation's full stop.
    let mention = mention_ending_at(doc, last.span.end).or_else(|| {
        body[last.span.end..end]
            .starts_with('.')
            .then(|| mention_ending_at(doc, last.span.end + 1))
            .flatten()
    })?;
    // "The barrister who had represented Mr Martin said": a name inside a relative clause is not the subject.
    // A name that begins before the clause (an alias with a bracket or colon) is not its subject.
    let lead = body.get(start..mention.span.start)?.to_ascii_lowercase();
    if [" who ", " which ", " whom ", " whose "]
        .iter()
        .any(|w| format!(" {lead}").contains(w))
    {
        return None;
    }
    // "Senator Lindsey Graham of South Carolina said", "Republicans in Congress
    // applauded", "Dr Lewis, secretary of the BMA (BMA), welcomed": a name in a
    // prepositional phrase or brackets qualifies the subject; the subject is
    // the name before it.
    let mention = {
        let mut mention = mention;
        for _ in 0..3 {
            let lead = words(body, Span::new(start, mention.span.start));
            let mut k = lead.len();
            if k > 0 && lead[k - 1].text.eq_ignore_ascii_case("the") {
                k -= 1;
            }
            let bracketed = body[..mention.span.start].trim_end().ends_with('(');
            // ("Sources within the party", "sources close to the party".)
            let in_phrase = k > 0
                && (matches!(
                    lead[k - 1].text,
                    "of" | "from"
                        | "in"
                        | "at"
                        | "for"
                        | "with"
                        | "on"
                        | "by"
                        | "within"
                        | "inside"
                ) || k > 1 && lead[k - 1].text == "to" && lead[k - 2].text == "close"
                    // ("Marvania's High Commissioner to Spain said": the post's
                    // country, not its holder.)
                    || k > 1
                        && lead[k - 1].text == "to"
                        && doc.k.titles.contains_key(&lead[k - 2].text.to_lowercase()));
            if !bracketed && !in_phrase {
                break;
            }
            let idx = doc
                .mentions
                .partition_point(|m| m.span.start < mention.span.start);
            let Some(previous) = doc.mentions[..idx]
                .iter()
                .rev()
                .find(|m| m.span.start >= start && m.span.end <= mention.span.start)
            else {
                // "The people of Venezuela": a generic group is no one's voice.
                let head = lead[..k.saturating_sub(1)]
                    .iter()
                    .rev()
                    .find(|t| t.text != "close");
                if head.is_some_and(|t| doc.k.group_words.contains(&t.text.to_lowercase())) {
                    return None;
                }
                // "A report by the Audit Commission called for ...": the author
                // speaks through the document.
                // (The document heads the subject: not "A review of a report by ...".)
                let by_author = in_phrase
                    && lead[k - 1].text == "by"
                    && k > 1
                    && doc
                        .k
                        .document_nouns
                        .contains(&lead[k - 2].text.to_lowercase())
                    // ("Last April's report by ...": a time may own it.)
                    && lead[..k - 2].iter().all(|t| document_lead(t.text, true));
                // "A detainee in Woodhill Prison said": a place qualifies someone unnamed.
                if in_phrase
                    && !by_author
                    && matches!(lead[k - 1].text, "in" | "at" | "on" | "with" | "by" | "to")
                {
                    return None;
                }
                // "Those polled for the Sunday Times said": the ones done for it speak.
                if in_phrase
                    && lead[k - 1].text == "for"
                    && k > 1
                    && lead[k - 2].text.ends_with("ed")
                    && lead[k - 2].text.chars().all(char::is_lowercase)
                {
                    return None;
                }
                // "A spokeswoman for Human Rights Watch said": no name before it.
                break;
            };
            mention = *previous;
        }
        mention
    };
    // "Some Republicans", "many Tories", "five Labour MPs": part of a party is not the party.
    // ("many congressional Republicans": a modifier may stand between.)
    // ("In 2001 Labour said": a year after a preposition is a time, no count.)
    let lead = words(body, Span::new(start, mention.span.start));
    let year_at = |i: usize| {
        super::is_time_word(lead[i].text)
            && i > 0
            && matches!(
                lead[i - 1].text.to_lowercase().as_str(),
                "in" | "since" | "during" | "by" | "until" | "from" | "before" | "after" | "of"
            )
    };
    if (lead.len().saturating_sub(2)..lead.len()).any(|i| quantifier(lead[i].text) && !year_at(i)) {
        return None;
    }
    let mut entities = vec![mention.entity];
    let mut span = mention.span;
    // Walk back over a list: "Germany and the United Kingdom".
    let mut cursor = mention;
    let mut seen_and = false;
    loop {
        let idx = doc
            .mentions
            .partition_point(|m| m.span.start < cursor.span.start);
        let Some(prev) = idx.checked_sub(1).map(|i| doc.mentions[i]) else {
            break;
        };
        if prev.span.start < start {
            break;
        }
        let gap = &body[prev.span.end..cursor.span.start];
        // A comma joins names only inside a list that has its "and" nearer the
        // verb ("France, Italy and Spain"); "In the Commons, the Lib Dems" is no list.
        // A headline's comma is its "and" ("McConnell, Ryan back CIA").
        let headline_comma = gap.trim() == "," && headline_list(doc, span);
        let comma_only = !gap.contains("and") && !headline_comma;
        let listed =
            is_list_gap(gap) || titled_list_gap(doc, Span::new(prev.span.end, cursor.span.start));
        if !listed || comma_only && !seen_and {
            break;
        }
        seen_and |= !comma_only;
        if !entities.contains(&prev.entity) {
            entities.insert(0, prev.entity);
        }
        span.start = prev.span.start;
        cursor = prev;
    }
    Some(Referent {
        entities,
        span,
        indirect: false,
    })
}
