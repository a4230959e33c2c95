#!/usr/bin/env python3
"""Generate data/gazetteer/countries.tsv and data/gazetteer/organisations.tsv.

Inputs (nothing else is read):
  - the shared reference tables (default ../shared/data/reference, relative to
    the repository root): countries.tsv and organisations.tsv, which carry the
    Wikidata ids and their provenance (see their README.md);
  - data/gazetteer/curated_countries.tsv: hand-curated labels, extra aliases,
    aliases to drop, demonym fixes and capitals, keyed by ISO alpha-3 code;
  - data/gazetteer/curated_organisations.tsv: the curated list of
    organisations (id, label, kind, aliases, country) without any Wikidata id.

Every Wikidata id in the output is copied from a reference table by this
script; none is typed by hand.  An organisation gets an id only when exactly
one reference QID matches it at the best match level (see `match_org`).

Usage:
    python3 scripts/make_gazetteer.py [--reference DIR] [--out DIR] [--quiet]

The script prints a report on stderr: which reference row each organisation
matched, organisations left without an id, and surface forms shared by more
than one gazetteer entry.  It exits non-zero when an input is malformed.
Python 3 standard library only.
"""

import argparse
import csv
import os
import re
import sys
import unicodedata

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_REFERENCE = os.path.join(REPO, "..", "shared", "data", "reference")
DEFAULT_OUT = os.path.join(REPO, "data", "gazetteer")
CURATED_COUNTRIES = os.path.join(REPO, "data", "gazetteer", "curated_countries.tsv")
CURATED_ORGS = os.path.join(REPO, "data", "gazetteer", "curated_organisations.tsv")

COUNTRY_SOURCE = "shared/data/reference/countries.tsv"
ORG_SOURCE = "shared/data/reference/organisations.tsv"
NO_ID_SOURCE = "curated (no reference id)"

ORG_KINDS = {
    "alliance", "igo", "party", "government-body", "legislature", "agency",
    "court", "outlet", "company", "ngo", "union", "other",
}

# Reference rows whose QID the reference README asks users to verify
# ("Verify ASEAN, Mercosur, IMF and ICRC against Wikidata before relying on
# them").  Named by the reference's `name` column, so no QID is typed here.
VERIFY_NAMES = {
    "Association of Southeast Asian Nations",
    "Mercosur",
    "International Monetary Fund",
    "International Committee of the Red Cross",
}

# A demonyms cell holding only this clears the reference demonyms.
CLEAR = "-"


class InputError(Exception):
    pass


def read_tsv(path):
    """Read a TSV file with a header row into a list of dicts."""
    try:
        with open(path, encoding="utf-8", newline="") as f:
            reader = csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE)
            rows = list(reader)
    except OSError as e:
        raise InputError(f"cannot read {path!r}: {e}")
    if not rows:
        raise InputError(f"{path!r} is empty")
    header = rows[0]
    out = []
    for n, row in enumerate(rows[1:], start=2):
        if not row:
            continue
        if len(row) != len(header):
            raise InputError(
                f"{path!r} line {n}: {len(row)} fields, header has {len(header)}"
            )
        out.append(dict(zip(header, row)))
    return out


def split_multi(value):
    """Split a `|`-separated cell into trimmed, non-empty values."""
    return [v.strip() for v in value.split("|") if v.strip()]


def dedupe(values, exclude=()):
    """Drop duplicates (first kept) and values equal to any in `exclude`."""
    seen = set(exclude)
    out = []
    for v in values:
        if v not in seen:
            seen.add(v)
            out.append(v)
    return out


def slugify(text):
    """Lower-case ASCII slug: 'Côte d'Ivoire' -> 'cote-d-ivoire'."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.encode("ascii", "ignore").decode("ascii").lower()
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")


def check_field(value, where):
    if "\t" in value or "\n" in value or "\r" in value:
        raise InputError(f"{where}: tab or newline in {value!r}")


def check_values(values, where):
    for v in values:
        check_field(v, where)
        if "|" in v:
            raise InputError(f"{where}: '|' inside value {v!r}")


def write_tsv(path, header, rows):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\t".join(header) + "\n")
        for row in rows:
            for cell in row:
                check_field(cell, f"{path} row {row[0]!r}")
            f.write("\t".join(row) + "\n")


# ---------------------------------------------------------------- countries


def build_countries(reference_rows, curated_rows):
    curated = {}
    for row in curated_rows:
        code = row["iso_alpha3"].strip()
        if code in curated:
            raise InputError(f"curated_countries.tsv: duplicate code {code!r}")
        curated[code] = row
    ref_codes = {r["iso_alpha3"] for r in reference_rows}
    unknown = sorted(set(curated) - ref_codes)
    if unknown:
        raise InputError(f"curated_countries.tsv: codes not in reference: {unknown}")

    out = []
    by_code = {}
    for ref in reference_rows:
        code = ref["iso_alpha3"]
        cur = curated.get(code, {})
        curated_parts = []

        label = cur.get("label", "").strip() or ref["name"]
        if label != ref["name"]:
            curated_parts.append("label")
        cid = cur.get("id", "").strip() or slugify(label)

        drop = set(split_multi(cur.get("drop_aliases", "")))
        ref_aliases = split_multi(ref["aliases"])
        missing = drop - set(ref_aliases) - {ref["name"]}
        if missing:
            raise InputError(
                f"curated_countries.tsv {code}: drop_aliases not in reference: {sorted(missing)}"
            )
        aliases = list(ref_aliases)
        if label != ref["name"]:
            aliases.append(ref["name"])
        extra = split_multi(cur.get("aliases", ""))
        aliases = dedupe([a for a in aliases + extra if a not in drop], exclude={label})
        if drop or [a for a in extra if a not in ref_aliases]:
            curated_parts.append("aliases")

        demonym_cell = cur.get("demonyms", "").strip()
        if demonym_cell == CLEAR:
            demonyms = []
            curated_parts.append("demonyms")
        elif demonym_cell:
            demonyms = dedupe(split_multi(demonym_cell))
            if demonyms != split_multi(ref["demonym"]):
                curated_parts.append("demonyms")
        else:
            demonyms = dedupe(split_multi(ref["demonym"]))

        capitals = dedupe(split_multi(cur.get("capitals", "")))
        where = f"country {code}"
        check_values([label] + aliases + demonyms + capitals, where)

        source = COUNTRY_SOURCE
        if ref["qid_check"] != "agree":
            note = ref["qid_check"]
            if ref["wikidata_dr5hn"] and ref["wikidata_dr5hn"] != ref["wikidata"]:
                note += f", dr5hn {ref['wikidata_dr5hn']}"
            source += f" (qid_check {note})"
        if curated_parts:
            source += "; " + ", ".join(curated_parts) + " curated"

        row = [cid, label, "|".join(aliases), "|".join(demonyms),
               "|".join(capitals), ref["wikidata"], source]
        out.append(row)
        by_code[code] = cid

    ids = [r[0] for r in out]
    dupes = sorted({i for i in ids if ids.count(i) > 1})
    if dupes:
        raise InputError(f"duplicate country ids: {dupes}")
    out.sort(key=lambda r: r[0])
    return out, by_code


# ------------------------------------------------------------ organisations


def fold(s):
    return s.casefold()


def match_org(cur, candidates):
    """Find the reference row for a curated organisation.

    Match levels, best first (comparison is case-insensitive and exact):
      0  curated label   == reference name
      1  curated alias   == reference name
      2  curated label   == reference short_name or alias
      3  curated alias   == reference short_name or alias
    The best level that any candidate reaches wins; the organisation gets an
    id only when all candidates at that level share one QID.
    Returns (row or None, level, list of (row, level) at the best level).
    """
    label = fold(cur["label"])
    aliases = {fold(a) for a in split_multi(cur["aliases"])}
    hits = []
    for ref in candidates:
        name = fold(ref["name"])
        others = {fold(v) for v in split_multi(ref["aliases"])}
        if ref["short_name"]:
            others.add(fold(ref["short_name"]))
        if label == name:
            level = 0
        elif name in aliases:
            level = 1
        elif label in others:
            level = 2
        elif aliases & others:
            level = 3
        else:
            continue
        hits.append((ref, level))
    if not hits:
        return None, None, []
    best = min(level for _, level in hits)
    at_best = [(r, lv) for r, lv in hits if lv == best]
    qids = {r["wikidata"] for r, _ in at_best}
    if len(qids) == 1:
        return at_best[0][0], best, at_best
    return None, best, at_best


def build_orgs(reference_rows, curated_rows, country_ids, code_by_country_id, log):
    parties = [r for r in reference_rows if r["kind"] == "party"]
    igos = [r for r in reference_rows if r["kind"] == "igo"]
    out = []
    seen = set()
    for cur in curated_rows:
        oid = cur["id"].strip()
        where = f"curated_organisations.tsv {oid!r}"
        if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", oid):
            raise InputError(f"{where}: id is not a lower-case ascii slug")
        if oid in seen:
            raise InputError(f"{where}: duplicate id")
        seen.add(oid)
        kind = cur["kind"].strip()
        if kind not in ORG_KINDS:
            raise InputError(f"{where}: unknown kind {kind!r}")
        country = cur["country"].strip()
        if country and country not in country_ids:
            raise InputError(f"{where}: country {country!r} is not a countries.tsv id")
        label = cur["label"].strip()
        aliases = dedupe(split_multi(cur["aliases"]), exclude={label})
        check_values([label] + aliases, where)

        # Which reference rows may hold this organisation: parties only among
        # parties of the same country (any country when none is given, e.g.
        # Sinn Féin or the European Parliament groups); international bodies
        # only among the IGO rows; national bodies, outlets, companies and
        # NGOs of one country are not in the reference at all.
        if kind == "party":
            if country:
                iso3 = code_by_country_id[country]
                candidates = [r for r in parties
                              if r["country"] == iso3 or r["source_country"] == iso3]
            else:
                candidates = parties
        elif country:
            candidates = []
        else:
            candidates = igos

        ref, level, at_best = match_org(cur, candidates)
        if ref is not None:
            qid = ref["wikidata"]
            notes = [f"{ref['source']} {ref['source_id']}"]
            if ref["qid_check"] != "single_source":
                notes.append(ref["qid_check"])
            if ref["name"] in VERIFY_NAMES:
                notes.append("reference README: verify this QID")
            source = f"{ORG_SOURCE} ({'; '.join(notes)})"
            log.append(f"id   {oid}: {qid} <- {ref['name']!r} "
                       f"[{ref['source']} {ref['source_id']}, level {level}]")
        else:
            qid = ""
            source = NO_ID_SOURCE
            if at_best:
                found = ", ".join(f"{r['name']!r}={r['wikidata']}" for r, _ in at_best)
                log.append(f"AMBIGUOUS {oid}: level {level}: {found}; left without id")
            else:
                log.append(f"none {oid}")
        out.append([oid, label, kind, "|".join(aliases), country, qid, source])
    out.sort(key=lambda r: r[0])
    return out


def collisions(countries, orgs):
    """Surface forms (case-sensitive) that name more than one entry.

    A country's demonyms count as forms of that country.
    """
    owners = {}
    for row in countries:
        cid = row[0]
        for form in [row[1]] + split_multi(row[2]) + split_multi(row[4]):
            owners.setdefault(form, set()).add(f"country/{cid}")
        for form in split_multi(row[3]):
            owners.setdefault(form, set()).add(f"country/{cid}")
    for row in orgs:
        for form in [row[1]] + split_multi(row[3]):
            owners.setdefault(form, set()).add(f"org/{row[0]}")
    return sorted((f, sorted(o)) for f, o in owners.items() if len(o) > 1)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--reference", default=DEFAULT_REFERENCE,
                    help="folder holding the reference countries.tsv and organisations.tsv")
    ap.add_argument("--out", default=DEFAULT_OUT, help="output folder")
    ap.add_argument("--quiet", action="store_true", help="print only the summary")
    args = ap.parse_args()

    try:
        ref_countries = read_tsv(os.path.join(args.reference, "countries.tsv"))
        ref_orgs = read_tsv(os.path.join(args.reference, "organisations.tsv"))
        countries, code_to_id = build_countries(ref_countries, read_tsv(CURATED_COUNTRIES))
        country_ids = {r[0] for r in countries}
        id_to_code = {cid: code for code, cid in code_to_id.items()}
        log = []
        orgs = build_orgs(ref_orgs, read_tsv(CURATED_ORGS), country_ids, id_to_code, log)
    except InputError as e:
        print(f"error: {e}", file=sys.stderr)
        return 1

    os.makedirs(args.out, exist_ok=True)
    write_tsv(os.path.join(args.out, "countries.tsv"),
              ["id", "label", "aliases", "demonyms", "capitals", "wikidata", "source"],
              countries)
    write_tsv(os.path.join(args.out, "organisations.tsv"),
              ["id", "label", "kind", "aliases", "country", "wikidata", "source"],
              orgs)

    if not args.quiet:
        for line in log:
            print(line, file=sys.stderr)
        for form, owners in collisions(countries, orgs):
            print(f"shared form {form!r}: {', '.join(owners)}", file=sys.stderr)
    n_c = sum(1 for r in countries if r[5])
    n_o = sum(1 for r in orgs if r[5])
    print(f"countries.tsv: {len(countries)} rows, {n_c} with a Wikidata id; "
          f"organisations.tsv: {len(orgs)} rows, {n_o} with a Wikidata id",
          file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
