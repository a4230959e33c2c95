//! The extractor's knowledge, loaded once: gazetteers and lexicons from `data/`.
//!
//! Owns: parsing the shipped TSV files (embedded with `include_str!`, so the
//! binary works from any folder) into lookup structures built once per
//! process. Leaves to others: using them on text (`extract`).

// The word tables are looked up for nearly every word of every article, and
// their keys come from the shipped data only: rustc-hash's hash serves them
// several times faster than the default SipHash, whose defence against keys
// chosen by an attacker a table of fixed keys does not need.
type HashMap<K, V> = std::collections::HashMap<K, V, rustc_hash::FxBuildHasher>;
type HashSet<K> = std::collections::HashSet<K, rustc_hash::FxBuildHasher>;
use std::sync::OnceLock;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use anyhow::{anyhow, bail, Context, Result};

use crate::fact::{EntityKind, Polarity};

/// Where a noun of `data/lexicon/assertion_nouns.tsv` has its sense.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NounUse {
    /// Everywhere: "claims", "jibe".
    Always,
    /// Only before "that": "the idea that ...", not "the idea of ...".
    BeforeThat,
    /// Only after a possessive: "the government's record", not "a record rise".
    Owned,
    /// Only before a clause: "the way the cabinet operates", not "a new way of".
    BeforeClause,
}

/// One gazetteer entry: a country or an organisation.
#[derive(Debug, Clone)]
pub struct GazetteerEntry {
    /// Stable slug.
    pub key: String,
    /// Country or organisation.
    pub kind: EntityKind,
    /// Display name.
    pub label: String,
    /// Organisation subtype (`party`, `alliance`, ...).
    pub org_kind: Option<String>,
    /// Wikidata id, from the reference tables.
    pub wikidata: Option<String>,
    /// The entry of the country it belongs to: its own for a country, the
    /// gazetteer's `country` column for an organisation.
    pub country: Option<usize>,
    /// Which file the entry came from, with its row id.
    pub rule: String,
    /// A country's first demonym ("Iraqi"), for names of its bodies.
    pub demonym: Option<String>,
}

/// How a gazetteer surface form names its entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Form {
    /// The name or an alias: a full mention.
    Name,
    /// A lower-case description ("the alliance"): refers back only when the
    /// article also names the entry.
    Description,
    /// A demonym ("German"): names the country only as a modifier.
    Demonym,
    /// A capital used as a metonym ("Berlin").
    Capital,
}

/// Degree adverbs that may stand between the copula of a copula cue and the
/// rest of it ("are firmly opposed to", "was strongly in favour of").
const COPULA_ADVERBS: &[&str] = &[
    "strongly",
    "firmly",
    "fiercely",
    "bitterly",
    "vehemently",
    "implacably",
    "resolutely",
    "staunchly",
    "adamantly",
    "totally",
    "completely",
    "wholly",
    "fully",
    "broadly",
    "deeply",
    "utterly",
    "very much",
];

/// A stance cue from `data/lexicon/stance_cues.tsv`.
#[derive(Debug, Clone)]
pub struct Cue {
    /// Rule id, e.g. `stance/support/back-1`.
    pub id: String,
    /// The direction it signals.
    pub polarity: Polarity,
    /// `verb`, `copula`, `noun`, `passive` or `negated`.
    pub kind: String,
}

/// A title from `data/lexicon/titles.tsv`.
#[derive(Debug, Clone)]
pub struct Title {
    /// Rule id.
    pub id: String,
    /// The title as written in the lexicon.
    pub title: String,
    /// `post` or `generic`.
    pub kind: String,
    /// The title written out, for an abbreviation ("Senator" for "Sen.").
    pub full: Option<String>,
}

/// A post from `data/gazetteer/offices.tsv` whose holders
/// `data/gazetteer/office_holders.tsv` lists.
#[derive(Debug, Clone)]
pub struct Office {
    /// Stable id, e.g. `uk-prime-minister`.
    pub id: String,
    /// The post's title, lower case: "prime minister".
    pub title: String,
    /// The gazetteer entry (country or organisation) where the post is held.
    pub entry: usize,
}

/// One term of one holder of an office.
#[derive(Debug, Clone)]
pub struct OfficeTerm {
    /// Index into [`Knowledge::offices`].
    pub office: usize,
    /// The holder's name as the file gives it, then its aliases, all lower
    /// case without full stops: "george w bush".
    pub names: Vec<String>,
    /// First month in office, counted as year × 12 + month − 1 (see [`month_number`]).
    pub from: u32,
    /// First month out of office, likewise; [`u32::MAX`] while in office.
    pub to: u32,
}

/// A month as one number, year × 12 + month − 1, so that terms compare and
/// subtract as integers: 1997-05 is 23,968.
pub fn month_number(year: u32, month: u32) -> u32 {
    year * 12 + month - 1
}

/// Everything extraction knows, built once.
pub struct Knowledge {
    /// Gazetteer entries.
    pub entries: Vec<GazetteerEntry>,
    /// Each entry's index by its rule id (`gazetteer/country/germany`).
    pub entry_by_rule: HashMap<String, usize>,
    /// Matches gazetteer surface forms (case-sensitive, leftmost-longest).
    pub gazetteer: AhoCorasick,
    /// For each gazetteer pattern: the entry and the form.
    pub gazetteer_patterns: Vec<(usize, Form)>,
    /// For each gazetteer pattern: whether it is an alias's "the X" written
    /// "The X", which a longer name may go on past ("The Met Police").
    pub gazetteer_sentence_initial: Vec<bool>,
    /// Lower-cased cue forms matcher (leftmost-longest).
    pub cues: AhoCorasick,
    /// For each cue pattern: index into `cue_rules`.
    pub cue_patterns: Vec<usize>,
    /// Cue rules.
    pub cue_rules: Vec<Cue>,
    /// The one-word forms of verb cues ("back", "opposed"), lower-cased: a phrase
    /// taken up from before ends at one ("back Obama's deal" is "Obama's deal").
    pub cue_verbs: HashSet<String>,
    /// Reporting verb forms (lower case) to their rule id.
    pub reporting: HashMap<String, String>,
    /// Reporting verb forms that may take a reported clause without "that" ("said he would").
    pub reporting_bare: HashSet<String>,
    /// Titles, lower-cased, to their rule.
    pub titles: HashMap<String, Title>,
    /// The most words any title has.
    pub max_title_words: usize,
    /// The first word of every title, lower-cased: most words start none, and
    /// looking them up first spares building longer phrases.
    pub title_first_words: HashSet<String>,
    /// Hedge forms (lower case) to their kind.
    pub hedges: HashMap<String, String>,
    /// Honorifics ("Mr", "Mrs", ...), as written.
    pub honorifics: HashSet<String>,
    /// The gender an honorific gives, for "he" and "she": `true` for "Mr", `false` for "Ms".
    pub honorific_gender: HashMap<String, bool>,
    /// Words that end organisation names, lower-cased.
    pub org_words: HashSet<String>,
    /// Organisation words that, after "the", take up the organisation named
    /// before with that word ("the committee added"): all but parties,
    /// legislatures and outlets, of which an article names several.
    pub org_anaphors: HashSet<String>,
    /// Organisation words of kind "party" ("Party", "Alliance", "Front"): a
    /// name they end is a party's.
    pub party_words: HashSet<String>,
    /// Organisation words of kind "outlet" ("Times", "Telegraph", "News"): a
    /// name they end is a news outlet's ("the Sunday Times").
    pub outlet_words: HashSet<String>,
    /// Organisation words of kind "other" or "agency" ("committee", "police"):
    /// those that name a body in lower case ("the Commons science committee").
    pub body_words: HashSet<String>,
    /// Words that make a generic group, lower-cased.
    pub group_words: HashSet<String>,
    /// Verbs that judge a thing with an evaluation ("described X as flawed"):
    /// lower-cased form to rule id.
    pub judging_verbs: HashMap<String, String>,
    /// Words that name an event: lower-cased word to (rule id, event kind).
    pub event_words: HashMap<String, (String, String)>,
    /// Documents that speak for whoever issued them ("a joint statement urging ..."), lower-cased.
    pub document_nouns: HashSet<String>,
    /// Nouns that only point back to an event named before ("the move").
    pub anaphoric_nouns: HashSet<String>,
    /// Bodies that speak for their country or organisation ("government" in
    /// "Estonia's government said"), lower-cased.
    pub speaking_bodies: HashSet<String>,
    /// Nouns that describe a named body without naming it ("the elections
    /// watchdog", "the think-tank"), lower-cased.
    pub body_descriptions: HashSet<String>,
    /// Abbreviations that a full stop does not end a sentence after.
    pub abbreviations: HashSet<String>,
    /// Capitalised words that do not start a name (sentence openers, months, days).
    pub not_names: HashSet<String>,
    /// Common given names, as written, with the gender they give "he" or
    /// "she" (`true` for male): a full name that opens with one is a person.
    pub given_names: HashMap<String, bool>,
    /// Words that end the names of things, not people ("Strategy", "Summit"), lower-cased.
    pub thing_words: HashSet<String>,
    /// Verb phrases that pass their subject to a following cue ("pledged to", "decided to"),
    /// lower-cased, to their kind: `control` (before "to CUE"), `light` (before "its
    /// support for"), `instrument` ("used her speech to CUE"), `nominal` ("decision to
    /// CUE" after a possessive), or `causative` ("persuaded X to CUE": no one's stance).
    pub control_verbs: HashMap<String, String>,
    /// Nouns that name an assertion or conduct, not a proposal: rejecting "claims"
    /// is a denial, criticising "the government's record" a judgement of
    /// conduct, neither a stance. With where the noun has that sense.
    pub assertion_nouns: HashMap<String, NounUse>,
    /// Evaluative predicates ("unacceptable", "long overdue"), lower-cased, to
    /// their rule id and polarity: "X said the plan was unacceptable" opposes the plan.
    pub evaluations: HashMap<String, (String, Polarity)>,
    /// Verbs that deny a claim ("I reject that entirely"): such a statement is
    /// neither a stance nor a quote under the guidelines, lower-cased.
    pub denial_verbs: HashSet<String>,
    /// Nouns that name a proposal and may refer back to one another ("the plan"
    /// after "a dual proposal"), lower-cased.
    pub proposal_nouns: HashSet<String>,
    /// The general ones ("plan", "deal", "proposal"), which may stand for one
    /// another within their kind (the `stands_for` column: "the plan" taking up "a
    /// dual proposal", "the deal" a "nuclear agreement" but not "any legislation"),
    /// to that kind; the specific ones ("tax", "law") name only their own kind of thing.
    pub general_proposal_nouns: HashMap<String, String>,
    /// Words that make a recommendation in reported speech ("should"), to their rule id.
    pub recommendations: HashMap<String, String>,
    /// A participle after "to be" or "should be" passing a verdict on its subject
    /// ("the bill should be rejected"): form → (rule id, polarity).
    pub verdicts: HashMap<String, (String, Polarity)>,
    /// What a plan "would" do, for or against it ("would damage local
    /// shops", "would not work"): form → (rule id, polarity).
    pub consequences: HashMap<String, (String, Polarity)>,
    /// A verb after "should" or "must" whose object the recommendation judges
    /// ("should scrap the levy" opposes the levy): form → (rule id, polarity).
    pub actions: HashMap<String, (String, Polarity)>,
    /// A plural noun for those who hold a stance ("opponents of X, including
    /// A and B"): form → (rule id, polarity).
    pub stance_groups: HashMap<String, (String, Polarity)>,
    /// What one fights, stands in or runs in rather than opposes ("fight the
    /// election", "stand for the seat"): noun → the one cue it is a contest
    /// after, if only one ("fought a positive campaign" is no stance, "distanced
    /// himself from the poster campaign" is).
    pub contest_nouns: HashMap<String, Option<String>>,
    /// Posts whose holders are known (`data/gazetteer/offices.tsv`).
    pub offices: Vec<Office>,
    /// The terms of their holders (`data/gazetteer/office_holders.tsv`).
    pub office_terms: Vec<OfficeTerm>,
    /// "the prime minister", "the Tory leader", "the French president" (lower
    /// case, after "the"): the offices the description can mean, and whether it
    /// is bare (names no country or organisation).
    pub office_descriptions: HashMap<String, (Vec<usize>, bool)>,
    /// The most words in an office description.
    pub max_office_words: usize,
    /// Surnames (lower case) of the office holders, with how many different
    /// holders bear each.
    pub office_surnames: HashMap<String, usize>,
}

impl Knowledge {
    /// The offices a description after "the" may mean ("prime minister",
    /// "secretary-general"), and whether it is bare: any case and hyphens aside.
    pub fn office_description(&self, phrase: &str) -> Option<(&[usize], bool)> {
        self.office_descriptions
            .get(&office_name_key(&phrase.replace('-', " ")))
            .map(|(offices, bare)| (offices.as_slice(), *bare))
    }

    /// The stance cue that `word` (lower case) is as a whole: "urged", "rejected".
    pub fn cue_of_word(&self, word: &str) -> Option<&Cue> {
        let found = self.cues.find(word)?;
        // ("needs" and "needed" are a cue only in a report, "Britain needed a
        // slimmer government": no sign that the word before is a name.)
        (found.start() == 0 && found.end() == word.len())
            .then(|| &self.cue_rules[self.cue_patterns[found.pattern().as_usize()]])
            .filter(|cue| cue.kind != "reported-need")
    }

    /// The shipped knowledge, parsed on first use.
    pub fn shipped() -> &'static Knowledge {
        static SHIPPED: OnceLock<Knowledge> = OnceLock::new();
        SHIPPED.get_or_init(|| match Knowledge::from_sources(&SHIPPED_SOURCES) {
            Ok(knowledge) => knowledge,
            // The shipped files are tested; a failure here is a build defect.
            Err(err) => panic!("shipped data is invalid: {err:#}"),
        })
    }

    /// Parses knowledge from file contents.
    pub fn from_sources(sources: &Sources) -> Result<Knowledge> {
        let mut entries = Vec::new();
        let mut names = NamePatterns::default();
        for row in rows(sources.countries, "data/gazetteer/countries.tsv")? {
            let idx = entries.len();
            entries.push(GazetteerEntry {
                key: row.get("id")?.to_string(),
                kind: EntityKind::Country,
                label: row.get("label")?.to_string(),
                org_kind: None,
                wikidata: row.opt("wikidata").map(str::to_string),
                country: Some(idx),
                rule: format!("gazetteer/country/{}", row.get("id")?),
                demonym: row.list("demonyms").into_iter().next().map(str::to_string),
            });
            names.add(row.get("label")?, idx, Form::Name);
            for alias in row.list("aliases") {
                names.add(alias, idx, form_of(alias));
            }
            for demonym in row.list("demonyms") {
                names.add(&format!("{demonym} government"), idx, Form::Name);
                names.add(demonym, idx, Form::Demonym);
            }
            for capital in row.list("capitals") {
                names.add(capital, idx, Form::Capital);
            }
        }
        let country_index: HashMap<String, usize> = entries
            .iter()
            .enumerate()
            .map(|(idx, entry)| (entry.key.clone(), idx))
            .collect();
        for row in rows(sources.organisations, "data/gazetteer/organisations.tsv")? {
            let idx = entries.len();
            entries.push(GazetteerEntry {
                key: row.get("id")?.to_string(),
                kind: EntityKind::Organization,
                label: row.get("label")?.to_string(),
                org_kind: row.opt("kind").map(str::to_string),
                wikidata: row.opt("wikidata").map(str::to_string),
                country: match row.opt("country") {
                    Some(key) => Some(*country_index.get(key).ok_or_else(|| {
                        anyhow!("data/gazetteer/organisations.tsv: unknown country {key:?}")
                    })?),
                    None => None,
                },
                rule: format!("gazetteer/org/{}", row.get("id")?),
                demonym: None,
            });
            let label = row.get("label")?;
            names.add(label, idx, Form::Name);
            let aliases = row.list("aliases");
            for alias in &aliases {
                names.add(alias, idx, form_of(alias));
                // ("The Lords opposed ...": an alias after "the" opens a sentence
                // too, when the words after "the" are no name of their own.)
                let names_it = |rest: &str| label == rest || aliases.contains(&rest);
                if let Some(rest) = alias.strip_prefix("the ").filter(|rest| !names_it(rest)) {
                    names.add_sentence_initial(&format!("The {rest}"), idx, form_of(alias));
                }
            }
        }
        let gazetteer = AhoCorasickBuilder::new()
            .match_kind(MatchKind::LeftmostLongest)
            .build(&names.texts)
            .context("building the gazetteer matcher")?;

        let mut cue_rules = Vec::new();
        let mut cue_forms = Vec::new();
        let mut cue_patterns = Vec::new();
        let mut cue_verbs = HashSet::default();
        for row in rows(sources.stance_cues, "data/lexicon/stance_cues.tsv")? {
            let polarity = match row.get("polarity")? {
                "support" => Polarity::Support,
                "oppose" => Polarity::Oppose,
                other => bail!("data/lexicon/stance_cues.tsv: unknown polarity {other:?}"),
            };
            let idx = cue_rules.len();
            cue_rules.push(Cue {
                id: row.get("id")?.to_string(),
                polarity,
                kind: row.get("kind")?.to_string(),
            });
            let verb = row.get("kind")?.starts_with("verb");
            let copula = row.get("kind")? == "copula";
            for form in row.list("forms") {
                if verb && !form.contains(' ') {
                    cue_verbs.insert(form.to_lowercase());
                }
                let form = form.to_lowercase();
                // "are firmly opposed to", "is strongly in favour of": a degree
                // adverb after the copula.
                if let Some((be, rest)) = form.split_once(' ').filter(|_| copula) {
                    for adverb in COPULA_ADVERBS {
                        cue_forms.push(format!("{be} {adverb} {rest}"));
                        cue_patterns.push(idx);
                    }
                }
                cue_forms.push(form);
                cue_patterns.push(idx);
            }
        }
        let cues = AhoCorasickBuilder::new()
            .match_kind(MatchKind::LeftmostLongest)
            .build(&cue_forms)
            .context("building the stance cue matcher")?;

        let mut reporting = HashMap::default();
        let mut reporting_bare = HashSet::default();
        for row in rows(sources.reporting_verbs, "data/lexicon/reporting_verbs.tsv")? {
            let bare = row.opt("clause") == Some("bare");
            for form in row.list("forms") {
                reporting.insert(form.to_lowercase(), row.get("id")?.to_string());
                if bare {
                    reporting_bare.insert(form.to_lowercase());
                }
            }
        }
        let mut titles = HashMap::default();
        let mut max_title_words = 1;
        for row in rows(sources.titles, "data/lexicon/titles.tsv")? {
            let title = row.get("title")?.to_string();
            max_title_words = max_title_words.max(title.split_whitespace().count());
            // "Rep." is read as the word "Rep": the key drops the full stop.
            titles.insert(
                title.trim_end_matches('.').to_lowercase(),
                Title {
                    id: row.get("id")?.to_string(),
                    title,
                    kind: row.opt("kind").unwrap_or("post").to_string(),
                    full: row.opt("full").map(str::to_string),
                },
            );
        }
        let title_first_words = titles
            .keys()
            .filter_map(|title: &String| title.split_whitespace().next().map(str::to_string))
            .collect();
        let mut hedges = HashMap::default();
        for row in rows(sources.hedges, "data/lexicon/hedges.tsv")? {
            for form in row.list("forms") {
                hedges.insert(form.to_lowercase(), row.get("kind")?.to_string());
            }
        }
        let mut honorifics = HashSet::default();
        let mut honorific_gender = HashMap::default();
        for row in rows(sources.honorifics, "data/lexicon/honorifics.tsv")? {
            for form in row.list("forms") {
                let form = form.trim_end_matches('.').to_string();
                match row.opt("gender") {
                    Some("male") => {
                        honorific_gender.insert(form.clone(), true);
                    }
                    Some("female") => {
                        honorific_gender.insert(form.clone(), false);
                    }
                    _ => {}
                }
                honorifics.insert(form);
            }
        }
        // One pass over org_words.tsv gives the words and those that take up an
        // organisation after "the".
        let mut org_words = HashSet::default();
        let mut org_anaphors = HashSet::default();
        let mut body_words = HashSet::default();
        let mut party_words = HashSet::default();
        let mut outlet_words = HashSet::default();
        for row in rows(sources.org_words, "data/lexicon/org_words.tsv")? {
            let word = row.get("word")?.to_lowercase();
            if row.get("kind")? == "party" {
                party_words.insert(word.clone());
            }
            if row.get("kind")? == "outlet" {
                outlet_words.insert(word.clone());
            }
            // ("the party" has a rule of its own; "the alliance", "the movement"
            // take up a name that ends in the word, like "the committee".)
            if !matches!(row.get("kind")?, "party" | "legislature" | "outlet")
                || word != "party" && row.get("kind")? == "party"
            {
                org_anaphors.insert(word.clone());
            }
            if matches!(row.get("kind")?, "other" | "agency") {
                body_words.insert(word.clone());
            }
            org_words.insert(word);
        }
        let group_words = words_of(sources.group_words, "data/lexicon/group_words.tsv", "word")?;
        let mut judging_verbs = HashMap::default();
        for row in rows(sources.judging_verbs, "data/lexicon/judging_verbs.tsv")? {
            for form in row.list("forms") {
                judging_verbs.insert(form.to_lowercase(), row.get("id")?.to_string());
            }
        }
        let mut event_words = HashMap::default();
        for row in rows(sources.event_words, "data/lexicon/event_words.tsv")? {
            event_words.insert(
                row.get("word")?.to_lowercase(),
                (row.get("id")?.to_string(), row.get("kind")?.to_string()),
            );
        }
        let document_nouns = words_of(
            sources.document_nouns,
            "data/lexicon/document_nouns.tsv",
            "word",
        )?;
        let anaphoric_nouns = words_of(
            sources.anaphoric_nouns,
            "data/lexicon/anaphoric_nouns.tsv",
            "word",
        )?;
        let body_descriptions = words_of(
            sources.body_descriptions,
            "data/lexicon/body_descriptions.tsv",
            "word",
        )?;
        let speaking_bodies = words_of(
            sources.speaking_bodies,
            "data/lexicon/speaking_bodies.tsv",
            "word",
        )?;
        let abbreviations = words_of(
            sources.abbreviations,
            "data/lexicon/abbreviations.tsv",
            "word",
        )?;
        let not_names = words_of(sources.not_names, "data/lexicon/not_names.tsv", "word")?;
        let mut given_names = HashMap::default();
        for row in rows(sources.given_names, "data/lexicon/given_names.tsv")? {
            let male = match row.get("gender")? {
                "male" => true,
                "female" => false,
                other => bail!(
                    "data/lexicon/given_names.tsv: gender {other:?} is neither male nor female"
                ),
            };
            given_names.insert(row.get("name")?.to_string(), male);
        }
        let thing_words = words_of(sources.thing_words, "data/lexicon/thing_words.tsv", "word")?;
        let mut assertion_nouns = HashMap::default();
        for row in rows(sources.assertion_nouns, "data/lexicon/assertion_nouns.tsv")? {
            let word = row.get("word")?;
            let used = match row.get("use")? {
                "always" => NounUse::Always,
                "before-that" => NounUse::BeforeThat,
                "owned" => NounUse::Owned,
                "before-clause" => NounUse::BeforeClause,
                other => bail!(
                    "data/lexicon/assertion_nouns.tsv: {word}: use {other:?} is not always, \
                     before-that, owned or before-clause"
                ),
            };
            assertion_nouns.insert(word.to_lowercase(), used);
        }
        let denial_verbs = words_of(
            sources.denial_verbs,
            "data/lexicon/denial_verbs.tsv",
            "word",
        )?;
        // Every proposal noun, and the general ones, which may stand for one another.
        let mut proposal_nouns = HashSet::default();
        let mut general_proposal_nouns = HashMap::default();
        for row in rows(sources.proposal_nouns, "data/lexicon/proposal_nouns.tsv")? {
            let word = row.get("word")?.to_lowercase();
            let stands_for = row.get("stands_for")?;
            match row.get("kind")? {
                "general" if stands_for != "-" => {
                    general_proposal_nouns.insert(word.clone(), stands_for.to_string());
                }
                "general" => bail!(
                    "data/lexicon/proposal_nouns.tsv: general noun {word:?} has no stands_for kind"
                ),
                "specific" => {}
                other => bail!(
                    "data/lexicon/proposal_nouns.tsv: kind {other:?} is neither general nor specific"
                ),
            }
            proposal_nouns.insert(word);
        }
        let verdicts = forms_with_polarity(sources.verdicts, "data/lexicon/verdicts.tsv", "forms")?;
        let consequences = forms_with_polarity(
            sources.consequences,
            "data/lexicon/consequences.tsv",
            "forms",
        )?;
        let actions = forms_with_polarity(sources.actions, "data/lexicon/actions.tsv", "forms")?;
        let mut contest_nouns = HashMap::default();
        for row in rows(sources.contest_nouns, "data/lexicon/contest_nouns.tsv")? {
            contest_nouns.insert(
                row.get("word")?.to_lowercase(),
                row.opt("cue").map(str::to_string),
            );
        }
        let stance_groups = forms_with_polarity(
            sources.stance_groups,
            "data/lexicon/stance_groups.tsv",
            "forms",
        )?;
        let mut recommendations = HashMap::default();
        for row in rows(sources.recommendations, "data/lexicon/recommendations.tsv")? {
            for form in row.list("word") {
                recommendations.insert(form.to_lowercase(), row.get("id")?.to_string());
            }
        }
        let evaluations =
            forms_with_polarity(sources.evaluations, "data/lexicon/evaluations.tsv", "words")?;
        let mut control_verbs = HashMap::default();
        for row in rows(sources.control_verbs, "data/lexicon/control_verbs.tsv")? {
            for form in row.list("forms") {
                control_verbs.insert(form.to_lowercase(), row.get("kind")?.to_string());
            }
        }
        let (offices, office_terms, office_descriptions, office_surnames) =
            parse_offices(sources, &entries)?;
        let max_office_words = office_descriptions
            .keys()
            .map(|d| d.split_whitespace().count())
            .max()
            .unwrap_or(0);
        let entry_by_rule = entries
            .iter()
            .enumerate()
            .map(|(idx, entry)| (entry.rule.clone(), idx))
            .collect();
        Ok(Knowledge {
            entries,
            entry_by_rule,
            gazetteer,
            gazetteer_patterns: names.targets,
            gazetteer_sentence_initial: names.sentence_initial,
            cues,
            cue_patterns,
            cue_rules,
            cue_verbs,
            reporting,
            reporting_bare,
            titles,
            max_title_words,
            title_first_words,
            hedges,
            honorifics,
            honorific_gender,
            org_words,
            org_anaphors,
            party_words,
            outlet_words,
            body_words,
            group_words,
            speaking_bodies,
            body_descriptions,
            anaphoric_nouns,
            document_nouns,
            event_words,
            judging_verbs,
            abbreviations: abbreviations.into_iter().collect(),
            not_names,
            given_names,
            thing_words,
            control_verbs,
            assertion_nouns,
            evaluations,
            denial_verbs,
            proposal_nouns,
            general_proposal_nouns,
            recommendations,
            verdicts,
            consequences,
            actions,
            stance_groups,
            contest_nouns,
            offices,
            office_terms,
            office_descriptions,
            max_office_words,
            office_surnames,
        })
    }
}

/// A name as office holders are matched: lower case, without full stops,
/// single-spaced ("George W. Bush" is "george w bush").
pub fn office_name_key(name: &str) -> String {
    name.to_lowercase()
        .replace('.', " ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// The parsed offices: posts, holders' terms, descriptions and surnames.
#[allow(clippy::type_complexity)]
fn parse_offices(
    sources: &Sources,
    entries: &[GazetteerEntry],
) -> Result<(
    Vec<Office>,
    Vec<OfficeTerm>,
    HashMap<String, (Vec<usize>, bool)>,
    HashMap<String, usize>,
)> {
    const OFFICES: &str = "data/gazetteer/offices.tsv";
    const HOLDERS: &str = "data/gazetteer/office_holders.tsv";
    let mut offices = Vec::new();
    let mut descriptions: HashMap<String, (Vec<usize>, bool)> = HashMap::default();
    for row in rows(sources.offices, OFFICES)? {
        let id = row.get("id")?;
        let place = row
            .opt("country")
            .or(row.opt("org"))
            .ok_or_else(|| anyhow!("{OFFICES}: office {id:?} has neither a country nor an org"))?;
        let entry = entries
            .iter()
            .position(|e| e.key == place)
            .ok_or_else(|| anyhow!("{OFFICES}: office {id:?}: no gazetteer entry {place:?}"))?;
        let idx = offices.len();
        offices.push(Office {
            id: id.to_string(),
            title: row.get("title")?.to_lowercase(),
            entry,
        });
        for (column, bare) in [("bare", true), ("qualified", false)] {
            for form in row.list(column) {
                let found = descriptions
                    .entry(office_name_key(form))
                    .or_insert_with(|| (Vec::new(), bare));
                if found.1 != bare {
                    bail!("{OFFICES}: {form:?} is bare for one office and qualified for another");
                }
                found.0.push(idx);
            }
        }
    }
    let month = |value: &str, id: &str| -> Result<u32> {
        let year = value.get(..4).and_then(|y| y.parse::<u32>().ok());
        let month = value
            .get(5..)
            .and_then(|m| m.parse::<u32>().ok())
            .filter(|m| (1..=12).contains(m));
        match (year, month) {
            (Some(year), Some(month)) if value.len() == 7 && &value[4..5] == "-" => {
                Ok(month_number(year, month))
            }
            _ => bail!("{HOLDERS}: {id}: {value:?} is not a month written YYYY-MM"),
        }
    };
    let mut terms = Vec::new();
    let mut surnames: HashMap<String, HashSet<String>> = HashMap::default();
    for row in rows(sources.office_holders, HOLDERS)? {
        let office_id = row.get("office")?;
        let person = row.get("person")?;
        let office = offices
            .iter()
            .position(|o| o.id == office_id)
            .ok_or_else(|| anyhow!("{HOLDERS}: {person}: no office {office_id:?}"))?;
        let from = month(row.get("from")?, person)?;
        let to = match row.opt("to") {
            Some(to) => month(to, person)?,
            None => u32::MAX,
        };
        if to <= from {
            bail!("{HOLDERS}: {person}: the term ends before it starts");
        }
        let mut names = vec![office_name_key(person)];
        names.extend(row.list("aliases").into_iter().map(office_name_key));
        let key = names[0].clone();
        if let Some(surname) = key.split_whitespace().last() {
            surnames
                .entry(surname.to_string())
                .or_default()
                .insert(key.clone());
        }
        terms.push(OfficeTerm {
            office,
            names,
            from,
            to,
        });
    }
    let surnames = surnames
        .into_iter()
        .map(|(surname, people)| (surname, people.len()))
        .collect();
    Ok((offices, terms, descriptions, surnames))
}

/// Gazetteer surface forms and what each names; the first entry to claim a form keeps it.
#[derive(Default)]
struct NamePatterns {
    texts: Vec<String>,
    targets: Vec<(usize, Form)>,
    /// Whether each form is an alias's "the" made "The" (not in the data).
    sentence_initial: Vec<bool>,
    seen: HashSet<String>,
}

impl NamePatterns {
    fn add(&mut self, pattern: &str, entry: usize, form: Form) {
        self.push(pattern, entry, form, false);
    }

    /// "The Lords" for the alias "the Lords".
    fn add_sentence_initial(&mut self, pattern: &str, entry: usize, form: Form) {
        self.push(pattern, entry, form, true);
    }

    fn push(&mut self, pattern: &str, entry: usize, form: Form, sentence_initial: bool) {
        let pattern = pattern.trim();
        if pattern.len() < 2 || !self.seen.insert(pattern.to_string()) {
            return;
        }
        self.texts.push(pattern.to_string());
        self.sentence_initial.push(sentence_initial);
        self.targets.push((entry, form));
    }
}

/// An alias starting lower-case ("the alliance") is a description.
fn form_of(alias: &str) -> Form {
    let first_word = alias
        .split_whitespace()
        .find(|w| *w != "the" && *w != "The");
    match first_word {
        Some(word) if word.chars().next().is_some_and(char::is_lowercase) => Form::Description,
        _ => Form::Name,
    }
}

/// The contents of every knowledge file.
pub struct Sources {
    /// `data/gazetteer/countries.tsv`.
    pub countries: &'static str,
    /// `data/gazetteer/organisations.tsv`.
    pub organisations: &'static str,
    /// `data/lexicon/stance_cues.tsv`.
    pub stance_cues: &'static str,
    /// `data/lexicon/reporting_verbs.tsv`.
    pub reporting_verbs: &'static str,
    /// `data/lexicon/titles.tsv`.
    pub titles: &'static str,
    /// `data/lexicon/hedges.tsv`.
    pub hedges: &'static str,
    /// `data/lexicon/honorifics.tsv`.
    pub honorifics: &'static str,
    /// `data/lexicon/org_words.tsv`.
    pub org_words: &'static str,
    /// `data/lexicon/group_words.tsv`.
    pub group_words: &'static str,
    /// `data/lexicon/speaking_bodies.tsv`.
    pub speaking_bodies: &'static str,
    /// `data/lexicon/body_descriptions.tsv`.
    pub body_descriptions: &'static str,
    /// `data/lexicon/anaphoric_nouns.tsv`.
    pub anaphoric_nouns: &'static str,
    /// `data/lexicon/document_nouns.tsv`.
    pub document_nouns: &'static str,
    /// `data/lexicon/event_words.tsv`.
    pub event_words: &'static str,
    /// `data/lexicon/judging_verbs.tsv`.
    pub judging_verbs: &'static str,
    /// `data/lexicon/abbreviations.tsv`.
    pub abbreviations: &'static str,
    /// `data/lexicon/not_names.tsv`.
    pub not_names: &'static str,
    /// `data/lexicon/given_names.tsv`.
    pub given_names: &'static str,
    /// `data/lexicon/thing_words.tsv`.
    pub thing_words: &'static str,
    /// `data/lexicon/control_verbs.tsv`.
    pub control_verbs: &'static str,
    /// `data/lexicon/assertion_nouns.tsv`.
    pub assertion_nouns: &'static str,
    /// `data/lexicon/evaluations.tsv`.
    pub evaluations: &'static str,
    /// `data/lexicon/denial_verbs.tsv`.
    pub denial_verbs: &'static str,
    /// `data/lexicon/proposal_nouns.tsv`.
    pub proposal_nouns: &'static str,
    /// `data/lexicon/recommendations.tsv`.
    pub recommendations: &'static str,
    /// `data/lexicon/verdicts.tsv`.
    pub verdicts: &'static str,
    /// `data/lexicon/consequences.tsv`.
    pub consequences: &'static str,
    /// `data/lexicon/actions.tsv`.
    pub actions: &'static str,
    /// `data/lexicon/stance_groups.tsv`.
    pub stance_groups: &'static str,
    /// `data/lexicon/contest_nouns.tsv`.
    pub contest_nouns: &'static str,
    /// `data/gazetteer/offices.tsv`.
    pub offices: &'static str,
    /// `data/gazetteer/office_holders.tsv`.
    pub office_holders: &'static str,
}

/// The knowledge files shipped in the binary.
pub const SHIPPED_SOURCES: Sources = Sources {
    countries: include_str!("../data/gazetteer/countries.tsv"),
    organisations: include_str!("../data/gazetteer/organisations.tsv"),
    stance_cues: include_str!("../data/lexicon/stance_cues.tsv"),
    reporting_verbs: include_str!("../data/lexicon/reporting_verbs.tsv"),
    titles: include_str!("../data/lexicon/titles.tsv"),
    hedges: include_str!("../data/lexicon/hedges.tsv"),
    honorifics: include_str!("../data/lexicon/honorifics.tsv"),
    org_words: include_str!("../data/lexicon/org_words.tsv"),
    group_words: include_str!("../data/lexicon/group_words.tsv"),
    speaking_bodies: include_str!("../data/lexicon/speaking_bodies.tsv"),
    body_descriptions: include_str!("../data/lexicon/body_descriptions.tsv"),
    anaphoric_nouns: include_str!("../data/lexicon/anaphoric_nouns.tsv"),
    document_nouns: include_str!("../data/lexicon/document_nouns.tsv"),
    event_words: include_str!("../data/lexicon/event_words.tsv"),
    judging_verbs: include_str!("../data/lexicon/judging_verbs.tsv"),
    abbreviations: include_str!("../data/lexicon/abbreviations.tsv"),
    not_names: include_str!("../data/lexicon/not_names.tsv"),
    given_names: include_str!("../data/lexicon/given_names.tsv"),
    thing_words: include_str!("../data/lexicon/thing_words.tsv"),
    control_verbs: include_str!("../data/lexicon/control_verbs.tsv"),
    assertion_nouns: include_str!("../data/lexicon/assertion_nouns.tsv"),
    evaluations: include_str!("../data/lexicon/evaluations.tsv"),
    denial_verbs: include_str!("../data/lexicon/denial_verbs.tsv"),
    proposal_nouns: include_str!("../data/lexicon/proposal_nouns.tsv"),
    recommendations: include_str!("../data/lexicon/recommendations.tsv"),
    verdicts: include_str!("../data/lexicon/verdicts.tsv"),
    consequences: include_str!("../data/lexicon/consequences.tsv"),
    actions: include_str!("../data/lexicon/actions.tsv"),
    stance_groups: include_str!("../data/lexicon/stance_groups.tsv"),
    contest_nouns: include_str!("../data/lexicon/contest_nouns.tsv"),
    offices: include_str!("../data/gazetteer/offices.tsv"),
    office_holders: include_str!("../data/gazetteer/office_holders.tsv"),
};

/// One TSV row, by column name.
pub struct Row<'a> {
    file: &'a str,
    line: usize,
    header: std::rc::Rc<Vec<&'a str>>,
    fields: Vec<&'a str>,
}

impl<'a> Row<'a> {
    /// A required, non-empty field.
    pub fn get(&self, column: &str) -> Result<&'a str> {
        self.opt(column).ok_or_else(|| {
            anyhow!(
                "{}:{}: empty or missing column {column:?}",
                self.file,
                self.line
            )
        })
    }

    /// An optional field: `None` when empty or absent.
    pub fn opt(&self, column: &str) -> Option<&'a str> {
        let idx = self.header.iter().position(|h| *h == column)?;
        self.fields
            .get(idx)
            .map(|f| f.trim())
            .filter(|f| !f.is_empty())
    }

    /// A `|`-separated field as its values.
    pub fn list(&self, column: &str) -> Vec<&'a str> {
        self.opt(column)
            .map(|f| {
                f.split('|')
                    .map(str::trim)
                    .filter(|v| !v.is_empty())
                    .collect()
            })
            .unwrap_or_default()
    }
}

/// The rows of a TSV file with a header line; lines starting with `#` are comments.
pub fn rows<'a>(text: &'a str, file: &'a str) -> Result<Vec<Row<'a>>> {
    let mut lines = text
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty() && !l.starts_with('#'));
    let Some((_, header_line)) = lines.next() else {
        bail!("{file}: no header line");
    };
    let header = std::rc::Rc::new(header_line.split('\t').map(str::trim).collect::<Vec<_>>());
    Ok(lines
        .map(|(idx, line)| Row {
            file,
            line: idx + 1,
            header: header.clone(),
            fields: line.split('\t').collect(),
        })
        .collect())
}

/// A table whose rows have an id, a polarity and forms separated by "|" in
/// `column`: lower-cased form → (rule id, polarity).
fn forms_with_polarity(
    text: &str,
    file: &str,
    column: &str,
) -> Result<HashMap<String, (String, Polarity)>> {
    let mut table = HashMap::default();
    for row in rows(text, file)? {
        let polarity = match row.get("polarity")? {
            "support" => Polarity::Support,
            "oppose" => Polarity::Oppose,
            other => bail!("{file}: unknown polarity {other:?}"),
        };
        let id = row.get("id")?.to_string();
        row.get(column)?;
        for form in row.list(column) {
            table.insert(form.to_lowercase(), (id.clone(), polarity));
        }
    }
    Ok(table)
}

fn words_of(text: &str, file: &str, column: &str) -> Result<HashSet<String>> {
    let mut set = HashSet::default();
    for row in rows(text, file)? {
        set.insert(row.get(column)?.to_lowercase());
    }
    Ok(set)
}
