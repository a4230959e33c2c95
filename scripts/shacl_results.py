#!/usr/bin/env python3
"""Print pySHACL's validation results for stancegraph data, one a line, for comparison.

Usage:
    python3 scripts/shacl_results.py DATA [--shapes FILE]

DATA is TriG (.trig), N-Quads (.nq), Turtle (.ttl) or N-Triples (.nt). As in
scripts/check_shapes.py, every quad goes into ONE graph, validated against
ontology/shapes.ttl with ontology/stancegraph.ttl as the ontology graph and
no inference. Each result is printed as tab-separated
    focus  path  component
(focus in N-Triples form, path as <iri> or ^<iri> or empty, the constraint
component's local name), sorted and without repeats: the same layout as the
first columns of `stancegraph validate --format tsv` after its article.
Exits 0 whether or not the data conforms; 2 when it cannot be read.
"""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from pyshacl import validate
from rdflib import BNode, Dataset, Graph
from rdflib.namespace import RDF, SH

ROOT = Path(__file__).resolve().parent.parent
FORMATS = {".trig": "trig", ".nq": "nquads", ".ttl": "turtle", ".nt": "nt"}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path)
    parser.add_argument("--shapes", type=Path, default=ROOT / "ontology" / "shapes.ttl")
    parser.add_argument("--ontology", type=Path, default=ROOT / "ontology" / "stancegraph.ttl")
    args = parser.parse_args()
    logging.disable(logging.WARNING)  # rdflib logs ill-typed literals, which the tests make on purpose
    try:
        dataset = Dataset()
        dataset.parse(args.data, format=FORMATS[args.data.suffix.lower()])
        shapes = Graph().parse(args.shapes, format="turtle")
        ontology = Graph().parse(args.ontology, format="turtle")
    except Exception as err:  # rdflib raises many kinds of parse errors
        print(f"error: {err}", file=sys.stderr)
        return 2
    merged = Graph()
    for s, p, o, _ in dataset.quads((None, None, None, None)):
        merged.add((s, p, o))
    _, results, _ = validate(
        merged,
        shacl_graph=shapes,
        ont_graph=ontology,
        inference="none",
        abort_on_first=False,
        allow_warnings=False,
        meta_shacl=False,
        advanced=False,
    )
    lines = set()
    # Results nested under sh:detail (why an sh:node failed) are not top-level results.
    details = set(results.objects(None, SH.detail))
    for result in results.subjects(RDF.type, SH.ValidationResult):
        if result in details:
            continue
        focus = results.value(result, SH.focusNode)
        path = results.value(result, SH.resultPath)
        component = str(results.value(result, SH.sourceConstraintComponent)).rsplit("#", 1)[-1]
        if path is None:
            shown_path = ""
        elif isinstance(path, BNode):
            shown_path = "^" + results.value(path, SH.inversePath).n3()
        else:
            shown_path = path.n3()
        lines.add(f"{focus.n3()}\t{shown_path}\t{component}")
    for line in sorted(lines):
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
