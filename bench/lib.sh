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

# measure [wrk arguments] <url>: "req/s p50 p99 errors" from wrk at $CONNECTIONS connections for $DURATION.
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
