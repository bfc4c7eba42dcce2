#!/usr/bin/env bash
# How content loading (read, parse, validate, render) grows with the number of sections, 10 milestones each: the
# median of several loads in a warm JVM, and the median of the first load in a fresh JVM, which is what start-up
# pays (the JIT compilers' warm-up included), without and with a snapshot of the checked content.
# Usage: bench/scale.sh   (RUNS=5 for more fresh JVMs per size)
set -euo pipefail
cd "$(dirname "$0")/.."

RUNS=${RUNS:-3}
SIZES=(10 100 1000 10000)
cp=$(mktemp)
trap 'rm -f "$cp"' EXIT
./mvnw -q -B dependency:build-classpath -Dmdep.outputFile="$cp" -Dmdep.includeScope=test >/dev/null
# Compiled now, with the build information a snapshot is known by.
./mvnw -q -B test-compile
bench() {
  java -cp "target/test-classes:target/classes:$(cat "$cp")" no.oslocancercluster.history.bench.ScaleBenchmark "$@" 2>/dev/null \
    | grep -v " INFO "
}

echo "== scale, warm JVM: content load + validate + render, median of 5 loads (3 for 10,000) after 20 loads of 1,000"
bench "${SIZES[@]}"
echo "== scale, fresh JVM: the first load, as at start-up; median of $RUNS JVMs per size"
echo "   without a snapshot (every file parsed, validated, rendered) and from the snapshot a previous JVM saved"
printf "%8s  %10s  %14s  %14s  %s\n" sections milestones "full (ms)" "snapshot (ms)" "all runs, full | snapshot (ms)"
snapshot=$(mktemp -u)
trap 'rm -f "$cp" "$snapshot"' EXIT
median() { printf "%s\n" "$@" | sort -n | awk '{a[NR] = $1} END {print a[int((NR + 1) / 2)]}'; }
for size in "${SIZES[@]}"; do
  full=() restored=()
  for ((run = 0; run < RUNS; run++)); do
    read -r _ milestones ms <<<"$(bench --first "$size" | tail -1)"
    full+=("$ms")
  done
  bench --save "$size" "$snapshot" >/dev/null
  for ((run = 0; run < RUNS; run++)); do
    read -r _ _ ms <<<"$(bench --first "$size" "$snapshot" | tail -1)"
    restored+=("$ms")
  done
  rm -f "$snapshot"
  printf "%8d  %10d  %14d  %14d  %s | %s\n" "$size" "$milestones" "$(median "${full[@]}")" "$(median "${restored[@]}")" \
    "${full[*]}" "${restored[*]}"
done
