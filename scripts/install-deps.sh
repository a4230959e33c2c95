#!/usr/bin/env bash
# Installs what building and testing stancegraph needs on a fresh Debian machine:
# libclang (Oxigraph's RocksDB bindings are generated with bindgen), a C++ compiler,
# raptor's `rapper` (an independent RDF parser the tests check exports with), and
# rdflib + pySHACL (the tests check exports against ontology/shapes.ttl with them),
# networkx (the GraphML test loads the export with it), the oxigraph server (the push
# test), Java 17 + pyspark (the Spark recipe test) and Apache Jena 4.5 (the tests run its
# riot and TDB2 through scripts/jena).
# Safe to run again: it installs only what is missing.
set -euo pipefail

need_apt=()
# bindgen loads libclang.so or libclang-N.so; libclang-cpp.so (which other packages bring) is not it.
ldconfig -p 2>/dev/null | grep -qE 'libclang(-[0-9.]+)?\.so' || ls /usr/lib/llvm-*/lib/libclang.so >/dev/null 2>&1 || need_apt+=(libclang-dev)
command -v c++ >/dev/null 2>&1 || need_apt+=(g++)
command -v rapper >/dev/null 2>&1 || need_apt+=(raptor2-utils)
command -v java >/dev/null 2>&1 || need_apt+=(openjdk-17-jre-headless)
[ -f /usr/share/java/jena-core.jar ] || need_apt+=(libapache-jena-java)
if [ ${#need_apt[@]} -gt 0 ]; then
  echo "installing with apt-get: ${need_apt[*]}" >&2
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi

if ! python3 -c 'import rdflib, pyshacl, networkx' >/dev/null 2>&1; then
  echo "installing with pip: rdflib pyshacl networkx" >&2
  python3 -m pip install --quiet --disable-pip-version-check rdflib pyshacl networkx
fi

# The `oxigraph` SPARQL server (PyPI's oxigraph ships the server binary; building
# oxigraph-cli from crates.io would compile RocksDB again): the push test runs one.
if ! command -v oxigraph >/dev/null 2>&1; then
  echo "installing with pip: oxigraph (the SPARQL server for the push test)" >&2
  python3 -m pip install --quiet --disable-pip-version-check oxigraph
fi

# pyspark (with Java 17, above): the Spark test runs `stancegraph extract -` as the map
# step of RDD.pipe in local mode (scripts/spark_extract.py). A 450 MB download, once.
if ! python3 -c 'import pyspark' >/dev/null 2>&1; then
  echo "installing with pip: pyspark (for the Spark recipe test)" >&2
  python3 -m pip install --quiet --disable-pip-version-check pyspark
fi
