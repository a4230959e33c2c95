#!/usr/bin/env bash
# Reproducible throughput and memory benchmark (see README, "Benchmark").
# Usage: [BIN=path/to/stancegraph] scripts/bench.sh [CORPUS_DIR] [COPIES]
#   BIN:        a built binary to measure instead of building this tree
#   CORPUS_DIR: a folder of .txt articles (default: ../shared/corpus/bbc)
#   COPIES:     copies of the corpus in the JSON Lines run (default 10; 0 skips it)
# Builds the release binary, then measures on fresh on-disk stores:
#   1. extraction alone (articles/s, MB/s),
#   2. ingest of the folder (articles/s, MB/s, triples/s, peak RSS),
#   3. Oxigraph's own bulk loader (pyoxigraph, the same Oxigraph 0.5) loading the
#      same quads from N-Quads into a fresh store, and the ratio ingest / bulk load,
#   4. ingest of COPIES copies of the corpus as one JSON Lines file, each copy under
#      its own URLs so every article is new (peak RSS; the file is streamed),
#   5. the saved who-endorsed-what query on that store (20,000+ articles), best of 5,
#      process start included, beside `ASK {}` (the process start and store opening).
set -euo pipefail
cd "$(dirname "$0")/.."
corpus="$(realpath "${1:-../shared/corpus/bbc}")"
copies="${2:-10}"
if [ -n "${BIN:-}" ]; then
  # Another build (an older commit's, say) measured by the same script.
  bin="$(realpath "$BIN")"
else
  export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/stancegraph/target}"
  cargo build --release --quiet
  bin="$CARGO_TARGET_DIR/release/stancegraph"
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
python3 -c 'import pyoxigraph' 2>/dev/null || python3 -m pip install --quiet --disable-pip-version-check 'pyoxigraph>=0.5,<0.6'

n_articles=$(find "$corpus" -type f \( -name '*.txt' -o -name '*.html' -o -name '*.jsonl' \) ! -iname 'readme*' | wc -l)
mb=$(find "$corpus" -type f \( -name '*.txt' -o -name '*.html' -o -name '*.jsonl' \) ! -iname 'readme*' -print0 \
  | du -cb --files0-from=- | tail -1 | cut -f1 | awk '{printf "%.2f", $1 / 1e6}')
now() { date +%s.%N; }
rate() { python3 -c "import sys; print(f'{float(sys.argv[1]) / float(sys.argv[2]):,.1f}')" "$1" "$2"; }
echo "corpus: $corpus ($n_articles articles, $mb MB); $(nproc) cores; load average $(cut -d' ' -f1 /proc/loadavg)"

t0=$(now); "$bin" extract "$corpus" > "$work/facts.jsonl"; t1=$(now)
extract_s=$(python3 -c "print(f'{$t1 - $t0:.2f}')")
echo "extract: ${extract_s}s: $(rate "$n_articles" "$extract_s") articles/s, $(rate "$mb" "$extract_s") MB/s"

/usr/bin/time -f '%e %M' -o "$work/ingest.time" "$bin" ingest -q --store "$work/store" "$corpus" > "$work/ingest.out"
read -r ingest_s ingest_kb < "$work/ingest.time"
triples=$("$bin" stats --store "$work/store" | awk '/^triples/ {print $2}')
echo "ingest:  ${ingest_s}s: $(rate "$n_articles" "$ingest_s") articles/s, $(rate "$mb" "$ingest_s") MB/s, $(rate "$triples" "$ingest_s") triples/s, peak RSS $((ingest_kb / 1024)) MB ($triples triples)"

"$bin" export --store "$work/store" --format nquads -o "$work/all.nq"
bulk_s=$(python3 - "$work/all.nq" "$work/bulk" <<'PY'
import sys, time, pyoxigraph
start = time.perf_counter()
store = pyoxigraph.Store(sys.argv[2])
store.bulk_load(path=sys.argv[1], format=pyoxigraph.RdfFormat.N_QUADS)
store.flush()
print(f"{time.perf_counter() - start:.2f}")
PY
)
echo "oxigraph bulk load of the same quads: ${bulk_s}s (ingest / bulk load = $(rate "$ingest_s" "$bulk_s"); target at most 1.5)"
rm -rf "$work/bulk" "$work/all.nq" "$work/facts.jsonl"

if [ "$copies" -gt 0 ]; then
  # One JSON Lines file of COPIES copies; each copy's articles get their own URL, so all are new.
  python3 - "$corpus" "$copies" "$work/copies.jsonl" <<'PY'
import json, os, sys
corpus, copies, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
files = sorted(os.path.join(d, f) for d, _, fs in os.walk(corpus) for f in fs
               if f.endswith(".txt") and not f.lower().startswith("readme"))
with open(out, "w", encoding="utf-8") as feed:
    for copy in range(copies):
        for path in files:
            text = open(path, encoding="utf-8", errors="replace").read()
            title, _, body = text.partition("\n")
            rel = os.path.relpath(path, corpus)
            feed.write(json.dumps({"id": f"copy{copy}/{rel}", "url": f"https://bench.example/copy{copy}/{rel}",
                                   "title": title.strip(), "text": body.strip() or title}) + "\n")
PY
  n_lines=$(wc -l < "$work/copies.jsonl")
  feed_mb=$(du -b "$work/copies.jsonl" | awk '{printf "%.1f", $1 / 1e6}')
  /usr/bin/time -f '%e %M' -o "$work/copies.time" "$bin" ingest -q --store "$work/big" "$work/copies.jsonl" > "$work/copies.out"
  read -r copies_s copies_kb < "$work/copies.time"
  n_stored=$(awk '/^store/ {print $3}' "$work/copies.out")
  echo "ingest of $copies copies as JSON Lines ($n_lines articles, $feed_mb MB): ${copies_s}s, $(rate "$n_lines" "$copies_s") articles/s, peak RSS $((copies_kb / 1024)) MB (target under 300 MB); store holds $n_stored articles"
  # Best of five, process start included; CPU is user + system time of the process.
  # `ASK {}` reads nothing: it is the process start and the store's opening.
  timed() {
    python3 - "$bin" "$work/big" "$1" <<'PY'
import resource, subprocess, sys, time
walls, cpus = [], []
for _ in range(5):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    out = subprocess.run([sys.argv[1], "query", "--store", sys.argv[2], "--format", "csv", sys.argv[3]],
                         check=True, capture_output=True).stdout
    walls.append(time.perf_counter() - start)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpus.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
rows = max(out.count(b"\n") - 1, 0)
print(f"{min(walls) * 1000:.0f} ms ({rows} rows; median {sorted(walls)[2] * 1000:.0f} ms; CPU {min(cpus) * 1000:.0f} ms)")
PY
  }
  echo "ASK {} on $n_stored articles: $(timed 'ASK {}')"
  echo "who-endorsed-what on $n_stored articles: $(timed who-endorsed-what), process start included (target under 100 ms)"
fi
echo "load average at the end: $(cut -d" " -f1-3 /proc/loadavg)"
