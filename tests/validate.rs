//! `validate`: the shapes as SPARQL in Rust, agreeing with pySHACL on clean and broken data
//! (issue 4).

use std::collections::BTreeSet;
use std::path::Path;
use std::process::Command;

use crate::util::*;

fn ingest_own(dir: &Path) {
    std::fs::write(dir.join("a.txt"), RHINE_ARTICLE).unwrap();
    ok(&run_in(dir, &["ingest", "-q", "--store", "store", "a.txt"]));
}

/// pySHACL's results as `focus \t path \t component` lines.
fn pyshacl(path: &Path) -> BTreeSet<String> {
    let out = Command::new("python3")
        .arg(repo().join("scripts/shacl_results.py"))
        .arg(path)
        .output()
        .expect("python3 runs");
    assert!(
        out.status.success(),
        "pySHACL failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(str::to_string)
        .collect()
}

/// validate's results, as (article, `focus \t path \t component`) pairs.
fn ours(dir: &Path, args: &[&str]) -> (bool, Vec<(String, String)>) {
    let mut all = vec!["validate", "--format", "tsv"];
    all.extend_from_slice(args);
    let out = run_in(dir, &all);
    let rows = stdout(&out)
        .lines()
        .map(|line| {
            let cells: Vec<&str> = line.split('\t').collect();
            assert_eq!(cells.len(), 6, "{line}");
            (cells[0].to_string(), cells[1..4].join("\t"))
        })
        .collect();
    (out.status.success(), rows)
}

const SG: &str = "https://w3id.org/stancegraph/ns#";
const SGR: &str = "https://w3id.org/stancegraph/id/";
const XSD: &str = "http://www.w3.org/2001/XMLSchema#";

/// Quads that break every kind of constraint the shapes use, in `article`'s graph.
fn broken_quads(article: &str) -> String {
    let type_ = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>";
    let label = "<http://www.w3.org/2000/01/rdf-schema#label>";
    let g = format!("<{article}>");
    let mut lines = Vec::new();
    let mut add = |s: &str, p: &str, o: &str, graph: &str| {
        lines.push(format!("{s} {p} {o} {graph} ."));
    };
    let sg = |local: &str| format!("<{SG}{local}>");
    let r = |path: &str| format!("<{SGR}{path}>");
    let int = |n: &str| format!("\"{n}\"^^<{XSD}integer>");
    // A stance: no rule (minCount), two confidences (maxCount), one out of range
    // (maxInclusive) and one a plain string (datatype, minInclusive), a polarity outside
    // sh:in, a proposal as holder (sh:node), an untyped evidence (sh:class).
    let stance = r("stance/0bad");
    add(&stance, type_, &sg("Stance"), &g);
    add(&stance, label, "\"broken stance\"", &g);
    add(&stance, &sg("holder"), &r("proposal/rhine-toll"), &g);
    add(&stance, &sg("target"), &r("country/ruritania"), &g);
    add(&stance, &sg("polarity"), &sg("Neutral"), &g);
    add(&stance, &sg("article"), &g, &g);
    add(
        &stance,
        &sg("confidence"),
        &format!("\"1.5\"^^<{XSD}decimal>"),
        &g,
    );
    add(&stance, &sg("confidence"), "\"high\"", &g);
    add(&stance, &sg("evidence"), &r("evidence/0bad1"), &g);
    add(&stance, &sg("evidence"), &r("evidence/0untyped"), &g);
    // Evidence: an IRI label (nodeKind), empty text (minLength), start after end (lessThan).
    let evidence = r("evidence/0bad1");
    add(&evidence, type_, &sg("Evidence"), &g);
    add(&evidence, label, "<https://example.org/not-a-literal>", &g);
    add(&evidence, &sg("text"), "\"\"", &g);
    add(&evidence, &sg("start"), &int("10"), &g);
    add(&evidence, &sg("end"), &int("5"), &g);
    add(&evidence, &sg("article"), &g, &g);
    // Evidence with an upper-case IRI (pattern) and an ill-formed integer (datatype).
    let evidence = r("evidence/0BAD2");
    add(&evidence, type_, &sg("Evidence"), &g);
    add(&evidence, label, "\"x\"", &g);
    add(&evidence, &sg("text"), "\"x\"", &g);
    add(&evidence, &sg("start"), &int("abc"), &g);
    add(&evidence, &sg("end"), &int("5"), &g);
    add(&evidence, &sg("article"), &g, &g);
    // A proposal that endorses an evidence (targetSubjectsOf, sh:node at node level).
    add(&r("proposal/rhine-toll"), &sg("endorses"), &evidence, &g);
    // A date that is none of the sh:or datatypes.
    add(&g, "<https://schema.org/datePublished>", &int("2024"), &g);
    // A role held by two people (inverse path maxCount), held at a person (sh:node via
    // roleOf), with a bad rule id (pattern), no title (minCount).
    let role = r("role/0bad");
    add(&role, type_, &sg("Role"), &g);
    add(&role, label, "\"broken role\"", &g);
    add(&role, &sg("roleOf"), &r("person/ada-quill"), &g);
    add(&role, &sg("rule"), "\"not a rule id\"", &g);
    add(&role, &sg("article"), &g, &g);
    add(
        &role,
        &sg("confidence"),
        &format!("\"0.5\"^^<{XSD}decimal>"),
        &g,
    );
    add(&role, &sg("evidence"), &r("evidence/0bad1"), &g);
    // (Its sg:hasRole triples sit outside its article's graph.)
    add(&r("person/ada-quill"), &sg("hasRole"), &role, "");
    add(&r("person/bo-quill"), &sg("hasRole"), &role, "");
    // Beyond SHACL Core: a well-formed evidence outside its article's graph, and a
    // well-formed stance without its shortcut triple.
    let lost = r("evidence/0lost");
    add(&lost, type_, &sg("Evidence"), "");
    add(&lost, label, "\"B\"", "");
    add(&lost, &sg("text"), "\"B\"", "");
    add(&lost, &sg("start"), &int("0"), "");
    add(&lost, &sg("end"), &int("1"), "");
    add(&lost, &sg("article"), &g, "");
    let lone = r("stance/0lone");
    add(&lone, type_, &sg("Stance"), &g);
    add(&lone, label, "\"Ruritania supports Rhine toll\"", &g);
    add(&lone, &sg("holder"), &r("country/ruritania"), &g);
    add(&lone, &sg("target"), &r("country/ruritania"), &g);
    add(&lone, &sg("polarity"), &sg("Support"), &g);
    add(&lone, &sg("article"), &g, &g);
    add(&lone, &sg("evidence"), &lost, &g);
    add(
        &lone,
        &sg("confidence"),
        &format!("\"0.5\"^^<{XSD}decimal>"),
        &g,
    );
    add(&lone, &sg("rule"), "\"stance/support/test-1\"", &g);
    // Entities in the default graph: two labels (maxCount), a literal sameAs (nodeKind, pattern).
    add(&r("proposal/rhine-toll"), type_, &sg("Proposal"), "");
    add(&r("proposal/rhine-toll"), label, "\"Rhine toll\"", "");
    add(&r("proposal/rhine-toll"), label, "\"the toll\"", "");
    add(&r("country/ruritania"), type_, &sg("Country"), "");
    add(&r("country/ruritania"), label, "\"Ruritania\"", "");
    add(
        &r("country/ruritania"),
        "<http://www.w3.org/2002/07/owl#sameAs>",
        "\"Q1\"",
        "",
    );
    for person in ["ada-quill", "bo-quill"] {
        add(&r(&format!("person/{person}")), type_, &sg("Person"), "");
        add(
            &r(&format!("person/{person}")),
            label,
            &format!("\"{person}\""),
            "",
        );
    }
    lines.join("\n") + "\n"
}

#[test]
fn validate_and_pyshacl_both_pass_the_clean_store() {
    let dir = temp();
    ingest_own(dir.path());
    ingest_examples(dir.path());
    let out = run_in(dir.path(), &["validate", "--store", "store"]);
    assert!(out.status.success(), "{}{}", stdout(&out), stderr(&out));
    assert!(stdout(&out).starts_with("conforms"), "{}", stdout(&out));
    ok(&run_in(
        dir.path(),
        &["export", "--store", "store", "-o", "clean.nq"],
    ));
    assert_eq!(pyshacl(&dir.path().join("clean.nq")), BTreeSet::new());
    let (conforms, rows) = ours(dir.path(), &["clean.nq"]);
    assert!(conforms && rows.is_empty(), "{rows:?}");
}

#[test]
fn validate_and_pyshacl_flag_the_same_nodes_for_every_kind_of_constraint() {
    let dir = temp();
    ingest_own(dir.path());
    ok(&run_in(
        dir.path(),
        &["export", "--store", "store", "-o", "clean.nq"],
    ));
    let clean = std::fs::read_to_string(dir.path().join("clean.nq")).unwrap();
    let article = clean
        .lines()
        .find_map(|l| {
            l.strip_prefix(&format!("<{SGR}article/"))
                .map(|rest| format!("{SGR}article/{}", &rest[..rest.find('>').unwrap()]))
        })
        .expect("an article");
    std::fs::write(
        dir.path().join("broken.nq"),
        clean.clone() + &broken_quads(&article),
    )
    .unwrap();
    let theirs = pyshacl(&dir.path().join("broken.nq"));
    let (conforms, rows) = ours(dir.path(), &["broken.nq"]);
    assert!(!conforms, "violations exit non-zero");
    // The invariants beyond SHACL Core are compared with scripts/check_shapes.py below.
    let (shacl_rows, invariant_rows): (Vec<_>, Vec<_>) = rows
        .iter()
        .cloned()
        .partition(|(_, r)| r.ends_with("ConstraintComponent"));
    let (_, shacl_only) = ours(dir.path(), &["--shacl-only", "broken.nq"]);
    assert_eq!(
        shacl_only, shacl_rows,
        "--shacl-only drops just the invariants"
    );
    let mine: BTreeSet<String> = shacl_rows.iter().map(|(_, r)| r.clone()).collect();
    println!(
        "validate: {} SHACL results ({} distinct focus/path/component), {} invariant results; pySHACL: {}",
        shacl_rows.len(),
        mine.len(),
        invariant_rows.len(),
        theirs.len()
    );
    assert_eq!(
        mine, theirs,
        "validate and pySHACL disagree (left: validate, right: pySHACL)"
    );
    let components: BTreeSet<&str> = mine
        .iter()
        .map(|r| r.rsplit('\t').next().unwrap())
        .collect();
    for component in [
        "ClassConstraintComponent",
        "DatatypeConstraintComponent",
        "InConstraintComponent",
        "LessThanConstraintComponent",
        "MaxCountConstraintComponent",
        "MaxInclusiveConstraintComponent",
        "MinCountConstraintComponent",
        "MinInclusiveConstraintComponent",
        "MinLengthConstraintComponent",
        "NodeConstraintComponent",
        "NodeKindConstraintComponent",
        "OrConstraintComponent",
        "PatternConstraintComponent",
    ] {
        assert!(components.contains(component), "no {component}: {mine:?}");
    }
    assert!(
        mine.iter()
            .any(|r| r.contains("\t^<https://w3id.org/stancegraph/ns#hasRole>\t")),
        "the inverse path is checked: {mine:?}"
    );
    // Each violation names the article its focus node comes from.
    for (row_article, row) in &rows {
        if row.starts_with(&format!("<{SGR}stance/0bad>")) {
            assert_eq!(row_article, &article, "{row}");
        }
    }
    // Evidence spans and graph placement: the same focus nodes as check_shapes.py's extras.
    let invariant_focus: BTreeSet<String> = invariant_rows
        .iter()
        .map(|(_, r)| r.split('\t').next().unwrap().to_string())
        .collect();
    assert!(
        [
            "evidence/0bad1",
            "proposal/rhine-toll",
            "evidence/0lost",
            "stance/0lone",
            "role/0bad",
        ]
        .iter()
        .all(|node| invariant_focus.contains(&format!("<{SGR}{node}>"))),
        "{invariant_rows:?}"
    );
    let out = Command::new("python3")
        .arg(repo().join("scripts/check_shapes.py"))
        .arg(dir.path().join("broken.nq"))
        .args(["--max", "1000"])
        .output()
        .expect("python3 runs");
    let check_shapes_focus: BTreeSet<String> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .filter(|l| l.starts_with("offsets:") || l.starts_with("graphs:"))
        .filter_map(|l| l.split_whitespace().find(|w| w.starts_with("sgr:")))
        .map(|w| format!("<{SGR}{}>", &w[4..]))
        .collect();
    assert_eq!(invariant_focus, check_shapes_focus);
    // The store export alone still conforms: the broken quads made every violation.
    assert_eq!(pyshacl(&dir.path().join("clean.nq")), BTreeSet::new());
}

#[test]
fn a_shape_validate_cannot_translate_is_refused_by_name() {
    let dir = temp();
    ingest_own(dir.path());
    std::fs::write(
        dir.path().join("shapes.ttl"),
        "@prefix sh: <http://www.w3.org/ns/shacl#> .\n\
         <urn:s> a sh:NodeShape ; sh:targetClass <https://w3id.org/stancegraph/ns#Stance> ; sh:closed true .\n",
    )
    .unwrap();
    let out = run_in(
        dir.path(),
        &["validate", "--store", "store", "--shapes", "shapes.ttl"],
    );
    assert!(!out.status.success());
    assert!(stderr(&out).contains("sh:closed"), "{}", stderr(&out));
}
