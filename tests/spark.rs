//! The scale-out recipe (issue 4): `stancegraph extract -` as the map step of Apache
//! Spark's `RDD.pipe` in local mode gives the same quads as a local `extract` over the
//! development articles (scripts/spark_extract.py; pyspark and Java come from
//! scripts/install-deps.sh).

use std::process::Command;

use crate::util::*;

#[test]
fn spark_rdd_pipe_through_extract_gives_the_quads_of_a_local_extract() {
    let shared = shared();
    let out = Command::new("python3")
        .arg(repo().join("scripts/spark_extract.py"))
        .arg("--bin")
        .arg(env!("CARGO_BIN_EXE_stancegraph"))
        .arg("--corpus")
        .arg(shared.join("corpus"))
        .arg("--articles")
        .arg(shared.join("eval/dev-articles.txt"))
        .output()
        .expect("python3 runs");
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "the Spark recipe failed:\n{text}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(text.lines().any(|l| l == "equal"), "{text}");
    // Something was extracted: thousands of quads from 19 articles.
    let n: usize = text
        .split("Spark ")
        .nth(1)
        .and_then(|rest| rest.split_whitespace().next())
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| panic!("no count in {text}"));
    assert!(n > 1000, "{text}");
}
