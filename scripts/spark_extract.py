#!/usr/bin/env python3
"""Run `stancegraph extract -` as the map step of Apache Spark, and check it.

The recipe the README shows, end to end on the development articles:

1. `stancegraph read` turns the articles into JSON Lines (one article a line);
   each line becomes an ingestible article: `id` is the path, `text` the body
   after its headline (ingest puts `title`, a blank line and `text` back
   together into the same body, so the article IRIs are the same).
2. pyspark, in local mode, reads the JSON Lines as an RDD of lines and pipes
   each partition through `stancegraph extract --format nquads -`
   (RDD.pipe: lines in on stdin, lines out on stdout).
3. The quads Spark collects are compared, as sets, with those of a local
   `stancegraph extract --format nquads` over the same files. Entity
   descriptions are written once per article, so both sides repeat them;
   sets compare what each side says, not how often.

Usage:
    python3 scripts/spark_extract.py [--bin PATH] [--corpus DIR] [--articles FILE]
                                     [--partitions N] [--out DIR]

Defaults: the release binary of $CARGO_TARGET_DIR (else target/release),
../shared/corpus and ../shared/eval/dev-articles.txt beside the repository,
4 partitions. --out also saves Spark's N-Quads there (one part file per
partition, Spark's layout). Prints the counts and the time; exits 0 when the
quads are equal, 1 when they differ, 2 when something cannot run.

Needs: Java 17 (or 11/21) and `pip install pyspark`.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    target = Path(os.environ.get("CARGO_TARGET_DIR", ROOT / "target"))
    parser.add_argument("--bin", type=Path, default=target / "release" / "stancegraph")
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    parser.add_argument(
        "--articles", type=Path, default=ROOT.parent / "shared" / "eval" / "dev-articles.txt"
    )
    parser.add_argument("--partitions", type=int, default=4)
    parser.add_argument("--out", type=Path, help="also save Spark's N-Quads in this folder")
    args = parser.parse_args()

    binary = args.bin.resolve()
    if not binary.exists():
        print(f"error: no stancegraph binary at {binary}; run `cargo build --release`", file=sys.stderr)
        return 2
    try:
        from pyspark.sql import SparkSession
    except ImportError:
        print("error: pyspark is missing; `pip install pyspark`", file=sys.stderr)
        return 2
    paths = [line.strip() for line in args.articles.read_text().splitlines() if line.strip()]

    # 1. Articles to ingestible JSON Lines with `stancegraph read`.
    read = subprocess.run(
        [str(binary), "read", *paths], cwd=args.corpus, capture_output=True, text=True, check=True
    )
    with tempfile.TemporaryDirectory() as tmp:
        jsonl = Path(tmp) / "articles.jsonl"
        with jsonl.open("w") as out:
            for line in read.stdout.splitlines():
                out.write(json.dumps(ingestible(json.loads(line)), ensure_ascii=False) + "\n")

        # 2. Spark: RDD.pipe through `extract -`, in local mode.
        started = time.monotonic()
        spark = (
            SparkSession.builder.master(f"local[{min(args.partitions, os.cpu_count() or 1)}]")
            .appName("stancegraph-extract")
            .config("spark.ui.enabled", "false")
            .getOrCreate()
        )
        spark.sparkContext.setLogLevel("ERROR")
        try:
            lines = spark.sparkContext.textFile(str(jsonl), minPartitions=args.partitions)
            quads_rdd = lines.pipe(f"{binary} extract --format nquads -")
            if args.out:
                quads_rdd.saveAsTextFile(str(args.out))
            spark_quads = quads_rdd.collect()
            n_partitions = lines.getNumPartitions()
        finally:
            spark.stop()
        spark_secs = time.monotonic() - started

    # 3. The same extraction, locally, straight from the files.
    local = subprocess.run(
        [str(binary), "extract", "--format", "nquads", *paths],
        cwd=args.corpus,
        capture_output=True,
        text=True,
        check=True,
    )
    spark_set = {q for q in spark_quads if q.strip()}
    local_set = {q for q in local.stdout.splitlines() if q.strip()}
    print(
        f"{len(paths)} articles, {n_partitions} partitions: Spark {len(spark_set)} distinct quads "
        f"in {spark_secs:.1f}s (with Spark's start), local extract {len(local_set)} distinct quads"
    )
    if spark_set == local_set:
        print("equal")
        return 0
    for quad in sorted(spark_set - local_set)[:10]:
        print(f"only from Spark: {quad}")
    for quad in sorted(local_set - spark_set)[:10]:
        print(f"only from local extract: {quad}")
    print(f"differ: {len(spark_set - local_set)} only from Spark, {len(local_set - spark_set)} only local")
    return 1


def ingestible(read_line: dict) -> dict:
    """A `stancegraph read` line as ingest's JSON Lines article (same body, same IRI)."""
    text = read_line["text"]
    title = read_line.get("title")
    if title and text.startswith(title + "\n\n"):
        text = text[len(title) + 2 :]
    else:
        title = None
    article = {"id": read_line["article"], "title": title, "text": text}
    for key in ("url", "author", "date", "publisher"):
        if read_line.get(key):
            article[key] = read_line[key]
    return article


if __name__ == "__main__":
    sys.exit(main())
