//! Helpers shared by the integration tests.

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

/// The stancegraph binary under test.
pub fn bin() -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_stancegraph"));
    cmd.env_remove("STANCEGRAPH_STORE");
    cmd.env("COLUMNS", "200");
    cmd
}

/// Runs the binary with `args` in `dir` and returns its output.
pub fn run_in(dir: &Path, args: &[&str]) -> Output {
    bin()
        .current_dir(dir)
        .args(args)
        .stdin(Stdio::null())
        .output()
        .expect("the stancegraph binary runs")
}

/// Runs the binary with `args` and `stdin` as standard input.
pub fn run_with_stdin(dir: &Path, args: &[&str], stdin: &str) -> Output {
    use std::io::Write;
    let mut child = bin()
        .current_dir(dir)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the stancegraph binary starts");
    // Write from another thread: a large input would otherwise fill the pipes both ways.
    let mut pipe = child.stdin.take().expect("stdin is piped");
    let input = stdin.to_string();
    let writer = std::thread::spawn(move || pipe.write_all(input.as_bytes()));
    let output = child
        .wait_with_output()
        .expect("the stancegraph binary finishes");
    writer
        .join()
        .expect("the writer thread ends")
        .expect("stdin is written");
    output
}

/// Standard output as text.
pub fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).expect("stdout is UTF-8")
}

/// Standard error as text.
pub fn stderr(output: &Output) -> String {
    String::from_utf8(output.stderr.clone()).expect("stderr is UTF-8")
}

/// Asserts success and returns stdout.
pub fn ok(output: &Output) -> String {
    assert!(
        output.status.success(),
        "command failed: {}\n{}",
        stderr(output),
        stdout(output)
    );
    stdout(output)
}

/// The repository root.
pub fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The shared folder (corpus, gold, scorers): `STANCEGRAPH_SHARED` when set
/// (`.ci/run` sets it for a clone made away from the working copy), else
/// `../shared` beside the repository.
pub fn shared() -> PathBuf {
    let shared = std::env::var_os("STANCEGRAPH_SHARED")
        .map(PathBuf::from)
        .unwrap_or_else(|| repo().join("../shared"));
    assert!(
        shared.join("eval/score.py").exists(),
        "{} (corpus and gold) is missing: put shared/ beside the repository or set STANCEGRAPH_SHARED",
        shared.display()
    );
    shared
}

/// A temporary folder.
pub fn temp() -> tempfile::TempDir {
    tempfile::tempdir().expect("a temporary folder")
}

/// Ingests the bundled examples into `store` inside `dir`.
pub fn ingest_examples(dir: &Path) -> String {
    ok(&run_in(dir, &["ingest", "--store", "store"]))
}

/// Runs `query --store store --format csv ARGS…` in `dir` and returns its output.
pub fn query_csv(dir: &Path, args: &[&str]) -> String {
    let mut all = vec!["query", "--store", "store", "--format", "csv"];
    all.extend_from_slice(args);
    ok(&run_in(dir, &all))
}

/// The number of triples `stats` reports.
pub fn triple_count(dir: &Path) -> usize {
    let out = ok(&run_in(dir, &["stats", "--store", "store"]));
    out.lines()
        .find_map(|l| l.strip_prefix("triples"))
        .and_then(|v| v.trim().parse().ok())
        .expect("stats prints a triple count")
}

/// Whether `SUBSTR(body, start + 1, end - start) = text` holds, in code points.
pub fn span_holds(body: &str, start: usize, end: usize, text: &str) -> bool {
    body.chars()
        .skip(start)
        .take(end - start)
        .collect::<String>()
        == text
}

/// Runs a SELECT on the store `store` under `dir` and returns its CSV rows (header
/// dropped), each as its fields.
pub fn select_rows(dir: &Path, store: &str, sparql: &str) -> Vec<Vec<String>> {
    let csv = ok(&run_in(
        dir,
        &["query", "--store", store, "--format", "csv", sparql],
    ));
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    reader
        .records()
        .map(|r| r.unwrap().iter().map(str::to_string).collect())
        .collect()
}

/// Waits for `child` to exit, or until `deadline`; SIGKILLs it then. True when it was killed.
pub fn kill_at(child: &mut std::process::Child, deadline: std::time::Instant) -> bool {
    loop {
        if child
            .try_wait()
            .expect("the ingest can be waited for")
            .is_some()
        {
            return false;
        }
        if std::time::Instant::now() >= deadline {
            child.kill().expect("SIGKILL is sent");
            child.wait().expect("the killed ingest is reaped");
            return true;
        }
        // A kill at a chosen point of the write is the point of this test, so it polls.
        std::thread::sleep(std::time::Duration::from_millis(2));
    }
}

/// A short article of our own with two stances on one plan, a quote and a role
/// with an organisation (the property-graph and validation tests store it).
pub const RHINE_ARTICLE: &str =
    "Bridge over the Rhine\n\nGermany backed the plan to build a new bridge over the Rhine. \
     France opposed the plan to build a new bridge over the Rhine.\n\n\
     NATO Secretary General Jens Stoltenberg said the bridge would help troops move faster.\n";
