//! Every rule in `data/lexicon/` carries an example; these tests run each
//! example through the real binary and check that its own rule fires.

use crate::util::*;

/// Runs the examples of a lexicon file (column `example`) as JSON Lines
/// articles whose id is the row's first field, and returns the ids and the facts.
fn run_examples(file: &str) -> (Vec<String>, Vec<serde_json::Value>) {
    let text = std::fs::read_to_string(repo().join("data/lexicon").join(file)).unwrap();
    let mut lines = text.lines();
    let header: Vec<&str> = lines.next().unwrap().split('\t').collect();
    let example_col = header
        .iter()
        .position(|h| *h == "example")
        .expect("an example column");
    let mut input = String::new();
    let mut ids = Vec::new();
    for line in lines.filter(|l| !l.trim().is_empty()) {
        let fields: Vec<&str> = line.split('\t').collect();
        ids.push(fields[0].to_string());
        input.push_str(
            &serde_json::json!({"id": fields[0], "text": fields[example_col]}).to_string(),
        );
        input.push('\n');
    }
    let dir = temp();
    let out = ok(&run_with_stdin(dir.path(), &["extract", "-"], &input));
    (
        ids,
        out.lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect(),
    )
}

/// The facts of `kind` found in the example of `id` (the article named after it).
fn facts_in_example<'a>(
    facts: &'a [serde_json::Value],
    id: &'a str,
    kind: &'a str,
) -> impl Iterator<Item = &'a serde_json::Value> + 'a {
    facts
        .iter()
        .filter(move |f| f["article"] == id && f["type"] == kind)
}

/// The facts of `kind` that rule `id` produced on its own example.
fn facts_of_rule<'a>(
    facts: &'a [serde_json::Value],
    id: &'a str,
    kind: &'a str,
) -> impl Iterator<Item = &'a serde_json::Value> + 'a {
    facts_in_example(facts, id, kind).filter(move |f| {
        f["rule"]
            .as_str()
            .unwrap()
            .split('+')
            .any(|part| part == id)
    })
}

/// The stances rule `id` produced on its own example, each checked to have the
/// polarity the id names ("verdict/oppose/...").
fn stances_with_polarity_of<'a>(
    facts: &'a [serde_json::Value],
    id: &'a str,
) -> Vec<&'a serde_json::Value> {
    let polarity = id.split('/').nth(1).unwrap();
    let stances: Vec<_> = facts_of_rule(facts, id, "stance").collect();
    assert!(!stances.is_empty(), "{id}: no stance from its example");
    for stance in &stances {
        assert_eq!(stance["polarity"], polarity, "{id}: {stance}");
    }
    stances
}

/// The ids whose rule did not produce a fact of `kind` on its own example.
fn failing_examples(file: &str, kind: &str) -> (usize, Vec<String>) {
    let (ids, facts) = run_examples(file);
    let failing = ids
        .iter()
        .filter(|id| facts_of_rule(&facts, id, kind).next().is_none())
        .cloned()
        .collect();
    (ids.len(), failing)
}

#[test]
fn every_stance_cue_fires_on_its_example() {
    let (n, failing) = failing_examples("stance_cues.tsv", "stance");
    assert!(n >= 90);
    assert!(
        failing.is_empty(),
        "cues whose example gives no stance: {failing:?}"
    );
}

#[test]
fn every_evaluation_fires_on_its_example() {
    let (n, failing) = failing_examples("evaluations.tsv", "stance");
    assert!(n >= 15);
    assert!(
        failing.is_empty(),
        "evaluations whose example gives no stance: {failing:?}"
    );
}

#[test]
fn every_consequence_fires_on_its_example() {
    let (n, failing) = failing_examples("consequences.tsv", "stance");
    assert!(n >= 3);
    assert!(
        failing.is_empty(),
        "consequences whose example gives no stance: {failing:?}"
    );
}

#[test]
fn every_stance_group_gives_its_named_members_a_stance() {
    let (ids, facts) = run_examples("stance_groups.tsv");
    assert!(ids.len() >= 2);
    for id in &ids {
        for stance in stances_with_polarity_of(&facts, id) {
            // The members hold it, never the group's name or the thing opposed.
            let holder = stance["holder"].as_str().unwrap();
            assert!(
                !holder.is_empty() && holder != stance["target"],
                "{id}: {stance}"
            );
        }
    }
}

#[test]
fn every_recommendation_word_fires_on_its_example() {
    let (n, failing) = failing_examples("recommendations.tsv", "stance");
    assert!(n >= 1);
    assert!(
        failing.is_empty(),
        "recommendations whose example gives no stance: {failing:?}"
    );
}

#[test]
fn every_reporting_verb_fires_on_its_example() {
    let (n, failing) = failing_examples("reporting_verbs.tsv", "quote");
    assert!(n >= 35);
    assert!(
        failing.is_empty(),
        "reporting verbs whose example gives no quote: {failing:?}"
    );
}

/// FIXME(issue 3): titles whose examples use constructions the role rules do
/// not read yet (vague titles without their body, "the X of Y, NAME", multi-word
/// titles with "of the"). Recorded here rather than hidden; the test fails if
/// one of them starts to pass (then take it off the list) or another breaks.
const TITLES_NOT_YET_READ: &[&str] = &[
    "title/adviser-1",
    "title/aide-1",
    "title/analyst-1",
    "title/commander-1",
    "title/constable-1",
    "title/envoy-1",
    "title/lawmaker-1",
    "title/leader-of-the-house-1",
];

#[test]
fn titles_fire_on_their_examples_except_the_known_gaps() {
    let (n, failing) = failing_examples("titles.tsv", "role");
    assert!(n >= 130);
    assert_eq!(
        failing, TITLES_NOT_YET_READ,
        "the titles whose example gives no role changed"
    );
}

/// Runs a lexicon file's examples and returns, per row id, the fact types extracted.
fn kinds_per_example(file: &str) -> Vec<(String, Vec<String>)> {
    let (ids, facts) = run_examples(file);
    ids.into_iter()
        .map(|id| {
            let kinds = facts
                .iter()
                .filter(|f| f["article"] == id.as_str())
                .map(|f| f["type"].as_str().unwrap().to_string())
                .collect();
            (format!("{file}:{id}"), kinds)
        })
        .collect()
}

#[test]
fn denials_give_no_quote_and_assertions_give_no_stance() {
    for (id, kinds) in kinds_per_example("denial_verbs.tsv") {
        assert!(
            !kinds.iter().any(|k| k == "quote" || k == "stance"),
            "{id} gave {kinds:?}"
        );
    }
    for (id, kinds) in kinds_per_example("assertion_nouns.tsv") {
        assert!(!kinds.iter().any(|k| k == "stance"), "{id} gave {kinds:?}");
    }
}

#[test]
fn control_and_light_verbs_pass_their_subject_to_the_cue() {
    for (id, kinds) in kinds_per_example("control_verbs.tsv") {
        // "asked Peru to support the treaty": Peru's position is not stated,
        // nor is the asker's, so a causative verb gives no stance.
        let causative = id.contains("causative/");
        assert_eq!(
            kinds.iter().any(|k| k == "stance"),
            !causative,
            "{id} gave {kinds:?}"
        );
    }
}

#[test]
fn hedged_examples_give_no_stance_and_a_refusal_opposes() {
    for (id, kinds) in kinds_per_example("hedges.tsv") {
        let refusal = id.ends_with("hedge/negation/refuse-to-1");
        let stances = kinds.iter().filter(|k| *k == "stance").count();
        assert_eq!(stances, usize::from(refusal), "{id} gave {kinds:?}");
    }
    for (id, kinds) in kinds_per_example("group_words.tsv") {
        assert!(
            !kinds.iter().any(|k| k == "stance"),
            "a generic group is no holder: {id} gave {kinds:?}"
        );
    }
}

#[test]
fn a_proposal_noun_takes_up_the_proposal_named_before_it() {
    let text = std::fs::read_to_string(repo().join("data/lexicon/proposal_nouns.tsv")).unwrap();
    let input: String = text
        .lines()
        .skip(1)
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            let fields: Vec<&str> = l.split('\t').collect();
            serde_json::json!({"id": fields[0], "text": fields[3]}).to_string() + "\n"
        })
        .collect();
    let dir = temp();
    let out = ok(&run_with_stdin(dir.path(), &["extract", "-"], &input));
    for line in text.lines().skip(1).filter(|l| !l.trim().is_empty()) {
        let id = line.split('\t').next().unwrap();
        let kind = line.split('\t').nth(1).unwrap();
        assert!(
            matches!(kind, "general" | "specific"),
            "{id}: kind is general or specific, not {kind}"
        );
        let resolved = out.lines().any(|l| {
            let fact: serde_json::Value = serde_json::from_str(l).unwrap();
            fact["article"] == id
                && fact["type"] == "stance"
                && fact["target"].as_str().unwrap().contains(" (")
        });
        assert!(
            resolved,
            "{id}: no stance whose target names its antecedent\n{out}"
        );
    }
}

#[test]
fn a_speaking_body_gives_the_quote_to_its_country_or_organisation() {
    let (ids, facts) = run_examples("speaking_bodies.tsv");
    assert!(ids.len() >= 10);
    for id in &ids {
        let speakers: Vec<&str> = facts_in_example(&facts, id, "quote")
            .map(|f| f["speaker"].as_str().unwrap())
            .collect();
        assert_eq!(speakers.len(), 1, "{id} gave {speakers:?}");
        // The speaker is the owner named before "'s", not the body word.
        let example_owner = speakers[0];
        assert!(
            !example_owner
                .to_lowercase()
                .contains(id.trim_start_matches("body/").trim_end_matches("-1")),
            "{id}: speaker {example_owner}"
        );
    }
}

#[test]
fn a_body_description_speaks_for_the_body_named_before_it() {
    let (ids, facts) = run_examples("body_descriptions.tsv");
    assert!(ids.len() >= 5);
    for id in &ids {
        let speakers: Vec<&str> = facts_in_example(&facts, id, "quote")
            .map(|f| f["speaker"].as_str().unwrap())
            .collect();
        // The example names the body in its first sentence, with a capital
        // letter; the description in the second is lower case.
        assert_eq!(speakers.len(), 1, "{id} gave {speakers:?}");
        assert!(
            speakers[0].chars().next().is_some_and(char::is_uppercase)
                && speakers[0].split_whitespace().count() >= 2,
            "{id}: speaker {}",
            speakers[0]
        );
    }
}

#[test]
fn an_anaphoric_noun_never_stands_alone_as_a_target() {
    // "Labour condemned the move": with nothing in the text that the move names,
    // a stance on "move" would tell an analyst nothing, so none is made.
    let (ids, facts) = run_examples("anaphoric_nouns.tsv");
    assert!(ids.len() >= 10);
    let words: Vec<String> = ids.clone();
    for fact in facts.iter().filter(|f| f["type"] == "stance") {
        let target = fact["target"].as_str().unwrap();
        assert!(!words.contains(&target.to_string()), "{fact}");
    }
    let stances = facts.iter().filter(|f| f["type"] == "stance").count();
    assert_eq!(
        stances, 0,
        "every example's only stance is on a bare anaphor"
    );
}

#[test]
fn a_contest_is_never_opposed() {
    // "Labour will fight the next general election": entering a contest is no
    // position on it, nor is congratulating its winner ("congratulated Bush on his
    // win"); each example uses a cue that would otherwise take a position on it.
    let (ids, facts) = run_examples("contest_nouns.tsv");
    assert!(ids.len() >= 5);
    let opposed: Vec<_> = facts.iter().filter(|f| f["type"] == "stance").collect();
    assert!(opposed.is_empty(), "{opposed:?}");
    // The same cue on a proposal still opposes it.
    let dir = temp();
    let out = ok(&run_with_stdin(
        dir.path(),
        &["extract", "-"],
        "{\"id\": \"ban\", \"text\": \"The Countryside Alliance will fight the hunting ban.\"}\n",
    ));
    assert!(out.contains("\"polarity\":\"oppose\""), "{out}");
}

#[test]
fn every_event_word_names_an_event_in_its_example() {
    let (ids, facts) = run_examples("event_words.tsv");
    assert!(ids.len() >= 10);
    for id in &ids {
        let events: Vec<&serde_json::Value> = facts_in_example(&facts, id, "event").collect();
        assert_eq!(events.len(), 1, "{id} gave {events:?}");
        assert_eq!(events[0]["rule"], id.as_str());
        // Each example gives the event a place or an organiser.
        assert!(
            !events[0]["place"].is_null() || !events[0]["organizer"].is_null(),
            "{id}: {}",
            events[0]
        );
    }
}

#[test]
fn every_judging_verb_fires_on_its_example() {
    let (n, failing) = failing_examples("judging_verbs.tsv", "stance");
    assert!(n >= 6);
    assert!(
        failing.is_empty(),
        "judging verbs whose example gives no stance: {failing:?}"
    );
}

#[test]
fn a_document_speaks_for_whoever_issued_it() {
    let (ids, facts) = run_examples("document_nouns.tsv");
    assert!(ids.len() >= 10);
    for id in &ids {
        let holders: Vec<&str> = facts_in_example(&facts, id, "stance")
            .map(|f| f["holder"].as_str().unwrap())
            .collect();
        assert!(!holders.is_empty(), "{id} gave no stance");
        // The issuer holds the position, never the document.
        assert!(
            holders
                .iter()
                .all(|h| !h.to_lowercase().contains(id.as_str())),
            "{id}: {holders:?}"
        );
    }
}

#[test]
fn every_action_after_should_gives_its_stance_on_the_object() {
    let (ids, facts) = run_examples("actions.tsv");
    assert!(ids.len() >= 2);
    for id in &ids {
        let stance = stances_with_polarity_of(&facts, id)[0];
        // The target is the object, without the recommendation.
        let target = stance["target"].as_str().unwrap();
        assert!(
            !target.contains("should") && !target.contains("must"),
            "{id}: target {target:?}"
        );
    }
}

#[test]
fn every_verdict_turns_its_stance_on_its_example() {
    let (ids, facts) = run_examples("verdicts.tsv");
    assert!(ids.len() >= 5);
    for id in &ids {
        let stance = stances_with_polarity_of(&facts, id)[0];
        // The target is the subject judged, without the verdict.
        let target = stance["target"].as_str().unwrap();
        assert!(!target.contains(" be "), "{id}: target {target:?}");
    }
}

/// Every given name in `given_names.tsv` makes a full name a person with no
/// other sign ("Ada Quillan spoke"), and its gender lets "he" or "she" in the
/// next sentence take that person up.
#[test]
fn every_given_name_makes_a_person_whom_its_pronoun_takes_up() {
    let text = std::fs::read_to_string(repo().join("data/lexicon/given_names.tsv")).unwrap();
    let mut input = String::new();
    let mut expected = Vec::new();
    for line in text.lines().skip(1).filter(|l| !l.trim().is_empty()) {
        let (name, gender) = line.split_once('\t').unwrap();
        let pronoun = if gender == "male" { "He" } else { "She" };
        let person = format!("{name} Quillan");
        let body = format!(
            "Harbour row\n\n{person} spoke on Monday. {pronoun} said the harbour levy was unfair."
        );
        input.push_str(&serde_json::json!({"id": name, "text": body}).to_string());
        input.push('\n');
        expected.push((name.to_string(), person));
    }
    assert!(expected.len() >= 200);
    let dir = temp();
    let out = ok(&run_with_stdin(dir.path(), &["extract", "-"], &input));
    let facts: Vec<serde_json::Value> = out
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let failing: Vec<&str> = expected
        .iter()
        .filter(|(id, person)| {
            !facts.iter().any(|f| {
                f["article"] == id.as_str()
                    && f["type"] == "quote"
                    && f["speaker"] == person.as_str()
            })
        })
        .map(|(id, _)| id.as_str())
        .collect();
    assert!(
        failing.is_empty(),
        "given names that made no person: {failing:?}"
    );
}

/// A rule id (or word) names one row: two rows with one key would make one of
/// them unreachable or its facts ambiguous.
#[test]
fn every_lexicon_row_has_its_own_key() {
    let dir = repo().join("data/lexicon");
    let mut repeated = Vec::new();
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "tsv") {
            continue;
        }
        let text = std::fs::read_to_string(&path).unwrap();
        let mut seen = std::collections::HashSet::new();
        for line in text.lines().skip(1).filter(|l| !l.trim().is_empty()) {
            let fields: Vec<&str> = line.split('\t').collect();
            // (A word may have two uses; the key is the word with its use.)
            let key = if path.ends_with("assertion_nouns.tsv") {
                format!("{}\t{}", fields[0], fields.get(1).unwrap_or(&""))
            } else {
                fields[0].to_string()
            };
            if !seen.insert(key.clone()) {
                repeated.push(format!(
                    "{}: {key}",
                    path.file_name().unwrap().to_string_lossy()
                ));
            }
        }
    }
    assert!(
        repeated.is_empty(),
        "rows with a key used before: {repeated:?}"
    );
}
