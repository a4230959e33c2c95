#!/usr/bin/env python3
"""Check stancegraph data against ontology/shapes.ttl, plus what SHACL Core cannot say.

Usage:
    python3 scripts/check_shapes.py DATA [DATA ...]

DATA is a file in TriG (.trig), N-Quads (.nq), Turtle (.ttl), N-Triples (.nt),
JSON-LD (.jsonld) or RDF/XML (.rdf, .owl, .xml); --format overrides the
extension. Several files are merged (for example an export of the default
graph and one of the article graphs).

Two checks are run:

1. SHACL: every quad is put into ONE graph (the default graph and all named
   graphs together) and validated with pySHACL against ontology/shapes.ttl,
   with ontology/stancegraph.ttl as the ontology graph and no inference.
2. Extra checks that SHACL Core cannot express (skip with --shacl-only):
   - every evidence's sg:text is exactly the span [sg:start, sg:end) of its
     article's schema:articleBody, counting Unicode code points;
   and, when the data has named graphs:
   - every article is described in the named graph whose name is its IRI;
   - every stance, quote, role and evidence is typed in the named graph of
     its sg:article, and a role's sg:hasRole triple is there too;
   - every stance has its shortcut triple (holder sg:endorses / sg:opposes
     target) in its graph, and every shortcut triple has a stance there.

Prints "conforms" and exits 0 when everything holds; otherwise prints one
line per problem (sorted) and a count, and exits 1. Exits 2 when a file
cannot be read or parsed.

Needs: pip install rdflib pyshacl
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path

try:
    from pyshacl import validate
    from rdflib import BNode, Dataset, Graph, Literal, Namespace, URIRef
    from rdflib.namespace import RDF, SH
except ImportError as err:  # depends on the machine
    print(f"error: {err}; install the checker's dependencies with `pip install rdflib pyshacl`", file=sys.stderr)
    sys.exit(2)

SG = Namespace("https://w3id.org/stancegraph/ns#")
SCHEMA = Namespace("https://schema.org/")
PREFIXES = {
    "https://w3id.org/stancegraph/ns#": "sg:",
    "https://w3id.org/stancegraph/id/": "sgr:",
    "https://w3id.org/stancegraph/shapes#": "sgsh:",
    "https://schema.org/": "schema:",
    "http://www.w3.org/2000/01/rdf-schema#": "rdfs:",
    "http://www.w3.org/2002/07/owl#": "owl:",
    "http://www.w3.org/2004/02/skos/core#": "skos:",
    "http://www.w3.org/ns/shacl#": "sh:",
    "http://www.w3.org/2001/XMLSchema#": "xsd:",
}
FORMATS = {
    ".trig": "trig",
    ".nq": "nquads",
    ".nquads": "nquads",
    ".ttl": "turtle",
    ".turtle": "turtle",
    ".nt": "nt",
    ".ntriples": "nt",
    ".jsonld": "json-ld",
    ".json": "json-ld",
    ".rdf": "xml",
    ".owl": "xml",
    ".xml": "xml",
}
QUAD_FORMATS = {"trig", "nquads", "json-ld"}
ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    parser = argparse.ArgumentParser(
        description="Check stancegraph data against the SHACL shapes and the offset and graph rules."
    )
    parser.add_argument("data", nargs="+", type=Path, help="data files to merge and check")
    parser.add_argument(
        "--shapes",
        type=Path,
        default=ROOT / "ontology" / "shapes.ttl",
        help="SHACL shapes (default: ontology/shapes.ttl beside this script)",
    )
    parser.add_argument(
        "--ontology",
        type=Path,
        default=ROOT / "ontology" / "stancegraph.ttl",
        help="ontology mixed into the data for validation (default: ontology/stancegraph.ttl)",
    )
    parser.add_argument(
        "--format",
        help="rdflib format of every data file (default: from each file's extension)",
    )
    parser.add_argument(
        "--shacl-only",
        action="store_true",
        help="run the SHACL shapes only, not the offset and graph checks",
    )
    parser.add_argument(
        "--max",
        type=int,
        default=200,
        help="print at most this many problems (default: 200; the count is always exact)",
    )
    args = parser.parse_args()

    try:
        dataset, has_named_graphs = load_data(args.data, args.format)
        shapes = Graph().parse(args.shapes, format="turtle")
        ontology = Graph().parse(args.ontology, format="turtle")
    except Exception as err:  # rdflib raises many kinds of parse errors
        print(f"error: {err}", file=sys.stderr)
        return 2

    merged = Graph()
    for s, p, o, _ in dataset.quads((None, None, None, None)):
        merged.add((s, p, o))

    problems = shacl_problems(merged, shapes, ontology)
    if not args.shacl_only:
        problems += offset_problems(merged)
        if has_named_graphs:
            problems += graph_problems(dataset)
        else:
            print("note: the data has no named graphs; graph placement checks skipped", file=sys.stderr)

    if not problems:
        print(f"conforms ({len(merged)} triples)")
        return 0
    problems = sorted(set(problems))
    for line in problems[: args.max]:
        print(line)
    if len(problems) > args.max:
        print(f"... and {len(problems) - args.max} more")
    print(f"does not conform: {len(problems)} problems")
    return 1


def load_data(paths: list[Path], fmt: str | None) -> tuple[Dataset, bool]:
    """Parses every file into one dataset; says whether any named graph has triples."""
    dataset = Dataset()
    for path in paths:
        file_format = fmt or FORMATS.get(path.suffix.lower())
        if file_format is None:
            raise ValueError(f"cannot tell the format of '{path}' from its extension; use --format")
        if file_format in QUAD_FORMATS:
            dataset.parse(path, format=file_format)
        else:
            default_graph(dataset).parse(path, format=file_format)
    default_id = default_graph(dataset).identifier
    graphs = dataset.graphs() if hasattr(dataset, "graphs") else dataset.contexts()
    has_named_graphs = any(len(graph) > 0 and graph.identifier != default_id for graph in graphs)
    return dataset, has_named_graphs


def default_graph(dataset: Dataset) -> Graph:
    """The dataset's default graph, under its rdflib 7.1+ name or the older one."""
    graph = getattr(dataset, "default_graph", None)
    return graph if isinstance(graph, Graph) else dataset.default_context


def shacl_problems(data: Graph, shapes: Graph, ontology: Graph) -> list[str]:
    """Runs pySHACL and turns each validation result into one line."""
    conforms, results, _ = validate(
        data,
        shacl_graph=shapes,
        ont_graph=ontology,
        inference="none",
        abort_on_first=False,
        allow_warnings=False,
        meta_shacl=False,
        advanced=False,
    )
    if conforms:
        return []
    lines = []
    for result in results.subjects(RDF.type, SH.ValidationResult):
        focus = results.value(result, SH.focusNode)
        path = results.value(result, SH.resultPath)
        value = results.value(result, SH.value)
        messages = sorted(str(m) for m in results.objects(result, SH.resultMessage))
        component = results.value(result, SH.sourceConstraintComponent)
        line = f"shacl: {short(focus)}"
        if path is not None:
            line += f" {short_path(results, path)}"
        if value is not None:
            line += f" = {short(value)}"
        line += f": {messages[0] if messages else ''}"
        if component is not None:
            line += f" [{short(component)}]"
        lines.append(line)
    return lines


def offset_problems(data: Graph) -> list[str]:
    """Checks that each evidence's text is its span of the article body, in code points."""
    lines = []
    for evidence in sorted(set(data.subjects(RDF.type, SG.Evidence))):
        text = data.value(evidence, SG.text)
        start = data.value(evidence, SG.start)
        end = data.value(evidence, SG.end)
        article = data.value(evidence, SG.article)
        if None in (text, start, end, article):
            continue  # SHACL reports the missing value
        body = data.value(article, SCHEMA.articleBody)
        if body is None:
            continue  # SHACL reports the missing body
        try:
            start_idx, end_idx = int(start.toPython()), int(end.toPython())
        except (TypeError, ValueError):
            continue  # SHACL reports the bad datatype
        body_str = str(body)
        if not 0 <= start_idx <= end_idx <= len(body_str):
            lines.append(
                f"offsets: {short(evidence)} span [{start_idx}, {end_idx}) is reversed or outside the body "
                f"of {short(article)} ({len(body_str)} code points)"
            )
            continue
        span = body_str[start_idx:end_idx]
        if span != str(text):
            lines.append(
                f"offsets: {short(evidence)} sg:text {clip(str(text))!r} differs from "
                f"the body span [{start_idx}, {end_idx}) {clip(span)!r}"
            )
    return lines


def graph_problems(dataset: Dataset) -> list[str]:
    """Checks that every fact sits in its article's named graph, with its shortcut triple."""
    lines = []
    types_in = defaultdict(set)  # (subject, class) -> graphs where it is typed so
    triples_in = defaultdict(set)  # (s, p, o) -> graphs holding it
    for s, p, o, g in dataset.quads((None, None, None, None)):
        graph = getattr(g, "identifier", g)
        triples_in[(s, p, o)].add(graph)
        if p == RDF.type:
            types_in[(s, o)].add(graph)

    by_subject = defaultdict(dict)  # subject -> predicate -> objects
    has_role_graphs = defaultdict(set)  # role -> graphs holding a sg:hasRole triple to it
    for (s, p, o), graphs in triples_in.items():
        by_subject[s].setdefault(p, set()).add(o)
        if p == SG.hasRole:
            has_role_graphs[o] |= graphs

    def one(subject, predicate):
        values = by_subject.get(subject, {}).get(predicate, set())
        return next(iter(values)) if len(values) == 1 else None

    for (subject, cls), graphs in sorted(types_in.items()):
        if cls == SG.Article:
            if subject not in graphs:
                lines.append(f"graphs: article {short(subject)} is not described in its own named graph")
        elif cls in (SG.Stance, SG.Quote, SG.Role, SG.Evidence):
            article = one(subject, SG.article)
            if article is None:
                continue  # SHACL reports it
            if article not in graphs:
                lines.append(
                    f"graphs: {short(subject)} ({short(cls)}) is not in the named graph of its article {short(article)}"
                )
            if cls == SG.Role:
                graphs_with_holder = has_role_graphs.get(subject, set())
                if graphs_with_holder and article not in graphs_with_holder:
                    lines.append(
                        f"graphs: the sg:hasRole triple of {short(subject)} is not in the named graph of its article {short(article)}"
                    )
            if cls == SG.Stance:
                holder = one(subject, SG.holder)
                target = one(subject, SG.target)
                polarity = one(subject, SG.polarity)
                shortcut = {SG.Support: SG.endorses, SG.Oppose: SG.opposes}.get(polarity)
                if None in (holder, target, shortcut):
                    continue  # SHACL reports it
                if article not in triples_in.get((holder, shortcut, target), set()):
                    lines.append(
                        f"graphs: stance {short(subject)} has no {short(holder)} {short(shortcut)} {short(target)} "
                        f"triple in the named graph of {short(article)}"
                    )

    # Every shortcut triple is backed by a stance in the same graph.
    stances_in = defaultdict(set)  # (holder, shortcut, target) -> graphs with such a stance
    for (subject, cls), graphs in types_in.items():
        if cls != SG.Stance:
            continue
        holder, target = one(subject, SG.holder), one(subject, SG.target)
        shortcut = {SG.Support: SG.endorses, SG.Oppose: SG.opposes}.get(one(subject, SG.polarity))
        if None not in (holder, target, shortcut):
            stances_in[(holder, shortcut, target)] |= graphs
    for (s, p, o), graphs in triples_in.items():
        if p not in (SG.endorses, SG.opposes):
            continue
        for graph in graphs - stances_in.get((s, p, o), set()):
            lines.append(
                f"graphs: {short(s)} {short(p)} {short(o)} in graph {short(graph)} has no stance behind it there"
            )
    return lines


def short(term) -> str:
    """Writes a term compactly: prefixed IRIs, quoted literals, _:blank nodes."""
    if term is None:
        return "-"
    if isinstance(term, URIRef):
        text = str(term)
        for namespace, prefix in PREFIXES.items():
            if text.startswith(namespace):
                return prefix + text[len(namespace):]
        return f"<{text}>"
    if isinstance(term, Literal):
        shown = repr(clip(str(term)))
        if term.datatype is not None:
            shown += f"^^{short(term.datatype)}"
        elif term.language:
            shown += f"@{term.language}"
        return shown
    if isinstance(term, BNode):
        return "_:b"
    return str(term)


def short_path(results: Graph, path) -> str:
    """Writes a SHACL result path, including an inverse path."""
    if isinstance(path, BNode):
        inverse = results.value(path, SH.inversePath)
        if inverse is not None:
            return f"^{short(inverse)}"
    return short(path)


def clip(text: str, width: int = 60) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


if __name__ == "__main__":
    sys.exit(main())
