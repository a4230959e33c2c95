//! Title-case headlines read as sentence case.
//!
//! "Netanyahu Urges Congress to Block 'Bad Deal' With Iran" capitalises its
//! verbs and common nouns, so a capitalised run would swallow the verb into a
//! name and no cue would be seen. Before extraction such a headline is
//! re-cased word by word from the article's own usage: a word is lowered when
//! it is a function word, or when the body never capitalises it inside a
//! sentence and either writes it in lower case or never uses it at all (and it
//! is no given name). Only the first letter of a word
//! changes, and only between ASCII cases, so every offset stays exact; after
//! extraction the evidence and labels are read back from the original text.

use crate::fact::{Article, Facts};
use crate::knowledge::Knowledge;
use crate::text::Span;

/// Words that a title-case headline capitalises but a sentence never does.
const FUNCTION_WORDS: &[&str] = &[
    "a", "about", "after", "against", "amid", "an", "and", "are", "as", "at", "be", "before",
    "but", "by", "for", "from", "has", "have", "his", "her", "in", "into", "is", "it", "its", "of",
    "on", "or", "over", "their", "the", "to", "up", "was", "were", "with",
];

/// The article with its headline re-cased, when the headline is in title case
/// and some word changed; `None` otherwise.
pub(crate) fn recased(article: &Article, k: &Knowledge) -> Option<Article> {
    let title = article.title.as_deref()?.trim();
    let first_line = article.body.lines().next()?;
    if title.is_empty() || first_line.trim() != title {
        return None;
    }
    let headline_end = first_line.len();
    let headline = &article.body[..headline_end];
    let words: Vec<(usize, usize)> = crate::text::words(headline, Span::new(0, headline_end))
        .iter()
        .map(|t| (t.span.start, t.span.end))
        .collect();
    if !is_title_case(headline, &words) {
        return None;
    }
    // The body's usage, without the headline repeated (some pages print it
    // twice; the repeat is left as it is, to give no second headline stance).
    let rest = article.body[headline_end..].replace(first_line, "");
    // Names the gazetteer knows keep their capitals ("Cuba", "Security Council").
    let known: Vec<(usize, usize)> = k
        .gazetteer
        .find_iter(headline)
        .map(|m| (m.start(), m.end()))
        .filter(|&(start, end)| whole_word(headline, start, end - start))
        .collect();
    let mut body = article.body.clone().into_bytes();
    let mut changed = false;
    for &(start, end) in words.iter().skip(1) {
        let word = &article.body[start..end];
        let is_known = known.iter().any(|&(s, e)| s <= start && end <= e);
        if !is_known && lowered(word, &rest, k) {
            body[start] = body[start].to_ascii_lowercase();
            changed = true;
        }
    }
    if !changed {
        return None;
    }
    let body = String::from_utf8(body).ok()?;
    let title = Some(body[..headline_end].trim().to_string());
    Some(Article {
        body,
        title,
        ..article.clone()
    })
}

/// Gives the facts back their original text: evidence is re-read from the
/// original body, and a label that was read from a re-cased headline takes
/// the headline's own letters.
pub(crate) fn restore(facts: &mut Facts, original: &str, recased: &str) {
    // (Evidence offsets count code points; both texts have the same ones.)
    let bytes: Vec<usize> = original
        .char_indices()
        .map(|(at, _)| at)
        .chain(std::iter::once(original.len()))
        .collect();
    let evidence = facts
        .stances
        .iter_mut()
        .map(|s| &mut s.evidence)
        .chain(facts.quotes.iter_mut().map(|q| &mut q.evidence))
        .chain(facts.roles.iter_mut().map(|r| &mut r.evidence))
        .chain(facts.events.iter_mut().map(|e| &mut e.evidence));
    for evidence in evidence {
        let (Some(&start), Some(&end)) = (bytes.get(evidence.start), bytes.get(evidence.end))
        else {
            continue;
        };
        if let Some(text) = original.get(start..end) {
            if evidence.text != text {
                evidence.text = text.to_string();
            }
        }
    }
    let put_back = |label: &mut String| {
        let changed = recased.match_indices(label.as_str()).find_map(|(at, _)| {
            original
                .get(at..at + label.len())
                .filter(|text| text != label)
        });
        if let Some(text) = changed {
            *label = text.to_string();
        }
    };
    for entity in &mut facts.entities {
        put_back(&mut entity.label);
        entity.alt_labels.iter_mut().for_each(put_back);
    }
}

/// Whether nearly every longer word after the first is capitalised, as in
/// "Security Council Condemns Israeli Settlements As U.S. Abstains".
fn is_title_case(headline: &str, words: &[(usize, usize)]) -> bool {
    let long: Vec<&str> = words
        .iter()
        .skip(1)
        .map(|&(s, e)| &headline[s..e])
        .filter(|w| w.chars().count() >= 4 && w.chars().all(char::is_alphabetic))
        .collect();
    let capitalised = long
        .iter()
        .filter(|w| w.starts_with(|c: char| c.is_uppercase()))
        .count();
    long.len() >= 3 && capitalised * 5 >= long.len() * 4
}

/// Whether a capitalised headline word is written in lower case in a sentence.
fn lowered(word: &str, body: &str, k: &Knowledge) -> bool {
    let mut chars = word.chars();
    let Some(first) = chars.next() else {
        return false;
    };
    // Only "Word": not "US", "McConnell" or "iPhone".
    if !first.is_ascii_uppercase() || !chars.all(|c| !c.is_uppercase()) {
        return false;
    }
    // ("Pelham's", "Pelham'": the word without its possessive or quote mark.)
    let word = word.split(['\'', '’']).next().unwrap_or(word);
    let lower = word.to_ascii_lowercase();
    if FUNCTION_WORDS.contains(&lower.as_str()) {
        return true;
    }
    if capitalised_inside_sentence(word, body) {
        return false;
    }
    if occurs(&lower, body) {
        return true;
    }
    // A word the body never uses is a name only when it looks like one: the
    // body opens a sentence with it, or it is a given name.
    !occurs(word, body) && !k.given_names.contains_key(&lower)
}

/// Whether `word` occurs in `body` as a whole word.
fn occurs(word: &str, body: &str) -> bool {
    body.match_indices(word)
        .any(|(at, _)| whole_word(body, at, word.len()))
}

/// Whether `word` (capitalised) occurs in `body` other than at the start of a
/// sentence, a paragraph or a quotation.
fn capitalised_inside_sentence(word: &str, body: &str) -> bool {
    body.match_indices(word).any(|(at, _)| {
        whole_word(body, at, word.len())
            && body[..at].trim_end().chars().next_back().is_some_and(|c| {
                !matches!(
                    c,
                    '.' | '!' | '?' | '"' | '“' | '‘' | '\'' | ':' | '-' | '—' | '–'
                )
            })
    })
}

fn whole_word(text: &str, at: usize, len: usize) -> bool {
    let before = text[..at].chars().next_back();
    let after = text[at + len..].chars().next();
    !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn article(body: &str) -> Article {
        Article {
            source: "t".into(),
            url: None,
            title: body.lines().next().map(str::to_string),
            author: None,
            date: None,
            publisher: None,
            body: body.to_string(),
        }
    }

    #[test]
    fn title_case_headline_takes_the_body_casing() {
        let text = "Ortega Urges Senate to Block Treaty With Cuba\n\nThe Senate should block the treaty, Ortega said.";
        let cased = recased(&article(text), Knowledge::shipped()).expect("re-cased");
        assert!(cased
            .body
            .starts_with("Ortega urges Senate to block treaty with Cuba\n"));
        assert_eq!(cased.body.len(), text.len());
    }

    #[test]
    fn sentence_case_headline_is_left_alone() {
        let text = "Ortega urges Senate to block treaty\n\nThe Senate should block the treaty.";
        assert!(recased(&article(text), Knowledge::shipped()).is_none());
    }
}
