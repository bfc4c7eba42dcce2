#!/usr/bin/env bash
# The site against nginx serving its own static export, measured in the same run on the same machine.
# Prints requests per second, p50 and p99 latency and the site/nginx ratio for the overview, a section and
# the timeline; start-up time, content load time and resident memory; and how content loading scales.
# Usage: bench/run.sh            (from the repository root; installs nginx and wrk with apt-get if missing)
#        DURATION=30s bench/run.sh    SCALE=0 bench/run.sh (without the scale curve)
#        JAVA_OPTIONS="-XX:TieredStopAtLevel=1" JAVA=/path/to/java bench/run.sh (the site on another JVM or flags)
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION=${DURATION:-15s}
CONNECTIONS=${CONNECTIONS:-64}
SITE_PORT=18090
NGINX_PORT=18091
PAGES=(/ /founding /timeline)
work=$(mktemp -d)
site_pid=""
source bench/lib.sh
trap cleanup EXIT

need wrk wrk
need nginx nginx

[ -f target/history.jar ] || ./mvnw -q -B -DskipTests package

echo "== start-up"
start=$(date +%s%N)
: >"$work/site.log"
"${JAVA:-java}" ${JAVA_OPTIONS:-} -jar target/history.jar --server.port=$SITE_PORT --site.base-url=http://127.0.0.1:$SITE_PORT >"$work/site.log" 2>&1 &
site_pid=$!
until grep -qE "(Rendered|Took) [0-9]+ pages" "$work/site.log"; do
  kill -0 "$site_pid" 2>/dev/null || { cat "$work/site.log"; exit 1; }
  sleep 0.05
done
ready_ms=$(( ($(date +%s%N) - start) / 1000000 ))
grep -oE "Loaded .* in [0-9]+ ms" "$work/site.log" | sed 's/^/content:   /'
grep -oE "Started SiteApplication in [0-9.]+ seconds" "$work/site.log" | sed 's/^/spring:    /'
grep -oE "Rendered [0-9]+ pages \([0-9]+ KB\) in [0-9]+ ms" "$work/site.log" | sed 's/^/pages:     /'
echo "ready:     serving from memory ${ready_ms} ms after the java command"
rss() { echo "$(( $(ps -o rss= -p "$site_pid") / 1024 )) MB"; }
echo "rss:       $(rss) after start-up"

echo "== export and nginx"
java -jar target/history.jar export "$work/export" --site.base-url=http://127.0.0.1:$SITE_PORT 2>/dev/null | grep -E "^Exported"
serve_export "$work/export" $NGINX_PORT


echo "== wrk -t2 -c$CONNECTIONS -d$DURATION (site first, then nginx, page by page)"
client_line
printf "%-10s %12s %9s %9s %6s | %12s %9s %9s %6s | %5s\n" page "site req/s" p50 p99 errors "nginx req/s" p50 p99 errors ratio
# A warm-up of both servers on every page first, so that the JVM's compilers have done their work.
for page in "${PAGES[@]}"; do
  curl -sf -o /dev/null "http://127.0.0.1:$SITE_PORT$page"
  curl -sf -o /dev/null "http://127.0.0.1:$NGINX_PORT$page"
  wrk -t2 -c"$CONNECTIONS" -d5s "http://127.0.0.1:$SITE_PORT$page" >/dev/null
  wrk -t2 -c"$CONNECTIONS" -d2s "http://127.0.0.1:$NGINX_PORT$page" >/dev/null
done
for page in "${PAGES[@]}"; do
  read -r s_rps s_p50 s_p99 s_err <<<"$(measure "http://127.0.0.1:$SITE_PORT$page")"
  read -r n_rps n_p50 n_p99 n_err <<<"$(measure "http://127.0.0.1:$NGINX_PORT$page")"
  ratio=$(awk -v a="$s_rps" -v b="$n_rps" 'BEGIN {printf "%.2f", a / b}')
  printf "%-10s %12s %9s %9s %6s | %12s %9s %9s %6s | %5s\n" "$page" "$s_rps" "$s_p50" "$s_p99" "$s_err" "$n_rps" "$n_p50" "$n_p99" "$n_err" "$ratio"
done
echo "rss:       $(rss) after the load"

# SCALE=0 leaves out the scale curve (about 12 minutes).
[ "${SCALE:-1}" = 0 ] || bench/scale.sh
