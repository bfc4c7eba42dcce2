#!/usr/bin/env bash
# JMH: content load + validate + render (real content, and 100 synthetic sections). Not part of ./mvnw verify.
# Usage: bench/jmh.sh [JMH options, e.g. -f 2 -wi 5]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B test-compile
cp=$(mktemp)
trap 'rm -f "$cp"' EXIT
./mvnw -q -B dependency:build-classpath -Dmdep.outputFile="$cp" -Dmdep.includeScope=test >/dev/null
java -cp "target/test-classes:target/classes:$(cat "$cp")" org.openjdk.jmh.Main ContentLoadBenchmark "$@"
