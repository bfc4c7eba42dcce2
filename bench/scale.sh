#!/usr/bin/env bash
# How content loading (read, parse, validate, render) grows with the number of sections, 10 milestones each: the
# median of several loads in a warm JVM, and the median of the first load in a fresh JVM, which is what start-up
# pays (the JIT compilers' warm-up included). Usage: bench/scale.sh   (RUNS=5 for more fresh JVMs per size)
set -euo pipefail
cd "$(dirname "$0")/.."

RUNS=${RUNS:-3}
SIZES=(10 100 1000 10000)
cp=$(mktemp)
trap 'rm -f "$cp"' EXIT
./mvnw -q -B dependency:build-classpath -Dmdep.outputFile="$cp" -Dmdep.includeScope=test >/dev/null
[ -d target/test-classes/no ] || ./mvnw -q -B test-compile
bench() {
  java -cp "target/test-classes:target/classes:$(cat "$cp")" no.oslocancercluster.history.bench.ScaleBenchmark "$@" 2>/dev/null \
    | grep -v " INFO "
}

echo "== scale, warm JVM: content load + validate + render, median of 5 loads (3 for 10,000) after 20 loads of 1,000"
bench "${SIZES[@]}"
echo "== scale, fresh JVM: the first load, as at start-up; median of $RUNS JVMs per size"
printf "%8s  %10s  %16s  %s\n" sections milestones "first load (ms)" "all runs (ms)"
for size in "${SIZES[@]}"; do
  times=()
  for ((run = 0; run < RUNS; run++)); do
    read -r _ milestones ms <<<"$(bench --first "$size" | tail -1)"
    times+=("$ms")
  done
  median=$(printf "%s\n" "${times[@]}" | sort -n | awk '{a[NR] = $1} END {print a[int((NR + 1) / 2)]}')
  printf "%8d  %10d  %16d  %s\n" "$size" "$milestones" "$median" "${times[*]}"
done
