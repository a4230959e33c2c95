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

#[test]
fn results_sorted_by_stancegraph_come_in_the_order_oxigraph_gives() {
    // Issue 5: a SELECT ordered by projected variables is sorted on decoded terms
    // by the store layer; a LIMIT keeps Oxigraph's own sort, which is the reference.
    let dir = temp();
    ingest_examples(dir.path());
    let prefix = "PREFIX sg: <https://w3id.org/stancegraph/ns#>
        PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>";
    for (select, order) in [
        // Plain strings, IRIs and unbound values, both ways.
        (
            "SELECT ?s ?label ?kind WHERE { ?s rdfs:label ?label OPTIONAL { ?s sg:kind ?kind } }",
            "ORDER BY ?kind DESC(?label) ?s",
        ),
        // Numbers: compared by value, which only Oxigraph's sort does.
        (
            "SELECT ?e ?start WHERE { GRAPH ?g { ?e sg:start ?start } }",
            "ORDER BY DESC(?start) ?e",
        ),
    ] {
        let ours = query_csv(dir.path(), &[&format!("{prefix} {select} {order}")]);
        let reference = query_csv(
            dir.path(),
            &[&format!("{prefix} {select} {order} LIMIT 100000")],
        );
        assert!(ours.lines().count() > 10, "{ours}");
        assert_eq!(ours, reference);
    }
}

#[test]
fn the_store_default_graph_line_reads_entity_descriptions_only() {
    // Issue 5: who-endorsed-what reads entity labels from the store's default graph.
    let dir = temp();
    ingest_examples(dir.path());
    let count = "SELECT (COUNT(*) AS ?n) WHERE { ?a a <https://w3id.org/stancegraph/ns#Article> }";
    let union = query_csv(dir.path(), &[count]);
    assert_eq!(union.lines().nth(1), Some("4"), "{union}");
    let own = query_csv(dir.path(), &[&format!("# default-graph: store\n{count}")]);
    assert_eq!(own.lines().nth(1), Some("0"), "{own}");
}
