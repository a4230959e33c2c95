//! `export`: every syntax, sorted and repeatable, readable by independent parsers.

use std::process::Command;

use oxigraph::io::{RdfFormat, RdfParser};

use crate::util::*;

fn export(dir: &std::path::Path, format: &str, extra: &[&str]) -> String {
    let mut args = vec!["export", "--store", "store", "--format", format];
    args.extend_from_slice(extra);
    ok(&run_in(dir, &args))
}

/// How many quads the store under `dir` exports as N-Quads.
fn stored_quads(dir: &std::path::Path) -> usize {
    let nquads = export(dir, "nquads", &[]);
    RdfParser::from_format(RdfFormat::NQuads)
        .for_slice(nquads.as_bytes())
        .count()
}

#[test]
fn every_syntax_parses_back_with_the_same_number_of_triples() {
    let dir = temp();
    ingest_examples(dir.path());
    let n_quads = stored_quads(dir.path());
    assert!(n_quads > 100);
    for (name, format) in [
        ("trig", RdfFormat::TriG),
        ("turtle", RdfFormat::Turtle),
        ("ntriples", RdfFormat::NTriples),
        ("rdfxml", RdfFormat::RdfXml),
        (
            "jsonld",
            RdfFormat::JsonLd {
                profile: Default::default(),
            },
        ),
    ] {
        let text = export(dir.path(), name, &[]);
        let quads: Result<Vec<_>, _> = RdfParser::from_format(format)
            .for_slice(text.as_bytes())
            .collect();
        let quads = quads.unwrap_or_else(|err| panic!("{name} parses: {err}"));
        if format.supports_datasets() {
            assert_eq!(quads.len(), n_quads, "{name}");
        } else {
            // Triple syntaxes merge the graphs: no more triples than quads.
            assert!(!quads.is_empty() && quads.len() <= n_quads, "{name}");
        }
    }
}

#[test]
fn triple_syntaxes_write_each_triple_once() {
    let dir = temp();
    std::fs::write(
        dir.path().join("a.txt"),
        "One\n\nGermany backed the plan to build a new bridge.\n",
    )
    .unwrap();
    std::fs::write(
        dir.path().join("b.txt"),
        "Two\n\nGermany backed the plan to build a new bridge.\n",
    )
    .unwrap();
    ok(&run_in(
        dir.path(),
        &["ingest", "-q", "--store", "store", "a.txt", "b.txt"],
    ));
    let nt = export(dir.path(), "ntriples", &[]);
    let mut lines: Vec<&str> = nt.lines().collect();
    let n = lines.len();
    lines.sort_unstable();
    lines.dedup();
    assert_eq!(lines.len(), n, "duplicate triples in N-Triples");
}

#[test]
fn exports_are_byte_identical_every_time() {
    let dir = temp();
    ingest_examples(dir.path());
    for format in ["turtle", "nquads", "trig", "jsonld", "rdfxml", "graphml"] {
        assert_eq!(
            export(dir.path(), format, &[]),
            export(dir.path(), format, &[]),
            "{format}"
        );
    }
}

#[test]
fn one_article_exports_with_the_entities_it_uses() {
    let dir = temp();
    ingest_examples(dir.path());
    let ttl = export(
        dir.path(),
        "trig",
        &[
            "--article",
            "data/examples/nato-cyber-defence-conference.txt",
        ],
    );
    assert!(ttl.contains("Annalena Baerbock"));
    assert!(!ttl.contains("Tom Hale"), "only that article's graph");
    assert!(
        ttl.contains("owl:sameAs wd:Q183")
            || ttl.contains("owl:sameAs <http://www.wikidata.org/entity/Q183>"),
        "Germany keeps its Wikidata link"
    );
}

#[test]
fn the_format_comes_from_the_output_extension_and_the_ontology_can_come_along() {
    let dir = temp();
    ingest_examples(dir.path());
    ok(&run_in(
        dir.path(),
        &[
            "export",
            "--store",
            "store",
            "--with-ontology",
            "-o",
            "all.ttl",
        ],
    ));
    let text = std::fs::read_to_string(dir.path().join("all.ttl")).unwrap();
    assert!(text.contains("owl:Ontology"), "the ontology is included");
    let bad = run_in(dir.path(), &["export", "--store", "store", "-o", "all.xyz"]);
    assert!(
        stderr(&bad).contains("--output extension"),
        "{}",
        stderr(&bad)
    );
}

#[test]
fn every_syntax_rapper_reads_parses_in_rapper() {
    let dir = temp();
    ingest_examples(dir.path());
    for (format, syntax) in [
        ("turtle", "turtle"),
        ("nquads", "nquads"),
        ("rdfxml", "rdfxml"),
        ("ntriples", "ntriples"),
        ("trig", "trig"),
    ] {
        let path = dir.path().join(format!("export.{format}"));
        std::fs::write(&path, export(dir.path(), format, &[])).unwrap();
        let out = Command::new("rapper")
            .args(["-q", "-c", "-i", syntax])
            .arg(&path)
            .output()
            .expect("rapper (raptor2-utils) is installed by scripts/install-deps.sh");
        assert!(
            out.status.success(),
            "rapper rejects {format}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
}

/// Runs one of Apache Jena's command-line tools through `scripts/jena` (Debian's Jena 4.5).
fn jena(dir: &std::path::Path, args: &[&str]) -> std::process::Output {
    Command::new("bash")
        .arg(repo().join("scripts/jena"))
        .args(args)
        .current_dir(dir)
        .output()
        .expect("bash runs scripts/jena (Jena comes from scripts/install-deps.sh)")
}

/// What `riot --count` prints (on stderr) for each file, in order: its triples and quads added up
/// ("…/graph.jsonld : Triples = 98 : Quads = 578" gives 676).
fn riot_counts(stdout: &str) -> Vec<usize> {
    stdout
        .lines()
        .filter(|line| line.starts_with("file:") && line.contains(" = "))
        .map(|line| {
            line.split(" = ")
                .skip(1)
                .map(|part| {
                    let digits = part.split_whitespace().next().unwrap_or("");
                    digits.replace(',', "").parse::<usize>().expect("a count")
                })
                .sum()
        })
        .collect()
}

#[test]
fn every_syntax_parses_in_apache_jena_riot_without_warnings() {
    let dir = temp();
    ingest_examples(dir.path());
    let n_quads = stored_quads(dir.path());
    // riot guesses the syntax from the extension; strict mode with term checks.
    let files = [
        ("trig", "graph.trig"),
        ("nquads", "graph.nq"),
        ("turtle", "graph.ttl"),
        ("ntriples", "graph.nt"),
        ("rdfxml", "graph.rdf"),
    ];
    for (format, file) in files {
        std::fs::write(dir.path().join(file), export(dir.path(), format, &[])).unwrap();
    }
    let mut args = vec!["riot", "--strict", "--check", "--count"];
    args.extend(files.iter().map(|(_, file)| *file));
    let out = jena(dir.path(), &args);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "riot rejects an export: {err}");
    assert!(
        !err.contains("WARN") && !err.contains("ERROR"),
        "riot warns: {err}"
    );
    let counts = riot_counts(&err);
    assert_eq!(counts.len(), files.len(), "{counts:?}");
    assert_eq!(
        &counts[..2],
        &[n_quads, n_quads],
        "TriG and N-Quads keep every quad"
    );
    for count in &counts[2..] {
        // Triple syntaxes merge the graphs: no more triples than quads.
        assert!(
            *count > 0 && *count <= n_quads,
            "{counts:?} against {n_quads}"
        );
    }
    // JSON-LD: Debian's Jena has no JSON-P provider for its JSON-LD 1.1 reader, so it is
    // read with the 1.0 reader, which the export's context is written for.
    std::fs::write(
        dir.path().join("graph.jsonld"),
        export(dir.path(), "jsonld", &[]),
    )
    .unwrap();
    let out = jena(
        dir.path(),
        &[
            "riot",
            "--strict",
            "--check",
            "--count",
            "--syntax=JSON-LD-10",
            "graph.jsonld",
        ],
    );
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        out.status.success() && !err.contains("ERROR"),
        "riot rejects JSON-LD: {err}"
    );
    assert_eq!(riot_counts(&err), vec![n_quads], "{err}");
}

#[test]
fn apache_jena_answers_who_endorsed_what_as_the_store_does() {
    let dir = temp();
    ingest_examples(dir.path());
    std::fs::write(
        dir.path().join("graph.trig"),
        export(dir.path(), "trig", &[]),
    )
    .unwrap();
    let load = jena(dir.path(), &["tdb2.tdbloader", "--loc=tdb", "graph.trig"]);
    assert!(
        load.status.success(),
        "{}",
        String::from_utf8_lossy(&load.stderr)
    );
    let query = repo().join("queries/who-endorsed-what.rq");
    let out = jena(
        dir.path(),
        &[
            "tdb2.tdbquery",
            "--loc=tdb",
            "--results=CSV",
            &format!("--query={}", query.display()),
        ],
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let theirs = String::from_utf8_lossy(&out.stdout).replace("\r\n", "\n");
    let ours = query_csv(dir.path(), &["who-endorsed-what"]).replace("\r\n", "\n");
    assert!(ours.lines().count() > 3, "{ours}");
    assert_eq!(theirs, ours);
}

#[test]
fn exports_conform_to_the_shapes_under_pyshacl() {
    let dir = temp();
    ingest_examples(dir.path());
    for format in ["trig", "nquads"] {
        let path = dir.path().join(format!(
            "export.{}",
            if format == "trig" { "trig" } else { "nq" }
        ));
        std::fs::write(&path, export(dir.path(), format, &[])).unwrap();
        let out = Command::new("python3")
            .arg(repo().join("scripts/check_shapes.py"))
            .arg(&path)
            .output()
            .expect("python3 runs");
        assert!(
            out.status.success(),
            "{format} does not conform (rdflib and pyshacl come from scripts/install-deps.sh):\n{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
    }
}

/// Every quad rdflib reads from `path` (graph, subject, predicate, object) as N-Quads-like text.
fn rdflib_quads(path: &std::path::Path, format: &str) -> Vec<String> {
    let script = r#"
import json, sys, rdflib
ds = rdflib.Dataset()
ds.parse(sys.argv[1], format=sys.argv[2])
for s, p, o, g in ds.quads((None, None, None, None)):
    graph = getattr(g, "identifier", g)
    print(json.dumps([s.n3(), p.n3(), o.n3(), str(graph)]))
"#;
    let out = Command::new("python3")
        .args(["-c", script])
        .arg(path)
        .arg(format)
        .output()
        .expect("python3 runs");
    assert!(
        out.status.success(),
        "rdflib cannot read {format}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let mut lines: Vec<String> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(str::to_string)
        .collect();
    lines.sort();
    lines
}

#[test]
fn json_ld_is_compact_under_the_shipped_context_and_rdflib_reads_the_same_quads() {
    let dir = temp();
    ingest_examples(dir.path());
    let jsonld = export(dir.path(), "jsonld", &[]);
    let document: serde_json::Value = serde_json::from_str(&jsonld).expect("JSON");
    // The context is the shipped file's, embedded so no processor has to fetch it.
    let shipped: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(repo().join("ontology/context.jsonld")).unwrap(),
    )
    .unwrap();
    assert_eq!(document["@context"], shipped["@context"]);
    // Readable: short keys, compact IRIs, vocabulary terms.
    let germany = document["graph"]
        .as_array()
        .unwrap()
        .iter()
        .find(|n| n["id"] == "sgr:country/germany")
        .expect("Germany is a top-level (default graph) node");
    assert_eq!(germany["type"], "Country");
    assert_eq!(germany["label"], "Germany");
    assert_eq!(germany["sameAs"], "wd:Q183");
    assert!(jsonld.contains("\"polarity\": \"Support\""));
    assert!(jsonld.contains("\"holder\": \"sgr:"));
    let data = serde_json::to_string(&document["graph"]).unwrap();
    assert!(
        !data.contains("\"https://w3id.org/stancegraph/ns#"),
        "no expanded keys"
    );

    let jsonld_path = dir.path().join("graph.jsonld");
    let nquads_path = dir.path().join("graph.nq");
    std::fs::write(&jsonld_path, &jsonld).unwrap();
    std::fs::write(&nquads_path, export(dir.path(), "nquads", &[])).unwrap();
    let from_jsonld = rdflib_quads(&jsonld_path, "json-ld");
    let from_nquads = rdflib_quads(&nquads_path, "nquads");
    assert!(from_nquads.len() > 100);
    assert_eq!(
        from_jsonld, from_nquads,
        "JSON-LD and N-Quads hold the same quads"
    );
}

#[test]
fn every_syntax_parses_in_rdflib() {
    let dir = temp();
    ingest_examples(dir.path());
    let n_quads = export(dir.path(), "nquads", &[]).lines().count();
    for (format, rdflib_format) in [
        ("trig", "trig"),
        ("nquads", "nquads"),
        ("turtle", "turtle"),
        ("ntriples", "nt"),
        ("rdfxml", "xml"),
        ("jsonld", "json-ld"),
    ] {
        let path = dir.path().join(format!("export.{format}"));
        std::fs::write(&path, export(dir.path(), format, &[])).unwrap();
        let quads = rdflib_quads(&path, rdflib_format);
        if matches!(format, "trig" | "nquads" | "jsonld") {
            assert_eq!(quads.len(), n_quads, "{format}");
        } else {
            assert!(!quads.is_empty() && quads.len() <= n_quads, "{format}");
        }
    }
}
