#!/usr/bin/env bash
# Soak: 64 connections for a bounded time (default 10 minutes) against the jar, cycling over the pages, and the
# server's resident memory every 30 s. Prints errors (target 0) and RSS over time (target: flat).
# Usage: bench/soak.sh            MINUTES=2 bench/soak.sh
set -euo pipefail
cd "$(dirname "$0")/.."
MINUTES=${MINUTES:-10}
PORT=18093
work=$(mktemp -d)
site_pid=""
trap '[ -n "$site_pid" ] && kill "$site_pid" 2>/dev/null; rm -rf "$work"' EXIT
command -v wrk >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }
[ -f target/history.jar ] || ./mvnw -q -B -DskipTests package

# The container's JVM settings, so that the memory seen here is the memory the container needs.
java -XX:MaxRAM=256m -XX:MinRAMPercentage=25 -XX:MaxRAMPercentage=25 -XX:+UseSerialGC -jar target/history.jar --server.port=$PORT \
  >"$work/site.log" 2>&1 &
site_pid=$!
until grep -qE "(Rendered|Took) [0-9]+ pages" "$work/site.log"; do kill -0 "$site_pid" || { cat "$work/site.log"; exit 1; }; sleep 0.2; done

# wrk's Lua script spreads the requests over the pages.
cat >"$work/pages.lua" <<'LUA'
local pages = { "/", "/founding", "/expertise-status", "/innovation-park", "/awards", "/expansions",
                "/timeline", "/print", "/sitemap.xml", "/timeline.json" }
local i = 0
request = function() i = i + 1; return wrk.format("GET", pages[(i % #pages) + 1]) end
LUA
rss() { echo $(( $(ps -o rss= -p "$site_pid") / 1024 )); }
echo "minute  rss (MB)"
echo "0       $(rss)"
wrk -t2 -c64 -d"${MINUTES}m" -s "$work/pages.lua" "http://127.0.0.1:$PORT" >"$work/wrk.txt" &
wrk_pid=$!
elapsed=0
while kill -0 "$wrk_pid" 2>/dev/null; do
  sleep 30; elapsed=$((elapsed + 30))
  kill -0 "$wrk_pid" 2>/dev/null && printf "%-7s %s\n" "$(awk -v s=$elapsed 'BEGIN {printf "%.1f", s / 60}')" "$(rss)"
done
wait "$wrk_pid" || true
grep -E "Requests/sec|requests in|Non-2xx|Socket errors" "$work/wrk.txt" || true
errors=$(awk '/Non-2xx/ {t+=$NF} /Socket errors/ {gsub(/[^0-9 ]/," "); for(i=1;i<=NF;i++) t+=$i} END {print t+0}' "$work/wrk.txt")
echo "errors: $errors"
echo "rss at the end: $(rss) MB"
[ "$errors" -eq 0 ]
