#!/usr/bin/env bash
# The site with a long history: N synthetic sections of 10 milestones each (SECTIONS, 1,000 by default), started
# twice from the jar, first with no snapshot of checked content (it checks every file and saves one), then from
# that snapshot. Prints the content load, the pages' rendering, readiness and resident memory of each start; then,
# on the second, wrk on the timeline (10 milestones per section), a section and the overview, as a browser asks
# for them (Brotli) and uncompressed, against nginx serving the site's own export of the same content.
# Usage: bench/large.sh   (SECTIONS=1000 DURATION=10s; installs nginx and wrk with apt-get if missing)
set -euo pipefail
cd "$(dirname "$0")/.."

SECTIONS=${SECTIONS:-1000}
DURATION=${DURATION:-10s}
CONNECTIONS=${CONNECTIONS:-64}
SITE_PORT=18092
NGINX_PORT=18093
work=$(mktemp -d)
site_pid=""
cleanup() {
  [ -n "$site_pid" ] && kill "$site_pid" 2>/dev/null && wait "$site_pid" 2>/dev/null || true
  [ -f "$work/nginx.pid" ] && kill "$(cat "$work/nginx.pid")" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

need() { command -v "$1" >/dev/null 2>&1 || { echo "installing $2"; apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$2" >/dev/null; }; }
need wrk wrk
need nginx nginx

[ -f target/history.jar ] || ./mvnw -q -B -DskipTests package
./mvnw -q -B test-compile
./mvnw -q -B dependency:build-classpath -Dmdep.outputFile="$work/cp" -Dmdep.includeScope=test >/dev/null
java -cp "target/test-classes:target/classes:$(cat "$work/cp")" no.oslocancercluster.history.bench.ContentGenerator \
  "$work/content" "$SECTIONS" 10 >/dev/null

start_site() {
  local log=$1
  local start
  : >"$log"
  start=$(date +%s%N)
  java -jar target/history.jar --server.port=$SITE_PORT --site.base-url=http://127.0.0.1:$SITE_PORT \
    --site.content-dir="$work/content" --site.content-snapshot="$work/content.snapshot" >"$log" 2>&1 &
  site_pid=$!
  until grep -q "Rendered .* pages" "$log"; do
    kill -0 "$site_pid" 2>/dev/null || { cat "$log"; exit 1; }
    sleep 0.1
  done
  echo "ready:     serving every page from memory $(( ($(date +%s%N) - start) / 1000000 )) ms after the java command"
  grep -oE "Loaded .* in [0-9]+ ms.*" "$log" | sed 's/^/content:   /'
  grep -oE "Saved the checked content .*" "$log" | sed 's/^/snapshot:  /' || true
  grep -oE "Started SiteApplication in [0-9.]+ seconds" "$log" | sed 's/^/spring:    /'
  grep -oE "Rendered [0-9]+ pages \([0-9]+ KB\) in [0-9]+ ms" "$log" | sed 's/^/pages:     /'
  echo "rss:       $(( $(ps -o rss= -p "$site_pid") / 1024 )) MB after start-up"
}
stop_site() { kill "$site_pid"; wait "$site_pid" 2>/dev/null || true; site_pid=""; }

echo "== $SECTIONS sections, first start: no snapshot yet"
start_site "$work/first.log"
stop_site
echo "== $SECTIONS sections, second start: from the snapshot the first one saved"
start_site "$work/second.log"

echo "== export and nginx"
java -jar target/history.jar export "$work/export" --site.content-dir="$work/content" \
  --site.base-url=http://127.0.0.1:$SITE_PORT 2>/dev/null | grep -E "^Exported"
cat >"$work/nginx.conf" <<CONF
worker_processes auto;
pid $work/nginx.pid;
error_log $work/nginx-error.log;
events { worker_connections 1024; }
http {
  include /etc/nginx/mime.types;
  access_log off;
  sendfile on;
  server {
    listen 127.0.0.1:$NGINX_PORT;
    root $work/export;
    index index.html;
    location / { try_files \$uri \$uri.html \$uri/ =404; }
  }
}
CONF
chmod 755 "$work" && chmod -R a+rX "$work/export"
nginx -c "$work/nginx.conf"

# rps p50 p99 errors, as bench/run.sh measures them; the rest of the arguments are wrk's.
measure() {
  local out rps p50 p99 errors
  out=$(wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency "$@")
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
  p50=$(awk '$1=="50%" {print $2}' <<<"$out")
  p99=$(awk '$1=="99%" {print $2}' <<<"$out")
  # "Non-2xx or 3xx responses: N" (only its last number) and "Socket errors: connect N, read N, write N, timeout N".
  errors=$(awk '/Non-2xx/ {t+=$NF} /Socket errors/ {gsub(/[^0-9 ]/," "); for(i=1;i<=NF;i++) t+=$i} END {print t+0}' <<<"$out")
  echo "$rps $p50 $p99 $errors"
}
size() { curl -s -o /dev/null -w '%{size_download}' -H "Accept-Encoding: $2" "$1"; }

echo "== wrk -t2 -c$CONNECTIONS -d$DURATION"
printf "%-14s %-9s %9s %12s %9s %9s %6s\n" page encoding bytes "req/s" p50 p99 errors
middle="/section-$(( (SECTIONS + 1) / 2 ))"
for page in /timeline "$middle" /; do
  curl -sf -o /dev/null "http://127.0.0.1:$SITE_PORT$page"
  wrk -t2 -c"$CONNECTIONS" -d3s -H "Accept-Encoding: br" "http://127.0.0.1:$SITE_PORT$page" >/dev/null
  for encoding in br identity; do
    read -r rps p50 p99 errors <<<"$(measure -H "Accept-Encoding: $encoding" "http://127.0.0.1:$SITE_PORT$page")"
    printf "%-14s %-9s %9s %12s %9s %9s %6s\n" "site $page" "$encoding" \
      "$(size "http://127.0.0.1:$SITE_PORT$page" "$encoding")" "$rps" "$p50" "$p99" "$errors"
  done
  read -r rps p50 p99 errors <<<"$(measure "http://127.0.0.1:$NGINX_PORT$page")"
  printf "%-14s %-9s %9s %12s %9s %9s %6s\n" "nginx $page" identity \
    "$(size "http://127.0.0.1:$NGINX_PORT$page" identity)" "$rps" "$p50" "$p99" "$errors"
done
echo "rss:       $(( $(ps -o rss= -p "$site_pid") / 1024 )) MB after the load"
