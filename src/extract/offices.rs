//! Who may hold a post an article mentions without naming its holder ("the
//! prime minister"), by the office holders gazetteer
//! (`data/gazetteer/office_holders.tsv`) and the article's time.
//!
//! Owns: matching the people an article names to the gazetteer's holders, and
//! deciding which of their terms fit the article. The time comes from the
//! input's date when it gives one, from the posts the text gives known holders
//! ("Chancellor Gordon Brown"), and from the other holders the article names:
//! people named together are of one time.

use crate::fact::EntityKind;
use crate::knowledge::{office_name_key, Knowledge, OfficeTerm};

use super::Doc;

/// The office holders an article names, and the time it is set in.
#[derive(Debug, Default)]
pub(crate) struct Offices {
    /// Each person named who is a known holder: the entity, the gazetteer
    /// terms the name may be, and whether the name is given in full. ("Mr
    /// Brown" alone may be the chancellor or a prime minister the article
    /// never names: a surname alone can make a post ambiguous, but is never
    /// given one.)
    named: Vec<(usize, Vec<usize>, bool)>,
    /// Constraints on the article's time, each a set of [from, to) months.
    era: Vec<Vec<(String, String)>>,
    /// Whether the input dates the article: then its time is known, and the
    /// other holders named say nothing more.
    dated: bool,
}

impl Offices {
    /// The holders `doc` names and its time, from its date and the roles found so far.
    pub fn read(doc: &Doc) -> Offices {
        let k = doc.k;
        let mut named = Vec::new();
        for (entity, found) in doc.facts.entities.iter().enumerate() {
            if found.kind != EntityKind::Person {
                continue;
            }
            let labels: Vec<String> = std::iter::once(&found.label)
                .chain(&found.alt_labels)
                .map(|l| office_name_key(l))
                .collect();
            let full = labels.iter().any(|label| label.contains(' '));
            let terms: Vec<usize> = k
                .office_terms
                .iter()
                .enumerate()
                .filter(|(_, term)| {
                    labels.iter().any(|label| {
                        term.names.contains(label)
                            || !full && term.names[0].rsplit(' ').next() == Some(label.as_str())
                    })
                })
                .map(|(idx, _)| idx)
                .collect();
            if !terms.is_empty() {
                named.push((entity, terms, full));
            }
        }
        let mut era = Vec::new();
        if let Some(year) = doc.year {
            era.push(vec![(
                format!("{year:04}-01"),
                format!("{:04}-01", year + 1),
            )]);
        }
        for role in doc.facts.roles.iter().filter(|r| !r.former) {
            let title = role.title.to_lowercase();
            let Some((_, terms, _)) = named.iter().find(|(e, _, _)| *e == role.person) else {
                continue;
            };
            let ranges: Vec<(String, String)> = terms
                .iter()
                .map(|&t| &k.office_terms[t])
                .filter(|term| ends_with_title(&title, &k.offices[term.office].title))
                .map(|term| (term.from.clone(), term.to.clone()))
                .collect();
            if !ranges.is_empty() {
                era.push(ranges);
            }
        }
        Offices {
            named,
            era,
            dated: doc.year.is_some(),
        }
    }

    /// Whether the article names no known holder.
    pub fn is_empty(&self) -> bool {
        self.named.is_empty()
    }

    /// The people named who may hold one of `offices` in the article's time:
    /// (entity, term, named in full).
    pub fn holders(&self, k: &Knowledge, offices: &[usize]) -> Vec<(usize, usize, bool)> {
        self.named
            .iter()
            .filter_map(|(entity, terms, full)| {
                terms
                    .iter()
                    .copied()
                    .find(|&t| {
                        let term = &k.office_terms[t];
                        offices.contains(&term.office) && self.fits(k, *entity, terms, term)
                    })
                    .map(|t| (*entity, t, *full))
            })
            .collect()
    }

    /// Whether the text's own link of `entity` (named in full, a known holder
    /// of one of `offices`) to the post is against what is known: "Gordon
    /// Brown ... The prime minister" in an article that names Tony Blair and
    /// Michael Howard. Only clear evidence counts here, as the text links them:
    /// every term outside the article's time, or less supported than another post
    /// of the same person at another time.
    pub fn rules_out(&self, k: &Knowledge, entity: usize, offices: &[usize]) -> bool {
        let Some((_, terms, true)) = self.named.iter().find(|(e, _, _)| *e == entity) else {
            return false;
        };
        let mut held = terms
            .iter()
            .map(|&t| &k.office_terms[t])
            .filter(|term| offices.contains(&term.office))
            .peekable();
        held.peek().is_some()
            && held.all(|term| {
                let own = self.support(k, entity, term);
                !self.in_era(term)
                    || !self.dated
                        && terms.iter().any(|&t| {
                            let alternative = &k.office_terms[t];
                            !overlap(alternative, term)
                                && self.support(k, entity, alternative) > own
                        })
            })
    }

    /// Whether a term lies in the article's time (its date and the posts given).
    fn in_era(&self, term: &OfficeTerm) -> bool {
        self.era
            .iter()
            .all(|ranges| ranges.iter().any(|(f, t)| term.from < *t && *f < term.to))
    }

    /// A term fits the article when it lies in the article's time, when the
    /// other holders named (if any) were in office with it, and when it is
    /// better supported than any post of the same person at another time.
    fn fits(&self, k: &Knowledge, entity: usize, terms: &[usize], term: &OfficeTerm) -> bool {
        let in_era = self.in_era(term);
        if self.dated {
            return in_era;
        }
        let own = self.support(k, entity, term);
        let others = self.named.iter().filter(|(e, _, _)| *e != entity).count();
        in_era
            && (others == 0 || own > 0)
            && terms.iter().all(|&t| {
                let alternative = &k.office_terms[t];
                overlap(alternative, term) || own > self.support(k, entity, alternative)
            })
    }

    /// How many terms of the other holders named overlap `term`.
    fn support(&self, k: &Knowledge, entity: usize, term: &OfficeTerm) -> usize {
        self.named
            .iter()
            .filter(|(other, _, _)| *other != entity)
            .flat_map(|(_, terms, _)| terms)
            .filter(|&&t| overlap(&k.office_terms[t], term))
            .count()
    }
}

/// Whether two terms share a month.
fn overlap(a: &OfficeTerm, b: &OfficeTerm) -> bool {
    a.from < b.to && b.from < a.to
}

/// Whether a title as written, lower case ("prime minister", "israeli prime
/// minister") is the post `office_title` ("prime minister"): not a shadow,
/// deputy, vice or assistant one.
pub(crate) fn ends_with_title(title: &str, office_title: &str) -> bool {
    title == office_title
        || title.strip_suffix(office_title).is_some_and(|before| {
            before.ends_with(' ')
                && before
                    .split_whitespace()
                    .last()
                    .is_none_or(|word| !super::resolve::QUALIFIERS.contains(&word))
        })
}
