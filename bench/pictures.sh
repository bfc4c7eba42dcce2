#!/usr/bin/env bash
# Makes the pictures of the README and of the editors' guide (.github/images/) with headless Chromium, from the
# site itself: the home page and the timeline (light and dark, phone and desktop), and what an editor sees on a
# pull request: the change report as GitHub shows it, the page in the pull request's preview, and the check's
# messages. Run it again after a change to the look, and commit the pictures.
#
# Usage: bench/pictures.sh     (from the repository root; needs Java 17+, /usr/bin/chromium, nginx and npx;
#                               installs chromium and nginx with apt-get if missing)
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh

need chromium chromium
need nginx nginx
command -v npx >/dev/null || { echo "bench/pictures.sh needs npx (Node.js) to render the report's Markdown" >&2; exit 1; }

work=$(mktemp -d)
site_pid=""
trap cleanup EXIT
out=.github/images
mkdir -p "$out"

[ -f target/history.jar ] || ./mvnw -B -ntp -q -DskipTests package

# shot <url> <file> <width> <height> [chromium options]: a screenshot of the first screen at that size.
shot() {
  local url=$1 file=$2 width=$3 height=$4
  shift 4
  timeout 60 chromium --headless=new --no-sandbox --disable-gpu --hide-scrollbars --no-first-run \
    --user-data-dir="$work/chromium" --window-size="$width,$height" "$@" --screenshot="$file" "$url" >/dev/null 2>&1
  echo "  $file"
}

echo "== the site, from the real content"
base=/history/pr-preview/pr-12
java -jar target/history.jar export "$work/www$base" --site.base-url="https://oslocancercluster.github.io$base" \
  --site.indexed=false >/dev/null
port=8097
serve_export "$work/www" "$port"
site="http://127.0.0.1:$port$base"
shot "$site/" "$out/home-desktop-light.png" 1280 900
shot "$site/" "$out/home-desktop-dark.png" 1280 900 --force-dark-mode
shot "$site/timeline" "$out/timeline-desktop-light.png" 1280 900
shot "$site/timeline" "$out/timeline-desktop-dark.png" 1280 900 --force-dark-mode
shot "$site/" "$out/home-phone-light.png" 390 844 --force-device-scale-factor=1
shot "$site/timeline" "$out/timeline-phone-dark.png" 390 844 --force-dark-mode

echo "== a pull request that fixes a misspelt name"
# The base has the misspelling, the head is the real content: the report shows the fix.
mkdir -p "$work/base"
cp -r content "$work/base/content"
sed -i '0,/Radforsk/s//Radfrosk/' "$work/base/content/founding.md"
java -jar target/history.jar changes "$work/base/content" content --site="https://oslocancercluster.github.io$base" \
  > "$work/report.md"
(cd "$work" && npm pack --silent github-markdown-css@5.9.0 >/dev/null && tar -xzf github-markdown-css-5.9.0.tgz)
{
  echo '<!DOCTYPE html><html lang="en"><meta charset="utf-8"><style>'
  cat "$work/package/github-markdown-light.css"
  echo 'body{margin:0;padding:24px;background:#fff}.comment{max-width:860px;border:1px solid #d0d7de;border-radius:6px}'
  echo '.head{background:#f6f8fa;border-bottom:1px solid #d0d7de;padding:8px 16px;font:14px system-ui,sans-serif;color:#57606a}'
  echo '.markdown-body{padding:16px}</style>'
  echo '<div class="comment"><div class="head"><b>github-actions</b> bot commented</div><div class="markdown-body">'
  echo "<p><strong>Preview:</strong> <a href=\"#\">https://oslocancercluster.github.io$base/</a></p>"
  npx --yes marked@15.0.12 -i "$work/report.md"
  echo '</div></div></html>'
} > "$work/comment.html"
shot "file://$work/comment.html" "$out/pull-request-comment.png" 920 640
shot "$site/founding" "$out/pull-request-preview.png" 1280 900

echo "== what the check says about a mistake"
cp -r content "$work/broken"
sed -i '0,/date: "2019-12"/s//date: Dec 2019/' "$work/broken/awards.md"
(cd "$work" && java -jar "$OLDPWD/target/history.jar" check broken || true) > "$work/check.txt"
{
  echo '<!DOCTYPE html><html lang="en"><meta charset="utf-8"><style>'
  echo 'body{margin:0;padding:24px;background:#0d1117;color:#e6edf3;font:14px/1.5 ui-monospace,monospace}'
  echo 'pre{white-space:pre-wrap;margin:0}</style><pre>'
  echo '$ java -jar target/history.jar check content'
  sed -e 's/&/\&amp;/g' -e 's/</\&lt;/g' -e 's#^broken/#content/#' -e 's# in broken:# in content:#' "$work/check.txt"
  echo '</pre></html>'
} > "$work/check.html"
shot "file://$work/check.html" "$out/check-messages.png" 920 200

echo "Pictures in $out"
