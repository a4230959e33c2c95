//! `ingest`, `stats` and `remove` on a real on-disk store.

use crate::util::*;

#[test]
fn ingest_without_paths_stores_the_bundled_examples_and_shows_endorsements() {
    let dir = temp();
    let out = ingest_examples(dir.path());
    assert!(
        out.contains("read 4 articles: 4 stored, 0 replaced, 0 unchanged, 0 failed"),
        "{out}"
    );
    assert!(out.contains("who endorsed what"), "{out}");
    assert!(
        out.contains("Germany") && out.contains("NATO Cyber Centre"),
        "{out}"
    );
}

#[test]
fn ingesting_twice_changes_nothing() {
    let dir = temp();
    ingest_examples(dir.path());
    let before = triple_count(dir.path());
    let out = ingest_examples(dir.path());
    assert!(out.contains("0 stored, 0 replaced, 4 unchanged"), "{out}");
    assert_eq!(triple_count(dir.path()), before);
}

#[test]
fn changed_text_from_the_same_source_replaces_only_its_own_graph() {
    let dir = temp();
    std::fs::write(
        dir.path().join("a.txt"),
        "Plan news\n\nFrance backed the river plan.\n",
    )
    .unwrap();
    std::fs::write(
        dir.path().join("b.txt"),
        "Other news\n\nSpain rejected the tunnel plan.\n",
    )
    .unwrap();
    ok(&run_in(
        dir.path(),
        &["ingest", "--store", "store", "a.txt", "b.txt"],
    ));
    std::fs::write(
        dir.path().join("a.txt"),
        "Plan news\n\nFrance rejected the river plan.\n",
    )
    .unwrap();
    let out = ok(&run_in(
        dir.path(),
        &["ingest", "--store", "store", "a.txt"],
    ));
    assert!(out.contains("0 stored, 1 replaced"), "{out}");
    let csv = query_csv(dir.path(), &["stances"]);
    assert!(csv.contains("France") && csv.contains("oppose"), "{csv}");
    assert!(
        !csv.lines()
            .any(|l| l.contains("France") && l.contains("support")),
        "{csv}"
    );
    assert!(
        csv.contains("Spain"),
        "the other article is untouched: {csv}"
    );
    let stats = ok(&run_in(dir.path(), &["stats", "--store", "store"]));
    assert!(
        stats
            .lines()
            .any(|l| l.starts_with("articles") && l.trim_end().ends_with(" 2")),
        "{stats}"
    );
}

#[test]
fn remove_drops_one_article_by_source() {
    let dir = temp();
    ingest_examples(dir.path());
    let source = "data/examples/nato-cyber-defence-conference.txt";
    let before = ok(&run_in(
        dir.path(),
        &[
            "query",
            "--store",
            "store",
            "ASK { <https://w3id.org/stancegraph/id/person/alexander-martin> ?p ?o }",
        ],
    ));
    assert_eq!(before.trim(), "true", "the seed names Alexander Martin");
    let out = ok(&run_in(dir.path(), &["remove", "--store", "store", source]));
    assert!(
        out.contains("removed https://w3id.org/stancegraph/id/article/"),
        "{out}"
    );
    let csv = query_csv(dir.path(), &["articles"]);
    assert!(!csv.contains(source), "{csv}");
    // An entity only that article named is gone too; one other articles name stays.
    let ask = |iri: &str| {
        let query = format!("ASK {{ <https://w3id.org/stancegraph/id/{iri}> ?p ?o }}");
        ok(&run_in(dir.path(), &["query", "--store", "store", &query]))
            .trim()
            .to_string()
    };
    assert_eq!(ask("person/alexander-martin"), "false");
    assert_eq!(ask("person/annalena-baerbock"), "true");
    let again = run_in(dir.path(), &["remove", "--store", "store", source]);
    assert!(!again.status.success());
    assert!(
        stderr(&again).contains("no stored article matches"),
        "{}",
        stderr(&again)
    );
}

#[test]
fn stats_counts_what_the_store_holds() {
    let dir = temp();
    ingest_examples(dir.path());
    let out = ok(&run_in(dir.path(), &["stats", "--store", "store"]));
    let value = |name: &str| -> usize {
        out.lines()
            .find_map(|l| l.strip_prefix(name))
            .and_then(|v| v.trim().parse().ok())
            .unwrap_or_else(|| panic!("stats prints {name}: {out}"))
    };
    assert_eq!(value("articles"), 4);
    assert!(value("stances") >= 4, "{out}");
    assert!(value("quotes") >= 4, "{out}");
    assert!(value("roles") >= 2, "{out}");
}

#[test]
fn the_store_comes_from_the_environment_when_no_flag_names_it() {
    let dir = temp();
    let out = bin()
        .current_dir(dir.path())
        .env("STANCEGRAPH_STORE", dir.path().join("from-env"))
        .args(["ingest", "-q"])
        .output()
        .unwrap();
    ok(&out);
    assert!(dir.path().join("from-env").join("CURRENT").exists());
}

#[test]
fn jsonl_from_stdin_is_ingested_with_its_ids_as_sources() {
    let dir = temp();
    let lines = r#"{"id": "feed-1", "title": "Vote", "text": "Italy backed the fishing quota."}
{"id": "feed-2", "url": "https://example.org/2", "text": "Norway rejected the fishing quota."}
"#;
    let out = run_with_stdin(dir.path(), &["ingest", "--store", "store", "-"], lines);
    ok(&out);
    let csv = query_csv(dir.path(), &["articles"]);
    assert!(csv.contains("feed-1") && csv.contains("feed-2"), "{csv}");
}

/// Review finding: identical files share one article; editing or removing one
/// of them must not lose the other's.
#[test]
fn identical_files_keep_each_other_when_one_changes_or_goes() {
    let dir = temp();
    let d = dir.path();
    std::fs::create_dir(d.join("feed")).unwrap();
    std::fs::write(
        d.join("feed/a.txt"),
        "Same\n\nGermany backed the bridge plan.\n",
    )
    .unwrap();
    std::fs::write(
        d.join("feed/b.txt"),
        "Same\n\nGermany backed the bridge plan.\n",
    )
    .unwrap();
    let out = ok(&run_in(d, &["ingest", "-q", "--store", "store", "feed"]));
    assert!(
        out.contains("1 stored") && out.contains("1 unchanged"),
        "{out}"
    );
    let again = ok(&run_in(d, &["ingest", "-q", "--store", "store", "feed"]));
    assert!(
        again.contains("0 stored, 0 replaced, 2 unchanged"),
        "{again}"
    );
    // b.txt changes: a.txt's article stays.
    std::fs::write(
        d.join("feed/b.txt"),
        "Other\n\nFrance rejected the bridge plan.\n",
    )
    .unwrap();
    ok(&run_in(
        d,
        &["ingest", "-q", "--store", "store", "feed/b.txt"],
    ));
    let csv = query_csv(d, &["stances"]);
    assert!(csv.contains("Germany") && csv.contains("France"), "{csv}");
    // Removing a.txt by path drops its article; b.txt's stays.
    ok(&run_in(d, &["remove", "--store", "store", "feed/a.txt"]));
    let csv = query_csv(d, &["stances"]);
    assert!(!csv.contains("Germany") && csv.contains("France"), "{csv}");
}
