#!/usr/bin/env bash
# A full disk during ingest (issue 5), reproduced on a small tmpfs; needs root (mount).
# Usage: sudo scripts/full-disk-check.sh [CORPUS_DIR]   (default: ../shared/corpus/bbc)
# 1. ingests the corpus into a store on a 24 MB tmpfs, which fills up: ingest must stop
#    with a clear "No space left on device" message and a non-zero exit;
# 2. the store on the full disk must still open and answer queries, and every
#    article graph in it must equal the same article in a clean reference store;
# 3. after the tmpfs is grown, rerunning the ingest must complete the store to
#    exactly the reference (same N-Quads export).
set -euo pipefail
cd "$(dirname "$0")/.."
corpus="$(realpath "${1:-../shared/corpus/bbc}")"
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/stancegraph/target}"
cargo build --release --quiet
bin="$CARGO_TARGET_DIR/release/stancegraph"
work="$(mktemp -d)"
mkdir "$work/disk"
mount -t tmpfs -o size=24m tmpfs "$work/disk"
trap 'umount "$work/disk" 2>/dev/null; rm -rf "$work"' EXIT

"$bin" ingest -q --store "$work/reference" "$corpus" > /dev/null
"$bin" export --store "$work/reference" --format nquads -o "$work/reference.nq"

set +e
"$bin" ingest -q --store "$work/disk/store" "$corpus" > "$work/full.out" 2> "$work/full.err"
status=$?
set -e
echo "ingest on a full disk: exit $status; $(tail -1 "$work/full.err")"
[ "$status" -ne 0 ] || { echo "FAIL: ingest did not fail on a 24 MB disk"; exit 1; }
grep -q "No space left on device" "$work/full.err" || { echo "FAIL: the message does not say the disk is full"; exit 1; }

# The store on the full disk opens read-only and every article in it is whole.
"$bin" query --store "$work/disk/store" --format csv who-endorsed-what > /dev/null
"$bin" export --store "$work/disk/store" --format nquads -o "$work/partial.nq"
python3 -c 'import pyoxigraph' 2>/dev/null || python3 -m pip install --quiet --disable-pip-version-check 'pyoxigraph>=0.5,<0.6'
python3 - "$work/reference.nq" "$work/partial.nq" <<'PY'
import sys
from collections import defaultdict
import pyoxigraph
def graphs(path):
    by_graph = defaultdict(set)
    for quad in pyoxigraph.parse(path=path, format=pyoxigraph.RdfFormat.N_QUADS):
        by_graph[str(quad.graph_name)].add(str(quad))
    return by_graph
reference, partial = graphs(sys.argv[1]), graphs(sys.argv[2])
is_article = lambda g: g.startswith("<https://w3id.org/stancegraph/id/article/")
articles = [g for g in partial if is_article(g)]
# An article whose text is also in a later file gets that path as one more sg:source
# when the later file is read; until then it is whole without it.
source = "<https://w3id.org/stancegraph/ns#source>"
without_sources = lambda quads: {q for q in quads if source not in q}
broken = [g for g in articles if without_sources(partial[g]) != without_sources(reference.get(g, set()))
          or not partial[g] <= reference.get(g, set())]
for g in broken[:3]:
    print("partly stored:", g, sorted(reference.get(g, set()) ^ partial[g])[:4])
print(f"store on the full disk: {len(articles)} of {sum(map(is_article, reference))} articles, {len(broken)} partly stored")
sys.exit(1 if broken else 0)
PY

# With room again, a rerun completes the store to exactly the reference.
mount -o remount,size=512m "$work/disk"
"$bin" ingest -q --store "$work/disk/store" "$corpus" > /dev/null
"$bin" export --store "$work/disk/store" --format nquads -o "$work/completed.nq"
if cmp -s "$work/reference.nq" "$work/completed.nq"; then
  echo "after a rerun with room: the store equals a clean ingest ($(wc -l < "$work/completed.nq") quads)"
else
  echo "FAIL: the completed store differs from a clean ingest"; exit 1
fi
