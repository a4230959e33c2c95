//! `extract`: the scoring shape, exact offsets, RDF output, streaming, and `eval`.

use crate::util::*;

fn seed_facts() -> Vec<serde_json::Value> {
    let corpus = shared().join("corpus");
    let out = ok(&run_in(
        &corpus,
        &["extract", "seed/nato-cyber-defence-conference.txt"],
    ));
    out.lines()
        .map(|l| serde_json::from_str(l).expect("JSON line"))
        .collect()
}

#[test]
fn the_seed_gives_its_four_stances() {
    let facts = seed_facts();
    let stance = |holder: &str, polarity: &str, key: &str| {
        facts.iter().any(|f| {
            f["type"] == "stance"
                && f["holder"] == holder
                && f["polarity"] == polarity
                && f["target"].as_str().unwrap().to_lowercase().contains(key)
        })
    };
    assert!(
        stance("Germany", "support", "nato cyber centre"),
        "{facts:#?}"
    );
    assert!(
        stance("United Kingdom", "support", "nato cyber centre"),
        "{facts:#?}"
    );
    assert!(stance("Germany", "oppose", "hack-backs"), "{facts:#?}");
    assert!(
        stance("NATO", "support", "collective response"),
        "{facts:#?}"
    );
}

#[test]
fn every_fact_carries_exact_offsets_a_rule_and_a_confidence() {
    let corpus = shared().join("corpus");
    let body =
        std::fs::read_to_string(corpus.join("seed/nato-cyber-defence-conference.txt")).unwrap();
    let facts = seed_facts();
    assert!(facts.len() >= 10);
    for fact in &facts {
        let ev = &fact["evidence"];
        let (start, end) = (
            ev["start"].as_u64().unwrap() as usize,
            ev["end"].as_u64().unwrap() as usize,
        );
        assert!(start < end);
        assert!(
            span_holds(&body, start, end, ev["text"].as_str().unwrap()),
            "{fact}"
        );
        assert!(fact["rule"].as_str().unwrap().contains('/'), "{fact}");
        let confidence = fact["confidence"].as_f64().unwrap();
        assert!((0.0..=1.0).contains(&confidence), "{fact}");
    }
}

#[test]
fn the_seed_quotes_and_roles_are_found() {
    let facts = seed_facts();
    let quote = |speaker: &str, start: &str| {
        facts.iter().any(|f| {
            f["type"] == "quote"
                && f["speaker"] == speaker
                && f["quote"].as_str().unwrap().starts_with(start)
        })
    };
    assert!(quote("Annalena Baerbock", "Our commitment to prevention"));
    assert!(quote("Jens Stoltenberg", "NATO is perfectly positioned"));
    let role = |person: &str, title: &str| {
        facts
            .iter()
            .any(|f| f["type"] == "role" && f["person"] == person && f["title"] == title)
    };
    assert!(role("Annalena Baerbock", "Foreign Minister"), "{facts:#?}");
    assert!(role("Jens Stoltenberg", "Secretary General"), "{facts:#?}");
}

#[test]
fn a_post_the_article_names_no_one_for_goes_to_the_holder_of_its_time() {
    // Both presidents are named; "the president" is whoever held the post when
    // the article was written, which only the input's date tells.
    let dir = temp();
    let text = "Talks on the trade deal resumed. Barack Obama and George W. Bush both spoke \
                at the opening. The president said: \"We will sign it within a month.\"";
    let input = format!(
        "{{\"id\": \"early\", \"date\": \"2006-03-01\", \"text\": \"{text}\"}}\n\
         {{\"id\": \"late\", \"date\": \"Tue, 09 Mar 2010 10:00:00 GMT\", \"text\": \"{text}\"}}\n",
        text = text.replace('"', "\\\"")
    );
    let out = ok(&run_with_stdin(dir.path(), &["extract", "-"], &input));
    let facts: Vec<serde_json::Value> = out
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let president = |article: &str| -> Vec<String> {
        facts
            .iter()
            .filter(|f| f["article"] == article && f["type"] == "role" && f["title"] == "president")
            .map(|f| f["person"].as_str().unwrap().to_string())
            .collect()
    };
    let speaker = |article: &str| -> Vec<String> {
        facts
            .iter()
            .filter(|f| f["article"] == article && f["type"] == "quote")
            .map(|f| f["speaker"].as_str().unwrap_or_default().to_string())
            .collect()
    };
    assert_eq!(president("early"), ["George W Bush"], "{out}");
    assert_eq!(speaker("early"), ["George W Bush"], "{out}");
    assert_eq!(president("late"), ["Barack Obama"], "{out}");
    assert_eq!(speaker("late"), ["Barack Obama"], "{out}");
}

#[test]
fn extract_streams_jsonl_in_and_facts_out() {
    let dir = temp();
    let input = "{\"id\": \"a1\", \"text\": \"Poland rejected the grain deal.\"}\n{\"id\": \"a2\", \"text\": \"Chile backed the mining code.\"}\n";
    let out = ok(&run_with_stdin(dir.path(), &["extract", "-"], input));
    let facts: Vec<serde_json::Value> = out
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert!(
        facts
            .iter()
            .any(|f| f["article"] == "a1" && f["holder"] == "Poland" && f["polarity"] == "oppose"),
        "{out}"
    );
    assert!(
        facts
            .iter()
            .any(|f| f["article"] == "a2" && f["holder"] == "Chile" && f["polarity"] == "support"),
        "{out}"
    );
    let nquads = ok(&run_with_stdin(
        dir.path(),
        &["extract", "--format", "nquads", "-"],
        input,
    ));
    assert!(
        nquads.contains("<https://w3id.org/stancegraph/ns#opposes>"),
        "{nquads}"
    );
}

#[test]
fn eval_agrees_with_the_shared_scorer_on_the_development_articles() {
    let shared = shared();
    let corpus = shared.join("corpus");
    let dir = temp();
    let articles: Vec<String> = std::fs::read_to_string(shared.join("eval/dev-articles.txt"))
        .unwrap()
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(str::to_string)
        .collect();
    let mut args = vec!["extract".to_string()];
    args.extend(articles.iter().cloned());
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let pred = dir.path().join("pred.jsonl");
    std::fs::write(&pred, ok(&run_in(&corpus, &args))).unwrap();
    let gold = dir.path().join("gold.jsonl");
    let gold_text = std::fs::read_to_string(shared.join("eval/seed.gold.jsonl")).unwrap()
        + &std::fs::read_to_string(shared.join("eval/dev.gold.jsonl")).unwrap();
    std::fs::write(&gold, gold_text).unwrap();
    let python = std::process::Command::new("python3")
        .arg(shared.join("eval/score.py"))
        .arg(&gold)
        .arg(&pred)
        .arg("--articles")
        .arg(shared.join("eval/dev-articles.txt"))
        .arg("--json")
        .output()
        .unwrap();
    let theirs: serde_json::Value =
        serde_json::from_slice(&python.stdout).expect("score.py prints JSON");
    let ours_out = ok(&run_in(
        &corpus,
        &[
            "eval",
            "--gold",
            gold.to_str().unwrap(),
            "--articles",
            shared.join("eval/dev-articles.txt").to_str().unwrap(),
            "--json",
        ],
    ));
    let ours: serde_json::Value = serde_json::from_str(&ours_out).unwrap();
    for kind in ["stance", "quote", "role", "all"] {
        for field in ["tp", "predicted", "gold"] {
            assert_eq!(
                ours[kind][field], theirs[kind][field],
                "{kind} {field}: ours {ours} theirs {theirs}"
            );
        }
    }
}
