#!/usr/bin/env bash
# The static export's search index: its size per language (raw and gzipped, as a CDN sends it) and the export's
# time, for the real content and for N synthetic sections of 10 milestones (SECTIONS, 1,000 by default).
# Usage: bench/search-index.sh
set -euo pipefail
cd "$(dirname "$0")/.."

SECTIONS=${SECTIONS:-1000}
work=$(mktemp -d)
site_pid=""
source bench/lib.sh
trap cleanup EXIT

synthetic_content "$work/content" "$SECTIONS"

export_sizes() {
  local name=$1 start
  shift
  start=$(date +%s%N)
  java -jar target/history.jar export "$work/$name" "$@" >"$work/$name.log" 2>&1
  echo "== $name: export in $(( ($(date +%s%N) - start) / 1000000 )) ms"
  (cd "$work/$name" && for file in search-index.json nb/search-index.json js/search-*.js; do
    printf '%-48s %9d bytes, gzip -9 %8d\n' "$file" "$(wc -c <"$file")" "$(gzip -9c "$file" | wc -c)"
  done)
}

export_sizes real
export_sizes "synthetic-$SECTIONS" --site.content-dir="$work/content"
