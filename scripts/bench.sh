#!/usr/bin/env bash
# Reproducible throughput and memory benchmark (see README, "Benchmark").
# Usage: scripts/bench.sh [CORPUS_DIR]   (default: ../shared/corpus/bbc)
# Builds the release binary, then measures on a fresh on-disk store:
#   1. extraction alone (articles/s, MB/s), 2. ingest (articles/s, triples/s, peak RSS),
#   3. Oxigraph's own bulk loader (pyoxigraph, the same Oxigraph 0.5) loading the same quads,
#   4. the saved who-endorsed-what query on the resulting store.
set -euo pipefail
cd "$(dirname "$0")/.."
corpus="$(realpath "${1:-../shared/corpus/bbc}")"
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/stancegraph/target}"
cargo build --release --quiet
bin="$CARGO_TARGET_DIR/release/stancegraph"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
python3 -c 'import pyoxigraph' 2>/dev/null || python3 -m pip install --quiet --disable-pip-version-check 'pyoxigraph>=0.5,<0.6'

n_articles=$(find "$corpus" -type f \( -name '*.txt' -o -name '*.html' -o -name '*.jsonl' \) ! -iname 'readme*' | wc -l)
mb=$(du -sm --apparent-size "$corpus" | cut -f1)
now() { date +%s.%N; }
rate() { python3 -c "import sys; print(f'{float(sys.argv[1]) / float(sys.argv[2]):.1f}')" "$1" "$2"; }

t0=$(now); "$bin" extract "$corpus" > "$work/facts.jsonl"; t1=$(now)
extract_s=$(python3 -c "print(f'{$t1 - $t0:.2f}')")
echo "extract: $n_articles articles, ${mb} MB in ${extract_s}s: $(rate "$n_articles" "$extract_s") articles/s, $(rate "$mb" "$extract_s") MB/s"

/usr/bin/time -f '%e %M' -o "$work/ingest.time" "$bin" ingest -q --store "$work/store" "$corpus" > "$work/ingest.out"
read -r ingest_s ingest_kb < "$work/ingest.time"
triples=$("$bin" stats --store "$work/store" | awk '/^triples/ {print $2}')
echo "ingest:  ${ingest_s}s: $(rate "$n_articles" "$ingest_s") articles/s, $(rate "$triples" "$ingest_s") triples/s, peak RSS $((ingest_kb / 1024)) MB ($triples triples)"

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
echo "oxigraph bulk load of the same quads: ${bulk_s}s (ingest / bulk load = $(rate "$ingest_s" "$bulk_s"))"

t0=$(now); "$bin" query --store "$work/store" --format csv who-endorsed-what > "$work/q.csv"; t1=$(now)
echo "who-endorsed-what: $(( $(wc -l < "$work/q.csv") - 1 )) rows in $(python3 -c "print(f'{($t1 - $t0) * 1000:.0f}')") ms (process start included)"
