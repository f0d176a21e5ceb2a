#!/usr/bin/env bash
# Builds the benchmarks and ingests a generated CSV of about $1 MB (default 200) with a $2 split (default
# stratified; none, random, group, time) under a $3 heap limit (default 64m), printing the heap the ingest held.
# The CSV is generated once under the temporary folder and reused.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -pl benchmarks -am -DskipTests package
java "-Xmx${3:-64m}" -cp "benchmarks/target/classes:$(cat benchmarks/target/classpath.txt)" \
  io.modellab.benchmarks.IngestHeap --megabytes "${1:-200}" --split "${2:-stratified}"
