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
pub(crate) const AUXILIARIES: &[&str] = &[
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
];

/// Finds quotes and adds them to `doc.facts.quotes` and `doc.quotes`.
pub(crate) fn find_quotes(doc: &mut Doc) {
    let spans = quotation_spans(doc);
    let mut previous: Option<(usize, Vec<usize>)> = None; // (paragraph, speakers)
    for (outer, inner) in spans {
        let n_words = words(doc.layout.body, inner).len();
        let paragraph = paragraph_of(doc, outer.start);
        let mut found = FoundQuote {
            outer,
            fact: None,
            speakers: Vec::new(),
        };
        if n_words >= MIN_QUOTE_WORDS {
            let attributed = attribution_after(doc, outer)
                .map(|r| (r, "quote/direct/after-1", 0.9))
                .or_else(|| {
                    attribution_before(doc, outer).map(|r| (r, "quote/direct/before-1", 0.9))
                });
            let (speakers, rule, confidence) = match attributed {
                Some((referent, rule, confidence)) => (referent.entities, rule, confidence),
                None => match &previous {
                    // A quotation paragraph right after an attributed one continues it.
                    Some((prev_paragraph, speakers))
                        if paragraph == *prev_paragraph + 1 && starts_paragraph(doc, outer) =>
                    {
                        (speakers.clone(), "quote/direct/continued-1", 0.6)
                    }
                    _ => (Vec::new(), "", 0.0),
                },
            };
            for &speaker in &speakers {
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
                previous = Some((last_paragraph_of(doc, outer), speakers.clone()));
            }
            found.speakers = speakers;
        }
        doc.quotes.push(found);
    }
    indirect_quotes(doc);
}

fn paragraph_of(doc: &Doc, pos: usize) -> usize {
    doc.layout.paragraphs.partition_point(|p| p.end <= pos)
}

fn last_paragraph_of(doc: &Doc, span: Span) -> usize {
    paragraph_of(doc, span.end.saturating_sub(1))
}

fn starts_paragraph(doc: &Doc, span: Span) -> bool {
    doc.layout.paragraphs.iter().any(|p| p.start == span.start)
}

/// Trims white space and a trailing comma from a quotation's inside.
fn trim_span(doc: &Doc, span: Span) -> Span {
    let text = doc.text(span);
    let start = span.start + (text.len() - text.trim_start().len());
    let trimmed = text.trim();
    let trimmed = trimmed.strip_suffix(',').unwrap_or(trimmed).trim_end();
    Span::new(start, start + trimmed.len())
}

/// Every quotation: (outer span with marks, inner span), in text order.
/// A paragraph that ends inside a quotation continues into the next paragraph
/// when that one opens with a quotation mark.
pub(crate) fn quotation_spans(doc: &Doc) -> Vec<(Span, Span)> {
    let body = doc.layout.body;
    let mut out = Vec::new();
    let paragraphs = &doc.layout.paragraphs;
    let mut p = 0;
    while p < paragraphs.len() {
        let para = paragraphs[p];
        let text = &body[para.start..para.end];
        let marks = marks_in(text);
        let mut i = 0;
        while i < marks.len() {
            let (open_pos, open) = marks[i];
            if !open.is_opening() {
                i += 1;
                continue;
            }
            // Find the matching close in this paragraph.
            if let Some(&(close_pos, close)) = marks[i + 1..].iter().find(|(_, m)| m.closes(open)) {
                let outer = Span::new(para.start + open_pos, para.start + close_pos + close.len());
                let inner = Span::new(para.start + open_pos + open.len(), para.start + close_pos);
                out.push((outer, inner));
                i = marks
                    .iter()
                    .position(|(pos, _)| *pos == close_pos)
                    .map_or(marks.len(), |x| x + 1);
                continue;
            }
            // No close: a run across paragraphs, when the next ones open with a mark.
            let mut q = p + 1;
            let mut closed = None;
            while q < paragraphs.len() {
                let next = paragraphs[q];
                let next_text = &body[next.start..next.end];
                let next_marks = marks_in(next_text);
                if !next_marks
                    .first()
                    .is_some_and(|(pos, m)| *pos == 0 && m.is_opening())
                {
                    break;
                }
                if let Some(&(close_pos, m)) = next_marks[1..].iter().find(|(_, m)| m.closes(open))
                {
                    closed = Some((q, next.start + close_pos, m.len()));
                    break;
                }
                q += 1;
            }
            if let Some((last_p, close_abs, close_len)) = closed {
                let outer = Span::new(para.start + open_pos, close_abs + close_len);
                let inner = Span::new(para.start + open_pos + open.len(), close_abs);
                out.push((outer, inner));
                p = last_p;
                // Marks after the close in that paragraph are handled from the next paragraph on.
            }
            break;
        }
        p += 1;
    }
    out
}

/// A quotation mark.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mark {
    /// `"` opening (straight marks alternate).
    StraightOpen,
    /// `"` closing.
    StraightClose,
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
    fn is_opening(self) -> bool {
        matches!(
            self,
            Mark::StraightOpen | Mark::CurlyOpen | Mark::SingleOpen
        )
    }

    fn closes(self, open: Mark) -> bool {
        matches!(
            (open, self),
            (Mark::StraightOpen, Mark::StraightClose)
                | (Mark::CurlyOpen, Mark::CurlyClose)
                | (Mark::CurlyOpen, Mark::StraightClose)
                | (Mark::StraightOpen, Mark::CurlyClose)
                | (Mark::SingleOpen, Mark::SingleClose)
        )
    }

    fn len(self) -> usize {
        match self {
            Mark::StraightOpen | Mark::StraightClose => 1,
            _ => 3,
        }
    }
}

/// The quotation marks of a paragraph with their byte positions.
fn marks_in(text: &str) -> Vec<(usize, Mark)> {
    let mut marks = Vec::new();
    let mut straight_open = false;
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    for (n, &(pos, ch)) in chars.iter().enumerate() {
        let prev = n.checked_sub(1).map(|i| chars[i].1);
        let next = chars.get(n + 1).map(|c| c.1);
        match ch {
            '"' => {
                // Straight marks alternate; an opening one follows a space or starts the paragraph.
                let opening = !straight_open
                    && prev.is_none_or(|c| {
                        c.is_whitespace() || matches!(c, '(' | '[' | '—' | '-' | ':')
                    });
                if opening {
                    marks.push((pos, Mark::StraightOpen));
                    straight_open = true;
                } else if straight_open {
                    marks.push((pos, Mark::StraightClose));
                    straight_open = false;
                }
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
    let limit = sentence_end(doc, outer.end).max(outer.end).min(para_end);
    let after = &body[outer.end..limit];
    let trimmed = after.trim_start_matches([',', ' ']);
    let start = outer.end + (after.len() - trimmed.len());
    let tokens = words(body, Span::new(start, limit));
    let first = tokens.first()?;
    if first.span.start != start {
        return None;
    }
    // "said X"
    if is_reporting(doc, first.text) {
        return referent_at(doc, first.span.end, limit);
    }
    // "X said", "X, the Y, said"
    let referent = referent_at(doc, start, limit)?;
    let rest_tokens = words(body, Span::new(referent.span.end, limit));
    let mut k = 0;
    while k < rest_tokens.len() && AUXILIARIES.contains(&rest_tokens[k].text) {
        k += 1;
    }
    if rest_tokens
        .get(k)
        .is_some_and(|t| is_reporting(doc, t.text))
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

/// `X said: "..."`, `X told attendees: "..."`, `when he said, "..."`, `"...," he said, "..."`.
fn attribution_before(doc: &Doc, outer: Span) -> Option<Referent> {
    let body = doc.layout.body;
    let mut start = sentence_start(doc, outer.start);
    // Start after any earlier quotation in the same sentence.
    for found in &doc.quotes {
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
    // "said X: ..." (verb first, then the speaker).
    if let Some(referent) = referent_at(doc, tokens[verb_idx].span.end, outer.start) {
        if body[referent.span.end..outer.start]
            .trim()
            .trim_end_matches([':', ','])
            .is_empty()
        {
            return Some(referent);
        }
    }
    subject_of_verb(doc, start, tokens[verb_idx].span.start)
}

/// The subject before a verb at `verb_start`: skips auxiliaries and a comma-enclosed apposition.
pub(crate) fn subject_of_verb(
    doc: &Doc,
    clause_start: usize,
    verb_start: usize,
) -> Option<Referent> {
    let body = doc.layout.body;
    let mut end = verb_start;
    loop {
        let text = body[clause_start..end].trim_end();
        let last_word_start = text.rfind(|c: char| c.is_whitespace()).map_or(0, |i| i + 1);
        let last_word = &text[last_word_start..];
        if !last_word.is_empty() && AUXILIARIES.contains(&last_word) {
            end = clause_start + last_word_start;
            continue;
        }
        break;
    }
    let text = body[clause_start..end].trim_end();
    let mut end = clause_start + text.len();
    // "Annalena Baerbock, the German Foreign Minister," → before the apposition.
    if let Some(inner) = text.strip_suffix(',') {
        if let Some(comma) = inner.rfind(',') {
            let apposition = inner[comma + 1..].trim();
            let n_words = apposition.split_whitespace().count();
            if n_words <= 8 && !apposition.is_empty() {
                end = clause_start + comma;
            }
        }
    }
    subject_before(doc, clause_start, end)
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
    doc.quotes
        .iter()
        .any(|q| q.outer.start < span.end && span.start < q.outer.end)
}

/// "X said (that) CLAUSE", "X told reporters that CLAUSE", and "CLAUSE, X said."
fn indirect_quotes(doc: &mut Doc) {
    let body = doc.layout.body;
    let sentences = doc.layout.sentences.clone();
    for sentence in sentences {
        if inside_direct(doc, sentence) && doc.quotes.iter().any(|q| q.outer.contains(sentence)) {
            continue;
        }
        let tokens = words(body, sentence);
        for (idx, token) in tokens.iter().enumerate() {
            if !is_reporting(doc, token.text) || inside_direct(doc, token.span) {
                continue;
            }
            let lower = token.text.to_lowercase();
            let Some(referent) = subject_of_verb(
                doc,
                clause_start(doc, sentence, token.span.start),
                token.span.start,
            ) else {
                continue;
            };
            // The reported clause: after "that", or straight after the verb.
            let mut k = idx + 1;
            let tell = lower.starts_with("tell") || lower == "told";
            if tell {
                let that = (k..tokens.len().min(k + 7)).find(|&i| tokens[i].text == "that");
                match that {
                    Some(i) => k = i + 1,
                    None => continue,
                }
            } else if tokens.get(k).is_some_and(|t| t.text == "that") {
                k += 1;
            }
            let Some(first) = tokens.get(k) else { continue };
            let gap = &body[token.span.end..first.span.start];
            if gap.contains([':', '"', '“', '‘']) || (!tell && gap.contains(',')) {
                continue;
            }
            let clause = trim_clause(doc, Span::new(first.span.start, sentence.end));
            if words(body, clause).len() < MIN_QUOTE_WORDS {
                continue;
            }
            // A direct fragment of four words or more is quoted on its own.
            if doc
                .quotes
                .iter()
                .any(|q| clause.contains(q.outer) && q.fact.is_some())
            {
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
            break;
        }
        // "The plan is flawed, Mr Davis said." / ", said Mr Davis."
        if let Some((referent, clause)) = trailing_attribution(doc, sentence) {
            add_indirect(doc, &referent, clause, "quote/indirect/trailing-1", 0.7);
        }
    }
}

fn clause_start(doc: &Doc, sentence: Span, pos: usize) -> usize {
    let text = &doc.layout.body[sentence.start..pos];
    match text.rfind([';', ':', '—', '(']) {
        Some(i) => sentence.start + i + text[i..].chars().next().map_or(1, char::len_utf8),
        None => sentence.start,
    }
}

fn trim_clause(doc: &Doc, span: Span) -> Span {
    let text = doc.text(span);
    let trimmed = text.trim_end().trim_end_matches(['.', '!', '?']).trim_end();
    Span::new(span.start, span.start + trimmed.len())
}

fn trailing_attribution(doc: &Doc, sentence: Span) -> Option<(Referent, Span)> {
    let body = doc.layout.body;
    let text = doc.text(sentence);
    let comma = text.rfind(", ")?;
    let tail = &text[comma + 2..];
    let tail_trimmed = tail.trim_end_matches(['.', '!', '?']).trim_end();
    if tail_trimmed.split_whitespace().count() > 6 || inside_direct(doc, sentence) {
        return None;
    }
    let tail_start = sentence.start + comma + 2;
    let tail_span = Span::new(tail_start, tail_start + tail_trimmed.len());
    let tokens = words(body, tail_span);
    let first = tokens.first()?;
    let referent = if is_reporting(doc, first.text) {
        referent_at(doc, first.span.end, tail_span.end)?
    } else {
        let referent = referent_at(doc, tail_start, tail_span.end)?;
        let last = tokens.last()?;
        if !is_reporting(doc, last.text) || last.span.end != tail_span.end {
            return None;
        }
        referent
    };
    let clause = trim_span(doc, Span::new(sentence.start, sentence.start + comma));
    if words(body, clause).len() < MIN_QUOTE_WORDS {
        return None;
    }
    Some((referent, clause))
}

fn add_indirect(doc: &mut Doc, referent: &Referent, clause: Span, rule: &str, confidence: f64) {
    let mut found = FoundQuote {
        outer: clause,
        fact: None,
        speakers: referent.entities.clone(),
    };
    for &speaker in &referent.entities {
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
    doc.quotes.push(found);
}
