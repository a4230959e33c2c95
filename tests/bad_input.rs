//! Bad input: one clear message naming the file (and line), the rest of the
//! batch stored, a non-zero exit, nothing already stored lost.

use crate::util::*;

#[test]
fn each_bad_input_is_named_and_the_rest_of_the_batch_is_stored() {
    let dir = temp();
    let d = dir.path();
    ingest_examples(d);
    let before = triple_count(d);
    std::fs::write(
        d.join("good.txt"),
        "Good news\n\nPeru backed the water plan.\n",
    )
    .unwrap();
    std::fs::write(d.join("empty.txt"), "").unwrap();
    std::fs::write(d.join("binary.txt"), b"\x00\x01\x02binary").unwrap();
    std::fs::write(d.join("latin1.txt"), b"Caf\xe9 news\n\nbody\n").unwrap();
    std::fs::write(
        d.join("nobody.html"),
        "<html><head><title>x</title></head><body></body></html>",
    )
    .unwrap();
    std::fs::write(
        d.join("feed.jsonl"),
        "{\"id\": \"ok-1\", \"text\": \"Ghana rejected the port deal.\"}\n{not json\n{\"id\": \"no-text\"}\n",
    )
    .unwrap();
    let out = run_in(
        d,
        &[
            "ingest",
            "--store",
            "store",
            "missing.txt",
            "good.txt",
            "empty.txt",
            "binary.txt",
            "latin1.txt",
            "nobody.html",
            "feed.jsonl",
        ],
    );
    assert!(
        !out.status.success(),
        "a failed item makes the exit code non-zero"
    );
    let err = stderr(&out);
    assert!(err.contains("missing.txt: cannot read"), "{err}");
    assert!(err.contains("empty.txt: empty file"), "{err}");
    assert!(err.contains("binary.txt: binary file"), "{err}");
    assert!(err.contains("latin1.txt: not valid UTF-8"), "{err}");
    assert!(err.contains("nobody.html: no article body"), "{err}");
    assert!(
        err.contains("feed.jsonl:2: not a JSON article object"),
        "{err}"
    );
    assert!(err.contains("feed.jsonl:3: no `text` or `html`"), "{err}");
    let summary = stdout(&out);
    assert!(
        summary.contains("2 stored") && summary.contains("7 failed"),
        "{summary}"
    );
    assert!(
        triple_count(d) > before,
        "the good articles were stored and nothing was lost"
    );
    let csv = query_csv(d, &["articles"]);
    assert!(
        csv.contains("good.txt")
            && csv.contains("ok-1")
            && csv.contains("nato-cyber-defence-conference"),
        "{csv}"
    );
}

#[test]
fn a_folder_that_is_not_a_store_is_refused() {
    let dir = temp();
    std::fs::create_dir(dir.path().join("notes")).unwrap();
    std::fs::write(dir.path().join("notes/todo.txt"), "x").unwrap();
    let out = run_in(dir.path(), &["ingest", "--store", "notes"]);
    assert!(!out.status.success());
    assert!(
        stderr(&out).contains("is not a stancegraph store"),
        "{}",
        stderr(&out)
    );
    assert!(dir.path().join("notes/todo.txt").exists());
}

#[test]
fn a_store_in_use_by_another_process_gives_a_clear_message() {
    let dir = temp();
    ingest_examples(dir.path());
    // This test process holds the store open for writing, as a running ingest would.
    let holder = oxigraph::store::Store::open(dir.path().join("store")).expect("the store opens");
    let out = run_in(dir.path(), &["ingest", "--store", "store", "-q"]);
    assert!(!out.status.success());
    assert!(
        stderr(&out).contains("in use by another stancegraph process"),
        "{}",
        stderr(&out)
    );
    drop(holder);
    // Once it is released, writing works again and nothing was lost.
    let out = ok(&run_in(dir.path(), &["ingest", "--store", "store", "-q"]));
    assert!(out.contains("4 unchanged"), "{out}");
}

#[test]
fn a_missing_store_for_query_says_how_to_make_one() {
    let dir = temp();
    let out = run_in(
        dir.path(),
        &["query", "--store", "nowhere", "who-endorsed-what"],
    );
    assert!(!out.status.success());
    assert!(
        stderr(&out).contains("run `stancegraph ingest` first"),
        "{}",
        stderr(&out)
    );
}
