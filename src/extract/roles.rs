//! Roles: who holds which title, with the organisation or country where the text says.
//!
//! Owns: the constructions, each a rule id: a title before a name ("Home
//! Secretary Charles Clarke", "Tory leader Mr Howard", "senior shadow cabinet
//! members A, B and C"), a title in apposition ("Annalena Baerbock, the German
//! Foreign Minister", "Mr Yeo, his transport spokesman"), a title before a
//! comma ("the director of public prosecutions, Ken Macdonald,") and a copula
//! ("Martin is the UK editor for X", "when he was Home Secretary").

use crate::fact::{EntityKind, Role};
use crate::text::{words, Span, Token};

use super::entities::title_entry_at;
use super::resolve::is_list_gap;
use super::{Doc, Mention};

/// Lower-case words allowed before a title inside a title phrase.
const TITLE_MODIFIERS: &[&str] = &[
    "shadow",
    "deputy",
    "acting",
    "former",
    "interim",
    "chief",
    "senior",
    "junior",
    "then",
    "outgoing",
    "new",
    "current",
    "vice",
    "top",
    "prospective",
    "assistant",
    "ex",
];
/// Post-nominals that are posts (members of a parliament or assembly).
const MEMBER_POST_NOMINALS: &[&str] = &["MP", "MEP", "MSP"];
/// Words that attach the organisation after a title.
const ORG_LINKS: &[&str] = &["of", "for", "at", "to", "on"];

/// Finds roles and adds them to `doc.facts.roles`.
pub(crate) fn find_roles(doc: &mut Doc) {
    let sentences = doc.layout.sentences.clone();
    for &sentence in &sentences {
        let tokens = words(doc.layout.body, sentence);
        title_before_name(doc, &tokens);
        appositive(doc, &tokens);
        title_comma_name(doc, &tokens);
        copula(doc, sentence, &tokens);
        relative_post(doc, &tokens);
        as_title(doc, &tokens);
    }
    office_holders(doc, &sentences);
    back_references(doc, &sentences);
    lede_descriptions(doc, &sentences);
}

/// Who holds one of `offices` by the gazetteer and the article's time, unless
/// someone else is given the post by name here: for a bare "the prime
/// minister", any prime minister; for "the French president", the one of
/// that country.
fn office_holder(
    doc: &Doc,
    known: &super::offices::Offices,
    offices: &[usize],
    bare: bool,
    at: usize,
) -> Option<(usize, usize)> {
    let k = doc.k;
    let (person, term) = known.holder(k, offices)?;
    // "Greece's prime minister arrived for talks with Tony Blair ... The prime
    // minister said": another country's holder of the post, unnamed, may be
    // the one meant.
    let chosen = &k.offices[k.office_terms[term].office];
    if bare
        && other_countrys_post(
            doc,
            &chosen.title,
            k.entries[chosen.entry].kind,
            chosen.entry,
            at,
        )
    {
        return None;
    }
    // (Another country's holder named only after the description does not stand in
    // the way: "the prime minister urged MPs ..." long before "The Irish Prime
    // Minister Leo Varadkar said".)
    let at = doc.layout.evidence(Span::new(at, at)).start;
    let blocked = doc.facts.roles.iter().any(|r| {
        let title = r.title.to_lowercase();
        r.person != person
            && offices.iter().any(|&o| {
                let office = &k.offices[o];
                let same_title = super::offices::ends_with_title(&title, &office.title);
                let place =
                    doc.existing_entity(k.entries[office.entry].kind, &k.entries[office.entry].key);
                let foreign_later = r.org.is_some() && r.org != place && r.evidence.start > at;
                same_title && (bare && !foreign_later || r.org.is_none() || r.org == place)
            })
    });
    (!blocked).then_some((person, term))
}

/// Whether the article speaks of the post `title` of a country other than the
/// gazetteer entry `entry` ("Greece's prime minister", "the Austrian
/// chancellor"), leaving a bare "the prime minister" open.
fn other_countrys_post(doc: &Doc, title: &str, kind: EntityKind, entry: usize, at: usize) -> bool {
    let own = doc.existing_entity(kind, &doc.k.entries[entry].key);
    // (Only one spoken of before the description: it cannot mean one named later.)
    doc.mentions
        .iter()
        .chain(&doc.modifiers)
        .filter(|m| {
            doc.kind(m.entity) == EntityKind::Country && Some(m.entity) != own && m.span.start < at
        })
        .any(|m| {
            let after = &doc.layout.body[m.span.end..];
            let after = after
                .strip_prefix("'s")
                .or_else(|| after.strip_prefix("’s"))
                .unwrap_or(after)
                .trim_start();
            after.len() > title.len()
                && after.is_char_boundary(title.len())
                && after[..title.len()].eq_ignore_ascii_case(title)
                && !after[title.len()..].starts_with(char::is_alphanumeric)
        })
}

/// Whom "the <phrase>" ("the French leader", "the prime minister") means by
/// the office holders gazetteer, once the roles are read.
pub(crate) fn office_holder_described(doc: &Doc, phrase: &str, at: usize) -> Option<usize> {
    let (offices, bare) = doc.k.office_description(phrase)?;
    office_holder(doc, &doc.offices, offices, bare, at).map(|(person, _)| person)
}

/// Whether `words` (after "the") describe a post that the office holders
/// gazetteer says `person` did not hold at the article's time.
pub(crate) fn office_ruled_out(doc: &Doc, person: usize, words: &[Token]) -> bool {
    let phrase: Vec<&str> = words.iter().map(|t| t.text).collect();
    doc.k
        .office_description(&phrase.join(" "))
        .is_some_and(|(offices, _)| doc.offices.rules_out(doc.k, person, offices))
}

/// "Tony Blair has said ... chaired by the prime minister": a post that the
/// article gives no one by name ("the prime minister", "the Tory leader",
/// "the French president"), held by exactly one person it names in full, by
/// the office holders gazetteer, in a term that fits the article's time (see
/// [`super::offices::Offices`]).
fn office_holders(doc: &mut Doc, sentences: &[Span]) {
    let k = doc.k;
    let offices_known = super::offices::Offices::read(doc);
    if offices_known.is_empty() {
        doc.offices = offices_known;
        return;
    }
    for &sentence in sentences {
        let tokens = words(doc.layout.body, sentence);
        for (i, the) in tokens.iter().enumerate() {
            if !matches!(the.text, "the" | "The") {
                continue;
            }
            let Some((n, offices, bare)) = (1..=k.max_office_words.min(tokens.len() - i - 1))
                .rev()
                .find_map(|n| {
                    let phrase: Vec<&str> = tokens[i + 1..=i + n].iter().map(|t| t.text).collect();
                    // ("the prime minister's intention" names the post too.)
                    let phrase = phrase.join(" ");
                    let phrase = phrase
                        .strip_suffix("'s")
                        .or_else(|| phrase.strip_suffix("’s"))
                        .unwrap_or(&phrase);
                    k.office_description(phrase)
                        .map(|(offices, bare)| (n, offices, bare))
                })
            else {
                continue;
            };
            // "the prime minister Tony Blair", "the president of the club": the
            // name or the body is given here.
            if tokens.get(i + n + 1).is_some_and(|t| {
                t.text == "of" || t.text.chars().next().is_some_and(char::is_uppercase)
            }) && !(doc.layout.body[tokens[i + n].span.end..].starts_with(',')
                || doc.layout.body[tokens[i + n].span.end..].starts_with('.'))
            {
                continue;
            }
            // "the Labour leader in Scotland", "the Tory leader on Leeds council",
            // "the prime minister at the time": a post qualified after its title
            // is another one, or another time's.
            let joined = doc.layout.body[tokens[i + n].span.end..]
                .chars()
                .next()
                .is_some_and(char::is_whitespace);
            let qualified_after = joined
                && tokens.get(i + n + 1).is_some_and(|t| {
                    matches!(t.text, "in" | "on" | "at" | "for")
                        && tokens.get(i + n + 2).is_some_and(|next| {
                            next.text.starts_with(char::is_uppercase)
                                || next.text == "the"
                                    && tokens.get(i + n + 3).is_some_and(|t| {
                                        matches!(t.text, "time" | "day")
                                            || t.text.starts_with(char::is_uppercase)
                                    })
                                || matches!(next.text, "that" | "those")
                        })
                });
            if qualified_after {
                continue;
            }
            let Some((person, term)) =
                office_holder(doc, &offices_known, offices, bare, the.span.start)
            else {
                continue;
            };
            let office = &k.offices[k.office_terms[term].office];
            let org =
                doc.existing_entity(k.entries[office.entry].kind, &k.entries[office.entry].key);
            let end = tokens[i + n].span.end;
            let written = doc.layout.body[tokens[i + 1].span.start..end]
                .trim_end_matches("'s")
                .trim_end_matches("’s");
            // ("the PM" is a prime minister.)
            let title = if bare && !written.eq_ignore_ascii_case(&office.title) {
                office.title.clone()
            } else {
                written.to_string()
            };
            // (Nor is the post given twice: "Prime Minister Tony Blair" already did.)
            // ("the US leader", then "the US president": one post, given once.)
            let given_here = format!("office/{}", office.id);
            // ("Secretary of Defense Chuck Hagel", then "the defense secretary": one
            // post in two wordings.)
            let duplicate = doc.facts.roles.iter().any(|r| {
                let held = r.title.to_lowercase();
                r.person == person
                    && (super::offices::ends_with_title(&held, &office.title)
                        || r.rule.ends_with(&given_here)
                        || k.office_description(&held).is_some_and(|(offices, _)| {
                            offices.contains(&k.office_terms[term].office)
                        }))
            });
            if duplicate {
                continue;
            }
            let evidence = doc.layout.evidence(Span::new(the.span.start, end));
            doc.facts.roles.push(Role {
                person,
                title,
                org,
                former: false,
                evidence,
                rule: format!("role/office-holder-1+office/{}", office.id),
                confidence: 0.6,
            });
        }
    }
    doc.offices = offices_known;
}

/// "A chief constable has backed ..." or "..., the trade and industry secretary
/// has said." in the first two paragraphs (the headline's and the lede), with the person
/// named at the start of the next paragraph: that person holds the title.
fn lede_descriptions(doc: &mut Doc, sentences: &[Span]) {
    let lede_end = doc.layout.paragraphs.get(1).map_or(0, |p| p.end);
    for &sentence in sentences.iter().filter(|s| s.end <= lede_end) {
        let tokens = words(doc.layout.body, sentence);
        for (idx, token) in tokens.iter().enumerate() {
            let definite = matches!(token.text, "the" | "The");
            if !(matches!(token.text, "a" | "A" | "an" | "An") || definite) {
                continue;
            }
            let Some(phrase) =
                title_phrase(doc, &tokens, idx + 1, tokens.len()).filter(|p| !p.generic)
            else {
                continue;
            };
            // "the prime minister" is someone else when the article gives the
            // title to a person by name.
            let head = phrase.title.to_lowercase();
            let head = head
                .split_whitespace()
                .last()
                .unwrap_or_default()
                .to_string();
            if definite
                && doc
                    .facts
                    .roles
                    .iter()
                    .any(|r| r.title.to_lowercase().ends_with(&head))
            {
                continue;
            }
            // The description is a subject: a verb or "has" follows it.
            if !tokens
                .get(phrase.end)
                .is_some_and(|t| matches!(t.text, "has" | "have" | "said" | "says" | "is" | "was"))
            {
                continue;
            }
            let Some(person) = super::resolve::lede_person_named_next(doc, token.span.start) else {
                continue;
            };
            // Nor is an indefinite "a senior Labour MP" the person named next when
            // someone else is given that title ("Labour MP Tom Reed").
            if !definite
                && doc
                    .facts
                    .roles
                    .iter()
                    .any(|r| r.person != person && r.title.to_lowercase().ends_with(&head))
            {
                continue;
            }
            // Nor is it the person named next when that person holds another post.
            if definite
                && doc
                    .facts
                    .roles
                    .iter()
                    .any(|r| r.person == person && !r.title.to_lowercase().ends_with(&head))
            {
                continue;
            }
            let end = tokens[phrase.end - 1].span.end;
            add_role(
                doc,
                person,
                &phrase,
                Span::new(token.span.start, end),
                if definite {
                    "role/lede-description-2"
                } else {
                    "role/lede-description-1"
                },
                0.55,
            );
        }
    }
}

/// "Michael Howard has denied ... The Tory leader said ...": a sentence that opens
/// with "the" and a title takes up the person who opened the sentence before.
fn back_references(doc: &mut Doc, sentences: &[Span]) {
    for pair in sentences.windows(2) {
        let (previous, sentence) = (pair[0], pair[1]);
        let tokens = words(doc.layout.body, sentence);
        if tokens.first().is_none_or(|t| t.text != "The") {
            continue;
        }
        let Some(phrase) = title_phrase(doc, &tokens, 1, tokens.len()).filter(|p| !p.generic)
        else {
            continue;
        };
        // The title must be the whole subject: a verb follows it.
        if tokens
            .get(phrase.end)
            .is_some_and(|t| t.text.chars().next().is_some_and(char::is_uppercase))
        {
            continue;
        }
        // "The chairman of the Bar Council, Guy Marsh QC, warned": the apposition
        // names the holder.
        let rest = &doc.layout.body[tokens[phrase.end - 1].span.end..sentence.end];
        if let Some(comma) = rest.find(", ") {
            let apposition = rest[comma + 2..]
                .chars()
                .next()
                .is_some_and(char::is_uppercase);
            if apposition && rest[..comma].split_whitespace().count() <= 6 {
                continue;
            }
        }
        // "Fares could be frozen, Lord Hallam said. The constitutional affairs
        // secretary outlined ...": the one who reported; else the one the
        // sentence opened with.
        let person = match super::quotes::sentence_reporter(doc, previous) {
            Some(person) => person,
            None => {
                let Some(first) = doc
                    .mentions
                    .iter()
                    .find(|m| m.span.start >= previous.start && m.span.start < previous.end)
                    .copied()
                else {
                    continue;
                };
                if doc.kind(first.entity) != EntityKind::Person
                    || !super::resolve::opens_sentence(doc, previous, first.span)
                {
                    continue;
                }
                first.entity
            }
        };
        // "Michael Ancram, the shadow foreign secretary, ... The Foreign Secretary
        // told the BBC": the bare title is the other, real post.
        let bare = clean_title(&phrase.title).to_lowercase();
        let qualified = doc.facts.roles.iter().any(|r| {
            r.person == person
                && r.title
                    .to_lowercase()
                    .strip_suffix(&bare)
                    .is_some_and(|before| {
                        before
                            .split_whitespace()
                            .any(|w| super::resolve::QUALIFIERS.contains(&w))
                    })
        });
        if qualified {
            continue;
        }
        // "Tony Blair ... chaired by the prime minister. Michael Howard said ... The
        // prime minister said": a known post someone here holds is not the opener's.
        // ("The Tory leader" is no second post for the one already given it.)
        let known_post = doc.k.office_description(&bare).is_some();
        if doc.facts.roles.iter().any(|r| {
            (known_post || r.person == person)
                && super::offices::ends_with_title(&r.title.to_lowercase(), &bare)
        }) {
            continue;
        }
        // "Gordon Brown has set out his spending plans. The prime minister is to
        // speak": not a post the opener held at the article's time.
        if office_ruled_out(doc, person, &tokens[1..phrase.end]) {
            continue;
        }
        let end = tokens[phrase.end - 1].span.end;
        add_role(
            doc,
            person,
            &phrase,
            Span::new(sentence.start, end),
            "role/back-reference-1",
            0.6,
        );
    }
}

/// A parsed title phrase: where it ends, the title text, the organisation, former.
struct TitlePhrase {
    /// Index one past the phrase's last token.
    end: usize,
    title: String,
    org: Option<usize>,
    former: bool,
    rule_title: String,
    generic: bool,
    /// The title (not a modifier) starts with a capital letter.
    capitalised: bool,
}

/// Parses a title phrase starting at token `i`: modifiers, organisation or
/// demonym, a few nouns, then a title from the lexicon, then "of/for/at ORG"
/// or a short "for sport" complement.
fn title_phrase(doc: &Doc, tokens: &[Token], i: usize, limit: usize) -> Option<TitlePhrase> {
    let mut j = i;
    let mut org = None;
    let mut former = false;
    let mut title_start = None;
    let mut lead: Option<String> = None;
    let mut nouns = 0;
    while j < limit && j < i + 8 {
        // "since the spring, councillor Dan Price": a title phrase never spans punctuation.
        if j > i
            && doc.layout.body[tokens[j - 1].span.end..tokens[j].span.start]
                .contains([',', ';', ':', '(', ')'])
        {
            return None;
        }
        if let Some((n, entry)) = title_entry_at(doc, tokens, j, limit) {
            // Prefer the longest run of titles ("Secretary General", "Foreign Minister").
            let mut end = j + n;
            while end < limit {
                match title_entry_at(doc, tokens, end, limit) {
                    Some((more, _)) => end += more,
                    None => break,
                }
            }
            // Lower-case words go with a lower-case title ("technology reporter"), not
            // before a capitalised one ("met Prime Minister").
            let title_upper = tokens[j]
                .text
                .chars()
                .next()
                .is_some_and(char::is_uppercase);
            let start = match title_start as Option<usize> {
                Some(s)
                    if title_upper
                        && tokens[s]
                            .text
                            .chars()
                            .next()
                            .is_some_and(char::is_lowercase)
                        && !TITLE_MODIFIERS.contains(&tokens[s].text) =>
                {
                    // "met Constitutional Affairs Minister David Lammy": the title
                    // keeps the capitalised words (and modifiers) right before it.
                    let mut b = j;
                    while b > s
                        && (super::entities::is_capitalised(tokens[b - 1].text)
                            || TITLE_MODIFIERS
                                .contains(&tokens[b - 1].text.to_lowercase().as_str()))
                    {
                        b -= 1;
                    }
                    b
                }
                Some(s) => s,
                None => j,
            };
            // "assistant U.S. secretary of state": the modifiers before the
            // organisation belong to the title, the organisation does not.
            let text = |end: usize| match &lead {
                Some(lead) => {
                    format!("{lead} {}", span_text(doc, tokens, start, end))
                }
                _ => span_text(doc, tokens, start, end),
            };
            let mut phrase = TitlePhrase {
                end,
                title: text(end),
                org,
                former,
                rule_title: entry.id.clone(),
                generic: entry.kind == "generic",
                capitalised: tokens[j]
                    .text
                    .chars()
                    .next()
                    .is_some_and(char::is_uppercase),
            };
            if end < tokens.len() && ORG_LINKS.contains(&tokens[end].text) {
                let mut k = end + 1;
                if k < tokens.len() && tokens[k].text.eq_ignore_ascii_case("the") {
                    k += 1;
                }
                // (A name may take in its "the": "leader of the RMT".)
                // (Not part of a longer name or a possessive: "chairman of the UK
                // Film Council", "director of the IMF's European department".)
                // ("President of the European Council Donald Tusk": a person's
                // name may follow.)
                let whole = |m: &super::Mention| {
                    let rest = &doc.layout.body[m.span.end..];
                    let next_at = m.span.end + (rest.len() - rest.trim_start().len());
                    !rest.starts_with(['\'', '’', '.'])
                        && (!rest
                            .split_whitespace()
                            .next()
                            .is_some_and(|w| w.starts_with(char::is_uppercase))
                            || person_at(doc, next_at).is_some())
                };
                let named = tokens
                    .get(k)
                    .and_then(|t| mention_at(doc, t.span.start))
                    .or_else(|| {
                        tokens
                            .get(end + 1)
                            .and_then(|t| mention_at(doc, t.span.start))
                            .filter(whole)
                    });
                if let Some(mention) = named {
                    // "... for Recorded Future News", "... of the Foreign Affairs Committee".
                    if doc.kind(mention.entity) != EntityKind::Person {
                        phrase.org = Some(mention.entity);
                        phrase.end = token_index_after(tokens, mention.span.end);
                        phrase.title = text(phrase.end);
                    }
                } else if let Some(name_at) = (k..tokens.len().min(k + 6))
                    // ("ministers to serve under Jim Callaghan": after "to", a verb.)
                    .filter(|_| tokens[end].text != "to")
                    .find(|&x| person_at(doc, tokens[x].span.start).is_some())
                {
                    // "Shadow spokesman for sport Hugh Robertson".
                    // "Secretary of Defense Chuck Hagel" too.
                    let same_case = |t: &Token| {
                        if phrase.capitalised {
                            super::entities::is_capitalised(t.text)
                        } else {
                            t.text.chars().all(|c| c.is_lowercase())
                        }
                    };
                    // ("President of the European Council Donald Tusk", "Chairman of
                    // the Joint Chiefs of Staff Mark Milley": a capitalised name with
                    // its article and inner "of".)
                    let inner = |t: &Token| phrase.capitalised && matches!(t.text, "of" | "for");
                    if name_at > k
                        // (Not "Governor of the Bank of England Monday".)
                        && tokens[k..name_at]
                            .iter()
                            .all(|t| (same_case(t) || inner(t)) && !super::is_time_word(t.text))
                        && same_case(&tokens[k])
                        && (name_at < k + 3 || phrase.capitalised)
                    {
                        phrase.end = name_at;
                        phrase.title = text(name_at);
                    }
                } else if matches!(tokens[end].text, "of" | "for") && k == end + 1 {
                    // "Labour's head of elections strategy, has": a short lower-case
                    // complement that closes the phrase at a comma or the sentence end.
                    let plain = |t: &Token| {
                        let lower = t.text.to_lowercase();
                        // ("foreign secretary for four years" is no title.)
                        t.text.chars().all(|c| c.is_lowercase() || c == '-')
                            && !super::is_time_word(&lower)
                            && !super::resolve::quantifier(&lower)
                            && lower != "decades"
                            && !is_function_word(&lower)
                            && !super::quotes::is_reporting(doc, &lower)
                            && !super::quotes::is_auxiliary(&lower)
                    };
                    let closes = |m: usize| {
                        m + 1 == tokens.len()
                            || doc.layout.body[tokens[m].span.end..tokens[m + 1].span.start]
                                .contains(',')
                    };
                    if let Some(m) = (k..tokens.len().min(k + 3))
                        .take_while(|&m| plain(&tokens[m]))
                        .find(|&m| closes(m))
                    {
                        phrase.end = m + 1;
                        phrase.title = text(m + 1);
                    }
                }
            }
            return Some(phrase);
        }
        let token = tokens[j];
        let lower = token.text.to_lowercase();
        // "Tony Blair and Conservative leader Michael Howard": a person's surname
        // inside a longer name is not a modifier of the title after it.
        if inside_person(doc, token.span.start) {
            return None;
        }
        if let Some(mention) =
            mention_at(doc, token.span.start).or_else(|| modifier_at(doc, token.span.start))
        {
            if doc.kind(mention.entity) == EntityKind::Person {
                return None;
            }
            // Only modifiers before the organisation stay with the title.
            lead = title_start
                .filter(|&s| {
                    tokens[s..j]
                        .iter()
                        .all(|t| TITLE_MODIFIERS.contains(&t.text.to_lowercase().as_str()))
                })
                .map(|s| span_text(doc, tokens, s, j));
            org = Some(mention.entity);
            j = token_index_after(tokens, mention.span.end);
            title_start = None;
            continue;
        }
        if lower == "former" || lower.starts_with("ex-") || lower.starts_with("then-") {
            former = true;
        }
        if TITLE_MODIFIERS.contains(&lower.as_str()) {
            title_start.get_or_insert(j);
            j += 1;
            continue;
        }
        let capitalised =
            super::entities::is_capitalised(token.text) && !doc.k.not_names.contains(&lower);
        // "refused to support prime minister Harold Wilson": a verb is no modifier.
        // ("to join election supremo Alan Milburn": after "to", a verb.)
        let after_to = j > 0 && tokens[j - 1].text == "to";
        // ("targeting Armed Forces Minister X": an "-ing" verb, unless a noun
        // such as "housing" or "planning".)
        // ("described shadow chancellor Oliver Letwin", "quoted ministry spokeswoman
        // X": a past verb too, unless it describes the holder: "retired", "armed".)
        let past_verb = lower.len() > 4
            && lower.ends_with("ed")
            && token.text.chars().all(char::is_lowercase)
            && !matches!(
                lower.as_str(),
                "retired"
                    | "elected"
                    | "unelected"
                    | "appointed"
                    | "designated"
                    | "armed"
                    | "embattled"
                    | "beleaguered"
                    | "disgraced"
                    | "sacked"
                    | "respected"
                    | "celebrated"
                    | "distinguished"
                    | "suspended"
                    | "deposed"
                    | "ousted"
                    | "exiled"
                    | "jailed"
                    | "unnamed"
                    | "named"
                    | "qualified"
                    | "registered"
                    | "licensed"
                    | "detached"
            );
        let verb = after_to
            || past_verb
            || super::quotes::is_reporting(doc, &lower)
            || super::quotes::is_auxiliary(&lower)
            || lower.ends_with("ing")
                && token.text.chars().all(char::is_lowercase)
                && !super::stances::ING_NOUNS.contains(&lower.as_str())
                && !matches!(
                    lower.as_str(),
                    "incoming"
                        | "outgoing"
                        | "sitting"
                        | "serving"
                        | "visiting"
                        | "founding"
                        | "governing"
                        | "ruling"
                        | "leading"
                        | "acting"
                        | "presiding"
                        | "reigning"
                        | "retiring"
                        | "campaigning"
                        | "opposing"
                        | "ailing"
                );
        let lower_noun = token.text.chars().all(|c| c.is_lowercase() || c == '-')
            && !is_function_word(&lower)
            && !verb;
        // "trade and industry secretary", "Trade and Industry Secretary": "and"
        // between words of the same case.
        let same_case = |a: &str, b: &str| {
            super::entities::is_capitalised(a) == super::entities::is_capitalised(b)
                && (super::entities::is_capitalised(a) || b.chars().all(char::is_lowercase))
        };
        let joined_by_and = lower == "and"
            && nouns > 0
            && tokens
                .get(j + 1)
                .is_some_and(|t| same_case(tokens[j - 1].text, t.text));
        // Up to three words before the title, four when "and" joins two of them
        // ("Fisheries and Coastal Affairs Secretary").
        let most = if tokens[i..j].iter().any(|t| t.text == "and") {
            4
        } else {
            3
        };
        if (capitalised || lower_noun || joined_by_and) && nouns < most {
            nouns += 1;
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
            | "against"
            | "about"
            | "over"
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
            | "his"
            | "her"
            | "their"
            | "its"
            | "but"
            | "as"
            | "from"
            | "after"
            | "before"
            | "when"
            | "while"
            | "including"
            | "such"
            | "among"
    )
}

fn span_text(doc: &Doc, tokens: &[Token], start: usize, end: usize) -> String {
    doc.text(Span::new(
        tokens[start].span.start,
        tokens[end - 1].span.end,
    ))
    .to_string()
}

/// Whether byte `pos` lies inside (not only at the start of) a person's name.
fn inside_person(doc: &Doc, pos: usize) -> bool {
    let idx = doc.mentions.partition_point(|m| m.span.start < pos);
    idx > 0 && {
        let m = doc.mentions[idx - 1];
        m.span.end > pos && doc.kind(m.entity) == EntityKind::Person
    }
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

/// A person mention at token `k`, after any honorifics ("Mr", "Sir").
fn person_after_honorifics(doc: &Doc, tokens: &[Token], mut k: usize) -> Option<Mention> {
    while k < tokens.len() && doc.k.honorifics.contains(tokens[k].text) {
        k += 1;
    }
    tokens.get(k).and_then(|t| person_at(doc, t.span.start))
}

/// The posts an outlet gives: an outlet is the organisation of a role only for these.
const NEWSROOM_POSTS: &[&str] = &[
    "editor",
    "correspondent",
    "reporter",
    "journalist",
    "columnist",
    "presenter",
    "host",
    "writer",
    "producer",
    "anchor",
    "executive",
    "director",
    "chairman",
    "owner",
    "founder",
];

fn add_role(
    doc: &mut Doc,
    person: usize,
    phrase: &TitlePhrase,
    span: Span,
    rule: &str,
    confidence: f64,
) {
    // "your star presenter Mr P": an initial alone names no one, and a title
    // owned by "your" or "my" is a form of address.
    let label = &doc.facts.entities[person].label;
    if label.chars().filter(|c| c.is_alphabetic()).count() < 2
        || matches!(
            phrase.title.split_whitespace().next(),
            Some("your" | "my" | "Your" | "My")
        )
    {
        return;
    }
    // A vague title ("member", "official") counts only with the body it is held in.
    // ("a cybersecurity expert", "a human rights lawyer": a qualified one says
    // what the post is.)
    // ("a senior member", "the legitimate head": a member or head of what is still
    // unsaid; "California Reps": a group's post.)
    let head = phrase
        .title
        .split_whitespace()
        .last()
        .unwrap_or_default()
        .to_lowercase();
    // ("the only candidate", "a keen writer", "a close aide": words that rank or
    // describe the person, not the post.)
    let first = phrase
        .title
        .split_whitespace()
        .next()
        .unwrap_or_default()
        .to_lowercase();
    let qualified = phrase.title.split_whitespace().count() >= 2
        && !matches!(
            head.as_str(),
            "member" | "official" | "head" | "chief" | "aide"
        )
        && !matches!(
            first.as_str(),
            "only" | "other" | "another" | "same" | "keen" | "close" | "avid" | "fellow"
        )
        && !head.ends_with('s');
    if phrase.generic && phrase.org.is_none() && !qualified {
        return;
    }
    let title = clean_title(&phrase.title);
    if title.is_empty() {
        return;
    }
    // "Sen. Pat Toomey": the title written out ("Senator").
    let title = doc
        .k
        .titles
        .get(&title.trim_end_matches('.').to_lowercase())
        .and_then(|t| t.full.clone())
        .unwrap_or(title);
    let duplicate = doc
        .facts
        .roles
        .iter()
        .any(|r| r.person == person && r.title.eq_ignore_ascii_case(&title));
    if duplicate {
        return;
    }
    // "The BBC interviewed Foreign Minister Sergei Lavrov": an outlet employs
    // editors and reporters, not ministers.
    let org = phrase.org.filter(|&org| {
        doc.facts.entities[org].org_kind.as_deref() != Some("outlet") || {
            let lower = title.to_lowercase();
            NEWSROOM_POSTS.iter().any(|w| lower.contains(w))
        }
    });
    let evidence = doc.layout.evidence(span);
    let rule = format!("{rule}+{}", phrase.rule_title);
    // "Labour's campaign spokesman Fraser Kemp", then "Labour spokesman Mr Kemp":
    // one post, written in full once; the longer wording stands for both.
    let lower = title.to_lowercase();
    let same_post = |r: &Role| {
        r.person == person
            && r.former == phrase.former
            && (r.org == org || r.org.is_none() || org.is_none())
    };
    let widens = |long: &str, short: &str| long.ends_with(&format!(" {short}"));
    if doc
        .facts
        .roles
        .iter()
        .any(|r| same_post(r) && widens(&r.title.to_lowercase(), &lower))
    {
        return;
    }
    if let Some(shorter) = doc
        .facts
        .roles
        .iter_mut()
        .find(|r| same_post(r) && widens(&lower, &r.title.to_lowercase()))
    {
        shorter.title = title;
        shorter.org = shorter.org.or(org);
        shorter.evidence = evidence;
        shorter.rule = rule;
        shorter.confidence = confidence;
        return;
    }
    doc.facts.roles.push(Role {
        person,
        title,
        org,
        former: phrase.former,
        evidence,
        rule,
        confidence,
    });
}

/// "Bob Corker, who chairs the Senate Foreign Relations Committee,": a person
/// who chairs, heads or leads a named organisation holds that post in it.
fn relative_post(doc: &mut Doc, tokens: &[Token]) {
    for (i, who) in tokens.iter().enumerate() {
        if who.text != "who" || i == 0 {
            continue;
        }
        let title = match tokens.get(i + 1).map(|t| t.text) {
            Some("chairs" | "chaired") => "chairman",
            Some("heads" | "headed") => "head",
            Some("leads" | "led") => "leader",
            _ => continue,
        };
        let before = doc.layout.body[..who.span.start].trim_end();
        let Some(name) = before.strip_suffix(',') else {
            continue;
        };
        let Some(person) = super::resolve::mention_ending_at(doc, name.trim_end().len())
            .filter(|m| doc.kind(m.entity) == EntityKind::Person)
        else {
            continue;
        };
        let mut k = i + 2;
        if tokens.get(k).is_some_and(|t| t.text == "the") {
            k += 1;
        }
        let org = tokens
            .get(k)
            .and_then(|t| {
                mention_at(doc, t.span.start).or_else(|| mention_at(doc, tokens[k - 1].span.start))
            })
            .filter(|m| doc.kind(m.entity) == EntityKind::Organization);
        let (Some(org), Some(row)) = (org, doc.k.titles.get(title)) else {
            continue;
        };
        let phrase = TitlePhrase {
            end: k + 1,
            title: title.to_string(),
            org: Some(org.entity),
            former: matches!(tokens[i + 1].text, "chaired" | "headed" | "led"),
            rule_title: row.id.clone(),
            generic: false,
            capitalised: false,
        };
        let span = Span::new(person.span.start, org.span.end);
        add_role(
            doc,
            person.entity,
            &phrase,
            span,
            "role/relative-post-1",
            0.75,
        );
    }
}

/// Verbs that give the post after "as" (and "stood down as"): whether the post
/// is left behind by it.
const AS_VERBS: &[(&str, bool)] = &[
    ("resigned", true),
    ("quit", true),
    ("retired", true),
    ("down", true),
    ("served", true),
    ("serves", false),
    ("appointed", false),
    ("named", false),
    ("elected", false),
    ("re-elected", false),
    ("installed", false),
    ("confirmed", false),
];
/// Words between a subject and the verb before "as": "has since served as".
const AS_AUXILIARIES: &[&str] = &[
    "has",
    "have",
    "had",
    "was",
    "is",
    "been",
    "also",
    "later",
    "then",
    "since",
    "once",
    "previously",
    "formerly",
    "recently",
];

/// "David Blunkett resigned as Home Secretary", "he has served as the chairman of
/// the committee", "As agriculture minister he ...": the post after "as".
fn as_title(doc: &mut Doc, tokens: &[Token]) {
    for (i, token) in tokens.iter().enumerate() {
        if !token.text.eq_ignore_ascii_case("as") {
            continue;
        }
        let mut k = i + 1;
        if tokens
            .get(k)
            .is_some_and(|t| matches!(t.text.to_lowercase().as_str(), "the" | "a" | "an"))
        {
            k += 1;
        }
        let Some(mut phrase) =
            title_phrase(doc, tokens, k, tokens.len()).filter(|p| !p.generic || p.org.is_some())
        else {
            continue;
        };
        // ("resigned as ministers"): a plural is a group's post.
        let head = phrase.title.to_lowercase();
        let head = head.split_whitespace().last().unwrap_or_default();
        if head.len() > 2
            && !doc.k.titles.contains_key(head)
            && head
                .strip_suffix('s')
                .is_some_and(|one| doc.k.titles.contains_key(one))
        {
            continue;
        }
        let end = tokens[phrase.end - 1].span.end;
        let (person, start) = if i == 0 {
            // "As agriculture minister he ...", "As Home Secretary, Mr Blunkett ...":
            // the subject after the phrase holds it.
            let Some(next) = tokens.get(phrase.end) else {
                continue;
            };
            let gap = doc.text(Span::new(end, next.span.start)).trim();
            if !(gap.is_empty() || gap == ",") {
                continue;
            }
            let lower = next.text.to_lowercase();
            let person = if matches!(lower.as_str(), "he" | "she") {
                doc.resolve_pronoun(next.span.start, lower == "he")
            } else {
                person_after_honorifics(doc, tokens, phrase.end).map(|m| m.entity)
            };
            (person, token.span.start)
        } else {
            // "X resigned as", "X, who has served as", "he was named as": the verb,
            // then the subject before it.
            let verb = tokens[i - 1].text.to_lowercase();
            let Some(&(_, left)) = AS_VERBS.iter().find(|(v, _)| *v == verb) else {
                continue;
            };
            let mut b = i - 1;
            if verb == "down" {
                // "stood down as", "stepped down as".
                if b == 0 || !matches!(tokens[b - 1].text, "stood" | "stepped") {
                    continue;
                }
                b -= 1;
            }
            // The appointing verbs are passive: "was named as".
            let passive = AS_VERBS
                .iter()
                .any(|(v, l)| *v == verb && !l && verb != "serves");
            let mut auxiliaries = Vec::new();
            while b > 0 && AS_AUXILIARIES.contains(&tokens[b - 1].text) {
                b -= 1;
                auxiliaries.push(tokens[b].text);
            }
            if passive
                && !auxiliaries
                    .iter()
                    .any(|a| matches!(*a, "was" | "been" | "is"))
            {
                continue;
            }
            // "has served as" is a post still held; "served as" one left.
            phrase.former |= left
                && !(verb == "served" && auxiliaries.iter().any(|a| matches!(*a, "has" | "have")));
            let Some(subject) = b.checked_sub(1).map(|s| tokens[s]) else {
                continue;
            };
            let lower = subject.text.to_lowercase();
            let person = if matches!(lower.as_str(), "he" | "she") {
                (!doc.in_quotation(subject.span.start))
                    .then(|| doc.resolve_pronoun(subject.span.start, lower == "he"))
                    .flatten()
            } else if lower == "who" {
                // "Peter Hain, who resigned as ...".
                who_antecedent(doc, subject)
            } else {
                super::resolve::mention_ending_at(doc, subject.span.end)
                    .filter(|m| doc.kind(m.entity) == EntityKind::Person)
                    .map(|m| m.entity)
            };
            (person, subject.span.start)
        };
        let Some(person) = person else {
            continue;
        };
        add_role(
            doc,
            person,
            &phrase,
            Span::new(start, end),
            "role/as-title-1",
            0.75,
        );
    }
}

/// The person named right before ", who".
fn who_antecedent(doc: &Doc, who: Token) -> Option<usize> {
    doc.layout.body[..who.span.start]
        .trim_end()
        .strip_suffix(',')
        .and_then(|name| super::resolve::mention_ending_at(doc, name.trim_end().len()))
        .filter(|m| doc.kind(m.entity) == EntityKind::Person)
        .map(|m| m.entity)
}

/// Drops "former" and the like from the front of a title; keeps the post.
fn clean_title(title: &str) -> String {
    let mut words: Vec<&str> = title.split_whitespace().collect();
    while words.first().is_some_and(|w| {
        matches!(
            w.to_lowercase().as_str(),
            "former" | "then" | "outgoing" | "new" | "current"
        )
    }) {
        words.remove(0);
    }
    // ("Archbishop of Canterbury, Dr Rowan Williams": the honorific is the name's.)
    while words.len() > 1
        && words.last().is_some_and(|w| {
            matches!(
                w.trim_end_matches('.'),
                "Dr" | "Mr" | "Mrs" | "Ms" | "Sir" | "Dame" | "Rev" | "Reverend" | "Prof"
            )
        })
    {
        words.pop();
    }
    if let Some(last) = words.last_mut() {
        *last = last.trim_end_matches(',');
    }
    let joined = words.join(" ");
    // ("Ex-minister", "Then-President": the prefix in any case. Measured on the
    // text itself, since lower-casing may change a string's length in bytes.)
    let prefix = ["ex-", "then-"]
        .iter()
        .find(|p| {
            joined
                .get(..p.len())
                .is_some_and(|head| head.eq_ignore_ascii_case(p))
        })
        .map_or(0, |p| p.len());
    joined[prefix..].to_string()
}

/// "Home Secretary Charles Clarke", "Tory leader Mr Howard", "senior shadow
/// cabinet members David Davis, Oliver Letwin and Tim Yeo".
fn title_before_name(doc: &mut Doc, tokens: &[Token]) {
    let mut i = 0;
    while i < tokens.len() {
        // A vague title counts with its body: "Nato chief Jens Stoltenberg".
        let Some(phrase) =
            title_phrase(doc, tokens, i, tokens.len()).filter(|p| !p.generic || p.org.is_some())
        else {
            i += 1;
            continue;
        };
        let Some(person) = person_after_honorifics(doc, tokens, phrase.end) else {
            i += 1;
            continue;
        };
        // "ex-Conservative chancellor Ken Clarke": the party the title was
        // held in, marked as left, marks the post as former too.
        let mut phrase = phrase;
        if i > 0 && tokens[i - 1].text.to_lowercase().starts_with("ex-") {
            phrase.former = true;
        }
        {
            let span = Span::new(tokens[i].span.start, person.span.end);
            add_role(doc, person.entity, &phrase, span, "role/title-name-1", 0.85);
            // A list of names after the title: each holds it.
            let mut last = person;
            loop {
                let idx = doc
                    .mentions
                    .partition_point(|m| m.span.start < last.span.end);
                let Some(next) = doc.mentions.get(idx).copied() else {
                    break;
                };
                let gap = doc.text(Span::new(last.span.end, next.span.start));
                // ("Councillor Rita Moss and Senator Paul Eddy": a title of its own.)
                // ("... and ex-minister Tom Hale": a lower-case title of its own too.)
                let own_title = gap.split_whitespace().any(|w| {
                    let w = w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-');
                    doc.k
                        .titles
                        .contains_key(super::entities::strip_former(&w.to_lowercase()))
                });
                // ("..., director-general Lena Marsh and producer Tom Beck": a word
                // other than "and" or "or" between the names brings a post of its own.)
                if doc.kind(next.entity) != EntityKind::Person
                    || !is_list_gap(gap)
                    || gap
                        .split_whitespace()
                        .any(|w| !matches!(w.trim_matches(','), "" | "and" | "or"))
                    || gap.contains(|c: char| c.is_uppercase())
                    || own_title
                {
                    break;
                }
                let span = Span::new(tokens[i].span.start, next.span.end);
                add_role(doc, next.entity, &phrase, span, "role/title-list-1", 0.8);
                last = next;
            }
        }
        i = phrase.end;
    }
}

/// "Annalena Baerbock, the German Foreign Minister", "Mr Yeo, his transport and
/// environment spokesman", "Guy Mansfield, chairman of the Bar Council".
fn appositive(doc: &mut Doc, tokens: &[Token]) {
    for idx in 0..tokens.len() {
        let Some(person) = person_at(doc, tokens[idx].span.start) else {
            continue;
        };
        let mut after = token_index_after(tokens, person.span.end);
        let mut name_end = person.span.end;
        // "Paul Boateng MP": the post-nominal of a member is a post ("Andrew Tyrie
        // MP" is an MP); "QC" and the like are honours, skipped before an apposition.
        if let Some(post) = tokens
            .get(after)
            .filter(|t| super::entities::POST_NOMINALS.contains(&t.text))
            // ("the Bethnal Green MP Oona King": a name after it makes it a title.)
            .filter(|_| !super::entities::name_follows(doc, tokens, after))
            .filter(|t| {
                doc.text(Span::new(person.span.end, t.span.start))
                    .trim()
                    .is_empty()
            })
        {
            // The member's post is the title row of the same name ("MP", "MSP").
            let row = MEMBER_POST_NOMINALS
                .contains(&post.text)
                .then(|| doc.k.titles.get(&post.text.to_lowercase()))
                .flatten();
            if let Some(row) = row {
                let phrase = TitlePhrase {
                    end: after + 1,
                    title: post.text.to_string(),
                    org: None,
                    former: false,
                    rule_title: row.id.clone(),
                    generic: false,
                    capitalised: true,
                };
                add_role(
                    doc,
                    person.entity,
                    &phrase,
                    Span::new(person.span.start, post.span.end),
                    "role/post-nominal-1",
                    0.85,
                );
            }
            name_end = post.span.end;
            after += 1;
        }
        let Some(next) = tokens.get(after) else {
            continue;
        };
        let gap = doc.text(Span::new(name_end, next.span.start));
        if gap.trim() != "," {
            continue;
        }
        let mut k = after;
        // ("Lena Marsh, now transport secretary,": the post held now.)
        if tokens[k].text == "now" {
            k += 1;
        }
        if tokens.get(k).is_some_and(|t| {
            matches!(
                t.text.to_lowercase().as_str(),
                "the" | "a" | "an" | "his" | "her" | "their" | "its"
            )
        }) {
            k += 1;
        }
        // "the party's Treasury spokesman": the person's own party or government,
        // not named here.
        if tokens.get(k).is_some_and(|t| {
            matches!(
                t.text.to_lowercase().as_str(),
                "party's" | "party’s" | "government's" | "government’s" | "country's" | "country’s"
            )
        }) {
            k += 1;
        }
        // "..., executing American journalists": a plural names others, not the
        // one person before the comma.
        let plural = |phrase: &TitlePhrase| {
            let title = phrase.title.to_lowercase();
            // The title's own head, before "of the Association of Directors".
            let title = title
                .split([' '])
                .take_while(|w| !matches!(*w, "of" | "for" | "at" | "on" | "to"))
                .collect::<Vec<_>>();
            let head = title.last().copied().unwrap_or_default().to_string();
            head.ends_with('s')
                && !doc.k.titles.contains_key(&head)
                && doc.k.titles.contains_key(&head[..head.len() - 1])
        };
        // ("chairman Ivo Klane, director-general Lena Marsh": a title before the
        // next name is that name's, not an apposition.)
        // (Not past a comma: "Ivo Klane, the chief executive, Lena Marsh and ..."
        // is his; nor after a title that ends on a preposition, whose "name" is
        // its body: "director of product at Ask Jeeves".)
        let next_name_is_titled = |p: &TitlePhrase| {
            p.end < tokens.len()
                && doc
                    .text(Span::new(
                        tokens[p.end - 1].span.end,
                        tokens[p.end].span.start,
                    ))
                    .trim()
                    .is_empty()
                && !ORG_LINKS.contains(&tokens[p.end - 1].text)
                && person_after_honorifics(doc, tokens, p.end).is_some()
        };
        if let Some(phrase) = title_phrase(doc, tokens, k, tokens.len())
            .filter(|p| !plural(p) && !next_name_is_titled(p))
        {
            let end = tokens[phrase.end - 1].span.end;
            add_role(
                doc,
                person.entity,
                &phrase,
                Span::new(person.span.start, end),
                "role/appositive-1",
                0.85,
            );
        }
    }
}

/// "The director of public prosecutions, Ken Macdonald, said": a title, a comma, the name.
fn title_comma_name(doc: &mut Doc, tokens: &[Token]) {
    for idx in 0..tokens.len() {
        if !matches!(tokens[idx].text, "the" | "The") {
            continue;
        }
        let Some(phrase) = title_phrase(doc, tokens, idx + 1, tokens.len()) else {
            continue;
        };
        let Some(next) = tokens.get(phrase.end) else {
            continue;
        };
        let gap = doc.text(Span::new(tokens[phrase.end - 1].span.end, next.span.start));
        if gap.trim() != "," {
            continue;
        }
        let Some(person) = person_after_honorifics(doc, tokens, phrase.end) else {
            continue;
        };
        // The name is itself set off by commas (or ends the clause).
        let rest = &doc.layout.body[person.span.end..];
        if !(rest.starts_with(',') || rest.starts_with(" said") || rest.starts_with(" says")) {
            continue;
        }
        add_role(
            doc,
            person.entity,
            &phrase,
            Span::new(tokens[idx].span.start, person.span.end),
            "role/title-comma-name-1",
            0.8,
        );
    }
}

/// "X is the UK editor for Y", "He was previously a reporter for Z and is also
/// a fellow at W", "when he was Home Secretary".
fn copula(doc: &mut Doc, sentence: Span, tokens: &[Token]) {
    let mut subject: Option<(usize, usize)> = None; // (entity, start byte)
    for idx in 0..tokens.len() {
        let lower = tokens[idx].text.to_lowercase();
        if let Some(person) = person_at(doc, tokens[idx].span.start) {
            if subject.is_none() || idx == 0 {
                subject = Some((person.entity, person.span.start));
            }
        } else if matches!(lower.as_str(), "he" | "she")
            // Inside a quotation "he" is whoever the speaker means.
            && !doc.in_quotation(tokens[idx].span.start)
        {
            if let Some(entity) = doc.resolve_pronoun(tokens[idx].span.start, lower == "he") {
                if subject.is_none()
                    || idx == 0
                    || tokens
                        .get(idx + 1)
                        .is_some_and(|t| matches!(t.text, "is" | "was"))
                {
                    subject = Some((entity, tokens[idx].span.start));
                }
            }
        } else if idx == 0
            && matches!(lower.as_str(), "is" | "was")
            && tokens[idx].text.starts_with(char::is_lowercase)
        {
            // An author note that continues the name's paragraph: "Alexander Martin / is the UK Editor ...".
            if let Some(entity) = doc.last_person_before(sentence.start, None) {
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
        let Some(next) = tokens.get(k) else { continue };
        let article = matches!(next.text.to_lowercase().as_str(), "the" | "a" | "an");
        let from = if article { k + 1 } else { k };
        if let Some(mut phrase) = title_phrase(doc, tokens, from, tokens.len()) {
            // Without an article only a capitalised post counts: "when he was Home Secretary".
            // ("... are MPs": a plural names a group, not one person's post.)
            let plural = phrase.title.split_whitespace().any(|w| {
                let lower = w.to_lowercase();
                lower.len() > 2
                    && !doc.k.titles.contains_key(&lower)
                    && lower
                        .strip_suffix('s')
                        .is_some_and(|one| doc.k.titles.contains_key(one))
            });
            // ("Peter Nielson, who is UKIP Scotland chairman,": after "who is" a
            // lower-case post counts with the body it is held in.)
            let bare = !article && (!phrase.capitalised || phrase.generic);
            let relative =
                (bare && idx > 0 && tokens[idx - 1].text == "who" && phrase.org.is_some())
                    .then(|| who_antecedent(doc, tokens[idx - 1]))
                    .flatten();
            if bare && relative.is_none() || plural {
                continue;
            }
            // The relative's own antecedent holds it, whoever opened the sentence.
            let entity = relative.unwrap_or(entity);
            phrase.former |= former;
            let end = tokens[phrase.end - 1].span.end;
            add_role(
                doc,
                entity,
                &phrase,
                Span::new(start, end),
                "role/copula-1",
                0.75,
            );
        }
    }
}
