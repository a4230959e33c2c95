//! `query`: the union default graph, saved queries, result formats.

use crate::util::*;

#[test]
fn who_endorses_what_works_over_the_union_of_article_graphs() {
    let dir = temp();
    ingest_examples(dir.path());
    let sparql = "PREFIX sg: <https://w3id.org/stancegraph/ns#>
        PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        SELECT ?who ?what WHERE { ?w sg:endorses ?t . ?w rdfs:label ?who . ?t rdfs:label ?what } ORDER BY ?who ?what";
    let csv = query_csv(dir.path(), &[sparql]);
    assert!(csv.starts_with("who,what"), "{csv}");
    assert!(
        csv.lines()
            .any(|l| l.starts_with("Germany,") && l.contains("NATO Cyber Centre")),
        "{csv}"
    );
    assert!(
        csv.lines()
            .any(|l| l.starts_with("United Kingdom,") && l.contains("NATO Cyber Centre")),
        "{csv}"
    );
}

#[test]
fn graph_patterns_still_reach_one_article() {
    let dir = temp();
    ingest_examples(dir.path());
    let sparql = "PREFIX sg: <https://w3id.org/stancegraph/ns#>
        SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?a a sg:Article } }";
    let csv = query_csv(dir.path(), &[sparql]);
    assert_eq!(csv.lines().nth(1), Some("4"), "{csv}");
}

#[test]
fn every_saved_query_runs() {
    let dir = temp();
    ingest_examples(dir.path());
    let list = ok(&run_in(dir.path(), &["query", "--list"]));
    let names: Vec<&str> = list
        .lines()
        .filter_map(|l| l.split_whitespace().next())
        .collect();
    for name in [
        "who-endorsed-what",
        "who-opposed-what",
        "quotes-by-speaker",
        "roles",
        "entity",
        "stance-changes",
    ] {
        assert!(names.contains(&name), "{name} is listed: {list}");
    }
    for name in names {
        let out = run_in(
            dir.path(),
            &["query", "--store", "store", "--format", "tsv", name],
        );
        ok(&out);
    }
}

#[test]
fn the_saved_stance_changes_query_finds_the_uk_turnaround() {
    let dir = temp();
    ingest_examples(dir.path());
    let csv = query_csv(dir.path(), &["stance-changes"]);
    assert!(
        csv.lines().any(|l| l.starts_with("United Kingdom,")),
        "{csv}"
    );
}

#[test]
fn the_entity_query_takes_a_name() {
    let dir = temp();
    ingest_examples(dir.path());
    let csv = query_csv(dir.path(), &["--entity", "Jens Stoltenberg", "entity"]);
    assert!(csv.contains("Secretary General"), "{csv}");
}

#[test]
fn select_prints_in_each_results_format() {
    let dir = temp();
    ingest_examples(dir.path());
    let json = ok(&run_in(
        dir.path(),
        &[
            "query",
            "--store",
            "store",
            "--format",
            "json",
            "who-endorsed-what",
        ],
    ));
    let parsed: serde_json::Value = serde_json::from_str(&json).expect("SPARQL JSON parses");
    assert!(!parsed["results"]["bindings"].as_array().unwrap().is_empty());
    let xml = ok(&run_in(
        dir.path(),
        &[
            "query",
            "--store",
            "store",
            "--format",
            "xml",
            "who-endorsed-what",
        ],
    ));
    assert!(xml.contains("<sparql") && xml.contains("<result>"), "{xml}");
    let tsv = ok(&run_in(
        dir.path(),
        &[
            "query",
            "--store",
            "store",
            "--format",
            "tsv",
            "who-endorsed-what",
        ],
    ));
    assert!(tsv.starts_with("?holder\t?target"), "{tsv}");
    let table = ok(&run_in(
        dir.path(),
        &[
            "query",
            "--store",
            "store",
            "--format",
            "table",
            "who-endorsed-what",
        ],
    ));
    assert!(
        table.contains("│ holder") || table.contains("| holder"),
        "{table}"
    );
    assert!(table.contains(" rows"), "{table}");
}

#[test]
fn ask_and_construct_print_their_own_kinds() {
    let dir = temp();
    ingest_examples(dir.path());
    let ask = ok(&run_in(
        dir.path(),
        &[
            "query",
            "--store",
            "store",
            "ASK { ?s <https://w3id.org/stancegraph/ns#endorses> ?o }",
        ],
    ));
    assert_eq!(ask.trim(), "true");
    let ttl = ok(&run_in(
        dir.path(),
        &["query", "--store", "store", "--format", "ntriples", "CONSTRUCT { ?s <https://w3id.org/stancegraph/ns#endorses> ?o } WHERE { ?s <https://w3id.org/stancegraph/ns#endorses> ?o }"],
    ));
    assert!(
        ttl.lines().all(|l| l.ends_with(" .")) && !ttl.is_empty(),
        "{ttl}"
    );
}

#[test]
fn bad_sparql_and_unknown_names_are_clear_errors() {
    let dir = temp();
    ingest_examples(dir.path());
    let out = run_in(
        dir.path(),
        &["query", "--store", "store", "SELECT ?x WHERE { ?x"],
    );
    assert!(!out.status.success());
    assert!(stderr(&out).contains("invalid SPARQL"), "{}", stderr(&out));
    let out = run_in(dir.path(), &["query", "--store", "store", "no-such-query"]);
    assert!(
        stderr(&out).contains("neither SPARQL nor a saved query"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn the_events_query_gives_place_organiser_and_who_spoke_there() {
    let dir = temp();
    ingest_examples(dir.path());
    let out = query_csv(dir.path(), &["events"]);
    // The seed's conference is held in Berlin, organised by NATO, and Germany
    // and the United Kingdom took their position there.
    let conference: Vec<&str> = out
        .lines()
        .filter(|l| l.starts_with("Cyber Defen") && l.contains(",Berlin,NATO,"))
        .collect();
    assert!(conference.iter().any(|l| l.contains(",Germany,")), "{out}");
    assert!(
        conference.iter().any(|l| l.contains(",United Kingdom,")),
        "{out}"
    );
    assert!(
        out.lines()
            .any(|l| l.starts_with("summit in Vilnius,summit,Vilnius,")),
        "{out}"
    );
}
