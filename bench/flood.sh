#!/usr/bin/env bash
# No kind of request can slow the site down: a cached page alone, a search alone (one repeated query, and a new
# query every time), a page that does not exist alone, and the cached page again while another client floods the
# site with searches and with addresses that do not exist. Prints requests per second, p50, p99 and errors for each,
# and the ratio of each to the cached page alone, all measured in this one run.
# Usage: bench/flood.sh        (from the repository root; installs wrk with apt-get if missing)
#        DURATION=20s bench/flood.sh    JAR=/path/to/other/history.jar bench/flood.sh (to measure another build)
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION=${DURATION:-10s}
CONNECTIONS=${CONNECTIONS:-64}
PORT=18092
JAR=${JAR:-target/history.jar}
work=$(mktemp -d)
site_pid=""
source bench/lib.sh
trap cleanup EXIT
need wrk wrk
[ -f "$JAR" ] || ./mvnw -q -B -DskipTests package

site="http://127.0.0.1:$PORT"
page="$site/founding"
search="$site/search?q=gold+label+innovation+park"
missing="$site/no-such-page"

# A new query for every request, from the history's own words, so that no cache can answer it.
cat >"$work/queries.lua" <<'LUA'
local words = {"gold", "label", "innovation", "park", "cancer", "cluster", "radium", "hospital", "expertise",
  "status", "norum", "einarsson", "science", "hub", "incubator", "mature", "oslo", "award", "founding", "school"}
local counter = 0
request = function()
  counter = counter + 1
  local q = words[math.random(#words)] .. "+" .. words[math.random(#words)] .. "+" .. counter
  return wrk.format("GET", "/search?q=" .. q)
end
LUA

: >"$work/site.log"
java -jar "$JAR" --server.port=$PORT >"$work/site.log" 2>&1 &
site_pid=$!
until grep -qE "(Rendered|Took) [0-9]+ pages" "$work/site.log"; do
  kill -0 "$site_pid" 2>/dev/null || { cat "$work/site.log"; exit 1; }
  sleep 0.05
done

# Warm-up: every kind of request, so that the JVM's compilers have done their work before anything is measured.
for url in "$page" "$search" "$missing"; do wrk -t2 -c"$CONNECTIONS" -d5s "$url" >/dev/null; done
wrk -t2 -c"$CONNECTIONS" -d5s -s "$work/queries.lua" "$site" >/dev/null

# during <flood wrk arguments...>: measures the cached page while a second wrk floods the site.
during() {
  client wrk -t2 -c"$CONNECTIONS" -d"$(( ${DURATION%s} + 4 ))s" "$@" >/dev/null 2>&1 &
  local flood=$!
  sleep 2
  measure "$page"
  wait "$flood"
}

client_line
printf "%-38s %10s %9s %9s %7s %7s\n" "what" "req/s" p50 p99 errors "ratio"
read -r base_rps base_p50 base_p99 base_err <<<"$(measure "$page")"
row() { printf "%-38s %10s %9s %9s %7s %7s\n" "$1" "$2" "$3" "$4" "$5" "$(awk -v a="$2" -v b="$base_rps" 'BEGIN {printf "%.2f", a / b}')"; }
row "cached page alone (/founding)" "$base_rps" "$base_p50" "$base_p99" "$base_err"
row "search alone, one query" $(measure "$search")
row "search alone, a new query each time" $(measure -s "$work/queries.lua" "$site")
row "404 alone (/no-such-page)" $(measure "$missing")
row "cached page during a search flood" $(during -s "$work/queries.lua" "$site")
row "cached page during a 404 flood" $(during "$missing")
echo "(errors count non-2xx/3xx answers too: a search flood's busy answers (503) are counted there, not here)"
