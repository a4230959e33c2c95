//! `export --format graphml` and `--format neo4j`: the store as a property graph that
//! networkx, Gephi, Cytoscape and `neo4j-admin database import` take as it is (issue 4).

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use std::process::Command;

use crate::util::*;

/// Two short articles of our own: stances, a quote, a role with an organisation.
fn ingest_own(dir: &Path) {
    std::fs::write(dir.join("a.txt"), RHINE_ARTICLE).unwrap();
    std::fs::write(
        dir.join("b.txt"),
        "Road toll\n\nLabour rejected the proposal for a road toll. \
         The Conservative Party supported the proposal for a road toll.\n",
    )
    .unwrap();
    ok(&run_in(
        dir,
        &["ingest", "-q", "--store", "store", "a.txt", "b.txt"],
    ));
}

/// Loads GraphML with networkx and returns its summary as JSON.
fn networkx_summary(path: &Path) -> serde_json::Value {
    let script = r#"
import json, sys
import networkx as nx
g = nx.read_graphml(sys.argv[1])
print(json.dumps({
    "nodes": g.number_of_nodes(),
    "edges": g.number_of_edges(),
    "unlabelled": [n for n, d in g.nodes(data=True) if not d.get("label")],
    "labels": sorted(d["label"] for n, d in g.nodes(data=True) if d.get("label")),
    "edge_kinds": sorted({d.get("label") for _, _, d in g.edges(data=True)}),
    "confidence_types": sorted({type(d["confidence"]).__name__ for _, _, d in g.edges(data=True) if "confidence" in d}),
    "wikidata": {d["label"]: d.get("wikidata") for n, d in g.nodes(data=True) if d.get("wikidata")},
    "apoc_labels": {d["label"]: d.get("labels") for n, d in g.nodes(data=True)},
    "stances": sorted([g.nodes[u]["label"], d["label"], g.nodes[v]["label"], d.get("rule", ""), d.get("evidence", ""), d.get("article", "")]
                      for u, v, d in g.edges(data=True) if d.get("label") in ("ENDORSES", "OPPOSES")),
}))
"#;
    let out = Command::new("python3")
        .args(["-c", script])
        .arg(path)
        .output()
        .expect("python3 runs");
    assert!(
        out.status.success(),
        "networkx cannot read the GraphML: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("the summary is JSON")
}

#[test]
fn graphml_loads_in_networkx_with_a_label_on_every_node() {
    let dir = temp();
    ingest_own(dir.path());
    ok(&run_in(
        dir.path(),
        &["export", "--store", "store", "-o", "graph.graphml"],
    ));
    let summary = networkx_summary(&dir.path().join("graph.graphml"));
    assert_eq!(summary["unlabelled"], serde_json::json!([]), "{summary}");
    assert!(summary["nodes"].as_u64().unwrap() >= 8, "{summary}");
    let kinds: Vec<&str> = summary["edge_kinds"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|v| v.as_str())
        .collect();
    for kind in ["ENDORSES", "OPPOSES", "SAID", "HOLDS_ROLE", "MENTIONS"] {
        assert!(kinds.contains(&kind), "no {kind} edge: {summary}");
    }
    // The key is declared a double, so networkx reads a number, not a string.
    assert_eq!(summary["confidence_types"], serde_json::json!(["float"]));
    assert_eq!(summary["wikidata"]["Germany"], "Q183", "{summary}");
    // Neo4j APOC's GraphML import takes node labels from `labels`.
    assert_eq!(summary["apoc_labels"]["Germany"], ":Entity:Country");
    assert_eq!(summary["apoc_labels"]["Bridge over the Rhine"], ":Article");
    let stances = summary["stances"].as_array().unwrap();
    let germany = stances
        .iter()
        .find(|s| {
            s[0] == "Germany"
                && s[4]
                    .as_str()
                    .unwrap()
                    .starts_with("Germany backed the plan")
        })
        .unwrap_or_else(|| panic!("Germany's stance is an edge with its evidence: {stances:?}"));
    assert_eq!(germany[1], "ENDORSES");
    assert!(germany[3].as_str().unwrap().starts_with("stance/support/"));
    assert!(germany[5]
        .as_str()
        .unwrap()
        .starts_with("https://w3id.org/stancegraph/id/article/"));
    assert!(stances
        .iter()
        .any(|s| s[0] == "France" && s[1] == "OPPOSES"));
}

#[test]
fn stances_only_is_the_who_endorsed_whom_network() {
    let dir = temp();
    ingest_own(dir.path());
    let graphml = ok(&run_in(
        dir.path(),
        &[
            "export",
            "--store",
            "store",
            "--format",
            "graphml",
            "--stances-only",
        ],
    ));
    let path = dir.path().join("stances.graphml");
    std::fs::write(&path, graphml).unwrap();
    let summary = networkx_summary(&path);
    assert_eq!(
        summary["edge_kinds"],
        serde_json::json!(["ENDORSES", "OPPOSES"])
    );
    let labels: Vec<&str> = summary["labels"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|v| v.as_str())
        .collect();
    assert!(labels.contains(&"Germany") && labels.contains(&"Labour Party"));
    assert!(
        !labels.contains(&"Jens Stoltenberg"),
        "only stance holders and targets: {labels:?}"
    );
    // Every node is an end of some stance edge.
    assert_eq!(
        summary["nodes"].as_u64().unwrap() as usize,
        labels.len(),
        "{summary}"
    );
    let bad = run_in(
        dir.path(),
        &[
            "export",
            "--store",
            "store",
            "--format",
            "trig",
            "--stances-only",
        ],
    );
    assert!(!bad.status.success());
    assert!(stderr(&bad).contains("--stances-only"), "{}", stderr(&bad));
}

/// One parsed header field of a neo4j-admin import CSV.
#[derive(Debug, PartialEq)]
enum Field {
    Id,
    Label,
    StartId,
    EndId,
    Type,
    Property {
        name: String,
        kind: String,
        array: bool,
    },
}

/// Parses a header field as the neo4j-admin import docs describe it:
/// `name:type` (type optional, default string, `[]` for arrays), `name:ID(group)` /
/// `:ID(group)` (name and group optional), `:LABEL`, `:START_ID(group)`, `:END_ID(group)`,
/// `:TYPE`, `:IGNORE`.
fn parse_field(field: &str) -> Result<Field, String> {
    const TYPES: &[&str] = &[
        "int",
        "long",
        "float",
        "double",
        "boolean",
        "byte",
        "short",
        "char",
        "string",
        "point",
        "date",
        "localtime",
        "time",
        "localdatetime",
        "datetime",
        "duration",
    ];
    let (name, kind) = match field.rsplit_once(':') {
        Some((name, kind)) => (name, kind),
        None => (field, "string"),
    };
    let without_group = |k: &str| -> Option<String> {
        match k.split_once('(') {
            None => Some(k.to_string()),
            Some((base, rest)) => {
                let group = rest.strip_suffix(')')?;
                (!group.is_empty() && !group.contains(['(', ')'])).then(|| base.to_string())
            }
        }
    };
    let base = without_group(kind).ok_or_else(|| format!("bad id group in {field:?}"))?;
    match base.as_str() {
        "ID" => return Ok(Field::Id),
        "START_ID" if name.is_empty() => return Ok(Field::StartId),
        "END_ID" if name.is_empty() => return Ok(Field::EndId),
        _ => {}
    }
    if kind != base {
        return Err(format!("only ID fields take a group: {field:?}"));
    }
    match (name, kind) {
        ("", "LABEL") => return Ok(Field::Label),
        ("", "TYPE") => return Ok(Field::Type),
        ("", other) => {
            return Err(format!(
                "a field without a name must be a keyword: {other:?}"
            ))
        }
        _ => {}
    }
    if name.contains(':') {
        return Err(format!("more than one ':' in {field:?}"));
    }
    let (kind, array) = match kind.strip_suffix("[]") {
        Some(k) => (k, true),
        None => (kind, false),
    };
    if !TYPES.contains(&kind.to_ascii_lowercase().as_str()) {
        return Err(format!("unknown type {kind:?} in {field:?}"));
    }
    Ok(Field::Property {
        name: name.to_string(),
        kind: kind.to_ascii_lowercase(),
        array,
    })
}

/// Checks a value against its declared type (empty cells are absent properties).
fn check_value(kind: &str, array: bool, value: &str) -> Result<(), String> {
    if value.is_empty() {
        return Ok(());
    }
    let items: Vec<&str> = if array {
        value.split(';').collect()
    } else {
        vec![value]
    };
    for item in items {
        let good = match kind {
            "int" | "long" | "short" | "byte" => item.parse::<i64>().is_ok(),
            "float" | "double" => item.parse::<f64>().is_ok(),
            "boolean" => item == "true" || item == "false",
            _ => true,
        };
        if !good {
            return Err(format!("{item:?} is not a {kind}"));
        }
    }
    Ok(())
}

/// Reads a CSV file: parsed header and rows.
fn read_csv(path: &Path) -> (Vec<Field>, Vec<Vec<String>>) {
    let mut reader = csv::Reader::from_path(path).expect("the CSV file opens");
    let header: Vec<Field> = reader
        .headers()
        .expect("a header")
        .iter()
        .map(|f| parse_field(f).unwrap_or_else(|err| panic!("{}: {err}", path.display())))
        .collect();
    let rows = reader
        .records()
        .map(|r| {
            r.expect("a CSV record")
                .iter()
                .map(str::to_string)
                .collect()
        })
        .collect();
    (header, rows)
}

fn check_rows(header: &[Field], rows: &[Vec<String>]) {
    for row in rows {
        assert_eq!(
            row.len(),
            header.len(),
            "a row has as many cells as the header"
        );
        for (field, value) in header.iter().zip(row) {
            if let Field::Property { kind, array, name } = field {
                check_value(kind, *array, value).unwrap_or_else(|err| panic!("{name}: {err}"));
            }
        }
    }
}

#[test]
fn the_neo4j_header_checker_rejects_what_neo4j_rejects() {
    assert_eq!(parse_field(":ID"), Ok(Field::Id));
    assert_eq!(parse_field("id:ID(Entity)"), Ok(Field::Id));
    assert_eq!(parse_field(":START_ID(Entity)"), Ok(Field::StartId));
    assert_eq!(
        parse_field("names:string[]"),
        Ok(Field::Property {
            name: "names".into(),
            kind: "string".into(),
            array: true
        })
    );
    assert!(parse_field("confidence:real").is_err());
    assert!(parse_field(":WHATEVER").is_err());
    assert!(parse_field("x:ID(").is_err());
    assert!(parse_field("a:b:int").is_err());
    assert!(check_value("float", false, "high").is_err());
    assert!(check_value("boolean", false, "yes").is_err());
}

#[test]
fn neo4j_csv_pair_has_valid_headers_and_no_dangling_relationships() {
    let dir = temp();
    ingest_own(dir.path());
    ingest_examples(dir.path());
    for (folder, extra) in [("full", None), ("stances", Some("--stances-only"))] {
        let mut args = vec![
            "export", "--store", "store", "--format", "neo4j", "-o", folder,
        ];
        args.extend(extra);
        ok(&run_in(dir.path(), &args));
        let (node_header, nodes) = read_csv(&dir.path().join(folder).join("nodes.csv"));
        let (rel_header, rels) = read_csv(&dir.path().join(folder).join("relationships.csv"));
        assert_eq!(
            node_header.iter().filter(|f| **f == Field::Id).count(),
            1,
            "one :ID column"
        );
        assert!(node_header.contains(&Field::Label));
        for required in [Field::StartId, Field::EndId, Field::Type] {
            assert!(rel_header.contains(&required), "{required:?}");
        }
        assert!(rel_header.contains(&Field::Property {
            name: "confidence".into(),
            kind: "float".into(),
            array: false
        }));
        check_rows(&node_header, &nodes);
        check_rows(&rel_header, &rels);
        let id_col = node_header.iter().position(|f| *f == Field::Id).unwrap();
        let ids: BTreeSet<&str> = nodes.iter().map(|r| r[id_col].as_str()).collect();
        assert_eq!(ids.len(), nodes.len(), "node ids are unique");
        let start = rel_header
            .iter()
            .position(|f| *f == Field::StartId)
            .unwrap();
        let end = rel_header.iter().position(|f| *f == Field::EndId).unwrap();
        let kind = rel_header.iter().position(|f| *f == Field::Type).unwrap();
        let mut kinds: BTreeMap<&str, usize> = BTreeMap::new();
        for rel in &rels {
            assert!(
                ids.contains(rel[start].as_str()),
                "dangling {:?}",
                rel[start]
            );
            assert!(ids.contains(rel[end].as_str()), "dangling {:?}", rel[end]);
            *kinds.entry(rel[kind].as_str()).or_default() += 1;
        }
        assert!(kinds.get("ENDORSES").copied().unwrap_or(0) > 3, "{kinds:?}");
        assert!(kinds.get("OPPOSES").copied().unwrap_or(0) > 1, "{kinds:?}");
        if extra.is_some() {
            assert_eq!(kinds.len(), 2, "{kinds:?}");
        } else {
            assert!(kinds.contains_key("SAID") && kinds.contains_key("MENTIONS"));
        }
    }
    // The number of stance edges is the number of stances in the store.
    let stances = query_csv(dir.path(), &["PREFIX sg: <https://w3id.org/stancegraph/ns#> SELECT (COUNT(*) AS ?n) WHERE { ?s a sg:Stance }"]);
    let n: usize = stances.lines().nth(1).unwrap().trim().parse().unwrap();
    let (_, rels) = read_csv(&dir.path().join("stances/relationships.csv"));
    assert_eq!(rels.len(), n);
}
