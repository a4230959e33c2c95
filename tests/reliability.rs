//! Reliability (issue 5): a store survives SIGKILL in the middle of an ingest,
//! a second process gets a clear message at once, and the limits hold
//! (article size, HTML nesting, a read-only store folder).
//!
//! The articles are synthetic, written here from templates, so the feed can be
//! as large as a kill in the middle of a write needs.

use std::collections::{BTreeSet, HashMap};
use std::path::Path;
use std::process::Stdio;
use std::time::Instant;

use oxigraph::io::{RdfFormat, RdfParser};
use oxigraph::model::{GraphName, Term};

use crate::util::*;

const FIRST: &[&str] = &[
    "Irena", "Kofi", "Tomas", "Lena", "Marek", "Sofia", "Pavel", "Nadia", "Oskar", "Ines",
];
const LAST: &[&str] = &[
    "Novak",
    "Mensah",
    "Lindqvist",
    "Okafor",
    "Brandt",
    "Costa",
    "Halloran",
    "Petrov",
    "Sato",
    "Varga",
];
const COUNTRIES: &[&str] = &[
    "Ghana", "Chile", "Norway", "Peru", "Kenya", "Japan", "Portugal", "Canada",
];
const TOPICS: &[&str] = &[
    "the water plan",
    "the port deal",
    "the carbon tax",
    "the rail bill",
    "the mining code",
    "the fishing quota",
    "the border treaty",
    "the housing levy",
];

/// A JSON Lines feed of `n` synthetic articles with stances, quotes and roles,
/// each different (ids, people, countries, topics and a numbered sentence).
fn synthetic_feed(n: usize) -> String {
    let mut feed = String::new();
    for idx in 0..n {
        let pick =
            |list: &[&'static str], salt: usize| list[(idx * 7 + salt * 3 + idx / 11) % list.len()];
        let person = format!("{} {}", pick(FIRST, 1), LAST[(idx / 3 + 5) % LAST.len()]);
        let minister = format!("{} {}", pick(FIRST, 4), LAST[(idx / 7) % LAST.len()]);
        let (country, other) = (pick(COUNTRIES, 2), pick(COUNTRIES, 5));
        let (topic, second) = (pick(TOPICS, 3), pick(TOPICS, 6));
        let mut text = format!(
            "{country} backed {topic} on Tuesday.\n\n\"We will not accept {second},\" said {person}, the foreign minister of {other}.\n\n"
        );
        if idx % 2 == 0 {
            text.push_str(&format!(
                "Interior Minister {minister} rejected {topic}. {other} opposed {second}, and {country} supported it.\n\n"
            ));
        }
        if idx % 3 == 0 {
            text.push_str(&format!(
                "\"This is a good day for {country},\" {minister} told reporters.\n\n"
            ));
        }
        text.push_str(&format!(
            "The talks on {topic} will go on until day {idx}, officials said."
        ));
        let title = format!("{country} backs {topic}");
        feed.push_str(
            &serde_json::json!({"id": format!("synthetic-{idx:05}"), "title": title, "text": text})
                .to_string(),
        );
        feed.push('\n');
    }
    feed
}

/// The store's quads, by graph: `None` is the default graph (entity descriptions).
fn quads_by_graph(dir: &Path, store: &str) -> HashMap<Option<String>, BTreeSet<String>> {
    let out = run_in(dir, &["export", "--store", store, "--format", "nquads"]);
    let nquads = ok(&out);
    let mut graphs: HashMap<Option<String>, BTreeSet<String>> = HashMap::new();
    for quad in RdfParser::from_format(RdfFormat::NQuads).for_slice(nquads.as_bytes()) {
        let quad = quad.expect("the export parses as N-Quads");
        let graph = match &quad.graph_name {
            GraphName::DefaultGraph => None,
            other => Some(other.to_string()),
        };
        graphs.entry(graph).or_default().insert(quad.to_string());
    }
    graphs
}

/// Checks a store left by a killed ingest against the clean reference: every
/// article graph present holds exactly the reference's quads, and every entity
/// it names has its reference description. Returns the number of articles present.
fn check_consistent(
    dir: &Path,
    store: &str,
    reference: &HashMap<Option<String>, BTreeSet<String>>,
) -> usize {
    // The store opens and answers a saved query.
    ok(&run_in(
        dir,
        &[
            "query",
            "--store",
            store,
            "--format",
            "csv",
            "who-endorsed-what",
        ],
    ));
    let found = quads_by_graph(dir, store);
    let empty = BTreeSet::new();
    let described = found.get(&None).unwrap_or(&empty);
    let mut articles = 0;
    for (graph, quads) in &found {
        let Some(name) = graph else { continue };
        articles += 1;
        let expected = reference
            .get(graph)
            .unwrap_or_else(|| panic!("{name} is not an article of the feed"));
        assert_eq!(quads, expected, "article {name} is partly stored");
        // The entity descriptions written with the article are there too.
        for quad in RdfParser::from_format(RdfFormat::NQuads).for_slice(
            quads
                .iter()
                .map(|q| format!("{q} .\n"))
                .collect::<String>()
                .as_bytes(),
        ) {
            let Term::NamedNode(object) = quad.expect("a stored quad parses").object else {
                continue;
            };
            let subject = format!("{object} ");
            for description in reference[&None].iter().filter(|q| q.starts_with(&subject)) {
                assert!(
                    described.contains(description),
                    "{name} is stored but not the description {description}"
                );
            }
        }
    }
    // Nothing in the default graph that the reference does not hold.
    assert!(described.is_subset(&reference[&None]));
    articles
}

#[test]
fn sigkill_in_the_middle_of_an_ingest_loses_no_article_and_a_rerun_completes_it() {
    const N: usize = 2500;
    let dir = temp();
    let d = dir.path();
    std::fs::write(d.join("feed.jsonl"), synthetic_feed(N)).unwrap();
    let started = Instant::now();
    let out = ok(&run_in(
        d,
        &["ingest", "-q", "--store", "reference", "feed.jsonl"],
    ));
    let clean = started.elapsed();
    assert!(out.contains(&format!("{N} stored")), "{out}");
    let reference = quads_by_graph(d, "reference");
    assert_eq!(reference.len(), N + 1, "every article has its graph");

    // Kill at several points of the clean run's duration; each run resumes the last.
    let mut partial = 0;
    for fraction in [0.2, 0.45, 0.7, 0.9] {
        let mut child = bin()
            .current_dir(d)
            .args(["ingest", "-q", "--store", "crashed", "feed.jsonl"])
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("the ingest starts");
        let killed = kill_at(&mut child, Instant::now() + clean.mul_f64(fraction));
        if !d.join("crashed").exists() {
            continue;
        }
        let present = check_consistent(d, "crashed", &reference);
        if killed && present > 0 && present < N {
            partial += 1;
        }
    }
    assert!(
        partial > 0,
        "no kill landed between the first and the last article; the feed is too small for this machine"
    );

    // Rerunning the ingest completes the store to exactly the clean one.
    ok(&run_in(
        d,
        &["ingest", "-q", "--store", "crashed", "feed.jsonl"],
    ));
    let completed = quads_by_graph(d, "crashed");
    assert!(
        completed == reference,
        "the resumed store differs from a clean ingest"
    );
}

#[test]
fn a_second_process_on_a_store_in_use_gets_a_clear_message_at_once() {
    let dir = temp();
    let d = dir.path();
    // The first ingest reads its feed from a pipe that stays open, so it holds the store
    // for as long as this test needs, whatever the speed of the machine.
    let mut first = bin()
        .current_dir(d)
        .args(["ingest", "-q", "--store", "store", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the first ingest starts");
    let mut feed = first.stdin.take().expect("stdin is piped");
    {
        use std::io::Write;
        feed.write_all(synthetic_feed(40).as_bytes()).unwrap();
        feed.flush().unwrap();
    }
    // RocksDB locks `LOCK` before it writes `CURRENT`: once that exists, the store is held.
    while !d.join("store/CURRENT").exists() {
        assert!(
            first.try_wait().unwrap().is_none(),
            "the first ingest ended early"
        );
        std::thread::yield_now();
    }
    let pid = first.id().to_string();
    for args in [
        &["ingest", "-q", "--store", "store"][..],
        &["query", "--store", "store", "who-endorsed-what"][..],
        &["export", "--store", "store"][..],
        &["stats", "--store", "store"][..],
        &["remove", "--store", "store", "synthetic-00001"][..],
    ] {
        let out = run_in(d, args);
        assert!(!out.status.success(), "{args:?} ran on a store in use");
        let err = stderr(&out);
        assert!(
            err.contains("in use by another stancegraph process") && err.contains(&pid),
            "{args:?}: {err}"
        );
        assert!(
            first.try_wait().unwrap().is_none(),
            "{args:?} answered only after the first process ended"
        );
    }
    drop(feed);
    let out = first.wait_with_output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    // Nothing was corrupted: the store opens and holds all 40 articles.
    let csv = query_csv(d, &["articles"]);
    assert_eq!(csv.matches("synthetic-").count(), 40, "{csv}");
    let again = ok(&run_in(d, &["ingest", "-q", "--store", "store"]));
    assert!(again.contains("4 stored"), "{again}");
}

#[test]
fn articles_over_max_bytes_are_skipped_with_a_message() {
    let dir = temp();
    let d = dir.path();
    std::fs::write(
        d.join("small.txt"),
        "Small\n\nPeru backed the water plan.\n",
    )
    .unwrap();
    std::fs::write(
        d.join("large.txt"),
        format!("Large\n\n{}", "Chile backed the port deal. ".repeat(20)),
    )
    .unwrap();
    std::fs::write(
        d.join("feed.jsonl"),
        format!(
            "{}\n{}\n",
            serde_json::json!({"id": "short", "text": "Kenya rejected the rail bill."}),
            serde_json::json!({"id": "long", "text": "Japan opposed the mining code. ".repeat(20)}),
        ),
    )
    .unwrap();
    let out = run_in(
        d,
        &[
            "ingest",
            "-q",
            "--store",
            "store",
            "--max-bytes",
            "300",
            "small.txt",
            "large.txt",
            "feed.jsonl",
        ],
    );
    assert_eq!(out.status.code(), Some(1), "a skipped article is a failure");
    let err = stderr(&out);
    assert!(
        err.contains("large.txt: larger than the limit of 300 bytes"),
        "{err}"
    );
    assert!(
        err.contains("feed.jsonl:2: line larger than the limit of 300 bytes"),
        "{err}"
    );
    assert!(
        stdout(&out).contains("2 stored, 0 replaced, 0 unchanged, 2 failed"),
        "{}",
        stdout(&out)
    );
}

#[test]
fn deeply_nested_html_is_refused_for_that_page_only() {
    let dir = temp();
    let d = dir.path();
    // 100,000 nested divs, inside <html> and <body>.
    let depth = 100_000;
    std::fs::write(
        d.join("deep.html"),
        format!(
            "<html><head><title>Deep</title></head><body>{}<p>Peru backed the water plan.</p>{}</body></html>",
            "<div>".repeat(depth),
            "</div>".repeat(depth)
        ),
    )
    .unwrap();
    // An ordinary page with unclosed paragraphs and list items and a script full of tags is fine.
    std::fs::write(
        d.join("sloppy.html"),
        format!(
            "<html><head><title>Sloppy</title><script>var s = '{}';</script></head><body><article><h1>Sloppy</h1>{}<ul>{}</ul></article></body></html>",
            "<div>".repeat(2000),
            "<p>Chile backed the port deal, officials said on Monday in the capital. ".repeat(600),
            "<li>item".repeat(600)
        ),
    )
    .unwrap();
    let out = run_in(
        d,
        &[
            "ingest",
            "-q",
            "--store",
            "store",
            "deep.html",
            "sloppy.html",
        ],
    );
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(
        err.contains("deep.html: HTML nested 100002 elements deep, deeper than the limit of 512"),
        "{err}"
    );
    assert!(!err.contains("sloppy.html"), "{err}");
    assert!(stdout(&out).contains("1 stored"), "{}", stdout(&out));
}

#[test]
fn a_read_only_store_folder_gives_a_clear_error_and_stays_queryable() {
    let dir = temp();
    let d = dir.path();
    ingest_examples(d);
    let before = ok(&run_in(
        d,
        &["export", "--store", "store", "--format", "nquads"],
    ));
    std::fs::write(d.join("new.txt"), "New\n\nPeru backed the water plan.\n").unwrap();
    let as_reader = |args: &[&str]| {
        use std::os::unix::fs::PermissionsExt;
        use std::os::unix::process::CommandExt;
        // Root writes through any mode bits, so as root the binary runs as `nobody`
        // from a copy it may execute; otherwise the mode bits alone make the folder read-only.
        let root = std::fs::metadata("/proc/self")
            .map(|m| std::os::unix::fs::MetadataExt::uid(&m) == 0)
            .unwrap_or(false);
        let mut cmd = if root {
            let copy = d.join("stancegraph");
            if !copy.exists() {
                std::fs::copy(env!("CARGO_BIN_EXE_stancegraph"), &copy).unwrap();
            }
            let mut cmd = std::process::Command::new(copy);
            cmd.uid(65534).gid(65534);
            cmd
        } else {
            bin()
        };
        for path in [d.to_path_buf(), d.join("new.txt")] {
            let mode = if path.is_dir() { 0o755 } else { 0o644 };
            std::fs::set_permissions(&path, std::fs::Permissions::from_mode(mode)).unwrap();
        }
        cmd.current_dir(d)
            .args(args)
            .env_remove("STANCEGRAPH_STORE")
            .output()
            .unwrap()
    };
    make_read_only(&d.join("store"), true);
    let out = as_reader(&["ingest", "-q", "--store", "store", "new.txt"]);
    assert!(!out.status.success());
    let err = stderr(&out);
    assert!(
        err.contains("cannot open the store \"store\": permission denied"),
        "{err}"
    );
    // Reading still works on the read-only folder, and nothing changed.
    let csv = as_reader(&["query", "--store", "store", "--format", "csv", "articles"]);
    assert!(csv.status.success(), "{}", stderr(&csv));
    make_read_only(&d.join("store"), false);
    let after = ok(&run_in(
        d,
        &["export", "--store", "store", "--format", "nquads"],
    ));
    assert_eq!(before, after);
    let out = ok(&run_in(d, &["ingest", "-q", "--store", "store", "new.txt"]));
    assert!(out.contains("1 stored"), "{out}");
}

/// Makes a folder and its files read-only for everyone (or writable again by the owner).
fn make_read_only(folder: &Path, read_only: bool) {
    use std::os::unix::fs::PermissionsExt;
    let (dir_mode, file_mode) = if read_only {
        (0o555, 0o444)
    } else {
        (0o755, 0o644)
    };
    for entry in std::fs::read_dir(folder).unwrap() {
        let path = entry.unwrap().path();
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(file_mode)).unwrap();
    }
    std::fs::set_permissions(folder, std::fs::Permissions::from_mode(dir_mode)).unwrap();
}
