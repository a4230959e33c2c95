//! Linking surname-only persons across articles (issue 4, item 1): "Mr Blair" in
//! an article that never gives his first name is Tony Blair when the store holds
//! exactly one full-name person with that surname, named by an article that shares
//! an entity with this one, whatever the order of ingests; never when it holds none
//! or several, or when the articles share nothing; and a removal undoes what it no
//! longer supports.

use std::collections::BTreeSet;
use std::path::Path;

use crate::util::*;

const PREFIXES: &str = "PREFIX sg: <https://w3id.org/stancegraph/ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
";

const SGR: &str = "https://w3id.org/stancegraph/id/";

const FULL_NAME: (&str, &str) = (
    "full.txt",
    "Trade council plan\n\nThe UK backed the plan for a joint trade council. \
     Tony Blair said the council would help exporters in both countries.\n",
);
const SURNAME_ONLY: (&str, &str) = (
    "surname.txt",
    "Opposition attacks council\n\nThe Tories opposed the plan for a joint trade council. \
     Mr Blair said the critics had not read the proposal.\n",
);
const ANNA: (&str, &str) = (
    "anna.txt",
    "Levy backed\n\nAnna Brack, the transport minister, supported the shipping levy.\n",
);
const TOM: (&str, &str) = (
    "tom.txt",
    "Levy attacked\n\nTom Brack, a backbench MP, opposed the shipping levy.\n",
);
const MR_BRACK: (&str, &str) = (
    "brack.txt",
    "Levy vote\n\nMr Brack backed the shipping levy, which he said would pass next week.\n",
);

fn write(dir: &Path, articles: &[(&str, &str)]) {
    for (name, text) in articles {
        std::fs::write(dir.join(name), text).unwrap();
    }
}

fn ingest(dir: &Path, store: &str, names: &[&str]) -> String {
    let mut args = vec!["ingest", "-q", "--store", store];
    args.extend_from_slice(names);
    ok(&run_in(dir, &args))
}

/// The whole store as sorted N-Quads lines.
fn dump(dir: &Path, store: &str) -> Vec<String> {
    let out = ok(&run_in(
        dir,
        &["export", "--store", store, "--format", "nquads"],
    ));
    let mut lines: Vec<String> = out.lines().map(str::to_string).collect();
    lines.sort();
    lines
}

/// A dump's lines in article graphs and in the default graph.
fn split(dump: Vec<String>) -> (BTreeSet<String>, BTreeSet<String>) {
    let (mut named, mut default) = (BTreeSet::new(), BTreeSet::new());
    for line in dump {
        let quad = oxigraph::io::RdfParser::from_format(oxigraph::io::RdfFormat::NQuads)
            .for_slice(line.as_bytes())
            .next()
            .expect("one quad a line")
            .expect("the export parses");
        if quad.graph_name.is_default_graph() {
            default.insert(line);
        } else {
            named.insert(line);
        }
    }
    (named, default)
}

/// Runs a SELECT and returns its CSV rows (header dropped).
fn select(dir: &Path, store: &str, query: &str) -> Vec<Vec<String>> {
    select_rows(dir, store, &format!("{PREFIXES}{query}"))
}

/// The entities an article (by source) mentions.
fn mentioned_by(dir: &Path, store: &str, source: &str) -> BTreeSet<String> {
    select(
        dir,
        store,
        &format!("SELECT ?e WHERE {{ GRAPH ?g {{ ?g sg:source \"{source}\" ; sg:mentions ?e }} }}"),
    )
    .into_iter()
    .map(|r| r[0].clone())
    .collect()
}

/// Name links as (article source, name, from, to, rule).
fn links(dir: &Path, store: &str) -> Vec<Vec<String>> {
    select(
        dir,
        store,
        "SELECT ?source ?name ?from ?to ?rule WHERE { GRAPH ?g {
           ?link a sg:NameLink ; sg:linkedName ?name ; sg:linkedFrom ?from ; sg:linkedTo ?to ;
                 sg:rule ?rule ; sg:article ?g . ?g sg:source ?source } } ORDER BY ?source",
    )
}

fn strings(values: &[&str]) -> Vec<String> {
    values.iter().map(|v| v.to_string()).collect()
}

#[test]
fn mr_blair_alone_is_tony_blair_whichever_article_comes_first() {
    let dir = temp();
    let d = dir.path();
    write(d, &[FULL_NAME, SURNAME_ONLY]);
    ingest(d, "surname-first", &[SURNAME_ONLY.0]);
    let out = ingest(d, "surname-first", &[FULL_NAME.0]);
    assert!(
        out.contains("linked 1 surname-only persons"),
        "the ingest says what it linked: {out}"
    );
    ingest(d, "full-first", &[FULL_NAME.0]);
    ingest(d, "full-first", &[SURNAME_ONLY.0]);
    ingest(d, "together", &[SURNAME_ONLY.0, FULL_NAME.0]);
    let reference = dump(d, "surname-first");
    assert_eq!(dump(d, "full-first"), reference, "the order of ingests");
    assert_eq!(dump(d, "together"), reference, "one ingest or two");

    let blair = format!("{SGR}person/blair");
    let tony_blair = format!("{SGR}person/tony-blair");
    let mentioned = mentioned_by(d, "together", SURNAME_ONLY.0);
    assert!(mentioned.contains(&tony_blair), "{mentioned:?}");
    assert!(!mentioned.contains(&blair), "{mentioned:?}");
    // Every fact of the article uses the one node: the quote's speaker too.
    let speakers = select(
        d,
        "together",
        "SELECT DISTINCT ?speaker WHERE { ?q a sg:Quote ; sg:speaker ?speaker }",
    );
    assert_eq!(speakers, [[tony_blair.clone()]]);
    // No description of the surname node is left, and no fact refers to it.
    assert!(select(
        d,
        "together",
        &format!("SELECT ?p WHERE {{ <{blair}> ?p ?o }}")
    )
    .is_empty());
    let referring = select(
        d,
        "together",
        &format!("SELECT ?p WHERE {{ ?s ?p <{blair}> }}"),
    );
    assert_eq!(referring, [["https://w3id.org/stancegraph/ns#linkedFrom"]]);
    // How it was resolved is in the article's graph.
    assert_eq!(
        links(d, "together"),
        [strings(&[
            SURNAME_ONLY.0,
            "Blair",
            &blair,
            &tony_blair,
            "link/person/unique-surname-shared-mention-1"
        ])]
    );
    // One label, the full name; the other names as alternative labels.
    let labels = select(
        d,
        "together",
        &format!("SELECT ?l WHERE {{ <{tony_blair}> rdfs:label ?l }}"),
    );
    assert_eq!(labels, [["Tony Blair"]]);
    let alt: BTreeSet<String> = select(
        d,
        "together",
        &format!("SELECT ?l WHERE {{ <{tony_blair}> skos:altLabel ?l }}"),
    )
    .into_iter()
    .map(|r| r[0].clone())
    .collect();
    assert_eq!(alt, strings(&["Blair", "Mr Blair"]).into_iter().collect());
    ok(&run_in(d, &["validate", "--store", "together"]));

    // A second run changes nothing.
    let out = ingest(d, "together", &[SURNAME_ONLY.0, FULL_NAME.0]);
    assert!(out.contains("0 stored, 0 replaced, 2 unchanged"), "{out}");
    assert!(!out.contains("linked"), "{out}");
    assert_eq!(dump(d, "together"), reference);
}

#[test]
fn an_article_linked_on_its_way_in_is_unchanged_when_ingested_again() {
    // The tie is NATO, a one-word name: it must count as shared whether the article
    // is linked on its way in or by the pass after the ingest (a one-word
    // organisation was once mistaken for a surname on the way in, so re-ingesting
    // such an article rewrote it: "1 replaced").
    let dir = temp();
    let d = dir.path();
    write(
        d,
        &[
            (
                "full.txt",
                "Alliance summit\n\nTony Blair said NATO would meet in June.\n",
            ),
            (
                "surname.txt",
                "Summit call\n\nMr Blair said NATO had to act.\n",
            ),
        ],
    );
    ingest(d, "store", &["full.txt"]);
    let out = ingest(d, "store", &["surname.txt"]);
    assert!(!out.contains("linked"), "linked on the way in: {out}");
    assert!(mentioned_by(d, "store", "surname.txt").contains(&format!("{SGR}person/tony-blair")));
    let out = ingest(d, "store", &["surname.txt", "full.txt"]);
    assert!(out.contains("0 stored, 0 replaced, 2 unchanged"), "{out}");
    ingest(d, "together", &["surname.txt", "full.txt"]);
    assert_eq!(dump(d, "together"), dump(d, "store"));
}

#[test]
fn a_surname_that_two_full_names_share_stays_its_own_node_in_any_order() {
    let dir = temp();
    let d = dir.path();
    write(d, &[ANNA, TOM, MR_BRACK]);
    let brack = format!("{SGR}person/brack");
    // With Anna Brack alone in the store, Mr Brack is she.
    ingest(d, "store", &[ANNA.0, MR_BRACK.0]);
    assert!(mentioned_by(d, "store", MR_BRACK.0).contains(&format!("{SGR}person/anna-brack")));
    // Tom Brack makes the surname ambiguous: the link is undone.
    let out = ingest(d, "store", &[TOM.0]);
    assert!(out.contains("undid 1 links"), "{out}");
    assert!(mentioned_by(d, "store", MR_BRACK.0).contains(&brack));
    assert!(links(d, "store").is_empty());
    let labels = select(
        d,
        "store",
        &format!("SELECT ?l WHERE {{ <{brack}> a sg:Person ; rdfs:label ?l }}"),
    );
    assert_eq!(labels, [["Brack"]], "the surname node is described again");
    // Any order gives the same article graphs and descriptions, except that the
    // person an undone link pointed to keeps the names it gave her or him as
    // alternative labels: descriptions of an entity still in the store only grow.
    ingest(d, "together", &[MR_BRACK.0, TOM.0, ANNA.0]);
    ingest(d, "one-by-one", &[TOM.0]);
    ingest(d, "one-by-one", &[MR_BRACK.0]);
    ingest(d, "one-by-one", &[ANNA.0]);
    let (graphs, descriptions) = split(dump(d, "together"));
    let kept_names: BTreeSet<String> = ["anna-brack", "tom-brack"]
        .iter()
        .flat_map(|person| {
            ["Brack", "Mr Brack"].map(|name| {
                format!("<{SGR}person/{person}> <http://www.w3.org/2004/02/skos/core#altLabel> \"{name}\" .")
            })
        })
        .collect();
    for (other, kept_by) in [("store", "anna-brack"), ("one-by-one", "tom-brack")] {
        let (other_graphs, other_descriptions) = split(dump(d, other));
        assert_eq!(other_graphs, graphs, "{other}");
        assert!(descriptions.is_subset(&other_descriptions), "{other}");
        let extra: Vec<&String> = other_descriptions.difference(&descriptions).collect();
        assert_eq!(extra.len(), 2, "{other}: {extra:?}");
        assert!(
            extra
                .iter()
                .all(|l| kept_names.contains(*l) && l.contains(kept_by)),
            "{other}: {extra:?}"
        );
    }
    ok(&run_in(d, &["validate", "--store", "store"]));
}

#[test]
fn a_surname_in_an_article_that_shares_nothing_with_the_full_name_stays_apart() {
    // Lord Hamilton the judge is not Mark Hamilton the insurer's spokesman, though
    // Mark Hamilton is the only Hamilton named in full: the articles share no entity.
    let dir = temp();
    let d = dir.path();
    write(
        d,
        &[
            (
                "insurer.txt",
                "Insurer results\n\nAxa spokesman Mark Hamilton said the stock market had grown.\n",
            ),
            (
                "court.txt",
                "Court ruling\n\nJudge Lord Hamilton ruled that the complaint should be heard again.\n",
            ),
        ],
    );
    ingest(d, "store", &["insurer.txt", "court.txt"]);
    assert!(links(d, "store").is_empty(), "{:?}", links(d, "store"));
    let hamilton = format!("{SGR}person/hamilton");
    assert!(mentioned_by(d, "store", "court.txt").contains(&hamilton));
    assert!(mentioned_by(d, "store", "insurer.txt").contains(&format!("{SGR}person/mark-hamilton")));
}

#[test]
fn removing_the_only_full_name_article_undoes_the_link() {
    let dir = temp();
    let d = dir.path();
    write(d, &[FULL_NAME, SURNAME_ONLY]);
    ingest(d, "store", &[FULL_NAME.0, SURNAME_ONLY.0]);
    assert_eq!(links(d, "store").len(), 1);
    let out = ok(&run_in(d, &["remove", "--store", "store", FULL_NAME.0]));
    assert!(out.contains("undid 1 links"), "{out}");
    // The store is what an ingest of the remaining article alone gives, quad for
    // quad: "Mr Blair" is sgr:person/blair again, and Tony Blair, whom no article
    // names any more, is gone with his description.
    ingest(d, "alone", &[SURNAME_ONLY.0]);
    assert_eq!(dump(d, "store"), dump(d, "alone"));
    assert!(mentioned_by(d, "store", SURNAME_ONLY.0).contains(&format!("{SGR}person/blair")));
    ok(&run_in(d, &["validate", "--store", "store"]));
    // Ingesting the full-name article again links it again.
    ingest(d, "store", &[FULL_NAME.0]);
    assert_eq!(links(d, "store").len(), 1);
}

#[test]
fn the_development_articles_together_give_one_node_per_person() {
    let shared = shared();
    let dir = temp();
    let store = dir.path().join("store");
    let store = store.to_str().unwrap();
    let list = std::fs::read_to_string(shared.join("eval/dev-articles.txt")).unwrap();
    let mut args = vec!["ingest", "-q", "--store", store];
    args.extend(list.lines().filter(|l| !l.trim().is_empty()));
    ok(&run_in(&shared.join("corpus"), &args));
    // Persons named in full by some article, by surname.
    let persons = select(
        dir.path(),
        store,
        "SELECT DISTINCT ?e ?label WHERE { GRAPH ?g { ?g sg:mentions ?e } ?e a sg:Person ; rdfs:label ?label }",
    );
    let full_names = |surname: &str| -> Vec<String> {
        persons
            .iter()
            .filter(|r| r[1].contains(' ') && r[1].rsplit(' ').next() == Some(surname))
            .map(|r| r[0].clone())
            .collect()
    };
    // No person is named by surname alone when exactly one full name has it.
    for row in persons.iter().filter(|r| !r[1].contains(' ')) {
        assert_ne!(
            full_names(&row[1]).len(),
            1,
            "{} ({}) should be linked",
            row[0],
            row[1]
        );
    }
    // The names the articles give by surname alone somewhere.
    for (surname, person) in [
        ("Howard", "michael-howard"),
        ("Trump", "donald-trump"),
        ("Obama", "barack-obama"),
    ] {
        let iri = format!("{SGR}person/{person}");
        assert_eq!(full_names(surname), std::slice::from_ref(&iri));
        let linked: Vec<Vec<String>> = links(dir.path(), store)
            .into_iter()
            .filter(|r| r[1] == surname)
            .collect();
        assert!(!linked.is_empty(), "{surname} is linked somewhere");
        assert!(linked.iter().all(|r| r[3] == iri), "{linked:?}");
    }
    // Tony Blair is one node too (the dev articles name him in full where they name him).
    assert!(persons
        .iter()
        .all(|r| !r[0].ends_with("/person/blair") && !r[0].ends_with("/person/howard")));
    ok(&run_in(dir.path(), &["validate", "--store", store]));

    // Ingested one by one in reverse order, they give the same article graphs.
    let reversed = dir.path().join("reversed");
    let reversed = reversed.to_str().unwrap();
    for article in list.lines().filter(|l| !l.trim().is_empty()).rev() {
        ok(&run_in(
            &shared.join("corpus"),
            &["ingest", "-q", "--store", reversed, article],
        ));
    }
    let (graphs, _) = split(dump(dir.path(), store));
    let (reversed_graphs, _) = split(dump(dir.path(), reversed));
    assert_eq!(reversed_graphs, graphs);
}

/// A feed of `pairs` pairs of articles: one names a minister in full, the other
/// only as "Mr <surname>", about the same plan; every surname is different.
fn paired_feed(pairs: usize) -> String {
    const HEADS: &[&str] = &["Ba", "Ko", "Ri", "Ta", "Lu", "Me", "So", "Vi", "Da", "Ne"];
    const MIDDLES: &[&str] = &["ra", "lo", "mi", "se", "du", "ka", "po", "ne", "ti", "va"];
    const ENDS: &[&str] = &["kor", "van", "lin", "rez", "mond", "dak"];
    const PLANS: &[&str] = &[
        "the water plan",
        "the port deal",
        "the rail bill",
        "the carbon tax",
    ];
    let mut feed = String::new();
    for idx in 0..pairs {
        let surname = format!(
            "{}{}{}",
            HEADS[idx % HEADS.len()],
            MIDDLES[(idx / HEADS.len()) % MIDDLES.len()],
            ENDS[(idx / (HEADS.len() * MIDDLES.len())) % ENDS.len()]
        );
        let plan = PLANS[idx % PLANS.len()];
        let full = format!(
            "Foreign Minister Irena {surname} backed {plan} on day {idx}.\n\n\"We will not accept delays,\" said Irena {surname}."
        );
        let short = format!("Mr {surname} opposed {plan} on day {idx}, officials said.");
        for (kind, text) in [("full", full), ("short", short)] {
            feed.push_str(
                &serde_json::json!({"id": format!("{kind}-{idx:04}"), "title": format!("Talks, day {idx}"), "text": text})
                    .to_string(),
            );
            feed.push('\n');
        }
    }
    feed
}

#[test]
fn an_ingest_killed_before_or_while_it_links_is_completed_by_the_next_one() {
    use std::process::Stdio;
    use std::time::Instant;
    const PAIRS: usize = 600;
    let dir = temp();
    let d = dir.path();
    std::fs::write(d.join("feed.jsonl"), paired_feed(PAIRS)).unwrap();
    let started = Instant::now();
    let out = ingest(d, "reference", &["feed.jsonl"]);
    let clean = started.elapsed();
    assert!(
        out.contains(&format!("linked {PAIRS} surname-only persons")),
        "{out}"
    );
    let (reference_graphs, reference_descriptions) = split(dump(d, "reference"));

    let mut killed = 0;
    for fraction in [0.3, 0.6, 0.9] {
        let mut child = bin()
            .current_dir(d)
            .args(["ingest", "-q", "--store", "crashed", "feed.jsonl"])
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("the ingest starts");
        let deadline = Instant::now() + clean.mul_f64(fraction);
        if kill_at(&mut child, deadline) {
            killed += 1;
        }
    }
    assert!(killed > 0, "no kill landed before the ingest finished");

    // The next ingest links what the killed ones stored unlinked.
    ingest(d, "crashed", &["feed.jsonl"]);
    let (graphs, descriptions) = split(dump(d, "crashed"));
    assert!(
        graphs == reference_graphs,
        "the article graphs differ from a clean ingest"
    );
    let extra: Vec<&String> = descriptions.difference(&reference_descriptions).collect();
    let missing: Vec<&String> = reference_descriptions.difference(&descriptions).collect();
    assert!(
        extra.is_empty() && missing.is_empty(),
        "the entity descriptions differ from a clean ingest: extra {extra:?}, missing {missing:?}"
    );
}

#[test]
fn a_peer_or_knight_named_by_one_word_is_not_linked_though_the_articles_share_a_topic() {
    // Both articles name the joint trade council; "Lord Blair" and "Sir Tony" are not
    // Tony Blair for that, but "Mr Blair" is.
    let dir = temp();
    let d = dir.path();
    let peer = (
        "peer.txt",
        "Peers on the council\n\nThe UK backed the plan for a joint trade council. \
         Lord Blair said the council would need a charter.\n",
    );
    write(d, &[FULL_NAME, peer]);
    ingest(d, "store", &["full.txt", "peer.txt"]);
    assert!(links(d, "store").is_empty(), "{:?}", links(d, "store"));
    assert!(!mentioned_by(d, "store", "peer.txt").contains(&format!("{SGR}person/tony-blair")));

    // The control: the same article with "Mr Blair" is linked.
    let mister = ("mister.txt", &peer.1.replace("Lord Blair", "Mr Blair")[..]);
    let other = temp();
    write(other.path(), &[FULL_NAME, mister]);
    ingest(other.path(), "store", &["full.txt", "mister.txt"]);
    assert!(
        mentioned_by(other.path(), "store", "mister.txt")
            .contains(&format!("{SGR}person/tony-blair")),
        "{:?}",
        links(other.path(), "store")
    );
}
