//! Scoring extractions against gold annotations, with the matching rules of
//! `annotation.md` ("How an extraction is scored").
//!
//! Owns: normalising names and texts, matching predicted facts to gold ones,
//! and precision, recall and F1 per type. Leaves running the extractor to the
//! command layer.

use std::collections::{BTreeMap, HashSet};

use serde_json::Value;

/// The fact types scored, in report order.
pub const TYPES: &[&str] = &["stance", "quote", "role"];

/// Words that end organisation names and titles: a shared last word among
/// these says nothing about identity.
const NOT_SURNAMES: &[&str] = &[
    "party",
    "parties",
    "council",
    "committee",
    "union",
    "organisation",
    "organization",
    "ministry",
    "department",
    "office",
    "group",
    "force",
    "forces",
    "agency",
    "commission",
    "court",
    "house",
    "senate",
    "bank",
    "government",
    "parliament",
    "assembly",
    "alliance",
    "league",
    "front",
    "movement",
    "association",
    "institute",
    "foundation",
    "service",
    "services",
    "police",
    "army",
    "navy",
    "coalition",
    "campaign",
    "network",
    "trust",
    "board",
    "authority",
    "administration",
    "congress",
    "states",
    "nations",
    "kingdom",
    "republic",
    "federation",
    "community",
    "society",
    "company",
    "corporation",
    "news",
    "times",
    "post",
    "press",
];

/// Lower-case, accents and curly quotes folded, punctuation dropped, a leading "the" dropped.
pub fn norm(text: &str) -> String {
    let mut folded = String::with_capacity(text.len());
    for ch in text.chars() {
        folded.push(fold(ch));
    }
    let lowered = folded
        .to_lowercase()
        .replace('\u{2019}', "'")
        .replace("'s ", " ");
    let cleaned: String = lowered
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || c == '_' || c.is_whitespace() {
                c
            } else {
                ' '
            }
        })
        .collect();
    let mut words: Vec<&str> = cleaned.split_whitespace().collect();
    if words.first() == Some(&"the") {
        words.remove(0);
    }
    words.join(" ")
}

fn fold(ch: char) -> char {
    match ch {
        'á' | 'à' | 'â' | 'ä' | 'ã' | 'å' | 'ā' => 'a',
        'é' | 'è' | 'ê' | 'ë' | 'ē' => 'e',
        'í' | 'ì' | 'î' | 'ï' => 'i',
        'ó' | 'ò' | 'ô' | 'ö' | 'õ' => 'o',
        'ú' | 'ù' | 'û' | 'ü' => 'u',
        'ç' | 'č' | 'ć' => 'c',
        'ñ' | 'ń' => 'n',
        'š' | 'ś' => 's',
        'ž' | 'ź' | 'ż' => 'z',
        'É' => 'E',
        'Ö' => 'O',
        'Ü' => 'U',
        other => other,
    }
}

fn surname(name: &str) -> String {
    norm(name)
        .split_whitespace()
        .last()
        .unwrap_or("")
        .to_string()
}

fn looks_like_person(name: &str) -> bool {
    let normed = norm(name);
    let words: Vec<&str> = normed.split_whitespace().collect();
    (2..=4).contains(&words.len()) && !NOT_SURNAMES.contains(words.last().unwrap_or(&""))
}

fn agent_matches(predicted: &str, gold: &str, aliases: &[String]) -> bool {
    let p = norm(predicted);
    if p.is_empty() {
        return false;
    }
    if std::iter::once(gold.to_string())
        .chain(aliases.iter().cloned())
        .any(|name| norm(&name) == p)
    {
        return true;
    }
    let gold_surname = surname(gold);
    looks_like_person(gold)
        && gold_surname.chars().count() > 2
        && surname(predicted) == gold_surname
        && p.split_whitespace().count() <= 4
}

fn keys_in(keys: &[String], text: &str) -> bool {
    let normed = norm(text);
    let words: Vec<&str> = normed.split_whitespace().collect();
    keys.iter().all(|key| {
        let key_norm = norm(key);
        let key_words: Vec<&str> = key_norm.split_whitespace().collect();
        if key_words.is_empty() {
            return true;
        }
        words.len() >= key_words.len()
            && (0..=words.len() - key_words.len()).any(|i| {
                key_words
                    .iter()
                    .enumerate()
                    .all(|(j, kw)| words[i + j].starts_with(kw))
            })
    })
}

fn first_words(text: &str, n: usize) -> String {
    norm(text)
        .split_whitespace()
        .take(n)
        .collect::<Vec<_>>()
        .join(" ")
}

fn field<'a>(item: &'a Value, name: &str) -> &'a str {
    item.get(name).and_then(Value::as_str).unwrap_or("")
}

fn list(item: &Value, name: &str) -> Vec<String> {
    item.get(name)
        .and_then(Value::as_array)
        .map(|a| {
            a.iter()
                .filter_map(Value::as_str)
                .map(str::to_string)
                .collect()
        })
        .unwrap_or_default()
}

/// Whether a predicted fact matches a gold fact of the same type and article.
pub fn matches(kind: &str, pred: &Value, gold: &Value) -> bool {
    match kind {
        "stance" => {
            field(pred, "polarity").to_lowercase() == field(gold, "polarity")
                && agent_matches(
                    field(pred, "holder"),
                    field(gold, "holder"),
                    &list(gold, "holder_aliases"),
                )
                && keys_in(&list(gold, "target_keys"), field(pred, "target"))
        }
        "quote" => {
            agent_matches(
                field(pred, "speaker"),
                field(gold, "speaker"),
                &list(gold, "speaker_aliases"),
            ) && norm(field(pred, "quote")).contains(&first_words(field(gold, "quote"), 5))
        }
        "role" => {
            agent_matches(
                field(pred, "person"),
                field(gold, "person"),
                &list(gold, "person_aliases"),
            ) && keys_in(&list(gold, "title_keys"), field(pred, "title"))
        }
        _ => false,
    }
}

fn dedup_key(kind: &str, item: &Value) -> (String, String, String) {
    match kind {
        "stance" => (
            norm(field(item, "holder")),
            field(item, "polarity").to_lowercase(),
            norm(field(item, "target")),
        ),
        "quote" => (
            norm(field(item, "speaker")),
            first_words(field(item, "quote"), 8),
            String::new(),
        ),
        _ => (
            norm(field(item, "person")),
            norm(field(item, "title")),
            String::new(),
        ),
    }
}

/// Figures for one type (or all).
#[derive(Debug, Clone, Default, serde::Serialize)]
pub struct Figures {
    /// Predictions that matched a gold item.
    pub tp: usize,
    /// Distinct predictions.
    pub predicted: usize,
    /// Gold items.
    pub gold: usize,
    /// tp / predicted.
    pub precision: f64,
    /// tp / gold.
    pub recall: f64,
    /// Harmonic mean.
    pub f1: f64,
}

impl Figures {
    fn finish(mut self) -> Self {
        self.precision = if self.predicted > 0 {
            self.tp as f64 / self.predicted as f64
        } else {
            0.0
        };
        self.recall = if self.gold > 0 {
            self.tp as f64 / self.gold as f64
        } else {
            0.0
        };
        let sum = self.precision + self.recall;
        self.f1 = if sum > 0.0 {
            2.0 * self.precision * self.recall / sum
        } else {
            0.0
        };
        self
    }
}

/// A missed gold item or a spurious prediction.
#[derive(Debug, Clone)]
pub struct ScoreError {
    /// `missed` or `spurious`.
    pub what: &'static str,
    /// The fact type.
    pub kind: String,
    /// The article.
    pub article: String,
    /// The item.
    pub item: Value,
}

/// Scores predictions against gold over the given articles.
pub fn score(
    gold: &[Value],
    predicted: &[Value],
    articles: &[String],
) -> (BTreeMap<String, Figures>, Vec<ScoreError>) {
    let wanted: HashSet<&str> = articles.iter().map(String::as_str).collect();
    let mut figures = BTreeMap::new();
    let mut errors = Vec::new();
    let mut all = Figures::default();
    for &kind in TYPES {
        let mut f = Figures::default();
        for article in articles {
            let golds: Vec<&Value> = gold
                .iter()
                .filter(|g| {
                    field(g, "type") == kind
                        && field(g, "article") == article
                        && wanted.contains(article.as_str())
                })
                .collect();
            let mut seen = HashSet::new();
            let preds: Vec<&Value> = predicted
                .iter()
                .filter(|p| field(p, "type") == kind && field(p, "article") == article)
                .filter(|p| seen.insert(dedup_key(kind, p)))
                .collect();
            f.gold += golds.len();
            f.predicted += preds.len();
            let mut used = vec![false; preds.len()];
            for g in golds {
                match (0..preds.len()).find(|&i| !used[i] && matches(kind, preds[i], g)) {
                    Some(i) => {
                        used[i] = true;
                        f.tp += 1;
                    }
                    None => errors.push(ScoreError {
                        what: "missed",
                        kind: kind.to_string(),
                        article: article.clone(),
                        item: g.clone(),
                    }),
                }
            }
            for (i, p) in preds.iter().enumerate() {
                if !used[i] {
                    errors.push(ScoreError {
                        what: "spurious",
                        kind: kind.to_string(),
                        article: article.clone(),
                        item: (*p).clone(),
                    });
                }
            }
        }
        all.tp += f.tp;
        all.predicted += f.predicted;
        all.gold += f.gold;
        figures.insert(kind.to_string(), f.finish());
    }
    figures.insert("all".to_string(), all.finish());
    (figures, errors)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn norm_folds_like_the_scorer() {
        assert_eq!(norm("The Tories’ plan"), "tories plan");
        assert_eq!(norm("NATO's “Cyber Centre.”"), "nato cyber centre");
    }

    #[test]
    fn surnames_match_people_not_parties() {
        assert!(agent_matches("Mr Blair", "Tony Blair", &[]));
        assert!(!agent_matches("Labour Party", "Conservative Party", &[]));
    }

    #[test]
    fn target_keys_match_by_prefix() {
        let gold = json!({"type": "stance", "holder": "Germany", "polarity": "support", "target_keys": ["cyber centre"]});
        let pred = json!({"type": "stance", "holder": "Germany", "polarity": "support", "target": "a NATO Cyber Centres plan"});
        assert!(matches("stance", &pred, &gold));
    }
}
