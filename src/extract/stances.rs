//! Stances: who supports or opposes what, from cue words in the lexicon.
//!
//! Owns: finding stance cues in each sentence, the holder (the subject before
//! the cue, a list of named members, a pronoun after "said", "we" in a quote,
//! or the agent after "by" in a passive), the target (the noun phrase after the
//! cue, cut at the clause boundary) and the filters that leave out hedged,
//! predicted, negated, conditional and questioned positions.

use crate::fact::{EntityKind, Polarity, Stance};
use crate::text::{words, Span};

use super::entities::slug;
use super::quotes::{clause_start, is_reporting, subject_of_verb, trim_span};
use super::resolve::{mention_at, mention_ending_at, referent_at, Referent};
use super::{is_adverb, is_time_word, Doc, LINKING_ADVERBS};

/// The most words a target phrase keeps.
const MAX_TARGET_WORDS: usize = 18;
/// How many words past that limit a phrase may run on to end its clause.
const TARGET_RUN_ON: usize = 4;

/// "-ing" words that are nouns in political news ("party funding to find ..."):
/// before "to" they end no target.
pub(crate) const ING_NOUNS: &[&str] = &[
    "funding",
    "spending",
    "housing",
    "training",
    "borrowing",
    "building",
    "planning",
    "polling",
    "trading",
    "sentencing",
    "policing",
    "schooling",
    "banking",
    "lending",
    "farming",
    "fishing",
    "shipping",
    "gambling",
    "smoking",
    "hunting",
    "testing",
    "licensing",
    "financing",
    "pricing",
    "rationing",
    "screening",
    "bombing",
    "shooting",
    "fighting",
    "killing",
    "landing",
    "meeting",
    "hearing",
    "ruling",
    "warning",
    "briefing",
];
/// Words that open a noun phrase.
const DETERMINERS: &[&str] = &[
    "the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "that", "these",
    "those",
];
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
    "against",
    "even",
];
/// Verbs after "want to" that make a wish, not a position ("wants to be part of it").
const WISHES: &[&str] = &[
    "be",
    "become",
    "remain",
    "stay",
    "win",
    "know",
    "hear",
    "go",
    "come",
    "get",
    "talk",
    "meet",
    "return",
    "leave",
    "visit",
    "thank",
    "say",
    "ask",
    "speak",
    "remind",
    "do",
    "demonstrate",
    "show",
    "prove",
    "lead",
    "run",
    "succeed",
];
/// Verbs after "vowed to", "refused to" that name a personal course, not a
/// position on a proposal ("vowed to fight on", "refused to step down").
const PERSONAL_COURSES: &[&str] = &[
    "be",
    "become",
    "remain",
    "stay",
    "go",
    "come",
    "fight",
    "stand",
    "step",
    "resign",
    "quit",
    "run",
    "win",
    "meet",
    "visit",
    "return",
    "leave",
    "attend",
    "give",
    "name",
    "answer",
    "speculate",
    "elaborate",
    "discuss",
    "reveal",
    "disclose",
    "rule",
    "take",
    "do",
    "carry",
    "let",
    "work",
    "try",
    "look",
    "get",
    "have",
    "play",
    "serve",
];
/// Finite verbs that cannot stand inside a noun phrase, only after it.
/// Prepositions whose object is no clause's subject ("into Syria to attack").
const PREPOSITIONS_BEFORE_OBJECT: &[&str] = &[
    "into", "on", "in", "at", "from", "with", "against", "for", "by", "of",
];

const FINITE_AUXILIARIES: &[&str] = &[
    "is", "was", "are", "were", "has", "have", "had", "will", "would", "can", "could", "may",
    "might", "must", "should", "shall",
];
/// Words after which an "-ing" word belongs to the target ("the idea of using ...").
const PREPOSITIONS_BEFORE_GERUND: &[&str] = &[
    "of", "on", "for", "to", "from", "about", "against", "with", "by", "in", "without", "towards",
];

fn abbreviation(doc: &Doc, word: &str) -> bool {
    word.chars().count() == 1
        || doc.k.abbreviations.contains(&word.to_ascii_lowercase())
        || word.contains('.')
}

/// Targets that only point elsewhere.
const EMPTY_TARGETS: &[&str] = &[
    "it", "them", "this", "that", "him", "her", "these", "those", "so", "one", "what", "the", "a",
    "an", "to", "you", "us", "me", "they", "we", "i", "he", "she", "there",
];

/// The stance cues in a sentence (`lower` is its text in ASCII lower case):
/// each cue's span in the body and its pattern, in order. A cue of several
/// words may have a time phrase inside it ("called last week for", "called on
/// Thursday for"): such a cue spans the phrase.
fn cue_matches(doc: &Doc, sentence: Span, lower: &str) -> Vec<(Span, usize)> {
    let mut matches: Vec<(Span, usize)> = doc
        .k
        .cues
        .find_iter(lower)
        .map(|found| {
            (
                Span::new(sentence.start + found.start(), sentence.start + found.end()),
                found.pattern().as_usize(),
            )
        })
        .collect();
    // The sentence without its time phrases, with each kept byte's offset (byte
    // by byte, so a match's end maps to the byte after its last one).
    let tokens = words(lower, Span::new(0, lower.len()));
    let mut cut = vec![false; tokens.len()];
    for (i, token) in tokens.iter().enumerate() {
        let next = tokens.get(i + 1).map_or("", |t| t.text);
        let day = |w: &str| {
            matches!(
                w,
                "monday" | "tuesday" | "wednesday" | "thursday" | "friday" | "saturday" | "sunday"
            )
        };
        let third = tokens.get(i + 2).map_or("", |t| t.text);
        let width = match token.text {
            "last" | "this" | "next" if matches!(next, "week" | "month" | "year" | "night") => 2,
            "on" if day(next) => 2,
            // "in recent weeks", "in past months"; "more determined than ever to".
            "in" if matches!(next, "recent" | "past")
                && matches!(third, "days" | "weeks" | "months" | "years") =>
            {
                3
            }
            "than" if next == "ever" => 2,
            // "was welcomed at the time by Beijing".
            "at" if next == "the"
                && matches!(third, "time" | "weekend")
                && tokens.get(i + 3).is_none_or(|t| t.text != "of") =>
            {
                3
            }
            "yesterday" | "today" | "again" | "repeatedly" | "earlier" | "overnight" => 1,
            // "was backed not only by the US but also by France".
            "not" if next == "only" && third == "by" => 2,
            // "voted 432-202 against", "voted by 229 to 206 for": a tally.
            word if i > 0 && tokens[i - 1].text.starts_with("vot") && is_tally(word) => 1,
            "by" if i > 0 && tokens[i - 1].text.starts_with("vot") && is_number(next) => {
                let fourth = tokens.get(i + 3).map_or("", |t| t.text);
                let fifth = tokens.get(i + 4).map_or("", |t| t.text);
                match (third, fourth) {
                    ("to", n) if is_number(n) => 4,
                    ("votes", "to") if is_number(fifth) => 5,
                    _ => 0,
                }
            }
            _ => 0,
        };
        // (Only inside a phrase: between two words, neither at a sentence edge.)
        if width > 0 && i > 0 && i + width < tokens.len() {
            cut[i..i + width].iter_mut().for_each(|c| *c = true);
        }
    }
    if !cut.contains(&true) {
        return matches;
    }
    let mut squeezed = String::with_capacity(lower.len());
    let mut offsets = Vec::with_capacity(lower.len());
    let mut pos = 0;
    for (token, cut) in tokens.iter().zip(&cut) {
        if *cut {
            // Drop the space before the phrase word, and the word.
            pos = token.span.end;
            continue;
        }
        squeezed.push_str(&lower[pos..token.span.end]);
        offsets.extend(pos..token.span.end);
        pos = token.span.end;
    }
    squeezed.push_str(&lower[pos..]);
    offsets.extend(pos..lower.len());
    for found in doc.k.cues.find_iter(&squeezed) {
        let start = offsets[found.start()];
        let end = offsets[found.end() - 1] + 1;
        // Only cues that a time phrase split; the others were found above.
        // ("announced his opposition last week to explain why": a cue ending in
        // "to" split by a time phrase is a purpose clause.)
        if end - start == found.end() - found.start()
            || squeezed[found.start()..found.end()].ends_with(" to")
        {
            continue;
        }
        // (The whole phrase replaces the word it opens with: "backed on Monday
        // by" is no "backed".)
        matches.retain(|(span, _)| span.start != sentence.start + start);
        matches.push((
            Span::new(sentence.start + start, sentence.start + end),
            found.pattern().as_usize(),
        ));
    }
    matches.sort_by_key(|(span, _)| span.start);
    matches
}

/// "229", "1,200": a count.
fn is_number(word: &str) -> bool {
    !word.is_empty() && word.chars().all(|c| c.is_ascii_digit() || c == ',')
}

/// "432-202", "63–37": a vote's tally.
fn is_tally(word: &str) -> bool {
    let mut parts = word.split(['-', '–']);
    matches!((parts.next(), parts.next(), parts.next()), (Some(a), Some(b), None) if is_number(a) && is_number(b))
}

/// Finds stances and adds them to `doc.facts.stances`.
pub(crate) fn find_stances(doc: &mut Doc) {
    // Judgements first: "branded the offer outrageous" names its target more
    // cleanly than the cue "branded" alone, whose stance then repeats it.
    judgements(doc);
    let body = doc.layout.body;
    let sentences = doc.layout.sentences.clone();
    // The target of the last stance found, and its sentence: "it" may take it up.
    let mut last_target: Option<(usize, usize)> = None;
    for (sentence_idx, sentence) in sentences.into_iter().enumerate() {
        let text = &body[sentence.start..sentence.end];
        if text
            .trim_end_matches(['"', '”', '’', '\'', ')'])
            .ends_with('?')
        {
            continue;
        }
        let lower = text.to_ascii_lowercase();
        // Cues inside an "urged X to back Y" already taken up by the outer cue.
        let mut taken: Vec<usize> = Vec::new();
        for (cue_span, pattern) in cue_matches(doc, sentence, &lower) {
            if taken.contains(&cue_span.start)
                || !word_bounded(body, cue_span)
                || !usable_cue(doc, sentence, cue_span)
            {
                continue;
            }
            let rule = &doc.k.cue_rules[doc.k.cue_patterns[pattern]];
            let (mut rule_id, mut polarity, kind) =
                (rule.id.clone(), rule.polarity, rule.kind.clone());
            // "he does not want higher tax rates": a thing not wanted is opposed.
            let denied_want =
                cue_name(&rule_id) == "want-1" && denied_want(doc, sentence, cue_span);
            // "Michael Howard said he would not back the plans", "The United States
            // will not support the use of ...": a refusal declared by the one who
            // would act opposes what the support cue names.
            let refused = polarity == Polarity::Support
                && kind == "verb"
                && declared_refusal(doc, sentence, cue_span);
            if denied_want || refused {
                polarity = Polarity::Oppose;
                rule_id = format!("{rule_id}+negated");
            } else if hedged(doc, sentence, cue_span) {
                continue;
            }
            // "Tom Beck was pressed to scrap the levy", the headline "Mayor urged to
            // quit": asked in the passive, the subject is the one asked and holds no
            // position of its own.
            if kind == "verb-to" && body[cue_span.end..].starts_with(" to ") {
                let before = words(body, Span::new(sentence.start, cue_span.start));
                let passive_aux = before.last().is_some_and(|t| {
                    matches!(
                        t.text,
                        "was" | "were" | "is" | "are" | "been" | "being" | "be"
                    )
                });
                let participle = body[cue_span.start..cue_span.end]
                    .split_whitespace()
                    .next()
                    .is_some_and(|w| w.ends_with("ed"));
                let headline = doc.headline.is_some_and(|h| h.contains(cue_span));
                if participle && (passive_aux || headline) {
                    continue;
                }
            }
            let found = match kind.as_str() {
                "passive" => passive(doc, sentence, cue_span),
                // "X's support for Y", or "X expressed strong support for Y"; never a
                // noun standing as a plain phrase ("debate on US support for ...").
                "noun" => possessive(doc, sentence, cue_span).or_else(|| {
                    light_verb_before(doc, sentence, cue_span)
                        .then(|| active(doc, sentence, cue_span))
                        .flatten()
                }),
                "role-noun" => role_noun(doc, sentence, cue_span),
                "received" => received(doc, sentence, cue_span),
                "spoken" => spoken(doc, sentence, cue_span),
                "reported-need" => reported_need(doc, sentence, cue_span),
                // "rejected Labour's call for a ban": the verb's form as a noun.
                "verb" if cue_name(&rule_id) == "call-for-1" => {
                    possessive(doc, sentence, cue_span).or_else(|| active(doc, sentence, cue_span))
                }
                _ => active(doc, sentence, cue_span)
                    .or_else(|| fronted_participle(doc, sentence, cue_span)),
            };
            let Some((holder, mut target_span, quote, confidence)) = found else {
                continue;
            };
            // "hit out at critics of the Rail Bill", "attacked supporters of the
            // bypass": an attack on those who hold a position is a position on what
            // they hold, the opposite one on its critics. (Not a support cue:
            // "welcomed critics of the war to the meeting" welcomes people.)
            if kind != "role-noun" && polarity == Polarity::Oppose {
                let lead = body[target_span.start..target_span.end].to_ascii_lowercase();
                let article = ["the ", "its ", "his ", "her ", "their "]
                    .iter()
                    .find(|a| lead.starts_with(**a))
                    .map_or(0, |a| a.len());
                let holders_of = doc
                    .k
                    .cues
                    .find(&lead[article..])
                    .filter(|f| f.start() == 0)
                    .map(|f| {
                        (
                            f.end(),
                            &doc.k.cue_rules[doc.k.cue_patterns[f.pattern().as_usize()]],
                        )
                    })
                    .filter(|(_, rule)| rule.kind == "role-noun");
                if let Some((end, rule)) = holders_of {
                    if rule.polarity == Polarity::Oppose {
                        polarity = polarity.flipped();
                    }
                    rule_id = format!("{rule_id}+{}", rule.id);
                    target_span = Span::new(target_span.start + article + end, target_span.end);
                    target_span = trim_span(doc, target_span);
                }
            }
            // Some cues take only some objects: "praised his ability to listen" judges
            // conduct, "fought all forms of racism" an evil (see `object_fits_cue`).
            if !object_fits_cue(doc, cue_name(&rule_id), target_span) {
                continue;
            }
            // "Unison demands a public vote" is a verb; "backed Tory demands that
            // ..." a noun, its holder no clause's subject: "demands" counts only
            // after a holder that opens its clause.
            if body[cue_span.start..cue_span.end].eq_ignore_ascii_case("demands") {
                let lead = body[sentence.start..holder.span.start].trim_end();
                let last = lead.rsplit(' ').next().unwrap_or_default();
                let opens = lead.is_empty()
                    || lead.ends_with([',', ':', ';', '"', '“'])
                    || matches!(last, "that" | "and" | "but" | "The" | "the")
                    || is_reporting(doc, last);
                if !opens {
                    continue;
                }
            }
            if participle_object(doc, sentence, holder.span, cue_span) {
                continue;
            }
            // "It is also calling on the senior judge, Lord Woolf, to abandon the
            // guidelines": the one asked to act takes no position by being asked.
            if asked_to_act(doc, sentence, holder.span, cue_span) {
                continue;
            }
            // "I think he will want to look carefully at it," said Ancram: inside a
            // quotation "he" or "she" is someone other than the speaker.
            let third_person = matches!(
                body[holder.span.start..holder.span.end]
                    .to_ascii_lowercase()
                    .as_str(),
                "he" | "she" | "they"
            );
            if third_person
                && doc.quotes_overlapping(cue_span).any(|i| {
                    let found = &doc.quotes[i];
                    body[found.outer.start..].starts_with(['"', '“', '‘', '\''])
                        && found.outer.contains(cue_span)
                        && found.outer.contains(holder.span)
                        && holder.entities.iter().any(|e| found.speakers.contains(e))
                })
            {
                continue;
            }
            // "wants a sunset clause" and "want to make courts the last resort" hold a
            // position; "wants to be part of ..." is a wish.
            if kind == "verb-np" {
                let first = words(body, target_span);
                let cue_word = body[cue_span.start..cue_span.end].to_lowercase();
                // "citizens wanting to work": a participle describes, it does not report.
                if cue_word.starts_with("wanting") {
                    continue;
                }
                // "the money Britain wanted to spend", "the answer he wanted": a noun
                // before the holder makes "want" a relative clause about that noun.
                let adjacent = words(
                    body,
                    Span::new(holder.span.end, cue_span.start.max(holder.span.end)),
                )
                .len()
                    <= 1;
                if adjacent && object_gap_before(doc, sentence, holder.span) {
                    continue;
                }
                // "wants Michael to be as accessible as possible", "wanted the party to
                // be ready": a wish about a state; "wants the budget to be capped" is
                // a course of action.
                let to_be_state = (0..first.len().saturating_sub(2)).any(|i| {
                    first[i].text == "to"
                        && first[i + 1].text == "be"
                        && STATES_AFTER_BE.contains(&first[i + 2].text)
                });
                if to_be_state {
                    continue;
                }
                let wish = match first.as_slice() {
                    // "wants to continue writing books" is a wish; "wants to continue
                    // the levy" a position.
                    [to, verb, next, ..] if to.text == "to" && verb.text == "continue" => {
                        next.text == "to" || next.text.ends_with("ing")
                    }
                    // ("provisions that we wanted to in Europe": the verb is left out.)
                    // ("want to do away with the toll" undoes something.)
                    [to, verb, ..] if to.text == "to" => {
                        (WISHES.contains(&verb.text) && action_at(doc, &first, 1).is_none())
                            || PREPOSITIONS_BEFORE_OBJECT.contains(&verb.text)
                            || !verb.text.chars().all(char::is_lowercase)
                    }
                    [to] => to.text == "to",
                    [first, ..] => matches!(first.text, "to" | "is" | "was"),
                    [] => true,
                };
                // ("key areas of policy they want the government to focus on": a
                // preposition left at the clause's end belongs to an object before
                // the cue, and the course named is not what is wanted.)
                let dangling = first.len() >= 2
                    && first[first.len() - 2].text == "to"
                    && words(body, Span::new(target_span.end, sentence.end))
                        .first()
                        .is_some_and(|next| {
                            matches!(next.text, "on" | "about" | "with" | "at" | "for" | "to")
                                && body[next.span.end..sentence.end]
                                    .trim_start()
                                    .starts_with(['.', ',', ';', '"', '”', '!', '?'])
                        });
                if wish || dangling {
                    continue;
                }
                // "wants to ditch the Tomlinson report": a wish to undo something
                // (actions.tsv) opposes it.
                if let [to, ..] = first.as_slice() {
                    let action = action_at(doc, &first, 1);
                    // (Not "wants to end up running the council".)
                    let particle = action.as_ref().is_some_and(|(_, last)| {
                        first.get(last + 1).is_some_and(|object| {
                            matches!(
                                object.text,
                                "up" | "out"
                                    | "off"
                                    | "back"
                                    | "down"
                                    | "from"
                                    | "with"
                                    | "on"
                                    | "in"
                            )
                        })
                    });
                    if particle {
                        continue;
                    }
                    let undo = action.filter(|((_, p), _)| {
                        *p == crate::fact::Polarity::Oppose && to.text == "to"
                    });
                    if let Some(((action, _), last)) = undo {
                        if let Some(object) = first.get(last + 1) {
                            rule_id = format!("{rule_id}+{action}");
                            polarity = crate::fact::Polarity::Oppose;
                            target_span = Span::new(object.span.start, target_span.end);
                        }
                    }
                }
            }
            // "will have to fight to get their voice heard": a verb cue followed by
            // "to" and a verb is used without an object, for a purpose.
            if kind == "verb"
                && words(body, target_span)
                    .first()
                    .is_some_and(|t| t.text == "to")
                && !body[cue_span.start..cue_span.end].ends_with(" to")
            {
                continue;
            }
            // "vowed to put Africa at the top of the agenda", "pledged not to raise
            // income tax", "refused to hold an early election": a commitment to an
            // action (or a refusal of it) is a stance on the action, unless the action
            // is itself a cue ("pledged to oppose the bill" is the inner cue's), a
            // reporting verb ("refused to comment") or a personal course ("vowed to
            // fight on").
            if kind == "commit" {
                let action = words(body, target_span);
                let Some(verb) = action.first() else {
                    continue;
                };
                let verb = verb.text.to_lowercase();
                if action.len() < 2
                    || doc.k.cue_of_word(&verb).is_some()
                    || doc.k.control_verbs.contains_key(&verb)
                    || doc.k.control_verbs.contains_key(&format!("{verb} to"))
                    || is_reporting(doc, &verb)
                    || PERSONAL_COURSES.contains(&verb.as_str())
                {
                    continue;
                }
            }
            // "demanded that NATO allies increase spending": what is demanded is the clause.
            if kind == "verb" && matches!(cue_name(&rule_id), "demand-1" | "recommend-1") {
                if let Some(clause) = that_clause(doc, target_span) {
                    target_span = clause;
                }
            }
            // "warned both parties against pandering to prejudice", "congratulated
            // Pompeo on the operation": the stance is on what follows the preposition
            // the cue's kind names, after a short addressee.
            if let Some(preposition) = kind
                .strip_prefix("verb-")
                .filter(|p| matches!(*p, "against" | "on"))
            {
                let after = words(body, Span::new(cue_span.end, sentence.end));
                let Some(against) = after.iter().take(6).position(|t| t.text == preposition) else {
                    continue;
                };
                if against == 0 || body[cue_span.end..after[against].span.start].contains(',') {
                    continue;
                }
                let Some(object) = target_after(doc, after[against].span.end, sentence.end) else {
                    continue;
                };
                target_span = object;
            }
            // "urged X to V", "called on X to V", "pressed X to V": the stance is on
            // X doing V; with a cue for V ("urged senators not to back the motion")
            // the stance is on V's object, with V's polarity (turned by "not").
            if kind == "verb-to" {
                // "pushed through plans to ...", "pressing ahead with": a particle
                // makes another verb, which asks no one to act.
                let particle = words(body, Span::new(cue_span.end, sentence.end))
                    .first()
                    .is_some_and(|t| {
                        matches!(
                            t.text,
                            "through"
                                | "ahead"
                                | "back"
                                | "forward"
                                | "up"
                                | "down"
                                | "out"
                                | "on"
                                | "off"
                        )
                    });
                if particle && !body[cue_span.start..cue_span.end].contains(' ') {
                    continue;
                }
                // "asked the council to approve the quota" asks for a course;
                // "was asked to comment", "asked him about", "asked whether" and
                // "asked her to explain" ask for words, not a position.
                if cue_name(&rule_id) == "ask-1" {
                    let before = body[sentence.start..cue_span.start].trim_end();
                    let passive = body[cue_span.start..cue_span.end].ends_with("ed")
                        && before.rsplit(' ').next().is_some_and(|w| {
                            matches!(w, "was" | "were" | "been" | "being" | "is" | "are" | "be")
                        });
                    let after = words(body, Span::new(cue_span.end, sentence.end));
                    let to = after.iter().take(6).position(|t| t.text == "to");
                    // ("asking for clarification on the move to ...": asking for a thing.)
                    let neutral = to.is_none_or(|to| {
                        to == 0
                            || after.first().is_some_and(|t| t.text == "for")
                            || after[..to].iter().any(|t| {
                                matches!(
                                    t.text,
                                    "about" | "whether" | "if" | "what" | "why" | "how"
                                )
                            })
                            || after.get(to + 1).is_some_and(|v| {
                                matches!(
                                    v.text,
                                    "comment"
                                        | "explain"
                                        | "respond"
                                        | "leave"
                                        | "wait"
                                        | "attend"
                                        | "appear"
                                        | "give"
                                        | "speak"
                                        | "talk"
                                        | "answer"
                                        | "confirm"
                                        | "describe"
                                        | "be"
                                )
                            })
                    });
                    if passive || neutral {
                        continue;
                    }
                }
                let Some(inner) = addressed_action(doc, target_span).or_else(|| {
                    // "urged restraint", "urged that the inquiry be reopened": urging
                    // asks for a thing or a course, not only for someone to act.
                    (cue_name(&rule_id) == "urge-1")
                        .then(|| asked_for(doc, target_span))
                        .flatten()
                        .map(|object| {
                            target_span = object;
                            None
                        })
                }) else {
                    continue;
                };
                if let Some((cue_start, inner_rule, inner_polarity, object)) = inner {
                    taken.push(cue_start);
                    rule_id = format!("{rule_id}+{inner_rule}");
                    polarity = inner_polarity;
                    target_span = object;
                }
            }
            // "called for the deal to be rejected": the call is for the verdict, so the
            // target keeps it ("deal to be rejected") rather than ending at the cue word.
            // The thing judged takes the verdict's polarity too, when the cue
            // supports: calling for the deal to be rejected opposes the deal.
            let mut judged = None;
            if let Some((inner_rule, whole, object, verdict)) =
                verdict_after(doc, sentence, target_span)
            {
                rule_id = format!("{rule_id}+{inner_rule}");
                target_span = whole;
                if polarity == Polarity::Support {
                    judged = Some((object, verdict, format!("{rule_id}+stance/judged-1")));
                }
            }
            // "called for a return to O-levels and more classroom discipline",
            // "demanding the declassification of X as well as an explanation": two
            // things asked for, each a target.
            // (After "want", "urge" or a need, what follows asks for a course.)
            let asks_course = matches!(kind.as_str(), "verb-np" | "verb-to" | "reported-need");
            let mut second = None;
            if let Some((first, other)) = conjuncts(doc, target_span) {
                target_span = first;
                // (After "want", "urge" or a need, a second noun phrase is a second
                // thing wanted only when the first has no verb or preposition that
                // could govern it: "wants to ban smoking in pubs and the sale of
                // cigarettes" wants the sale banned, "needed an end to the war and
                // the sanctions" an end to both.)
                let governed = || {
                    words(body, first).iter().any(|t| {
                        matches!(
                            t.text,
                            "to" | "of" | "on" | "for" | "in" | "against" | "from" | "with"
                        )
                    })
                };
                if !asks_course || !governed() {
                    second = Some(other);
                }
            } else if let Some((first, other)) = verb_conjuncts(doc, target_span) {
                target_span = first;
                second = Some(other);
            }
            // "branded the toll 'a tax on work'", "branding stamp duty a 'classic
            // stealth tax'": a judging verb's object ends where the quoted verdict
            // (and its article) begins.
            let judging_cue = match words(body, cue_span).as_slice() {
                [verb] => doc
                    .k
                    .judging_verbs
                    .contains_key(&verb.text.to_ascii_lowercase()),
                _ => false,
            };
            // ("their fierce brand of protest": the noun.)
            if judging_cue && body[cue_span.end..].starts_with(" of ") {
                continue;
            }
            if judging_cue {
                let text = &body[target_span.start..target_span.end];
                if let Some(at) = text.find(['"', '“', '‘']) {
                    let object = text[..at].trim_end();
                    let object = [" a", " an", " the", " as"]
                        .iter()
                        .find_map(|article| object.strip_suffix(article))
                        .unwrap_or(object);
                    if !object.trim().is_empty() {
                        target_span = trim_span(
                            doc,
                            Span::new(target_span.start, target_span.start + object.len()),
                        );
                    }
                }
            }
            // "Germany rejected the quota and France opposed it", "with the DUP
            // opposing it": "it" or "them" takes up the last target, or the proposal
            // named last, in this sentence or the one before.
            let target_words = words(body, target_span);
            let pronoun = target_words
                .first()
                .filter(|_| target_words.len() <= 2)
                .map(|t| t.text.to_lowercase())
                .unwrap_or_default();
            // "These have been criticised by ...": a pronoun subject of a passive
            // cue takes up a proposal the same way.
            // (Only "these" alone: "They", "This" and "That" are as often people or
            // an event, and "This move" is a phrase of its own.)
            let pronoun = match pronoun.as_str() {
                "these" if kind == "passive" && target_words.len() == 1 => "them".to_string(),
                // ("we oppose that.": a demonstrative object that ends its clause.)
                "this" | "that" if kind != "passive" && target_words.len() == 1 => "it".to_string(),
                _ => pronoun,
            };
            let taken_up = matches!(pronoun.as_str(), "it" | "them");
            // "backed his call", "Her call was backed by ...": the call made just
            // before (in this sentence or the two before it) is what is backed.
            let call_taken = match target_words.as_slice() {
                [det, noun]
                    if matches!(
                        det.text.to_ascii_lowercase().as_str(),
                        "the" | "his" | "her" | "their" | "its" | "this" | "that"
                    ) && matches!(noun.text, "call" | "calls" | "demand" | "demands") =>
                {
                    let from = doc
                        .layout
                        .sentences
                        .get(sentence_idx.saturating_sub(2))
                        .map_or(sentence.start, |s| s.start);
                    doc.facts
                        .stances
                        .iter()
                        .rev()
                        .find(|s| {
                            s.evidence.start >= from
                                && s.evidence.start < cue_span.start
                                && matches!(cue_name(&s.rule), "call-for-1" | "demand-1")
                        })
                        .map(|s| s.target)
                }
                _ => None,
            };
            let target = if let Some(call) = call_taken {
                call
            } else if taken_up {
                let in_sentence = last_target
                    .filter(|&(idx, _)| idx == sentence_idx)
                    .map(|(_, target)| target);
                // "them" takes up a plural ("the drills"), never "to bring troops home".
                let before = last_target
                    .filter(|&(idx, _)| idx + 1 == sentence_idx)
                    .map(|(_, target)| target)
                    .filter(|&target| {
                        pronoun == "it"
                            || head_word(&doc.facts.entities[target].label)
                                .is_some_and(|head| head.ends_with('s'))
                    });
                let Some(target) = in_sentence
                    .or_else(|| {
                        pronoun_antecedent(doc, sentence_idx, cue_span.start, pronoun == "them")
                    })
                    .or(before)
                else {
                    continue;
                };
                target
            } else {
                // "Their action is supported by Amnesty": in the passive, the owner
                // of the thing backed is not its backer, so an owned target counts.
                // (Only a proposal or an act: "His death was condemned" judges no plan.)
                let owned_passive = kind == "passive"
                    && target_words.len() >= 2
                    && matches!(
                        target_words[0].text.to_ascii_lowercase().as_str(),
                        "its" | "their" | "his" | "her"
                    )
                    && target_words.last().is_some_and(|t| {
                        let head = t.text.to_lowercase();
                        let one = head.strip_suffix('s').unwrap_or(&head);
                        proposal_noun(doc, &head)
                            || matches!(one, "move" | "step" | "decision" | "action")
                    });
                let unowned = Span::new(
                    target_words
                        .get(1)
                        .map_or(target_span.start, |t| t.span.start),
                    target_span.end,
                );
                // ("urged him to scrap stamp duty", "called on them to withdraw the
                // charges", "calling for him to resign": the one a request asks, then
                // what it asks of them; not "welcomed them to parliament", "we will
                // want him to stay on".)
                let request =
                    kind == "verb-to" || body[cue_span.start..cue_span.end].ends_with(" for");
                if !(request && pronoun_asked(&target_words)
                    || proposal_like(doc, target_span)
                    || owned_passive && proposal_like(doc, unowned))
                {
                    continue;
                }
                let Some(target) = target_entity(doc, target_span) else {
                    continue;
                };
                target
            };
            // Criticising a person is not opposing a proposal; endorsing a candidate
            // is support, but praising, welcoming or defending a person is not.
            // "stood against Labour MP Oona King at the election": a person standing
            // in the phrase (not owning it, as in "Mr Blair's plans") is who is opposed.
            // (The name heads the phrase: nothing after it but a preposition, nothing
            // before it that makes it a complement: "a plea by Lord Falconer",
            // "Trump idea", "posters featuring Mr Howard".)
            let names_person = target_words.iter().enumerate().any(|(i, t)| {
                mention_at(doc, t.span.start).is_some_and(|m| {
                    let next = target_words.iter().find(|w| w.span.start >= m.span.end);
                    doc.kind(m.entity) == EntityKind::Person
                        && next.is_none_or(|w| {
                            matches!(w.text, "at" | "in" | "on" | "over" | "during" | "for")
                        })
                        && !body[m.span.end..].starts_with(['\'', '’'])
                        && !target_words[..i].iter().any(|w| {
                            matches!(
                                w.text,
                                "of" | "by" | "from" | "featuring" | "with" | "about" | "to"
                            )
                        })
                })
            });
            // "fight the next general election", "stood against him for the seat": a
            // contest entered, not a proposal opposed.
            // ("refused to hold an early election" refuses an act, not a contest.)
            // ("congratulated Bush on his win": a contest won, not a proposal.)
            // (The cue's own name, not its polarity folder: "stance/support/praise-1" praises.)
            let cue_name = cue_name(&rule_id);
            let contest = (polarity == crate::fact::Polarity::Oppose
                || cue_name == "congratulate-on-1")
                && kind != "commit"
                && head_before_preposition(&target_words)
                    .or_else(|| target_words.last().map(|t| t.text))
                    .and_then(|head| doc.k.contest_nouns.get(&head.to_lowercase()))
                    .is_some_and(|only| only.as_deref().is_none_or(|cue| cue == cue_name));
            // "defended the interests of fishermen", "help Taiwan defend itself": a
            // party's good, or the party itself, defended is no proposal.
            let party_defended = cue_name == "defend-1"
                && head_before_preposition(&target_words)
                    .or_else(|| target_words.last().map(|t| t.text))
                    .is_some_and(|head| {
                        matches!(
                            head.to_lowercase().as_str(),
                            "interests"
                                | "interest"
                                | "itself"
                                | "themselves"
                                | "himself"
                                | "herself"
                                | "ourselves"
                                | "borders"
                                | "territory"
                                | "citizens"
                                | "people"
                        )
                    });
            if contest || party_defended {
                continue;
            }
            // "branded Mr Howard 'arrogant and wrong'", "branding the No Campaign
            // 'two-bit Tories'": a judging verb's object is what it judges, here a
            // person or a body, whatever verdict follows. (The verb alone: not
            // "called for", "called on".)
            // (The whole object: not "branded Mr Blair's plan a gamble", "the Tory
            // plans".)
            let person_judged = judging_cue
                && (target_words
                    .first()
                    .is_some_and(|first| matches!(first.text, "him" | "her" | "them"))
                    || referent_at(doc, target_span.start, target_span.end).is_some_and(|r| {
                        !r.entities.is_empty()
                            && r.entities.iter().all(|&e| is_agent(doc, e))
                            && body[r.span.end.min(target_span.end)..target_span.end]
                                .trim()
                                .is_empty()
                    }));
            if person_judged {
                continue;
            }
            // (A pronoun taken up names a proposal: "These" is no name.)
            let person_like = doc.kind(target) == EntityKind::Person
                || !taken_up && name_like(body, target_span)
                || titled_person(doc, &target_words)
                || names_person && polarity == crate::fact::Polarity::Oppose;
            let endorsing = [
                "back",
                "support",
                "endorse",
                "vote-for",
                "champion",
                "throw-weight",
                "express-support",
            ]
            .iter()
            .any(|verb| cue_name.starts_with(verb));
            // "welcome the U.S. president", "praised his chancellor": a person by title.
            // ("publication of the advice given by the Attorney General": a title
            // after a preposition is not the phrase's head.)
            let titled = target_words
                .last()
                .is_some_and(|t| doc.k.titles.contains_key(&t.text.to_lowercase()))
                && (!target_words
                    .iter()
                    .any(|t| matches!(t.text, "of" | "by" | "from" | "for" | "with" | "about"))
                    // ("praised the bravery of the Chief Constable": a person's quality.)
                    || head_before_preposition(&target_words)
                        .is_some_and(|head| PERSONAL_QUALITIES.contains(&head.to_lowercase().as_str())))
                || head_before_preposition(&target_words)
                    .is_some_and(|head| doc.k.titles.contains_key(&head.to_lowercase()));
            // "praised ministers for reaching ...", "condemned foreign powers for backing ...":
            // someone judged for what they did.
            // "for fishing boats" is a noun phrase: an "-ing" word there is a verb only
            // before what it acts on or an adverb ("for reaching a deal", "for acting fast").
            let judged_for = !endorsing
                && target_words.windows(2).enumerate().any(|(i, w)| {
                    let verb = w[1].text.ends_with("ing")
                        && target_words.get(i + 2).is_none_or(|next| {
                            DETERMINERS.contains(&next.text)
                                || next.text.ends_with("ly")
                                || matches!(next.text, "it" | "them" | "him" | "up" | "out" | "to")
                        });
                    w[0].text == "for"
                        && (verb || matches!(w[1].text, "his" | "her" | "their" | "its" | "not"))
                });
            // "called for the mayor to apologise": someone doing something is a
            // course of action, not a person.
            // (Only before any "for": "criticised Trump for threatening to cut"
            // judges him for what he did.)
            let before_for = target_words
                .iter()
                .position(|t| t.text == "for")
                .unwrap_or(target_words.len());
            let action = target_words[..before_for].windows(2).skip(1).any(|w| {
                w[0].text == "to"
                    && w[1].text.chars().all(char::is_lowercase)
                    && !DETERMINERS.contains(&w[1].text)
            });
            // "dismissed the Conservatives as a fading force", "praised Lord
            // Scarman's ability to listen", "slammed Hagel's performance": an actor
            // or a person's qualities judged, not a proposal (backing a party is
            // still a stance).
            // (The name opens the target, past a determiner, an honorific or a title.)
            let actor = target_words
                .iter()
                .take(3)
                .take_while(|t| {
                    DETERMINERS.contains(&t.text.to_lowercase().as_str())
                        || t.text.starts_with(char::is_uppercase)
                })
                .find_map(|t| mention_at(doc, t.span.start))
                .filter(|m| {
                    let rest = body[m.span.end.min(target_span.end)..target_span.end].trim_start();
                    let rest = rest.trim_start_matches(['\'', '’']).trim_start_matches('s');
                    match doc.kind(m.entity) {
                        // ("attacks US over tsunami aid": the country judged for what it did.)
                        EntityKind::Organization | EntityKind::Country => {
                            rest.trim().is_empty()
                                || rest.trim_start().starts_with("as ")
                                || rest.trim_start().starts_with("over ")
                        }
                        EntityKind::Person => rest
                            .split_whitespace()
                            .next()
                            .is_some_and(|w| PERSONAL_QUALITIES.contains(&w)),
                        EntityKind::Proposal => false,
                    }
                });
            // "criticised councils which took a spectator role", "condemned
            // politicians": a generic group of people or bodies judged, no proposal.
            let generic_group = target_words.len() <= 3
                && target_words
                    .iter()
                    .all(|t| t.text.chars().all(|c| c.is_lowercase() || c == '-'))
                && target_words.last().is_some_and(|t| {
                    doc.k.group_words.contains(t.text)
                        || matches!(
                            t.text,
                            "councils"
                                | "parties"
                                | "authorities"
                                | "agencies"
                                | "banks"
                                | "ministries"
                                | "departments"
                        )
                });
            // ("called for unitary authorities" asks for bodies to be made.)
            if actor.is_some() && !endorsing
                || generic_group && !taken_up && polarity == crate::fact::Polarity::Oppose
            {
                continue;
            }
            // ("apologise for likening ...": the "for" is the inner verb's.)
            // ("attacked the budget for hitting the poorest families": a proposal
            // judged for its effect gives no act of its own.)
            let agent_judged = target_words[..before_for].iter().any(|t| {
                mention_at(doc, t.span.start).is_some_and(|m| is_agent(doc, m.entity))
                    || doc.k.group_words.contains(&t.text.to_lowercase())
                    || t.text == "powers"
            });
            if judged_for && !action && agent_judged {
                // "condemned Russia for its use of nerve agent", "criticized Trump for
                // threatening to cut off funding": the act is what is judged (not
                // "criticised Mr Brown for failing to mention ...", his conduct).
                if let Some(act) = judged_act(doc, &target_words, sentence) {
                    if let Some(act) = target_entity(doc, act) {
                        push_stances(
                            doc,
                            &holder.entities,
                            act,
                            polarity,
                            sentence,
                            &format!("{rule_id}+stance/judged-for-1"),
                            confidence,
                            quote,
                        );
                    }
                }
                continue;
            }
            if (person_like || titled)
                && !action
                && (polarity == crate::fact::Polarity::Oppose || !endorsing)
                || judged_for && !action
            {
                continue;
            }
            push_stances(
                doc,
                &holder.entities,
                target,
                polarity,
                sentence,
                &rule_id,
                confidence,
                quote,
            );
            last_target = Some((sentence_idx, target));
            if let Some((object, verdict, judged_rule)) = judged {
                if let Some(object) = proposal_like(doc, object)
                    .then(|| target_entity(doc, object))
                    .flatten()
                {
                    push_stances(
                        doc,
                        &holder.entities,
                        object,
                        verdict,
                        sentence,
                        &judged_rule,
                        confidence,
                        quote,
                    );
                }
            }
            // "criticised attempts to X, plans to Y, curbing of Z and ID card plans":
            // each item of a list after the first target is a target too.
            if matches!(
                kind.as_str(),
                "verb" | "verb-np" | "verb-to" | "noun" | "copula" | "commit" | "reported-need"
            ) {
                let list_rule = format!("{rule_id}+stance/list-1");
                // ("wanted to link up with London, and the two tried ...": after
                // "want", a comma opens a clause more often than a list.)
                let items = if asks_course {
                    Vec::new()
                } else {
                    listed_targets(doc, target_span, sentence)
                };
                for item in second.into_iter().chain(items) {
                    // ("wants to restore the pier and scrap the harbour tax": a second
                    // course that undoes something (actions.tsv) opposes its object,
                    // as the first would.)
                    let tokens = words(body, item);
                    let verb_at = usize::from(tokens.first().is_some_and(|t| t.text == "to"));
                    let undo = (polarity == Polarity::Support && kind != "verb-to")
                        .then(|| action_at(doc, &tokens, verb_at))
                        .flatten()
                        .filter(|((_, p), _)| *p == Polarity::Oppose)
                        .and_then(|((action, _), last)| {
                            tokens
                                .get(last + 1)
                                .map(|object| (action, Span::new(object.span.start, item.end)))
                        });
                    let (item, item_polarity, item_rule) = match undo {
                        Some((action, object)) => {
                            (object, Polarity::Oppose, format!("{list_rule}+{action}"))
                        }
                        None => (item, polarity, list_rule.clone()),
                    };
                    if !proposal_like(doc, item) {
                        continue;
                    }
                    let Some(target) = target_entity(doc, item) else {
                        continue;
                    };
                    push_stances(
                        doc,
                        &holder.entities,
                        target,
                        item_polarity,
                        sentence,
                        &item_rule,
                        confidence,
                        quote,
                    );
                }
            }
        }
    }
    beliefs(doc);
    rulings(doc);
    let clauses = reported_clauses(doc);
    should_in_reported_speech(doc, &clauses);
    evaluations_in_reported_speech(doc, &clauses);
    consequences_in_reported_speech(doc, &clauses);
    named_members(doc);
    members_after_target(doc);
    take_up_bare_targets(doc);
    opposition_despite(doc);
    drop_judged_repeats(doc);
    drop_bare_repeats(doc);
    drop_headline_repeats(doc);
}

/// "Assembly repudiates Trump on Jerusalem decision" over a body that says "the
/// Assembly voted to repudiate President Trump's declaration recognizing
/// Jerusalem ...": the headline's stance is the body's, shortened; the body's,
/// with its fuller target, stays.
fn drop_headline_repeats(doc: &mut Doc) {
    let Some(headline) = doc.headline else {
        return;
    };
    // (Evidence offsets count code points.)
    let end = doc.layout.char_offset(headline.end);
    let keep: Vec<bool> = doc
        .facts
        .stances
        .iter()
        .map(|stance| {
            if stance.evidence.start >= end {
                return true;
            }
            // (Two content words shared, all of the headline's, or its head
            // noun: "rail fare freeze" and "rail nationalisation" share one word,
            // not the head, and stay two.)
            let label = &doc.facts.entities[stance.target].label;
            let words = content_words(label);
            let head = head_word(label);
            !doc.facts.stances.iter().any(|other| {
                let others = content_words(&doc.facts.entities[other.target].label);
                let shared = words.iter().filter(|w| others.contains(w)).count();
                other.evidence.start >= end
                    && other.holder == stance.holder
                    && other.polarity == stance.polarity
                    && shared > 0
                    && (shared >= 2
                        || shared == words.len()
                        || head.as_ref().is_some_and(|h| others.contains(h)))
            })
        })
        .collect();
    let mut flags = keep.into_iter();
    doc.facts.stances.retain(|_| flags.next().unwrap_or(true));
}

/// "opponents of the bill, including Lord Campbell and the Bishop of
/// Winchester, said ...", "supporters of the tunnel, such as Mayor Tom Reed":
/// each one named as a member of a group for or against something
/// (`data/lexicon/stance_groups.tsv`) holds that stance.
fn named_members(doc: &mut Doc) {
    let body = doc.layout.body;
    let sentences = doc.layout.sentences.clone();
    for sentence in sentences {
        let tokens = words(body, sentence);
        for (i, token) in tokens.iter().enumerate() {
            let Some((rule, polarity)) =
                doc.k.stance_groups.get(&token.text.to_lowercase()).cloned()
            else {
                continue;
            };
            if tokens.get(i + 1).is_none_or(|t| t.text != "of")
                || doc.in_quotation(token.span.start)
            {
                continue;
            }
            // The target: after "of", up to the comma that opens the members
            // ("opponents of X, including A and B"), or up to "include"
            // ("Supporters of X include A and B").
            let from = tokens[i + 1].span.end;
            let Some((target_end, members_at)) = members_opening(body, from, sentence.end) else {
                continue;
            };
            push_members(
                doc,
                token.span,
                (Span::new(from, target_end), members_at),
                sentence,
                polarity,
                &rule,
            );
        }
        // "House lawmakers on record opposing the deal include A, B and C", "Those
        // backing the bill include A": a group named by its stance, then its members.
        for token in &tokens {
            let lower = token.text.to_lowercase();
            let Some(cue) = doc.k.cue_of_word(&lower).filter(|c| c.kind == "verb") else {
                continue;
            };
            // (A group named by the participle: "Those backing the bill include", not
            // "Britain is supporting a deal that would include ...".)
            let after_copula = body[sentence.start..token.span.start]
                .split_whitespace()
                .next_back()
                .is_some_and(|w| matches!(w, "is" | "are" | "was" | "were" | "be" | "been"));
            if !lower.ends_with("ing") || after_copula || doc.in_quotation(token.span.start) {
                continue;
            }
            let (rule, polarity) = (cue.id.clone(), cue.polarity);
            let Some((target_end, members_at)) =
                members_opening(body, token.span.end, sentence.end)
                    .filter(|&(end, _)| !body[token.span.end..end].contains(", "))
            else {
                continue;
            };
            push_members(
                doc,
                token.span,
                (Span::new(token.span.end, target_end), members_at),
                sentence,
                polarity,
                &format!("{rule}+stance/members-include-1"),
            );
        }
    }
}

/// Words for a group of countries or bodies as a clause's subject ("the
/// remaining 14 Security Council members", "most EU states").
const MEMBER_GROUP_WORDS: &[&str] = &[
    "members",
    "countries",
    "nations",
    "states",
    "allies",
    "governments",
    "parties",
];

/// "The remaining 14 Security Council members voted in favor of the
/// resolution, including key U.S. allies such as Italy, Japan and Britain":
/// a group that a verb cue gives no holder of its own, then its members named
/// after the target, each of whom holds the stance.
fn members_after_target(doc: &mut Doc) {
    let body = doc.layout.body;
    let sentences = doc.layout.sentences.clone();
    for sentence in sentences {
        if !body[sentence.start..sentence.end].contains(", including ") {
            continue;
        }
        let lower = body[sentence.start..sentence.end].to_ascii_lowercase();
        for (cue, pattern) in cue_matches(doc, sentence, &lower) {
            let rule = &doc.k.cue_rules[doc.k.cue_patterns[pattern]];
            if rule.kind != "verb" || doc.in_quotation(cue.start) {
                continue;
            }
            let (rule_id, polarity) = (rule.id.clone(), rule.polarity);
            // The subject: a group word, and no name of its own that holds it.
            let start = clause_start(doc, sentence, cue.start);
            let subject = words(body, Span::new(start, cue.start));
            let group = subject
                .iter()
                .any(|t| MEMBER_GROUP_WORDS.contains(&t.text.to_lowercase().as_str()));
            let sentence_at = doc.layout.char_offset(sentence.start);
            let named = doc
                .facts
                .stances
                .iter()
                .any(|s| s.evidence.start == sentence_at && s.rule.starts_with(&rule_id));
            if !group || named || subject.len() > 8 {
                continue;
            }
            let Some((target_end, mut members_at)) = members_opening(body, cue.end, sentence.end)
            else {
                continue;
            };
            if !body[target_end..members_at].contains("including") {
                continue;
            }
            // ("including key U.S. allies such as Italy": past the members' description.)
            let rest = &body[members_at..sentence.end];
            if let Some(at) = rest.find(" such as ").filter(|&at| {
                rest[..at].split_whitespace().count() <= 5 && !rest[..at].contains(',')
            }) {
                members_at += at + " such as ".len();
            }
            push_members(
                doc,
                cue,
                (Span::new(cue.end, target_end), members_at),
                sentence,
                polarity,
                &format!("{rule_id}+stance/members-after-1"),
            );
        }
    }
}

/// Words that open the named members of a group after a comma ("opponents of
/// the bill, including A and B", "Lawmakers, such as A, backed").
const MEMBER_OPENERS: [&str; 3] = ["including ", "such as ", "among them "];

/// Where the members of a group open, after its target at `from`: the target's
/// end and the first member's start, at ", including" ("such as", "among
/// them") or at " include " ("includes", "included").
fn members_opening(body: &str, from: usize, end: usize) -> Option<(usize, usize)> {
    let rest = &body[from..end];
    // ("include" only right after the group's phrase: not "Critics of the deal say
    // it will include Iran", where a verb comes first.)
    let include = [" include ", " includes ", " included "]
        .iter()
        .filter_map(|w| rest.find(w).map(|at| (at, w.len())))
        .min()
        .filter(|&(at, _)| {
            let before: Vec<&str> = rest[..at].split_whitespace().collect();
            before.len() <= 8
                && !before.iter().any(|w| {
                    matches!(
                        *w,
                        "say"
                            | "says"
                            | "said"
                            | "will"
                            | "would"
                            | "could"
                            | "may"
                            | "is"
                            | "are"
                            | "was"
                            | "were"
                            | "that"
                            | "it"
                            | "they"
                            | "to"
                    )
                })
        });
    let comma = rest.find(", ").and_then(|comma| {
        let after = &rest[comma + 2..];
        MEMBER_OPENERS
            .iter()
            .find(|o| after.starts_with(*o))
            .map(|o| (comma, 2 + o.len()))
    });
    let (at, skip) = match (comma, include) {
        (Some(c), Some(i)) => c.min(i),
        (c, i) => c.or(i)?,
    };
    // ("Proponents of the new bill — which include Rep. Liz Cheney —": the
    // relative pronoun and its dash close the target.)
    let target = rest[..at].trim_end();
    let target = target
        .strip_suffix("which")
        .or_else(|| target.strip_suffix("who"))
        .map_or(target, |t| t.trim_end_matches([' ', ',', '—', '–', '-']));
    Some((from + target.len(), from + at + skip))
}

/// Each member named from `members_at` (a name, after a list comma or "and":
/// "Tory Lord X and the Bishop of Winchester, the Rt Rev Y", until the clause
/// goes on) holds the stance, found by the word at `cue`, on the target.
fn push_members(
    doc: &mut Doc,
    cue: Span,
    (target, members_at): (Span, usize),
    sentence: Span,
    polarity: Polarity,
    rule: &str,
) {
    let body = doc.layout.body;
    let target_span = trim_span(doc, target);
    let quote = quote_for(doc, cue);
    let n_words = words(body, target_span).len();
    if n_words == 0 || n_words > MAX_TARGET_WORDS || !proposal_like(doc, target_span) {
        return;
    }
    let mut holders: Vec<usize> = Vec::new();
    let mut pos = members_at;
    while let Some(referent) = referent_at(doc, pos, sentence.end) {
        // "Tory Lord Campbell": the person the party only qualifies.
        let referent = super::quotes::person_behind_title(doc, referent, sentence.end);
        for &entity in &referent.entities {
            if is_agent(doc, entity) && !holders.contains(&entity) {
                holders.push(entity);
            }
        }
        // ("Steve Israel of New York — a leading Jewish lawmaker — and Nita Lowey":
        // the place a member represents, and an aside between dashes.)
        let mut name_end = super::quotes::of_place(doc, referent.span.end, sentence.end);
        for dash in [" — ", " – ", " - "] {
            if let Some(aside) = body[name_end..sentence.end].strip_prefix(dash) {
                if let Some(close) = aside
                    .find(dash)
                    .filter(|&c| aside[..c].split_whitespace().count() <= 8)
                {
                    name_end += dash.len() + close + dash.len() - 1;
                }
                break;
            }
        }
        let gap_end = body[name_end..sentence.end]
            .find(|c: char| c.is_alphanumeric())
            .map_or(sentence.end, |k| name_end + k);
        let gap = &body[name_end..gap_end];
        let next_word = body[gap_end..sentence.end]
            .split_whitespace()
            .next()
            .unwrap_or_default();
        let joined = gap.trim() == "," || next_word == "and";
        if !joined || holders.len() >= 12 {
            break;
        }
        pos = if next_word == "and" {
            gap_end + 3
        } else {
            gap_end
        };
    }
    if holders.is_empty() {
        return;
    }
    let Some(target) = target_entity(doc, target_span) else {
        return;
    };
    push_stances(doc, &holders, target, polarity, sentence, rule, 0.65, quote);
}

/// Words that open the second of two things asked for ("and more classroom
/// discipline", "as well as an explanation").
const CONJUNCT_OPENERS: &[&str] = &["a", "an", "the", "more", "less", "greater", "better", "new"];

/// Comparatives that open a second thing asked for ("a slimmer government and
/// lower taxes"), but not after a preposition in the first ("tax cuts for
/// families and higher earners").
const COMPARATIVE_OPENERS: &[&str] = &[
    "lower", "higher", "fewer", "tougher", "stronger", "cheaper", "smaller", "bigger",
];

/// For a target "X and Y" or "X as well as Y" with no comma, where Y opens with
/// a determiner or a comparative and X has at least two words (not "talks
/// between A and the B", not "both A and B"): the spans of X and Y.
fn conjuncts(doc: &Doc, target: Span) -> Option<(Span, Span)> {
    let body = doc.layout.body;
    let text = &body[target.start..target.end];
    if text.contains([',', ';', '"', '“', '”']) {
        return None;
    }
    let (at, joiner) = [" as well as ", " and "]
        .iter()
        .find_map(|j| text.find(j).map(|at| (at, *j)))?;
    if text.matches(joiner).count() > 1 {
        return None;
    }
    let first = &text[..at];
    let rest = &text[at + joiner.len()..];
    let opener = rest.split_whitespace().next()?;
    let first_words: Vec<&str> = first.split_whitespace().collect();
    // ("tax cuts for families and higher earners": after a preposition a
    // comparative goes on the preposition's object.)
    let comparative = COMPARATIVE_OPENERS.contains(&opener);
    if comparative
        && first_words.iter().any(|w| {
            matches!(
                *w,
                "for" | "of" | "to" | "on" | "in" | "with" | "from" | "by" | "at" | "against"
            )
        })
    {
        return None;
    }
    // ("news that the Gates Foundation and Norway are joining": the subject of a
    // clause inside the target, not two targets.)
    if !(CONJUNCT_OPENERS.contains(&opener) || comparative)
        || first_words.len() < 2
        || first_words.iter().any(|w| {
            matches!(
                w.to_lowercase().as_str(),
                "between" | "both" | "among" | "that" | "whether"
            )
        })
        || rest.split_whitespace().count() < 2
    {
        return None;
    }
    let one = Span::new(target.start, target.start + at);
    let two = Span::new(target.start + at + joiner.len(), target.end);
    Some((one, two))
}

/// Verbs that open the second of two courses asked for ("wants to introduce a
/// points system and increase deportations"), besides those of actions.tsv.
const COURSE_VERBS: &[&str] = &[
    "increase",
    "reduce",
    "cut",
    "raise",
    "introduce",
    "build",
    "create",
    "provide",
    "improve",
    "give",
    "make",
    "set",
    "ban",
    "deport",
    "reform",
    "extend",
    "protect",
    "boost",
    "invest",
    "fund",
    "tackle",
    "ensure",
    "restore",
    "keep",
    "retain",
    "grant",
    "appoint",
    "hold",
    "establish",
    "strengthen",
    "expand",
    "limit",
    "lower",
    "tighten",
    "review",
    "bring",
    "publish",
    "release",
    "return",
    "prevent",
    "impose",
    "lift",
    "adopt",
    "approve",
    "accept",
    "pass",
    "launch",
    "renew",
    "resume",
    "open",
    "close",
    "freeze",
    "double",
    "halve",
    "cap",
];

/// For a course "to V1 ... and (to) V2 ..." with no comma, where V2 is a verb of
/// actions.tsv or `COURSE_VERBS` (or follows "to"): the spans of the two courses
/// ("urged the prime minister to extend Article 50 and bring forward another
/// referendum" asks for both).
fn verb_conjuncts(doc: &Doc, target: Span) -> Option<(Span, Span)> {
    let body = doc.layout.body;
    let text = &body[target.start..target.end];
    if text.contains([',', ';', '(']) {
        return None;
    }
    let tokens = words(body, target);
    // (The first "and" that opens a course: not "health and safety".)
    let and = tokens.iter().enumerate().find_map(|(and, t)| {
        if t.text != "and" {
            return None;
        }
        // The first course is an infinitive: "to" and a lower-case verb, before "and";
        // one only ("urged ministers to halt plans to close the hospital and cut
        // jobs": the second verb may belong to the inner one).
        let infinitive = tokens[..and]
            .windows(2)
            .filter(|w| w[0].text == "to" && w[1].text.chars().all(|c| c.is_ascii_lowercase()))
            .count()
            == 1;
        let (verb_at, marked) = match tokens.get(and + 1) {
            Some(t) if t.text == "to" => (and + 2, true),
            _ => (and + 1, false),
        };
        let verb = tokens.get(verb_at)?;
        let lower = verb.text.to_ascii_lowercase();
        let is_verb = verb.text.chars().all(|c| c.is_ascii_lowercase())
            && (marked
                || COURSE_VERBS.contains(&lower.as_str())
                || doc.k.actions.contains_key(&lower));
        // ("and to speak more from the heart", "and withdraw it": an exhortation
        // or a pronoun names no course of its own.)
        let vague = NOT_TO_VAGUE.contains(&lower.as_str())
            && !COURSE_VERBS.contains(&lower.as_str())
            || matches!(
                lower.as_str(),
                "speak"
                    | "talk"
                    | "listen"
                    | "think"
                    | "try"
                    | "continue"
                    | "come"
                    | "work"
                    | "look"
            )
            || tokens.get(verb_at + 1).is_none_or(|object| {
                matches!(
                    object.text,
                    "it" | "them" | "this" | "that" | "him" | "her" | "us" | "up" | "out"
                )
            });
        (infinitive && is_verb && !vague).then_some(and)
    })?;
    let one = Span::new(target.start, tokens[and - 1].span.end);
    let two = Span::new(tokens[and + 1].span.start, target.end);
    Some((one, two))
}

/// The items of a list that goes on after a target ending at a comma, up to the
/// end of the sentence: "X, Y, Z and W" gives Y, Z and W. Every item is a short
/// phrase with no finite verb, reporting verb, pronoun or person in it, and the
/// last one follows "and" (or "or"); otherwise the commas begin something else
/// ("..., Mr Y said", "..., which ...") and nothing is returned.
fn listed_targets(doc: &Doc, target: Span, sentence: Span) -> Vec<Span> {
    let body = doc.layout.body;
    let rest = &body[target.end..sentence.end];
    let Some(after_comma) = rest.strip_prefix(", ") else {
        return Vec::new();
    };
    let start = target.end + 2;
    let text = after_comma.trim_end_matches(['.', '!', '?', '"', '”', '’', '\'', ')']);
    let mut items: Vec<Span> = Vec::new();
    let mut offset = start;
    for piece in text.split(", ") {
        items.push(Span::new(offset, offset + piece.len()));
        offset += piece.len() + 2;
    }
    // The last piece holds "Y and Z" (or "and Z" after a serial comma).
    let Some(last) = items.pop() else {
        return Vec::new();
    };
    let last_text = &body[last.start..last.end];
    let Some(and) = last_text.rfind(" and ").or_else(|| last_text.rfind(" or ")) else {
        return Vec::new();
    };
    let joiner = if last_text[and..].starts_with(" and ") {
        5
    } else {
        4
    };
    if and > 0 {
        items.push(Span::new(last.start, last.start + and));
    }
    items.push(Span::new(last.start + and + joiner, last.end));
    let plain = |span: &Span| {
        let tokens = words(body, *span);
        let text = &body[span.start..span.end];
        // "..., calling the strikes 'necessary'": a participle clause, not an item.
        let participle = tokens.first().is_some_and(|t| t.text.ends_with("ing"))
            && tokens
                .get(1)
                .is_some_and(|t| DETERMINERS.contains(&t.text) || t.text == "it");
        // "support higher taxes, oppose controlled immigration and support ...":
        // a list of positions, each opened by its cue verb, not of targets.
        let cue_verb = tokens.first().is_some_and(|t| {
            doc.k.cue_of_word(&t.text.to_lowercase()).is_some()
                && tokens
                    .get(1)
                    .is_some_and(|n| !matches!(n.text, "for" | "of" | "to" | "from"))
        });
        // ("... support higher taxes, their opposition to controlled immigration":
        // a position of its own, opened by a possessive and a noun cue.)
        let owned_cue = tokens.len() >= 2
            && matches!(tokens[0].text, "their" | "its" | "his" | "her" | "our")
            && doc
                .k
                .cues
                .find(&body[tokens[1].span.start..span.end].to_ascii_lowercase())
                .is_some_and(|m| m.start() == 0);
        !tokens.is_empty()
            && tokens.len() <= MAX_TARGET_WORDS
            && !participle
            && !cue_verb
            && !owned_cue
            && !text.contains(['"', '“', '”', '(', ')', ';', ':'])
            && tokens.iter().all(|t| {
                let lower = t.text.to_lowercase();
                // "protest" may be a noun; "said", "warned", "says" report.
                let reports = is_reporting(doc, &lower)
                    && (lower.ends_with("ed") || lower.ends_with('s') || lower == "told");
                !FINITE_AUXILIARIES.contains(&lower.as_str())
                    && !reports
                    && !matches!(
                        lower.as_str(),
                        "did"
                            | "does"
                            | "he"
                            | "she"
                            | "they"
                            | "it"
                            | "we"
                            | "i"
                            | "who"
                            | "which"
                            | "that"
                    )
                    && super::resolve::mention_at(doc, t.span.start)
                        .is_none_or(|m| doc.kind(m.entity) != EntityKind::Person)
            })
    };
    // Items are things, not the agents a list of names would give ("the U.S.,
    // Japan and Russia"), and the first target is a plain item too.
    let agent = |span: &Span| {
        super::resolve::mention_at(doc, span.start)
            .is_some_and(|m| m.span.end >= span.end && is_agent(doc, m.entity))
    };
    if plain(&target) && items.iter().all(|i| plain(i) && !agent(i)) {
        items
    } else {
        Vec::new()
    }
}

/// For "it" (or "them", `plural`) as a target at `pos`: the nearest phrase before
/// it, in this sentence or the one before, headed by a proposal noun
/// (data/lexicon/proposal_nouns.tsv) of that number: "the deal" in "a battle to
/// get the deal through Parliament, with the DUP opposing it".
fn pronoun_antecedent(
    doc: &mut Doc,
    sentence_idx: usize,
    pos: usize,
    plural: bool,
) -> Option<usize> {
    let body = doc.layout.body;
    let from = doc.layout.sentences[sentence_idx.saturating_sub(1)].start;
    let earlier = words(body, Span::new(from, pos));
    let head = (0..earlier.len()).rev().find(|&i| {
        let word = earlier[i].text.to_lowercase();
        // ("taxes", "policies", "levies": the plural's other endings.)
        let singulars: Vec<String> = match word.strip_suffix('s') {
            Some(stem) if plural => {
                let mut forms = vec![stem.to_string()];
                if let Some(es) = word.strip_suffix("es") {
                    forms.push(es.to_string());
                }
                if let Some(ies) = word.strip_suffix("ies") {
                    forms.push(format!("{ies}y"));
                }
                forms
            }
            Some(_) => return false,
            None if plural => return false,
            None => vec![word.clone()],
        };
        let Some(singular) = singulars
            .iter()
            .find(|s| doc.k.proposal_nouns.contains(s.as_str()))
        else {
            return false;
        };
        // A specific noun ("tax", "law", "motion") only as a noun phrase's head in
        // lower case, after a determiner: not "Reform UK", "broken the rule", "set in
        // motion", "of its own accord".
        let general = doc.k.general_proposal_nouns.contains_key(singular.as_str());
        // (Past lower-case modifiers only: "The Chancellor rules out" is a verb.)
        let is_determiner = |t: &crate::text::Token| {
            matches!(
                t.text.to_lowercase().as_str(),
                "the" | "a" | "an" | "its" | "their" | "his" | "her" | "this" | "these"
            )
        };
        let determiner = earlier[i.saturating_sub(3)..i]
            .iter()
            .rev()
            .find(|t| is_determiner(t) || !t.text.chars().all(|c| c.is_lowercase() || c == '-'))
            .is_some_and(is_determiner);
        let determined = earlier[i].text.chars().all(|c| c.is_lowercase())
            && mention_at(doc, earlier[i].span.start).is_none()
            && determiner
            && !earlier
                .get(i.wrapping_sub(1))
                .is_some_and(|t| matches!(t.text, "own" | "in"));
        (general || determined) && !doc.in_quotation(earlier[i].span.start)
    })?;
    let mut begin = head;
    while begin > 0
        && head - begin < 3
        && !ANTECEDENT_STOPS.contains(&earlier[begin - 1].text.to_lowercase().as_str())
        && body[earlier[begin - 1].span.end..earlier[begin].span.start]
            .trim()
            .is_empty()
    {
        begin -= 1;
    }
    let phrase = &body[earlier[begin].span.start..earlier[head].span.end];
    // "Rita Moss defended the levy. Paul Dray criticised it.": "the levy" names
    // what it takes up in turn, as a target would.
    let determined = begin
        .checked_sub(1)
        .map(|d| earlier[d])
        .filter(|d| {
            matches!(
                d.text.to_lowercase().as_str(),
                "the" | "this" | "these" | "those" | "its" | "their"
            )
        })
        .and_then(|d| target_entity(doc, Span::new(d.span.start, earlier[head].span.end)));
    determined.or_else(|| proposal(doc, &clean_label(phrase)))
}

/// The verdict (data/lexicon/verdicts.tsv) that `tokens[i..]` opens ("rejected",
/// "turned down"): its rule, its polarity and how many words it takes.
fn verdict_at(
    doc: &Doc,
    tokens: &[crate::text::Token],
    i: usize,
) -> Option<(String, Polarity, usize)> {
    let one = tokens.get(i)?.text.to_lowercase();
    let two = tokens
        .get(i + 1)
        .map(|next| format!("{one} {}", next.text.to_lowercase()));
    if let Some((rule, polarity)) = two.and_then(|two| doc.k.verdicts.get(&two)) {
        return Some((rule.clone(), *polarity, 2));
    }
    let (rule, polarity) = doc.k.verdicts.get(&one)?;
    Some((rule.clone(), *polarity, 1))
}

/// "the deal to be rejected", "the plan should be approved": a subject whose fate a
/// verdict names, within the first words from `target`'s start. Gives the verdict's
/// rule, the span of subject and verdict together, the subject alone ("the deal")
/// and the verdict's polarity.
fn verdict_after(
    doc: &Doc,
    sentence: Span,
    target: Span,
) -> Option<(String, Span, Span, Polarity)> {
    let body = doc.layout.body;
    let tokens = words(body, Span::new(target.start, sentence.end));
    // "wants the toll to end", "the war to come to an end": what is to end.
    if let Some(to) = tokens.iter().take(12).position(|t| t.text == "to") {
        let come = tokens.get(to + 1).is_some_and(|t| t.text == "come")
            && tokens
                .get(to + 2..to + 5)
                .is_some_and(|w| w[0].text == "to" && w[1].text == "an" && w[2].text == "end");
        let at = if come { to + 4 } else { to + 1 };
        let ended = tokens.get(at).and_then(|verb| {
            doc.k
                .verdicts
                .get(&verb.text.to_lowercase())
                .filter(|(rule, _)| cue_name(rule) == "ended-1")
                // ("welcomed the minister's decision to go": "go" is to leave,
                // and a decision or plan "to end" is its content, not its fate.)
                .filter(|_| {
                    !tokens[..to].last().is_some_and(|noun| {
                        let noun = noun.text.to_lowercase();
                        proposal_noun(doc, &noun)
                            || matches!(
                                noun.as_str(),
                                "decision"
                                    | "choice"
                                    | "intention"
                                    | "wish"
                                    | "desire"
                                    | "readiness"
                                    | "offer"
                                    | "bid"
                                    | "move"
                                    | "right"
                                    | "time"
                            )
                    })
                })
        });
        // (Nothing after it but "now" or "soon": not "to end early", "to stop
        // the sale".)
        let closes = tokens.get(at + 1).is_none_or(|next| {
            !body[tokens[at].span.end..next.span.start].trim().is_empty()
                || matches!(next.text, "now" | "immediately" | "soon" | "forthwith")
        });
        if let (Some((rule, polarity)), true) = (ended, closes && to >= 1) {
            return Some((
                rule.clone(),
                Span::new(tokens[0].span.start, tokens[at].span.end),
                Span::new(tokens[0].span.start, tokens[to - 1].span.end),
                *polarity,
            ));
        }
    }
    let be = tokens.iter().take(12).position(|t| t.text == "be")?;
    if be < 2 || !matches!(tokens[be - 1].text, "to" | "should" | "must") {
        return None;
    }
    let (rule, polarity, n) = verdict_at(doc, &tokens, be + 1)?;
    Some((
        rule,
        Span::new(tokens[0].span.start, tokens[be + n].span.end),
        Span::new(tokens[0].span.start, tokens[be - 2].span.end),
        polarity,
    ))
}

/// The action of `data/lexicon/actions.tsv` whose words start at token `at`
/// ("scrap", "vote against", "steer clear of": up to three words, longest first),
/// with the index of its last token.
fn action_at(
    doc: &Doc,
    tokens: &[crate::text::Token<'_>],
    at: usize,
) -> Option<((String, Polarity), usize)> {
    lexicon_phrase_at(|phrase| doc.k.actions.get(phrase), tokens, at, 3)
}

/// The entry of a lexicon of phrases (form → rule id and polarity) whose words
/// start at token `at`, up to `longest` words, longest first, with the index of
/// its last token: the shared lookup of actions ("steer clear of") and
/// consequences ("put lives at risk").
fn lexicon_phrase_at<'k>(
    lookup: impl Fn(&str) -> Option<&'k (String, Polarity)>,
    tokens: &[crate::text::Token<'_>],
    at: usize,
    longest: usize,
) -> Option<((String, Polarity), usize)> {
    (1..=longest).rev().find_map(|n| {
        let run = tokens.get(at..at + n)?;
        let phrase = run
            .iter()
            .map(|t| t.text.to_lowercase())
            .collect::<Vec<_>>()
            .join(" ");
        lookup(&phrase).map(|found| (found.clone(), at + n - 1))
    })
}

/// The last word of a target before its first preposition: "minister" in "his
/// minister for an excellent job".
fn head_before_preposition<'a>(tokens: &[crate::text::Token<'a>]) -> Option<&'a str> {
    let end = tokens
        .iter()
        .position(|t| PREPOSITIONS_BEFORE_GERUND.contains(&t.text))
        .unwrap_or(tokens.len());
    tokens[..end].last().map(|t| t.text)
}

/// Verbs whose "-ing" form after "criticised X for" names the person's conduct
/// or words, not an act of policy: "for failing to mention", "for claiming".
const CONDUCT_VERBS: &[&str] = &[
    "failing",
    "attending",
    "rescuing",
    "helping",
    "handling",
    "playing",
    "going",
    "leading",
    "running",
    "winning",
    "losing",
    "showing",
    "working",
    "reaching",
    "achieving",
    "hitting",
    "costing",
    "claiming",
    "saying",
    "arguing",
    "accusing",
    "suggesting",
    "refusing",
    "being",
    "having",
    "trying",
    "making",
    "lying",
    "misleading",
    "ignoring",
    "doing",
    "getting",
    "taking",
    "telling",
    "calling",
    "speaking",
    "talking",
    "describing",
    "comparing",
];

/// Owned nouns after "condemned X for" that name an act: "for its use of nerve
/// agent", "for their invasion of ...".
const OWNED_ACTS: &[&str] = &[
    "use",
    "decision",
    "invasion",
    "annexation",
    "occupation",
    "support",
    "backing",
    "treatment",
    "involvement",
    "policy",
    "policies",
    "plan",
    "plans",
    "threat",
    "threats",
    "crackdown",
    "withdrawal",
    "refusal",
    "interference",
];

/// Endings that mark an adjective in a list of them ("the flawed, dangerous deal").
const ADJECTIVE_ENDINGS: &[&str] = &[
    "ed", "ous", "ive", "ical", "ial", "onal", "ural", "ful", "ic", "ent", "ant", "able", "ible",
    "less",
];

/// A lower-case word with an adjective's ending, not a "-ment" noun.
fn listed_adjective(word: &str) -> bool {
    word.chars().all(|c| c.is_lowercase() || c == '-')
        && (ADJECTIVE_ENDINGS
            .iter()
            .any(|suffix| word.ends_with(suffix))
            && !word.ends_with("ment")
            || SHORT_ADJECTIVES.contains(&word))
}

/// Adjectives with no telling ending that stand in a list before a noun ("a
/// quick, fair and firm asylum system").
const SHORT_ADJECTIVES: &[&str] = &[
    "quick", "fair", "firm", "cheap", "clean", "safe", "strong", "free", "open", "simple", "clear",
    "tough", "fast", "full", "just", "stable", "secure", "smart", "lean", "modern", "decent",
    "humane", "robust", "swift", "proper", "sound",
];

/// Nouns whose object follows "against": "a campaign against smoking".
const AGAINST_NOUNS: &[&str] = &[
    "campaign",
    "campaigns",
    "offensive",
    "war",
    "strikes",
    "action",
    "measures",
    "sanctions",
    "crackdown",
    "fight",
    "battle",
    "case",
    "attack",
    "attacks",
    "protest",
    "protests",
    "operation",
    "operations",
    "legislation",
    "discrimination",
    "violence",
];

/// Words a phrase cut short must not end on.
const DANGLING: &[&str] = &[
    "by", "of", "the", "a", "an", "to", "for", "in", "on", "with", "at", "from", "that", "which",
    "who", "and", "or", "as", "its", "his", "her", "their", "our", "into",
];

/// For "condemned Russia for its use of nerve agent", "criticized Trump for
/// threatening to cut off funding": the act after "for" in `target_words`, run to
/// the end of its phrase in `sentence`, when it is an act and not the person's
/// conduct or words.
fn judged_act(doc: &Doc, target_words: &[crate::text::Token], sentence: Span) -> Option<Span> {
    // ("Gary Neville criticised for continuing ...": with no one after the verb
    // it is a passive participle, and the sentence's subject judges nothing.)
    let at = target_words
        .iter()
        .position(|t| t.text == "for")
        .filter(|&at| at > 0)?;
    let first = target_words.get(at + 1)?;
    let act = match first.text {
        "its" | "his" | "her" | "their" => target_words
            .get(at + 2)
            .is_some_and(|noun| OWNED_ACTS.contains(&noun.text) && target_words.len() > at + 3),
        verb => {
            verb.ends_with("ing")
                && verb.chars().all(|c| c.is_ascii_lowercase())
                && !CONDUCT_VERBS.contains(&verb)
                && target_words.len() > at + 2
        }
    };
    act.then(|| target_after(doc, first.span.start, sentence.end))
        .flatten()
}

/// What a person is judged on, not what they propose: "praised her
/// leadership", "criticised his performance".
const PERSONAL_QUALITIES: &[&str] = &[
    "ability",
    "abilities",
    "work",
    "leadership",
    "spirit",
    "record",
    "courage",
    "bravery",
    "handling",
    "performance",
    "contribution",
    "efforts",
    "dedication",
    "service",
    "conduct",
    "behaviour",
    "behavior",
    "character",
    "integrity",
    "honesty",
    "competence",
    "judgment",
    "judgement",
    "tone",
    "style",
];

/// The cue's own name, the last part of a (perhaps composed) rule id:
/// "praise-1" for "stance/support/praise-1", "back-1" for "a+stance/support/back-1".
fn cue_name(rule_id: &str) -> &str {
    rule_id.rsplit('/').next().unwrap_or_default()
}

/// After "urged": a clause after "that" ("urged that the inquiry be
/// reopened"), or a noun phrase that names no one and has no "to" in its first
/// words ("urged restraint", "urged a limit on quangos"); `None` otherwise.
fn asked_for(doc: &Doc, target: Span) -> Option<Span> {
    if let Some(clause) = that_clause(doc, target) {
        return Some(clause);
    }
    let tokens = words(doc.layout.body, target);
    let first = tokens.first()?;
    let agent = mention_at(doc, first.span.start)
        .or_else(|| {
            tokens
                .get(1)
                .filter(|_| DETERMINERS.contains(&first.text))
                .and_then(|t| mention_at(doc, t.span.start))
        })
        .is_some_and(|m| doc.kind(m.entity) != EntityKind::Proposal);
    let pronoun = matches!(
        first.text,
        "him" | "her" | "them" | "us" | "me" | "it" | "you" | "people" | "everyone"
    );
    let addressed = tokens.iter().take(7).any(|t| t.text == "to");
    (!agent && !pronoun && !addressed && !first.text.starts_with(char::is_uppercase))
        .then_some(target)
}

/// A target that opens with "that": the clause after it.
fn that_clause(doc: &Doc, target: Span) -> Option<Span> {
    let tokens = words(doc.layout.body, target);
    match tokens.as_slice() {
        [that, next, ..] if that.text == "that" => Some(Span::new(next.span.start, target.end)),
        _ => None,
    }
}

/// Finite verbs that, after "and" or "but", start a second clause of the
/// cue's subject rather than a second object.
const COORDINATED_VERBS: &[&str] = &[
    "looks", "believes", "believe", "hopes", "hope", "wants", "says", "insists", "insist",
    "argues", "argue", "expects", "expect", "feels", "warns", "warn", "accepts", "accept",
    "agrees", "agree", "welcomes", "thinks", "think", "urges", "urge", "calls", "believed",
];

/// Verbs after "urged X not to" that name no course to oppose ("not to vote",
/// "not to expect a decision", "not to rush to judgement").
const NOT_TO_VAGUE: &[&str] = &[
    "vote", "be", "have", "get", "go", "expect", "rush", "panic", "worry", "give", "take", "make",
    "do", "let", "allow", "forget", "ignore", "see", "read", "believe", "use", "leave", "stand",
    "put", "play", "jump", "draw", "fight", "turn", "provide", "call", "say", "tell",
];

/// For the target of "urged X to V": `None` when no "to V" follows a short
/// addressee; else `Some(None)`, or `Some(Some(..))` when V is itself a cue:
/// (where that cue starts, its rule, its polarity turned by a "not" before
/// "to", and the phrase after it).
#[allow(clippy::type_complexity)]
fn addressed_action(
    doc: &Doc,
    target: Span,
) -> Option<Option<(usize, String, crate::fact::Polarity, Span)>> {
    let body = doc.layout.body;
    let tokens = words(body, target);
    let to = tokens.iter().take(7).position(|t| t.text == "to")?;
    let negated = to > 0 && matches!(tokens[to - 1].text, "not" | "never");
    let Some(verb) = tokens.get(to + 1) else {
        return Some(None);
    };
    // "pushed crude prices to four-month highs", "to 4%": a level reached, not
    // a course of action.
    let level = verb.text.contains(|c: char| c.is_ascii_digit())
        || verb.text.split('-').next().is_some_and(|lead| {
            super::NUMBER_WORDS.contains(&lead) || matches!(lead, "record" | "new" | "one")
        }) && verb.text.contains('-');
    // ("urged an increase to 1.26%", "pushing for a cut to 3%" ask for the thing
    // itself.)
    if level {
        return tokens
            .first()
            .is_some_and(|t| matches!(t.text, "for" | "a" | "an"))
            .then_some(None);
    }
    let rest = body[verb.span.start..target.end].to_ascii_lowercase();
    let Some(found) = doc.k.cues.find(&rest).filter(|m| m.start() == 0) else {
        if !negated {
            return Some(None);
        }
        // "urged the council not to scrap the levy": undoing it advised against.
        let verb_at = to + 1;
        if let Some(((action_rule, polarity), last)) = action_at(doc, &tokens, verb_at) {
            let object = target_after(doc, tokens.get(last)?.span.end, target.end)
                .filter(|&object| proposal_like(doc, object))?;
            return Some(Some((
                verb.span.start,
                action_rule,
                polarity.flipped(),
                object,
            )));
        }
        // "urged the council not to raise the toll", "warned ministers not to
        // close the office": a course advised against, when it acts on a thing;
        // "urged senators not to vote", "told reporters not to expect a
        // decision": too vague, or no course at all.
        let vague = !verb.text.chars().all(|c| c.is_ascii_lowercase())
            || NOT_TO_VAGUE.contains(&verb.text)
            || is_reporting(doc, verb.text);
        let object = tokens
            .get(verb_at + 1)
            .filter(|next| DETERMINERS.contains(&next.text) || next.text.ends_with('s'))
            .and_then(|_| target_after(doc, verb.span.end, target.end))
            .filter(|&object| proposal_like(doc, object));
        return match object {
            Some(object) if !vague => Some(Some((
                verb.span.start,
                "negated".to_string(),
                crate::fact::Polarity::Oppose,
                Span::new(verb.span.start, object.end),
            ))),
            _ => None,
        };
    };
    let rule = &doc.k.cue_rules[doc.k.cue_patterns[found.pattern().as_usize()]];
    let object = target_after(doc, verb.span.start + found.end(), target.end)?;
    // ("urging them not to fight the election": the inner cue's own checks.)
    if !object_fits_cue(doc, cue_name(&rule.id), object) {
        return None;
    }
    let polarity = match (rule.polarity, negated) {
        (p, false) => p,
        (crate::fact::Polarity::Support, true) => crate::fact::Polarity::Oppose,
        (crate::fact::Polarity::Oppose, true) => crate::fact::Polarity::Support,
    };
    Some(Some((verb.span.start, rule.id.clone(), polarity, object)))
}

/// A target that is one general word ("plans", "deal", "move"); "euthanasia"
/// names its thing.
fn bare(doc: &Doc, target: usize) -> bool {
    let label = doc.facts.entities[target].label.to_lowercase();
    let singular = label.strip_suffix('s').unwrap_or(&label);
    doc.kind(target) == EntityKind::Proposal
        && !label.contains(' ')
        && [label.as_str(), singular].iter().any(|w| {
            doc.k.general_proposal_nouns.contains_key(*w) || doc.k.anaphoric_nouns.contains(*w)
        })
}

/// "Jack Straw has defended plans to end the arms embargo, despite opposition
/// from the US and Japan": those named after "despite opposition from" oppose
/// what the sentence's stance is on.
fn opposition_despite(doc: &mut Doc) {
    let body = doc.layout.body;
    if !body.contains("despite ") {
        return;
    }
    let found: Vec<(Vec<usize>, usize, Span, Option<usize>)> = doc
        .facts
        .stances
        .iter()
        .filter_map(|stance| {
            // (Evidence offsets count code points; the layout maps them back.)
            let sentence = doc
                .layout
                .sentences
                .iter()
                .find(|s| doc.layout.char_offset(s.start) == stance.evidence.start)?;
            let text = &body[sentence.start..sentence.end];
            let at = [
                "despite opposition from ",
                "despite fierce opposition from ",
                "despite strong opposition from ",
                "despite heavy opposition from ",
                "despite stiff opposition from ",
                "despite objections from ",
            ]
            .iter()
            .find_map(|phrase| text.find(phrase).map(|i| i + phrase.len()))?;
            let referent = referent_at(doc, sentence.start + at, sentence.end)?;
            let holders: Vec<usize> = referent
                .entities
                .iter()
                .copied()
                .filter(|&e| is_agent(doc, e) && e != stance.holder)
                .collect();
            (!holders.is_empty() && !referent.indirect).then_some((
                holders,
                stance.target,
                *sentence,
                stance.quote,
            ))
        })
        .collect();
    for (holders, target, sentence, quote) in found {
        push_stances(
            doc,
            &holders,
            target,
            Polarity::Oppose,
            sentence,
            "stance/oppose/opposition-from-1+stance/despite-1",
            0.6,
            quote,
        );
    }
}

/// "The Tories are committed to imposing annual limits on immigration. Labour has
/// branded the proposal unworkable": a stance on a bare "proposal", "plan" or
/// "move" that named nothing earlier takes up the target of the stance stated
/// last before it, in the sentences just before (within 300 characters), by
/// another holder.
fn take_up_bare_targets(doc: &mut Doc) {
    let updates: Vec<(usize, usize)> = (0..doc.facts.stances.len())
        .filter_map(|i| {
            let stance = &doc.facts.stances[i];
            if !bare(doc, stance.target) {
                return None;
            }
            let before = doc
                .facts
                .stances
                .iter()
                .filter(|other| {
                    other.evidence.end <= stance.evidence.start
                        && stance.evidence.start - other.evidence.end < 300
                        && other.holder != stance.holder
                        && !bare(doc, other.target)
                        && doc.kind(other.target) == EntityKind::Proposal
                })
                .max_by_key(|other| other.evidence.end)?;
            Some((i, before.target))
        })
        .collect();
    // One stance per holder, polarity and target: a taken-up stance that repeats
    // one already found goes.
    let mut repeats = Vec::new();
    for (i, target) in updates {
        let stance = &doc.facts.stances[i];
        let repeat = doc.facts.stances.iter().enumerate().any(|(j, other)| {
            j != i
                && other.holder == stance.holder
                && other.polarity == stance.polarity
                && other.target == target
        });
        if repeat {
            repeats.push(i);
        } else {
            doc.facts.stances[i].target = target;
        }
    }
    let mut index = 0;
    doc.facts.stances.retain(|_| {
        index += 1;
        !repeats.contains(&(index - 1))
    });
}

/// "branded the ID scheme a waste of money": the judgement names the target
/// ("ID scheme"); the cue "branded" alone, in the same sentence for the same
/// holder and polarity, would repeat it with the verdict glued on.
fn drop_judged_repeats(doc: &mut Doc) {
    // "judge/brand-1" and the cue "stance/oppose/brand-1": one verb, "brand".
    fn verb_of(rule: &str) -> &str {
        let first = rule.split('+').next().unwrap_or_default();
        let name = first.rsplit('/').next().unwrap_or_default();
        name.rsplit_once('-').map_or(name, |(verb, _)| verb)
    }
    let judged: Vec<(usize, crate::fact::Polarity, usize)> = doc
        .facts
        .stances
        .iter()
        .filter(|s| s.rule.starts_with("judge/"))
        .map(|s| (s.holder, s.polarity, s.evidence.start))
        .collect();
    if judged.is_empty() {
        return;
    }
    let judging: Vec<&str> = doc
        .k
        .judging_verbs
        .values()
        .map(|rule| verb_of(rule))
        .collect();
    doc.facts.stances.retain(|s| {
        s.rule.starts_with("judge/")
            || !s.rule.starts_with("stance/")
            || !judged
                .iter()
                .any(|&(h, p, e)| h == s.holder && p == s.polarity && e == s.evidence.start)
            || !judging.contains(&verb_of(&s.rule))
    });
}

/// A holder's stance on a bare "the plans" with no antecedent says nothing new
/// when the same holder has another stance of that polarity in the article.
fn drop_bare_repeats(doc: &mut Doc) {
    let keep: Vec<bool> = doc
        .facts
        .stances
        .iter()
        .map(|stance| {
            !bare(doc, stance.target)
                || !doc.facts.stances.iter().any(|other| {
                    other.holder == stance.holder
                        && other.polarity == stance.polarity
                        && !bare(doc, other.target)
                })
        })
        .collect();
    let mut flags = keep.into_iter();
    doc.facts.stances.retain(|_| flags.next().unwrap_or(true));
}

#[allow(clippy::too_many_arguments)]
fn push_stances(
    doc: &mut Doc,
    holders: &[usize],
    target: usize,
    polarity: crate::fact::Polarity,
    sentence: Span,
    rule: &str,
    confidence: f64,
    quote: Option<usize>,
) {
    for &holder in holders {
        if holder == target || !is_agent(doc, holder) {
            continue;
        }
        // One stance per holder, polarity and target: a target naming the same
        // thing again ("the plans" after "the anti-terror plans") is a repeat,
        // but sharing one word ("Korea") does not make two targets one.
        let target_words = content_words(&doc.facts.entities[target].label);
        let duplicate = doc.facts.stances.iter().any(|s| {
            s.holder == holder
                && s.polarity == polarity
                && (s.target == target || {
                    // The same thing named again: one target's words hold the
                    // other's, or both have the same head ("Tory terror offer", "a
                    // Conservative compromise offer that ...").
                    let label = &doc.facts.entities[s.target].label;
                    let words = content_words(label);
                    // ("ministers to cancel the debt" and "ministers to scrap the
                    // tax": an addressee before "to" is no head of the thing asked.)
                    let addressee = |label: &str| {
                        head_word(label).is_some_and(|head| {
                            !proposal_noun(doc, &head)
                                && label
                                    .to_lowercase()
                                    .split_whitespace()
                                    .skip_while(|w| !w.starts_with(head.as_str()))
                                    .nth(1)
                                    .is_some_and(|next| next == "to")
                        })
                    };
                    let new_label = &doc.facts.entities[target].label;
                    let same_head = head_word(label)
                        .is_some_and(|h| head_word(new_label) == Some(h))
                        && !(addressee(label) && addressee(new_label));
                    same_head
                        || !words.is_empty()
                            && !target_words.is_empty()
                            && (words.iter().all(|w| target_words.contains(w))
                                || target_words.iter().all(|w| words.contains(w)))
                })
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
            rule: rule.to_string(),
            confidence,
            quote,
        });
    }
}

/// The content words of a label, lower-cased and without a plural "s", so that
/// "the plans" and "anti-terror plans" are seen to name the same thing.
/// The head noun of a target label, singular and lower-cased: the last word
/// before a preposition, relative word, bracket or "to" ("offer" in "a
/// compromise offer that could ..."), when it is a content word.
fn head_word(label: &str) -> Option<String> {
    let mut head = None;
    for word in label.split_whitespace() {
        let lower = word.to_lowercase();
        if matches!(
            lower.as_str(),
            "of" | "to"
                | "that"
                | "which"
                | "who"
                | "for"
                | "on"
                | "in"
                | "against"
                | "with"
                | "by"
                | "from"
                | "over"
                | "about"
                | "at"
        ) || word.starts_with('(')
        {
            break;
        }
        head = Some(lower);
    }
    let head = head?;
    let head = head.trim_matches(|c: char| !c.is_alphanumeric());
    content_words(head).into_iter().next()
}

fn content_words(label: &str) -> Vec<String> {
    label
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .map(|w| w.to_lowercase())
        .filter(|w| {
            w.len() > 3
                && !ANTECEDENT_STOPS.contains(&w.as_str())
                && !matches!(
                    w.as_str(),
                    "government"
                        | "plan"
                        | "plans"
                        | "more"
                        | "could"
                        | "should"
                        | "their"
                        | "there"
                        | "then"
                        | "than"
                        | "them"
                        | "they"
                        | "what"
                )
        })
        .map(|w| w.strip_suffix('s').map(str::to_string).unwrap_or(w))
        .collect()
}

/// A target written as a short name ("Trump", "Pete King"): a person, not a proposal.
/// "prime minister Alan Reid over the ferry contract": a title, then a person
/// named (not as a possessor) within the first four words.
fn titled_person(doc: &Doc, target_words: &[crate::text::Token]) -> bool {
    super::entities::title_at(doc, target_words, 0, target_words.len()).is_some()
        && target_words.iter().take(4).any(|t| {
            super::resolve::mention_at(doc, t.span.start)
                .is_some_and(|m| doc.kind(m.entity) == EntityKind::Person && !doc.is_possessor(&m))
        })
}

fn name_like(body: &str, target: Span) -> bool {
    let tokens = words(body, target);
    !tokens.is_empty()
        && tokens.len() <= 3
        && tokens
            .iter()
            .all(|t| super::entities::is_capitalised(t.text))
}

/// A cue word used as a cue: not inside a short quoted name ("Wanted" posters),
/// not an adjective ("the Tory backed inquiry"), not capitalised mid-sentence.
fn usable_cue(doc: &Doc, sentence: Span, cue: Span) -> bool {
    let body = doc.layout.body;
    let first = body[cue.start..].chars().next().unwrap_or(' ');
    // (A capital opens the sentence, or a quotation: '"There is no need for ...," he
    // said'.)
    let opens_quotation = body[sentence.start..cue.start]
        .trim_end()
        .ends_with(['"', '“', '‘']);
    if first.is_uppercase() && cue.start != sentence.start && !opens_quotation {
        return false;
    }
    // A cue in a short quotation is a scare quote ("its so-called "support""),
    // unless the quotation is the verb of a report: "says he "fully supports" X".
    let reported_verb = |outer: Span| {
        let lead = words(body, Span::new(sentence.start, outer.start));
        let n = lead.len();
        n >= 2
            && matches!(lead[n - 1].text, "he" | "she" | "it" | "they" | "we")
            && is_reporting(doc, lead[n - 2].text)
    };
    if doc.quotes_overlapping(cue).any(|i| {
        let outer = doc.quotes[i].outer;
        outer.contains(cue) && words(body, outer).len() < 4 && !reported_verb(outer)
    }) {
        return false;
    }
    let before = body[sentence.start..cue.start].to_ascii_lowercase();
    let cue_text = body[cue.start..cue.end].to_ascii_lowercase();
    // "flew back to Israel", "hit back at": "back" as an adverb, not a verb.
    if cue_text == "back" {
        let next = words(body, Span::new(cue.end, sentence.end));
        if next.first().is_some_and(|t| {
            matches!(
                t.text,
                "to" | "from"
                    | "into"
                    | "down"
                    | "off"
                    | "on"
                    | "in"
                    | "out"
                    | "up"
                    | "at"
                    | "home"
                    | "and"
                    | "again"
                    | "then"
            )
        }) {
            return false;
        }
    }
    // "had veto power in the first vote": the cue word is a noun's modifier
    // ("support power sharing" is still a verb).
    if cue_text == "veto"
        && words(body, Span::new(cue.end, sentence.end))
            .first()
            .is_some_and(|t| matches!(t.text, "power" | "powers"))
    {
        return false;
    }
    if cue_text.ends_with("ed") {
        // "the Tory backed inquiry": determiner, a name, then the participle.
        let tokens = words(body, Span::new(sentence.start, cue.start));
        let next = words(body, Span::new(cue.end, sentence.end));
        let noun_follows = next.first().is_some_and(|t| {
            t.text.chars().next().is_some_and(char::is_lowercase)
                && !matches!(
                    t.text,
                    "a" | "an"
                        | "the"
                        | "his"
                        | "her"
                        | "its"
                        | "their"
                        | "this"
                        | "these"
                        | "those"
                        | "that"
                        | "to"
                        | "by"
                        | "for"
                        | "in"
                        | "on"
                        | "our"
                        | "my"
                        | "your"
                        | "any"
                        | "all"
                        | "some"
                        | "more"
                        | "plans"
                        | "calls"
                )
        });
        if let [.., det, name] = tokens.as_slice() {
            if noun_follows
                && matches!(det.text.to_ascii_lowercase().as_str(), "the" | "a" | "an")
                && name.text.chars().next().is_some_and(char::is_uppercase)
            {
                return false;
            }
        }
    }
    let _ = before;
    true
}

/// Whether `word` is a proposal noun (data/lexicon/proposal_nouns.tsv), in the
/// singular or the plural ("plans", "policies").
fn proposal_noun(doc: &Doc, word: &str) -> bool {
    let lower = word.to_ascii_lowercase();
    doc.k.proposal_nouns.contains(&lower)
        || lower
            .strip_suffix('s')
            .is_some_and(|one| doc.k.proposal_nouns.contains(one))
        || lower
            .strip_suffix("ies")
            .is_some_and(|stem| doc.k.proposal_nouns.contains(&format!("{stem}y")))
}

/// "him to scrap stamp duty", "them to withdraw the charges": an object
/// pronoun, then "to" and a verb.
fn pronoun_asked(target: &[crate::text::Token]) -> bool {
    matches!(target, [who, to, verb, ..]
        if matches!(who.text, "him" | "them")
            && to.text == "to"
            && verb.text.chars().all(|c| c.is_ascii_lowercase())
            && !DETERMINERS.contains(&verb.text))
}

/// Whether `word`, after "this"/"these", is the start of the noun phrase the
/// demonstrative determines, not a verb or function word ("this is", "this as").
fn demonstrated_noun(word: &str) -> bool {
    word.chars().all(|c| c.is_alphabetic() || c == '-')
        && !FINITE_AUXILIARIES.contains(&word)
        && !TARGET_STOPS.contains(&word.to_ascii_lowercase().as_str())
        && !PREPOSITIONS_BEFORE_GERUND.contains(&word)
        && !matches!(
            word,
            "as" | "and" | "or" | "but" | "one" | "week" | "year" | "month"
        )
}

/// A target that names a proposal (or an agent), not an assertion ("claims that
/// ..."), a clause ("that ...", "to oppose ...") or a pointer ("it").
fn proposal_like(doc: &Doc, target: Span) -> bool {
    let body = doc.layout.body;
    let tokens = words(body, target);
    let Some(first) = tokens.first() else {
        return false;
    };
    let first_lower = first.text.to_ascii_lowercase();
    // ("axe 104,000 jobs": a number alone names nothing proposed; nor does
    // "more than 130,000 civil servants".)
    // ("there is a recognition that something is wrong", "stand by everything I
    // said", "backed nothing less than ...": an indefinite pronoun, unless a
    // relative or a phrase says what ("anything that would weaken the Trust");
    // "Something Blue" is a name.)
    let bare_indefinite = matches!(
        first_lower.as_str(),
        "something" | "anything" | "nothing" | "everything"
    ) && tokens.get(1).is_none_or(|next| {
        !next.text.starts_with(char::is_uppercase)
            && !matches!(next.text, "that" | "which" | "in" | "about" | "on")
            || next.text == "I"
    });
    if bare_indefinite
        || first.text.chars().all(|c| c.is_ascii_digit() || c == ',')
        || matches!(first_lower.as_str(), "more" | "fewer" | "less")
            && tokens.get(1).is_none_or(|t| t.text == "than")
    {
        return false;
    }
    // "rejected that idea": "that" before a noun of proposing, with no verb after
    // it, is a determiner and opens no clause ("rejected that plans had changed").
    let that_noun = first_lower == "that"
        && tokens.get(1).is_some_and(|noun| {
            // (Singular only: "criticised that plans ... remain secret" is a clause.)
            let lower = noun.text.to_lowercase();
            (doc.k.general_proposal_nouns.contains_key(&lower)
                || doc.k.anaphoric_nouns.contains(&lower))
                && !lower.ends_with('s')
                && tokens.get(2).is_none_or(|next| {
                    !FINITE_AUXILIARIES.contains(&next.text) && !is_reporting(doc, next.text)
                })
        });
    if TARGET_STOPS.contains(&first_lower.as_str()) && !that_noun
        || EMPTY_TARGETS.contains(&first_lower.as_str())
            && first_lower != "the"
            && first_lower != "a"
            && first_lower != "an"
            && first_lower != "to"
            && !that_noun
            // ("supports US withdrawal": the country, not "us".)
            && first.text != "US"
            // ("her plans": "her" before a noun is a possessive, like "his".)
            && !(first_lower == "her" && tokens.len() >= 2)
            // ("one specific tax rise": a number before a noun phrase; not "one of
            // them".)
            && !(first_lower == "one"
                && tokens.len() >= 3
                && !matches!(tokens[1].text, "of" | "another" | "that" | "which" | "who"))
            // ("these American strikes", "this new tax": a demonstrative before a noun
            // phrase is its determiner.)
            // ("Those include ...": "those" is as often a pronoun.)
            && !(matches!(first_lower.as_str(), "these" | "this")
                && tokens.len() >= 2
                && demonstrated_noun(tokens[1].text))
        || matches!(
            first_lower.as_str(),
            "as" | "by"
                | "or"
                | "and"
                | "nor"
                | "on"
                | "in"
                | "at"
                | "with"
                | "then"
                | "now"
                | "also"
                | "ahead"
                | "during"
                | "following"
                | "over"
        )
    {
        return false;
    }
    // "would support the workers who build the line", "welcome delegates to the
    // conference": a generic group of people (before "to" and a determiner;
    // "people to go online" asks something of them) is backed, not a proposal.
    let mut content: Vec<&crate::text::Token> = tokens
        .iter()
        .filter(|t| !DETERMINERS.contains(&t.text.to_ascii_lowercase().as_str()))
        .collect();
    if let Some(head_end) = tokens
        .windows(2)
        .position(|w| w[0].text == "to" && DETERMINERS.contains(&w[1].text))
        .and_then(|at| {
            content
                .iter()
                .position(|t| t.span.start == tokens[at].span.start)
        })
        .filter(|&end| end >= 1)
    {
        content.truncate(head_end);
    }
    if let [only] = content.as_slice() {
        if doc.k.group_words.contains(&only.text.to_lowercase()) {
            return false;
        }
    }
    // "turn down some orthopaedic patients", "attacked British imperialists": a
    // group of people with only words that describe it.
    if let [modifiers @ .., head] = content.as_slice() {
        if !modifiers.is_empty()
            && modifiers.len() <= 3
            && doc.k.group_words.contains(&head.text.to_lowercase())
            && modifiers.iter().all(|t| {
                let lower = t.text.to_lowercase();
                let one = lower.strip_suffix('s').unwrap_or(&lower);
                !matches!(t.text, "of" | "for" | "to" | "on" | "and" | "or")
                    && (!lower.ends_with("ing") || lower.len() <= 4)
                    && !doc.k.general_proposal_nouns.contains_key(&lower)
                    && !doc.k.general_proposal_nouns.contains_key(one)
            })
        {
            return false;
        }
    }
    // "praised the work of Ms Hutt", "the leadership of Mr Lund": a person's
    // work or qualities, not a proposal.
    let personal = content.windows(2).any(|w| {
        let quality = matches!(
            w[0].text.to_lowercase().as_str(),
            "work" | "leadership" | "ability" | "efforts" | "role" | "record" | "performance"
        );
        quality
            && w[1].text == "of"
            && content
                .iter()
                .filter(|t| t.span.start > w[1].span.start)
                .take(2)
                .filter_map(|t| mention_at(doc, t.span.start))
                .any(|m| doc.kind(m.entity) == EntityKind::Person)
    });
    if personal {
        return false;
    }
    // "warned against assuming that": a short phrase cut short names nothing.
    if tokens.len() <= 3
        && tokens.last().is_some_and(|t| {
            matches!(
                t.text.to_ascii_lowercase().as_str(),
                "that" | "to" | "of" | "the" | "a" | "an" | "and" | "or" | "for" | "with"
            )
        })
    {
        return false;
    }
    // "pressed its case", "defend our allies": a short phrase owned by the holder
    // itself is not a proposal.
    // ("attacked his policies": a proposal noun is a target whoever owns it.)
    let proposal_head = tokens.last().is_some_and(|t| proposal_noun(doc, t.text));
    // ("welcomed his appointment", "criticised her release": what happened to
    // someone, decided by others, is a target like a proposal.)
    // ("her new release" is an album: a release only right after its owner.)
    let owned_event = tokens.last().is_some_and(|t| {
        let word = t.text.to_ascii_lowercase();
        word == "release"
            && (tokens.len() == 2
                || tokens.len() == 3 && tokens[1].text.ends_with("'s")
                || tokens.len() == 3 && tokens[1].text.ends_with("’s"))
            || matches!(
                word.as_str(),
                "appointment"
                    | "reappointment"
                    | "return"
                    | "resignation"
                    | "reinstatement"
                    | "nomination"
                    | "sacking"
                    | "dismissal"
                    | "promotion"
                    | "decision"
            )
    });
    if matches!(
        first_lower.as_str(),
        "its" | "their" | "his" | "her" | "our" | "my"
    ) && tokens.len() <= 3
        && !proposal_head
        && !owned_event
    {
        return false;
    }
    // "has shunned publicity", "shunned the limelight": attention, no proposal.
    if tokens.last().is_some_and(|t| {
        matches!(
            t.text.to_ascii_lowercase().as_str(),
            "publicity" | "limelight" | "spotlight"
        )
    }) {
        return false;
    }
    // "resisted his desire to go public": a person's own wish is no proposal.
    if matches!(
        first_lower.as_str(),
        "its" | "their" | "his" | "her" | "our" | "my"
    ) && tokens.get(1).is_some_and(|t| {
        matches!(
            t.text,
            "desire" | "temptation" | "wish" | "urge" | "instinct" | "inclination"
        )
    }) {
        return false;
    }
    // "pledged to oppose the bill": the inner cue makes the stance.
    if first_lower == "to" {
        if let Some(second) = tokens.get(1) {
            let second = second.text.to_ascii_lowercase();
            if doc.k.cue_of_word(&second).is_some() {
                return false;
            }
        }
    }
    // "rejected claims that ...": a denial of an assertion.
    let lowered: Vec<String> = tokens.iter().map(|t| t.text.to_ascii_lowercase()).collect();
    // (The noun heads the phrase: "a probe into claims of fraud" is a probe.)
    let head_zone = lowered
        .iter()
        .take(4)
        .position(|w| matches!(w.as_str(), "into" | "of" | "about" | "over" | "on" | "for"))
        .unwrap_or(4);
    let denial = lowered.iter().take(head_zone).enumerate().any(|(i, w)| {
        use crate::knowledge::NounUse;
        let next = lowered.get(i + 1).map(String::as_str);
        match doc.k.assertion_nouns.get(w) {
            Some(NounUse::Always) => true,
            // (Or a clause with no "that": "the suggestion he would resign", "the
            // idea Mr Kilroy-Silk posed a threat".)
            // ("dismissed a suggestion the move was designed to ...": a determiner
            // phrase that the target ends on, before a finite verb, is that clause's
            // subject.)
            Some(NounUse::BeforeThat) => {
                let clause_after =
                    matches!(next, Some("the" | "this" | "his" | "her" | "their" | "its"))
                        && body[target.end..]
                            .split_whitespace()
                            .next()
                            .is_some_and(|w| FINITE_AUXILIARIES.contains(&w));
                next == Some("that")
                    || clause_after
                    || next.is_some_and(|n| {
                        matches!(n, "he" | "she" | "they" | "it" | "we" | "i")
                            || tokens[i + 1].text.starts_with(char::is_uppercase)
                                && !is_time_word(tokens[i + 1].text)
                    })
            }
            // "the government's record", "its failure", "the conduct of the
            // police", not "a record rise".
            Some(NounUse::Owned) => i.checked_sub(1).is_some_and(|p| {
                let owner = &lowered[p];
                owner.ends_with("'s")
                    || owner.ends_with("’s")
                    || owner.ends_with("s'")
                    || matches!(owner.as_str(), "its" | "their" | "his" | "her" | "our")
                    || owner == "the" && next == Some("of")
            }),
            // "the way the cabinet operates", not "a new way of funding".
            Some(NounUse::BeforeClause) => next.is_some_and(|n| {
                matches!(
                    n,
                    "the"
                        | "in"
                        | "that"
                        | "he"
                        | "she"
                        | "they"
                        | "it"
                        | "we"
                        | "his"
                        | "her"
                        | "their"
                        | "its"
                        | "mr"
                        | "mrs"
                        | "ms"
                ) || tokens
                    .get(i + 1)
                    .is_some_and(|t| t.text.starts_with(char::is_uppercase))
            }),
            None => false,
        }
    });
    !denial
}

fn is_agent(doc: &Doc, entity: usize) -> bool {
    doc.kind(entity) != EntityKind::Proposal
}

fn word_bounded(body: &str, span: Span) -> bool {
    // A cue that starts with an apostrophe ("'m determined to") follows its word directly.
    let starts_with_letter = body[span.start..]
        .chars()
        .next()
        .is_some_and(char::is_alphanumeric);
    let before = body[..span.start]
        .chars()
        .next_back()
        .filter(|_| starts_with_letter);
    let after = body[span.end..].chars().next();
    before.is_none_or(|c| !c.is_alphanumeric()) && after.is_none_or(|c| !c.is_alphanumeric())
}

/// Hedges, negations and conditions between the clause start and the cue.
fn hedged(doc: &Doc, sentence: Span, cue: Span) -> bool {
    let body = doc.layout.body;
    let clause = clause_start(doc, sentence, cue.start);
    // "Sweden, which did not attend, rejected ...": a comma ends what hedges the cue.
    let start = body[clause..cue.start]
        .rfind(',')
        .map_or(clause, |comma| clause + comma + 1);
    let window = words(body, Span::new(start, cue.start));
    // Only the few words right before the cue can hedge it ("might back", "is expected to support").
    // ("Theresa May stood by her deal", "May vowed ...": a name is no modal; its
    // word stands as itself, which hedges nothing.)
    let near: Vec<String> = window
        .iter()
        .rev()
        .take(4)
        .map(|t| {
            let named = t.text.starts_with(char::is_uppercase)
                && (mention_at(doc, t.span.start).is_some()
                    || mention_ending_at(doc, t.span.end).is_some());
            if named {
                t.text.to_string()
            } else {
                t.text.to_ascii_lowercase()
            }
        })
        .collect();
    // "Obama has said he would veto any new sanctions", "she confirmed that she
    // would vote against the bill": a report's "would" is the speaker's own
    // "will", an intention declared, not a hedge (a condition still hedges).
    // (The one who reports is named, or a pronoun, and the same kind as the
    // pronoun that would act: not "Analysts said she would back ...", "Critics
    // warned he would ...", which predict.)
    let verb_at = match near.get(2).map(String::as_str) {
        Some("that") => near
            .get(3)
            .is_some_and(|w| is_reporting(doc, w))
            .then_some(3),
        Some(w) => is_reporting(doc, w).then_some(2),
        None => None,
    };
    let pronoun = near.get(1).map(String::as_str).unwrap_or_default();
    // (Checked only for a "would" after a pronoun: it finds a clause's subject.)
    let reporter_fits = || {
        let Some(at) = verb_at else {
            return false;
        };
        let Some(verb) = window.len().checked_sub(at + 1).map(|i| &window[i]) else {
            return false;
        };
        let personal = matches!(pronoun, "he" | "she" | "i");
        // ("he said he would", "Barbara Follett, whose husband ..., confirmed
        // she would": the reporting verb's subject.)
        let last_before = window
            .iter()
            .rev()
            .skip(at + 1)
            .find(|t| !matches!(t.text, "has" | "have" | "had" | "also"));
        if last_before.is_some_and(|t| t.text.eq_ignore_ascii_case(pronoun)) {
            return true;
        }
        subject_of_verb(doc, clause, verb.span.start).is_some_and(|r| {
            !r.indirect
                && r.entities.iter().all(|&e| match doc.kind(e) {
                    EntityKind::Person => personal,
                    EntityKind::Proposal => false,
                    _ => !personal,
                })
        })
    };
    let declared = near.first().is_some_and(|w| w == "would")
        && matches!(pronoun, "he" | "she" | "they" | "it" | "we" | "i")
        && reporter_fits();
    for (n, word) in near.iter().enumerate() {
        let word = word.replace('’', "'");
        if declared && n == 0 {
            continue;
        }
        let two = near.get(n + 1).map(|prev| format!("{prev} {word}"));
        let three = near
            .get(n + 2)
            .and_then(|p2| near.get(n + 1).map(|p1| format!("{p2} {p1} {word}")));
        for phrase in [Some(word.clone()), two, three].into_iter().flatten() {
            // "whether it's against the tide": a question asserts no position.
            if doc.k.hedges.contains_key(&phrase) {
                return true;
            }
        }
        if word.ends_with("n't") {
            return true;
        }
    }
    // A condition before the cue in the sentence, or after it in the same clause
    // ("will vote against the bill unless it is amended").
    let conditional = |t: &crate::text::Token| {
        doc.k
            .hedges
            .get(&t.text.to_ascii_lowercase())
            .is_some_and(|k| k == "conditional")
    };
    let before = words(body, Span::new(sentence.start, cue.start));
    let clause_end = body[cue.end..sentence.end]
        .find([',', ';', '—'])
        .map_or(sentence.end, |i| cue.end + i);
    // ("called for a change in the law so householders are prosecuted only if ...":
    // a condition inside a clause of its own belongs to that clause.)
    let after = words(body, Span::new(cue.end, clause_end));
    let own_clause = after
        .iter()
        .position(|t| {
            matches!(
                t.text,
                "so" | "because" | "which" | "who" | "that" | "where" | "when" | "since"
            )
        })
        .unwrap_or(after.len());
    // ("as long as the tactic is to vote Liberal Democrat", "when he wants to
    // announce an election": a condition or a time of the speaker's choosing.)
    let long_as = |w: &[crate::text::Token]| {
        matches!(w[0].text, "as" | "so" | "As" | "So") && w[1].text == "long" && w[2].text == "as"
    };
    let as_long_as = before.windows(3).any(long_as) || after[..own_clause].windows(3).any(long_as);
    let when_wants = before.len() >= 2
        && matches!(before[before.len() - 2].text, "when" | "whenever")
        && body[cue.start..cue.end].starts_with("want");
    as_long_as
        || when_wants
        || before.iter().any(conditional)
        || after[..own_clause].iter().any(conditional)
}

/// The start of the clause holding `pos`: after the last `;`, `:`, `—` or `(` in the sentence.
type Found = (Referent, Span, Option<usize>, f64);

/// '"The time has come for a ban on smoking," she said', 'said the time had
/// come for such shortlists': a cue with no subject of its own, said by whoever
/// says the quotation or report around it.
fn spoken(doc: &Doc, sentence: Span, cue: Span) -> Option<Found> {
    let target = target_after(doc, cue.end, sentence.end)?;
    let reported = attributed_quotes(doc, false)
        .into_iter()
        .find(|(clause, _, _)| clause.contains(cue))
        .map(|(clause, speakers, _)| (speakers, clause))?;
    // (Not a condition, or someone else's view or a denied one: "if the time has
    // come", "Some say the time has come", "Nobody thinks ...", "wrong to suggest
    // the time had come".)
    let lead = words(doc.layout.body, Span::new(reported.1.start, cue.start));
    if lead.iter().any(|t| {
        let w = t.text.to_ascii_lowercase();
        matches!(
            w.as_str(),
            "if" | "whether" | "unless" | "not" | "never" | "nobody" | "no" | "wrong"
        ) || w.ends_with("n't")
            || BELIEF_VERBS.contains(&w.as_str())
            || is_reporting(doc, &w)
            || matches!(
                w.as_str(),
                "suggest" | "suggests" | "suggested" | "claim" | "claims"
            )
    }) {
        return None;
    }
    let referent = Referent {
        entities: reported.0,
        span: reported.1,
        indirect: true,
    };
    Some((referent, target, quote_for(doc, cue), 0.6))
}

/// "Tory frontbencher John Redwood said Britain needed a slimmer government",
/// "Betty Boothroyd has said the House of Lords needs its own Speaker": what a
/// country or an institution needs, in someone's report, is the speaker's
/// position. The subject is a name the gazetteer knows (not "she needed a
/// holiday"), and what is needed a noun phrase, not "to ...".
fn reported_need(doc: &Doc, sentence: Span, cue: Span) -> Option<Found> {
    let body = doc.layout.body;
    if body[cue.end..].trim_start().starts_with("to ") {
        return None;
    }
    let target = target_after(doc, cue.end, sentence.end)?;
    let (speakers, clause) = attributed_quotes(doc, false)
        .into_iter()
        .find(|(clause, _, _)| clause.contains(cue))
        .map(|(clause, speakers, _)| (speakers, clause))?;
    // The subject: one name right before the cue, opening the reported clause.
    let lead = words(body, Span::new(clause.start, cue.start));
    let subject = mention_ending_at(doc, lead.last()?.span.end)?;
    let before = words(body, Span::new(clause.start, subject.span.start));
    // ("said an enlarged 25-member EU needs ...": an article and up to two
    // lower-case modifiers may stand before the name.)
    let modified = || {
        let rest = match before.first().map(|t| t.text.to_lowercase()) {
            Some(that) if that == "that" => &before[1..],
            _ => &before[..],
        };
        rest.split_first().is_some_and(|(article, modifiers)| {
            matches!(article.text.to_lowercase().as_str(), "a" | "an" | "the")
                && modifiers.len() <= 2
                && modifiers.iter().all(|t| {
                    t.text
                        .chars()
                        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
                        && !GAP_FUNCTION_WORDS.contains(&t.text)
                        && !doc.k.titles.contains_key(t.text)
                })
        })
    };
    let opens = before
        .iter()
        .all(|t| matches!(t.text.to_lowercase().as_str(), "the" | "that"))
        || modified();
    if !opens
        || !matches!(
            doc.kind(subject.entity),
            EntityKind::Country | EntityKind::Organization
        )
        || speakers.contains(&subject.entity)
    {
        return None;
    }
    let referent = Referent {
        entities: speakers,
        span: clause,
        indirect: true,
    };
    Some((referent, target, quote_for(doc, cue), 0.6))
}

/// HOLDER (adverbs) CUE TARGET.
fn active(doc: &Doc, sentence: Span, cue: Span) -> Option<Found> {
    let body = doc.layout.body;
    let target = target_after(doc, cue.end, sentence.end)?;
    // Inside a direct quotation: "we" and "I" are the speaker.
    if let Some(quote) = doc
        .quotes_overlapping(cue)
        .find(|&i| doc.quotes[i].outer.contains(cue) && !doc.quotes[i].speakers.is_empty())
    {
        let found = &doc.quotes[quote];
        let inside = words(body, Span::new(found.outer.start, cue.start));
        let pronoun = inside
            .iter()
            .rev()
            .find(|t| !is_adverb(t.text) && !is_aux(t.text) && !LINKING_ADVERBS.contains(&t.text));
        // "we stand in solidarity with Turkey and support ...": a second verb of
        // the same subject, in the same sentence and clause.
        let pronoun = match pronoun {
            Some(and) if and.text == "and" => inside
                .iter()
                .rev()
                .skip_while(|t| t.span.start >= and.span.start)
                .take(12)
                .take_while(|t| {
                    !body[t.span.end..and.span.start].contains(['.', '!', '?', ';'])
                        && !matches!(t.text, "that" | "which" | "who")
                })
                // (Subject pronouns only: "We read it twice and support the bill".)
                .find(|t| {
                    matches!(
                        t.text.to_ascii_lowercase().as_str(),
                        "we" | "i" | "he" | "she" | "they"
                    )
                })
                // (Not past a modal or a negation, which would govern both verbs:
                // "we will uphold X and defend Y", "we haven't ruled out X and welcome Y".)
                .filter(|subject| {
                    !words(body, Span::new(subject.span.end, and.span.start))
                        .iter()
                        .any(|t| {
                            is_aux(t.text)
                                || FINITE_AUXILIARIES.contains(&t.text)
                                || t.text.contains('\'')
                                || t.text.contains('’')
                                || matches!(t.text, "not" | "never")
                        })
                }),
            other => other,
        };
        if let Some(pronoun) = pronoun {
            let lower = pronoun.text.to_ascii_lowercase().replace('’', "'");
            let lower = lower
                .strip_suffix("'m")
                .or_else(|| lower.strip_suffix("'re"))
                .unwrap_or(&lower)
                .to_string();
            // "I want industry to succeed", "I want to say": a first-person wish for an
            // outcome is not a position on a proposal; "we" speaks for the body.
            // ("I urge the government to ..." asks; it wishes nothing for itself.)
            let asks = body[cue.start..cue.end]
                .split_whitespace()
                .next()
                .and_then(|w| doc.k.cue_of_word(w))
                .is_some_and(|c| c.kind == "verb-to");
            let wish = !asks && words(body, target).iter().any(|t| t.text == "to");
            if lower == "we" || lower == "i" && !wish {
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
            // "The government denied the claims, saying it condemned torture": a
            // reported clause opening with a pronoun of the speaker's kind.
            let indirect = body[found.outer.start..].starts_with(char::is_alphanumeric);
            let kind_fits = |entity: usize| {
                matches!(
                    (lower.as_str(), doc.kind(entity)),
                    ("it", EntityKind::Organization | EntityKind::Country)
                        | ("he" | "she", EntityKind::Person)
                )
            };
            if indirect
                && pronoun.span.start == found.outer.start
                && !found.speakers.is_empty()
                && found.speakers.iter().all(|&s| kind_fits(s))
            {
                let referent = Referent {
                    entities: found.speakers.clone(),
                    span: pronoun.span,
                    indirect: false,
                };
                return Some((referent, target, found.fact, 0.65));
            }
        }
    }
    let start = clause_start(doc, sentence, cue.start);
    let before = words(body, Span::new(start, cue.start));
    let mut idx = before.len();
    // Skip adverbs ("strongly"), control verbs ("pledged to", "decided to") and
    // light verbs with a possessive ("announced their [support for]").
    loop {
        if idx > 0
            && (is_adverb(before[idx - 1].text)
                || matches!(
                    before[idx - 1].text,
                    "also" | "again" | "still" | "now" | "all" | "both" | "jointly" | "together"
                )
                || LINKING_ADVERBS.contains(&before[idx - 1].text))
        {
            idx -= 1;
            continue;
        }
        // ("the Tories in principle back ..."; not "at first backed", a past
        // position.)
        if idx > 1
            && matches!(
                (before[idx - 2].text, before[idx - 1].text),
                ("in", "principle")
            )
        {
            idx -= 2;
            continue;
        }
        // ("reaffirmed his firm and unwavering commitment to".)
        if let Some(m) = owned_modifiers(&before[..idx]).filter(|&m| {
            idx > m + 1
                && doc
                    .k
                    .control_verbs
                    .get(&before[idx - 2 - m].text.to_ascii_lowercase())
                    .is_some_and(|k| k == "light")
        }) {
            idx -= 2 + m;
            continue;
        }
        // "expressed strong condemnation of", "voiced firm support for": a light verb
        // and up to two modifiers before a noun cue.
        if let Some(light) = (idx.saturating_sub(3)..idx).rev().find(|&p| {
            doc.k
                .control_verbs
                .get(&before[p].text.to_ascii_lowercase())
                .is_some_and(|k| k == "light")
        }) {
            let modifiers = &before[light + 1..idx];
            // (Of a call or an appeal only: "made a final bid to ..." is no cue.)
            let cue_word = body[cue.start..cue.end].to_lowercase();
            let appeal = idx == before.len()
                && ["call", "appeal", "plea"]
                    .iter()
                    .any(|noun| cue_word.starts_with(noun));
            // ("voted to reaffirm American support for NATO": a demonym too.)
            let demonym = |word: &str| {
                doc.k.gazetteer.find(word).is_some_and(|found| {
                    found.start() == 0
                        && found.end() == word.len()
                        && doc.k.gazetteer_patterns[found.pattern().as_usize()].1
                            == crate::knowledge::Form::Demonym
                })
            };
            if light + 1 < idx
                && modifiers.iter().all(|t| {
                    t.text.chars().all(|c| c.is_lowercase() || c == '-') || demonym(t.text)
                })
                // ("made an appeal for unity", "issued a fresh call for": an
                // indefinite article right after the light verb.)
                && !modifiers.iter().enumerate().any(|(m, t)| {
                    matches!(t.text, "to" | "the" | "that")
                        || matches!(t.text, "a" | "an") && (m > 0 || !appeal)
                        || is_aux(t.text)
                })
            {
                idx = light;
                continue;
            }
        }
        // ("is said to have backed": a perfect infinitive.)
        if idx > 2 && before[idx - 1].text == "have" && before[idx - 2].text == "to" {
            idx -= 1;
            continue;
        }
        if idx > 1 && before[idx - 1].text == "to" {
            // ("voted overwhelmingly Thursday to reject": adverbs and a day between
            // the verb and "to".)
            let mut verb = idx - 2;
            while verb > 0
                && idx - 2 - verb < 3
                && (is_adverb(before[verb].text)
                    || is_time_word(before[verb].text)
                    || is_tally(before[verb].text)
                    || matches!(before[verb].text, "on" | "last" | "this")
                        && is_time_word(before[verb + 1].text))
            {
                verb -= 1;
            }
            let phrase = format!("{} to", before[verb].text.to_ascii_lowercase());
            if doc
                .k
                .control_verbs
                .get(&phrase)
                .is_some_and(|k| k == "control")
            {
                idx = verb;
                continue;
            }
            // "used her radio interview to defend ...": a verb of using, its
            // possessed object, then the purpose, whose doer is the user.
            // ("used the meeting as a chance to defend ...": any object, then "as" a
            // chance.)
            let as_chance = idx >= 5
                && before[idx - 4].text == "as"
                && matches!(before[idx - 3].text, "a" | "an")
                && matches!(before[idx - 2].text, "chance" | "opportunity" | "platform");
            let used = (idx.saturating_sub(8)..idx.saturating_sub(2))
                .rev()
                .find(|&p| {
                    doc.k
                        .control_verbs
                        .get(&before[p].text.to_ascii_lowercase())
                        .is_some_and(|k| k == "instrument")
                        && (matches!(before[p + 1].text, "his" | "her" | "their" | "its" | "our")
                            && idx - p <= 6
                            || as_chance
                                && matches!(
                                    before[p + 1].text,
                                    "the" | "a" | "an" | "his" | "her" | "their" | "its" | "our"
                                ))
                        && before[p + 2..idx - 1]
                            .iter()
                            .all(|t| t.text.chars().all(|c| c.is_alphanumeric() || c == '-'))
                        && !body[before[p].span.end..before[idx - 1].span.start].contains(',')
                });
            if let Some(p) = used {
                idx = p;
                continue;
            }
        }
        break;
    }
    // "welcomed Germany's decision to back the treaty", "Trump's move to pull out of
    // the accord": a possessive before a noun of deciding holds the inner cue.
    // (The nouns are control_verbs.tsv's "nominal" rows.)
    if idx > 2
        && before[idx - 1].text == "to"
        && doc
            .k
            .control_verbs
            .get(&format!("{} to", before[idx - 2].text.to_ascii_lowercase()))
            .is_some_and(|k| k == "nominal")
    {
        let (stem, possessive) = super::entities::strip_possessive(before[idx - 3].text);
        if let Some(owner) = possessive
            .then(|| mention_ending_at(doc, before[idx - 3].span.start + stem.len()))
            .flatten()
            .filter(|m| is_agent(doc, m.entity))
        {
            let referent = Referent {
                entities: vec![owner.entity],
                span: owner.span,
                indirect: false,
            };
            return Some((referent, target, quote_for(doc, cue), 0.7));
        }
    }
    // "asked Peru to support", "did not push other Democrats to oppose", "urged
    // Congress to approve": the one asked holds no stated position.
    if idx > 1 && before[idx - 1].text == "to" {
        let causative = before[idx.saturating_sub(7)..idx - 2].iter().any(|t| {
            let lower = t.text.to_ascii_lowercase();
            doc.k
                .control_verbs
                .get(&lower)
                .is_some_and(|k| k == "causative")
                || doc
                    .k
                    .cue_of_word(&lower)
                    .is_some_and(|cue| cue.kind == "verb-to")
        });
        if causative {
            return None;
        }
    }
    // "..., having earlier criticised the decision": a perfect participle, whose
    // doer is the main clause's subject.
    let mut having = false;
    {
        let mut h = idx;
        while h > 0
            && (is_adverb(before[h - 1].text)
                || matches!(
                    before[h - 1].text,
                    "earlier" | "already" | "previously" | "also"
                ))
        {
            h -= 1;
        }
        if h > 0 && before[h - 1].text == "having" {
            idx = h - 1;
            having = true;
        }
    }
    let verb_start = before.get(idx).map_or(cue.start, |t| t.span.start);
    // "faces a rebellion after deciding to back identity cards", "by voting for
    // the bill": a gerund after a preposition of time or means has the main
    // clause's subject.
    let gerund_at = before
        .get(idx)
        .map_or(&body[cue.start..cue.end], |t| t.text)
        .split_whitespace()
        .next()
        .is_some_and(|w| w.ends_with("ing"));
    if gerund_at
        && idx > 0
        && matches!(
            before[idx - 1].text,
            "after" | "before" | "by" | "while" | "since" | "when"
        )
    {
        // ("said that the US had become isolated after abandoning the deal": the
        // subject of the clause after "that".)
        let scope_start = before[..idx - 1]
            .iter()
            .rposition(|t| t.text == "that")
            .map_or(sentence.start, |i| before[i].span.end);
        let scope = Span::new(scope_start, sentence.end);
        let referent = super::quotes::main_subject(doc, scope, before[idx - 1].span.start)?;
        return Some((referent, target, quote_for(doc, cue), 0.65));
    }

    // "..., with the DUP opposing it": the name after "with" holds the participle.
    let gerund = body[cue.start..cue.end]
        .split_whitespace()
        .next()
        .is_some_and(|w| w.ends_with("ing"));
    if gerund {
        if let Some(with) = before[..idx]
            .iter()
            .rev()
            .take(5)
            .position(|t| t.text == "with")
            .map(|back| idx - 1 - back)
        {
            if let Some(referent) = referent_at(doc, before[with].span.end, verb_start)
                .filter(|r| body[r.span.end..verb_start].trim().is_empty())
            {
                return Some((referent, target, quote_for(doc, cue), 0.65));
            }
        }
    }
    // "Lawmakers, such as Sen. Pat Toomey, backed ...", "Several senators, among
    // them Ann Reed and Tom Cole, opposed ...": the members named in the aside
    // after a generic group hold the position (the group holds none).
    if let Some(inner) = body[sentence.start..verb_start]
        .trim_end()
        .strip_suffix(',')
    {
        for opener in MEMBER_OPENERS {
            let Some(comma) = inner.rfind(&format!(", {opener}")) else {
                continue;
            };
            let group: Vec<&str> = inner[..comma].split_whitespace().collect();
            let generic = group.len() <= 4
                && group.last().is_some_and(|w| {
                    let lower = w.to_lowercase();
                    doc.k.group_words.contains(lower.as_str())
                        || MEMBER_GROUP_WORDS.contains(&lower.as_str())
                });
            let names = Span::new(
                sentence.start + comma + ", ".len() + opener.len(),
                sentence.start + inner.len(),
            );
            if let Some(referent) = generic
                .then(|| super::resolve::subject_before(doc, names.start, names.end))
                .flatten()
                .filter(|r| r.entities.iter().all(|&e| is_agent(doc, e)))
            {
                return Some((referent, target, quote_for(doc, cue), 0.65));
            }
        }
    }
    // "X said they endorsed ...", "Hogg said he opposed ...", "have said they will
    // support ...": the subject of the reporting verb.
    let mut subject = idx;
    while subject > 0 && matches!(before[subject - 1].text, "will" | "had" | "have" | "has") {
        subject -= 1;
    }
    if subject >= 2
        && matches!(
            before[subject - 1].text,
            "they" | "he" | "she" | "we" | "it"
        )
        && is_reporting(doc, before[subject - 2].text)
    {
        let referent = subject_of_verb(doc, start, before[subject - 2].span.start)?;
        return Some((referent, target, quote_for(doc, cue), 0.75));
    }
    // "Germany, which backed the treaty, said ...", "the DUP, which props up the
    // government and refused to back the deal": the name before the relative pronoun.
    if let Some(rel) = before[..idx]
        .iter()
        .rposition(|t| matches!(t.text, "which" | "who"))
    {
        let pronoun = before[rel];
        let inside = !body[pronoun.span.end..verb_start].contains([',', ';', '(', ')']);
        let head = body[start..pronoun.span.start].trim_end();
        if inside {
            if let Some(name) = head.strip_suffix(',') {
                let name_end = start + name.trim_end().len();
                // "the DUP party, which": a group word after the name.
                let word_before = body[..name_end]
                    .trim_end()
                    .rsplit_once(' ')
                    .map(|(rest, word)| (rest.trim_end().len(), word));
                let mention = mention_ending_at(doc, name_end)
                    .or_else(|| {
                        word_before
                            .filter(|(_, word)| {
                                doc.k.group_words.contains(&word.to_lowercase()) || *word == "party"
                            })
                            .and_then(|(end, _)| mention_ending_at(doc, end))
                    })
                    .or_else(|| {
                        (pronoun.text == "who")
                            .then(|| apposed_name(doc, start, name_end))
                            .flatten()
                    });
                if let Some(mention) = mention.filter(|m| is_agent(doc, m.entity)) {
                    // ("The Labour Party and Amnesty International, who have warned
                    // against the deal": every name of a list before the pronoun.)
                    let referent = super::resolve::subject_before(doc, start, mention.span.end)
                        .filter(|r| {
                            r.entities.contains(&mention.entity)
                                && r.entities.iter().all(|&e| is_agent(doc, e))
                        })
                        .unwrap_or(Referent {
                            entities: vec![mention.entity],
                            span: mention.span,
                            indirect: false,
                        });
                    return Some((referent, target, quote_for(doc, cue), 0.7));
                }
            }
        }
    }
    // "Mr Blair is among those who have called for an apology", "Among those who
    // have criticised the plans are Sir John Stevens and ...": the ones counted
    // among them hold the stance.
    if let Some(rel) = before[..idx].iter().rposition(|t| t.text == "who") {
        let only_aux = before[rel + 1..idx]
            .iter()
            .all(|t| is_aux(t.text) || matches!(t.text, "had" | "was" | "were"));
        if rel >= 2
            && only_aux
            && before[rel - 1].text == "those"
            && before[rel - 2].text.eq_ignore_ascii_case("among")
        {
            let quote = quote_for(doc, cue);
            if rel == 2 {
                // "Among those who ... are X": the names after the copula.
                let rest = words(body, Span::new(target.end, sentence.end));
                let copula = rest
                    .iter()
                    .take(2)
                    .position(|t| matches!(t.text, "are" | "is" | "was" | "were"))?;
                let window = Span::new(rest[copula].span.end, sentence.end);
                let first_person = doc
                    .mentions
                    .iter()
                    .skip_while(|m| m.span.start < window.start)
                    .take_while(|m| m.span.start < window.end)
                    .take(3)
                    .find(|m| is_agent(doc, m.entity) && !body[m.span.end..].starts_with("'s"))?;
                let referent = referent_at(doc, first_person.span.start, sentence.end)?;
                return Some((referent, target, quote, 0.7));
            }
            if rel >= 3 && matches!(before[rel - 3].text, "is" | "are" | "was" | "were") {
                let referent = subject_of_verb(doc, start, before[rel - 3].span.start)?;
                return Some((referent, target, quote, 0.7));
            }
            return None;
        }
    }
    // ", speaking out against ...", "issued a joint statement urging ...": the
    // main clause's subject (a document speaks for whoever issued it).
    let after_document = idx > 0
        && doc
            .k
            .document_nouns
            .contains(&before[idx - 1].text.to_lowercase());
    let ing = body[cue.start..cue.end]
        .split_whitespace()
        .next()
        .is_some_and(|w| w.ends_with("ing"));
    let participle = (having || ing)
        && (after_document
            || body[sentence.start..verb_start]
                .trim_end()
                .ends_with([',', '-', '—', '–']));
    // "..., but have rejected ...": a coordinated verb shares the sentence's subject.
    // ("and has opposed": auxiliaries may stand between.)
    let mut conj = idx;
    while conj > 0 && is_aux(before[conj - 1].text) {
        conj -= 1;
    }
    // "supports higher quotas, opposes marine reserves and ...": a series of cue
    // verbs separated by commas shares the subject too.
    // ("Hezbollah, backed by Iran, also condemned": a name before the comma
    // closes an aside, and "backed by" is passive.)
    let series = body[..verb_start].trim_end().ends_with(',')
        && mention_ending_at(doc, body[..verb_start].trim_end().len() - 1).is_none()
        && before[..idx].iter().enumerate().any(|(i, t)| {
            t.text.chars().all(char::is_lowercase)
                && (t.text.ends_with('s') || t.text.ends_with("ed"))
                && doc.k.cue_of_word(t.text).is_some()
                && before.get(i + 1).is_none_or(|n| n.text != "by")
        });
    // ("..., but others agreed with ...": a word between "but" and the verb that is a
    // group or a pronoun is a subject of its own, and "others" names no holder.)
    let word_before = idx
        .checked_sub(1)
        .map(|i| before[i].text.to_lowercase())
        .unwrap_or_default();
    let group = doc.k.group_words.contains(&word_before);
    let own_subject = group
        || matches!(
            word_before.as_str(),
            "he" | "she" | "they" | "we" | "it" | "i" | "you"
        );
    let after_but = before
        .get(idx.wrapping_sub(2))
        .is_some_and(|t| t.text == "but");
    if group && after_but {
        return None;
    }
    let coordinated = conj > 0 && matches!(before[conj - 1].text, "but" | "and")
        || !own_subject && after_but
        || series;
    // "Trump issued a statement calling on ...": whoever issued the document.
    if participle && after_document {
        let issued = before[idx.saturating_sub(4)..idx - 1]
            .iter()
            .rev()
            .find(|t| t.text.ends_with("ed") && t.text.chars().all(char::is_lowercase));
        if let Some(verb) = issued {
            if let Some(referent) = subject_of_verb(doc, start, verb.span.start) {
                return Some((referent, target, quote_for(doc, cue), 0.65));
            }
        }
    }
    if participle || coordinated {
        // Inside a quotation the main clause is the quoted one: "...: "The Alliance
        // supports X, opposes Y and supports Z"".
        let scope = doc
            .quotes_overlapping(cue)
            .find(|&i| doc.quotes[i].outer.contains(cue))
            .map(|i| doc.quotes[i].outer.start)
            .filter(|&start| {
                start > sentence.start && body[start..].starts_with(['"', '“', '‘', '\''])
            })
            .and_then(|start| {
                let inner = body[start..verb_start].find(char::is_alphanumeric)?;
                Some(Span::new(start + inner, sentence.end))
            })
            .unwrap_or(sentence);
        let referent = super::quotes::main_subject(doc, scope, verb_start)
            .or_else(|| super::quotes::main_subject(doc, sentence, verb_start))
            .or_else(|| {
                participle
                    .then(|| speaker_before(doc, sentence, verb_start))
                    .flatten()
            })?;
        return Some((referent, target, quote_for(doc, cue), 0.65));
    }
    let referent = subject_of_verb(doc, start, verb_start)
        .or_else(|| collective_subject(doc, start, verb_start))?;
    // "Howard has written to Tony Blair demanding an explanation": a name after
    // "to" or "with" before a participle is whom the main verb reaches; the
    // participle's subject is the main clause's.
    if ing && referent.span.end <= verb_start {
        // (Over "the" too: "has written to the Harbour Trust demanding".)
        let governed = body[start..referent.span.start]
            .split_whitespace()
            .rev()
            .find(|w| !w.chars().next().is_some_and(char::is_uppercase) && *w != "the")
            .is_some_and(|w| matches!(w, "to" | "with"));
        let adjacent = body[referent.span.end..verb_start].trim().is_empty();
        if governed && adjacent {
            let main = super::quotes::main_subject(doc, sentence, verb_start)?;
            if main.span.start >= referent.span.start {
                return None;
            }
            return Some((main, target, quote_for(doc, cue), 0.65));
        }
    }
    // "a delegation visited Ms Essex to lobby for funds", "its incursion into
    // Syria to attack ...": in a purpose clause the name before "to" is the
    // object of a verb or preposition, and the holder is the main clause's subject.
    if idx > 1 && before[idx - 1].text == "to" {
        // (Past "Ms" or "Finance Minister" before the name, but not past a comma:
        // "Along with A and B, he went on to ...".)
        let governed = body[start..referent.span.start]
            .split_whitespace()
            .rev()
            .take_while(|w| !w.ends_with(','))
            .find(|w| !w.chars().next().is_some_and(char::is_uppercase))
            .is_some_and(|w| {
                let w = w.to_lowercase();
                w.ends_with("ed") || PREPOSITIONS_BEFORE_OBJECT.contains(&w.as_str())
            });
        if governed {
            let referent = super::quotes::main_subject(doc, sentence, verb_start)?;
            return Some((referent, target, quote_for(doc, cue), 0.6));
        }
    }
    // "The government must take the opportunity to press the Commission ...": a
    // subject told what it must or should do states no position of its own.
    if words(body, Span::new(referent.span.end, cue.start))
        .iter()
        .any(|t| matches!(t.text, "must" | "should" | "ought"))
    {
        return None;
    }
    let confidence = if referent.indirect { 0.7 } else { 0.8 };
    Some((referent, target, quote_for(doc, cue), confidence))
}

/// The index in `before` of an auxiliary from `auxiliaries` that "not" follows
/// at its end ("would not", "does not"), or of one of the `contracted` forms
/// ending it ("won't", "doesn't").
fn negated_auxiliary(
    before: &[crate::text::Token],
    auxiliaries: &[&str],
    contracted: &[&str],
) -> Option<usize> {
    let n = before.len();
    let lower = |i: usize| before[i].text.to_ascii_lowercase().replace('’', "'");
    if n >= 2 && lower(n - 1) == "not" && auxiliaries.contains(&lower(n - 2).as_str()) {
        Some(n - 2)
    } else if n >= 1 && contracted.contains(&lower(n - 1).as_str()) {
        Some(n - 1)
    } else {
        None
    }
}

/// "Tony Blair has said he does not want higher tax rates", "we do not want a
/// general election": a thing not wanted is opposed; not "did not want to
/// comment" (an act of one's own), "would not want" (a hedge), nor inside a
/// condition or a claim ("if he accepted China's claim it does not want ...").
fn denied_want(doc: &Doc, sentence: Span, cue: Span) -> bool {
    let body = doc.layout.body;
    let before = words(body, Span::new(sentence.start, cue.start));
    let denied = negated_auxiliary(
        &before,
        &["do", "does", "did"],
        &["don't", "doesn't", "didn't"],
    )
    .is_some();
    let conditional = before.iter().any(|t| {
        matches!(
            t.text.to_ascii_lowercase().as_str(),
            "if" | "unless" | "whether" | "claim" | "claims" | "insists" | "insisted"
        )
    });
    denied
        && !conditional
        && words(body, Span::new(cue.end, sentence.end))
            .first()
            .is_some_and(|t| {
                t.text != "to" && !matches!(t.text, "him" | "her" | "them" | "us" | "me" | "it")
            })
}

/// Whether "would not" or "will not" before the cue declares the subject's own
/// refusal: after a reported pronoun ("said he would not back") or right after a
/// name ("The United States will not support"); never in a condition ("if the
/// DUP won't support ...").
fn declared_refusal(doc: &Doc, sentence: Span, cue: Span) -> bool {
    let body = doc.layout.body;
    let before = words(body, Span::new(sentence.start, cue.start));
    let lower = |i: usize| before[i].text.to_ascii_lowercase().replace('’', "'");
    let Some(modal_at) = negated_auxiliary(&before, &["would", "will"], &["won't", "wouldn't"])
    else {
        return false;
    };
    if modal_at == 0
        || before.iter().any(|t| {
            matches!(
                t.text.to_ascii_lowercase().as_str(),
                "if" | "unless"
                    | "whether"
                    | "until"
                    | "warned"
                    | "predicted"
                    | "expects"
                    | "expected"
            )
        })
    {
        return false;
    }
    let subject = &before[modal_at - 1];
    let pronoun = matches!(
        subject.text.to_ascii_lowercase().as_str(),
        "he" | "she" | "they" | "we" | "it"
    );
    if pronoun {
        let verb = if modal_at >= 2 && before[modal_at - 2].text == "that" {
            modal_at.checked_sub(3)
        } else {
            modal_at.checked_sub(2)
        };
        return verb.is_some_and(|v| is_reporting(doc, &before[v].text.to_ascii_lowercase()));
    }
    matches!(lower(modal_at).as_str(), "will" | "won't")
        && mention_ending_at(doc, subject.span.end).is_some()
}

/// '"The weather was cold," Tom Beck said, calling for ...': the speaker of a
/// quotation that ends just before a short report ("X said,") whose comma opens
/// the participle at `verb_start`.
fn speaker_before(doc: &Doc, sentence: Span, verb_start: usize) -> Option<Referent> {
    let body = doc.layout.body;
    let quote = doc.quotes.iter().find(|q| {
        q.outer.end > sentence.start && q.outer.end < verb_start && !q.speakers.is_empty()
    })?;
    let gap = &body[quote.outer.end..verb_start];
    let gap_words = words(body, Span::new(quote.outer.end, verb_start));
    // (One report and its comma: not '..., said Tom Beck, but fishermen, calling
    // for ...', where the participle has a subject of its own.)
    (gap.trim_end().ends_with(',')
        && gap
            .trim_start()
            .trim_start_matches(',')
            .matches(',')
            .count()
            == 1
        && !gap_words
            .iter()
            .any(|t| matches!(t.text, "but" | "and" | "while" | "as" | "whereas"))
        && gap_words.len() <= 8
        && gap_words
            .iter()
            .any(|t| is_reporting(doc, &t.text.to_lowercase()))
        && !gap.contains(['"', '“', '”']))
    .then(|| Referent {
        entities: quote.speakers.clone(),
        span: Span::new(quote.outer.end, verb_start),
        indirect: false,
    })
}

/// Before a noun cue at the end of `before`: how many modifiers (up to three:
/// "his firm and unwavering [commitment]") stand after a possessive, when one
/// stands there.
fn owned_modifiers(before: &[crate::text::Token]) -> Option<usize> {
    let possessive =
        |t: &crate::text::Token| matches!(t.text, "its" | "their" | "his" | "her" | "our");
    let modifier = |t: &crate::text::Token| {
        t.text == "and"
            || t.text.chars().all(|c| c.is_lowercase() || c == '-')
                && !DETERMINERS.contains(&t.text)
                && !is_aux(t.text)
                && !possessive(t)
    };
    let n = before.len();
    if n == 0 {
        return None;
    }
    (0..=3.min(n - 1))
        .take_while(|&m| m == 0 || modifier(&before[n - m]))
        .find(|&m| possessive(&before[n - 1 - m]))
}

/// "Ben Lenton, the party's most prominent rebel," and "Tom Reed, a Labour
/// MP,": the name that a short apposition ending at `end` describes.
fn apposed_name(doc: &Doc, start: usize, end: usize) -> Option<super::Mention> {
    let body = doc.layout.body;
    let comma = body[start..end].rfind(',')? + start;
    let apposition = words(body, Span::new(comma + 1, end));
    let opens = apposition.first().is_some_and(|t| {
        matches!(t.text, "a" | "an" | "the" | "former")
            || doc.k.titles.contains_key(&t.text.to_lowercase())
    });
    // (A description, not a clause or a second name: "Mr Reed, who ...".)
    let description = apposition.len() <= 8
        && apposition.iter().all(|t| {
            !matches!(t.text, "who" | "which" | "that" | "and" | "said" | "says")
                && !is_aux(t.text)
                && !is_copula(t.text)
        })
        && !doc.mentions.iter().any(|m| {
            m.span.start > comma && m.span.end <= end && doc.kind(m.entity) == EntityKind::Person
        });
    if !opens || !description {
        return None;
    }
    // (Not a place in an opening phrase: "In France, the farmers, who ...".)
    mention_ending_at(doc, body[..comma].trim_end().len()).filter(|m| {
        doc.kind(m.entity) != EntityKind::Proposal
            && !words(body, Span::new(start, m.span.start))
                .last()
                .is_some_and(|t| {
                    PREPOSITIONS_BEFORE_OBJECT.contains(&t.text.to_lowercase().as_str())
                        || APPOSITION_OPENERS.contains(&t.text.to_lowercase().as_str())
                })
    })
}

/// HOLDER COPULA (a|the) (MODIFIERS) ROLE-NOUN TARGET: "Mr Blair has been a
/// leading advocate of Turkish membership", "Germany was the staunchest backer
/// of the treaty". The subject of the copula holds the stance.
fn role_noun(doc: &Doc, sentence: Span, cue: Span) -> Option<Found> {
    let body = doc.layout.body;
    let target = target_after(doc, cue.end, sentence.end)?;
    let mut start = clause_start(doc, sentence, cue.start);
    // "Senator Ada Moss — a fierce opponent of ...": the dash that opened this clause
    // set it in apposition to the name before it.
    let opens_indefinite = words(body, Span::new(start, cue.start))
        .first()
        .is_some_and(|t| matches!(t.text, "a" | "an"));
    let lead = body[sentence.start..start].trim_end();
    if opens_indefinite && (lead.ends_with('—') || lead.ends_with('–') || lead.ends_with(" -"))
    {
        let dash = lead.len() - lead.chars().last().map_or(0, char::len_utf8);
        start = clause_start(doc, sentence, sentence.start + dash);
    }
    let before = words(body, Span::new(start, cue.start));
    let mut idx = before.len();
    // Up to three modifiers ("very strong", "most vehement"), then the determiner.
    let mut modifiers = 0;
    while idx > 0
        && modifiers < 3
        && before[idx - 1]
            .text
            .chars()
            .all(|c| c.is_lowercase() || c == '-')
        && !matches!(
            before[idx - 1].text,
            "a" | "an" | "the" | "to" | "not" | "no"
        )
        && !is_aux(before[idx - 1].text)
        && !is_copula(before[idx - 1].text)
    {
        idx -= 1;
        modifiers += 1;
    }
    if idx == 0 || !matches!(before[idx - 1].text, "a" | "an" | "the") {
        return None;
    }
    idx -= 1;
    // "one of the chief critics of the plans"
    if idx >= 2 && before[idx - 1].text == "of" && before[idx - 2].text == "one" {
        idx -= 2;
    }
    // "Iain Duncan Smith, one of the chief critics of the plans, ...": a role noun in
    // apposition to a name.
    // (The name opens its clause: not "In Germany, the leading critics of the
    // treaty are the Greens", nor "After meeting Tony Blair, the critic of the
    // war, Robin Cook, resigned".)
    let at = before.get(idx).map_or(cue.start, |t| t.span.start);
    // (Or after a dash: "Benjamin Netanyahu — an ardent critic of the deal".)
    let lead = body[start..at].trim_end();
    let name = lead
        .strip_suffix(',')
        .or_else(|| lead.strip_suffix(" —"))
        .or_else(|| lead.strip_suffix(" –"))
        .or_else(|| lead.strip_suffix(" -"));
    if let Some(name) = name {
        let end = start + name.trim_end().len();
        // (Before the name only its title: "Former Conservative leader Iain Duncan
        // Smith, one of the chief critics of the plans, ...".)
        let titled = |m: &super::Mention| {
            words(body, Span::new(start, m.span.start)).iter().all(|t| {
                let lower = t.text.to_lowercase();
                doc.k.titles.contains_key(&lower)
                    || matches!(lower.as_str(), "former" | "the" | "deputy" | "shadow")
                    || t.text.starts_with(char::is_uppercase)
                        && !PREPOSITIONS_BEFORE_OBJECT.contains(&lower.as_str())
                        && !APPOSITION_OPENERS.contains(&lower.as_str())
            }) && !body[start..m.span.start].contains(',')
        };
        // A name later in its clause takes the apposition when it is indefinite and
        // no other name follows it ("the lawmakers met Benjamin Netanyahu, an ardent
        // critic of the deal"; not "met Tony Blair, the critic of the war, Robin Cook").
        // (The name's own part of the clause: "On their visit, the lawmakers met ...".)
        let part = body[start..end].rfind(',').map_or(start, |i| start + i + 1);
        let first = words(body, Span::new(part, end))
            .first()
            .map(|t| t.text.to_lowercase())
            .unwrap_or_default();
        let object = || {
            matches!(before.get(idx).map(|t| t.text), Some("a" | "an" | "one"))
                && !PREPOSITIONS_BEFORE_OBJECT.contains(&first.as_str())
                && !APPOSITION_OPENERS.contains(&first.as_str())
                && !name_follows(doc, target.end, sentence.end)
        };
        if let Some(mention) = mention_ending_at(doc, end)
            .filter(|m| is_agent(doc, m.entity) && (titled(m) || object()))
        {
            let referent = Referent {
                entities: vec![mention.entity],
                span: mention.span,
                indirect: false,
            };
            return Some((referent, target, quote_for(doc, cue), 0.7));
        }
    }
    if idx == 0 || !is_copula(before[idx - 1].text) {
        return None;
    }
    let copula = before[idx - 1].span.start;
    let referent = subject_of_verb(doc, start, copula)?;
    Some((referent, target, quote_for(doc, cue), 0.7))
}

/// Words opening a clause whose first name is not the one an apposition after it
/// describes ("After meeting Tony Blair, the critic of the war, Robin Cook, ...").
const APPOSITION_OPENERS: &[&str] = &[
    "in", "after", "before", "while", "when", "if", "although", "as", "at", "on", "for", "with",
    "from", "by",
];

/// A comma and a name right after `from`: the apposition before it describes that
/// name, not an earlier one.
fn name_follows(doc: &Doc, from: usize, limit: usize) -> bool {
    let body = doc.layout.body;
    let rest = &body[from..limit];
    let Some(after) = rest.strip_prefix(',') else {
        return false;
    };
    let at = from + 1 + (after.len() - after.trim_start().len());
    // (The mentions are sorted by where they start.)
    doc.mentions
        .binary_search_by_key(&at, |m| m.span.start)
        .is_ok()
}

/// A form of "be" that links a holder to a role noun ("has been a leading advocate").
fn is_copula(word: &str) -> bool {
    matches!(word, "is" | "was" | "are" | "were" | "been" | "be")
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
    // ("UK firms", "Labour voters": people of the body, not its voice.)
    if !doc.k.group_words.contains(&last.text.to_lowercase())
        || super::resolve::PEOPLE_OF.contains(&last.text.to_lowercase().as_str())
        || tokens.len() < 2
    {
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
    let lead = words(body, Span::new(start, mention.span.start));
    let before_name = lead.iter().rev().find(|t| t.text != "of");
    if before_name.is_some_and(|t| super::resolve::quantifier(t.text)) {
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
    doc.quotes_overlapping(cue)
        .find(|&i| doc.quotes[i].outer.contains(cue))
        .and_then(|i| doc.quotes[i].fact)
}

/// Whether a light verb ("expressed", "voiced", "announced") stands within
/// the three words before a noun cue ("expressed strong support for"), or
/// before a possessive and its modifiers ("reaffirmed his firm and unwavering
/// commitment to").
fn light_verb_before(doc: &Doc, sentence: Span, cue: Span) -> bool {
    let before = words(doc.layout.body, Span::new(sentence.start, cue.start));
    let light = |t: &crate::text::Token| {
        doc.k
            .control_verbs
            .get(&t.text.to_ascii_lowercase())
            .is_some_and(|k| k == "light")
    };
    let n = before.len();
    // (Only modifiers between: not "raised doubts about support for".)
    let between_ok = |from: usize| {
        before[from..].iter().all(|t| {
            !matches!(
                t.text,
                "about"
                    | "over"
                    | "on"
                    | "of"
                    | "for"
                    | "in"
                    | "at"
                    | "with"
                    | "to"
                    | "from"
                    | "by"
            )
        })
    };
    // ("reaffirmed his firm and unwavering commitment to": further back over a
    // possessive and its modifiers.)
    (n.saturating_sub(3)..n).any(|i| light(&before[i]) && between_ok(i + 1))
        || owned_modifiers(&before).is_some_and(|m| n > m + 1 && light(&before[n - 2 - m]))
}

/// HOLDER's CUE TARGET: "Germany's support for the treaty", "the Tories' opposition to it".
fn possessive(doc: &Doc, sentence: Span, cue: Span) -> Option<Found> {
    let body = doc.layout.body;
    let before = body[sentence.start..cue.start].trim_end();
    let stem = ["’s", "'s", "’", "'"]
        .iter()
        .find_map(|suffix| before.strip_suffix(suffix))?;
    let mention = mention_ending_at(doc, sentence.start + stem.len())?;
    // "in exchange for Iran's commitment to ...": a phrase inside a preposition's
    // object describes; it does not state a position.
    let lead = words(body, Span::new(sentence.start, mention.span.start));
    if lead.last().is_some_and(|t| {
        matches!(
            t.text.to_ascii_lowercase().as_str(),
            "on" | "for"
                | "of"
                | "about"
                | "over"
                | "despite"
                | "after"
                | "against"
                | "with"
                | "without"
                | "by"
                | "from"
                | "to"
                | "into"
                | "amid"
                | "in"
        )
    }) {
        return None;
    }
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
    // "criticised by road safety campaigners, including Labour backbencher
    // Gwyneth Dunwoody": the member named of an unnamed group.
    let member = || {
        let rest = &body[cue.end..sentence.end];
        let at = rest.find(", including ")?;
        (rest[..at].split_whitespace().count() <= 5)
            .then(|| referent_at(doc, cue.end + at + ", including ".len(), sentence.end))
            .flatten()
            .map(|r| super::quotes::person_behind_title(doc, r, sentence.end))
    };
    // "condemned by human rights groups and the Conservatives": the one named
    // after an unnamed group.
    let conjunct = || {
        let rest = &body[cue.end..sentence.end];
        let at = rest.find(" and ")?;
        let group = &rest[..at];
        (group.split_whitespace().count() <= 4
            && group
                .split_whitespace()
                .all(|w| w.chars().all(|c| c.is_lowercase() || c == '-')))
        .then(|| referent_at(doc, cue.end + at + " and ".len(), sentence.end))
        .flatten()
    };
    // ("backed by both Labour and the Tories": the pair, past "both"; not
    // "favoured by both UK and European voters", one name and a people.)
    let both = [" both ", " Both "]
        .iter()
        .find(|both| body[cue.end..sentence.end].starts_with(**both))
        .and_then(|both| referent_at(doc, cue.end + both.len() - 1, sentence.end))
        .filter(|pair| pair.entities.len() >= 2)
        .map(|mut pair| {
            // ("by both Labour and the Tories and Helen Marsh says ...": two.)
            pair.entities.truncate(2);
            pair
        });
    let mut referent = both
        .or_else(|| referent_at(doc, cue.end, sentence.end))
        .or_else(member)
        .or_else(conjunct)?;
    if referent.indirect {
        return None;
    }
    // "backed not only by the US but also by France": both.
    let rest = &body[referent.span.end..sentence.end];
    let also = rest
        .find("but also by ")
        .filter(|&at| rest[..at].trim_matches([' ', ',']).is_empty())
        .and_then(|at| {
            referent_at(
                doc,
                referent.span.end + at + "but also by ".len(),
                sentence.end,
            )
        });
    if let Some(also) = also.filter(|r| !r.indirect) {
        referent.entities.extend(also.entities);
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
        ) || is_adverb(t.text)
    }) {
        before.pop();
    }
    // "But Mr Green's appeal has been backed by ...": a connective opening the
    // sentence is not part of what is backed.
    // ("So far the plan ...", "And yet the levy ...": every such word.)
    while before.len() > 1
        && matches!(
            before[0].text.to_ascii_lowercase().as_str(),
            "but" | "and" | "yet" | "so" | "far" | "now" | "however" | "meanwhile" | "instead"
        )
    {
        before.remove(0);
    }
    let first = before.first()?;
    let last = before.last()?;
    // "Hezbollah, backed by Iran, also condemned ...": a participle describing a
    // group or country is not a position reported on it.
    let appositive = body[last.span.end..cue.start].trim() == ",";
    // (A longer subject is a phrase, not a clause: "Moves to lift the European
    // Union's ban on arms exports to China have been condemned by ...", not
    // "Farage called for the deal to be rejected by Parliament".)
    let clause_like = before.iter().enumerate().any(|(i, t)| {
        is_reporting(doc, t.text)
            || is_copula(t.text)
            || is_aux(t.text)
            || t.text == "and"
            // (A name and its verb: "Nigel Farage called for ...".)
            || i > 0
                && t.text.ends_with("ed")
                && mention_ending_at(doc, before[i - 1].span.end).is_some()
    });
    if (before.len() > 8 && clause_like || before.len() > 12) && !appositive {
        return None;
    }
    if appositive && mention_ending_at(doc, last.span.end).is_some_and(|m| is_agent(doc, m.entity))
    {
        return None;
    }
    // "worried about plans, backed by the UK, to lift the arms embargo": the
    // noun phrase before the comma, with the complement after the aside.
    if appositive {
        let head_from = before
            .iter()
            .rposition(|t| {
                DETERMINERS.contains(&t.text)
                    || PREPOSITIONS_BEFORE_OBJECT.contains(&t.text)
                    || matches!(t.text, "about" | "that" | "over")
                    || t.text.ends_with("ed")
            })
            .map_or(0, |i| {
                i + usize::from(!DETERMINERS.contains(&before[i].text))
            });
        let head = before.get(head_from)?;
        if before.len() - head_from > 5 {
            return None;
        }
        let mut end = last.span.end;
        let after = &body[referent.span.end..sentence.end];
        if after.starts_with(", to ") {
            // The complement as a target of its own would end ("... on China after
            // the massacre" ends before "after").
            let to = referent.span.end + ", ".len();
            if let Some(complement) = target_after(doc, to, sentence.end) {
                end = complement.end;
            }
        }
        let target = Span::new(head.span.start, end);
        return Some((referent, target, quote_for(doc, cue), 0.65));
    }
    let target = Span::new(first.span.start, last.span.end);
    Some((referent, target, quote_for(doc, cue), 0.7))
}

/// "Welcoming the ruling, Maeve Sherlock, chief executive of the Refugee
/// Council, said ...", "Defending the plans, he told Today ...": a participle
/// cue opening the sentence, its object up to the comma, and the main clause's
/// subject, a name or a pronoun, with its reporting verb.
fn fronted_participle(doc: &Doc, sentence: Span, cue: Span) -> Option<Found> {
    let body = doc.layout.body;
    let lead = body[sentence.start..cue.start].trim_start_matches(['"', '“', ' ']);
    let cue_word = body[cue.start..cue.end].split_whitespace().next()?;
    if !lead.is_empty() || !cue_word.ends_with("ing") || doc.in_quotation(cue.start) {
        return None;
    }
    let comma = cue.end + body[cue.end..sentence.end].find(", ")?;
    let target = target_after(doc, cue.end, comma)?;
    if words(body, Span::new(cue.end, comma)).len() > 12 || !proposal_like(doc, target) {
        return None;
    }
    // (What is welcomed or defended is a proposal, a document or a ruling:
    // not "Slamming the door", "Supporting the team", "Backing into the car
    // park".)
    let head = words(body, target).last()?.text.to_lowercase();
    let stem = head.strip_suffix('s').unwrap_or(&head);
    let proposal = proposal_noun(doc, &head)
        || [head.as_str(), stem].iter().any(|w| {
            doc.k.anaphoric_nouns.contains(*w)
                || doc.k.document_nouns.contains(*w)
                || matches!(
                    *w,
                    "ruling"
                        | "verdict"
                        | "judgment"
                        | "judgement"
                        | "finding"
                        | "reform"
                        | "measure"
                        | "change"
                        | "proposal"
                )
        });
    if !proposal {
        return None;
    }
    let after = &body[comma + 2..sentence.end];
    let pronoun = ["he ", "she "].iter().find(|p| after.starts_with(**p));
    let referent = match pronoun {
        Some(p) => Referent {
            entities: vec![doc.resolve_pronoun(comma + 2, *p == "he ")?],
            span: Span::new(comma + 2, comma + 1 + p.len()),
            indirect: false,
        },
        None => referent_at(doc, comma + 2, sentence.end)?,
    };
    if referent.indirect || !referent.entities.iter().all(|&e| is_agent(doc, e)) {
        return None;
    }
    let referent = super::quotes::person_behind_title(doc, referent, sentence.end);
    // The main clause reports: its verb comes after the name (and an apposition).
    let rest = &body[referent.span.end..sentence.end];
    let rest = match rest.strip_prefix(", ") {
        Some(apposed) => apposed.find(", ").map_or(rest, |c| &apposed[c + 2..]),
        None => rest,
    };
    let verb = rest.split_whitespace().next()?;
    if !is_reporting(doc, verb.trim_end_matches([':', ','])) {
        return None;
    }
    Some((referent, target, quote_for(doc, cue), 0.65))
}

/// TARGET (has) RECEIVING-VERB (modifiers) CUE-from HOLDER: "The levy faced
/// fierce opposition from the Harbour Party", "HD-DVD has won backing from
/// Paramount and Universal" (the receiving verbs are control_verbs.tsv's
/// "receive" rows). Not "won little support from", nor a pronoun as the thing.
fn received(doc: &Doc, sentence: Span, cue: Span) -> Option<Found> {
    let body = doc.layout.body;
    let referent = referent_at(doc, cue.end, sentence.end)?;
    // ("drew praise from Unison and criticism from the Greens": a list that runs
    // into a second cue names only its first holder here.)
    let list = &body[referent.span.start..referent.span.end];
    if referent.indirect
        || !referent.entities.iter().all(|&e| is_agent(doc, e))
        || list.contains(" from ")
    {
        return None;
    }
    let start = clause_start(doc, sentence, cue.start);
    let mut before = words(body, Span::new(start, cue.start));
    let receiving = |t: &crate::text::Token| {
        doc.k
            .control_verbs
            .get(&t.text.to_ascii_lowercase())
            .is_some_and(|k| k == "receive")
    };
    let verb = (before.len().saturating_sub(4)..before.len())
        .rev()
        .find(|&i| receiving(&before[i]))?;
    // ("faced fierce and sustained opposition": modifiers only, no determiner,
    // and nothing that denies: "won no support", "little backing".)
    let denied = before[verb + 1..].iter().any(|t| {
        !t.text.chars().all(|c| c.is_lowercase() || c == '-')
            || matches!(
                t.text,
                "no" | "little" | "not" | "few" | "less" | "the" | "a" | "an" | "any" | "some"
                    // ("received financial support from": money or arms, not a view.)
                    | "financial" | "military" | "technical" | "logistical" | "medical"
            )
    });
    if denied {
        return None;
    }
    // ("won backing from the unions for its plan": the thing is after "for";
    // "is facing opposition from Tory MPs on the changes": after "on" or "over".)
    let after_holder = &body[referent.span.end..sentence.end];
    // ("from Tory MPs on ...": the members of the body named.)
    let after_holder = [
        " MPs",
        " members",
        " backbenchers",
        " peers",
        " councillors",
        " ministers",
    ]
    .iter()
    .find_map(|group| after_holder.strip_prefix(group))
    .unwrap_or(after_holder);
    let about = after_holder
        .strip_prefix(" for ")
        .or_else(|| after_holder.strip_prefix(" on "))
        .or_else(|| after_holder.strip_prefix(" over "));
    if let Some(rest) = about {
        let at = sentence.end - rest.len();
        let target = target_after(doc, at, sentence.end)?;
        return Some((referent, target, quote_for(doc, cue), 0.65));
    }
    before.truncate(verb);
    while before.last().is_some_and(|t| {
        is_aux(t.text)
            || is_copula(t.text)
            || matches!(t.text, "been" | "being" | "also" | "already" | "now")
            || is_adverb(t.text)
    }) {
        before.pop();
    }
    // (Past connectives and a time: "While the agreement ...", "Last year the
    // bypass ...".)
    loop {
        let first = before.first().map(|t| t.text.to_ascii_lowercase());
        let connective = first.as_deref().is_some_and(|w| {
            matches!(
                w,
                "but"
                    | "and"
                    | "yet"
                    | "so"
                    | "now"
                    | "however"
                    | "meanwhile"
                    | "while"
                    | "although"
                    | "though"
                    | "as"
                    | "since"
            )
        });
        let time = first
            .as_deref()
            .is_some_and(|w| matches!(w, "last" | "this" | "next" | "earlier" | "in" | "on"))
            && before.get(1).is_some_and(|t| is_time_word(t.text));
        if before.len() > 1 && connective {
            before.remove(0);
        } else if before.len() > 2 && time {
            before.drain(..2);
        } else if before.len() > 1 && is_time_word(before[0].text) {
            before.remove(0);
        } else {
            break;
        }
    }
    // ("Tait, given little chance to shine, received praise from ...": the name
    // before an aside.)
    if let Some(comma) = (1..before.len())
        .find(|&i| body[before[i - 1].span.end..before[i].span.start].contains(','))
    {
        before.truncate(comma);
    }
    let (first, last) = (before.first()?, before.last()?);
    // (A phrase, not a clause: no verb, no pronoun standing for the thing.)
    let clause_like = before.iter().any(|t| {
        is_reporting(doc, t.text) || is_copula(t.text) || is_aux(t.text) || t.text == "that"
    });
    let pronoun = before.len() == 1
        && matches!(
            first.text.to_ascii_lowercase().as_str(),
            "it" | "they" | "this" | "he" | "she" | "we" | "i" | "you"
        );
    // ("Helen Marsh drew praise from Tom Beck": praise of a person is no
    // position on a proposal.)
    let person = mention_at(doc, first.span.start)
        .is_some_and(|m| m.span.end == last.span.end && doc.kind(m.entity) == EntityKind::Person);
    if clause_like || pronoun || person || before.len() > 8 {
        return None;
    }
    Some((
        referent,
        Span::new(first.span.start, last.span.end),
        quote_for(doc, cue),
        0.65,
    ))
}

/// The noun phrase after a cue, cut at punctuation or a new clause.
fn target_after(doc: &Doc, pos: usize, limit: usize) -> Option<Span> {
    let body = doc.layout.body;
    let mut start = pos;
    let rest = &body[start..limit];
    let trimmed = rest.trim_start();
    start += rest.len() - trimmed.len();
    // '"... what it does support," May told parliament': a cue that ends its
    // clause has no target after it.
    // ('says he "fully supports" X' and 'warned against "pandering"' go on.)
    let closing = rest
        .strip_prefix(['"', '”', '’', '\''])
        .unwrap_or(rest)
        .starts_with([',', ';', '.', ')', '?', '!']);
    if closing {
        return None;
    }
    // "reject[s] the idea": skip an editor's bracket.
    if body[start..limit].starts_with('[') {
        let close = body[start..limit].find(']')?;
        start += close + 1;
    }
    let mut tokens = words(body, Span::new(start, limit));
    // "condemned and banned the group": a second verb that shares the object.
    if let [and, verb, next, ..] = tokens.as_slice() {
        if matches!(and.text, "and" | "or")
            && verb.text.ends_with("ed")
            && verb.text.chars().all(char::is_lowercase)
            && !matches!(next.text, "to" | "that" | "by")
        {
            start = next.span.start;
            tokens.drain(..2);
        }
    }
    // "condemns in the strongest possible terms the use of chemical weapons": a
    // phrase of manner between the verb and its object.
    if let [a, the, strongest, rest @ ..] = tokens.as_slice() {
        let terms = rest
            .iter()
            .take(2)
            .position(|t| t.text == "terms")
            .filter(|&i| i == 0 || rest[0].text == "possible");
        if a.text == "in"
            && the.text == "the"
            && matches!(strongest.text, "strongest" | "clearest" | "firmest")
        {
            if let Some(i) = terms {
                let skip = 3 + i + 1;
                start = tokens.get(skip).map_or(limit, |t| t.span.start);
                tokens.drain(..skip);
            }
        }
    }
    // "recommended only a slight increase": a focusing adverb before the object.
    if tokens.len() > 2 && matches!(tokens[0].text, "only" | "just" | "merely") {
        start = tokens[1].span.start;
        tokens.remove(0);
    }
    // "is strongly opposed to the regime": "to" before a noun phrase is not the target.
    if tokens.len() > 1
        && tokens[0].text == "to"
        && (matches!(tokens[1].text, "the" | "a" | "an" | "any" | "all")
            || tokens[1]
                .text
                .chars()
                .next()
                .is_some_and(char::is_uppercase))
    {
        tokens.remove(0);
    }
    let mut end = None;
    // The end of a short aside in brackets the target runs over.
    let mut aside_end: Option<usize> = None;
    let mut cut = false;
    // "to ensure Iran never acquires a nuclear bomb": a phrase that the length
    // limit would cut a few words before its clause ends runs on to that end.
    let clause_break = |m: usize| {
        body[tokens[m - 1].span.end..tokens[m].span.start]
            .contains([',', ';', ':', '.', '(', '"', '“', '”', '—', '–'])
            || matches!(
                tokens[m].text,
                "which"
                    | "that"
                    | "who"
                    | "and"
                    | "but"
                    | "because"
                    | "while"
                    | "after"
                    | "before"
                    | "as"
                    | "if"
                    | "unless"
                    | "when"
                    | "where"
                    | "until"
                    | "since"
            )
    };
    let clause_end = (MAX_TARGET_WORDS..tokens.len())
        .find(|&m| clause_break(m))
        .unwrap_or(tokens.len());
    let max_words = if clause_end <= MAX_TARGET_WORDS + TARGET_RUN_ON {
        clause_end
    } else {
        MAX_TARGET_WORDS
    };
    for (n, token) in tokens.iter().enumerate() {
        if n >= max_words {
            cut = true;
            break;
        }
        let gap_start = if n == 0 {
            start
        } else {
            tokens[n - 1].span.end
        };
        let mut gap = &body[gap_start..token.span.start];
        if let Some(close) = aside_end {
            if token.span.start < close {
                continue;
            }
            // (The closing bracket is the aside's, not a break.)
            aside_end = None;
            gap = gap.trim_start().strip_prefix(')').unwrap_or(gap);
        }
        // "recruit 25,000 officers": a comma inside a number.
        let in_number = gap == ","
            && n > 0
            && tokens[n - 1].text.ends_with(|c: char| c.is_ascii_digit())
            && token.text.starts_with(|c: char| c.is_ascii_digit());
        if in_number {
            continue;
        }
        // "giving Community Support Officers (CSOs) the power to detain", "a
        // £5.5bn ($10bn) plan": a short aside in brackets, and the phrase goes on.
        let opens_aside = gap.trim().strip_prefix('(').is_some_and(|rest| {
            rest.chars()
                .all(|c| !c.is_alphanumeric() && !matches!(c, ')' | '(' | ',' | '"' | '“'))
        });
        if n > 0 && opens_aside {
            let close = body[token.span.start..limit].find(')');
            let aside = close.map(|c| &body[token.span.start..token.span.start + c]);
            let goes_on = close.is_some_and(|c| {
                body[token.span.start + c + 1..limit]
                    .trim_start()
                    .starts_with(|ch: char| ch.is_alphanumeric())
            });
            if let (Some(close), Some(aside)) = (close, aside) {
                if goes_on
                    && aside.split_whitespace().count() <= 3
                    && !aside.contains(['(', ',', ';', '"', '“'])
                {
                    aside_end = Some(token.span.start + close);
                    continue;
                }
            }
        }
        // "China steps up pressure on N. Korea to halt missile, nuke testing": in a
        // headline a comma stands for "and" before its last few words.
        let headline_and = gap.trim() == ","
            && doc
                .layout
                .paragraphs
                .first()
                .is_some_and(|p| token.span.start < p.end && limit <= p.end)
            && words(body, Span::new(token.span.start, limit)).len() <= 3;
        // "the flawed, dangerous Iran nuclear deal": a comma between two adjectives
        // after a determiner.
        let adjectives = gap.trim() == ","
            && n >= 2
            && DETERMINERS.contains(&tokens[n - 2].text.to_lowercase().as_str())
            && listed_adjective(tokens[n - 1].text)
            && listed_adjective(token.text)
            && !token.text.ends_with("ed")
            && tokens
                .get(n + 1)
                .is_some_and(|next| body[token.span.end..next.span.start].trim().is_empty());
        if n > 0
            && !headline_and
            && !adjectives
            && (gap.contains([',', ';', ':', '(', ')', '—', '–', '!', '?']) || gap.trim() == "-")
        {
            break;
        }
        // A full stop ends the target unless it closes an abbreviation ("Mr.", "U.S.").
        if n > 0 && gap.contains('.') && !abbreviation(doc, tokens[n - 1].text) {
            break;
        }
        let after_known = n > 0
            && matches!(
                tokens[n - 1].text,
                "known" | "such" | "described" | "seen" | "regarded"
            );
        // "urged the U.S. to use the talks as leverage", "wants Nato to regard the
        // groups as terrorists": after "to" and a verb, "as" belongs to the verb.
        // (Not "closer to EU membership as important", "as he launched", "as soon as".)
        let in_infinitive = tokens[..n].windows(2).any(|w| {
            w[0].text == "to"
                && w[1].text.chars().all(char::is_lowercase)
                && !DETERMINERS.contains(&w[1].text)
        }) && tokens.get(n + 1).is_some_and(|next| {
            !matches!(
                next.text,
                "he" | "she"
                    | "they"
                    | "it"
                    | "we"
                    | "i"
                    | "soon"
                    | "well"
                    | "long"
                    | "much"
                    | "far"
                    | "fast"
                    | "quickly"
                    | "possible"
                    | "normal"
                    | "usual"
            ) && !next.text.ends_with("ly")
        });
        // "his military offensive against Kurdish forces": after a noun of
        // contending, "against" names its object, not a new clause.
        // (Not "backed the action against the wishes of her party".)
        let contending = token.text == "against"
            && AGAINST_NOUNS.contains(&tokens[n.max(1) - 1].text.to_lowercase().as_str())
            && !tokens
                .get(n + 2)
                .is_some_and(|t| matches!(t.text, "wishes" | "advice" | "odds" | "will" | "grain"));
        // "wanted policies which encouraged social mobility", "pubs and clubs which
        // cause extra work": after a bare general noun a relative clause with no
        // comma says which ones, and belongs to the target.
        let restrictive = matches!(token.text, "which" | "who" | "that")
            && (1..=3).contains(&n)
            && GENERAL_HEADS.contains(&tokens[n - 1].text.to_lowercase().as_str())
            && tokens.get(n + 1).is_some_and(|t| {
                t.text.chars().all(|c| c.is_ascii_lowercase())
                    && !matches!(t.text, "the" | "a" | "an")
                    && !FINITE_AUXILIARIES.contains(&t.text)
            });
        if n > 0
            && (TARGET_STOPS.contains(&token.text) && !contending && !restrictive
                || token.text == "as" && !after_known && !in_infinitive)
        {
            break;
        }
        // "simple and fair taxation rather than the toll": what is preferred ends
        // before "rather than".
        if n > 0 && token.text == "rather" && tokens.get(n + 1).is_some_and(|t| t.text == "than") {
            break;
        }
        // "do away with the council tax altogether and switch to ...": a closing
        // adverb of degree ends the object (not "an altogether different plan").
        if n > 0
            && matches!(
                token.text,
                "altogether" | "completely" | "entirely" | "outright"
            )
            && tokens.get(n + 1).is_none_or(|next| {
                matches!(next.text, "and" | "or" | "but")
                    || body[token.span.end..next.span.start].trim() != ""
            })
        {
            break;
        }
        // "Labour's backing for the scheme was confirmed": a finite verb after the
        // noun phrase is the sentence's own, unless a clause inside the target
        // ("urged ministers to ensure that the bill is passed") holds it.
        if n > 0
            && FINITE_AUXILIARIES.contains(&token.text)
            && !tokens[..n]
                .iter()
                .any(|t| matches!(t.text, "that" | "whether" | "if" | "to"))
        {
            break;
        }
        // "fully supports a new ferry link and looks forward to working with ...",
        // "and believe the executive is shirking": "and" and a verb of the same
        // subject start a second clause.
        if n > 0
            && matches!(token.text, "and" | "but")
            && tokens
                .get(n + 1)
                .is_some_and(|t| COORDINATED_VERBS.contains(&t.text))
        {
            break;
        }
        // "needs its own Speaker and that peers should lead ...": "and that" opens
        // a second reported clause.
        if n > 0
            && matches!(token.text, "and" | "but")
            && tokens.get(n + 1).is_some_and(|t| t.text == "that")
        {
            break;
        }
        // "rejected the proposal and France opposed it": "and" before a named
        // agent and its verb starts a new clause.
        // "backed the levy and then dropped it": a second verb, in time.
        if n > 0
            && matches!(token.text, "and" | "but")
            && tokens
                .get(n + 1)
                .is_some_and(|t| matches!(t.text, "then" | "later" | "subsequently"))
        {
            break;
        }
        // "Latvia's withdrawal from the accord angered its neighbours": a past-tense
        // verb and its object after the noun phrase are the sentence's own.
        if n > 1
            && token.text.ends_with("ed")
            && token.text.chars().all(char::is_lowercase)
            && !matches!(
                tokens[n - 1].text,
                "to" | "be"
                    | "been"
                    | "being"
                    | "has"
                    | "have"
                    | "had"
                    | "was"
                    | "were"
                    | "is"
                    | "are"
            )
            && tokens.get(n + 1).is_some_and(|t| {
                matches!(
                    t.text,
                    "its" | "his" | "her" | "their" | "them" | "him" | "it" | "us"
                )
            })
        {
            break;
        }
        // "pushed allies to increase spending and has complained that ...": "and"
        // and an auxiliary start a second clause of the same subject.
        if n > 0
            && matches!(token.text, "and" | "but")
            && tokens
                .get(n + 1)
                .is_some_and(|t| matches!(t.text, "has" | "have" | "had" | "is" | "was" | "will"))
            && tokens
                .get(n + 2)
                .is_some_and(|t| t.text.chars().all(char::is_lowercase))
        {
            break;
        }
        // "condemned the plans and threatened to retaliate": "and", a past-tense
        // verb and its object or infinitive start a second clause.
        if n > 0
            && matches!(token.text, "and" | "but")
            && tokens
                .get(n + 1)
                .is_some_and(|t| t.text.ends_with("ed") && t.text.chars().all(char::is_lowercase))
            && tokens.get(n + 2).is_some_and(|t| {
                matches!(
                    t.text,
                    "to" | "the"
                        | "a"
                        | "an"
                        | "that"
                        | "it"
                        | "them"
                        | "his"
                        | "her"
                        | "its"
                        | "their"
                )
            })
        {
            break;
        }
        if n > 0 && matches!(token.text, "and" | "but") {
            let next = tokens.get(n + 1).map_or(limit, |t| t.span.start);
            let agent = super::resolve::mention_at(doc, next)
                .filter(|m| is_agent(doc, m.entity))
                .and_then(|m| {
                    let after = tokens.iter().find(|t| t.span.start >= m.span.end)?;
                    let verb = after.text.ends_with("ed")
                        || is_aux(after.text)
                        || is_reporting(doc, after.text);
                    verb.then_some(())
                });
            // ("news that the Gates Foundation and Norway are joining": inside a
            // clause of the target, "and" joins its subject.)
            if agent.is_some() && !tokens[..n].iter().any(|t| t.text == "that") {
                break;
            }
        }
        // "the Bill in the Lords": a place or institution adjunct is not part of the target.
        if n > 0
            && matches!(token.text, "in" | "at")
            && tokens.get(n + 1).is_some_and(|t| t.text == "the")
            && tokens
                .get(n + 2)
                .is_some_and(|t| t.text.chars().next().is_some_and(char::is_uppercase))
        {
            break;
        }
        // "called for longer closure orders in a letter to the board": where the
        // call was made is not part of the target.
        if n > 0
            && token.text == "in"
            && tokens
                .get(n + 1)
                .is_some_and(|t| matches!(t.text, "a" | "an" | "its" | "their" | "his" | "her"))
            && tokens
                .get(n + 2)
                .is_some_and(|t| doc.k.document_nouns.contains(&t.text.to_lowercase()))
        {
            break;
        }
        // "the plans on Monday evening": a time adjunct is not part of the target.
        // ("a ban on night flights", "a ban on Sunday trading": a time word that
        // qualifies the noun after it is no time.)
        // (Joined by a space only, and after a day's or month's name only a noun
        // in "-ing": "on Sunday trading", not "on Friday, calling", "on Monday
        // ministers".)
        let qualifies = |on: usize| {
            let (Some(time), Some(next)) = (tokens.get(on + 1), tokens.get(on + 2)) else {
                return false;
            };
            tokens[on].text == "on"
                && body[time.span.end..next.span.start] == *" "
                && (time.text.chars().all(|c| c.is_lowercase()) || next.text.ends_with("ing"))
                && next.text.chars().all(|c| c.is_ascii_lowercase())
                && !is_time_word(next.text)
                && !next.text.ends_with("ed")
                && !TARGET_STOPS.contains(&next.text)
                && !super::quotes::is_auxiliary(next.text)
                && !is_reporting(doc, next.text)
                && !matches!(
                    next.text,
                    "to" | "and"
                        | "or"
                        | "as"
                        | "with"
                        | "for"
                        | "of"
                        | "at"
                        | "in"
                        | "on"
                        | "by"
                        | "that"
                        | "following"
                        | "during"
                        | "over"
                        | "from"
                        | "morning"
                        | "afternoon"
                )
        };
        if n > 0
            && matches!(
                token.text,
                "on" | "in" | "last" | "next" | "this" | "earlier" | "later"
            )
            && tokens.get(n + 1).is_some_and(|t| is_time_word(t.text))
            && !qualifies(n)
        {
            break;
        }
        // ("the PM's deal on 15 January", "the deal by 432 votes to 202": a date
        // or a tally after the object.)
        let numeral = |i: usize| {
            tokens
                .get(i)
                .is_some_and(|t| !t.text.is_empty() && t.text.chars().all(|c| c.is_ascii_digit()))
        };
        if n > 0
            && (matches!(token.text, "on" | "in" | "by" | "from" | "until")
                && numeral(n + 1)
                && tokens.get(n + 2).is_some_and(|t| is_time_word(t.text))
                || token.text == "by"
                    && numeral(n + 1)
                    && tokens
                        .get(n + 2)
                        .is_some_and(|t| matches!(t.text, "votes" | "to")))
        {
            break;
        }
        if n > 0
            && is_time_word(token.text)
            && !(tokens[n - 1].text == "on" && qualifies(n - 1))
            && matches!(
                token.text,
                "yesterday"
                    | "today"
                    | "tomorrow"
                    | "Monday"
                    | "Tuesday"
                    | "Wednesday"
                    | "Thursday"
                    | "Friday"
                    | "Saturday"
                    | "Sunday"
            )
        {
            break;
        }
        // "plans for ID cards branding them ...": a participle after a noun starts a new clause.
        // A gerund used as a noun goes on: "its missile and nuclear testing".
        let takes_object = tokens.get(n + 1).is_some_and(|next| {
            body[token.span.end..next.span.start].trim().is_empty()
                // ("the new funding on Tuesday", "the court ruling on Monday".)
                && !(matches!(next.text, "to" | "on" | "up" | "out" | "down" | "off" | "as")
                    && ING_NOUNS.contains(&token.text))
                && matches!(
                    next.text,
                    "the"
                        | "a"
                        | "an"
                        | "them"
                        | "it"
                        | "him"
                        | "her"
                        | "his"
                        | "their"
                        | "its"
                        | "that"
                        | "this"
                        | "these"
                        | "those"
                        | "to"
                        | "up"
                        | "out"
                        | "down"
                        | "off"
                        | "on"
                        | "as"
                        | "our"
                        | "my"
                        | "your"
                )
        });
        // "a debate on party funding to find the consensus": after an "-ing" noun,
        // "to" and a verb start a purpose clause.
        if n > 1
            && token.text == "to"
            && ING_NOUNS.contains(&tokens[n - 1].text)
            && tokens.get(n + 1).is_some_and(|next| {
                next.text.chars().all(char::is_lowercase) && !DETERMINERS.contains(&next.text)
            })
        {
            break;
        }
        // "is continuing to implement": after a form of "be" the "-ing" word is the verb.
        let progressive = matches!(
            tokens[n.max(1) - 1].text,
            "is" | "are" | "was" | "were" | "be"
        );
        // ("the tribunal's finding that ...", "the court's ruling that ...": after a
        // possessive or an article the "-ing" word is a noun.)
        let owned_noun = {
            let prev = tokens[n.max(1) - 1].text;
            super::entities::strip_possessive(prev).1
                || matches!(
                    prev,
                    "his" | "her" | "its" | "their" | "our" | "the" | "a" | "an"
                )
        };
        if n > 1
            && token.text.ends_with("ing")
            && takes_object
            && !progressive
            && !owned_noun
            && !PREPOSITIONS_BEFORE_GERUND.contains(&tokens[n - 1].text)
        {
            break;
        }
        // "the plan proposed by Germany": a participle with its agent is not part of the name.
        if n > 0 && token.text.ends_with("ed") && tokens.get(n + 1).is_some_and(|t| t.text == "by")
        {
            break;
        }
        // "an interim agreement adopted in 2013": nor one with a time.
        if n > 1
            && token.text.ends_with("ed")
            && token.text.chars().all(char::is_lowercase)
            && tokens.get(n + 1).is_some_and(|t| {
                matches!(t.text, "in" | "on" | "last" | "earlier" | "this")
                    && tokens.get(n + 2).is_some_and(|t| is_time_word(t.text))
            })
        {
            break;
        }
        // "... and (also) lobbied for ...": a second verb with its own cue ends the target.
        let next_verb = tokens[n + 1..]
            .iter()
            .find(|t| !matches!(t.text, "also" | "then" | "again" | "later" | "even"));
        if n > 0
            && matches!(token.text, "and" | "but")
            && next_verb.is_some_and(|t| {
                is_reporting(doc, t.text)
                    || doc
                        .k
                        .cues
                        .find(&body[t.span.start..limit])
                        .is_some_and(|m| m.start() == 0)
            })
        {
            break;
        }
        // "welcomed the new regulations and believed they would ...": a second
        // verb in the past, before a pronoun, determiner or "that", ends it (not
        // "the plans and proposed changes", where the participle describes).
        if n > 0
            && matches!(token.text, "and" | "but")
            && next_verb.is_some_and(|t| {
                t.text.ends_with("ed")
                    && t.text.chars().all(char::is_lowercase)
                    && tokens
                        .iter()
                        .find(|u| u.span.start > t.span.start)
                        .is_some_and(|u| {
                            DETERMINERS.contains(&u.text)
                                || matches!(u.text, "they" | "he" | "she" | "it" | "we")
                        })
            })
        {
            break;
        }
        // "stand by her deal and Labour trying to trigger an election": a name
        // after "and" with a participle of its own opens a clause of its own.
        if n > 0 && matches!(token.text, "and" | "but") {
            let name = tokens
                .get(n + 1)
                .and_then(|t| mention_at(doc, t.span.start))
                .filter(|m| is_agent(doc, m.entity));
            let participle = name.is_some_and(|m| {
                tokens
                    .iter()
                    .find(|u| u.span.start >= m.span.end)
                    .is_some_and(|u| {
                        u.text.len() > 4
                            && u.text.ends_with("ing")
                            && u.text.chars().all(|c| c.is_ascii_lowercase())
                    })
            });
            if participle {
                break;
            }
        }
        // (Not a conjunction left hanging: "rationalisation and [using ...]".)
        if !matches!(token.text, "and" | "or" | "but") {
            end = Some(token.span.end);
        }
    }
    let mut end = end?;
    // A target does not end on a word that needs one after it, whether cut at its
    // length limit ("reaching the benchmark of 750,000 adults ... by") or before a
    // clause ("stricter controls over [who comes ...]").
    // (Before a clause, only where two words or more remain: "assuming that ..."
    // is no phrase to trim.)
    let kept = tokens.iter().take_while(|t| t.span.end <= end).count();
    if let Some(last) = tokens[..kept]
        .iter()
        .rposition(|t| !DANGLING.contains(&t.text))
        .filter(|&last| cut || last >= 1)
    {
        end = tokens[last].span.end;
    }
    // "a new Baltic Sea pipeline, Nord Stream 2, which ...": a name set off by
    // commas right after the target names it and belongs to it.
    let rest = &body[end..limit];
    if let Some(inner) = rest.strip_prefix(", ") {
        if let Some(close) = inner.find(',') {
            let name = &inner[..close];
            let words_in: Vec<&str> = name.split_whitespace().collect();
            let is_name = (1..=4).contains(&words_in.len())
                && words_in.iter().all(|w| {
                    w.chars()
                        .next()
                        .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
                })
                && !words_in.iter().any(|w| {
                    matches!(
                        *w,
                        "The" | "But" | "And" | "He" | "She" | "It" | "They" | "We" | "I"
                    )
                });
            let continues = inner[close + 1..]
                .split_whitespace()
                .next()
                .is_some_and(|w| matches!(w, "which" | "that" | "who" | "and" | "but"));
            if is_name && continues {
                end += 2 + close;
            }
        }
    }
    // "Growing Democratic support comes despite ...": the cue was a noun, its
    // "target" the sentence's verb.
    if tokens.first().is_some_and(|t| {
        matches!(
            t.text,
            "is" | "was"
                | "are"
                | "were"
                | "has"
                | "had"
                | "comes"
                | "came"
                | "grows"
                | "grew"
                | "remains"
                | "remained"
                | "appears"
                | "seems"
                | "will"
                | "would"
        )
    }) {
        return None;
    }
    let span = Span::new(tokens.first()?.span.start, end);
    let text = body[span.start..span.end].to_ascii_lowercase();
    // "it" and "them" may take up an antecedent (see find_stances); other empty words not.
    // ("we oppose that.", "the Lords have over-ruled this": a demonstrative
    // that ends its clause takes up an antecedent as "it" does.)
    let rest = &body[span.end..limit];
    let demonstrative = matches!(text.as_str(), "this" | "that")
        && (rest
            .trim_start_matches(['"', '”', '’', '\''])
            .starts_with(['.', ',', ';', '!', ')'])
            || rest.trim().is_empty());
    if EMPTY_TARGETS.contains(&text.as_str())
        && !matches!(text.as_str(), "it" | "them")
        && !demonstrative
    {
        return None;
    }
    Some(span)
}

/// The target as an entity: an agent when the phrase is just its name, else a
/// proposal; a short definite target ("the plans") gets its antecedent appended
/// ("plans (the government's anti-terror plans)").
fn target_entity(doc: &mut Doc, span: Span) -> Option<usize> {
    let body = doc.layout.body;
    let text = body[span.start..span.end].trim();
    if let Some(mention) = mention_at(doc, span.start) {
        if mention.span.end == span.end {
            return Some(mention.entity);
        }
    }
    let span_words = words(body, span);
    if span_words.len() > MAX_TARGET_WORDS + TARGET_RUN_ON {
        return None;
    }
    // ("tonight was a step in the right direction": a time is no target.)
    if let [only] = span_words.as_slice() {
        if is_time_word(only.text) {
            return None;
        }
    }
    let mut label = clean_label(text);
    // ("attacked the Tory plans" after "Labour would set out workable plans": a
    // name before the head says whose plans, and a phrase without it is another's.)
    let named_modifier = span_words
        .get(1)
        .filter(|_| span_words.len() == 3)
        .filter(|w| w.text.chars().next().is_some_and(char::is_uppercase))
        .map(|w| super::entities::strip_possessive(w.text).0.to_lowercase());
    match antecedent(doc, span) {
        Some(antecedent)
            if named_modifier
                .as_ref()
                .is_some_and(|m| !antecedent.to_lowercase().contains(m.as_str())) => {}
        Some(antecedent) if !antecedent.eq_ignore_ascii_case(&label) => {
            label = format!("{label} ({antecedent})")
        }
        Some(_) => {}
        // "defended the move", "condemn any such efforts": what it points back to
        // is not in the text, so there is no target to name.
        None if anaphoric(doc, span) => return None,
        None => {}
    }
    proposal(doc, &label)
}

/// The evaluation at token `k` (evaluations.tsv, up to five words): its rule
/// id, its polarity and its length in tokens; with `acts`, not one judging an
/// act ("wrong to ignore the warnings"), and without it (an extraposed "it")
/// the only place "important" and "urgent" judge.
fn evaluation_at(
    doc: &Doc,
    tokens: &[crate::text::Token],
    k: usize,
    acts: bool,
) -> Option<(String, crate::fact::Polarity, usize)> {
    (1..=6).rev().find_map(|n| {
        let phrase: Vec<String> = tokens
            .get(k..k + n)?
            .iter()
            .map(|t| t.text.to_lowercase())
            .collect();
        // "the judges are wrong to imply that ...", "wrong to ignore the warnings": a
        // judgement of what someone did (a verb after "to", known by the object it takes),
        // unlike "unfair to small boats".
        // ("the best way to ensure an orderly withdrawal": after a noun phrase
        // "to" opens its own complement, no act judged.)
        let noun_phrase = matches!(phrase[0].as_str(), "a" | "an" | "the");
        let to_verb = acts
            && !noun_phrase
            && tokens.get(k + n).is_some_and(|t| t.text == "to")
            && tokens.get(k + n + 1).is_some_and(|t| {
                t.text.chars().next().is_some_and(char::is_lowercase)
                    && !DETERMINERS.contains(&t.text)
                    // ("crucial to saving the industry": a purpose, no act judged.)
                    && !t.text.ends_with("ing")
            })
            && tokens.get(k + n + 2).is_some_and(|t| {
                DETERMINERS.contains(&t.text)
                    || matches!(t.text, "it" | "them" | "so" | "him" | "her")
            });
        if to_verb {
            return None;
        }
        let (rule, polarity) = doc.k.evaluations.get(&phrase.join(" "))?;
        // (A bare "right" judges only a course after an extraposed "it": "it was
        // right to focus on troublemakers"; "the government was right to ..."
        // praises conduct, "the time was right" weighs a moment.)
        // ("the level of tax was about right" weighs a policy.)
        if acts && phrase.last().is_some_and(|w| w == "right") && phrase[0] != "about" {
            return None;
        }
        // ("it is time to/for ...": "time" judges only a course named after it,
        // not "time consuming" or "time wasted".)
        if cue_name(rule) == "time-to-1"
            && !tokens
                .get(k + n)
                .is_some_and(|t| matches!(t.text, "to" | "for"))
        {
            return None;
        }
        // ("important" and "urgent" judge a course named after an extraposed "it":
        // "it is important to support head teachers", "it is urgent that ..."; not
        // "the vote is important", "the bus service was important to villagers",
        // "the situation was urgent", "important to stress that".)
        if matches!(cue_name(rule), "important-to-1" | "urgent-to-1") {
            let next = tokens.get(k + n).map(|t| t.text);
            // (Nor "important to him", "important to stress that ...".)
            let course_verb = tokens.get(k + n + 1).is_some_and(|t| {
                t.text.chars().all(|c| c.is_ascii_lowercase())
                    && !DETERMINERS.contains(&t.text)
                    && !matches!(
                        t.text,
                        "him"
                            | "her"
                            | "them"
                            | "us"
                            | "me"
                            | "you"
                            | "it"
                            | "remember"
                            | "note"
                            | "stress"
                            | "emphasise"
                            | "emphasize"
                            | "recognise"
                            | "recognize"
                            | "understand"
                            | "realise"
                            | "realize"
                            | "know"
                            | "point"
                            | "make"
                            | "be"
                    )
                    && !is_reporting(doc, t.text)
            });
            let course = next == Some("to") && course_verb
                || cue_name(rule) == "urgent-to-1" && next == Some("that");
            if acts || !course {
                return None;
            }
        }
        Some((rule.clone(), *polarity, n))
    })
}

/// "X described the plan as flawed", "he found BNP's policies 'abhorrent'",
/// "her comments have been described as irresponsible by Y": a judging verb
/// (data/lexicon/judging_verbs.tsv) with an evaluation (evaluations.tsv) a few
/// words on; the thing judged is the target.
fn judgements(doc: &mut Doc) {
    let body = doc.layout.body;
    let sentences = doc.layout.sentences.clone();
    for sentence in sentences {
        let tokens = words(body, sentence);
        for (i, token) in tokens.iter().enumerate() {
            let Some(verb_rule) = doc.k.judging_verbs.get(&token.text.to_lowercase()).cloned()
            else {
                continue;
            };
            if doc.in_quotation(token.span.start) || hedged(doc, sentence, token.span) {
                continue;
            }
            // ("their hardcore brand of rock": a noun before "of"; "the Law Lords'
            // ruling was an embarrassment": an "-ing" noun after a determiner or
            // a possessive.)
            let noun = token.text.ends_with("ing")
                && i > 0
                && (DETERMINERS.contains(&tokens[i - 1].text.to_lowercase().as_str())
                    || body[tokens[i - 1].span.end..token.span.start].contains(['\'', '’'])
                    || super::entities::strip_possessive(tokens[i - 1].text).1);
            if noun || tokens.get(i + 1).is_some_and(|t| t.text == "of") {
                continue;
            }
            // The evaluation, within eight words and no punctuation but quotation marks.
            let mut found = None;
            // ('called the UK's £3bn rebate from the European Union "unjustified"': a
            // quoted verdict may come up to ten words on.)
            for k in i + 1..tokens.len().min(i + 11) {
                let quoted =
                    body[tokens[k - 1].span.end..tokens[k].span.start].contains(['"', '“', '‘']);
                if k >= i + 9 && !quoted {
                    break;
                }
                let gap =
                    body[tokens[k - 1].span.end..tokens[k].span.start].trim_matches(|c: char| {
                        c.is_whitespace()
                            || matches!(c, '"' | '“' | '”' | '‘' | '’' | '\'' | '£' | '$' | '€')
                    });
                if !gap.is_empty() {
                    break;
                }
                if let Some((rule, polarity, _)) = evaluation_at(doc, &tokens, k, true) {
                    found = Some((k, rule, polarity));
                    break;
                }
            }
            let Some((k, eval_rule, polarity)) = found else {
                continue;
            };
            let passive = i > 0
                && matches!(
                    tokens[i - 1].text,
                    "been" | "was" | "were" | "is" | "are" | "being"
                );
            let (holder, target_span) = if passive {
                // "X has been described as ADJ by Y".
                let mut a = i - 1;
                while a > 0
                    && matches!(
                        tokens[a - 1].text,
                        "has" | "have" | "had" | "been" | "was" | "were" | "is" | "are"
                    )
                {
                    a -= 1;
                }
                let start = clause_start(doc, sentence, token.span.start);
                let Some(first) = tokens.iter().position(|t| t.span.start >= start) else {
                    continue;
                };
                if a == 0 || first >= a {
                    continue;
                }
                let Some(by) = tokens[k..].iter().take(8).position(|t| t.text == "by") else {
                    continue;
                };
                let Some(holder) = referent_at(doc, tokens[k + by].span.end, sentence.end) else {
                    continue;
                };
                (
                    holder,
                    Span::new(tokens[first].span.start, tokens[a - 1].span.end),
                )
            } else {
                // "calling the strikes "necessary and appropriate"": the quotation
                // marks open the evaluation, so the thing judged ends before them
                // ('described the plan as a "bit of a disaster"'), and before "as a".
                let mut end = (i + 2..k)
                    .find(|&j| {
                        body[tokens[j - 1].span.end..tokens[j].span.start].contains(['"', '“', '‘'])
                    })
                    .unwrap_or(k);
                while end > i + 1 && matches!(tokens[end - 1].text, "as" | "a" | "an") {
                    end -= 1;
                }
                if end <= i + 1 {
                    continue;
                }
                // "Denouncing the test as hostile, Japan ...": the subject after the
                // fronted phrase; "..., calling the strike appropriate": the main subject.
                let participle = token.text.ends_with("ing");
                let holder = if participle && i == 0 {
                    body[tokens[k].span.end..sentence.end]
                        .find(", ")
                        .and_then(|comma| {
                            referent_at(doc, tokens[k].span.end + comma + 2, sentence.end)
                        })
                } else if participle
                    && (body[..token.span.start].trim_end().ends_with(',')
                        // "issued a statement calling the strike appropriate"
                        || body[..token.span.start]
                            .split_whitespace()
                            .next_back()
                            .is_some_and(|w| doc.k.document_nouns.contains(&w.to_lowercase())))
                {
                    super::quotes::main_subject(doc, sentence, token.span.start)
                } else {
                    subject_of_verb(
                        doc,
                        clause_start(doc, sentence, token.span.start),
                        token.span.start,
                    )
                };
                let Some(holder) = holder else {
                    continue;
                };
                (
                    holder,
                    Span::new(tokens[i + 1].span.start, tokens[end - 1].span.end),
                )
            };
            let text = body[target_span.start..target_span.end].to_ascii_lowercase();
            let n_words = words(body, target_span).len();
            // "Her comments have been described as ...": someone's words are judged too.
            let owned = text
                .split_whitespace()
                .next()
                .is_some_and(|w| matches!(w, "her" | "his" | "their" | "its") && n_words >= 2);
            // "branded it 'tasteless'": "it" or "them" takes up the proposal named
            // last, in this sentence or the one before.
            let taken_up = (!passive && matches!(text.as_str(), "it" | "them"))
                .then(|| doc.layout.sentence_of(token.span.start))
                .flatten()
                .and_then(|idx| pronoun_antecedent(doc, idx, token.span.start, text == "them"));
            if taken_up.is_none()
                && (EMPTY_TARGETS.contains(&text.as_str())
                    || n_words > 8
                    || !(owned || proposal_like(doc, target_span)))
            {
                continue;
            }
            let Some(target) = taken_up.or_else(|| target_entity(doc, target_span)) else {
                continue;
            };
            let person_like =
                doc.kind(target) == EntityKind::Person || name_like(body, target_span);
            if polarity == crate::fact::Polarity::Oppose && person_like {
                continue;
            }
            let quote = quote_for(doc, token.span);
            push_stances(
                doc,
                &holder.entities,
                target,
                polarity,
                sentence,
                &format!("{verb_rule}+{eval_rule}"),
                if holder.indirect { 0.6 } else { 0.7 },
                quote,
            );
        }
    }
}

/// A determiner that points back ("the", "this", "such") and a noun that only
/// points back to an event (`data/lexicon/anaphoric_nouns.tsv`): "the move",
/// "any such efforts".
fn anaphoric(doc: &Doc, span: Span) -> bool {
    let tokens = words(doc.layout.body, span);
    let lowered: Vec<String> = tokens.iter().map(|t| t.text.to_ascii_lowercase()).collect();
    let determiners = lowered
        .iter()
        .take_while(|w| {
            matches!(
                w.as_str(),
                "the" | "this" | "that" | "these" | "those" | "such" | "any" | "its" | "their"
            )
        })
        .count();
    // "the move", "'hostile' move": a pointing noun with at most one word before it.
    let owned = lowered
        .first()
        .is_some_and(|w| matches!(w.as_str(), "her" | "his" | "their" | "its" | "our" | "my"));
    // "vetoed the same measure": whatever was named before, by any noun.
    let same = lowered.len() <= 3
        && lowered.first().is_some_and(|w| w == "the")
        && lowered.get(1).is_some_and(|w| w == "same");
    same || (determiners > 0 && tokens.len() - determiners <= 1 && !owned
        || tokens.len() <= 2 && !owned)
        && lowered
            .last()
            .is_some_and(|w| doc.k.anaphoric_nouns.contains(w))
}

fn clean_label(text: &str) -> String {
    let label: String = text
        .trim_end_matches(['!', '?', ',', ';', ':'])
        .trim_matches(|c: char| matches!(c, '"' | '“' | '”' | '‘' | '’' | '\''))
        .replace(['“', '”', '"'], "");
    match label.get(..4) {
        Some(lead) if lead.eq_ignore_ascii_case("the ") => label[4..].to_string(),
        _ => label,
    }
}

fn proposal(doc: &mut Doc, label: &str) -> Option<usize> {
    let mut key = slug(label);
    if key.is_empty() {
        return None;
    }
    // A bare one-word target ("bill", "plan") names something different in every
    // article: its key is the article's own, so it never merges across articles.
    if !key.contains('-') {
        key = format!("{key}-{}", super::article_tag(doc.layout.body));
    }
    Some(doc.entity(
        EntityKind::Proposal,
        &key,
        label,
        "entity/proposal/target-1",
    ))
}

/// Acts of force that "the action" or "the operation" takes up.
const FORCE_EVENTS: &[&str] = &[
    "strike",
    "strikes",
    "airstrike",
    "airstrikes",
    "raid",
    "raids",
    "offensive",
    "incursion",
    "invasion",
    "bombing",
    "bombings",
    "bombardment",
];

/// Words that stop the walk back from an antecedent's head noun.
const ANTECEDENT_STOPS: &[&str] = &[
    "the",
    "a",
    "an",
    "of",
    "to",
    "for",
    "and",
    "or",
    "in",
    "on",
    "by",
    "with",
    "that",
    "which",
    "has",
    "have",
    "had",
    "is",
    "was",
    "are",
    "were",
    "will",
    "would",
    "said",
    "its",
    "their",
    "his",
    "her",
    "this",
    "these",
    "those",
    "from",
    "at",
    "as",
    "be",
    "been",
    "not",
    "also",
    "over",
    "into",
    "about",
    "against",
    "after",
    "before",
    // ("Instead households where council tax payers ...": a clause opens.)
    "where",
    "when",
    "who",
    "whose",
    "if",
    "instead",
    "because",
    "while",
    "but",
    // Verbs before a proposal's phrase: "set out workable plans", "take action",
    // "led airstrikes" (a gloss is a noun phrase).
    "set",
    "out",
    "under",
    "take",
    "takes",
    "took",
    "taken",
    "make",
    "makes",
    "made",
    "making",
    "led",
    "lead",
    "provoked",
    "describing",
    "contravene",
    "withdrawn",
    "put",
    "give",
    "gave",
    "giving",
    "bring",
    "brought",
    // Verbs that bring in a proposal: "Ministers unveiled staggered speeding fines."
    "announced",
    "unveiled",
    "proposed",
    "introduced",
    "published",
    "launched",
    "signed",
    "passed",
    "drafted",
    "tabled",
    "imposed",
    "outlined",
    "adopted",
    "issued",
    "approved",
];

/// Words that end the complement of an antecedent's noun ("plans to make
/// savings when ..."), besides the finite auxiliaries: verbs and the openers of
/// adjuncts.
const COMPLEMENT_ENDS: &[&str] = &[
    "be",
    "been",
    "said",
    "says",
    "comes",
    "came",
    "despite",
    "when",
    "while",
    "after",
    "before",
    "as",
    "since",
    "until",
    "amid",
    "following",
    "there",
    "if",
    "unless",
];

/// For "the plans" / "the bill": the nearest earlier phrase with more words
/// ending in the same noun ("the government's anti-terror plans", "ID cards bill"),
/// in the 4,000 bytes before it; failing that, in the article's first two
/// sentences after the headline, which name what the article is about ("the
/// deal" far down takes up "President Barack Obama's nuclear agreement with
/// Iran" from the lede).
fn antecedent(doc: &Doc, span: Span) -> Option<String> {
    let body = doc.layout.body;
    let from = crate::text::floor_boundary(body, span.start.saturating_sub(4000));
    let from = (0..=from)
        .rev()
        .find(|&i| body.is_char_boundary(i))
        .unwrap_or(0);
    antecedent_within(doc, span, Span::new(from, span.start), 600).or_else(|| {
        let after_headline = doc.headline.map_or(0, |h| h.end);
        let lede: Vec<Span> = doc
            .layout
            .sentences
            .iter()
            .filter(|s| s.start >= after_headline)
            .take(2)
            .copied()
            .collect();
        let (first, last) = (lede.first()?, lede.last()?);
        let phrase = (last.end <= from).then(|| {
            antecedent_within(doc, span, Span::new(first.start, last.end), usize::MAX)
        })??;
        // (The lede's phrase is often its subject: it ends before the verb, "the
        // nuclear agreement with Iran sparked protests".)
        let mut kept: Vec<&str> = Vec::new();
        for (i, word) in phrase.split(' ').enumerate() {
            let verb = i > 0
                && word.chars().all(|c| c.is_ascii_lowercase())
                && (word.ends_with("ed")
                    || matches!(
                        word,
                        "won"
                            | "is"
                            | "was"
                            | "has"
                            | "had"
                            | "will"
                            | "would"
                            | "looks"
                            | "faces"
                            | "wins"
                            | "seems"
                            | "could"
                            | "may"
                            | "must"
                            | "can"
                    ));
            if verb {
                break;
            }
            kept.push(word);
        }
        Some(kept.join(" "))
    })
}

/// `antecedent` within `window`, a synonym ("agreement" for "deal") counting
/// only within `synonym_reach` bytes of the phrase.
fn antecedent_within(doc: &Doc, span: Span, window: Span, synonym_reach: usize) -> Option<String> {
    let body = doc.layout.body;
    let tokens = words(body, span);
    let (first, rest) = tokens.split_first()?;
    if !matches!(
        first.text.to_ascii_lowercase().as_str(),
        "the" | "this" | "that" | "these" | "those" | "its" | "their"
    ) || rest.is_empty()
        || rest.len() > 2
    {
        return None;
    }
    let head = rest.last()?.text.to_ascii_lowercase();
    let stem = head.strip_suffix('s').unwrap_or(&head).to_string();
    let earlier = words(body, window);
    let kind_of = |w: &str| doc.k.general_proposal_nouns.get(w);
    let proposal_head = kind_of(&stem).is_some() || kind_of(&head).is_some();
    // Synonyms met bare on the way back ("the agreement" after "the deal"): their
    // word may be named in full further back ("a gas pipeline deal").
    let mut met: Vec<String> = Vec::new();
    for idx in (0..earlier.len()).rev() {
        let word = earlier[idx].text.to_ascii_lowercase();
        let same = word == head
            || word == stem
            || word.strip_suffix('s') == Some(stem.as_str())
            || met.contains(&word);
        // "the plan" may take up "a dual proposal" named just before.
        // (Of the same kind only: "the deal" is not "any legislation" named before.)
        let synonym = proposal_head
            && rest.len() == 1
            && kind_of(&word).is_some()
            && (kind_of(&word) == kind_of(&head) || kind_of(&word) == kind_of(&stem))
            && span.start - earlier[idx].span.end < synonym_reach
            // "The strikes hit three sites ... Paris defended the action": an act of
            // force named just before is what "the action" or "the operation" is.
            || rest.len() == 1
                && matches!(stem.as_str(), "action" | "operation")
                && FORCE_EVENTS.contains(&word.as_str())
                // ("The new toll strikes a fair balance": a verb before its object.)
                && !earlier.get(idx + 1).is_some_and(|t| {
                    matches!(
                        t.text.to_ascii_lowercase().as_str(),
                        "a" | "an" | "the" | "at" | "back" | "out" | "down" | "up"
                    )
                })
                && span.start - earlier[idx].span.end < synonym_reach;
        if !same && !synonym {
            continue;
        }
        // ("BBC Radio 4's Today programme": a synonym inside a name is its name;
        // not a capital that only opens a sentence.)
        let sentence_initial = idx < 2
            || body[earlier[idx - 2].span.end..earlier[idx - 1].span.start]
                .contains(['.', '!', '?', '\n', '"', '“']);
        if !same
            && idx > 0
            && earlier[idx - 1].text.starts_with(char::is_uppercase)
            && !sentence_initial
            && !matches!(earlier[idx - 1].text, "The" | "A" | "An" | "This" | "That")
        {
            continue;
        }
        // "the Lib Dems plan to oppose": a name right before makes the word a verb.
        if !same
            && idx > 0
            && earlier.get(idx + 1).is_some_and(|t| t.text == "to")
            && mention_ending_at(doc, earlier[idx - 1].span.end).is_some()
        {
            continue;
        }
        // "we move ahead with ...", "they will plan": a subject pronoun or a modal
        // before the word makes it a verb, never the thing "the move" takes up.
        if idx > 0
            && matches!(
                earlier[idx - 1].text.to_ascii_lowercase().as_str(),
                "we" | "they"
                    | "i"
                    | "you"
                    | "he"
                    | "she"
                    | "will"
                    | "would"
                    | "can"
                    | "could"
                    | "must"
                    | "should"
                    | "shall"
                    | "may"
                    | "might"
            )
        {
            continue;
        }
        let mut begin = idx;
        let stops = |w: &str| {
            let w = w.to_lowercase();
            ANTECEDENT_STOPS.contains(&w.as_str())
                || doc.k.cue_verbs.contains(&w)
                || doc.k.reporting.contains_key(&w)
        };
        while begin > 0 && idx - begin < 4 && !stops(earlier[begin - 1].text) {
            let gap = &body[earlier[begin - 1].span.end..earlier[begin].span.start];
            // (A line break ends the phrase: a headline or caption runs into the text.)
            if gap.trim().is_empty() && !gap.contains('\n') {
                begin -= 1;
            } else {
                break;
            }
        }
        let mut end = idx + 1;
        // "plans to introduce ID cards", "plans for 24-hour drinking", "a deal with Iran".
        let agreement = kind_of(&word).is_some_and(|k| k == "agreement");
        if !earlier.get(end + 1).is_some_and(|t| is_time_word(t.text))
            && earlier.get(end).is_some_and(|t| {
                matches!(t.text, "for" | "of" | "on")
                    // ("plans to introduce ID cards"; not "the toll to come to an
                    // end", a fate wished for it.)
                    || t.text == "to"
                        && !earlier.get(end + 1).is_some_and(|v| {
                            matches!(v.text, "come" | "end" | "be" | "cease" | "stop")
                        })
                    || agreement && t.text == "with"
            })
        {
            let mut k = end + 1;
            while k < earlier.len() && k < end + 9 {
                let gap = &body[earlier[k - 1].span.end..earlier[k].span.start];
                // (Not a time after it: "a deal with Norway on Monday".)
                let time = is_time_word(earlier[k].text)
                    || matches!(earlier[k].text, "on" | "in" | "at" | "by" | "until")
                        && earlier.get(k + 1).is_some_and(|t| is_time_word(t.text));
                if !gap.trim().is_empty()
                    || gap.contains('\n')
                    || time
                    || matches!(
                        earlier[k].text,
                        "which"
                            | "that"
                            | "who"
                            | "and"
                            | "but"
                            | "because"
                            | "where"
                            | "when"
                            | "while"
                            | "if"
                            | "unless"
                    )
                    // (A verb or an adjunct ends the phrase: "ban on hunting comes into
                    // effect", "plans for ID cards despite a call", "in the next few
                    // weeks"; not "a ban on smoking in public places".)
                    || COMPLEMENT_ENDS.contains(&earlier[k].text)
                    || FINITE_AUXILIARIES.contains(&earlier[k].text)
                    || earlier[k].text == "in"
                        && earlier.get(k + 1).is_some_and(|t| {
                            matches!(t.text, "the" | "a" | "an" | "recent")
                                && earlier.get(k + 2).is_some_and(|n| {
                                    is_time_word(n.text)
                                        || matches!(
                                            n.text,
                                            "next" | "last" | "coming" | "past" | "attempt" | "bid"
                                        )
                                })
                                || is_time_word(t.text)
                        })
                {
                    break;
                }
                k += 1;
            }
            // (Not ending on a word that needs one after it: "to lift the EU's".)
            while k > end + 1
                && (ANTECEDENT_STOPS.contains(&earlier[k - 1].text.to_lowercase().as_str())
                    || super::entities::strip_possessive(earlier[k - 1].text).1)
            {
                k -= 1;
            }
            if k > end + 1 {
                end = k;
            }
        }
        if begin == idx && end == idx + 1 {
            if synonym && !same && !met.contains(&word) {
                met.push(word);
            }
            continue;
        }
        let phrase = &body[earlier[begin].span.start..earlier[end - 1].span.end];
        // ("the PM's deal" is not "the PM's revised deal": a word naming another
        // version, right before the head, that the phrase taken up has and this
        // one lacks.)
        let version = idx > begin
            && matches!(
                earlier[idx - 1].text.to_ascii_lowercase().as_str(),
                "revised" | "amended" | "updated" | "original" | "previous" | "earlier" | "draft"
            )
            && !rest
                .iter()
                .any(|t| t.text.eq_ignore_ascii_case(earlier[idx - 1].text));
        if version {
            continue;
        }
        // ("Governor Bill Amos": the word inside a person's name is no bill.)
        if mention_at(doc, earlier[idx].span.start)
            .or_else(|| mention_ending_at(doc, earlier[idx].span.end))
            .is_some_and(|m| doc.kind(m.entity) == EntityKind::Person)
        {
            continue;
        }
        return Some(clean_label(phrase));
    }
    None
}

/// For "it is EVALUATION that/to/for ...", with the evaluation ending before
/// token `after`: the clause after it, up to a comma or the clause's end, if it
/// is a plausible target of at most `MAX_TARGET_WORDS` words.
fn extraposed(
    doc: &Doc,
    tokens: &[crate::text::Token],
    after: usize,
    clause: Span,
    infinitive: bool,
) -> Option<Span> {
    let body = doc.layout.body;
    let mut from = after;
    // "... and 'appalling' for Trump to ...": a second evaluation joined by "and".
    if tokens.get(from).is_some_and(|t| t.text == "and") {
        from += 1;
        while from < tokens.len() && INTENSIFIERS.contains(&tokens[from].text) {
            from += 1;
        }
        if doc
            .k
            .evaluations
            .contains_key(&tokens.get(from)?.text.to_lowercase())
        {
            from += 1;
        }
    }
    let first = tokens.get(from)?;
    // ("It is so absurd that it borders on the humorous": "so ... that" gives a
    // result, not the thing judged.)
    if first.text == "that"
        && tokens[..after].iter().rev().take(3).any(|t| t.text == "so")
        && tokens
            .get(from + 1)
            .is_some_and(|t| matches!(t.text, "it" | "they" | "he" | "she" | "we" | "I" | "you"))
    {
        return None;
    }
    // "that rises were minimised", "for X to ..."; "vital the UK continued to
    // invest": a clause with no "that", opened by a determiner or a name. ("wrong
    // to deny people the hours" judges an act, often the speaker's reason for a
    // stance already stated, and "unacceptable in my view for ..." an aside.)
    let start = match first.text {
        "that" => tokens.get(from + 1)?.span.start,
        "for" if tokens[from..].iter().take(6).any(|t| t.text == "to") => {
            tokens.get(from + 1)?.span.start
        }
        word if DETERMINERS.contains(&word) || mention_at(doc, first.span.start).is_some() => {
            first.span.start
        }
        // ("essential operational independence was retained": a bare plural or
        // mass noun phrase of up to three words, then its finite verb.)
        word if word.chars().all(|c| c.is_ascii_lowercase())
            && !GAP_FUNCTION_WORDS.contains(&word)
            && !matches!(
                word,
                "he" | "she" | "they" | "we" | "i" | "you" | "it" | "there"
            )
            && !super::is_time_word(word)
            && (from + 1..tokens.len().min(from + 4)).any(|i| {
                matches!(tokens[i].text, "was" | "were" | "is" | "are")
                    && tokens[from..i].iter().all(|t| {
                        t.text.chars().all(|c| c.is_ascii_lowercase() || c == '-')
                            && !GAP_FUNCTION_WORDS.contains(&t.text)
                            && !t.text.ends_with("ly")
                    })
            }) =>
        {
            first.span.start
        }
        // ("to derail talks now": the verb and its object, "now" aside.)
        "to" if infinitive
            && tokens.get(from + 1).is_some_and(|t| {
                t.text.chars().all(|c| c.is_ascii_lowercase()) && !DETERMINERS.contains(&t.text)
            }) =>
        {
            tokens.get(from + 1)?.span.start
        }
        _ => return None,
    };
    let rest = &body[start..clause.end];
    let mut end = start
        + rest
            .find([',', ';', ':', '"', '“', '”'])
            .unwrap_or(rest.len());
    // 'time to remove the U.S. from "ridiculous endless wars."': a phrase cut
    // at an opening quotation mark after a preposition goes on to the closing one.
    // ('to halt "irritating and hostile military actions"': so does a verb alone.)
    let before = body[start..end].trim_end();
    if body[end..].starts_with(['"', '“'])
        && (before
            .rsplit(' ')
            .next()
            .is_some_and(|w| PREPOSITIONS_BEFORE_OBJECT.contains(&w))
            || !before.is_empty() && !before.contains(' '))
    {
        let opened = &body[end..clause.end];
        let close = opened
            .char_indices()
            .skip(1)
            .find(|&(_, c)| matches!(c, '"' | '”'))
            .map(|(i, c)| end + i + c.len_utf8());
        if let Some(close) = close {
            end = close;
        }
    }
    let span = Span::new(start, end);
    let span = Span::new(
        span.start,
        span.start
            + body[span.start..span.end]
                .trim_end_matches(['"', '”'])
                .trim_end_matches(['.', ' '])
                .len(),
    );
    let target = words(body, span);
    // ('crucial to tackle the "core of ..."': a phrase cut at a quotation mark before
    // its noun names nothing.)
    if target
        .last()
        .is_some_and(|t| DETERMINERS.contains(&t.text.to_lowercase().as_str()))
    {
        return None;
    }
    // ("It is urgent that we do so": a course named before, not here.)
    let pro_verb = target.len() <= 4
        && target.windows(2).any(|w| {
            matches!(w[0].text, "do" | "does" | "did")
                && matches!(w[1].text, "so" | "it" | "this" | "that")
        });
    (2..=MAX_TARGET_WORDS)
        .contains(&target.len())
        .then_some(span)
        .filter(|_| !pro_verb)
}

/// Participles that say what a thing is, or how someone feels, after "should
/// be": not an act asked for ("should be seen as", "should be concerned").
const PASSIVE_STATES: &[&str] = &[
    "seen",
    "expected",
    "considered",
    "regarded",
    "judged",
    "noted",
    "concerned",
    "worried",
    "pleased",
    "delighted",
    "surprised",
    "disappointed",
    "ashamed",
    "embarrassed",
    "prepared",
    "used",
    "based",
    "involved",
    "interested",
    "allowed",
    "forgotten",
    "given",
];

/// The quotations with a speaker: (span, speakers, quote fact), optionally only reported speech.
/// Reported clauses whose quote is a fragment inside them (`doc.shadow_reports`)
/// come last, with no quote fact.
fn attributed_quotes(doc: &Doc, reported_only: bool) -> Vec<(Span, Vec<usize>, Option<usize>)> {
    doc.quotes
        .iter()
        .filter(|q| {
            q.fact
                .is_some_and(|f| !reported_only || !doc.facts.quotes[f].direct)
                && !q.speakers.is_empty()
        })
        .map(|q| (q.outer, q.speakers.clone(), q.fact))
        .chain(
            doc.shadow_reports
                .iter()
                .map(|(clause, speakers)| (*clause, speakers.clone(), None)),
        )
        .collect()
}

/// A reported clause: its span, its speakers, its quote fact, and whether it is
/// a sentence of a direct quotation.
type ReportedClause = (Span, Vec<usize>, Option<usize>, bool);

/// The clauses the recommendation and evaluation rules read as reported
/// speech: indirect quotations whole, direct ones sentence by sentence ('"The
/// monarchy should symbolise the values of this country. ..."', '"The ferry is
/// failing. The toll is unfair."').
fn reported_clauses(doc: &Doc) -> Vec<ReportedClause> {
    let mut clauses = Vec::new();
    for (outer, speakers, fact) in attributed_quotes(doc, false) {
        let direct = fact.is_some_and(|f| doc.facts.quotes[f].direct);
        if !direct {
            clauses.push((outer, speakers, fact, false));
            continue;
        }
        // (Only the sentences that overlap the quotation.)
        let sentences = &doc.layout.sentences;
        let first = sentences.partition_point(|s| s.end <= outer.start);
        for sentence in sentences[first..]
            .iter()
            .take_while(|s| s.start < outer.end)
        {
            let part = Span::new(sentence.start.max(outer.start), sentence.end.min(outer.end));
            if part.start < part.end {
                clauses.push((part, speakers.clone(), fact, true));
            }
        }
    }
    clauses
}

/// The sentence holding `pos`.
fn sentence_at(doc: &Doc, pos: usize) -> Option<Span> {
    doc.layout
        .sentence_of(pos)
        .and_then(|i| doc.layout.sentences.get(i))
        .copied()
}

/// "The Scottish Executive believes that the legislation should be handled by
/// Westminster": a belief stated for a named holder is read like reported
/// speech by the recommendation and evaluation rules (it is no quote). Only
/// with "that", outside quotation marks, and not denied ("does not believe").
fn beliefs(doc: &mut Doc) {
    let body = doc.layout.body;
    let sentences = doc.layout.sentences.clone();
    for sentence in sentences {
        let tokens = words(body, sentence);
        for (i, token) in tokens.iter().enumerate() {
            if !matches!(
                token.text,
                "believe" | "believes" | "believed" | "think" | "thinks" | "feels" | "considers"
            ) {
                continue;
            }
            // "does not believe abortion should be an election issue", '"I do not
            // think that anyone should be detained ..."': a belief denied advises
            // against the course (believe and think only), for the quotation's
            // speaker after "I" or "we".
            let before = &tokens[i.saturating_sub(3)..i];
            let not_before = before.iter().any(|t| {
                matches!(t.text, "not" | "never")
                    || t.text.ends_with("n't")
                    || t.text.ends_with("n’t")
            });
            let neg_raising = not_before
                && matches!(token.text, "believe" | "think")
                && !before
                    .iter()
                    .any(|t| matches!(t.text, "who" | "which" | "no"));
            let quoted = doc.in_quotation(token.span.start);
            if (quoted || token.text == "think") && !neg_raising {
                continue;
            }
            // "believes that students should pay fees", and without "that" when a
            // "should" or "must" follows within a short subject ("thinks the council
            // should sell the depot"; not "believes in", "thinks so").
            let that = tokens.get(i + 1).is_some_and(|t| t.text == "that");
            let bare = !that
                && tokens.get(i + 1).is_some_and(|t| {
                    !matches!(
                        t.text,
                        "in" | "so" | "to" | "it" | "he" | "she" | "they" | "we"
                    )
                })
                && tokens
                    .iter()
                    .skip(i + 2)
                    .take(5)
                    .take_while(|t| !body[token.span.end..t.span.start].contains([',', ';', ':']))
                    .any(|t| matches!(t.text, "should" | "must"));
            if !that && !bare {
                continue;
            }
            let skip = usize::from(that);
            // ("If X genuinely thinks ...": a condition anywhere before the verb.)
            let denied = before.iter().any(|t| {
                matches!(t.text, "not" | "never" | "no" | "who" | "which")
                    || t.text.ends_with("n't")
            }) && !neg_raising
                || tokens[..i].iter().any(|t| {
                    matches!(
                        t.text.to_ascii_lowercase().as_str(),
                        "if" | "unless" | "whether"
                    )
                });
            if denied || i + 2 + skip >= tokens.len() {
                continue;
            }
            // (A denied belief must name what should be done: "should" or "must"
            // within the clause's first words, with a named subject or a noun.)
            if neg_raising {
                let modal = tokens
                    .iter()
                    .enumerate()
                    .skip(i + 1 + skip)
                    .take(8)
                    .find(|(_, t)| matches!(t.text, "should" | "must"));
                let Some((m, _)) = modal else {
                    continue;
                };
                let pronoun = tokens[i + 1 + skip..m].iter().any(|t| {
                    matches!(
                        t.text,
                        "I" | "we" | "you" | "he" | "she" | "they" | "it" | "me" | "us"
                    )
                });
                if pronoun || m == i + 1 + skip {
                    continue;
                }
            }
            let first = &tokens[i + 1 + skip];
            let mut clause = clause_to_end(body, first.span, sentence);
            let speakers = if quoted {
                // ("I do not believe ...", "We don't think ..." in a quotation.)
                let first_person = tokens[..i]
                    .iter()
                    .rev()
                    .find(|t| !matches!(t.text, "do" | "does" | "did" | "not" | "really"))
                    .is_some_and(|t| matches!(t.text, "I" | "we" | "We"))
                    || tokens[..i]
                        .iter()
                        .rev()
                        .nth(1)
                        .is_some_and(|t| matches!(t.text, "I" | "We" | "we"));
                let quote = doc
                    .quotes_overlapping(Span::new(token.span.start, token.span.end))
                    .map(|q| &doc.quotes[q])
                    .find(|q| q.outer.contains(token.span) && !q.speakers.is_empty());
                match quote {
                    Some(quote) if first_person => {
                        // (The clause ends with the quotation.)
                        let inside = body[..quote.outer.end.min(clause.end)]
                            .trim_end_matches(['.', ',', '!', '"', '”', '’', '\'', ' '])
                            .len();
                        clause = Span::new(clause.start, inside.max(clause.start));
                        quote.speakers.clone()
                    }
                    _ => continue,
                }
            } else {
                let start = super::quotes::clause_start(doc, sentence, token.span.start);
                let Some(referent) = super::quotes::subject_of_verb(doc, start, token.span.start)
                else {
                    continue;
                };
                if in_any_quote(doc, clause) {
                    continue;
                }
                referent.entities
            };
            if neg_raising {
                doc.denied_beliefs.push(clause);
            }
            doc.shadow_reports.push((clause, speakers));
        }
    }
}

/// "Tom Beck said the harbour tax would damage local shops", "lifting sanctions
/// would embolden Tehran", "the scheme would not work": what a speaker says a
/// plan would do, for good or ill (data/lexicon/consequences.tsv), is the
/// speaker's stance on the plan. The subject names a plan (a proposal noun, or
/// a gerund: "scrapping the levy"), and no condition governs the clause.
fn consequences_in_reported_speech(doc: &mut Doc, clauses: &[ReportedClause]) {
    let body = doc.layout.body;
    for &(clause, ref speakers, fact, _) in clauses {
        let tokens = words(body, clause);
        let Some(modal) = tokens
            .iter()
            .position(|t| matches!(t.text, "would" | "will" | "could"))
        else {
            continue;
        };
        // ("if it went ahead, the levy would hurt ...", "would hit shops unless
        // ...": a condition.)
        if tokens.iter().any(|t| {
            matches!(
                t.text.to_ascii_lowercase().as_str(),
                "if" | "unless" | "whether" | "what" | "how" | "without"
            )
        }) || body[clause.start..clause.end].contains('?')
        {
            continue;
        }
        let mut at = modal + 1;
        // ("would only help the richest": a slight, not praise.)
        let mut slighting = false;
        while tokens
            .get(at)
            .is_some_and(|t| is_adverb(t.text) || matches!(t.text, "only" | "also" | "just"))
        {
            slighting |= matches!(tokens[at].text, "only" | "just" | "merely" | "simply");
            at += 1;
        }
        // ("would not damage ...": a harm denied says nothing for the plan.)
        let Some(((rule, polarity), _)) =
            lexicon_phrase_at(|phrase| doc.k.consequences.get(phrase), &tokens, at, 4)
        else {
            continue;
        };
        if slighting && polarity == Polarity::Support {
            continue;
        }
        // ("would hurt some farmers but would benefit the industry": a mixed
        // verdict; "would hit its targets": an aim met, no harm.)
        let mixed = tokens[at..].iter().any(|t| t.text == "but");
        let aim = tokens[at..]
            .iter()
            .take(4)
            .any(|t| matches!(t.text, "target" | "targets" | "goal" | "goals"));
        if mixed || aim {
            continue;
        }
        // ("conceded the cuts would hurt some families": a cost the plan's own side
        // admits.)
        let sentence_start = sentence_at(doc, clause.start).map_or(clause.start, |s| s.start);
        let lead = body[sentence_start..clause.start].to_lowercase();
        let conceded = lead.split_whitespace().rev().take(4).any(|w| {
            matches!(
                w.trim_matches(','),
                "conceded"
                    | "admitted"
                    | "acknowledged"
                    | "accepted"
                    | "concedes"
                    | "admits"
                    | "acknowledges"
                    | "accepts"
            )
        });
        if conceded {
            continue;
        }
        // The subject: from the start of the clause (after its last "that", or a
        // verb of belief), up to the modal.
        // (Or after a colon, semicolon or comma: "... important to our audiences;
        // I'm confident these changes will help".)
        let start = tokens[..modal]
            .iter()
            .enumerate()
            .rposition(|(i, t)| {
                t.text == "that"
                    || BELIEF_VERBS.contains(&t.text)
                    || tokens.get(i + 1).is_some_and(|next| {
                        body[t.span.end..next.span.start].contains([';', ':', ','])
                    })
            })
            .map_or(0, |i| i + 1);
        let subject_tokens = &tokens[start..modal];
        // (A short noun phrase with no verb of its own.)
        let finite = subject_tokens.iter().any(|t| {
            let text = t.text.replace('’', "'");
            FINITE_AUXILIARIES.contains(&t.text)
                || ["'m", "'re", "'ve", "n't", "'ll", "'d"]
                    .iter()
                    .any(|end| text.ends_with(end))
        });
        if finite || subject_tokens.len() > 14 {
            continue;
        }
        // The subject's head: the last word before a preposition or a relative
        // ("Tory proposals to cap ..."; "a delay to the pension reforms" is a
        // delay, no plan).
        let head_end = subject_tokens
            .iter()
            .position(|t| {
                matches!(
                    t.text,
                    "of" | "to"
                        | "for"
                        | "on"
                        | "in"
                        | "with"
                        | "from"
                        | "by"
                        | "at"
                        | "against"
                        | "about"
                        | "which"
                        | "that"
                        | "who"
                        | "without"
                )
            })
            .unwrap_or(subject_tokens.len());
        let determined = subject_tokens.first().is_some_and(|t| {
            matches!(
                t.text.to_lowercase().as_str(),
                "the" | "these" | "those" | "his" | "her" | "their" | "its" | "our" | "this"
            ) || t.text.ends_with("'s")
                || t.text.ends_with("’s")
        });
        let plan = subject_tokens[..head_end].last().is_some_and(|head| {
            proposal_noun(doc, head.text)
                // ("the cuts", "these changes"; not "power cuts", "changes in the
                // weather".)
                || matches!(head.text, "cuts" | "changes") && determined
        }) || subject_tokens.first().is_some_and(|t| {
            t.text.ends_with("ing")
                    && t.text.chars().all(|c| c.is_ascii_lowercase())
                    && subject_tokens.len() >= 2
                    // ("being better prepared would help": a state, no plan;
                    // "rising interest rates would hurt": a trend.)
                    && !matches!(
                        t.text,
                        "being"
                            | "having"
                            | "getting"
                            | "doing"
                            | "making"
                            | "going"
                            | "taking"
                            | "rising"
                            | "growing"
                            | "falling"
                            | "increasing"
                            | "declining"
                            | "soaring"
                            | "mounting"
                            | "continuing"
                            | "worsening"
                            | "failing"
                    )
        });
        // ("rising tariffs would damage exports": a trend, not a plan; "the only
        // thing the levy would boost": a slight.)
        let trend = subject_tokens.first().is_some_and(|t| {
            matches!(
                t.text.to_lowercase().as_str(),
                "rising"
                    | "growing"
                    | "falling"
                    | "increasing"
                    | "declining"
                    | "soaring"
                    | "mounting"
                    | "higher"
                    | "lower"
            )
        }) || subject_tokens.iter().any(|t| t.text == "only");
        // ("the Tory tax plans would help Labour win": a party's or a person's
        // fortunes, not the plan's worth.)
        let fortunes = tokens.get(at + 1).is_some_and(|object| {
            mention_at(doc, object.span.start).is_some_and(|m| {
                doc.kind(m.entity) == EntityKind::Person
                    || doc.facts.entities[m.entity].org_kind.as_deref() == Some("party")
            })
        });
        // (No person, pronoun or someone's claim, "critics who claimed ...";
        // "nothing in the levy", "none of the plans" deny any good.)
        let person = subject_tokens.iter().any(|t| {
            matches!(
                t.text.to_lowercase().as_str(),
                "he" | "she"
                    | "they"
                    | "we"
                    | "i"
                    | "it"
                    | "you"
                    | "him"
                    | "them"
                    | "us"
                    | "who"
                    | "nothing"
                    | "none"
                    | "no"
                    | "neither"
            ) || mention_at(doc, t.span.start)
                .is_some_and(|m| doc.kind(m.entity) == EntityKind::Person)
        }) || matches!(subject_tokens, [only] if matches!(only.text.to_lowercase().as_str(), "this" | "that"));
        if !plan || person || trend || fortunes || subject_tokens.is_empty() {
            continue;
        }
        let Some(sentence) = sentence_at(doc, tokens[modal].span.start) else {
            continue;
        };
        // ("The plans would help tackle obesity", with no plan named to take up: a
        // bare "plans" says too little of what is backed.)
        let Some(target) =
            clause_subject(doc, subject_tokens).and_then(|subject| target_entity(doc, subject))
        else {
            continue;
        };
        if bare(doc, target) {
            continue;
        }
        push_stances(doc, speakers, target, polarity, sentence, &rule, 0.6, fact);
    }
}

/// A reported clause from the word at `first` to the end of its sentence, past
/// the closing full stop or quotation mark (beliefs and rulings).
fn clause_to_end(body: &str, first: Span, sentence: Span) -> Span {
    let end = body[..sentence.end]
        .trim_end()
        .trim_end_matches(['.', '!', '"', '”'])
        .len();
    Span::new(first.start, end.max(first.end))
}

/// Whether `clause` overlaps a quotation, which the quote rules already read.
fn in_any_quote(doc: &Doc, clause: Span) -> bool {
    doc.quotes
        .iter()
        .any(|q| q.outer.start < clause.end && clause.start < q.outer.end)
}

/// "a House of Lords ruling that detaining terror suspects indefinitely is
/// unlawful", "the Law Lords' ruling that ...": what a named body's ruling or
/// judgment holds is read like its reported speech by the evaluation and
/// recommendation rules (it is no quote). The owner is the name just before
/// the noun (after "a" or "the", or with "'s").
fn rulings(doc: &mut Doc) {
    const NOUNS: [&str; 5] = ["ruling", "judgment", "judgement", "verdict", "finding"];
    let body = doc.layout.body;
    let sentences = doc.layout.sentences.clone();
    for sentence in sentences {
        // (Most sentences name no ruling: a look at the text before the words.)
        let text = &body[sentence.start..sentence.end];
        if !text.contains("that") || !NOUNS.iter().any(|noun| text.contains(noun)) {
            continue;
        }
        let tokens = words(body, sentence);
        for (i, token) in tokens.iter().enumerate() {
            if !NOUNS.contains(&token.text)
                || tokens.get(i + 1).is_none_or(|t| t.text != "that")
                || i == 0
            {
                continue;
            }
            // The owner ends right before the noun, or before its "'s" / "'".
            let before = body[sentence.start..token.span.start].trim_end();
            let owner_end = sentence.start
                + before
                    .strip_suffix("'s")
                    .or_else(|| before.strip_suffix("’s"))
                    .or_else(|| before.strip_suffix('\''))
                    .or_else(|| before.strip_suffix('’'))
                    .unwrap_or(before)
                    .len();
            let Some(owner) = mention_ending_at(doc, owner_end).filter(|m| {
                matches!(
                    doc.kind(m.entity),
                    EntityKind::Organization | EntityKind::Country
                )
            }) else {
                continue;
            };
            let Some(first) = tokens.get(i + 2) else {
                continue;
            };
            // (Not the ruling as the sentence's subject, "The Trust ruling that the
            // pier should close angered residents", where the clause runs into the
            // main verb; nor a relative "that": "a ruling that Britain says is
            // illegal".)
            let lead = words(body, Span::new(sentence.start, owner.span.start));
            let subject = lead
                .iter()
                .all(|t| matches!(t.text.to_lowercase().as_str(), "a" | "an" | "the"));
            let relative = tokens[i + 2..tokens.len().min(i + 6)]
                .iter()
                .any(|t| is_reporting(doc, t.text) || BELIEF_VERBS.contains(&t.text));
            if subject || relative {
                continue;
            }
            let clause = clause_to_end(body, first.span, sentence);
            if in_any_quote(doc, clause) {
                continue;
            }
            doc.shadow_reports.push((clause, vec![owner.entity]));
        }
    }
}

/// Whether a cue's object is one it takes a position on: not praise or blame
/// of someone's conduct ("praised Lord Scarman's 'ability to listen'", "attacked
/// President Bush's economic record"), not a challenge to a course rather than a
/// call for one ("challenged the decision to close the harbour"), not a feeling
/// ("no need for panic"), an injury ("Duff ruled out of Barcelona clash") or a
/// struggle against an evil or on a field ("fought all forms of racism", "fights
/// back").
fn object_fits_cue(doc: &Doc, cue: &str, target: Span) -> bool {
    let body = doc.layout.body;
    let target_words = words(body, target);
    match cue {
        "praise-1" | "welcome-1" | "hail-1" | "applaud-1" | "criticise-1" | "condemn-1"
        | "attack-1" => {
            let owned = target_words.iter().take(4).any(|t| {
                matches!(t.text, "his" | "her" | "their" | "its")
                    || super::entities::strip_possessive(t.text).1
            });
            let conduct = head_word(&body[target.start..target.end])
                .is_some_and(|h| CONDUCT_NOUNS.contains(&h.as_str()));
            // (Unless the conduct is on a matter, which is then the position's:
            // "praised Mr Trump's leadership on defence spending".)
            let on_matter = target_words.iter().any(|t| matches!(t.text, "on" | "over"));
            !(owned && conduct && !on_matter)
        }
        // "challenged the Tories to publish the report" asks for an act; "challenged
        // the right of Yukos to claim ...", "the council's plans to ...", "attempts
        // to ..." dispute something.
        "challenge-to-1" => target_words
            .iter()
            .position(|t| t.text == "to")
            .is_some_and(|i| {
                let noun = target_words[i - 1].text.to_lowercase();
                let one = noun.strip_suffix('s').unwrap_or(&noun);
                (1..=3).contains(&i)
                    && !target_words[..i].iter().any(|t| t.text == "of")
                    && !proposal_noun(doc, &noun)
                    && !matches!(
                        one,
                        "decision"
                            | "move"
                            | "bid"
                            | "attempt"
                            | "effort"
                            | "order"
                            | "right"
                            | "plan"
                            | "proposal"
                            | "vote"
                            | "ruling"
                            | "refusal"
                            | "threat"
                            | "call"
                            | "demand"
                            | "promise"
                            | "pledge"
                            | "power"
                    )
                    // ("challenged Tom Beck to deny reports": a dare to speak, no act.)
                    && !target_words.get(i + 1).is_some_and(|v| {
                        matches!(
                            v.text,
                            "deny" | "explain" | "say" | "confirm" | "admit" | "answer" | "debate" | "name"
                        )
                    })
            }),
        "no-need-for-1" => !target_words.iter().take(2).any(|t| {
            matches!(
                t.text.to_lowercase().as_str(),
                "panic"
                    | "alarm"
                    | "concern"
                    | "worry"
                    | "fear"
                    | "fears"
                    | "anxiety"
                    | "hysteria"
                    | "complacency"
                    | "despair"
                    | "alarmism"
            )
        }),
        // "suggested doubling the money candidates may spend": a course named by its
        // gerund; not "suggested that ...", "suggested the vote could be held",
        // "suggested a link", which report a claim.
        "suggest-1" => target_words.first().is_some_and(|t| {
            t.text.ends_with("ing")
                && t.text.chars().all(|c| c.is_ascii_lowercase())
                && !matches!(t.text, "something" | "nothing" | "anything" | "everything")
        }) && target_words.len() >= 2
            // ("suggested keeping troops in Iraq could cost £1bn", "suggested
            // scrapping the levy in 2004 was a mistake": the gerund is the subject
            // of a claim, its verb anywhere on in the clause.)
            && !{
                let rest = &body[target.start..];
                let clause_end = rest.find([',', ';', ':', '.', '"', '”']).unwrap_or(rest.len());
                rest[..clause_end]
                    .split_whitespace()
                    .any(|w| FINITE_AUXILIARIES.contains(&w) || is_aux(w))
            },
        // "there is no need to raise taxes": a course and its object; not "no need to
        // panic", "no need to worry about it".
        "no-need-to-1" => {
            target_words.len() >= 2
                && target_words.first().is_some_and(|verb| {
                    let verb = verb.text.to_lowercase();
                    verb.chars().all(|c| c.is_ascii_lowercase())
                        && !NOT_TO_VAGUE.contains(&verb.as_str())
                        && !matches!(
                            verb.as_str(),
                            "panic" | "worry" | "fear" | "rush" | "apologise" | "apologize"
                                | "change" | "wait" | "bother" | "resign" | "comment" | "revise" | "adjust"
                                | "update"
                        )
                })
                && !target_words
                    .get(1)
                    .is_some_and(|t| matches!(t.text, "about" | "that" | "it" | "them"))
        }
        // ("ruled out for now any increase" is a position.)
        "rule-out-1" => !target_words.first().is_some_and(|t| {
            matches!(t.text, "of" | "for") && !body[t.span.end..].trim_start().starts_with("now")
        }),
        // (Not "will fight the closures", "fight the new climate levy": a proposal
        // heads the object.)
        // "agreed with the Italian finance minister to push forward with plans": a
        // joint undertaking with someone, no view agreed with ("agreed with Helen
        // Marsh's plan to scrap the levy" is one).
        "agree-with-1" => !target_words.iter().enumerate().any(|(i, t)| {
            t.text == "to"
                && i > 0
                // ("agreed with the call from the Harbour Trust to scrap ...": the
                // name is inside a longer object.)
                && !target_words[..i]
                    .iter()
                    .any(|t| matches!(t.text, "by" | "from" | "of"))
                && target_words
                    .get(i + 1)
                    .is_some_and(|v| v.text.chars().all(|c| c.is_ascii_lowercase()))
                && mention_at(doc, target_words[i - 1].span.start)
                    .or_else(|| mention_ending_at(doc, target_words[i - 1].span.end))
                    .is_some_and(|m| {
                        matches!(
                            doc.kind(m.entity),
                            EntityKind::Person | EntityKind::Organization | EntityKind::Country
                        )
                    })
        }),
        "fight-1" => {
            let particle = target_words.first().is_some_and(|t| {
                matches!(
                    t.text,
                    "back" | "off" | "on" | "hard" | "throughout" | "tooth" | "for" | "all"
                )
            });
            let zone = target_words
                .iter()
                .position(|t| {
                    matches!(
                        t.text,
                        "of" | "to" | "on" | "for" | "in" | "against" | "with"
                    )
                })
                .unwrap_or(target_words.len());
            let head_proposal = zone > 0 && proposal_noun(doc, target_words[zone - 1].text);
            let evil = !head_proposal
                && target_words[..zone].iter().any(|t| {
                    matches!(
                        t.text.to_lowercase().as_str(),
                        "racism"
                            | "poverty"
                            | "terrorism"
                            | "terror"
                            | "crime"
                            | "corruption"
                            | "discrimination"
                            | "inflation"
                            | "disease"
                            | "extremism"
                            | "hunger"
                            | "climate"
                            | "cancer"
                            | "fire"
                            | "fires"
                            | "drugs"
                            | "fraud"
                            | "piracy"
                            | "spam"
                            | "viruses"
                            | "malaria"
                            | "aids"
                            | "hiv"
                            | "injustice"
                            | "inequality"
                            | "prejudice"
                            | "bigotry"
                    )
                });
            // ("fight the election", "fought the seat": a contest stood in.)
            let contest = target_words[..zone].iter().any(|t| {
                matches!(
                    t.text.to_lowercase().as_str(),
                    "election" | "elections" | "by-election" | "seat" | "campaign" | "constituency"
                )
            });
            !particle && !evil && !contest
        }
        _ => true,
    }
}

/// "The five unions meeting Mr Prescott want the government to ...": a name
/// after a participle inside the subject is its object, not the one who wants.
/// (Not "The ruling Freedom Party opposes", an adjective after "the", nor
/// "Groups including the Musicians' Union are calling for", whose members
/// named hold the position.)
fn participle_object(doc: &Doc, sentence: Span, holder: Span, cue: Span) -> bool {
    let body = doc.layout.body;
    let before = words(body, Span::new(sentence.start, holder.start));
    let mut k = before.len();
    // (Over an honorific or title the name leaves out: "meeting Mr Prescott".)
    while k > 0 && before.len() - k < 2 && before[k - 1].text.starts_with(char::is_uppercase) {
        k -= 1;
    }
    if k > 0 && matches!(before[k - 1].text, "the" | "a" | "an") {
        k -= 1;
    }
    k >= 2
        && before[k - 2].text.chars().all(|c| c.is_ascii_lowercase())
        && !DETERMINERS.contains(&before[k - 2].text)
        && before[k - 1].text.len() > 4
        && before[k - 1].text.ends_with("ing")
        && before[k - 1].text.chars().all(|c| c.is_ascii_lowercase())
        && body[before[k - 2].span.end..before[k - 1].span.start]
            .trim()
            .is_empty()
        && !is_reporting(doc, before[k - 1].text)
        && !matches!(before[k - 1].text, "including" | "representing")
        && holder.end <= cue.start
        && words(body, Span::new(holder.end, cue.start)).len() <= 2
}

/// Whether `holder` is the one asked to do what the cue says: "urged Lord
/// Woolf to abandon", "calling on the senior judge, Lord Woolf, to abandon",
/// a verb of asking before the name, and only "to" between the name and the cue.
fn asked_to_act(doc: &Doc, sentence: Span, holder: Span, cue: Span) -> bool {
    let body = doc.layout.body;
    if holder.end > cue.start {
        return false;
    }
    let between = body[holder.end..cue.start].trim_start_matches(',').trim();
    if between != "to" {
        return false;
    }
    let before = words(body, Span::new(sentence.start, holder.start));
    before.iter().rev().take(12).any(|t| {
        matches!(
            t.text,
            "urged"
                | "urging"
                | "urges"
                | "urge"
                | "asked"
                | "asking"
                | "asks"
                | "pressed"
                | "pressing"
                | "presses"
                | "begged"
                | "implored"
                | "encouraged"
                | "encouraging"
        )
    }) || before
        .windows(2)
        .rev()
        .take(12)
        .any(|w| matches!(w[0].text, "call" | "calls" | "called" | "calling") && w[1].text == "on")
}

/// Whether the word before a holder makes the clause a relative one about a
/// noun ("the money Britain wanted to spend", "the kind of thing we want to
/// stop", "the accountability that we want to see"): a lower-case word that is
/// not a function word, a reporting verb or an adverb.
fn object_gap_before(doc: &Doc, sentence: Span, holder: Span) -> bool {
    let before = words(doc.layout.body, Span::new(sentence.start, holder.start));
    let mut rev = before.iter().rev();
    let Some(mut prev) = rev.next() else {
        return false;
    };
    // (Directly before, with no punctuation between; not "indicated he wants",
    // nor "telling Labour members he wants": a verb's object, then its clause.)
    let gap = &doc.layout.body[prev.span.end..holder.start];
    // ("... that we want to see": past "that" to the noun it follows.)
    if prev.text == "that" || prev.text == "which" {
        match rev.next() {
            Some(noun)
                if doc.layout.body[noun.span.end..prev.span.start]
                    .trim()
                    .is_empty() =>
            {
                prev = noun
            }
            _ => return false,
        }
    }
    let word = prev.text;
    let told = before.iter().rev().take(5).any(|t| {
        matches!(
            t.text,
            "told" | "telling" | "tells" | "tell" | "warned" | "warning" | "assured" | "reminded"
        )
    });
    // A noun phrase with its determiner ("the money", "the kind of thing"), not
    // a fronted phrase ("At the moment Labour wants", "In principle the Lib
    // Dems want", "As a result Unison wants").
    let noun_at = before.iter().rposition(|t| std::ptr::eq(t, prev));
    let determined = noun_at.is_some_and(|n| {
        (n.saturating_sub(3)..n).rev().any(|d| {
            let det = before[d].text.to_lowercase();
            let is_det = DETERMINERS.contains(&det.as_str())
                || matches!(det.as_str(), "any" | "every")
                || det.ends_with("'s")
                || det.ends_with("’s");
            let fronted = d > 0
                && matches!(
                    before[d - 1].text.to_lowercase().as_str(),
                    "at" | "under"
                        | "in"
                        | "as"
                        | "on"
                        | "for"
                        | "with"
                        | "after"
                        | "before"
                        | "during"
                        | "by"
                        | "from"
                        | "over"
                        | "since"
                        | "until"
                )
                && (d == 1
                    || doc.layout.body[before[d - 2].span.end..before[d - 1].span.start]
                        .contains(','));
            is_det && !fronted
        })
    });
    gap.trim().is_empty()
        && determined
        && word.chars().all(|c| c.is_ascii_lowercase())
        && !word.ends_with("ly")
        && !word.ends_with("ed")
        && !told
        && !is_reporting(doc, word)
        && !GAP_FUNCTION_WORDS.contains(&word)
}

/// Words after "wants X to be" that make a wish about a state ("as accessible
/// as possible", "ready for", "part of it"), not a course of action.
const STATES_AFTER_BE: &[&str] = &[
    "as",
    "ready",
    "able",
    "happy",
    "there",
    "here",
    "involved",
    "aware",
    "available",
    "accessible",
    "seen",
];

/// Lower-case words before a subject that do not make a relative clause.
const GAP_FUNCTION_WORDS: &[&str] = &[
    "and", "but", "or", "nor", "so", "because", "as", "if", "when", "while", "whilst", "although",
    "though", "since", "after", "before", "until", "unless", "where", "that", "which", "who",
    "whom", "whose", "now", "also", "still", "only", "even", "then", "yet", "said", "says", "say",
    "told", "tells", "added", "adds", "argued", "insisted", "believes", "believed", "thinks",
    "thought", "feels", "felt", "knows", "knew", "hopes", "hoped", "why", "what", "how", "whether",
    "of", "for", "to", "in", "on", "at", "by", "with", "from", "about", "that's", "is", "was",
    "are", "were", "be", "been", "do", "does", "did", "not", "the", "a", "an", "this", "these",
    "those", "all", "both", "some", "many", "most", "such", "than",
];

/// "X said that people should be tried first": a recommendation in reported
/// speech is the speaker's support for it.
fn should_in_reported_speech(doc: &mut Doc, clauses: &[ReportedClause]) {
    let body = doc.layout.body;
    for &(clause, ref speakers, fact, direct) in clauses {
        let tokens = words(body, clause);
        // "should", or two words: "needed to", "has to".
        let Some((idx, width, rule)) = tokens.iter().enumerate().find_map(|(i, t)| {
            let word = t.text.to_lowercase();
            let pair = tokens
                .get(i + 1)
                .map(|next| format!("{word} {}", next.text.to_lowercase()));
            pair.and_then(|pair| doc.k.recommendations.get(&pair).map(|rule| (i, 2, rule)))
                .or_else(|| doc.k.recommendations.get(&word).map(|rule| (i, 1, rule)))
                .map(|(i, width, rule)| (i, width, rule.clone()))
        }) else {
            continue;
        };
        // "should he be the nominee": an inverted condition, no recommendation.
        if idx == 0
            || tokens.get(idx + width).is_some_and(|t| {
                matches!(t.text, "he" | "she" | "it" | "they" | "we" | "I" | "you")
            })
        {
            continue;
        }
        // "If children are going to be returned then there should be ...": a
        // condition; "asked what the government had to hide", "where the warden
        // often has to do the job": a question or a relative clause.
        let opener = tokens[..idx]
            .iter()
            .rposition(|t| matches!(t.text, "that" | "and" | "but"))
            .map_or(0, |i| i + 1);
        // ("Where an offender is convicted of murder, the court must pass a
        // life sentence": a statute's condition.)
        // ("there should be a one day strike unless there was a rethink": a
        // condition after it too.)
        let conditional = tokens[..idx]
            .iter()
            .any(|t| matches!(t.text, "if" | "If" | "unless" | "Unless"))
            || tokens[idx..].iter().any(|t| t.text == "unless")
            // ("should quit if he is found to have ...": a condition of the modal's
            // own clause, soon after it; not "should decide if ...", where "if"
            // means whether, nor "if the public is to be reassured", a purpose,
            // nor an "if" inside a later clause: "should be loosened to allow
            // ... if", "so all parties can ... if".)
            || (idx + 1..tokens.len().min(idx + 9)).any(|i| {
                let purpose = || {
                    tokens[i + 1..tokens.len().min(i + 7)].windows(2).any(|w| {
                        matches!(w[0].text, "is" | "are" | "was" | "were") && w[1].text == "to"
                    })
                };
                tokens[i].text == "if"
                    && !purpose()
                    && !tokens[idx + 1..i]
                        .iter()
                        .any(|t| matches!(t.text, "so" | "that" | "to" | "which" | "who"))
                    && !matches!(
                        tokens[i - 1].text,
                        "decide" | "consider" | "see" | "know" | "ask" | "check" | "examine"
                            | "establish" | "determine" | "judge" | "assess" | "investigate"
                            | "question" | "wonder" | "review"
                    )
            })
            || tokens[opener..idx]
                .first()
                .is_some_and(|t| matches!(t.text, "Where" | "where" | "Whenever" | "whenever"))
                && body[tokens[opener].span.end..tokens[idx].span.start].contains(',');
        // (The clause itself opens with the word, or a comma sets it off, and no
        // comma closes it before the modal: not "people who commit knife crimes
        // should be jailed", "the scheme, which costs £5m, should be scrapped",
        // "where possible councils should".)
        let wh_clause = (opener..idx).any(|i| {
            let wh = matches!(
                tokens[i].text.to_lowercase().as_str(),
                "what" | "where" | "which" | "who" | "whom" | "how" | "why" | "whether"
            );
            let opens =
                i == opener || body[tokens[i - 1].span.end..tokens[i].span.start].contains(',');
            let closed = tokens[i..idx]
                .windows(2)
                .any(|w| body[w[0].span.end..w[1].span.start].contains(','));
            let idiom = tokens
                .get(i + 1)
                .is_some_and(|t| matches!(t.text, "possible" | "necessary" | "appropriate"));
            wh && opens && !closed && !idiom
        });
        // "on some occasions Muslims had to travel": what happens, not what should.
        let habitual = tokens[opener..idx].iter().any(|t| {
            matches!(
                t.text.to_lowercase().as_str(),
                "often"
                    | "sometimes"
                    | "occasionally"
                    | "usually"
                    | "regularly"
                    | "frequently"
                    | "occasions"
            )
        });
        if conditional || wh_clause || habitual {
            continue;
        }
        // "ministers should expect it to be re-written", "should know by now",
        // "should be sufficient": a prediction or a state of mind, not a course.
        let mut after = idx + width;
        while tokens.get(after).is_some_and(|t| is_adverb(t.text)) {
            after += 1;
        }
        let cognitive = tokens.get(after).is_some_and(|t| {
            matches!(
                t.text,
                "expect"
                    | "know"
                    | "doubt"
                    | "realise"
                    | "realize"
                    | "understand"
                    | "remember"
                    | "learn"
                    | "feel"
                    | "think"
                    | "believe"
                    | "hope"
                    | "wake"
                    | "worry"
                    | "fear"
            )
        }) && !tokens
            .get(after + 1)
            .is_some_and(|t| matches!(t.text, "again" | "twice" | "carefully"))
            || tokens.get(after).is_some_and(|t| t.text == "be")
                && tokens
                    .get(after + 1)
                    .is_some_and(|t| matches!(t.text, "sufficient" | "enough" | "aware"));
        // "2005 must be the year that ...": a time that must come is a hope, not a
        // course.
        // ("should be the time to scrap the toll" still advises a course.)
        let moment = tokens.get(after).is_some_and(|t| t.text == "be")
            && tokens.get(after + 1).is_some_and(|t| t.text == "the")
            && tokens.get(after + 2).is_some_and(|t| {
                matches!(
                    t.text,
                    "year" | "day" | "time" | "moment" | "week" | "decade" | "century" | "month"
                )
            })
            && tokens
                .get(after + 3)
                .is_some_and(|t| matches!(t.text, "that" | "when"));
        if cognitive || moment {
            continue;
        }
        let Some(sentence) = sentence_at(doc, clause.start) else {
            continue;
        };
        // "A cap on donations should not be introduced": a verdict denied turns
        // against the subject.
        let not_token = tokens
            .get(idx + width)
            .is_some_and(|t| matches!(t.text, "not" | "never"));
        // ("does not believe the toll should be raised": the belief is denied.)
        let denied_belief = doc.denied_beliefs.contains(&clause);
        if not_token && denied_belief {
            continue;
        }
        let negated = not_token || denied_belief;
        let not_width = usize::from(not_token);
        if negated {
            if let Some((inner_rule, polarity)) = be_verdict(doc, &tokens, idx + width + not_width)
            {
                let start = tokens[..idx]
                    .iter()
                    .rposition(|t| matches!(t.text, "that" | "and" | "but"))
                    .map_or(0, |i| i + 1);
                let flipped = polarity.flipped();
                let rule = format!("{rule}+{inner_rule}+negated");
                let subject = clause_subject(doc, &tokens[start..idx]);
                stance_on_subject(doc, subject, speakers, flipped, sentence, &rule, fact);
                continue;
            }
            // "politicians should not foment an artificial debate": a course advised
            // against, when "should" or "must" is the modal.
            if width != 1 || !matches!(tokens[idx].text, "should" | "must") {
                continue;
            }
        }
        let (width, rule) = if negated {
            (width + not_width, format!("{rule}+negated"))
        } else {
            (width, rule)
        };
        // "there should be more state funding": support for what there should be.
        let there = tokens[idx - 1].text.eq_ignore_ascii_case("there")
            || idx > 1
                && tokens[idx - 2].text.eq_ignore_ascii_case("there")
                && matches!(
                    tokens[idx - 1].text,
                    "does" | "did" | "really" | "still" | "also" | "clearly"
                );
        if there && negated {
            continue;
        }
        if there && tokens.get(idx + width).is_some_and(|t| t.text == "be") {
            if let Some(object) = target_after(doc, tokens[idx + width].span.end, clause.end) {
                // "a quick, fair and firm system": a comma inside a short phrase cuts
                // it at an adjective, not at its end.
                // ("another inquiry, a judge-led inquiry": an apposition after the
                // comma, not the rest of a list of adjectives.)
                let after_comma = words(body, Span::new(object.end, clause.end));
                let cut_short = words(body, object).len() <= 2
                    && body[object.end..clause.end].trim_start().starts_with(',')
                    && after_comma.first().is_some_and(|t| {
                        t.text.chars().all(|c| c.is_ascii_lowercase())
                            && !DETERMINERS.contains(&t.text)
                    });
                // ("there has to be opportunities there", "there must be a way to
                // improve ...", "there should have been a goal": what may exist, not
                // a measure asked for.)
                let existence = words(body, object)
                    .iter()
                    .find(|t| !matches!(t.text, "a" | "an" | "the" | "some" | "more"))
                    .is_some_and(|t| {
                        matches!(
                            t.text,
                            "scope"
                                | "room"
                                | "space"
                                | "way"
                                | "ways"
                                | "goal"
                                | "chance"
                                | "win-win"
                        )
                    });
                if proposal_like(doc, object) && !cut_short && !existence {
                    if let Some(target) = target_entity(doc, object) {
                        let rule = format!("{rule}+there-be");
                        push_stances(
                            doc,
                            speakers,
                            target,
                            Polarity::Support,
                            sentence,
                            &rule,
                            0.6,
                            fact,
                        );
                    }
                }
            }
            continue;
        }
        // "he said he had to leave early": a personal necessity, not a recommendation;
        // "would (first) have to be": a condition; "there is no need to": denied.
        let modal_or_denied = tokens[idx.saturating_sub(3)..idx].iter().any(|t| {
            matches!(
                t.text,
                "would" | "could" | "might" | "may" | "will" | "no" | "not" | "never"
            ) || t.text.ends_with("n't")
        });
        if width == 2
            && (matches!(tokens[idx - 1].text, "he" | "she" | "I" | "it") || modal_or_denied)
        {
            continue;
        }
        // "should have volunteered a statement": a reproach for the past, not a
        // recommendation.
        if tokens.get(idx + width).is_some_and(|t| t.text == "have")
            && tokens
                .get(idx + width + 1)
                .is_some_and(|t| t.text.ends_with("ed") || t.text.ends_with("en"))
        {
            continue;
        }
        // "confirmed that Trump said that countries should ...": the inner speaker's.
        if tokens[..idx].iter().any(|t| is_reporting(doc, t.text)) {
            continue;
        }
        // "a reality that should be recognised": "should" in a relative clause recommends nothing.
        if matches!(
            tokens[idx - 1].text,
            "that" | "which" | "who" | "this" | "there"
        ) {
            continue;
        }
        // The recommendation: from the start of the clause that holds "should"
        // (after the last "that" before it), at most twenty words.
        // ("said it believed advance refusals should be ...": after a verb of belief.)
        let start = match tokens[..idx].iter().rposition(|t| {
            matches!(t.text, "that" | "and" | "but") || BELIEF_VERBS.contains(&t.text)
        }) {
            Some(that) if that + 1 < idx => that + 1,
            _ => tokens.iter().position(|t| t.text != "that").unwrap_or(0),
        };
        if not_held(&tokens, start) {
            continue;
        }
        // 'told the seminar: "... we need to ..."': the recommendation starts after a
        // colon or an opening quotation mark (not in a clause kept around quoted
        // words: 'was "a disgrace" and should be scrapped').
        let shadow = fact.is_none();
        let start = (if shadow { idx..idx } else { start + 1..idx })
            .rev()
            .find(|&i| {
                // (An opening mark is right before the word; a closing one, after
                // the word before: 'A national "strategic fund" to ...'.)
                let gap = &body[tokens[i - 1].span.end..tokens[i].span.start];
                gap.contains(':') || gap.len() > 1 && gap.ends_with(['"', '“', '‘'])
            })
            .unwrap_or(start);
        let last = (start + 20).min(tokens.len()) - 1;
        if last < idx + width {
            continue;
        }
        // "the bypass that the council should build was too expensive": a finite
        // verb right after the modal's verb closes a relative clause inside the
        // subject; "a concession was unlikely to be needed": a likelihood.
        let closes_relative = tokens
            .get(idx + width + 1)
            .is_some_and(|t| matches!(t.text, "was" | "is" | "were" | "are"));
        let likelihood = tokens[idx.saturating_sub(3)..idx]
            .iter()
            .any(|t| matches!(t.text, "likely" | "unlikely"));
        if closes_relative || likelihood {
            continue;
        }
        // "the UK had to take a different approach", "the region needed to look
        // beyond its borders": "need to" and "have to" with someone as the subject
        // say what that one must do, not a course the speaker backs, unless it is
        // to change or end something (actions.tsv: "needed to scrap the levy";
        // "needed to change policy").
        // ("Lower taxes are needed", "new powers had to be found": a thing needed.)
        // The recommended verb (past adverbs), and the action of actions.tsv it
        // names, if any ("should scrap", "must vote against").
        let mut v = idx + width;
        while tokens.get(v).is_some_and(|t| is_adverb(t.text)) {
            v += 1;
        }
        let action = action_at(doc, &tokens, v);
        if matches!(cue_name(&rule), "need-to-1" | "have-to-1") {
            let subject = &tokens[start..idx];
            let agent = subject.iter().any(|t| {
                matches!(
                    t.text.to_lowercase().as_str(),
                    "it" | "we"
                        | "they"
                        | "he"
                        | "she"
                        | "i"
                        | "you"
                        | "country"
                        | "nation"
                        | "town"
                        | "city"
                        | "region"
                        | "world"
                        | "government"
                        | "party"
                        | "council"
                        | "ministers"
                ) || mention_at(doc, t.span.start).is_some_and(|m| {
                    matches!(
                        doc.kind(m.entity),
                        EntityKind::Person | EntityKind::Organization | EntityKind::Country
                    )
                })
            });
            // ("needed to change policy", "has to do more", "had to cut taxes": a
            // change asked for.)
            let changes = action.is_some()
                || tokens.get(v).is_some_and(|verb| {
                    matches!(
                        verb.text.to_lowercase().as_str(),
                        "change"
                            | "reform"
                            | "reconsider"
                            | "review"
                            | "overhaul"
                            | "act"
                            | "do"
                            | "invest"
                            | "increase"
                            | "cut"
                            | "reduce"
                            | "raise"
                            | "boost"
                            | "tackle"
                    )
                });
            // ("the figures had to be looked at in context", "had to be part of the
            // peace process", "had to be paramount": how a thing is to be seen or
            // what it is to be, not a course; "had to be cut", "action has to be
            // taken", "some way has to be found" still ask for one.)
            let be_state = tokens.get(v).is_some_and(|t| t.text == "be")
                && tokens.get(v + 1).is_none_or(|p| {
                    matches!(
                        p.text,
                        "part"
                            | "paramount"
                            | "careful"
                            | "very"
                            | "wary"
                            | "inside"
                            | "a"
                            | "an"
                            | "the"
                            | "more"
                            | "less"
                            | "looked"
                            | "seen"
                            | "viewed"
                            | "understood"
                            | "put"
                            | "considered"
                            | "regarded"
                            | "treated"
                            | "done"
                    ) || p.text.starts_with(char::is_uppercase)
                        || super::entities::strip_possessive(p.text).1
                })
                // ("more needed to be done to protect the path": a purpose named.)
                && !(tokens[start..idx]
                    .iter()
                    .rev()
                    .find(|t| !matches!(t.text, "also" | "still") && !is_adverb(t.text))
                    .is_some_and(|t| t.text.eq_ignore_ascii_case("more"))
                    && tokens.get(v + 1).is_some_and(|t| t.text == "done")
                    && tokens.get(v + 2).is_some_and(|t| t.text == "to"));
            if agent && !changes || be_state {
                continue;
            }
        }
        // "should not be held back", "must not forget", "should not ignore the need":
        // a state, a reminder or a double negative, not a course advised against.
        if negated {
            let state = tokens.get(v).is_none_or(|v| {
                matches!(
                    v.text,
                    "be" | "have"
                        | "forget"
                        | "ignore"
                        | "underestimate"
                        | "overlook"
                        | "neglect"
                        | "let"
                        | "allow"
                        | "stop"
                        | "give"
                        | "fear"
                        | "worry"
                        | "rule"
                        | "say"
                        | "think"
                        | "assume"
                ) || v.text.ends_with("ed")
            });
            let generic = tokens[start..idx].iter().any(|t| {
                matches!(
                    t.text.to_lowercase().as_str(),
                    "some" | "people" | "anyone" | "one" | "you" | "i"
                )
            });
            // (Only in reported speech: inside a direct quotation "must not turn
            // away from the rule of law" exhorts more often than it opposes.)
            if state || generic || direct {
                continue;
            }
        }
        // "the deal ... should be rejected": a stance on the subject, with the verb's polarity.
        if let Some((inner_rule, polarity)) = be_verdict(doc, &tokens, idx + width) {
            // (The whole clause before "should" only when no "that" opened a
            // clause inside it: not "the committee believes that these arguments".)
            let subject = clause_subject(doc, &tokens[start..idx]).or_else(|| {
                (!tokens[..start].iter().any(|t| t.text == "that"))
                    .then(|| clause_subject(doc, &tokens[..idx]))
                    .flatten()
            });
            let rule = format!("{rule}+{inner_rule}");
            stance_on_subject(doc, subject, speakers, polarity, sentence, &rule, fact);
            continue;
        }
        // In a direct quotation "we have to accept that ...", "you have to have
        // firm controls" are exhortations, not positions on a proposal.
        // A direct "should" or "must" with a named or definite subject is a
        // recommendation ('"Next week the prime minister should make a
        // statement"'); not after "we", "I", "you" or a bare pronoun, not in a
        // condition or question, and not "have to"/"need to".
        if direct {
            let subject = &tokens[start..idx];
            let personal = subject.iter().any(|t| {
                matches!(
                    t.text.to_lowercase().as_str(),
                    "we" | "i"
                        | "you"
                        | "it"
                        | "this"
                        | "that"
                        | "they"
                        | "he"
                        | "she"
                        | "one"
                        | "everyone"
                        | "nobody"
                        | "no"
                )
            });
            let conditional = tokens[..idx].iter().any(|t| {
                matches!(
                    t.text.to_lowercase().as_str(),
                    "if" | "why" | "unless" | "whether" | "how"
                )
            }) || body[clause.start..clause.end].contains('?');
            let modal = matches!(tokens[idx].text, "should" | "must");
            // "must always be prepared to", "must choose: ...": a state or a
            // dilemma, not a course of action (a verdict, "should be scrapped",
            // was taken above).
            let verb_at = tokens[idx + 1..]
                .iter()
                .position(|t| {
                    !is_adverb(t.text) && !matches!(t.text, "always" | "also" | "now" | "still")
                })
                .map(|i| idx + 1 + i);
            let verb = verb_at.map(|i| &tokens[i]);
            // ('"The harbour accounts should be published in full"': a passive asks
            // for an act, unless its participle is a state or a feeling.)
            let passive = verb_at.is_some_and(|i| {
                tokens[i].text == "be"
                    && tokens.get(i + 1).is_some_and(|p| {
                        (p.text.ends_with("ed") || p.text.ends_with("en"))
                            && p.text.chars().all(|c| c.is_ascii_lowercase())
                            && !PASSIVE_STATES.contains(&p.text)
                    })
            });
            let state = !passive
                && verb.is_none_or(|v| {
                    matches!(
                        v.text,
                        "be" | "have"
                            | "choose"
                            | "decide"
                            | "hope"
                            | "believe"
                            | "wake"
                            | "accept"
                            | "recognise"
                            | "recognize"
                            | "understand"
                            | "know"
                            | "remember"
                            | "realise"
                            | "realize"
                            | "learn"
                            | "expect"
                            | "feel"
                            | "think"
                    )
                });
            // "it is staggering that any politician should ...": the quotation's main
            // clause must recommend, not a clause after "that".
            let embedded = tokens[..start].iter().any(|t| t.text == "that");
            if personal || conditional || !modal || subject.is_empty() || state || embedded {
                continue;
            }
        }
        // "the council should scrap the airport levy": a recommendation to end
        // something opposes it (data/lexicon/actions.tsv; `action`, found above).
        // ("should end up paying", "should stop short of a ban": a phrasal verb.)
        let phrasal = action.as_ref().is_some_and(|(_, verb)| {
            tokens.get(*verb + 1).is_some_and(|next| {
                matches!(
                    next.text,
                    "up" | "short" | "at" | "off" | "out" | "by" | "in" | "on" | "over"
                )
            })
        });
        // "GCSEs and A-levels should go": with nothing after it, what should go
        // is the subject (verdicts.tsv, ended-1).
        let gone = tokens
            .get(v)
            .filter(|verb| verb.text == "go")
            .and_then(|verb| {
                let closes = tokens.get(v + 1).is_none_or(|next| {
                    !body[verb.span.end..next.span.start].trim().is_empty()
                        || matches!(next.text, "now" | "immediately" | "soon")
                });
                doc.k
                    .verdicts
                    .get("go")
                    .filter(|_| closes && action.is_none())
                    .cloned()
            });
        if let Some((verdict_rule, verdict_polarity)) = gone {
            let polarity = if negated {
                verdict_polarity.flipped()
            } else {
                verdict_polarity
            };
            let rule = format!("{rule}+{verdict_rule}");
            let subject = clause_subject(doc, &tokens[start..idx]);
            stance_on_subject(doc, subject, speakers, polarity, sentence, &rule, fact);
            continue;
        }
        if let Some(((action_rule, polarity), verb)) = action.filter(|_| !phrasal) {
            let object = target_after(doc, tokens[verb].span.end, clause.end)
                .filter(|&object| proposal_like(doc, object))
                .and_then(|object| target_entity(doc, object));
            let rule = format!("{rule}+{action_rule}");
            // ("should not scrap the levy" keeps it.)
            let polarity = if negated {
                polarity.flipped()
            } else {
                polarity
            };
            if let Some(target) = object {
                push_stances(doc, speakers, target, polarity, sentence, &rule, 0.6, fact);
            } else if matches!(tokens[verb].text, "end" | "stop" | "halt" | "cease")
                && tokens.get(verb + 1).is_none_or(|t| {
                    matches!(
                        t.text,
                        "now" | "immediately" | "forthwith" | "soon" | "before" | "by" | "at"
                    )
                })
            {
                // "the trial must end before the election", "This scandal must stop":
                // with no object, what should end is the subject.
                let subject = clause_subject(doc, &tokens[start..idx]);
                stance_on_subject(doc, subject, speakers, polarity, sentence, &rule, fact);
            }
            continue;
        }
        // What is advised against is the course itself, from its verb.
        let (first, polarity) = if negated {
            (v, Polarity::Oppose)
        } else {
            (start, Polarity::Support)
        };
        // "should be treated carefully as 12% of voters disappeared ...", "needed
        // to create a healthier population ..., and a balanced view ...": a reason,
        // a purpose or a second clause after a comma is not the course advised.
        let last = (idx + width + 1..=last)
            .find(|&i| {
                let gap = &body[tokens[i - 1].span.end..tokens[i].span.start];
                // ("as 12% of voters disappeared", "as the clock ticked"; not "act
                // as eyes and ears", "such as the environment", "referred to as".)
                let reason_as = tokens[i].text == "as"
                    && !matches!(
                        tokens[i - 1].text,
                        "such"
                            | "to"
                            | "act"
                            | "acts"
                            | "acted"
                            | "serve"
                            | "known"
                            | "seen"
                            | "regarded"
                            | "described"
                            | "same"
                            | "just"
                            | "well"
                    )
                    && tokens.get(i + 1).is_some_and(|t| {
                        matches!(
                            t.text,
                            "the"
                                | "a"
                                | "an"
                                | "it"
                                | "he"
                                | "she"
                                | "they"
                                | "we"
                                | "there"
                                | "this"
                                | "these"
                                | "those"
                        ) || t.text.starts_with(|c: char| c.is_ascii_digit())
                    });
                reason_as
                    || matches!(
                        tokens[i].text,
                        "because" | "since" | "although" | "though" | "whereas" | "unless"
                    )
                    || tokens[i].text == "so" && tokens.get(i + 1).is_some_and(|t| t.text == "that")
                    || gap.contains(',') && matches!(tokens[i].text, "and" | "but" | "which")
                    // ("should be decided locally and believe the council is ducking
                    // its duty": a second verb of the speaker.)
                    || matches!(tokens[i].text, "and" | "but")
                        && tokens
                            .get(i + 1)
                            .is_some_and(|t| COORDINATED_VERBS.contains(&t.text))
            })
            .map_or(last, |cut| cut - 1);
        if first > last {
            continue;
        }
        let text = &body[tokens[first].span.start..tokens[last].span.end];
        let Some(target) = proposal(doc, &clean_label(text)) else {
            continue;
        };
        push_stances(doc, speakers, target, polarity, sentence, &rule, 0.6, fact);
    }
}

/// "be" and a verdict at token `at` ("be rejected", "be turned down"): the
/// verdict's rule id and polarity.
fn be_verdict(doc: &Doc, tokens: &[crate::text::Token], at: usize) -> Option<(String, Polarity)> {
    // "should be quickly introduced": an adverb may stand before the participle.
    let mut next = at + 1;
    while tokens.get(next).is_some_and(|t| is_adverb(t.text)) {
        next += 1;
    }
    // ("need to be backed up with decent funding": a phrasal verb, no verdict.)
    tokens
        .get(at)
        .filter(|t| t.text == "be")
        .and_then(|_| verdict_at(doc, tokens, next))
        .filter(|&(_, _, width)| {
            tokens
                .get(next + width)
                .is_none_or(|t| !matches!(t.text, "up" | "down" | "out"))
        })
        .map(|(rule, polarity, _)| (rule, polarity))
}

/// A recommendation's stance on the clause subject its verdict names ("the deal
/// should be rejected"), if there is one.
fn stance_on_subject(
    doc: &mut Doc,
    subject: Option<Span>,
    speakers: &[usize],
    polarity: Polarity,
    sentence: Span,
    rule: &str,
    fact: Option<usize>,
) {
    let Some(target) = subject.and_then(|subject| target_entity(doc, subject)) else {
        return;
    };
    push_stances(doc, speakers, target, polarity, sentence, rule, 0.6, fact);
}

/// General plural nouns that a restrictive relative clause narrows to what a
/// position is about ("policies which encourage mobility").
const GENERAL_HEADS: &[&str] = &[
    "policies",
    "measures",
    "people",
    "pubs",
    "clubs",
    "groups",
    "nations",
    "countries",
    "companies",
    "firms",
    "schools",
    "those",
    "things",
    "steps",
    "changes",
];

/// Nouns of someone's conduct or qualities ("his courage", "her handling of
/// the crisis"), which a judging cue praises or blames without a position on a
/// proposal.
const CONDUCT_NOUNS: &[&str] = &[
    "courage",
    "bravery",
    "ability",
    "skill",
    "dedication",
    "professionalism",
    "handling",
    "performance",
    "record",
    "conduct",
    "behaviour",
    "behavior",
    "leadership",
    "contribution",
    "honesty",
    "integrity",
    "work",
    "achievement",
    "achievements",
];

/// The noun phrase that opens `tokens` (after "that"), up to its first verb-like word:
/// "the deal" in "the deal sounded even worse ... and".
fn clause_subject(doc: &Doc, tokens: &[crate::text::Token]) -> Option<Span> {
    let start = tokens.iter().position(|t| t.text != "that")?;
    let mut end = start;
    let mut overflow = false;
    for token in &tokens[start..] {
        let word = token.text;
        let verb_like = word.ends_with("ed")
            || is_aux(word)
            || matches!(
                word,
                "and" | "but" | "," | "says" | "said" | "sounds" | "seems"
            )
            || word.ends_with(',');
        if verb_like {
            break;
        }
        if end - start >= 10 {
            overflow = true;
            break;
        }
        end += 1;
    }
    // A subject longer than the window is cut back to a whole noun phrase: "a
    // cap on donations to political parties ..." gives "a cap on donations",
    // never "a cap on donations to political".
    if overflow {
        end = start
            + tokens[start..end]
                .iter()
                .rposition(|t| matches!(t.text, "of" | "on" | "to" | "for" | "in" | "with"))?;
    }
    (end > start
        && proposal_like(
            doc,
            Span::new(tokens[start].span.start, tokens[end - 1].span.end),
        ))
    .then(|| Span::new(tokens[start].span.start, tokens[end - 1].span.end))
}

/// Verbs of belief after which a clause states what is believed.
const BELIEF_VERBS: &[&str] = &[
    "think",
    "thinks",
    "thought",
    "believe",
    "believes",
    "believed",
    "feel",
    "feels",
    "felt",
    // "the deal proved claims of a clash were wrong": what is shown to be so.
    "proved",
    "proves",
    "showed",
    "shows",
    "demonstrated",
    "demonstrates",
];

/// Whether the clause from `start` of a report is not the speaker's own view:
/// the content of someone else's ruling or claim ("the Law Lords' ruling that
/// detention without trial is unlawful"), or of a belief denied ("he did not
/// believe anyone should be fined").
fn not_held(tokens: &[crate::text::Token], start: usize) -> bool {
    // ("his view that the tax should go": the speaker's own, by a possessive.)
    let own = start >= 3
        && matches!(
            tokens[start - 3].text.to_lowercase().as_str(),
            "his" | "her" | "my" | "our" | "their" | "its"
        );
    let content = start >= 2
        && !own
        && tokens[start - 1].text == "that"
        && matches!(
            tokens[start - 2].text.to_lowercase().as_str(),
            "ruling"
                | "judgement"
                | "judgment"
                | "verdict"
                | "finding"
                | "findings"
                | "view"
                | "claim"
                | "claims"
                | "belief"
                | "decision"
                | "warning"
                | "warnings"
                | "fear"
                | "fears"
                | "argument"
                | "suggestion"
                | "allegation"
                | "allegations"
                | "assertion"
                | "conclusion"
        );
    // ("nobody thinks the toll should be scrapped", "few people believe ...":
    // others' belief, or none, is not the speaker's.)
    let denied_belief = tokens[..start]
        .iter()
        .rposition(|t| BELIEF_VERBS.contains(&t.text))
        .is_some_and(|b| {
            tokens[b.saturating_sub(2)..b]
                .iter()
                .any(|t| matches!(t.text, "not" | "never") || t.text.ends_with("n't"))
                || b > 0
                    && matches!(
                        tokens[b - 1].text.to_lowercase().as_str(),
                        "nobody"
                            | "few"
                            | "many"
                            | "people"
                            | "critics"
                            | "opponents"
                            | "others"
                            | "everyone"
                            | "everybody"
                            | "one"
                    )
                    && (b < 2 || !matches!(tokens[b - 2].text, "of" | "like" | "as"))
                    && !(b >= 2 && tokens[b - 1].text == "people" && tokens[b - 2].text == "most")
        });
    content || denied_belief
}

/// A copula and "not" in one word: "the plan isn't sensible".
const NEGATED_COPULAS: &[&str] = &[
    "isn't",
    "aren't",
    "wasn't",
    "weren't",
    "isn’t",
    "aren’t",
    "wasn’t",
    "weren’t",
];

/// Words that may stand between a copula and an evaluation ("is simply wrong").
const INTENSIFIERS: &[&str] = &[
    "very",
    "extremely",
    "hugely",
    "absolutely",
    "wholly",
    "really",
    "truly",
    "frankly",
    "simply",
    "deeply",
    "totally",
    "completely",
    "quite",
    "utterly",
    "clearly",
    "entirely",
    "so",
    "too",
    "well",
    "fully",
    "perfectly",
    "largely",
    "highly",
    "fundamentally",
    "environmentally",
    "democratically",
];

/// "X said the plan was unacceptable", "the Conservatives say government
/// proposals ... are unrealistic": an evaluation of a named thing in reported
/// speech is the speaker's stance on it.
fn evaluations_in_reported_speech(doc: &mut Doc, clauses: &[ReportedClause]) {
    let body = doc.layout.body;
    for &(clause, ref speakers, fact, _) in clauses {
        let tokens = words(body, clause);
        // "said banning violent games would be wrong": "would be" judges too.
        // ("the deal remained the best and only way": "remain" when no "be" is there.)
        let is_copula = |i: usize, t: &crate::text::Token| {
            matches!(t.text, "is" | "are" | "was" | "were")
                    || NEGATED_COPULAS.contains(&t.text)
                    || matches!(
                        t.text,
                        "represented" | "represents" | "constituted" | "constitutes"
                    )
                    || t.text == "be" && i > 0 && tokens[i - 1].text == "would"
                    // ("had turned out to be a disaster", "has proved to be a failure",
                    // "proved unworkable".)
                    || t.text == "be"
                        && i > 1
                        && tokens[i - 1].text == "to"
                        && matches!(tokens[i - 2].text, "out" | "proved" | "proves" | "proven")
                    || matches!(t.text, "proved" | "proves" | "proven")
                        && tokens
                            .get(i + 1)
                            .is_some_and(|next| !matches!(next.text, "to" | "that" | "it" | "its"))
        };
        // ("The essential point is that the pact has turned out to be a fake": of
        // two copulas, the one an evaluation follows.)
        let judging = |c: usize| {
            (c + 1..tokens.len().min(c + 5)).any(|k| evaluation_at(doc, &tokens, k, true).is_some())
        };
        let copulas: Vec<usize> = (0..tokens.len())
            .filter(|&i| is_copula(i, &tokens[i]))
            .collect();
        // (Only after "is that ..." or "there is evidence that ...", and with no
        // condition: not "If the MPC were to judge that a rate rise was justified".)
        let later = |first: usize, c: usize| {
            let condition = tokens[..c].iter().any(|t| {
                matches!(
                    t.text.to_ascii_lowercase().as_str(),
                    "if" | "whether" | "unless" | "what"
                )
            });
            // ("The essential point is that ...", "The truth is that ...": the
            // speaker's own point; not "Labour's view is that ...", "The advice we
            // have received is that ...", "the danger is that ...".)
            let others_point = tokens[..first].iter().any(|t| {
                super::entities::strip_possessive(t.text).1 || matches!(t.text, "from" | "of")
            });
            let own_point = !others_point
                && tokens[..first].iter().any(|t| {
                    matches!(
                        t.text.to_ascii_lowercase().as_str(),
                        "point" | "truth" | "fact" | "reality" | "answer" | "message" | "lesson"
                    )
                })
                || tokens[..first].windows(2).any(|w| {
                    matches!(w[0].text.to_ascii_lowercase().as_str(), "my" | "our")
                        && matches!(w[1].text, "view" | "belief" | "position" | "conclusion")
                });
            let that_next = own_point && tokens.get(first + 1).is_some_and(|t| t.text == "that");
            // ("There is growing evidence that ...", not "no/little evidence".)
            let there = first > 0
                && tokens[first - 1].text.eq_ignore_ascii_case("there")
                && tokens[first + 1..c].iter().any(|t| t.text == "evidence")
                && !tokens[first + 1..c].iter().any(|t| {
                    matches!(
                        t.text,
                        "no" | "little" | "not" | "any" | "scant" | "insufficient" | "limited"
                    )
                })
                && tokens[first + 1..c].iter().any(|t| t.text == "that");
            !condition && (that_next || there)
        };
        let Some(copula) = copulas
            .first()
            .copied()
            .map(|first| {
                if judging(first) {
                    first
                } else {
                    copulas[1..]
                        .iter()
                        .copied()
                        .find(|&c| judging(c) && later(first, c))
                        .unwrap_or(first)
                }
            })
            .or_else(|| {
                tokens
                    .iter()
                    .position(|t| matches!(t.text, "remains" | "remained"))
            })
            .or_else(|| {
                tokens
                    .iter()
                    .position(|t| matches!(t.text, "sends" | "sent" | "send"))
            })
        else {
            continue;
        };
        // "said the freeze sends the wrong message": a message sent judges the
        // sender, and only that evaluation follows "send".
        let sends = matches!(tokens[copula].text, "sends" | "sent" | "send");
        let mut k = copula + 1;
        if sends && tokens.get(k).is_some_and(|t| t.text == "out") {
            k += 1;
        }
        // "said the measures were not proportionate", "is not, in my view,
        // sensible": a good word denied judges against.
        // ("is not an option": a phrase of its own.)
        let not = tokens.get(k).is_some_and(|t| t.text == "not")
            && evaluation_at(doc, &tokens, k, true).is_none();
        let negated = NEGATED_COPULAS.contains(&tokens[copula].text) || !sends && not;
        if not {
            k += 1;
        }
        if negated
            && tokens
                .get(k..k + 3)
                .is_some_and(|w| w[0].text == "in" && w[2].text == "view")
        {
            k += 3;
        }
        while k < tokens.len() && INTENSIFIERS.contains(&tokens[k].text) {
            k += 1;
        }
        // The thing judged: the clause before the copula, after "that" or a verb of
        // belief ("he thought the plan was ..."), without a dashed aside.
        let mut start = tokens[..copula]
            .iter()
            .rposition(|t| t.text == "that" || BELIEF_VERBS.contains(&t.text))
            .map_or(0, |i| i + 1);
        if not_held(&tokens, start) {
            continue;
        }
        // (A quotation of several sentences: the one the copula is in.)
        if let Some(own) = doc
            .layout
            .sentence_of(tokens[copula].span.start)
            .map(|i| doc.layout.sentences[i].start)
        {
            while start < copula && tokens[start].span.start < own {
                start += 1;
            }
        }
        // ("Now it is time to move forward": an opening adverb before "it".)
        if copula == start + 2
            && tokens[start + 1].text.eq_ignore_ascii_case("it")
            && (is_time_word(tokens[start].text)
                || matches!(
                    tokens[start].text,
                    "Now" | "now" | "So" | "so" | "Surely" | "Clearly"
                ))
        {
            start += 1;
        }
        // The subject ends before "would be" as before "is".
        // ("had turned out to be", "has proved to be", "proved": the verb and its
        // auxiliaries.)
        let mut verb = if tokens[copula].text == "be" {
            match tokens[copula - 1].text {
                "to" => copula - 2 - usize::from(tokens[copula - 2].text == "out"),
                _ => copula - 1,
            }
        } else {
            copula
        };
        if verb != copula && matches!(tokens[copula - 1].text, "to")
            || tokens[copula].text.starts_with("prov")
        {
            while verb > start + 1 && matches!(tokens[verb - 1].text, "had" | "has" | "have") {
                verb -= 1;
            }
        }
        // "it was vital that ...", "it would be a huge mistake to close the terminal":
        // an extraposed "it", after which an infinitive is the course judged.
        let it_subject = verb == start + 1 && tokens[start].text.eq_ignore_ascii_case("it");
        // "the levy was an unacceptable burden", "the test represented an
        // unacceptable threat": an evaluating adjective before a noun judges the
        // subject as the word alone would (not "an important step", which the
        // lexicon names whole).
        let attributive = || {
            if !it_subject && tokens.get(k).is_some_and(|t| matches!(t.text, "a" | "an")) {
                let mut a = k + 1;
                while a < tokens.len() && INTENSIFIERS.contains(&tokens[a].text) {
                    a += 1;
                }
                let noun = tokens.get(a + 1).is_some_and(|t| {
                    t.text.chars().all(|c| c.is_ascii_lowercase())
                        && !matches!(t.text, "to" | "for" | "of" | "and" | "or" | "that" | "one")
                });
                // ("a crucial test of how ...", "a vital part": a good word with a
                // noun that weighs rather than approves.)
                let weighs = tokens.get(a + 1).is_some_and(|t| {
                    matches!(
                        t.text,
                        "test"
                            | "moment"
                            | "time"
                            | "stage"
                            | "juncture"
                            | "opportunity"
                            | "chance"
                            | "year"
                            | "thing"
                            | "concern"
                            | "factor"
                            | "part"
                            | "element"
                            | "issue"
                            | "question"
                            | "role"
                            | "point"
                            | "reminder"
                    )
                });
                evaluation_at(doc, &tokens, a, true)
                    .filter(|&(_, polarity, width)| {
                        width == 1 && noun && !(weighs && polarity == Polarity::Support)
                    })
                    .map(|(rule, polarity, _)| (rule, polarity, a + 2 - k))
            } else {
                None
            }
        };
        let direct = evaluation_at(doc, &tokens, k, !it_subject);
        let by_attribute = direct.is_none();
        let Some((mut rule, mut polarity, width)) = direct
            .or_else(attributive)
            .filter(|(rule, _, _)| !sends || cue_name(rule) == "wrong-message-1")
        else {
            continue;
        };
        // "A major change of direction is needed", "fiscal tightening is needed":
        // the thing needed is asked for; not "reform efforts are needed to ...",
        // which says what a need is for, "no new law is needed", which denies one,
        // nor "a permit was needed before work could begin", a condition.
        let denied_need = tokens.get(start).is_some_and(|t| {
            matches!(
                t.text.to_lowercase().as_str(),
                "no" | "nothing" | "little" | "none"
            )
        });
        if !negated
            && tokens.get(k).is_some_and(|t| t.text == "needed")
            && (tokens.get(k + 1).is_some_and(|t| {
                matches!(
                    t.text,
                    "to" | "for" | "before" | "until" | "when" | "if" | "by" | "after"
                )
            }) || denied_need)
        {
            continue;
        }
        // (Only a good word of a named thing: "not unfair" denies a charge, and
        // "it is not vital to ..." judges no thing named.)
        // ("wasn't acceptable to everyone": whom it does not suit, not a verdict.)
        let to_whom = tokens.get(k + width).is_some_and(|t| t.text == "to")
            && tokens.get(k + width + 1).is_some_and(|t| {
                matches!(
                    t.text,
                    "everyone"
                        | "everybody"
                        | "all"
                        | "some"
                        | "many"
                        | "me"
                        | "him"
                        | "her"
                        | "them"
                        | "us"
                )
            });
        if negated {
            if polarity == Polarity::Oppose || it_subject || to_whom {
                continue;
            }
            polarity = Polarity::Oppose;
            rule = format!("{rule}+negated");
        }
        // "he did not think the comments were offensive": denied, not held.
        if tokens[..copula]
            .iter()
            .any(|t| matches!(t.text, "not" | "never") || t.text.ends_with("n't"))
        {
            continue;
        }
        if start >= verb {
            continue;
        }
        // "it was vital that rises were minimised", "it is completely unacceptable
        // that X are targeting ...", "it was appalling for X to roll out ...": the
        // clause after the evaluation is judged.
        if it_subject {
            // "said it was a 'good deal' for local government": with no clause after
            // the evaluation, "it" takes up the proposal named just before.
            // "it is vital to ...", "it would be a mistake to ...": an infinitive names a
            // course of action, and "it was wrong to put China under the embargo" opposes
            // putting it there. Not "saying it is wrong to deny people ...", the reason
            // for a stance already stated, nor "wrong to suggest ...", a denial.
            let reason = start > 0
                && matches!(
                    tokens[start - 1].text,
                    "saying" | "arguing" | "adding" | "insisting" | "claiming"
                );
            let said = tokens
                .get(k + width + 1)
                .filter(|_| tokens.get(k + width).is_some_and(|t| t.text == "to"))
                .is_some_and(|t| {
                    is_reporting(doc, t.text)
                        || BELIEF_VERBS.contains(&t.text)
                        || matches!(
                            t.text,
                            "assume"
                                | "think"
                                | "imply"
                                | "describe"
                                | "compare"
                                | "speculate"
                                | "blame"
                                | "characterise"
                                | "characterize"
                                | "dismiss"
                                | "criticise"
                                | "criticize"
                                | "question"
                                | "argue"
                                | "point"
                                | "note"
                        )
                });
            // ("it was right to say that ...", "it was fair to criticise the timing":
            // a claim endorsed, no course.)
            if said && matches!(cue_name(&rule), "right-thing-1" | "enforceable-1") {
                continue;
            }
            let infinitive = polarity == crate::fact::Polarity::Support
                || tokens[copula].text == "be"
                || !reason && !said;
            let target = match extraposed(doc, &tokens, k + width, clause, infinitive) {
                Some(target_span) => target_entity(doc, target_span),
                None => {
                    let ends = tokens
                        .get(k + width)
                        .is_none_or(|t| matches!(t.text, "for" | "and" | "but" | "because"));
                    // (Only in reported speech: in a direct quotation "it" may be
                    // anything the speaker has in mind.)
                    let reported = fact.is_some_and(|f| !doc.facts.quotes[f].direct);
                    let idx = doc.layout.sentence_of(clause.start);
                    match idx {
                        Some(idx) if ends && reported => {
                            pronoun_antecedent(doc, idx, tokens[start].span.start, false)
                        }
                        _ => None,
                    }
                }
            };
            let Some(target) = target else {
                continue;
            };
            let Some(sentence) = sentence_at(doc, tokens[start].span.start) else {
                continue;
            };
            push_stances(
                doc,
                speakers,
                target,
                polarity,
                sentence,
                &format!("{rule}+stance/extraposed-1"),
                0.6,
                fact,
            );
            continue;
        }
        let mut end = tokens[verb - 1].span.end;
        let subject_text = &body[tokens[start].span.start..end];
        if let Some(dash) = subject_text.find([' ', '—', '–']).and_then(|_| {
            subject_text
                .find(" - ")
                .or_else(|| subject_text.find(" — "))
                .or_else(|| subject_text.find(" – "))
        }) {
            end = tokens[start].span.start + dash;
        }
        // "However, as usual, the Lib Dems' proposals are ...": the subject is the
        // first part between commas that opens with a determiner ("the White Paper,
        // published in 2003, was ..." keeps its first part); "told BBC One's
        // Breakfast: "It is ..."" judges nothing named.
        let mut target_span = Span::new(tokens[start].span.start, end);
        let subject = &body[target_span.start..target_span.end];
        if subject.contains(", ") {
            let mut offset = 0;
            for part in subject.split(", ") {
                let first = part.split_whitespace().next().unwrap_or_default();
                if DETERMINERS.contains(&first.to_lowercase().as_str()) {
                    target_span = Span::new(
                        target_span.start + offset,
                        target_span.start + offset + part.len(),
                    );
                    break;
                }
                offset += part.len() + 2;
            }
        }
        let subject_text = &body[target_span.start..target_span.end];
        let ends_in_pronoun = subject_text
            .split_whitespace()
            .last()
            .is_some_and(|w| EMPTY_TARGETS.contains(&w.to_lowercase().as_str()));
        let n_words = words(body, target_span).len();
        if n_words == 0
            || n_words > 8
            || ends_in_pronoun
            || subject_text.contains(':')
            || !proposal_like(doc, target_span)
        {
            continue;
        }
        // ("the mayor was a reckless leader": a person or body described, not a
        // proposal judged.)
        let head_is_agent = || {
            subject_text
                .split_whitespace()
                .last()
                .map(|w| w.to_lowercase())
                .is_some_and(|w| {
                    doc.k.titles.contains_key(&w)
                        || doc.k.org_words.contains(&w)
                        || doc.k.group_words.contains(&w)
                })
        };
        if by_attribute && head_is_agent() {
            continue;
        }
        let Some(target) = target_entity(doc, target_span) else {
            continue;
        };
        if by_attribute && is_agent(doc, target) {
            continue;
        }
        let Some(sentence) = sentence_at(doc, tokens[start].span.start) else {
            continue;
        };
        push_stances(doc, speakers, target, polarity, sentence, &rule, 0.6, fact);
    }
}
