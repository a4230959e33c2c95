//! Text layout: paragraphs, sentences, words, and exact character offsets.
//!
//! Owns: splitting an article body into paragraphs and sentences without
//! breaking at "Mr.", "U.S.", "D.C.", initials or numbers, and converting byte
//! offsets to the code-point offsets that evidence uses. Leaves to others: what
//! the text means.

use std::cell::RefCell;

use crate::fact::Evidence;

/// A half-open byte range into the article body.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Span {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end` (bytes).
    pub fn new(start: usize, end: usize) -> Self {
        Span { start, end }
    }

    /// Whether `other` lies inside this span.
    pub fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }
}

/// The article body with its layout computed once.
#[derive(Debug)]
pub struct Layout<'a> {
    /// The article body.
    pub body: &'a str,
    /// Paragraph spans, in order, trimmed of surrounding white space.
    pub paragraphs: Vec<Span>,
    /// Sentence spans, in order, each inside one paragraph.
    pub sentences: Vec<Span>,
    /// For each sentence, the index of its paragraph.
    pub sentence_paragraph: Vec<usize>,
    /// Byte offset to code-point offset, for every byte offset 0..=len.
    char_at: Vec<u32>,
}

impl<'a> Layout<'a> {
    /// Computes paragraphs, sentences and the offset table of `body`.
    pub fn new(body: &'a str, abbreviations: &dyn Fn(&str) -> bool) -> Self {
        let mut char_at = vec![0u32; body.len() + 1];
        let mut n_chars = 0u32;
        for (idx, ch) in body.char_indices() {
            for slot in &mut char_at[idx..idx + ch.len_utf8()] {
                *slot = n_chars;
            }
            n_chars += 1;
        }
        char_at[body.len()] = n_chars;
        let paragraphs = paragraphs(body);
        let mut sentences = Vec::new();
        let mut sentence_paragraph = Vec::new();
        for (p_idx, paragraph) in paragraphs.iter().enumerate() {
            for sentence in split_sentences(body, *paragraph, abbreviations) {
                sentences.push(sentence);
                sentence_paragraph.push(p_idx);
            }
        }
        // Extraction asks for the words of the same sentences and windows many times
        // over; from now on `words` clips them from this one pass over the body.
        let body_words = scan_words(body, Span::new(0, body.len()))
            .iter()
            .map(|token| token.span)
            .collect();
        BODY_WORDS.with_borrow_mut(|cache| {
            *cache = Some(BodyWords {
                address: body.as_ptr() as usize,
                len: body.len(),
                spans: body_words,
            });
        });
        Layout {
            body,
            paragraphs,
            sentences,
            sentence_paragraph,
            char_at,
        }
    }

    /// The text of a span.
    pub fn text(&self, span: Span) -> &'a str {
        &self.body[span.start..span.end]
    }

    /// Evidence for a byte span, with code-point offsets.
    pub fn evidence(&self, span: Span) -> Evidence {
        Evidence {
            start: self.char_at[span.start] as usize,
            end: self.char_at[span.end] as usize,
            text: self.body[span.start..span.end].to_string(),
        }
    }

    /// The code-point offset of byte `pos`.
    pub fn char_offset(&self, pos: usize) -> usize {
        self.char_at[pos] as usize
    }

    /// The index of the sentence holding byte `pos` (or the last one before it).
    pub fn sentence_of(&self, pos: usize) -> Option<usize> {
        match self.sentences.binary_search_by(|s| s.start.cmp(&pos)) {
            Ok(idx) => Some(idx),
            Err(0) => None,
            Err(idx) => Some(idx - 1),
        }
    }
}

impl Drop for Layout<'_> {
    /// Forgets this body's words, unless a newer layout on this thread has taken
    /// the cache since: a cached table never outlives the borrow of its body.
    fn drop(&mut self) {
        BODY_WORDS.with_borrow_mut(|cache| {
            if cache.as_ref().is_some_and(|words| words.is(self.body)) {
                *cache = None;
            }
        });
    }
}

/// The word spans of the body of the newest live [`Layout`] on this thread.
struct BodyWords {
    /// Address and length of the body: while its layout lives the body is
    /// borrowed, so a string at the same address with the same length is it.
    address: usize,
    len: usize,
    /// What [`words`] gives for the whole body.
    spans: Vec<Span>,
}

impl BodyWords {
    fn is(&self, body: &str) -> bool {
        self.address == body.as_ptr() as usize && self.len == body.len()
    }
}

thread_local! {
    static BODY_WORDS: RefCell<Option<BodyWords>> = const { RefCell::new(None) };
}

/// Paragraphs: runs of text separated by blank lines, or by single line
/// breaks (news files often put one paragraph on each line).
fn paragraphs(body: &str) -> Vec<Span> {
    let mut spans = Vec::new();
    let mut offset = 0;
    for line in body.split_inclusive('\n') {
        let start = offset + (line.len() - line.trim_start().len());
        let end = offset + line.trim_end().len();
        if end > start {
            spans.push(Span::new(start, end));
        }
        offset += line.len();
    }
    spans
}

const CLOSERS: &[char] = &['"', '\'', '”', '’', ')', ']'];

/// Splits one paragraph into sentences at `.`, `!` or `?` (with any closing
/// quotes or brackets) followed by white space and an upper-case letter, a
/// digit or an opening quote, unless the word before is an abbreviation.
fn split_sentences(
    body: &str,
    paragraph: Span,
    is_abbreviation: &dyn Fn(&str) -> bool,
) -> Vec<Span> {
    let text = &body[paragraph.start..paragraph.end];
    let mut spans = Vec::new();
    let mut start = 0;
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut i = 0;
    while i < chars.len() {
        let (idx, ch) = chars[i];
        if matches!(ch, '.' | '!' | '?') {
            let mut j = i + 1;
            while j < chars.len()
                && (CLOSERS.contains(&chars[j].1) || matches!(chars[j].1, '.' | '!' | '?'))
            {
                j += 1;
            }
            let end = if j < chars.len() {
                chars[j].0
            } else {
                text.len()
            };
            let mut k = j;
            while k < chars.len() && chars[k].1.is_whitespace() {
                k += 1;
            }
            let has_space = k > j;
            let next_starts = k < chars.len() && {
                let next = chars[k].1;
                next.is_uppercase()
                    || next.is_ascii_digit()
                    || matches!(next, '"' | '“' | '‘' | '\'' | '(')
            };
            if has_space
                && next_starts
                && !(ch == '.' && ends_with_abbreviation(&text[start..idx], is_abbreviation))
            {
                spans.push(Span::new(paragraph.start + start, paragraph.start + end));
                start = chars[k].0;
                i = k;
                continue;
            }
            i = j.max(i + 1);
            continue;
        }
        i += 1;
    }
    if start < text.len() {
        let rest = text[start..].trim_end();
        if !rest.is_empty() {
            spans.push(Span::new(
                paragraph.start + start,
                paragraph.start + start + rest.len(),
            ));
        }
    }
    spans
}

/// Whether the text before a full stop ends with an abbreviation or an initial.
fn ends_with_abbreviation(before: &str, is_abbreviation: &dyn Fn(&str) -> bool) -> bool {
    let word = before
        .rsplit(|c: char| c.is_whitespace() || matches!(c, '(' | '"' | '“' | '‘'))
        .next()
        .unwrap_or("");
    if word.is_empty() {
        return false;
    }
    // "J." or "U.S" (the last full stop is the one being tested) or "D.C".
    let letters: Vec<char> = word.chars().filter(|c| *c != '.').collect();
    if letters.len() == 1 && letters[0].is_uppercase() {
        return true;
    }
    if word.contains('.') && word.chars().all(|c| c == '.' || c.is_uppercase()) {
        return true;
    }
    is_abbreviation(word)
}

/// The largest char boundary of `text` at or below `max` bytes.
pub fn floor_boundary(text: &str, max: usize) -> usize {
    let mut end = max.min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    end
}

/// A word-like token with its byte span.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token<'a> {
    /// The token text.
    pub text: &'a str,
    /// Its byte span in the body.
    pub span: Span,
}

/// The words of a span (letters, digits, apostrophes and hyphens inside words).
///
/// In the body of a live [`Layout`] they are clipped from the layout's table of
/// the body's words, which gives the same tokens as scanning the span (a test
/// checks every span of a few texts); other text is scanned.
pub fn words(body: &str, span: Span) -> Vec<Token<'_>> {
    // An empty or reversed span has no words (callers compute spans from text they scan).
    if body.get(span.start..span.end.max(span.start)).is_none() {
        return Vec::new();
    }
    let clipped = BODY_WORDS.with_borrow(|cache| match cache {
        Some(table) if table.is(body) => Some(clip_words(body, &table.spans, span)),
        _ => None,
    });
    clipped.unwrap_or_else(|| scan_words(body, span))
}

/// Whether `ch` joins the letters on either side into one word ("Germany’s",
/// "hack-backs", "U.S", "AT&T").
fn is_joiner(ch: char) -> bool {
    matches!(ch, '\'' | '’' | '-' | '.' | '&')
}

/// The words of `span`, from the words of the whole body: a body word that
/// overlaps the span is cut at its edges, and a joiner at a cut edge is dropped,
/// since scanning the span alone finds no letter before or after it.
fn clip_words<'b>(body: &'b str, body_words: &[Span], span: Span) -> Vec<Token<'b>> {
    let end = span.end.max(span.start);
    let first = body_words.partition_point(|word| word.end <= span.start);
    let last = first + body_words[first..].partition_point(|word| word.start < end);
    let mut tokens = Vec::with_capacity(last - first);
    for word in &body_words[first..last] {
        let mut start = word.start.max(span.start);
        let mut stop = word.end.min(end);
        if start > word.start {
            if let Some(ch) = body[start..].chars().next().filter(|ch| is_joiner(*ch)) {
                start += ch.len_utf8();
            }
        }
        if stop < word.end {
            if let Some(ch) = body[..stop].chars().next_back().filter(|ch| is_joiner(*ch)) {
                stop -= ch.len_utf8();
            }
        }
        if start < stop {
            tokens.push(Token {
                text: &body[start..stop],
                span: Span::new(start, stop),
            });
        }
    }
    tokens
}

/// The words of a span, scanned character by character.
fn scan_words(body: &str, span: Span) -> Vec<Token<'_>> {
    let Some(text) = body.get(span.start..span.end.max(span.start)) else {
        return Vec::new();
    };
    let mut tokens = Vec::new();
    let mut current: Option<usize> = None;
    let mut iter = text.char_indices().peekable();
    while let Some((idx, ch)) = iter.next() {
        let inner = is_joiner(ch)
            && current.is_some()
            && iter.peek().is_some_and(|(_, next)| next.is_alphanumeric());
        if ch.is_alphanumeric() || inner {
            if current.is_none() {
                current = Some(idx);
            }
        } else if let Some(begin) = current.take() {
            tokens.push(Token {
                text: &text[begin..idx],
                span: Span::new(span.start + begin, span.start + idx),
            });
        }
    }
    if let Some(begin) = current {
        tokens.push(Token {
            text: &text[begin..],
            span: Span::new(span.start + begin, span.end),
        });
    }
    tokens
}

/// Removes the hover cards that some news sites (The Hill among them) leave in
/// scraped text after a person's name: the full name glued to the headlines of
/// related stories, ending in "MORE" ("Jim Risch James (Jim) Elroy RischTrump
/// holds ... MORE (R-Idaho) said" becomes "Jim Risch (R-Idaho) said"). A card
/// is recognised by its shape, never by a name: a surname that was just
/// written, repeated and glued to a capitalised word, then " MORE" within the
/// same paragraph. Returns `None` when the text has none.
pub fn strip_hover_cards(text: &str) -> Option<String> {
    const MAX_CARD: usize = 1200;
    let mut cuts: Vec<(usize, usize)> = Vec::new();
    let mut search = 0;
    while let Some(found) = text[search..].find(" MORE") {
        let more = search + found;
        let more_end = more + " MORE".len();
        search = more_end;
        if text[more_end..]
            .chars()
            .next()
            .is_some_and(|c| c.is_alphanumeric())
        {
            continue;
        }
        let window_start = floor_boundary(text, more.saturating_sub(MAX_CARD));
        let window_start = text[window_start..more]
            .rfind('\n')
            .map_or(window_start, |i| window_start + i + 1);
        let window_start = cuts.last().map_or(window_start, |c| window_start.max(c.1));
        if let Some(start) = card_start(&text[window_start..more]) {
            cuts.push((window_start + start, more_end));
        }
    }
    if cuts.is_empty() {
        return None;
    }
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    for (start, end) in cuts {
        out.push_str(&text[at..start]);
        at = end;
    }
    out.push_str(&text[at..]);
    Some(out)
}

/// Where the card starts in `window` (the text before " MORE"): right after
/// the written surname that the card repeats glued to a capitalised word.
fn card_start(window: &str) -> Option<usize> {
    let bytes = window.as_bytes();
    // The earliest glue point: a lower-case letter then a capital, inside a word.
    for i in 1..bytes.len() {
        if !(bytes[i - 1].is_ascii_lowercase() && bytes[i].is_ascii_uppercase()) {
            continue;
        }
        let word_start = window[..i]
            .rfind(|c: char| !c.is_alphabetic() && c != '\'' && c != '-')
            .map_or(0, |p| p + 1);
        let surname = &window[word_start..i];
        if surname.len() < 2 || !surname.starts_with(|c: char| c.is_uppercase()) {
            continue;
        }
        // The written name: the same surname as a whole word shortly before.
        let before = &window[..word_start];
        let from = floor_boundary(before, before.len().saturating_sub(120));
        let written = before[from..]
            .match_indices(surname)
            .filter(|(p, _)| {
                let at = from + p;
                let end = at + surname.len();
                (at == 0 || !before[..at].ends_with(char::is_alphanumeric))
                    && before[end..].starts_with(' ')
            })
            .last();
        if let Some((p, _)) = written {
            return Some(from + p + surname.len());
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn no_abbrev(word: &str) -> bool {
        matches!(word, "Mr" | "Mrs" | "Dr" | "St")
    }

    fn sentences(text: &str) -> Vec<&str> {
        let layout = Layout::new(text, &no_abbrev);
        layout.sentences.iter().map(|s| layout.text(*s)).collect()
    }

    #[test]
    fn sentences_survive_abbreviations_and_initials() {
        assert_eq!(
            sentences("Mr. Smith went to Washington, D.C. on Monday. He met J. K. Rowling in the U.S. Senate. Then he left."),
            vec![
                "Mr. Smith went to Washington, D.C. on Monday.",
                "He met J. K. Rowling in the U.S. Senate.",
                "Then he left."
            ]
        );
    }

    #[test]
    fn sentences_keep_closing_quotes() {
        assert_eq!(
            sentences("She said: “We will win.” Then 3.5% voted. “Why?” he asked."),
            vec![
                "She said: “We will win.”",
                "Then 3.5% voted.",
                "“Why?” he asked."
            ]
        );
    }

    #[test]
    fn evidence_offsets_count_code_points() {
        let body = "Größe “quoted” text";
        let layout = Layout::new(body, &no_abbrev);
        let start = body.find("quoted").unwrap();
        let ev = layout.evidence(Span::new(start, start + 6));
        assert_eq!((ev.start, ev.end), (7, 13));
        assert_eq!(
            body.chars()
                .skip(ev.start)
                .take(ev.end - ev.start)
                .collect::<String>(),
            "quoted"
        );
    }

    #[test]
    fn words_keep_apostrophes_and_hyphens() {
        let body = "Germany’s hack-backs, U.S. allies";
        let got: Vec<&str> = words(body, Span::new(0, body.len()))
            .iter()
            .map(|t| t.text)
            .collect();
        assert_eq!(got, vec!["Germany’s", "hack-backs", "U.S", "allies"]);
    }

    #[test]
    fn words_clipped_from_the_layout_equal_words_scanned() {
        for body in [
            "Germany’s hack-backs, U.S. allies -- AT&T's 3.5% ‘rise’ (x-) .y 'z' a-.b",
            "Größe “quoted” o'-k e.g. -a- &b& l'été... Mr. O’Neill-Smith’s",
            "",
        ] {
            let bounds: Vec<usize> = (0..=body.len())
                .filter(|at| body.is_char_boundary(*at))
                .collect();
            let layout = Layout::new(body, &no_abbrev);
            for &start in &bounds {
                for end in 0..=body.len() + 1 {
                    let span = Span::new(start, end);
                    assert_eq!(
                        words(layout.body, span),
                        scan_words(body, span),
                        "{body:?} {span:?}"
                    );
                }
            }
            drop(layout);
            assert!(BODY_WORDS.with_borrow(|cache| cache.is_none()));
        }
    }

    #[test]
    fn hover_cards_go_and_the_rest_stays() {
        let text = "Senator Ann Vale Annabel (Ann) Rose ValeSenate passes budget | Vale backs tariff MORE (D-Vt.) said the tariff was wrong.\nThe iPhone MORE tests stay.";
        assert_eq!(
            strip_hover_cards(text).as_deref(),
            Some(
                "Senator Ann Vale (D-Vt.) said the tariff was wrong.\nThe iPhone MORE tests stay."
            )
        );
        assert_eq!(strip_hover_cards("Nothing to see MORE here."), None);
        assert_eq!(strip_hover_cards("Plain text."), None);
    }
}
