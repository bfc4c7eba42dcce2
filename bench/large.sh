#!/usr/bin/env bash
# The site with a long history: N synthetic sections of 10 milestones each (SECTIONS, 1,000 by default), started
# three times from the jar: first with no snapshots (it checks every file, renders every page and saves both), then
# from the snapshot of checked content alone (the pages' snapshot deleted: every page rendered again, as after an
# edit), then from both (the pages taken from theirs). Prints the content load, the pages' rendering, when the
# first visitor is answered and when every page is served from memory, and the resident memory of each start; then,
# on the third, wrk on the timeline (10 milestones per section), a section and the overview, as a browser asks for
# them (Brotli) and uncompressed, against nginx serving the site's own export of the same content; a search; and
# gzip's level 9 against a long history's level 6 on the export's text files (bench/Gzip.java).
# Usage: bench/large.sh   (SECTIONS=1000 DURATION=10s; installs nginx and wrk with apt-get if missing)
#        JAVA_OPTIONS="-XX:TieredStopAtLevel=1" JAVA=/path/to/java bench/large.sh (the site on another JVM or flags)
#        SITE_JAR=old.jar bench/large.sh (another build of the site: run it before and after a change)
#        CONFIG=container bench/large.sh: the site as the Dockerfile runs it, outside a container (as bench/startup.sh's
#          CONFIG=container: the jar extracted, the runtime image's JVM, its ENTRYPOINT's flags, and the AOT cache its
#          training makes, here trained on the long history, as an image built for that history would be), in
#          MEMORY (1g: the Dockerfile's advice for 1,000 sections) given as -XX:MaxRAM; the image's training makes
#          both snapshots, so there is no first start
set -euo pipefail
cd "$(dirname "$0")/.."

SECTIONS=${SECTIONS:-1000}
CONFIG=${CONFIG:-jar}
MEMORY=${MEMORY:-1g}
DURATION=${DURATION:-10s}
CONNECTIONS=${CONNECTIONS:-64}
SITE_PORT=18092
NGINX_PORT=18093
work=$(mktemp -d)
site_pid=""
source bench/lib.sh
trap cleanup EXIT

need wrk wrk
need nginx nginx

synthetic_content "$work/content" "$SECTIONS"

# The command that starts the site (site_cmd) and its snapshot of checked content (snapshot).
snapshot="$work/content.snapshot"
site_cmd=("${JAVA:-java}" ${JAVA_OPTIONS:-} -Dsite.content-dir="$work/content" -Dsite.content-snapshot="$snapshot" \
  -jar "${SITE_JAR:-target/history.jar}")
if [ "$CONFIG" = container ]; then
  image="$work/image"
  java=$(image_java Dockerfile)
  extract_as_the_image "$java" "${SITE_JAR:-target/history.jar}" "$image"
  mapfile -t options < <(entrypoint_options Dockerfile "$image")
  mapfile -t training < <(training_commands Dockerfile "$image" "$work/training")
  echo "== the image's training on $SECTIONS sections (the export, which saves both snapshots, then the AOT cache)"
  trained=$(date +%s%N)
  train "$java" "$image" "$MEMORY" "$work/content" "http://127.0.0.1:$SITE_PORT" "${training[@]}"
  echo "training:  $(( ($(date +%s%N) - trained) / 1000000 )) ms"
  snapshot="$image/content.snapshot"
  site_cmd=("$java" -XX:MaxRAM="$MEMORY" "${options[@]}" ${JAVA_OPTIONS:-} -Dsite.content-dir="$work/content" \
    -Dsite.content-snapshot="$snapshot" -jar "$image/app.jar")
fi
echo "site:      ${site_cmd[*]}"

start_site() {
  local log=$1
  local start
  : >"$log"
  start=$(date +%s%N)
  "${site_cmd[@]}" --server.port=$SITE_PORT --site.base-url=http://127.0.0.1:$SITE_PORT >"$log" 2>&1 &
  site_pid=$!
  # The first visitor's answer: the overview, rendered by its controller while the pages are still being rendered
  # (a start from the pages' snapshot serves it from memory). Asked every 100 ms until it comes.
  local first=""
  answered() { [ "$(curl -s --max-time 5 -o /dev/null -w '%{http_code}' "http://127.0.0.1:$SITE_PORT/")" = 200 ]; }
  until grep -qE "(Rendered|Took) [0-9]+ pages" "$log"; do
    kill -0 "$site_pid" 2>/dev/null || { cat "$log"; exit 1; }
    if [ -z "$first" ] && answered; then
      first=$(( ($(date +%s%N) - start) / 1000000 ))
    fi
    sleep 0.1
  done
  local ready=$(( ($(date +%s%N) - start) / 1000000 ))
  until [ -n "$first" ]; do
    kill -0 "$site_pid" 2>/dev/null || { cat "$log"; exit 1; }
    answered && first=$(( ($(date +%s%N) - start) / 1000000 )) || sleep 0.1
  done
  echo "first:     the overview answered $first ms after the java command"
  echo "ready:     serving every page from memory $ready ms after the java command"
  # CPU time is steadier than the clock on a shared machine: user + system seconds of the JVM up to readiness.
  echo "cpu:       $(awk '{printf "%.1f", ($14 + $15) / 100}' "/proc/$site_pid/stat") s of CPU to get there"
  grep -oE "Loaded .* in [0-9]+ ms.*" "$log" | sed 's/^/content:   /'
  grep -oE "Saved the checked content .*" "$log" | sed 's/^/snapshot:  /' || true
  grep -oE "Saved the rendered pages .*" "$log" | sed 's/^/snapshot:  /' || true
  grep -oE "Started SiteApplication in [0-9.]+ seconds" "$log" | sed 's/^/spring:    /'
  grep -oE "(Rendered|Took) [0-9]+ pages \([0-9]+ KB\) (from the snapshot of rendered pages )?in [0-9]+ ms" "$log" |
    sed 's/^/pages:     /'
  echo "rss:       $(( $(ps -o rss= -p "$site_pid") / 1024 )) MB after start-up"
}
stop_site() { kill "$site_pid"; wait "$site_pid" 2>/dev/null || true; site_pid=""; }

if [ "$CONFIG" = jar ]; then
  echo "== $SECTIONS sections, first start: no snapshot yet"
  start_site "$work/first.log"
  stop_site
fi
echo "== $SECTIONS sections, second start: from the snapshot of checked content, every page rendered"
rm "$snapshot.pages"
start_site "$work/second.log"
stop_site
echo "== $SECTIONS sections, third start: from both snapshots, the pages taken from theirs"
start_site "$work/third.log"

echo "== export and nginx"
java -jar "${SITE_JAR:-target/history.jar}" export "$work/export" --site.content-dir="$work/content" \
  --site.base-url=http://127.0.0.1:$SITE_PORT 2>/dev/null | grep -E "^Exported"
serve_export "$work/export" $NGINX_PORT

size() { curl -s -o /dev/null -w '%{size_download}' -H "Accept-Encoding: $2" "$1"; }

echo "== wrk -t2 -c$CONNECTIONS -d$DURATION"
client_line
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

# A search of every part of the long history, each query new (the site keeps no answer to it yet): the time of
# one search alone, as a visitor waits for it, median and slowest of 21; after 40 other new searches, so that the
# JVM's compilers have seen search as a site that has run for a while has.
echo "== search over $SECTIONS sections, a new query each time"
for i in $(seq 1 40); do
  curl -s -o /dev/null "http://127.0.0.1:$SITE_PORT/search?q=warm+$i+part+$(( i * 13 % SECTIONS + 1 ))"
done
for i in $(seq 1 21); do
  curl -s -o /dev/null -w '%{time_total}\n' "http://127.0.0.1:$SITE_PORT/search?q=step+$(( i % 10 + 1 ))+part+$(( i * 37 % SECTIONS + 1 ))+mattered"
done | sort -n | awk '{t[NR]=$1*1000} END {printf "search:    median %.1f ms, slowest %.1f ms (%d queries)\n", t[int((NR+1)/2)], t[NR], NR}'


# What a long history's pages cost to compress: gzip's level 9 (a history of a few sections gets it) against 6 (a
# long history's, Compression.gzip), on the export's text files, in one JVM.
echo "== gzip's levels on the export's text files"
java bench/Gzip.java "$work/export"
