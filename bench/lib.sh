# What the benchmark scripts share: sourced, not run. The caller sets `work` (a folder of its own),
# `site_pid` and CONNECTIONS/DURATION before using these.

# Stops the site and nginx, and removes the work folder.
cleanup() {
  [ -n "$site_pid" ] && kill "$site_pid" 2>/dev/null && wait "$site_pid" 2>/dev/null || true
  [ -f "$work/nginx.pid" ] && kill "$(cat "$work/nginx.pid")" 2>/dev/null || true
  rm -rf "$work" "$XDG_CACHE_HOME"
}

# A plain start of the site keeps its snapshots in the user's cache folder (CachedSnapshot); a benchmark's starts keep
# theirs in one of its own, so that no earlier run's snapshot decides what it measures.
XDG_CACHE_HOME=$(mktemp -d)
export XDG_CACHE_HOME

# need <command> <Debian package>: installs the package when the command is missing.
need() { command -v "$1" >/dev/null 2>&1 || { echo "installing $2"; apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$2" >/dev/null; }; }

# synthetic_content <folder> <sections>: a history of that many generated sections of 10 milestones each (the test
# classes' ContentGenerator), with the site's jar built if it is missing.
synthetic_content() {
  [ -f target/history.jar ] || ./mvnw -q -B -DskipTests package
  ./mvnw -q -B test-compile
  ./mvnw -q -B dependency:build-classpath -Dmdep.outputFile="$work/cp" -Dmdep.includeScope=test >/dev/null
  java -cp "target/test-classes:target/classes:$(cat "$work/cp")" no.oslocancercluster.history.bench.ContentGenerator \
    "$1" "$2" 10 >/dev/null
}

# serve_export <folder> <port>: nginx serves a static export of the site as GitHub Pages would, from $work.
serve_export() {
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
    listen 127.0.0.1:$2;
    root $1;
    index index.html;
    error_page 404 /404.html;
    location / { try_files \$uri \$uri.html \$uri/ =404; }
  }
}
CONF
  # nginx's workers run as www-data: let them read the export (mktemp makes the folder private).
  chmod 755 "$work" && chmod -R a+rX "$1"
  nginx -c "$work/nginx.conf"
}

# CLIENT_NICE=-10 (as root) runs the load generator before the servers it measures. On two cores shared with the
# server, a site's 64 busy server threads outnumber wrk's two, the scheduler shares the cores by thread, and wrk then
# times its own wait for the CPU as well: a 5 MB page at 64 connections had a p99 of 0.75 to 1.1 s and wrk's timeouts
# that way, and 0.24 to 0.27 s and none with wrk first (nginx, two workers: 0.17 against 0.14 to 0.19 s). Small pages
# go the other way (wrk then takes more of the cores: p99 6 to 7 ms against 2 to 3), so the default stays 0, as every
# round measured (bench/README.md, round nineteen). A real client is on another machine.
CLIENT_NICE=${CLIENT_NICE:-0}
client_niceness() { nice -n "$CLIENT_NICE" nice 2>/dev/null; }
client() { if [ "$(client_niceness)" = "$CLIENT_NICE" ]; then nice -n "$CLIENT_NICE" "$@"; else "$@"; fi; }
# What the scripts print of it, under their wrk heading.
client_line() { echo "client:    wrk at niceness $(client_niceness) (the servers at $(nice))"; }

# measure [wrk arguments] <url>: "req/s p50 p99 errors" from wrk at $CONNECTIONS connections for $DURATION.
measure() {
  local out rps p50 p99 errors
  out=$(client wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency "$@")
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
  p50=$(awk '$1=="50%" {print $2}' <<<"$out")
  p99=$(awk '$1=="99%" {print $2}' <<<"$out")
  # "Non-2xx or 3xx responses: N" (only its last number) and "Socket errors: connect N, read N, write N, timeout N".
  errors=$(awk '/Non-2xx/ {t+=$NF} /Socket errors/ {gsub(/[^0-9 ]/," "); for(i=1;i<=NF;i++) t+=$i} END {print t+0}' <<<"$out")
  echo "$rps $p50 $p99 $errors"
}

# The Dockerfile's configuration outside a container (bench/startup.sh and bench/large.sh with CONFIG=container).
JAVA25=${JAVA25:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}

# image_java <Dockerfile>: the JVM of its runtime image (Java 25 at $JAVA25 when it says 25), or $JAVA / java.
image_java() { if grep -qE "^ARG RUNTIME_IMAGE=.*:25" "$1"; then echo "${JAVA:-$JAVA25}"; else echo "${JAVA:-java}"; fi; }

# entrypoint_options <Dockerfile> <folder>: its ENTRYPOINT's JVM options (everything between "java" and "-jar"), one a
# line, with the image's /app/ as the folder the jar is extracted to.
entrypoint_options() {
  DOCKERFILE_READ=$1 python3 - <<'PY' | sed "s#/app/#$2/#g"
import json, os, re
text = open(os.environ["DOCKERFILE_READ"]).read().replace("\\\n", " ")
args = json.loads(re.search(r"^ENTRYPOINT\s+(\[.*\])\s*$", text, re.M).group(1))
print("\n".join(args[1:args.index("-jar")]))
PY
}

# training_commands <Dockerfile> <folder> <export folder>: the java commands of the RUN that makes the site's AOT cache
# (or CDS archive), in order, each as its words after "java", one a line, and a line "&&" after each; /app/ as the
# folder the jar is extracted to, and the export written to the export folder.
training_commands() {
  DOCKERFILE_READ=$1 python3 - <<'PY' | sed -e "s#/app/#$2/#g" -e "s#^/tmp/training\$#$3#"
import os, re, shlex
text = open(os.environ["DOCKERFILE_READ"]).read().replace("\\\n", " ")
run = re.search(r"^RUN (java .*(?:-XX:AOTCacheOutput=|-XX:ArchiveClassesAtExit=).*)$", text, re.M).group(1)
for command in run.split("&&"):
    words = shlex.split(command)
    if words and words[0] == "java":
        print("\n".join(words[1:] + ["&&"]))
PY
}

# extract_as_the_image <java> <jar> <folder>: the jar extracted as the Dockerfile extracts it, with Brotli's library.
extract_as_the_image() {
  "$1" -Djarmode=tools -jar "$2" extract --application-filename app.jar --destination "$3" >/dev/null
  mkdir -p "$3/native"
  unzip -q -j -o "$3"/lib/native-linux-x86_64-*.jar 'lib/linux-x86_64/libbrotli.so' -d "$3/native" 2>/dev/null || true
}

# train <java> <folder> <memory> <content> <base URL> <words...>: runs training commands (words as training_commands
# prints them) in the folder, each with the settings of the runs to come, as an image built for
# its site has them: its content, its base URL and a content snapshot in the folder (which the export fills with the
# pages its training rendered). The output goes to <folder>/training.log.
train() {
  local java=$1 dir=$2 memory=$3 content=$4 url=$5 command=() word
  shift 5
  for word in "$@"; do
    if [ "$word" != "&&" ]; then command+=("$word"); continue; fi
    (cd "$dir" && "$java" -XX:MaxRAM="$memory" -Xlog:cds=off -Xlog:cds+dynamic=off -Dserver.port=0 \
      -Dsite.base-url="$url" -Dsite.content-dir="$content" -Dsite.content-snapshot="$dir/content.snapshot" \
      "${command[@]}" >>"$dir/training.log" 2>&1) || { tail -20 "$dir/training.log"; exit 1; }
    command=()
  done
}
