#!/usr/bin/env bash
# A first visit on the wire: for each kind of page, the bytes a browser with an empty cache receives for the page,
# its stylesheet and its icon (response headers and bodies), asked for as Chromium asks (Accept-Encoding: gzip,
# deflate, br, zstd), against TCP's first window (10 segments of 1,460 bytes: 14,600 bytes, RFC 6928) measured as
# a ratio; and beside it the same visit with the stylesheet and icon sent uncompressed, as before they were
# precompressed. TLS adds a few hundred bytes of its own to a real first visit; HTTP/2 compresses the headers.
# Usage: bench/firstvisit.sh   (JAR=target/history.jar)
set -euo pipefail
cd "$(dirname "$0")/.."

JAR=${JAR:-target/history.jar}
PORT=18095
WINDOW=14600
BROWSER_CODINGS="gzip, deflate, br, zstd"
work=$(mktemp -d)
site_pid=""
source bench/lib.sh
trap cleanup EXIT

[ -f "$JAR" ] || ./mvnw -q -B -DskipTests package
java -jar "$JAR" --server.port=$PORT --site.base-url=http://127.0.0.1:$PORT >"$work/site.log" 2>&1 &
site_pid=$!
until grep -qE "(Rendered|Took) [0-9]+ pages" "$work/site.log"; do
  kill -0 "$site_pid" 2>/dev/null || { cat "$work/site.log"; exit 1; }
  sleep 0.2
done

# wire <path> <Accept-Encoding>: the response's header and body bytes as received.
wire() {
  curl -s -o /dev/null -H "Accept-Encoding: $2" -H "Accept: text/html,application/xhtml+xml,*/*;q=0.8" \
    -w '%{size_header} %{size_download}' "http://127.0.0.1:$PORT$1" | awk '{print $1 + $2}'
}

# assets <path>: the stylesheet and icon addresses the page links to.
assets() {
  curl -s --compressed "http://127.0.0.1:$PORT$1" | grep -oE '<link rel="(stylesheet|icon)" href="[^"]+"' |
    sed -E 's/.*href="([^"]+)"/\1/'
}

printf '%-12s %8s %8s %8s %8s %7s | %s\n' page html css+icon total window ratio "before: css+icon, total, ratio"
for page in / /founding /timeline /print /search?q=park /nb/ /nb/founding /no-such-page; do
  html=$(wire "$page" "$BROWSER_CODINGS")
  static=0 plain=0
  for file in $(assets "$page"); do
    static=$((static + $(wire "$file" "$BROWSER_CODINGS")))
    plain=$((plain + $(wire "$file" identity)))
  done
  total=$((html + static))
  before=$((html + plain))
  printf '%-12s %8d %8d %8d %8d %7.2f | %8d %8d %7.2f\n' "$page" "$html" "$static" "$total" "$WINDOW" \
    "$(bc -l <<<"$total / $WINDOW")" "$plain" "$before" "$(bc -l <<<"$before / $WINDOW")"
done
