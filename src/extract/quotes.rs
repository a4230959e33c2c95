//! Quotes: direct quotations in any quote style, and reported speech.
//!
//! Owns: finding quotation spans (straight, curly and single marks, runs across
//! paragraphs), attributing them to a speaker from the words around them
//! ("...," said X / X said: "..." / "...," he said, "..."), and indirect
//! quotations ("X said (that) ...", "..., X said."). Leaves stance-finding
//! inside quotes to `stances`.

use crate::fact::Quote;
use crate::text::{words, Span};

use super::resolve::{referent_at, subject_before, Referent};
use super::{Doc, FoundQuote};

/// The fewest words a direct quotation needs to count as a quote.
const MIN_QUOTE_WORDS: usize = 4;

/// Words that may stand between a subject and its reporting verb.
const AUXILIARIES: &[&str] = &[
    "has",
    "had",
    "have",
    "also",
    "later",
    "then",
    "previously",
    "repeatedly",
    "again",
    "yesterday",
    "today",
    "earlier",
    "separately",
    "himself",
    "herself",
    "once",
    "recently",
    "afterward",
    "afterwards",
    "subsequently",
    "always",
    "long",
    "strongly",
    "firmly",
    "consistently",
    "publicly",
    "privately",
    "reportedly",
    "will",
    "would",
    "is",
    "was",
    "were",
    "are",
    "did",
    "does",
    "do",
    "not",
    "never",
    "clearly",
    "already",
    "went",
    "on",
    "to",
    "continued",
    "go",
    "goes",
    "last",
    "since",
    "now",
    "still",
    "first",
    "formally",
    "officially",
    "openly",
    "meanwhile",
    "likewise",
    "both",
];

/// Whether a word may stand between a subject and its verb: an auxiliary,
/// adverb or time word ("has also said", "said on Monday", "even suggested").
pub(crate) fn is_auxiliary(word: &str) -> bool {
    AUXILIARIES.contains(&word)
        || super::LINKING_ADVERBS.contains(&word)
        || super::is_time_word(word)
}

/// Words that start a prepositional phrase after a reporting verb ("said in a statement").
const PREPOSITIONS: &[&str] = &[
    "in", "at", "during", "before", "after", "on", "with", "to", "of", "from", "outside", "ahead",
    "while", "when", "for", "against", "about",
];

/// Finds quotes in the quotation `spans` (from [`quotation_spans`], whose outer
/// spans are already `doc.quotations`) and adds them to `doc.facts.quotes` and
/// `doc.quotes`.
pub(crate) fn find_quotes(doc: &mut Doc, spans: Vec<(Span, Span)>) {
    // The last attributed quotation: (its last paragraph, speakers, where it
    // ends, where it opens).
    let mut previous: Option<(usize, Vec<usize>, usize, usize)> = None;
    for (outer, inner) in spans {
        let n_words = words(doc.layout.body, inner).len();
        let paragraph = paragraph_of(doc, outer.start);
        let mut found = FoundQuote {
            outer,
            fact: None,
            speakers: Vec::new(),
            pronoun: None,
            continues: None,
        };
        if n_words >= MIN_QUOTE_WORDS && !is_denial(doc, inner) && !is_title(doc, inner) {
            let attributed = attribution_after(doc, outer)
                .map(|r| (r, "quote/direct/after-1", 0.9))
                .or_else(|| {
                    attribution_before(doc, outer).map(|r| (r, "quote/direct/before-1", 0.9))
                })
                .or_else(|| {
                    // `Mr Lund "should have withdrawn it", said Mr Dale.`: the sentence's
                    // own attribution, after the fragment, names the speaker.
                    let sentence = doc
                        .layout
                        .sentence_of(outer.start)
                        .map(|i| doc.layout.sentences[i])?;
                    trailing_attribution(doc, sentence)
                        .filter(|(_, clause)| {
                            clause.contains(outer)
                                && !doc
                                    .text(Span::new(inner.start, clause.end))
                                    .contains(['.', '!', '?'])
                        })
                        .map(|(r, _)| (r, "quote/direct/trailing-1", 0.7))
                })
                .or_else(|| {
                    subject_before_quote(doc, outer, inner)
                        .map(|r| (r, "quote/direct/subject-1", 0.6))
                });
            let (speakers, rule, confidence) = match attributed {
                Some((referent, rule, confidence)) => {
                    let word = doc.text(referent.span).to_ascii_lowercase();
                    if referent.indirect && matches!(word.as_str(), "he" | "she") {
                        found.pronoun = Some((referent.span.start, word == "he"));
                    }
                    (referent.entities, rule, confidence)
                }
                None => match &previous {
                    // A quotation paragraph right after an attributed one continues it.
                    Some((prev_paragraph, speakers, prev_end, opens))
                        if paragraph == *prev_paragraph + 1 && starts_paragraph(doc, outer) =>
                    {
                        let last = doc
                            .layout
                            .sentences
                            .iter()
                            .rev()
                            .find(|s| s.end <= outer.start)
                            .copied();
                        // "..., Mr Howard said." closing the paragraph before: he goes on.
                        // ('... "It is very sad." Karl Brenning said the fair "was badly
                        // run". ¶ "We would like ..."': someone else reported after the
                        // quotation goes on.)
                        let reporter = last.and_then(|s| {
                            sentence_reporter(doc, s).map(|p| vec![p]).or_else(|| {
                                other_reporter(doc, s, *prev_end)
                                    .filter(|r| r.entities != *speakers)
                                    .map(|r| r.entities)
                            })
                        });
                        match reporter {
                            Some(people) => (people, "quote/direct/continued-1", 0.6),
                            None => {
                                found.continues = Some(*opens);
                                (speakers.clone(), "quote/direct/continued-1", 0.6)
                            }
                        }
                    }
                    // `"A," X said. "B."`: the second half of a split quotation.
                    Some((prev_paragraph, speakers, prev_end, opens))
                        if paragraph == *prev_paragraph
                            && starts_sentence(doc, outer)
                            && attribution_gap(doc, Span::new(*prev_end, outer.start)) =>
                    {
                        found.continues = Some(*opens);
                        (speakers.clone(), "quote/direct/continued-2", 0.6)
                    }
                    // 'Corbyn said that "after three months ..." the prime minister had
                    // "achieved not a single change ..."': a second fragment under the same
                    // verb is part of the one report already given.
                    Some((_, _, prev_end, _))
                        if *prev_end <= outer.start
                            && sentence_start(doc, outer.start) <= *prev_end
                            && !words(doc.layout.body, Span::new(*prev_end, outer.start))
                                .iter()
                                .any(|t| {
                                    is_reporting(doc, &t.text.to_lowercase())
                                        || t.text.ends_with("ing")
                                })
                            && fragment_speaker(doc, outer).is_some() =>
                    {
                        (Vec::new(), "", 0.0)
                    }
                    _ => match fragment_speaker(doc, outer) {
                        Some(referent) => (referent.entities, "quote/direct/fragment-1", 0.5),
                        None => (Vec::new(), "", 0.0),
                    },
                },
            };
            // The reporting verb's rule joins the construction's: "quote/direct/after-1+quote/say-1".
            let verb = match rule {
                "quote/direct/after-1" => verb_rule_in(
                    doc,
                    Span::new(outer.end, sentence_end(doc, outer.end).max(outer.end)),
                    false,
                ),
                "quote/direct/before-1" => verb_rule_in(
                    doc,
                    Span::new(
                        sentence_start(doc, outer.start).min(outer.start),
                        outer.start,
                    ),
                    true,
                ),
                _ => None,
            };
            let rule = match verb {
                Some(verb) => format!("{rule}+{verb}"),
                None => rule.to_string(),
            };
            // (A headline's quotation is a repeat: its speaker is kept, no quote given.)
            let in_headline = doc.headline.is_some_and(|h| h.contains(outer));
            for &speaker in speakers.iter().filter(|_| !in_headline) {
                let evidence = doc.layout.evidence(trim_span(doc, inner));
                found.fact.get_or_insert(doc.facts.quotes.len());
                doc.facts.quotes.push(Quote {
                    speaker,
                    evidence,
                    direct: true,
                    rule: rule.to_string(),
                    confidence,
                });
            }
            if !speakers.is_empty() {
                previous = Some((
                    last_paragraph_of(doc, outer),
                    speakers.clone(),
                    outer.end,
                    outer.start,
                ));
            }
            found.speakers = speakers;
        }
        doc.add_quote(found);
    }
    indirect_quotes(doc);
    resolve_pronouns_again(doc);
    continued_after_reported(doc);
}

/// The named subject of the first reporting verb in `sentence`, when the
/// sentence starts at or after `after` (the last quotation's end) and no
/// quotation stands before the verb: 'Karl Brenning said the fair "was badly run".'
fn other_reporter(doc: &Doc, sentence: Span, after: usize) -> Option<Referent> {
    if sentence.start < after {
        return None;
    }
    let tokens = words(doc.layout.body, sentence);
    let verb = tokens
        .iter()
        .find(|t| is_reporting(doc, &t.text.to_lowercase()) && !t.text.ends_with("ing"))?;
    // (Not a name inside a quotation before the verb.)
    if doc
        .text(Span::new(sentence.start, verb.span.start))
        .contains(['"', '“', '”'])
    {
        return None;
    }
    subject_of_verb(
        doc,
        clause_start(doc, sentence, verb.span.start),
        verb.span.start,
    )
    .filter(|r| !r.indirect)
}

/// `A spokeswoman said it was wrong. "...," she said.`: a speaker named by a
/// pronoun is resolved again once the reported sentences are known too.
fn resolve_pronouns_again(doc: &mut Doc) {
    for i in 0..doc.quotes.len() {
        let (Some((pos, male)), Some(fact)) = (doc.quotes[i].pronoun, doc.quotes[i].fact) else {
            continue;
        };
        let Some(speaker) = doc.resolve_pronoun(pos, male) else {
            continue;
        };
        if doc.quotes[i].speakers != [speaker] {
            doc.facts.quotes[fact].speaker = speaker;
            doc.quotes[i].speakers = vec![speaker];
        }
    }
    // The second half of a split quotation, and a run of quotation paragraphs,
    // keep the speaker of the quotation they continue (in order, so a chain follows).
    for i in 0..doc.quotes.len() {
        let Some(opens) = doc.quotes[i].continues else {
            continue;
        };
        let Some(from) = doc.quotes[..i].iter().rposition(|q| q.outer.start == opens) else {
            continue;
        };
        let (Some(fact), &[speaker]) = (doc.quotes[i].fact, &doc.quotes[from].speakers[..]) else {
            continue;
        };
        if doc.quotes[i].speakers.len() == 1 && doc.quotes[i].speakers != [speaker] {
            doc.facts.quotes[fact].speaker = speaker;
            doc.quotes[i].speakers = vec![speaker];
        }
    }
}

/// `He said there was nothing worse. "I am not suggesting ..."`: a quotation
/// with no attribution of its own, opening a sentence (or paragraph) right
/// after a sentence that reports someone's words, goes on with that speaker.
fn continued_after_reported(doc: &mut Doc) {
    for i in 0..doc.quotes.len() {
        let outer = doc.quotes[i].outer;
        if !doc.quotes[i].speakers.is_empty()
            || !(starts_sentence(doc, outer) || starts_paragraph(doc, outer))
        {
            continue;
        }
        let text = doc.text(outer);
        let open = text.chars().next().map_or(0, char::len_utf8);
        let close = text
            .chars()
            .next_back()
            .filter(|c| matches!(c, '"' | '”' | '’' | '\''))
            .map_or(0, char::len_utf8);
        let inner = Span::new(
            outer.start + open,
            (outer.end - close).max(outer.start + open),
        );
        if words(doc.layout.body, inner).len() < MIN_QUOTE_WORDS || is_denial(doc, inner) {
            continue;
        }
        let Some(current) = doc.layout.sentence_of(outer.start) else {
            continue;
        };
        let Some(previous) = current.checked_sub(1) else {
            continue;
        };
        let paragraph = doc.layout.sentence_paragraph[current];
        if paragraph - doc.layout.sentence_paragraph[previous] > 1 {
            continue;
        }
        let sentence = doc.layout.sentences[previous];
        let Some(speakers) = doc
            .quotes_overlapping(sentence)
            .filter(|&j| j != i && doc.quotes[j].outer.end <= outer.start)
            .filter(|&j| !doc.quotes[j].speakers.is_empty())
            .last()
            .map(|j| doc.quotes[j].speakers.clone())
        else {
            continue;
        };
        let evidence = doc.layout.evidence(trim_span(doc, inner));
        for &speaker in &speakers {
            doc.quotes[i].fact.get_or_insert(doc.facts.quotes.len());
            doc.facts.quotes.push(Quote {
                speaker,
                evidence: evidence.clone(),
                direct: true,
                rule: "quote/direct/continued-3".to_string(),
                confidence: 0.5,
            });
        }
        doc.quotes[i].speakers = speakers;
    }
}

/// The rule id of the first (or last) reporting verb in a span.
fn verb_rule_in(doc: &Doc, span: Span, last: bool) -> Option<String> {
    let tokens = words(doc.layout.body, span);
    let mut verbs = tokens
        .iter()
        .filter_map(|t| doc.k.reporting.get(&t.text.to_lowercase()));
    let verb = if last {
        verbs.next_back()
    } else {
        verbs.next()
    };
    verb.cloned()
}

fn paragraph_of(doc: &Doc, pos: usize) -> usize {
    doc.layout.paragraphs.partition_point(|p| p.end <= pos)
}

fn last_paragraph_of(doc: &Doc, span: Span) -> usize {
    paragraph_of(doc, span.end.saturating_sub(1))
}

/// The words between a quotation and the next one are only the first one's
/// attribution: short, or a sentence with a reporting verb ("..., Cameron said
/// at the outset of the summit.").
fn attribution_gap(doc: &Doc, gap: Span) -> bool {
    let tokens = words(doc.layout.body, gap);
    tokens.len() <= 10 || tokens.len() <= 20 && tokens.iter().any(|t| is_reporting(doc, t.text))
}

fn starts_sentence(doc: &Doc, span: Span) -> bool {
    doc.layout
        .sentences
        .binary_search_by(|s| s.start.cmp(&span.start))
        .is_ok()
}

fn starts_paragraph(doc: &Doc, span: Span) -> bool {
    doc.layout.paragraphs.iter().any(|p| p.start == span.start)
}

/// Trims white space and a trailing comma from a quotation's inside.
pub(crate) fn trim_span(doc: &Doc, span: Span) -> Span {
    let text = doc.text(span);
    let start = span.start + (text.len() - text.trim_start().len());
    let trimmed = text.trim();
    let trimmed = trimmed.strip_suffix(',').unwrap_or(trimmed).trim_end();
    Span::new(start, start + trimmed.len())
}

/// Every quotation: (outer span with marks, inner span), in text order.
/// A paragraph that ends inside a quotation continues into the next paragraph
/// when that one opens with a quotation mark; a quotation never closed before
/// the next one opens ends with its sentence.
pub(crate) fn quotation_spans(doc: &Doc) -> Vec<(Span, Span)> {
    let body = doc.layout.body;
    let mut out = Vec::new();
    let paragraphs = &doc.layout.paragraphs;
    let mut p = 0;
    // Where a run across paragraphs closed: the rest of its last paragraph is
    // read from there on ('... cut. "Parliamentarians ... alone." Mr Thurso said
    // ... Ms Dunwoody says: "Slight ...').
    let mut resume = 0;
    while p < paragraphs.len() {
        let para = paragraphs[p];
        let marks = marks_in(&body[para.start..para.end]);
        let mut i = 0;
        let mut next_paragraph = p + 1;
        while i < marks.len() {
            let (open_pos, open) = marks[i];
            if !open.can_open() || para.start + open_pos < resume {
                i += 1;
                continue;
            }
            let open_abs = para.start + open_pos;
            let close = marks[i + 1..].iter().position(|(_, m)| m.can_close(open));
            // `... come. "It is vital ...`: a mark that opens a new sentence inside an
            // open quotation continues it (paragraphs run together); it is not a new one.
            let text = &body[para.start..para.end];
            // Not when the words since the opening report someone ("... He said that ..."):
            // then the first quotation was left unclosed.
            // (Only a report in the shape of an attribution counts: a name or "he"
            // before the verb, and a comma, colon, "that" or the mark after it; "they
            // say these are ..." and "a clause that says ..." are the speaker's words.)
            let continues = |pos: usize| {
                let since = words(body, Span::new(open_abs, para.start + pos));
                text[..pos].trim_end_matches(' ').ends_with(['.', '?', '!'])
                    && text[..pos].ends_with(' ')
                    && !since.iter().enumerate().any(|(j, t)| {
                        let after = body[t.span.end..].trim_start_matches(' ');
                        is_reporting(doc, t.text)
                            && j > 0
                            && (matches!(since[j - 1].text, "he" | "she" | "He" | "She")
                                || since[j - 1].text.starts_with(char::is_uppercase)
                                    && !matches!(since[j - 1].text, "I" | "We" | "They"))
                            && (after.starts_with([',', ':'])
                                || after.starts_with("that ")
                                || j + 1 == since.len())
                    })
            };
            let reopen = marks[i + 1..].iter().position(|(pos, m)| {
                m.reopens(open) && !(m.is_double() && continues(*pos) && close.is_some())
            });
            match (close, reopen) {
                (Some(c), r) if r.is_none_or(|r| c < r) => {
                    let (close_pos, close_mark) = marks[i + 1 + c];
                    let outer = Span::new(open_abs, para.start + close_pos + close_mark.len());
                    let inner = Span::new(open_abs + open.len(), para.start + close_pos);
                    out.push((outer, inner));
                    i += c + 2;
                }
                (_, Some(r)) => {
                    // Never closed before the next quotation opens: it ends with its sentence.
                    let next_open = para.start + marks[i + 1 + r].0;
                    let end = sentence_end(doc, open_abs).min(next_open);
                    let end = open_abs + body[open_abs..end].trim_end().len();
                    if end > open_abs + open.len() {
                        out.push((
                            Span::new(open_abs, end),
                            Span::new(open_abs + open.len(), end),
                        ));
                    }
                    i += r + 1;
                }
                (None, None) => {
                    // A run across paragraphs, when the next ones open with a mark.
                    if let Some((last_p, close_abs, close_len)) = run_across(doc, p, open) {
                        out.push((
                            Span::new(open_abs, close_abs + close_len),
                            Span::new(open_abs + open.len(), close_abs),
                        ));
                        next_paragraph = last_p;
                        resume = close_abs + close_len;
                        break;
                    }
                    // Never closed: look for later quotations in the paragraph.
                    i += 1;
                }
                (Some(c), None) => {
                    // The guard above takes every close without a reopen.
                    i += c + 2;
                }
            }
        }
        p = next_paragraph;
    }
    out
}

/// The close of a quotation left open at the end of paragraph `p`, in a later
/// paragraph that opens with a quotation mark: (paragraph, close position, close length).
fn run_across(doc: &Doc, p: usize, open: Mark) -> Option<(usize, usize, usize)> {
    let body = doc.layout.body;
    let paragraphs = &doc.layout.paragraphs;
    let mut q = p + 1;
    while q < paragraphs.len() {
        let next = paragraphs[q];
        let marks = marks_in(&body[next.start..next.end]);
        if !marks
            .first()
            .is_some_and(|(pos, m)| *pos == 0 && m.can_open())
        {
            return None;
        }
        if let Some(&(close_pos, m)) = marks[1..].iter().find(|(_, m)| m.can_close(open)) {
            return Some((q, next.start + close_pos, m.len()));
        }
        q += 1;
    }
    None
}

/// A quotation mark and what its context lets it do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mark {
    /// `"` after a space or at the start, before a word.
    StraightOpen,
    /// `"` after a word or punctuation.
    StraightClose,
    /// `"` with space on both sides: closes if something is open.
    StraightEither,
    /// `“`.
    CurlyOpen,
    /// `”`.
    CurlyClose,
    /// `‘` at a word start.
    SingleOpen,
    /// `’` not inside a word.
    SingleClose,
}

impl Mark {
    fn can_open(self) -> bool {
        matches!(
            self,
            Mark::StraightOpen | Mark::CurlyOpen | Mark::SingleOpen
        )
    }

    fn is_double(self) -> bool {
        !matches!(self, Mark::SingleOpen | Mark::SingleClose)
    }

    fn can_close(self, open: Mark) -> bool {
        match open {
            Mark::SingleOpen => self == Mark::SingleClose,
            _ => matches!(
                self,
                Mark::StraightClose | Mark::StraightEither | Mark::CurlyClose
            ),
        }
    }

    /// A new quotation of the same family opening before this one closed.
    fn reopens(self, open: Mark) -> bool {
        self.can_open() && self.is_double() == open.is_double()
    }

    fn len(self) -> usize {
        match self {
            Mark::StraightOpen | Mark::StraightClose | Mark::StraightEither => 1,
            _ => 3,
        }
    }
}

/// The quotation marks of a paragraph with their byte positions.
fn marks_in(text: &str) -> Vec<(usize, Mark)> {
    let mut marks = Vec::new();
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    for (n, &(pos, ch)) in chars.iter().enumerate() {
        let prev = n.checked_sub(1).map(|i| chars[i].1);
        let next = chars.get(n + 1).map(|c| c.1);
        match ch {
            '"' => {
                let space_before = prev.is_none_or(|c| {
                    c.is_whitespace() || matches!(c, '(' | '[' | '—' | '–' | '-' | '/')
                });
                let space_after = next.is_none_or(char::is_whitespace);
                let mark = match (space_before, space_after) {
                    (true, false) => Mark::StraightOpen,
                    (false, _) => Mark::StraightClose,
                    (true, true) => Mark::StraightEither,
                };
                marks.push((pos, mark));
            }
            '“' => marks.push((pos, Mark::CurlyOpen)),
            '”' => marks.push((pos, Mark::CurlyClose)),
            '‘' if prev.is_none_or(|c| !c.is_alphanumeric()) => {
                marks.push((pos, Mark::SingleOpen))
            }
            '’' if next.is_none_or(|c| !c.is_alphanumeric())
                && prev.is_some_and(|c| !c.is_whitespace()) =>
            {
                marks.push((pos, Mark::SingleClose))
            }
            _ => {}
        }
    }
    marks
}

/// The end of the sentence holding `pos` (or of its paragraph).
fn sentence_end(doc: &Doc, pos: usize) -> usize {
    let idx = doc.layout.sentence_of(pos).unwrap_or(0);
    let mut end = doc
        .layout
        .sentences
        .get(idx)
        .map_or(doc.layout.body.len(), |s| s.end);
    // A sentence split inside the quotation: take the one holding the close.
    if end < pos {
        end = doc
            .layout
            .sentences
            .iter()
            .find(|s| s.end >= pos)
            .map_or(doc.layout.body.len(), |s| s.end);
    }
    end
}

fn sentence_start(doc: &Doc, pos: usize) -> usize {
    doc.layout
        .sentence_of(pos)
        .and_then(|i| doc.layout.sentences.get(i))
        .map_or(0, |s| s.start)
}

/// `"...," said X.` / `"...," X said.` / `"...," he told reporters.`
fn attribution_after(doc: &Doc, outer: Span) -> Option<Referent> {
    let body = doc.layout.body;
    let para_end = doc
        .layout
        .paragraphs
        .iter()
        .find(|p| p.end >= outer.end)
        .map_or(body.len(), |p| p.end);
    // `"Who will pay?" Ana Kerr asked.`: the splitter ends a sentence at the
    // question mark, but the attribution that follows still belongs to it.
    let asks = body[..outer.end]
        .trim_end_matches(['"', '”', '’', '\''])
        .ends_with(['?', '!']);
    let probe = if asks {
        (outer.end + 1).min(body.len())
    } else {
        outer.end
    };
    let limit = sentence_end(doc, probe).max(outer.end).min(para_end);
    let after = &body[outer.end..limit];
    let trimmed = after.trim_start_matches([',', ' ']);
    let start = outer.end + (after.len() - trimmed.len());
    let tokens = words(body, Span::new(start, limit));
    let first = tokens.first()?;
    if first.span.start != start {
        return None;
    }
    // "..., according to X"
    if first.text.eq_ignore_ascii_case("according") && tokens.get(1).is_some_and(|t| t.text == "to")
    {
        return referent_at(doc, tokens[1].span.end, limit).filter(|r| whole_source(doc, r, limit));
    }
    // "state radio quoted X as saying"
    if let Some(quoted) = tokens.iter().take(6).position(|t| t.text == "quoted") {
        let as_saying = |r: &Referent| {
            let rest = body[r.span.end..limit].trim_start();
            ["as saying", "as telling", "as writing"]
                .iter()
                .any(|p| rest.starts_with(p))
        };
        if let Some(referent) = referent_at(doc, tokens[quoted].span.end, limit).filter(as_saying) {
            return Some(referent);
        }
    }
    // "said X"
    if is_reporting(doc, first.text) {
        return referent_at(doc, first.span.end, limit);
    }
    // "X said", "X, the Y, said", "X (R-Idaho) said"
    let referent = referent_at(doc, start, limit)?;
    let after_name = skip_bracket(body, referent.span.end, limit);
    // "Senator Lindsey Graham of South Carolina told ...": the place a person
    // represents goes with the name.
    let after_name = of_place(doc, after_name, limit);
    let rest_tokens = words(body, Span::new(after_name, limit));
    let mut k = 0;
    while k < rest_tokens.len() && is_auxiliary(rest_tokens[k].text) {
        k += 1;
    }
    // (After a question or a closed sentence, the next sentence's "X said she was
    // pleased ..." or "And Gordon Brown said the figures did not add up" is a
    // report of its own, not the quotation's attribution.)
    let closed = body[..outer.end]
        .trim_end_matches(['"', '”', '’', '\'', ' '])
        .ends_with(['?', '!', '.']);
    if rest_tokens
        .get(k)
        .is_some_and(|t| is_reporting(doc, t.text))
        && !(closed && rest_tokens.len() > k + 4)
    {
        return Some(referent);
    }
    // "X, the German foreign minister, said"
    let rest = &body[referent.span.end..limit];
    if let Some(after_apposition) = skip_apposition(rest) {
        let word = after_apposition.split_whitespace().next().unwrap_or("");
        if is_reporting(doc, word.trim_end_matches([',', '.', ':'])) {
            return Some(referent);
        }
    }
    None
}

/// `Germany “fundamentally rejects ...”`: a quotation that continues the sentence
/// its subject starts, right after the subject's name.
fn subject_before_quote(doc: &Doc, outer: Span, inner: Span) -> Option<Referent> {
    let body = doc.layout.body;
    let first = body[inner.start..inner.end].trim_start().chars().next()?;
    if !first.is_lowercase() {
        return None;
    }
    let before = body[..outer.start].trim_end();
    if before.len() == outer.start {
        return None;
    }
    let mention = super::resolve::mention_ending_at(doc, before.len())?;
    if doc.kind(mention.entity) == crate::fact::EntityKind::Proposal {
        return None;
    }
    // "Trump said the US would not let Russia "go out and do weapons"": after a
    // reporting verb, the name is inside what was reported, not its speaker.
    // (Only in the same clause: "..., and it includes the caveat that Germany
    // "fundamentally rejects ..."" quotes Germany's own text.)
    let sentence = sentence_start(doc, mention.span.start);
    let lead = words(body, Span::new(sentence, mention.span.start));
    if let Some(verb) = lead.iter().rposition(|t| is_reporting(doc, t.text)) {
        let between = &body[lead[verb].span.end..mention.span.start];
        // ("said that the US would not let Russia "..."": the report's own "that"
        // is no frame; "the caveat that Germany "..."" is.)
        let framed = lead.iter().skip(verb + 2).any(|t| t.text == "that");
        if !between.contains([',', '—', '–', ';']) && !framed {
            return None;
        }
    }
    Some(Referent {
        entities: vec![mention.entity],
        span: mention.span,
        indirect: false,
    })
}

/// `Milburn accused the Tories of "launching Thatcherism in instalments"`: a
/// quoted fragment inside a sentence whose subject is a named agent.
fn fragment_speaker(doc: &Doc, outer: Span) -> Option<Referent> {
    let idx = doc.layout.sentence_of(outer.start)?;
    let sentence = *doc.layout.sentences.get(idx)?;
    if outer.start <= sentence.start + 1
        || !doc.layout.body[sentence.start..outer.start].contains(' ')
    {
        return None;
    }
    // 'The DCA had shown a "lack of consistent leadership", the MPs found': a
    // trailing attribution names the speaker, and the subject is only talked about.
    // (Only ", SUBJECT VERB ...", ", said X": not ", saying families would
    // suffer" or ", and said he would fight on", which go on with the same subject.)
    let after = Span::new(outer.end, sentence.end.max(outer.end));
    let rest = words(doc.layout.body, after);
    let reporting = |t: &crate::text::Token| {
        is_reporting(doc, &t.text.to_lowercase())
            || matches!(t.text, "found" | "concluded" | "finds" | "concludes")
    };
    let trailing = rest.len() >= 2
        && rest.len() <= 8
        && rest.iter().any(reporting)
        && !rest.first().is_some_and(|t| {
            matches!(t.text, "and" | "but" | "or" | "then") || t.text.ends_with("ing")
        });
    if doc.text(after).trim_start().starts_with(',') && trailing {
        return None;
    }
    // "He went on to reflect on the values that "most Britons hold dear"": a
    // sentence-opening "he" or "she" is as good as a name here.
    // ("IRNA quoted ministry spokeswoman Marzieh Afkham as saying the visit showed
    // his isolation, "even among ..."": the person quoted is the speaker.)
    let before = words(doc.layout.body, Span::new(sentence.start, outer.start));
    if let Some(quoted) = before.iter().position(|t| t.text == "quoted") {
        let quoted_person = referent_at(doc, before[quoted].span.end, outer.start)
            .map(|r| person_behind_title(doc, r, outer.start))
            .filter(|r| {
                doc.layout.body[r.span.end..outer.start]
                    .trim_start()
                    .starts_with("as saying")
            });
        if quoted_person.is_some() {
            return quoted_person;
        }
    }
    main_subject(doc, sentence, outer.start).filter(|r| {
        !r.indirect
            || r.span.start == sentence.start
                && matches!(doc.text(r.span).to_lowercase().as_str(), "he" | "she")
    })
}

/// `X said: "..."`, `X told attendees: "..."`, `when he said, "..."`, `"...," he said, "..."`.
fn attribution_before(doc: &Doc, outer: Span) -> Option<Referent> {
    attribution_ending_at(doc, outer.start).or_else(|| {
        // "NPR's Frank Langfitt reports:" ending the paragraph before.
        let paragraph = paragraph_of(doc, outer.start);
        let previous = doc.layout.paragraphs.get(paragraph.checked_sub(1)?)?;
        let opens = doc.layout.paragraphs[paragraph].start == outer.start;
        (opens && doc.text(*previous).ends_with(':'))
            .then(|| attribution_ending_at(doc, previous.end))
            .flatten()
    })
}

/// The attribution ending at `end` (where a quotation opens): `X said:`, `said X,`.
fn attribution_ending_at(doc: &Doc, end: usize) -> Option<Referent> {
    let outer = Span::new(end, end);
    let body = doc.layout.body;
    let mut start = sentence_start(doc, end);
    // Start after any earlier quotation in the same sentence.
    for idx in doc.quotes_overlapping(Span::new(start, outer.start)) {
        let found = &doc.quotes[idx];
        if found.outer.end <= outer.start && found.outer.end > start {
            start = found.outer.end;
        }
    }
    if start >= outer.start {
        return None;
    }
    let before = &body[start..outer.start];
    let tokens = words(body, Span::new(start, outer.start));
    // The reporting verb nearest the quotation, at most six words before it.
    let verb_idx = (0..tokens.len())
        .rev()
        .take(7)
        .find(|&i| is_reporting(doc, tokens[i].text))?;
    let tail = &body[tokens[verb_idx].span.end..outer.start];
    if tail.contains(['.', ';'])
        || !(tail.trim_end().ends_with([':', ','])
            || tail.trim().is_empty()
            || tail.split_whitespace().count() <= 5)
    {
        return None;
    }
    let _ = before;
    // "said X: ..." (verb first, then the speaker); "told the BBC:" names the listener.
    let verb = tokens[verb_idx].text.to_lowercase();
    let listener = verb.starts_with("tell") || verb == "told";
    if let Some(referent) =
        referent_at(doc, tokens[verb_idx].span.end, outer.start).filter(|_| !listener)
    {
        // "said Mr Blair: ..." or "said Mr Blair, ...": a name set off from the
        // quotation; "said Nato "serves a purpose"" makes Nato the quotation's subject.
        let between = body[referent.span.end..outer.start].trim();
        if between.len() == 1 && between.ends_with([':', ',']) {
            return Some(referent);
        }
    }
    // "X criticised Mr Y, telling BBC News: ...": a participle after a comma
    // reports for the main clause's subject, not for the name nearest it.
    let verb_start = tokens[verb_idx].span.start;
    if verb.ends_with("ing") && body[start..verb_start].trim_end().ends_with(',') {
        let sentence = doc
            .layout
            .sentence_of(verb_start)
            .map(|idx| doc.layout.sentences[idx])?;
        if let Some(referent) = participle_subject(doc, sentence, verb_start) {
            return Some(referent);
        }
    }
    subject_of_verb(doc, start, verb_start)
}

/// The subject before a verb at `verb_start`: skips auxiliaries and a comma-enclosed apposition.
pub(crate) fn subject_of_verb(
    doc: &Doc,
    clause_start: usize,
    verb_start: usize,
) -> Option<Referent> {
    let referent = subject_named_before(doc, clause_start, verb_start)?;
    // "A spokesman for Mayor Lena Fisk said", "a spokesman for Mr Blair": a
    // person's spokesperson is not the person, and speaks for no one the
    // annotation counts (annotation.md). ("Spokeswoman for women Sandra Gidley"
    // is the spokeswoman herself; "a spokeswoman for Royal Mail" speaks for it.)
    let body = doc.layout.body;
    let lead = &body[clause_start..referent.span.start.max(clause_start)];
    let for_person = lead.rfind(" for ").is_some_and(|at| {
        let before = lead[..at].trim_end();
        let word = before.rsplit(' ').next().unwrap_or(before);
        let between: Vec<&str> = lead[at + 5..].split_whitespace().collect();
        let titled = between.iter().any(|w| {
            doc.k.honorifics.contains(w.trim_end_matches('.'))
                || doc.k.titles.contains_key(&w.to_lowercase())
        });
        // ("the Henry Jackson Society": a name that ends in an organisation
        // word is no person.)
        let name = &doc.layout.body[referent.span.start..referent.span.end];
        let given = name
            .split_whitespace()
            .next()
            .is_some_and(|w| doc.k.given_names.contains_key(w))
            && !name
                .split_whitespace()
                .last()
                .is_some_and(|w| doc.k.org_words.contains(&w.to_lowercase()));
        super::spokes_word(&word.to_ascii_lowercase(), None)
            && between.len() <= 4
            && between
                .iter()
                .all(|w| w.eq_ignore_ascii_case("the") || w.starts_with(|c: char| c.is_uppercase()))
            && (titled || given)
    });
    (!for_person).then_some(referent)
}

/// An aside after a name that says how old the person is or where from: "41",
/// "from Leeds".
fn whereabouts(aside: &str) -> bool {
    let aside = aside.trim();
    let age = !aside.is_empty() && aside.chars().all(|c| c.is_ascii_digit());
    age || aside.split_whitespace().next() == Some("from")
}

/// "Simon Hall at Postbridge on Dartmoor in the West Country said": a person
/// named before up to three phrases of place, each a preposition and a
/// capitalised name, that end `text` (which opens at `clause_start`).
fn person_before_places(doc: &Doc, clause_start: usize, text: &str) -> Option<Referent> {
    let mut rest = text;
    for _ in 0..3 {
        let at = [" at ", " in ", " on ", " from "]
            .iter()
            .filter_map(|p| rest.rfind(p))
            .max()?;
        let place: Vec<&str> = rest[at..].split_whitespace().skip(1).collect();
        let place = match place.split_first() {
            Some((first, others)) if first.eq_ignore_ascii_case("the") => others,
            _ => &place[..],
        };
        if place.is_empty()
            || place.len() > 4
            || !place.iter().all(|w| {
                w.starts_with(|c: char| c.is_uppercase()) && w.chars().all(char::is_alphabetic)
            })
        {
            return None;
        }
        rest = rest[..at].trim_end();
        let mention = super::resolve::mention_ending_at(doc, clause_start + rest.len());
        // (The name opens the clause, after at most its titles or an outlet's
        // possessive: "BBC correspondent Simon Hall", "The BBC's David Willey";
        // not "The lawyer for Helen Marsh", "Police who arrested Tom Beck".)
        let opens = |m: &super::Mention| {
            let lead = &doc.layout.body[clause_start..m.span.start];
            // (From the last clause break: "... - and the BBC's Sarah Rainsford".)
            let from = [" - ", " — ", ", ", " and ", " but "]
                .iter()
                .filter_map(|b| lead.rfind(b).map(|at| at + b.len()))
                .max()
                .unwrap_or(0);
            words(
                doc.layout.body,
                Span::new(clause_start + from, m.span.start),
            )
            .iter()
            .all(|t| {
                t.text.starts_with(char::is_uppercase)
                    || t.text == "the"
                    || doc.k.titles.contains_key(&t.text.to_lowercase())
            })
        };
        if let Some(mention) = mention
            .filter(|m| doc.kind(m.entity) == crate::fact::EntityKind::Person)
            .filter(opens)
        {
            return Some(Referent {
                entities: vec![mention.entity],
                span: mention.span,
                indirect: false,
            });
        }
    }
    None
}

/// The subject named before a reporting verb (see [`subject_of_verb`]).
fn subject_named_before(doc: &Doc, clause_start: usize, verb_start: usize) -> Option<Referent> {
    let body = doc.layout.body;
    let mut end = verb_start;
    // "Mr Blair this week defended", "Labour on Monday said": the word before a
    // time word goes with it.
    let mut after_time_word = false;
    loop {
        let text = body[clause_start..end].trim_end();
        let last_word_start = text
            .char_indices()
            .rev()
            .find(|(_, c)| c.is_whitespace())
            .map_or(0, |(i, c)| i + c.len_utf8());
        let last_word = &text[last_word_start..];
        let time_opener = after_time_word
            && matches!(
                last_word,
                "this" | "last" | "next" | "on" | "early" | "late" | "earlier"
            );
        // ("He bitterly said", "Sir Nicholas angrily said": a manner adverb.)
        // (Not a short one: "would only say" keeps its modal before the verb.)
        let manner = last_word.len() > 5 && super::is_adverb(last_word);
        // ("who has for months pushed": a span of time.)
        if matches!(last_word, "months" | "years" | "weeks" | "days" | "decades")
            && text[..last_word_start].trim_end().ends_with(" for")
        {
            end = clause_start + text[..last_word_start].trim_end().len() - " for".len();
            continue;
        }
        if !last_word.is_empty() && (is_auxiliary(last_word) || time_opener || manner) {
            after_time_word = super::is_time_word(last_word);
            end = clause_start + last_word_start;
            continue;
        }
        break;
    }
    let mut text = body[clause_start..end].trim_end();
    if let Some(referent) = person_before_places(doc, clause_start, text) {
        return Some(referent);
    }
    // "France, Germany and the UK - whose leaders had tried ... - have said" and
    // "The remaining signatories - the UK, China, France, Germany and Russia -
    // say": an aside between dashes before the verb names the subject when it is
    // a list of names, and is set aside otherwise.
    for dash in [" - ", " — ", " – "] {
        let closing = dash.trim_end();
        if let Some(inner) = text.strip_suffix(closing) {
            if let Some(open) = inner.rfind(dash) {
                let aside_start = clause_start + open + dash.len();
                let aside_end = clause_start + inner.trim_end().len();
                if let Some(referent) = super::resolve::referent_at(doc, aside_start, aside_end)
                    .filter(|r| {
                        r.span.start == aside_start
                            && body[r.span.end..aside_end].trim().is_empty()
                            && r.entities
                                .iter()
                                .all(|&e| doc.kind(e) != crate::fact::EntityKind::Proposal)
                    })
                {
                    return Some(referent);
                }
                text = inner[..open].trim_end();
            }
            break;
        }
    }
    // "Jim Risch (R-Idaho) said", "Sen. Ted Cruz (R., Texas), said": a short
    // bracket after the name is set aside.
    let bracketed = text
        .strip_suffix("),")
        .map_or(text, |t| &text[..t.len() + 1]);
    // ("Mary Blewitt, founder of the Survivors Fund (SURF), said": the bracket
    // closed an apposition, whose comma still ends it.)
    let mut aside_comma = false;
    if let Some(inner) = bracketed.strip_suffix(')') {
        if let Some(open) = inner.rfind('(') {
            if inner[open..].split_whitespace().count() <= 4 && open > 0 {
                aside_comma = text.ends_with("),") && inner[..open].contains(", ");
                text = inner[..open].trim_end();
            }
        }
    }
    // "X, who noted ...": the name before the relative pronoun.
    // "... by Home Secretary Ann Lowe who said ...": a person's name needs no comma.
    // ("... by the Refugee Council, which said ...": a body's relative pronoun,
    // after a comma.)
    let which = text
        .strip_suffix(" which")
        .filter(|t| t.trim_end().ends_with(','));
    if let Some(before_who) = text.strip_suffix(" who").or(which) {
        let before_who = before_who.trim_end();
        let comma = before_who.ends_with(',');
        let name = before_who.strip_suffix(',').unwrap_or(before_who);
        // ("did not satisfy Ben Lenton, however, who has urged ...": a
        // connective set off by commas after the name.)
        let name = [", however", ", too", ", meanwhile", ", though"]
            .iter()
            .find_map(|c| name.strip_suffix(c))
            .unwrap_or(name);
        let name_end = clause_start + name.trim_end().len();
        if let Some(mention) = super::resolve::mention_ending_at(doc, name_end)
            .filter(|m| comma || doc.kind(m.entity) == crate::fact::EntityKind::Person)
            .filter(|m| {
                which.is_none()
                    || matches!(
                        doc.kind(m.entity),
                        crate::fact::EntityKind::Organization | crate::fact::EntityKind::Country
                    )
            })
        {
            return Some(Referent {
                entities: vec![mention.entity],
                span: mention.span,
                indirect: false,
            });
        }
    }
    let mut end = clause_start + text.len();
    if let Some(inner) = comma_closed(text, aside_comma) {
        // "The director of public prosecutions, Ken Macdonald, says": the name is the apposition.
        if let Some(referent) = subject_before(doc, clause_start, clause_start + inner.len()) {
            let lead = inner
                .get(..referent.span.start.saturating_sub(clause_start))
                .unwrap_or("")
                .trim_end();
            // ("The Lord Chancellor, Lord Falconer, said": past the honorific.)
            let lead = match lead.rsplit_once(' ') {
                Some((rest, last)) if doc.k.honorifics.contains(last) => rest,
                _ => lead,
            };
            // ("Mr Tom Reed, 41, from Leeds, West Yorkshire, said": a place after an
            // age or "from X" is where the person is from.)
            let previous = lead.trim_end_matches(',').rsplit(',').next().unwrap_or("");
            let name_only = lead.ends_with(',') && !whereabouts(previous);
            if !referent.indirect
                && name_only
                && doc.kind(referent.entities[0]) == crate::fact::EntityKind::Person
            {
                return Some(referent);
            }
            // "Several countries, including France and Spain, backed ...": the
            // group's named members.
            if !referent.indirect && (lead.ends_with(", including") || lead.ends_with(", such as"))
            {
                return Some(referent);
            }
        }
    }
    // "Annalena Baerbock, the German Foreign Minister," → before the apposition.
    let mut companions = None;
    if let Some(inner) = comma_closed(text, aside_comma) {
        if let Some(comma) = last_comma(inner) {
            let apposition = inner[comma + 1..].trim();
            let n_words = apposition.split_whitespace().count();
            // "Prof Joni Lovenduski, who conducted the study with ..., said": a
            // relative clause may be longer than a title.
            // "Oleg Gordievsky, a senior KGB officer who became a secret agent for
            // the British, said", "X, the head of the foreign affairs committee in
            // the upper house of parliament, said": a description may be long too.
            let relative = ["who ", "which ", "whose "]
                .iter()
                .any(|r| apposition.starts_with(r));
            let described = ["the ", "a ", "an ", "former "]
                .iter()
                .any(|d| apposition.starts_with(d));
            let joined = ["joined by ", "along with ", "together with "]
                .iter()
                .any(|p| apposition.starts_with(p));
            // "Labour MP Anna Berg, leaving a meeting of Mr Lund's Northern Research
            // Group, said", "Ole Vinter, in a dramatic and highly public showdown
            // with ..., told": a participle or a phrase of place or manner may be long.
            let first_word = apposition.split_whitespace().next().unwrap_or_default();
            let adverbial = (first_word.ends_with("ing") && first_word.len() > 4)
                || matches!(first_word, "in" | "at" | "on" | "with" | "during" | "after");
            // "Like Labour, the Lib Dems are soft on crime, support ...": a clause
            // with its own verb is no apposition.
            let clause = !relative
                && apposition
                    .split_whitespace()
                    .any(|w| matches!(w, "is" | "are" | "was" | "were" | "has" | "have"));
            if (n_words <= 8
                || relative && n_words <= 30
                || (described || joined || adverbial) && n_words <= 20)
                && !apposition.is_empty()
                && !clause
            {
                end = clause_start + comma;
                // "Mr Kofi Mensah, 41, from Leeds, West Yorkshire, said": an age and
                // a place before the last aside are asides too.
                while let Some(before) = last_comma(&inner[..end - clause_start]) {
                    if !whereabouts(&inner[before + 1..end - clause_start]) {
                        break;
                    }
                    end = clause_start + before;
                }
                // "A and B, joined by C, said": C is one of the subject.
                if joined {
                    companions = Some(Span::new(
                        clause_start + comma + 1,
                        clause_start + inner.len(),
                    ));
                }
            }
        }
    }
    // "Lord Condon, head of the ICC's anti-corruption unit, who originally made
    // the call for ..., said": an apposition before the aside just set aside is
    // one too, when a person's name stands before it.
    if end < clause_start + text.len() && subject_before(doc, clause_start, end).is_none() {
        let inner = &body[clause_start..end];
        if let Some(comma) = last_comma(inner) {
            let apposition = inner[comma + 1..].trim();
            let n_words = apposition.split_whitespace().count();
            let clause = apposition
                .split_whitespace()
                .any(|w| matches!(w, "is" | "are" | "was" | "were" | "has" | "have" | "said"));
            let named = subject_before(doc, clause_start, clause_start + comma).is_some_and(|r| {
                !r.indirect
                    && r.entities.len() == 1
                    && doc.kind(r.entities[0]) == crate::fact::EntityKind::Person
            });
            if (1..=12).contains(&n_words) && !clause && named {
                end = clause_start + comma;
            }
        }
    }
    let subject = subject_before(doc, clause_start, end);
    if let Some(mut referent) = subject {
        if let Some(companions) = companions {
            let from = doc
                .mentions
                .partition_point(|m| m.span.start < companions.start);
            // (People only, and not a place they come from: "joined by fishermen
            // from Norway and Iceland" adds no one.)
            for m in doc.mentions[from..]
                .iter()
                .take_while(|m| m.span.end <= companions.end)
            {
                let qualified = body[..m.span.start]
                    .trim_end()
                    .rsplit(' ')
                    .next()
                    .is_some_and(|w| matches!(w, "of" | "from" | "in"));
                if doc.kind(m.entity) == crate::fact::EntityKind::Person
                    && !qualified
                    && !referent.entities.contains(&m.entity)
                {
                    referent.entities.push(m.entity);
                }
            }
        }
        return Some(referent);
    }
    // A short subject that names by description: "The Tory leader said",
    // "China's foreign minister on Sunday urged".
    // "After the meeting, the minister said": the subject follows an opening phrase.
    let clause_start = match body[clause_start..end].rfind(", ") {
        Some(comma) if words(body, Span::new(clause_start, end)).len() > 5 => {
            clause_start + comma + 2
        }
        _ => clause_start,
    };
    let subject = words(body, Span::new(clause_start, end));
    // "In his New Year message the Liberal Democrat leader said": an opening
    // phrase with no comma; the subject is the description it ends with.
    let clause_start = match subject.first() {
        Some(first)
            if subject.len() > 5
                && PREPOSITIONS.contains(&first.text.to_lowercase().as_str())
                && !subject.iter().any(|t| FINITE.contains(&t.text)) =>
        {
            subject
                .iter()
                .skip(2)
                .rev()
                .find(|t| t.text == "the")
                .map_or(clause_start, |t| t.span.start)
        }
        _ => clause_start,
    };
    let mut subject = words(body, Span::new(clause_start, end));
    // "Later the prime minister said": a time adverb opening the sentence.
    let mut clause_start = clause_start;
    // ("But the home secretary criticised", "However, the party said": a
    // connective opening the sentence.)
    if subject.len() > 1
        && subject[0].text.starts_with(char::is_uppercase)
        && (super::OPENING_TIME_WORDS.contains(&subject[0].text.to_lowercase().as_str())
            || matches!(
                subject[0].text,
                "But" | "And" | "Yet" | "However" | "Meanwhile" | "Instead"
            ))
    {
        clause_start = subject[1].span.start;
        subject.remove(0);
    }
    let referent = (subject.len() <= 5)
        .then(|| referent_at(doc, clause_start, end))
        .flatten();
    // The description must be the whole subject.
    if let Some(referent) = referent.filter(|r| words(body, Span::new(r.span.end, end)).is_empty())
    {
        return Some(referent);
    }
    // "the US president said", "the French leader said": a post qualified by
    // its country, whose holder the office holders gazetteer knows (not the
    // country "the US" names).
    match subject.as_slice() {
        [the, rest @ ..]
            if the.text.eq_ignore_ascii_case("the") && !rest.is_empty() && rest.len() <= 4 =>
        {
            let phrase: Vec<&str> = rest.iter().map(|t| t.text).collect();
            let person = super::roles::office_holder_described(
                doc,
                &phrase.join(" ").to_lowercase(),
                the.span.start,
            )?;
            Some(Referent::described(
                vec![person],
                Span::new(the.span.start, end),
            ))
        }
        _ => None,
    }
}

/// Whether every word of `name` is capitalised, past "of", "the" and "and"
/// ("State of the Union").
fn capitalised_name(name: &str) -> bool {
    name.split_whitespace()
        .all(|w| !w.starts_with(char::is_lowercase) || matches!(w, "of" | "the" | "and"))
}

/// The last comma of `text` that separates words, not the one inside a number
/// ("who won the £30,000 prize").
fn last_comma(text: &str) -> Option<usize> {
    text.rmatch_indices(',').map(|(i, _)| i).find(|&i| {
        let digit_before = text[..i].ends_with(|c: char| c.is_ascii_digit());
        let digit_after = text[i + 1..].starts_with(|c: char| c.is_ascii_digit());
        !(digit_before && digit_after)
    })
}

/// A subject that ends its aside: without the comma that closes it, or as it
/// is when a bracket closing the aside was already taken off with that comma.
fn comma_closed(text: &str, aside_comma: bool) -> Option<&str> {
    text.strip_suffix(',').or(aside_comma.then_some(text))
}

/// After "according to": the name is the whole source ("according to U.S.
/// calculations" names figures, not a speaker); a comma or the end may follow.
fn whole_source(doc: &Doc, referent: &Referent, limit: usize) -> bool {
    let rest = doc.layout.body[referent.span.end..limit].trim_start();
    rest.is_empty()
        || rest.starts_with([',', '.', ';', '(', ':'])
        || rest.starts_with("who ")
        || rest.starts_with("which ")
}

/// The position after a short bracket starting at `pos` ("(R-Idaho)"), or `pos`.
fn skip_bracket(body: &str, pos: usize, limit: usize) -> usize {
    let rest = &body[pos..limit];
    let trimmed = rest.trim_start();
    if !trimmed.starts_with('(') {
        return pos;
    }
    match trimmed.find(')') {
        Some(close) if trimmed[..close].split_whitespace().count() <= 4 => {
            pos + (rest.len() - trimmed.len()) + close + 1
        }
        _ => pos,
    }
}

/// After a person's name, the end of "of South Carolina" (capitalised words
/// only, at most three), or `pos`.
pub(crate) fn of_place(doc: &Doc, pos: usize, limit: usize) -> usize {
    let tokens = words(doc.layout.body, Span::new(pos, limit));
    if tokens.first().is_none_or(|t| t.text != "of") {
        return pos;
    }
    // ("of New York, Albio Sires of New Jersey": the place ends at its comma.)
    let body = doc.layout.body;
    let mut n = 0;
    for (i, t) in tokens[1..].iter().enumerate().take(3) {
        if !t.text.starts_with(|c: char| c.is_uppercase())
            || i > 0 && !body[tokens[i].span.end..t.span.start].trim().is_empty()
        {
            break;
        }
        n += 1;
    }
    if n == 0 {
        return pos;
    }
    tokens[n].span.end
}

/// For `, the German foreign minister, said`: the text after the apposition.
fn skip_apposition(rest: &str) -> Option<&str> {
    let rest = rest.strip_prefix(',')?.trim_start();
    let close = rest.find(',')?;
    let apposition = &rest[..close];
    if apposition.split_whitespace().count() > 8 || apposition.contains(['"', '“', '.']) {
        return None;
    }
    Some(rest[close + 1..].trim_start())
}

pub(crate) fn is_reporting(doc: &Doc, word: &str) -> bool {
    doc.k.reporting.contains_key(&word.to_lowercase())
}

fn inside_direct(doc: &Doc, span: Span) -> bool {
    doc.quotes_overlapping(span).next().is_some()
}

/// Whether the quotations in `span` are only fragments inside it, quoted words
/// after the clause has begun (a quotation that opens the sentence, or a long
/// one whose speaker was not found, is no fragment: '"...," John R. Bolton, an
/// adviser, told The Times'). With `quoted_too`, a fragment may be a quote of
/// its own (four words or more, with a speaker).
fn fragments_inside(doc: &Doc, span: Span, quoted_too: bool) -> bool {
    doc.quotes_overlapping(span).all(|i| {
        let q = &doc.quotes[i];
        span.contains(q.outer)
            && doc.layout.body[span.start..q.outer.start].contains(char::is_alphanumeric)
            && match q.fact {
                Some(_) => quoted_too,
                None => words(doc.layout.body, q.outer).len() < 8,
            }
    })
}

/// Whether the quotations in `span` are only short fragments inside it, quoted
/// words that are not quotes of their own: 'would hurt the "poorest families",
/// he said' reports the whole clause.
fn only_fragments(doc: &Doc, span: Span) -> bool {
    fragments_inside(doc, span, false)
}

/// A quoted name of a programme or a document ("Face the Nation", "State of
/// the Union"): a few words, each capitalised but the small ones.
fn is_title(doc: &Doc, inner: Span) -> bool {
    let tokens = words(doc.layout.body, inner);
    tokens.len() <= 6
        && tokens.iter().all(|t| {
            t.text.chars().next().is_some_and(char::is_uppercase)
                || matches!(
                    t.text,
                    "of" | "the" | "and" | "a" | "for" | "in" | "on" | "to" | "with"
                )
        })
}

/// Determiners that open an addressee after "told" ("told the meeting ...").
const DETERMINERS_AFTER_TELL: &[&str] = &["the", "his", "her", "its", "their", "a"];

/// Finite verbs that show a clause begins ("the figures were wrong").
const FINITE: &[&str] = &[
    "is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "should",
    "may", "might", "must", "hasn't", "hadn't", "wasn't", "weren't", "isn't", "aren't", "won't",
    "wouldn't", "couldn't", "didn't", "doesn't", "don't", "does", "did", "planned", "intended",
];

/// "in a radio interview", "before departing for Europe", "on Twitter on
/// Monday": a phrase that says where, when or in what something was said.
fn speech_setting(phrase: &[crate::text::Token]) -> bool {
    let Some(last) = phrase.last() else {
        return false;
    };
    let last = last.text.to_lowercase();
    matches!(
        last.as_str(),
        "statement"
            | "interview"
            | "letter"
            | "speech"
            | "tweet"
            | "tweets"
            | "post"
            | "briefing"
            | "address"
            | "message"
            | "article"
            | "radio"
            | "programme"
            | "twitter"
            | "facebook"
            | "conference"
            | "debate"
            | "report"
    ) || super::is_time_word(&last)
        || phrase.len() >= 2
            && matches!(phrase[0].text, "before" | "after")
            && phrase[1].text.ends_with("ing")
}

/// Whether words after a verb that takes "that" are a clause without it: a
/// subject pronoun ("announced it will"), or a short subject then a finite
/// verb ("noted the government hasn't replied"), never a noun phrase alone
/// ("announced a new plan").
fn plain_clause(doc: &Doc, tokens: &[crate::text::Token]) -> bool {
    let Some(first) = tokens.first() else {
        return false;
    };
    if matches!(first.text, "it" | "they" | "he" | "she" | "we" | "I") {
        return true;
    }
    let body = doc.layout.body;
    // "complained the promises of changes to the bill were vague": a subject
    // opening with a determiner may hold a phrase after "of", "to" or "for".
    let determined = matches!(
        first.text.to_ascii_lowercase().as_str(),
        "the" | "a" | "an" | "its" | "their" | "his" | "her" | "this" | "these"
    );
    let reach = if determined { 10 } else { 6 };
    for (i, token) in tokens.iter().enumerate().take(reach).skip(1) {
        let inner = determined && matches!(tokens[i - 1].text, "of" | "to" | "for" | "on" | "in");
        if !body[tokens[i - 1].span.end..token.span.start]
            .trim()
            .is_empty()
            || PREPOSITIONS.contains(&tokens[i - 1].text) && !inner
            || matches!(tokens[i - 1].text, "that" | "which" | "who" | "and" | "or")
        {
            return false;
        }
        // ("revealed the full scale of his planned tax cuts": after a possessive,
        // "planned" describes.)
        if FINITE.contains(&token.text)
            && !matches!(
                tokens[i - 1].text,
                "his" | "her" | "its" | "their" | "the" | "a"
            )
        {
            return true;
        }
    }
    false
}

/// "X said (that) CLAUSE", "X told reporters that CLAUSE", and "CLAUSE, X said."
fn indirect_quotes(doc: &mut Doc) {
    let body = doc.layout.body;
    let sentences = doc.layout.sentences.clone();
    for sentence in sentences {
        if doc
            .quotes_overlapping(sentence)
            .any(|i| doc.quotes[i].outer.contains(sentence))
        {
            continue;
        }
        let tokens = words(body, sentence);
        for (idx, token) in tokens.iter().enumerate() {
            // Two-word verbs ("pointed out") first, then one word.
            let two = tokens
                .get(idx + 1)
                .map(|next| format!("{} {}", token.text, next.text).to_lowercase());
            let (lower, verb_len) = match two {
                Some(two) if doc.k.reporting.contains_key(&two) => (two, 2),
                _ => (token.text.to_lowercase(), 1),
            };
            if !doc.k.reporting.contains_key(&lower) || inside_direct(doc, token.span) {
                continue;
            }
            // "A National Audit Office report says", "the statement said": a noun
            // after a determiner, or before the report's own verb, reports nothing.
            let noun = idx > 0
                && verb_len == 1
                && matches!(
                    tokens[idx - 1].text.to_ascii_lowercase().as_str(),
                    "a" | "an" | "the" | "its" | "their" | "this" | "his" | "her"
                )
                // ("report says", not "said states": the noun has no verb ending.)
                || verb_len == 1
                    && !token.text.ends_with('d')
                    && !token.text.ends_with('s')
                    && token.text != "told"
                    && tokens.get(idx + 1).is_some_and(|next| {
                        is_reporting(doc, next.text) && !next.text.ends_with("ing")
                    });
            if noun {
                continue;
            }
            // "did not say whether", "would prefer Turkey to admit", "what Turkey
            // claims": a report denied, wished for or merely named is no quote.
            let lead: Vec<String> = tokens[..idx]
                .iter()
                .rev()
                .take(2)
                .map(|t| t.text.to_ascii_lowercase().replace('’', "'"))
                .collect();
            // "They will say that ...": a report to come is not one made (a modal
            // in lower case right before the verb: not "Theresa May said", not
            // "Ms Lowe, who will retire, said").
            // ("will undoubtedly claim": past a manner adverb.)
            let modal_at = if idx > 1 && super::is_adverb(tokens[idx - 1].text) {
                idx - 2
            } else {
                idx.wrapping_sub(1)
            };
            let future = idx > 0
                && matches!(tokens[modal_at].text, "will" | "might" | "may" | "shall")
                && !body[tokens[modal_at].span.end..token.span.start].contains(',');
            let gated = future
                || lead.iter().any(|w| {
                    matches!(w.as_str(), "not" | "never" | "what" | "cannot") || w.ends_with("n't")
                })
                || lead.first().is_some_and(|w| w == "to")
                    && !lead
                        .get(1)
                        .is_some_and(|w| matches!(w.as_str(), "on" | "continued" | "went"));
            // "Mr Bradshaw was (initially) told it was an offence": the one told is
            // not the one telling.
            // ("only to be confined and told he would be there for years": "told" with
            // no one told after it, and a clause with its own subject, is passive too.)
            let addressed = matches!(lower.as_str(), "told" | "assured" | "informed" | "reminded");
            let unaddressed = addressed
                && tokens
                    .get(idx + 1)
                    .is_some_and(|t| matches!(t.text, "he" | "she" | "it" | "they" | "there"))
                && tokens
                    .get(idx + 2)
                    .is_some_and(|t| FINITE.contains(&t.text));
            // ("Last month it was announced that ...": no one announced it here.)
            let impersonal = idx >= 2
                && matches!(tokens[idx - 1].text, "was" | "is" | "been")
                && tokens[..idx - 1]
                    .iter()
                    .rev()
                    .find(|t| !matches!(t.text, "has" | "had" | "have"))
                    .is_some_and(|t| t.text.eq_ignore_ascii_case("it"));
            let passive = unaddressed
                || impersonal
                || matches!(
                    lower.as_str(),
                    "told" | "warned" | "advised" | "assured" | "informed" | "reminded" | "asked"
                ) && tokens[..idx]
                    .iter()
                    .rev()
                    .find(|t| !super::is_adverb(t.text))
                    .is_some_and(|t| {
                        matches!(
                            t.text,
                            "was" | "were" | "been" | "being" | "is" | "are" | "be"
                        )
                    });
            if gated || passive {
                continue;
            }
            // ", saying ...": a reporting verb's -ing form after a comma.
            // "hit back by saying that ...": after "by" too.
            // ("backed the plan while acknowledging that ...", "hours after saying
            // that ...": a participle after a conjunction of time.)
            // ("dismissed the figures insisting that ...": before "that", a participle
            // after an object that is a claim or figures, with no comma; "ignored
            // critics insisting that ..." is the critics' insisting.)
            let after_object = idx > 1
                && tokens.get(idx + 1).is_some_and(|t| t.text == "that")
                && doc
                    .k
                    .assertion_nouns
                    .contains_key(&tokens[idx - 1].text.to_lowercase());
            // (The comma may close a quotation: 'around the table," adding that'.)
            let participle = lower.ends_with("ing")
                && (body[..token.span.start]
                    .trim_end()
                    .trim_end_matches(['"', '”', '’'])
                    .ends_with([',', '-', '—', '–'])
                    || after_object
                    || idx > 0
                        && matches!(tokens[idx - 1].text, "by" | "while" | "after" | "before"));
            let coordinated = idx > 0
                && matches!(tokens[idx - 1].text, "and" | "but" | "though" | "although")
                || idx > 1
                    && tokens[idx - 1].text == "also"
                    && matches!(tokens[idx - 2].text, "and" | "but");
            // "..., Akar said, adding it was obliged to ...": the one who said.
            let after_report = participle
                && idx >= 2
                && is_reporting(doc, tokens[idx - 1].text)
                && body[tokens[idx - 1].span.end..token.span.start].trim() == ",";
            // '"...," said Commission President Jean-Claude Juncker, adding that ...':
            // the one named after an inverted "said".
            let inverted = (participle && !after_report)
                .then(|| body[..token.span.start].trim_end().strip_suffix(','))
                .flatten()
                .and_then(|b| {
                    let name = super::resolve::mention_ending_at(doc, b.trim_end().len())?;
                    let j = tokens[..idx]
                        .iter()
                        .rposition(|t| t.span.end <= name.span.start)?;
                    // (Past a title: "said Harbour Board chairman Karl Rasmus".)
                    let verb = (j.saturating_sub(5)..=j).rev().find(|&p| {
                        !tokens[p].text.starts_with(|c: char| c.is_uppercase())
                            && !doc.k.titles.contains_key(&tokens[p].text.to_lowercase())
                    })?;
                    is_reporting(doc, tokens[verb].text).then_some(name)
                });
            let referent = if let Some(name) = inverted {
                Some(Referent {
                    entities: vec![name.entity],
                    span: name.span,
                    indirect: false,
                })
            } else if after_report {
                let verb = tokens[idx - 1].span.start;
                subject_of_verb(doc, clause_start(doc, sentence, verb), verb)
                    .or_else(|| main_subject(doc, sentence, token.span.start))
            } else if participle {
                participle_subject(doc, sentence, token.span.start)
            } else if coordinated {
                main_subject(doc, sentence, token.span.start)
            } else {
                subject_of_verb(
                    doc,
                    clause_start(doc, sentence, token.span.start),
                    token.span.start,
                )
            };
            let Some(referent) = referent else {
                continue;
            };
            // The reported clause: after "that", or straight after the verb
            // ("told BBC News there were ...": the recipient stays in, harmlessly).
            let mut k = idx + verb_len;
            // Verbs with an addressee before the clause: "told MPs", "warned Ankara".
            let tell = lower.starts_with("tell") || lower == "told" || lower.starts_with("warn");
            let reach = if tell { 15 } else { 7 };
            // "warned there was a real risk that ...": a clause that starts at once
            // has no addressee, and a later "that" is inside it.
            let starts_at_once = tokens.get(k).is_some_and(|t| {
                matches!(t.text, "there" | "it" | "he" | "she" | "they" | "we" | "I")
            }) && tokens.get(k + 1).is_some_and(|t| FINITE.contains(&t.text));
            // ("told Radio Kent she had warned Mr Dade in 2019 that he would lose": a
            // clause with its own subject after the addressee, before the "that",
            // starts what was said; the "that" is inside it.)
            let subject_clause_before = |i: usize| {
                (k + 1..i).any(|p| {
                    matches!(tokens[p].text, "he" | "she" | "they" | "we" | "I")
                        && tokens.get(p + 1).is_some_and(|t| FINITE.contains(&t.text))
                })
            };
            let that = (k..tokens.len().min(k + reach))
                .find(|&i| tokens[i].text == "that")
                .filter(|&i| !(starts_at_once || tell && subject_clause_before(i)));
            let adverbs_only = |i: usize| tokens[k..i].iter().all(|t| is_auxiliary(t.text));
            match that {
                // "said that was still the case": "that" is the clause's subject.
                Some(i)
                    if i == k && tokens.get(i + 1).is_some_and(|t| FINITE.contains(&t.text)) =>
                {
                    k = i
                }
                // ("claimed, with some justification, that ...": an aside between commas.)
                Some(i)
                    if tell
                        || i == k
                        || adverbs_only(i)
                        || body[tokens[k - 1].span.end..tokens[k].span.start].contains(',')
                            && body[tokens[i - 1].span.end..tokens[i].span.start].contains(',') =>
                {
                    k = i + 1
                }
                // "suggested before departing for Europe that ...", "complained in a
                // radio interview that ...": a short phrase that sets the speech
                // (where, when, in what) before "that". (Not "complained about the
                // way that ministers had ...", nor "insisted on a clause that
                // would ...": a relative "that".)
                Some(i)
                    if PREPOSITIONS.contains(&tokens[k].text)
                        && i - k <= 7
                        && !body[tokens[k].span.start..tokens[i].span.start]
                            .contains([',', '"', '“', '”', ';'])
                        && speech_setting(&tokens[k..i])
                        && tokens.get(i + 1).is_some_and(|t| {
                            !FINITE.contains(&t.text) && !t.text.ends_with("ed")
                        }) =>
                {
                    k = i + 1
                }
                _ if !doc.k.reporting_bare.contains(&lower)
                    && !plain_clause(doc, &tokens[k.min(tokens.len())..]) =>
                {
                    continue
                }
                _ => {}
            }
            // "said in a statement that ...": the clause follows "that"; with no "that", none.
            // A clause already opened by "that" may start with one ("that about half ...").
            let after_that = k > 0 && tokens.get(k - 1).is_some_and(|t| t.text == "that");
            // ("said about three million people ...": "about" before a number counts,
            // it sets no place or time.)
            let quantity = tokens.get(k).is_some_and(|t| {
                matches!(
                    t.text,
                    "about" | "around" | "over" | "under" | "nearly" | "almost"
                )
            }) && tokens.get(k + 1).is_some_and(|t| {
                t.text
                    .starts_with(|c: char| c.is_ascii_digit() || c == '£' || c == '$')
                    || super::NUMBER_WORDS.contains(&t.text)
                    || matches!(
                        t.text,
                        "one" | "half" | "twice" | "hundreds" | "thousands" | "millions"
                    )
            });
            // (With a "that" later the phrase sets the scene after all: "said over
            // a working lunch that ...".)
            let quantity = quantity && that.is_none();
            if !after_that
                && !quantity
                && tokens
                    .get(k)
                    .is_some_and(|t| PREPOSITIONS.contains(&t.text))
            {
                match (k..tokens.len()).find(|&i| tokens[i].text == "that") {
                    // ("insisted on a clause that would protect ...": a relative
                    // "that", its verb straight after it, reports nothing.)
                    Some(i) if tokens.get(i + 1).is_some_and(|t| FINITE.contains(&t.text)) => {
                        continue
                    }
                    Some(i) => k = i + 1,
                    // "said during his 22 years in Parliament he had seen ...", "said in
                    // November they would ...": a short phrase, then a subject pronoun
                    // and its verb, with no conjunction, relative word or comma between.
                    None => {
                        let pronoun = (k + 1..tokens.len().min(k + 9)).find(|&p| {
                            matches!(
                                tokens[p].text,
                                "he" | "she" | "it" | "they" | "we" | "there"
                            ) && tokens.get(p + 1).is_some_and(|t| FINITE.contains(&t.text))
                        });
                        let clean = |p: usize| {
                            !tokens[k + 1..p].iter().any(|t| {
                                matches!(
                                    t.text,
                                    "after"
                                        | "before"
                                        | "when"
                                        | "because"
                                        | "if"
                                        | "as"
                                        | "until"
                                        | "while"
                                        | "since"
                                        | "and"
                                        | "but"
                                        | "which"
                                        | "who"
                                        | "that"
                                        | "where"
                                )
                            }) && !body[tokens[k].span.start..tokens[p].span.start]
                                .contains([',', '"', '“', '”', ';', '(', '-'])
                        };
                        // ("argued while they may be ..., they have ...": a
                        // conjunction opens the clause, it sets no speech.)
                        let conjunction = matches!(
                            tokens[k].text,
                            "while" | "when" | "if" | "because" | "as" | "since" | "until"
                        ) || matches!(tokens[k].text, "after" | "before")
                            && !tokens.get(k + 1).is_some_and(|t| t.text.ends_with("ing"));
                        // (A setting or a time only: not "argued against the cuts he
                        // had once supported", a relative clause.)
                        let setting = |p: usize| {
                            tokens[k].text == "during"
                                || speech_setting(&tokens[k..p])
                                || tokens[k..p].iter().any(|t| super::is_time_word(t.text))
                        };
                        match pronoun.filter(|&p| !conjunction && clean(p) && setting(p)) {
                            Some(p) => k = p,
                            None => continue,
                        }
                    }
                }
            }
            // "told reporters the plan was unfair", "told the BBC the plan ...": the
            // addressee (a group or an organisation) is not part of what was said.
            if tell && that.is_none() {
                // "told a meeting of the authority it would be unwise": the clause
                // starts at a subject pronoun followed by its verb.
                let pronoun = (k + 1..tokens.len().min(k + 10)).find(|&i| {
                    matches!(
                        tokens[i].text,
                        "it" | "he" | "she" | "they" | "we" | "there"
                    ) && tokens.get(i + 1).is_some_and(|t| {
                        FINITE.contains(&t.text)
                            // "told the paper he hopes to ...": a verb in the present.
                            || matches!(tokens[i].text, "he" | "she" | "it")
                                && t.text.len() > 3
                                && t.text.ends_with('s')
                                && !t.text.ends_with("ss")
                                && t.text.chars().all(|c| c.is_ascii_lowercase())
                    }) && body[tokens[k].span.start..tokens[i].span.start]
                        .chars()
                        .all(|c| c.is_alphanumeric() || c.is_whitespace() || c == '\'')
                });
                if let Some(i) = pronoun {
                    k = i;
                } else if tokens.get(k).is_some_and(|t| {
                    doc.k.group_words.contains(&t.text.to_lowercase())
                        // ("told us - from the Baltic ...": an object pronoun.)
                        || matches!(t.text, "us" | "me" | "him" | "them")
                }) {
                    k += 1;
                } else {
                    let at = k + usize::from(tokens.get(k).is_some_and(|t| t.text == "the"));
                    // ("the BBC": the name may take in its article.)
                    let named = tokens
                        .get(k)
                        .and_then(|t| super::resolve::mention_at(doc, t.span.start))
                        .or_else(|| {
                            tokens
                                .get(at)
                                .and_then(|t| super::resolve::mention_at(doc, t.span.start))
                        });
                    // "told the harbour meeting the toll plan must be dropped": an
                    // addressee that names no one, then a second noun phrase with a
                    // finite verb after it, which opens what was said.
                    let second = (named.is_none()
                        && tokens
                            .get(k)
                            .is_some_and(|t| DETERMINERS_AFTER_TELL.contains(&t.text)))
                    .then(|| {
                        (k + 2..tokens.len().min(k + 6)).find(|&j| {
                            matches!(tokens[j].text, "the" | "a" | "an")
                                && tokens[j - 1].text.chars().all(|c| c.is_ascii_lowercase())
                                && !PREPOSITIONS.contains(&tokens[j - 1].text)
                                && !matches!(
                                    tokens[j - 1].text,
                                    "and" | "or" | "that" | "to" | "of"
                                )
                                && !tokens[k..j].iter().any(|t| t.text.ends_with("ed"))
                                && body[tokens[k].span.start..tokens[j].span.start]
                                    .chars()
                                    .all(|c| {
                                        c.is_alphanumeric() || c == ' ' || c == '-' || c == '\''
                                    })
                                && (j + 2..tokens.len().min(j + 8))
                                    .any(|f| FINITE.contains(&tokens[f].text))
                        })
                    })
                    .flatten();
                    if let Some(j) = second {
                        k = j;
                    } else if let Some(mention) =
                        named.filter(|m| doc.kind(m.entity) != crate::fact::EntityKind::Person)
                    {
                        k = tokens.partition_point(|t| t.span.start < mention.span.end);
                        // "told the BBC News website ...", "told the BBC's Politics
                        // Show ...": the outlet's programme is the addressee too.
                        // ("told BBC Radio 5's Evening Report programme ...": a
                        // number may be part of the name.)
                        // The capitalised words from `from` (at most five), with
                        // numbers among them when `digits`.
                        let name_run = |from: usize, digits: bool| {
                            (from..tokens.len().min(from + 5))
                                .take_while(|&i| {
                                    tokens[i].text.starts_with(|c: char| {
                                        c.is_uppercase() || digits && c.is_ascii_digit()
                                    })
                                })
                                .count()
                        };
                        let programme = name_run(k, true);
                        if tokens.get(k + programme).is_some_and(|t| {
                            matches!(
                                t.text.to_lowercase().as_str(),
                                "website" | "programme" | "program" | "show" | "radio"
                            )
                        }) {
                            k += programme + 1;
                            // ("told the BBC programme Go Digital how ...": the
                            // programme's name may follow the word, when a word that
                            // opens the report follows it; not "told the BBC
                            // programme Labour would lose", whose capital opens the
                            // clause, nor "the BBC News website Labour would".)
                            if programme == 0
                                && matches!(tokens[k - 1].text, "programme" | "program")
                            {
                                let name = name_run(k, false);
                                let opener = tokens.get(k + name).is_some_and(|t| {
                                    matches!(t.text, "how" | "that" | "what" | "whether" | "why")
                                });
                                if name > 0 && opener {
                                    k += name;
                                }
                            }
                        } else if programme >= 1
                            && (tokens[k..k + programme]
                                .last()
                                .is_some_and(|t| matches!(t.text, "Show" | "Programme"))
                                // ("told BBC Radio 4 the levy was fair": a station.)
                                || matches!(tokens[k].text, "Radio" | "Television" | "TV")
                                    && tokens
                                        .get(k + programme)
                                        .is_some_and(|t| t.text.starts_with(char::is_lowercase)))
                        {
                            k += programme;
                        }
                    }
                }
            }
            let Some(first) = tokens.get(k) else { continue };
            // "told the seminar: "Clearly, ..."": the addressee, then a colon that
            // opens direct speech; nothing is reported indirectly.
            if tell && that.is_none() {
                let near = tokens.len().min(k + 6) - 1;
                if body[token.span.end..tokens[near].span.start].contains(':') {
                    continue;
                }
                // '"...," May told parliament, moments after the result': the verb
                // attributes the quotation just closed before its subject.
                // (A comma closed inside the mark, in this sentence.)
                let lead = body[sentence.start..referent.span.start.max(sentence.start)].trim_end();
                if [",\"", ",”", ",’"].iter().any(|m| lead.ends_with(m)) {
                    continue;
                }
            }
            // "a quote she said was from Reagan": a relative clause's gap, not a report.
            if FINITE.contains(&first.text) && that.is_none() {
                continue;
            }
            // "told BBC One's Breakfast programme.": an addressee and no clause.
            if tell
                && that.is_none()
                && !tokens[k..]
                    .iter()
                    .any(|t| FINITE.contains(&t.text) || t.text.ends_with("ed"))
                && !matches!(first.text, "he" | "she" | "it")
            {
                continue;
            }
            let gap = &body[token.span.end..first.span.start];
            // (A comma-enclosed aside before "that" may stand there: "claimed,
            // with some justification, that ...".)
            let aside_then_that = first.span.start > token.span.end
                && k > 0
                && tokens[k - 1].text == "that"
                && gap.trim_end().ends_with("that")
                && gap.trim_start().starts_with(',')
                && gap.matches(',').count() == 2;
            // "said "our country" was being "stolen from us"": a quotation that
            // opens the clause and closes inside it, before more of the clause,
            // is a fragment of the report, not direct speech.
            let opening = gap
                .trim_end()
                .strip_suffix(['"', '“'])
                .filter(|lead| matches!(lead.trim(), "" | "that") && !lead.contains([':', ',']))
                .map(|lead| token.span.end + lead.len());
            let fragment_opens = opening.is_some_and(|mark| {
                let close = if body[mark..].starts_with('“') {
                    '”'
                } else {
                    '"'
                };
                body[first.span.start..sentence.end]
                    .find(close)
                    .is_some_and(|at| {
                        let inside = &body[first.span.start..first.span.start + at];
                        let rest = &body[first.span.start + at + close.len_utf8()..sentence.end];
                        // (A verb in it or soon after: not 'said "sorry" for the
                        // delays' or 'said "no" to the treaty'.)
                        rest.strip_prefix(' ')
                            .is_some_and(|rest| rest.starts_with(|c: char| c.is_lowercase()))
                            && !rest.split_whitespace().next().is_some_and(|w| {
                                matches!(w, "when" | "to" | "for" | "after" | "before" | "if")
                            })
                            && inside
                                .split_whitespace()
                                .chain(rest.split_whitespace().take(6))
                                .any(|w| FINITE.contains(&w))
                    })
            });
            // ('told CNN's "State of the Union" program that ...': a quoted name in
            // the addressee, closed before "that".)
            let quoted_addressee = tell
                && that.is_some()
                && !gap.contains([':', '‘'])
                && gap.matches('"').count().is_multiple_of(2)
                && gap.matches('“').count() == gap.matches('”').count()
                // (A name in capitals, not 'told BBC News US policy "condemns
                // and prohibits" torture and said there was no evidence that'.)
                && gap
                    .split(['"', '“', '”'])
                    .skip(1)
                    .step_by(2)
                    .all(capitalised_name);
            if !fragment_opens && !quoted_addressee && gap.contains([':', '"', '“', '‘'])
                || (!tell && gap.contains(',') && !aside_then_that)
            {
                continue;
            }
            let clause_start = opening
                .filter(|_| fragment_opens)
                .unwrap_or(first.span.start);
            // "... abhorrent but he said the UK had to ...": a second report ends the first.
            // ("Ms Lowe, who has complained that the levy is unfair, spoke ...": a
            // relative clause ends at its closing comma.)
            // (A body's "which" only right before the verb: not "the Strategy,
            // which she said envisaged ...", where the speaker is inside.)
            let relative = tokens[..idx]
                .iter()
                .rev()
                .take(4)
                .enumerate()
                .find(|(back, t)| t.text == "who" || t.text == "which" && *back == 0)
                .is_some_and(|(_, who)| body[..who.span.start].trim_end().ends_with(','));
            let mut clause_end = if relative {
                body[first.span.start..sentence.end]
                    .find(", ")
                    .map_or(sentence.end, |comma| first.span.start + comma)
            } else {
                sentence.end
            };
            for (j, t) in tokens.iter().enumerate().skip(k + 1) {
                // "..., adding: ...", "..., saying that ...": a participle starts a new report.
                let before_t = body[first.span.start..t.span.start].trim_end();
                if t.text.ends_with("ing") && is_reporting(doc, t.text) && before_t.ends_with(',') {
                    clause_end = first.span.start + before_t.len() - 1;
                    break;
                }
                // "... could not be trusted, and Mr Reed later appeared to ...": a
                // new clause with a named subject ends the report.
                // ("said that France, Germany, and Italy would back ...": a list's
                // last name, with no verb of its own after it, ends nothing.)
                if matches!(t.text, "but" | "and" | "while")
                    && body[tokens[j - 1].span.end..t.span.start].contains(',')
                    && tokens[j + 1..].iter().take(2).any(|n| {
                        super::resolve::mention_at(doc, n.span.start).is_some_and(|m| {
                            doc.kind(m.entity) != crate::fact::EntityKind::Proposal
                                && verb_follows(doc, &tokens, m.span.end)
                        })
                    })
                {
                    clause_end = tokens[j - 1].span.end;
                    break;
                }
                if matches!(t.text, "but" | "and" | "while" | "though" | "although") {
                    // "... is fair and he urged MPs to ...": a second report, or the
                    // speaker's own stance verb, ends the first.
                    let reports = tokens.iter().skip(j + 1).take(4).any(|n| {
                        is_reporting(doc, n.text)
                            || doc.k.cue_of_word(&n.text.to_lowercase()).is_some()
                                && tokens
                                    .get(j + 1)
                                    .is_some_and(|p| matches!(p.text, "he" | "she" | "they" | "we"))
                    });
                    if reports {
                        clause_end = t.span.start;
                        break;
                    }
                }
            }
            let clause = trim_clause(doc, Span::new(clause_start, clause_end));
            if words(body, clause).len() < MIN_QUOTE_WORDS {
                continue;
            }
            // A direct fragment of four words or more is quoted on its own; the
            // clause is still reported speech for the stance rules.
            if doc
                .quotes
                .iter()
                .any(|q| clause.contains(q.outer) && q.fact.is_some())
            {
                doc.shadow_reports.push((clause, referent.entities.clone()));
                continue;
            }
            let rule = doc.k.reporting.get(&lower).cloned().unwrap_or_default();
            add_indirect(
                doc,
                &referent,
                clause,
                &format!("quote/indirect/verb-that-1+{rule}"),
                0.7,
            );
            // Go on only when a second report follows this clause in the sentence.
            if clause_end == sentence.end {
                break;
            }
        }
        // "The plan is flawed, Mr Davis said." / ", said Mr Davis."
        if let Some((referent, clause)) = trailing_attribution(doc, sentence) {
            if only_fragments(doc, clause) {
                add_indirect(doc, &referent, clause, "quote/indirect/trailing-1", 0.7);
            } else {
                // 'The mayor should "stick to his guns" and not apologise, Mr Reed
                // has insisted': the fragment is the quote, the clause is still reported.
                doc.shadow_reports.push((clause, referent.entities.clone()));
            }
        } else if let Some((referent, clause)) = as_attribution(doc, sentence) {
            add_indirect(doc, &referent, clause, "quote/indirect/as-1", 0.7);
        }
    }
}

/// The subject of a sentence's main clause, for ", saying ...": the first
/// agent named near the start, or a sentence-initial pronoun.
pub(crate) fn main_subject(doc: &Doc, sentence: Span, before: usize) -> Option<Referent> {
    let body = doc.layout.body;
    // "And Saudi Arabia, Iran's regional rival, says ...": past an opening conjunction.
    let mut sentence = sentence;
    for conjunction in ["And ", "But ", "Yet ", "So "] {
        if body[sentence.start..before].starts_with(conjunction) {
            sentence.start += conjunction.len();
            break;
        }
    }
    // "He ...", "The Tory leader ...", "A spokesman for X ...", or a name first.
    if let Some(referent) = referent_at(doc, sentence.start, before) {
        return Some(person_behind_title(doc, referent, before));
    }
    // "During her tenure, she ...": after an opening phrase set off by a comma.
    let opening = &body[sentence.start..before];
    // (Not a list's comma: "The leaders of Germany, France and the UK ...".)
    if let Some(comma) = opening.find(", ") {
        if words(body, Span::new(sentence.start, sentence.start + comma)).len() <= 6 {
            if let Some(referent) = referent_at(doc, sentence.start + comma + 2, before) {
                let listed = referent.entities.len() >= 2
                    && super::resolve::mention_ending_at(doc, sentence.start + comma).is_some();
                if !listed {
                    return Some(person_behind_title(doc, referent, before));
                }
            }
        }
    }
    let mention = doc
        .mentions
        .iter()
        .find(|m| m.span.start >= sentence.start && m.span.start < before)?;
    let lead = words(body, Span::new(sentence.start, mention.span.start));
    // "The leaders of Germany, France and the UK ..., urging": members of a named group.
    // (Not a sentence-opening preposition: "On NATO's old foe Russia, the
    // administration ..."; but "For Henry Reichhold, this is progress:" is his.)
    let lead_ok = lead.len() <= 4
        && lead.iter().all(|t| {
            t.text.chars().next().is_some_and(char::is_uppercase)
                || matches!(t.text, "the" | "of")
                || doc.k.group_words.contains(&t.text.to_lowercase())
        })
        && !lead.first().is_some_and(|t| {
            matches!(
                t.text.to_lowercase().as_str(),
                "on" | "in"
                    | "at"
                    | "after"
                    | "with"
                    | "from"
                    | "by"
                    | "under"
                    | "despite"
                    | "during"
                    | "amid"
                    | "since"
                    | "before"
                    | "over"
                    | "against"
                    | "to"
                    | "about"
            )
        });
    if !lead_ok || doc.kind(mention.entity) == crate::fact::EntityKind::Proposal {
        return None;
    }
    let referent = referent_at(doc, mention.span.start, before)?;
    Some(person_behind_title(doc, referent, before))
}

/// The subject for a participle at `before` (", saying ..."): the subject of a
/// second main clause joined by ", and", ", but" or ", while" when one comes
/// between ("Republicans criticised the idea, and Trump later appeared to back
/// away, saying ..."), else the sentence's main subject.
pub(crate) fn participle_subject(doc: &Doc, sentence: Span, before: usize) -> Option<Referent> {
    let body = doc.layout.body;
    let tokens = words(body, Span::new(sentence.start, before));
    let joined = (1..tokens.len().saturating_sub(2)).rev().find_map(|i| {
        if !matches!(tokens[i].text, "and" | "but" | "while")
            || !body[tokens[i - 1].span.end..tokens[i].span.start].contains(',')
        {
            return None;
        }
        // ("and Mr Reed later ...": the name may follow an honorific.)
        let at = i + 1 + usize::from(doc.k.honorifics.contains(tokens[i + 1].text));
        let referent = referent_at(doc, tokens[at].span.start, before)?;
        if referent.span.start > tokens[at].span.start
            || referent
                .entities
                .iter()
                .any(|&e| doc.kind(e) == crate::fact::EntityKind::Proposal)
        {
            return None;
        }
        // A verb of its own follows the name ("Trump later appeared"): a clause, not a list.
        verb_follows(doc, &tokens, referent.span.end).then_some(referent)
    });
    joined.or_else(|| main_subject(doc, sentence, before))
}

/// Whether the first word of `tokens` from `pos` on, past auxiliaries and
/// adverbs, is a verb: past tense, finite or reporting ("Mr Reed later appeared").
fn verb_follows(doc: &Doc, tokens: &[crate::text::Token], pos: usize) -> bool {
    tokens
        .iter()
        .find(|t| t.span.start >= pos && !is_auxiliary(t.text))
        .is_some_and(|v| {
            v.text.ends_with("ed") || FINITE.contains(&v.text) || is_reporting(doc, v.text)
        })
}

/// "US Senator Elizabeth Warren", "Tory leader Michael Howard": an organisation
/// or country that only qualifies the person named right after it.
pub(crate) fn person_behind_title(doc: &Doc, referent: Referent, before: usize) -> Referent {
    if referent.entities.len() != 1
        || doc.kind(referent.entities[0]) == crate::fact::EntityKind::Person
    {
        return referent;
    }
    let idx = doc
        .mentions
        .partition_point(|m| m.span.start < referent.span.end);
    let Some(next) = doc.mentions.get(idx).filter(|m| m.span.start < before) else {
        return referent;
    };
    let between = words(
        doc.layout.body,
        Span::new(referent.span.end, next.span.start),
    );
    let qualifies = between.len() <= 4
        && between.iter().all(|t| {
            super::entities::title_at(doc, &between, 0, between.len()).is_some()
                || t.text.chars().next().is_some_and(char::is_uppercase)
                || doc.k.titles.contains_key(&t.text.to_lowercase())
        });
    if doc.kind(next.entity) == crate::fact::EntityKind::Person && qualifies {
        Referent {
            entities: vec![next.entity],
            span: next.span,
            indirect: false,
        }
    } else {
        referent
    }
}

/// Where the clause holding `pos` starts: after the last semicolon, colon,
/// dash or still-open bracket before it ("Jim Risch (R-Idaho) said" is one clause).
pub(crate) fn clause_start(doc: &Doc, sentence: Span, pos: usize) -> usize {
    let full = &doc.layout.body[sentence.start..pos];
    let is_dash = |text: &str, i: usize, c: char| {
        c == '—' || c == '-' && text[..i].ends_with(' ') && text[i + 1..].starts_with(' ')
    };
    // "France, Germany and the UK - whose leaders had tried ... - have said": a
    // dash right before the verb closes an aside; the clause began before it.
    let mut text = full;
    // (Past auxiliaries: "- have said".)
    let mut before_verb = full.trim_end();
    while let Some((rest, word)) = before_verb.rsplit_once(' ') {
        if !is_auxiliary(word) {
            break;
        }
        before_verb = rest.trim_end();
    }
    if let Some((i, c)) = before_verb.char_indices().last() {
        if is_dash(full, i, c) {
            if let Some((open, _)) = full[..i]
                .char_indices()
                .rev()
                .find(|&(j, d)| is_dash(full, j, d))
            {
                text = &full[..open];
            }
        }
    }
    let closed_after = |i: usize| text[i..].contains(')');
    // A spaced hyphen is a dash too ("BRUSSELS (Reuters) - NATO said").
    let cut = text.char_indices().rev().find(|&(i, c)| {
        matches!(c, ';' | ':') || is_dash(text, i, c) || c == '(' && !closed_after(i)
    });
    match cut {
        Some((i, c)) => sentence.start + i + c.len_utf8(),
        None => sentence.start,
    }
}

fn trim_clause(doc: &Doc, span: Span) -> Span {
    let text = doc.text(span);
    let trimmed = text
        .trim_end()
        .trim_end_matches(['.', '!', '?', ','])
        .trim_end();
    Span::new(span.start, span.start + trimmed.len())
}

/// The person a sentence reports at its end ("..., Michael Howard has said."),
/// named (not by a pronoun), for what a later "he" or "the Tory leader" means.
pub(crate) fn sentence_reporter(doc: &Doc, sentence: Span) -> Option<usize> {
    let (referent, _) = trailing_attribution(doc, sentence)?;
    let &[person] = referent.entities.as_slice() else {
        return None;
    };
    (!referent.indirect && doc.kind(person) == crate::fact::EntityKind::Person).then_some(person)
}

fn trailing_attribution(doc: &Doc, sentence: Span) -> Option<(Referent, Span)> {
    // "Mr Blair has failed, he claimed, saying ...": else an attribution set off
    // by commas inside the sentence reports the clause before it.
    final_attribution(doc, sentence).or_else(|| parenthetical_attribution(doc, sentence))
}

/// The attribution after the sentence's last comma: ", Mr Howard said.".
fn final_attribution(doc: &Doc, sentence: Span) -> Option<(Referent, Span)> {
    let body = doc.layout.body;
    let text = doc.text(sentence);
    let comma = text.rfind(", ")?;
    let tail = &text[comma + 2..];
    let tail_trimmed = tail.trim_end_matches(['.', '!', '?']).trim_end();
    // (", said the leaflet published jointly by the CPS and ACPO.": a document and
    // its authors take more words.)
    let mut lead = tail_trimmed.split_whitespace();
    let document = lead.next().is_some_and(|w| is_reporting(doc, w))
        && lead.next() == Some("the")
        && lead
            .next()
            .is_some_and(|w| doc.k.document_nouns.contains(&w.to_lowercase()));
    let most = if document { 20 } else { 8 };
    if tail_trimmed.split_whitespace().count() > most || !fragments_inside(doc, sentence, true) {
        return None;
    }
    let tail_start = sentence.start + comma + 2;
    let tail_span = Span::new(tail_start, tail_start + tail_trimmed.len());
    let tokens = words(body, tail_span);
    let first = tokens.first()?;
    let referent = if is_reporting(doc, first.text) {
        // ("The US government denied the claims, saying it condemned torture.": a
        // participle with a clause of its own after it is no inverted "said X".)
        if first.text.ends_with("ing")
            || tokens.get(1).is_some_and(|t| {
                matches!(t.text, "it" | "he" | "she" | "they" | "we" | "I" | "you")
            })
        {
            return None;
        }
        let referent = referent_at(doc, first.span.end, tail_span.end)?;
        // "BAA, which operates all three, said it was consulting ...": a verb after
        // the name makes it the subject of a reported clause, not an attribution.
        if words(body, Span::new(referent.span.end, tail_span.end))
            .iter()
            .any(|t| FINITE.contains(&t.text) || t.text == "that")
        {
            return None;
        }
        referent
    } else if first.text.eq_ignore_ascii_case("according") {
        // "..., according to the EOC": a source for a fact, not a quotation (a
        // direct quotation with "according to" is one; see `attribution_after`).
        return None;
    } else {
        let referent = referent_at(doc, tail_start, tail_span.end)?;
        // ", its defence minister told the United States.": "told" may have its
        // addressee after it.
        // ("..., Mr Reed said on Monday.": a time phrase may close it.)
        let time_phrase = |from: usize| {
            tokens[from..].iter().all(|t| {
                super::is_time_word(t.text)
                    || matches!(
                        t.text,
                        "on" | "last" | "this" | "earlier" | "later" | "night"
                    )
            })
        };
        // (", Mr Milburn told BBC Radio 4's Today programme.")
        let told = tokens
            .iter()
            .rposition(|t| t.text == "told")
            .filter(|&i| tokens.len() - i <= 7);
        // ("..., the White House said in a statement.": a phrase of place or means
        // may close it, with no verb of its own.)
        let place = |from: usize| {
            matches!(
                tokens[from].text,
                "in" | "at" | "during" | "via" | "through"
            ) && tokens.len() - from <= 5
                && !tokens[from..]
                    .iter()
                    .any(|t| FINITE.contains(&t.text) || t.text == "that")
        };
        let timed = tokens
            .iter()
            .rposition(|t| is_reporting(doc, t.text))
            .filter(|&i| i + 1 < tokens.len() && (time_phrase(i + 1) || place(i + 1)));
        let last = told.or(timed).map_or(tokens.last()?, |i| &tokens[i]);
        if !is_reporting(doc, last.text)
            || told.is_none() && timed.is_none() && last.span.end != tail_span.end
        {
            return None;
        }
        // ", the Trade and Industry Secretary has said.": at most an auxiliary and
        // an adverb between the speaker and the verb.
        // (", it has been confirmed.", ", it was announced.": a passive names no
        // one who spoke.)
        let between = words(body, Span::new(referent.span.end, last.span.start));
        let participle = last.text.ends_with("ed") || matches!(last.text, "said" | "told");
        if between.len() > 2
            || participle
                && between
                    .iter()
                    .any(|t| matches!(t.text, "been" | "being" | "was" | "were" | "is" | "are"))
        {
            return None;
        }
        referent
    };
    Some((referent, clause_before(doc, sentence, comma)?))
}

/// "As the Tory leader declared, the aim is ...", "As Mr Kennedy put it, ...": an
/// attribution that opens the sentence reports the clause after its comma.
fn as_attribution(doc: &Doc, sentence: Span) -> Option<(Referent, Span)> {
    let body = doc.layout.body;
    let text = doc.text(sentence);
    let rest = text.strip_prefix("As ")?;
    let comma = rest.find(", ")?;
    let inner = Span::new(sentence.start + 3, sentence.start + 3 + comma);
    let tokens = words(body, inner);
    if tokens.len() < 2 || tokens.len() > 8 || inside_direct(doc, inner) {
        return None;
    }
    // The verb: a reporting verb in the past ("declared", "said"), or "put it".
    let verb = match tokens.as_slice() {
        [.., put, it] if put.text == "put" && it.text == "it" => put,
        [.., last]
            if is_reporting(doc, last.text)
                && (last.text.ends_with("ed") || matches!(last.text, "said" | "says" | "told")) =>
        {
            last
        }
        _ => return None,
    };
    let referent = referent_at(doc, inner.start, verb.span.start)
        .filter(|r| words(body, Span::new(r.span.end, verb.span.start)).is_empty())?;
    let clause = trim_clause(doc, Span::new(inner.end + 2, sentence.end));
    (words(body, clause).len() >= MIN_QUOTE_WORDS && only_fragments(doc, clause))
        .then_some((referent, clause))
}

/// The reported clause an attribution after byte `comma` of `sentence` closes:
/// the sentence up to the comma, if it has at least four words.
fn clause_before(doc: &Doc, sentence: Span, comma: usize) -> Option<Span> {
    let clause = trim_span(doc, Span::new(sentence.start, sentence.start + comma));
    (words(doc.layout.body, clause).len() >= MIN_QUOTE_WORDS).then_some(clause)
}

/// ", he claimed,", ", Mr Howard said,": a pronoun or name and a reporting verb
/// (either order, at most five words) between two commas, with a clause of at
/// least four words before it.
fn parenthetical_attribution(doc: &Doc, sentence: Span) -> Option<(Referent, Span)> {
    let body = doc.layout.body;
    let text = doc.text(sentence);
    let mut from = 0;
    while let Some(found) = text[from..].find(", ") {
        let comma = from + found;
        from = comma + 2;
        let Some(close) = text[comma + 2..].find(',') else {
            break;
        };
        let inner = Span::new(
            sentence.start + comma + 2,
            sentence.start + comma + 2 + close,
        );
        let tokens = words(body, inner);
        if tokens.is_empty() || tokens.len() > 5 || inside_direct(doc, inner) {
            continue;
        }
        let (first, last) = (tokens[0], tokens[tokens.len() - 1]);
        let referent = if is_reporting(doc, first.text) && first.text.ends_with("ed")
            || matches!(first.text, "said" | "says" | "told")
        {
            referent_at(doc, first.span.end, inner.end)
        } else if is_reporting(doc, last.text)
            && (last.text.ends_with("ed") || matches!(last.text, "said" | "says"))
        {
            referent_at(doc, inner.start, last.span.start)
                .filter(|r| words(body, Span::new(r.span.end, last.span.start)).is_empty())
        } else {
            None
        };
        let Some(referent) = referent else {
            continue;
        };
        // "Less than an hour after the vote, Trump tweeted, "...": the attribution
        // introduces the quotation after it, not the phrase before it.
        if body[inner.end + 1..sentence.end]
            .trim_start()
            .starts_with(['"', '“', '‘'])
        {
            return None;
        }
        // "The Tories, he said, can cut crime ...": a subject with no verb before
        // the attribution; what was said is the rest of the sentence.
        let before = words(body, Span::new(sentence.start, sentence.start + comma));
        if !before
            .iter()
            .any(|t| FINITE.contains(&t.text) || t.text.ends_with("ed"))
        {
            let rest = trim_clause(doc, Span::new(inner.end + 1, sentence.end));
            let rest = trim_span(doc, rest);
            return (words(body, rest).len() >= MIN_QUOTE_WORDS && only_fragments(doc, rest))
                .then_some((referent, rest));
        }
        return Some((referent, clause_before(doc, sentence, comma)?));
    }
    None
}

/// "I reject that entirely", "he rejected the idea that ...": a denial of a
/// claim, which the guidelines count as neither quote nor stance.
fn is_denial(doc: &Doc, span: Span) -> bool {
    let tokens = words(doc.layout.body, span);
    let lowered: Vec<String> = tokens
        .iter()
        .take(3)
        .map(|t| t.text.to_lowercase())
        .collect();
    matches!(
        lowered.first().map(String::as_str),
        Some("i" | "we" | "he" | "she" | "they")
    ) && lowered
        .get(1)
        .is_some_and(|verb| doc.k.denial_verbs.contains(verb))
}

fn add_indirect(doc: &mut Doc, referent: &Referent, clause: Span, rule: &str, confidence: f64) {
    if is_denial(doc, clause) {
        return;
    }
    let mut found = FoundQuote {
        outer: clause,
        fact: None,
        speakers: referent.entities.clone(),
        pronoun: None,
        continues: None,
    };
    // ("UK heading wrong way, says Howard" as a headline: repeated below.)
    let in_headline = doc.headline.is_some_and(|h| h.contains(clause));
    for &speaker in referent.entities.iter().filter(|_| !in_headline) {
        let evidence = doc.layout.evidence(clause);
        found.fact.get_or_insert(doc.facts.quotes.len());
        doc.facts.quotes.push(Quote {
            speaker,
            evidence,
            direct: false,
            rule: rule.to_string(),
            confidence: if referent.indirect {
                confidence - 0.1
            } else {
                confidence
            },
        });
    }
    doc.add_quote(found);
}
