#!/usr/bin/env bash
# Start-up against a reference, in one run: the smallest Spring Boot web app (bench/reference: the same Spring Boot
# version, spring-boot-starter-webmvc, one controller) and the site, started in alternating runs on the same JVM
# with the same flags. For each start: the time from the java command to the first 200 on / (curl every 10 ms) and
# how long that request itself took, and the resident memory after a 10 s wrk load on /. Prints every run, the medians and the site/reference ratios.
#
# CONFIG=jar (the default): `java -jar` with the JVM's defaults, as a new operator starts it.
# CONFIG=container: the Dockerfile's configuration outside a container: both jars extracted as the Dockerfile
#   extracts the site's, the JVM named by the Dockerfile's runtime image (Java 25 at JAVA25 below when it says 25),
#   the flags of its ENTRYPOINT (read from the Dockerfile, /app replaced by the extracted folder), and for each app
#   the AOT cache (or CDS archive) made by a training run as the Dockerfile makes it; the heap as a 256 MB container
#   would size it (-XX:MaxRAM=256m, since there is no memory limit here).
# Usage: bench/startup.sh   (RUNS=5 DURATION=10s CONNECTIONS=64 CONFIG=jar|container JAVA=java)
#        REFERENCE_JAR=old.jar SITE_JAR=new.jar bench/startup.sh: one change measured, the site before against after
#        BEFORE_JAR=old.jar [BEFORE_DOCKERFILE=old/Dockerfile] bench/startup.sh: the same, with the build before
#          prepared as the site is (with CONFIG=container: that Dockerfile's flags and training) in the first column
set -euo pipefail
cd "$(dirname "$0")/.."

RUNS=${RUNS:-5}
DURATION=${DURATION:-10s}
CONNECTIONS=${CONNECTIONS:-64}
CONFIG=${CONFIG:-jar}
DOCKERFILE=${DOCKERFILE:-Dockerfile}
BEFORE_DOCKERFILE=${BEFORE_DOCKERFILE:-$DOCKERFILE}
PORT=18094
root=$PWD
work=$(mktemp -d)
site_pid=""
source bench/lib.sh
trap cleanup EXIT

need wrk wrk
[ -f target/history.jar ] || ./mvnw -q -B -DskipTests package
[ bench/reference/target/reference.jar -nt bench/reference/pom.xml ] || ./mvnw -q -B -f bench/reference/pom.xml -DskipTests package

# prepare <name> <jar> <site|reference> <Dockerfile>: sets the command line (cmd_<name>) that starts the app, making
# what it needs first: as the site or as the reference app is trained, with the flags of that Dockerfile.
prepare() {
  local name=$1 jar=$2 kind=$3 dockerfile=$4 dir="$work/$1" java=${JAVA:-java}
  if [ "$CONFIG" = jar ]; then
    # Each app its own cache folder: a build's snapshots are never another's.
    eval "cmd_$name=(env XDG_CACHE_HOME=\"$work/$name-cache\" \"$java\" -jar \"$jar\")"
    return
  fi
  java=$(image_java "$dockerfile")
  extract_as_the_image "$java" "$jar" "$dir"
  local options=()
  mapfile -t options < <(entrypoint_options "$dockerfile" "$dir")
  options=(-XX:MaxRAM=256m "${options[@]}")
  # The training run: the site's as the Dockerfile runs it; the reference's with the same options, writing the cache
  # instead of reading it, up to the refreshed context (it has nothing else to train with).
  local training=()
  if [ "$kind" = site ]; then
    mapfile -t training < <(training_commands "$dockerfile" "$dir" "$dir/training")
  else
    for option in "${options[@]}"; do
      case $option in
        -XX:AOTCache=*) training+=("-XX:AOTCacheOutput=${option#-XX:AOTCache=}" -Xlog:aot=off) ;;
        -XX:SharedArchiveFile=*) training+=("-XX:ArchiveClassesAtExit=${option#-XX:SharedArchiveFile=}") ;;
        -Xshare:*) ;;
        -jar) break ;;
        *) training+=("$option") ;;
      esac
    done
    training+=(-Dspring.context.exit=onRefresh -jar "$dir/app.jar" "&&")
  fi
  # With the settings of the runs (their base URL): so the site's runs take the pages its training rendered from their
  # snapshot, as the container does. Each command in turn (the site's: the export, which makes the snapshots, then
  # the warm-up, which makes the AOT cache).
  train "$java" "$dir" 256m "$root/content" "http://127.0.0.1:$PORT" "${training[@]}"
  # The runs name the content folder as the training did: the settings are part of what the kept pages are known by,
  # so a run that named it otherwise ("content" against its absolute path) would render every page again.
  eval "cmd_$name=(\"$java\" \"\${options[@]}\" -Dsite.content-dir=\"$root/content\" -Dsite.content-snapshot=\"$dir/content.snapshot\" -jar \"$dir/app.jar\")"
}

# start <name>: prints "ms-to-first-200 rss-MB-after-load req/s ms-of-the-first-200-itself".
start() {
  local name=$1 start ms rps answer=""
  local -n cmd="cmd_$name"
  start=$(date +%s%N)
  "${cmd[@]}" --server.port=$PORT --site.base-url=http://127.0.0.1:$PORT >"$work/$name.log" 2>&1 &
  site_pid=$!
  until [ "${answer%% *}" = 200 ]; do
    kill -0 "$site_pid" 2>/dev/null || { cat "$work/$name.log" >&2; exit 1; }
    sleep 0.01
    answer=$(curl -s -o /dev/null -w '%{http_code} %{time_total}' "http://127.0.0.1:$PORT/" || true)
  done
  ms=$(( ($(date +%s%N) - start) / 1000000 ))
  rps=$(wrk -t2 -c"$CONNECTIONS" -d"$DURATION" "http://127.0.0.1:$PORT/" | awk '/Requests\/sec/ {printf "%d", $2}')
  echo "$ms $(( $(ps -o rss= -p "$site_pid") / 1024 )) $rps $(awk -v t="${answer#* }" 'BEGIN {printf "%d", t * 1000}')"
  kill "$site_pid"; wait "$site_pid" 2>/dev/null || true; site_pid=""
}

if [ -n "${BEFORE_JAR:-}" ]; then
  first=before
  prepare reference "$BEFORE_JAR" site "$BEFORE_DOCKERFILE"
else
  first=reference
  prepare reference "${REFERENCE_JAR:-$PWD/bench/reference/target/reference.jar}" reference "$DOCKERFILE"
fi
prepare site "${SITE_JAR:-$PWD/target/history.jar}" site "$DOCKERFILE"
echo "== CONFIG=$CONFIG, $RUNS alternating runs, wrk -t2 -c$CONNECTIONS -d$DURATION on / after each start"
echo "$first: ${cmd_reference[*]}"
echo "site:      ${cmd_site[*]}"
# "1st ms": how long the first 200 itself took, of the time to it (a page rendered in a cold JVM, or one kept).
printf "%-6s %13s %6s %7s %7s | %8s %6s %7s %7s\n" run "$first ms" "1st ms" "rss MB" "req/s" "site ms" "1st ms" \
  "rss MB" "req/s"
for i in $(seq 1 "$RUNS"); do
  read -r r_ms r_rss r_rps r_first <<<"$(start reference)"
  read -r s_ms s_rss s_rps s_first <<<"$(start site)"
  printf "%-6s %13s %6s %7s %7s | %8s %6s %7s %7s\n" "$i" "$r_ms" "$r_first" "$r_rss" "$r_rps" "$s_ms" "$s_first" \
    "$s_rss" "$s_rps"
  echo "$r_ms $r_rss $s_ms $s_rss" >>"$work/runs"
done
median() { cut -d' ' -f"$1" "$work/runs" | sort -n | awk '{v[NR]=$1} END {print (NR % 2) ? v[(NR+1)/2] : (v[NR/2] + v[NR/2+1]) / 2}'; }
read -r mr mrr ms msr <<<"$(median 1) $(median 2) $(median 3) $(median 4)"
printf "%-6s %13s %6s %7s %7s | %8s %6s %7s %7s\n" median "$mr" "" "$mrr" "" "$ms" "" "$msr" ""
awk -v a="$ms" -v b="$mr" -v c="$msr" -v d="$mrr" -v first="$first" \
  'BEGIN {printf "ratio site/%s: start %.2f, rss after the load %.2f\n", first, a / b, c / d}'
grep -oE "(Rendered|Took) [0-9]+ pages \([0-9]+ KB\) [a-z ]*in [0-9]+ ms" "$work/site.log" | sed 's/^/site:      /' || true
echo "machine:   $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
