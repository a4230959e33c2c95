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
use crate::knowledge::{month_number, office_name_key, Knowledge, OfficeTerm};

use super::Doc;

/// How well a term fits an article: posts given that share its time, other
/// holders' terms that do, and how often the person is mentioned.
type Score = (usize, usize, usize);

/// The office holders an article names, and the time it is set in.
#[derive(Debug, Default)]
pub(crate) struct Offices {
    /// Each person named who is a known holder: the entity, the gazetteer
    /// terms the name may be, and whether the name is given in full or is a
    /// surname only one holder bears. ("Mr Howard" alone may be Michael or
    /// John Howard: such a surname can make a post ambiguous, but is never
    /// given one.)
    named: Vec<(usize, Vec<usize>, bool)>,
    /// How often each named holder is mentioned (by entity), the last word
    /// between people of different times equally supported.
    mentioned: std::collections::HashMap<usize, usize>,
    /// The article's year, from the input's date: [from, to) months. With it
    /// the time is known, and the other holders named say nothing more.
    era: Option<(u32, u32)>,
    /// The terms of the posts the text gives known holders ("Chancellor Gordon
    /// Brown"), one set per role: evidence of the article's time, which a
    /// historical mention ("under John Smith's leadership") may mislead, so it
    /// counts as support, not as a bound.
    anchors: Vec<Vec<(u32, u32)>>,
    /// The offices the text describes after "the" ("the chancellor said"): a
    /// post the text never describes is not what an undated article is about.
    described: Vec<usize>,
    /// The offices (indexes into `Knowledge::offices`) whose country or
    /// organisation the article names.
    placed: Vec<usize>,
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
            // ("Mr Blair" is the surname Blair.)
            let labels: Vec<String> = std::iter::once(&found.label)
                .chain(&found.alt_labels)
                .map(|l| {
                    let bare = match l.split_once(' ') {
                        Some((first, rest)) if k.honorifics.contains(first) => rest,
                        _ => l.as_str(),
                    };
                    office_name_key(bare)
                })
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
            // A surname alone may be given a post when no other holder bears it
            // ("Mr Blair"; not "Mr Howard", who may be Michael or John Howard).
            let choosable = full
                || labels
                    .iter()
                    .any(|label| k.office_surnames.get(label) == Some(&1));
            if !terms.is_empty() {
                named.push((entity, terms, choosable));
            }
        }
        let era = doc.year.map(|year| {
            let year = u32::from(year);
            (month_number(year, 1), month_number(year + 1, 1))
        });
        let mut anchors = Vec::new();
        for role in doc.facts.roles.iter().filter(|r| !r.former) {
            let title = role.title.to_lowercase();
            let Some((_, terms, _)) = named.iter().find(|(e, _, _)| *e == role.person) else {
                continue;
            };
            let ranges: Vec<(u32, u32)> = terms
                .iter()
                .map(|&t| &k.office_terms[t])
                .filter(|term| ends_with_title(&title, &k.offices[term.office].title))
                .map(|term| (term.from, term.to))
                .collect();
            if !ranges.is_empty() {
                anchors.push(ranges);
            }
        }
        let placed = k
            .offices
            .iter()
            .enumerate()
            .filter(|(_, office)| {
                let entry = &k.entries[office.entry];
                doc.existing_entity(entry.kind, &entry.key).is_some()
            })
            .map(|(idx, _)| idx)
            .collect();
        let mut described = Vec::new();
        if !named.is_empty() {
            let tokens = crate::text::words(
                doc.layout.body,
                crate::text::Span::new(0, doc.layout.body.len()),
            );
            for (i, token) in tokens.iter().enumerate() {
                if !token.text.eq_ignore_ascii_case("the") {
                    continue;
                }
                for n in 1..=k.max_office_words {
                    let Some(phrase) = tokens.get(i + 1..=i + n) else {
                        break;
                    };
                    let phrase: Vec<&str> = phrase.iter().map(|t| t.text).collect();
                    if let Some((offices, _)) = k.office_description(&phrase.join(" ")) {
                        described.extend_from_slice(offices);
                    }
                }
            }
            described.sort_unstable();
            described.dedup();
        }
        let mut mentioned = std::collections::HashMap::new();
        for mention in &doc.mentions {
            if named.iter().any(|(e, _, _)| *e == mention.entity) {
                *mentioned.entry(mention.entity).or_insert(0) += 1;
            }
        }
        Offices {
            named,
            mentioned,
            era,
            anchors,
            described,
            placed,
        }
    }

    /// Whether the article names no known holder.
    pub fn is_empty(&self) -> bool {
        self.named.is_empty()
    }

    /// The one person named who holds one of `offices` in the article's time,
    /// with the term: of those whose term fits, the one whose term the rest of
    /// the article supports best ("Tony Blair" over "John Major" beside
    /// "Chancellor Gordon Brown"), when that one is named in full or by a
    /// surname no other holder bears, no other is as well supported, and no
    /// other was in office at the same time.
    pub fn holder(&self, k: &Knowledge, offices: &[usize]) -> Option<(usize, usize)> {
        let candidates = self.holders(k, offices);
        // (Between people of different times equally supported, the one the
        // article mentions most: "Mr Blair" nine times, John Major twice.)
        let scored: Vec<(usize, usize, bool, Score)> = candidates
            .into_iter()
            .map(|(entity, term, choosable)| {
                let (anchored, named) = self.support(k, entity, &k.office_terms[term]);
                let mentions = self.mentioned.get(&entity).copied().unwrap_or(0);
                (entity, term, choosable, (anchored, named, mentions))
            })
            .collect();
        // With the input's date, the time is known: two people who fit it (the
        // year of a handover) leave the post open.
        if self.era.is_some() && scored.len() > 1 {
            return None;
        }
        let best = scored.iter().map(|c| c.3).max()?;
        let mut top = scored.iter().filter(|c| c.3 == best);
        let first = top.next()?;
        // Support tells times apart, not people of one time: another holder in
        // office with the best one (Iyad Allawi beside Tony Blair) leaves "the
        // prime minister" open.
        let term = &k.office_terms[first.1];
        let contemporary = scored
            .iter()
            .any(|c| c.0 != first.0 && overlap(&k.office_terms[c.1], term));
        (top.next().is_none() && first.2 && !contemporary).then_some((first.0, first.1))
    }

    /// The people named who may hold one of `offices` in the article's time:
    /// (entity, term, whether the name may be given the post).
    fn holders(&self, k: &Knowledge, offices: &[usize]) -> Vec<(usize, usize, bool)> {
        self.named
            .iter()
            .filter_map(|(entity, terms, full)| {
                terms
                    .iter()
                    .copied()
                    .find(|&t| {
                        let term = &k.office_terms[t];
                        // (A surname several holders bear stands in the way only
                        // where the article names the place of the post: "Mr
                        // Howard" is no Australian prime minister in a story that
                        // never mentions Australia.)
                        offices.contains(&term.office)
                            && (*full || self.placed.contains(&term.office))
                            && self.fits(k, *entity, terms, term, *full)
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
                    || self.era.is_none()
                        && terms.iter().any(|&t| {
                            let alternative = &k.office_terms[t];
                            !overlap(alternative, term)
                                && self.support(k, entity, alternative) > own
                        })
            })
    }

    /// Whether a term lies in the article's year, when the input dates it.
    fn in_era(&self, term: &OfficeTerm) -> bool {
        self.era
            .is_none_or(|(from, to)| term.from < to && from < term.to)
    }

    /// A term fits the article when it lies in the article's year (if dated);
    /// otherwise when the other holders named and the posts given (if any)
    /// support it, and better than any post of the same person at another time.
    fn fits(
        &self,
        k: &Knowledge,
        entity: usize,
        terms: &[usize],
        term: &OfficeTerm,
        choosable: bool,
    ) -> bool {
        let in_era = self.in_era(term);
        if self.era.is_some() {
            return in_era;
        }
        let own = self.support(k, entity, term);
        let others = self
            .named
            .iter()
            .filter(|(e, _, choosable)| *e != entity && *choosable)
            .count()
            + self.anchors.len();
        // ("Gordon Brown" and "the chancellor" in an article that never says "the
        // prime minister": the post it describes is the one meant, when no one else
        // named ever held it: "Mr Howard" beside "John Major's government" leaves
        // "the Tory leader" open.)
        let rival = self.named.iter().any(|(other, theirs, _)| {
            *other != entity
                && theirs
                    .iter()
                    .any(|&t| k.office_terms[t].office == term.office)
        });
        let described = choosable && !rival && self.described.contains(&term.office);
        in_era
            && (others == 0 || own > (0, 0))
            && terms.iter().all(|&t| {
                let alternative = &k.office_terms[t];
                // (Where the article supports two posts of the person equally,
                // the description names the one meant; with no support at all,
                // "Gordon Brown" and "the prime minister" stay open.)
                let theirs = self.support(k, entity, alternative);
                let undescribed = described && !self.described.contains(&alternative.office);
                overlap(alternative, term)
                    || own > theirs
                    || own == theirs && (own > (0, 0) || undescribed)
            })
    }

    /// How well the rest of the article supports `term`: how many of the posts
    /// the text gives (currently held) share a year with it, then how many
    /// terms of the other holders named do (not of a surname several holders
    /// bear, which says nothing of the time). A post given outweighs any
    /// number of names, which may be historical ("the mistake John Major made").
    fn support(&self, k: &Knowledge, entity: usize, term: &OfficeTerm) -> (usize, usize) {
        let named = self
            .named
            .iter()
            .filter(|(other, _, choosable)| *other != entity && *choosable)
            .flat_map(|(_, terms, _)| terms)
            .filter(|&&t| {
                let other = &k.office_terms[t];
                shared_months(other.from, other.to, term) >= SHARED_MONTHS
            })
            .count();
        let anchored = self
            .anchors
            .iter()
            .filter(|ranges| {
                ranges
                    .iter()
                    .any(|&(from, to)| shared_months(from, to, term) >= SHARED_MONTHS)
            })
            .count();
        (anchored, named)
    }
}

/// How long terms must share to be of one time in the support count: a
/// season, so that a handover month (John Major still Tory leader in Tony
/// Blair's first weeks) does not make them contemporaries, while a short
/// term (Jo Swinson's five months as Lib Dem leader) still does.
const SHARED_MONTHS: u32 = 3;

/// How many months [from, to) shares with `term`.
fn shared_months(from: u32, to: u32, term: &OfficeTerm) -> u32 {
    to.min(term.to).saturating_sub(from.max(term.from))
}

/// Whether two terms share a month.
fn overlap(a: &OfficeTerm, b: &OfficeTerm) -> bool {
    a.from < b.to && b.from < a.to
}

/// Whether a title as written, lower case ("prime minister", "israeli prime
/// minister") is the post `office_title` ("prime minister"): not a shadow,
/// deputy, vice or assistant one, nor the Lord Chancellor for "chancellor".
pub(crate) fn ends_with_title(title: &str, office_title: &str) -> bool {
    title == office_title
        || title.strip_suffix(office_title).is_some_and(|before| {
            before.ends_with(' ')
                && before.split_whitespace().last().is_none_or(|word| {
                    // (The Lord Chancellor is not the chancellor.)
                    !super::resolve::QUALIFIERS.contains(&word) && word != "lord"
                })
        })
}
