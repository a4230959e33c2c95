//! Entity resolution across articles, as the linked-data issue asks (issue 4): one node
//! per real entity whatever name an article uses, one rdfs:label and the other names
//! as skos:altLabel, Wikidata links taken from the shared reference data.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use crate::util::*;

const PREFIXES: &str = "PREFIX sg: <https://w3id.org/stancegraph/ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX owl: <http://www.w3.org/2002/07/owl#>
";

/// Runs a SELECT and returns its CSV rows (header dropped), each split on commas.
fn select(dir: &Path, store: &str, query: &str) -> Vec<Vec<String>> {
    select_rows(dir, store, &format!("{PREFIXES}{query}"))
}

/// Entity IRI -> the articles (graphs) that mention it.
fn mentions(dir: &Path, store: &str) -> BTreeMap<String, BTreeSet<String>> {
    let mut map: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for row in select(
        dir,
        store,
        "SELECT ?e ?g WHERE { GRAPH ?g { ?g sg:mentions ?e } }",
    ) {
        map.entry(row[0].clone())
            .or_default()
            .insert(row[1].clone());
    }
    map
}

fn labels(dir: &Path, store: &str, entity: &str) -> (Vec<String>, BTreeSet<String>) {
    let main = select(
        dir,
        store,
        &format!("SELECT ?l WHERE {{ <{entity}> rdfs:label ?l }}"),
    )
    .into_iter()
    .map(|r| r[0].clone())
    .collect();
    let alt = select(
        dir,
        store,
        &format!("SELECT ?l WHERE {{ <{entity}> skos:altLabel ?l }}"),
    )
    .into_iter()
    .map(|r| r[0].clone())
    .collect();
    (main, alt)
}

fn no_entity_has_other_than_one_label(dir: &Path, store: &str) {
    let bad = select(
        dir,
        store,
        "SELECT ?e (COUNT(DISTINCT ?l) AS ?n) WHERE {
           VALUES ?class { sg:Person sg:Organization sg:Country sg:Proposal sg:Event }
           ?e a ?class . OPTIONAL { ?e rdfs:label ?l }
         } GROUP BY ?e HAVING (COUNT(DISTINCT ?l) != 1)",
    );
    assert!(
        bad.is_empty(),
        "entities without exactly one rdfs:label: {bad:?}"
    );
}

const SGR: &str = "https://w3id.org/stancegraph/id/";

#[test]
fn one_node_per_entity_across_our_own_articles() {
    let dir = temp();
    let articles = [
        (
            "a1.txt",
            "Trade council plan\n\nThe UK backed the plan for a joint trade council. \
             Tony Blair said the council would help exporters in both countries.\n",
        ),
        (
            "a2.txt",
            "Opposition attacks council\n\nThe Tories opposed the plan for a joint trade council. \
             Mr Blair said the critics had not read the proposal.\n",
        ),
        (
            "a3.txt",
            "Council vote delayed\n\nThe United Kingdom delayed a vote on the council. \
             The Conservative Party said it would vote against the plan, while the prime \
             minister Tony Blair urged MPs to back it.\n",
        ),
        (
            "a4.txt",
            "Ministers split over levy\n\nBritain is divided over the shipping levy. \
             Anna Brack, the transport minister, supported the shipping levy. Her cousin \
             Tom Brack, a backbench MP, opposed the shipping levy.\n",
        ),
    ];
    let mut args = vec!["ingest", "-q", "--store", "store"];
    for (name, text) in articles {
        std::fs::write(dir.path().join(name), text).unwrap();
        args.push(name);
    }
    ok(&run_in(dir.path(), &args));
    let mentions = mentions(dir.path(), "store");
    let article_of = |name: &str| -> String {
        select(
            dir.path(),
            "store",
            &format!("SELECT ?a WHERE {{ ?a sg:source \"{name}\" }}"),
        )[0][0]
            .clone()
    };
    let in_articles = |entity: &str| -> BTreeSet<String> {
        mentions
            .get(&format!("{SGR}{entity}"))
            .cloned()
            .unwrap_or_default()
    };
    let set =
        |names: &[&str]| -> BTreeSet<String> { names.iter().map(|n| article_of(n)).collect() };

    // "UK", "the United Kingdom", "Britain": one country.
    assert_eq!(
        in_articles("country/united-kingdom"),
        set(&["a1.txt", "a3.txt", "a4.txt"])
    );
    let (main, alt) = labels(dir.path(), "store", &format!("{SGR}country/united-kingdom"));
    assert_eq!(main, ["United Kingdom"]);
    assert!(alt.contains("UK") && alt.contains("Britain"), "{alt:?}");

    // "the Tories", "the Conservative Party": one party.
    assert_eq!(
        in_articles("org/conservative-party"),
        set(&["a2.txt", "a3.txt"])
    );
    let (main, alt) = labels(dir.path(), "store", &format!("{SGR}org/conservative-party"));
    assert_eq!(main, ["Conservative Party"]);
    assert!(alt.contains("Tories"), "{alt:?}");

    // "Tony Blair", "the prime minister Tony Blair", "Mr Blair": one person.
    // "Mr Blair" in an article that never gives his first name is Tony Blair too: the
    // store holds one full-name person with that surname (issue 4; src/link.rs).
    assert_eq!(
        in_articles("person/tony-blair"),
        set(&["a1.txt", "a2.txt", "a3.txt"])
    );
    assert!(in_articles("person/blair").is_empty());
    let (main, alt) = labels(dir.path(), "store", &format!("{SGR}person/tony-blair"));
    assert_eq!(main, ["Tony Blair"]);
    assert!(alt.contains("Mr Blair"), "{alt:?}");

    // Two people who share a surname stay two nodes.
    assert_eq!(in_articles("person/anna-brack"), set(&["a4.txt"]));
    assert_eq!(in_articles("person/tom-brack"), set(&["a4.txt"]));
    assert!(
        !mentions.keys().any(|e| e.ends_with("/person/brack")),
        "no merged 'Brack' node: {mentions:?}"
    );

    no_entity_has_other_than_one_label(dir.path(), "store");
}

/// The Wikidata id of a row of the shared reference data, by column values.
fn reference_qid(file: &Path, want: &[(&str, &str)]) -> String {
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(b'\t')
        .quoting(false)
        .from_path(file)
        .unwrap();
    let header = reader.headers().unwrap().clone();
    let column = |name: &str| header.iter().position(|h| h == name).unwrap();
    let matches: Vec<String> = reader
        .records()
        .map(|r| r.unwrap())
        .filter(|r| want.iter().all(|(col, value)| &r[column(col)] == *value))
        .map(|r| r[column("wikidata")].to_string())
        .collect();
    assert_eq!(
        matches.len(),
        1,
        "{want:?} in {}: {matches:?}",
        file.display()
    );
    matches[0].clone()
}

#[test]
fn the_development_articles_together_link_countries_alliances_and_parties_to_wikidata() {
    let shared = shared();
    let dir = temp();
    let store = dir.path().join("store");
    let list = std::fs::read_to_string(shared.join("eval/dev-articles.txt")).unwrap();
    let mut args = vec!["ingest", "-q", "--store", store.to_str().unwrap()];
    args.extend(list.lines().filter(|l| !l.trim().is_empty()));
    ok(&run_in(&shared.join("corpus"), &args));
    let store = store.to_str().unwrap();
    let reference = shared.join("data/reference");
    let countries = reference.join("countries.tsv");
    let organisations = reference.join("organisations.tsv");
    let expected = [
        (
            "country/germany",
            reference_qid(&countries, &[("iso_alpha3", "DEU")]),
        ),
        (
            "country/united-kingdom",
            reference_qid(&countries, &[("iso_alpha3", "GBR")]),
        ),
        (
            "org/nato",
            reference_qid(&organisations, &[("short_name", "NATO")]),
        ),
        (
            "org/labour-party",
            reference_qid(
                &organisations,
                &[("name", "Labour Party"), ("country", "GBR")],
            ),
        ),
        (
            "org/conservative-party",
            reference_qid(
                &organisations,
                &[("name", "Conservative Party"), ("country", "GBR")],
            ),
        ),
    ];
    let mentions = mentions(dir.path(), store);
    for (entity, qid) in expected {
        let iri = format!("{SGR}{entity}");
        assert!(
            mentions.contains_key(&iri),
            "the dev articles mention {entity}"
        );
        let same_as: Vec<String> = select(
            dir.path(),
            store,
            &format!("SELECT ?w WHERE {{ <{iri}> owl:sameAs ?w }}"),
        )
        .into_iter()
        .map(|r| r[0].clone())
        .collect();
        assert_eq!(
            same_as,
            [format!("http://www.wikidata.org/entity/{qid}")],
            "{entity}"
        );
    }
    // Across the 19 articles, the UK and the Conservatives are one node each under any name.
    for (iri, wrong) in [
        ("country/united-kingdom", ["Britain", "UK"]),
        ("org/conservative-party", ["Tories", "Conservatives"]),
    ] {
        for name in wrong {
            let others = select(
                dir.path(),
                store,
                &format!(
                    "SELECT ?e WHERE {{ ?e rdfs:label \"{name}\" FILTER(?e != <{SGR}{iri}>) }}"
                ),
            );
            assert!(others.is_empty(), "{name:?} is its own node: {others:?}");
        }
    }
    no_entity_has_other_than_one_label(dir.path(), store);
}

/// Rows of a TSV file as maps from column name to value.
fn tsv_rows(path: &Path) -> Vec<BTreeMap<String, String>> {
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(b'\t')
        .quoting(false)
        .flexible(true)
        .from_path(path)
        .unwrap_or_else(|err| panic!("{}: {err}", path.display()));
    let header = reader.headers().unwrap().clone();
    reader
        .records()
        .map(|r| {
            let r = r.unwrap();
            header
                .iter()
                .zip(r.iter())
                .map(|(h, v)| (h.to_string(), v.to_string()))
                .collect()
        })
        .collect()
}

#[test]
fn every_wikidata_id_in_the_gazetteer_that_cites_the_reference_data_is_in_it() {
    let reference = shared().join("data/reference");
    for (gazetteer, reference_file) in [
        ("countries.tsv", "countries.tsv"),
        ("organisations.tsv", "organisations.tsv"),
    ] {
        let known: BTreeSet<String> = tsv_rows(&reference.join(reference_file))
            .into_iter()
            .filter_map(|row| row.get("wikidata").cloned())
            .filter(|qid| !qid.is_empty())
            .collect();
        let rows = tsv_rows(&repo().join("data/gazetteer").join(gazetteer));
        let mut n_checked = 0;
        for row in &rows {
            let qid = &row["wikidata"];
            let cited =
                row["source"].starts_with(&format!("shared/data/reference/{reference_file}"));
            if qid.is_empty() {
                continue;
            }
            assert!(
                cited || row["source"].contains("reference"),
                "{gazetteer}: {} has {qid} without saying where it came from ({:?})",
                row["id"],
                row["source"]
            );
            if cited {
                assert!(
                    known.contains(qid),
                    "{gazetteer}: {} has {qid}, which {reference_file} does not hold",
                    row["id"]
                );
                n_checked += 1;
            }
        }
        assert!(n_checked > 100, "{gazetteer}: only {n_checked} ids checked");
    }
}

#[test]
fn the_office_holders_gazetteer_is_consistent() {
    let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("data/gazetteer");
    let offices: BTreeSet<String> = tsv_rows(&data.join("offices.tsv"))
        .into_iter()
        .map(|row| row["id"].clone())
        .collect();
    let mut terms: BTreeMap<String, Vec<(String, String, String)>> = BTreeMap::new();
    for row in tsv_rows(&data.join("office_holders.tsv")) {
        let office = row["office"].clone();
        assert!(offices.contains(&office), "no office {office:?}: {row:?}");
        let to = if row["to"].is_empty() {
            "9999-12".to_string()
        } else {
            row["to"].clone()
        };
        assert!(
            row["from"] < to,
            "a term that ends before it starts: {row:?}"
        );
        terms
            .entry(office)
            .or_default()
            .push((row["from"].clone(), to, row["person"].clone()));
    }
    // Every post has holders, and one holder at a time: a gap is allowed (an
    // acting holder left out), an overlap is a typing error.
    for office in &offices {
        let held = terms
            .get_mut(office)
            .unwrap_or_else(|| panic!("{office} has no holders"));
        held.sort();
        for pair in held.windows(2) {
            assert!(pair[0].1 <= pair[1].0, "{office}: {pair:?} overlap");
        }
        let open = held.iter().filter(|t| t.1 == "9999-12").count();
        assert!(open <= 1, "{office}: {open} holders in office now");
    }
}
