#!/usr/bin/env bash
# Proves the Dockerfile on a machine without Docker or a registry: builds it with buildah from base images made here
# from Debian bookworm with debootstrap (a JDK base for the build stage, a JRE base for the run stage, instead of the
# eclipse-temurin images), runs it with podman as Docker would (--read-only --tmpfs /tmp, 256 MB), and checks that it
# runs as a non-root user, serves the site, passes its own HEALTHCHECK, stays up on a read-only root and cannot write
# there, and stays inside its memory limit under load. Prints PASS/FAIL lines, the image size and the start-up time;
# exits 1 if a check fails.
# Usage (as root: apt-get, debootstrap and rootful podman): bench/container.sh
#   CACHE=/var/tmp/history-container   base images and the image store (vfs), kept: a rerun takes minutes, not ten
#   M2=~/.m2                           Maven repository lent to the build stage; M2= downloads everything, as CI does
#   PORT=18094 STAY=30                 the site's port (host network), seconds it must stay up
set -euo pipefail
cd "$(dirname "$0")/.."
CACHE=${CACHE:-/var/tmp/history-container}
M2=${M2-$HOME/.m2}
PORT=${PORT:-18094}
STAY=${STAY:-30}
IMAGE=localhost/history:check
NAME=history-check
failures=0
pass() { echo "PASS $*"; }
fail() { echo "FAIL $*"; failures=$((failures + 1)); }
check() { local what=$1; shift; if "$@" >/dev/null 2>&1; then pass "$what"; else fail "$what"; fi; }

[ "$(id -u)" -eq 0 ] || { echo "bench/container.sh: run as root (apt-get, debootstrap, rootful podman)" >&2; exit 2; }
missing=()
for tool in buildah debootstrap podman runc curl wrk; do command -v "$tool" >/dev/null || missing+=("$tool"); done
if [ ${#missing[@]} -gt 0 ]; then
  echo "installing ${missing[*]}"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# A store of our own, with the vfs driver (plain copies of each layer: no overlay mounts needed, which works in
# VMs and containers where overlayfs does not). Its run state goes to /run, which a reboot clears, as podman expects.
# runc, not crun: crun 1.8 refuses the hybrid cgroup v1/v2 set-up of machines like this one.
store=(--root "$CACHE/storage" --runroot /run/history-container/storage --storage-driver vfs)
buildah() { command buildah "${store[@]}" "$@"; }
podman() { command podman "${store[@]}" --tmpdir /run/history-container/libpod --runtime runc "$@"; }
mkdir -p "$CACHE"
work=$(mktemp -d)
trap 'podman rm -f -t 0 "$NAME" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT

# A base image from Debian bookworm with one JDK package, made once and then kept in the store. minbase is dpkg, apt
# and a shell; apt's lists and downloads, documentation and translations are dropped (about 190 MB). The packages
# are bookworm's point release; a production base would also take bookworm-security (the eclipse-temurin images
# are what CI and production use).
# A third argument is a JDK folder of the host's to put in as /opt/java/openjdk (as the temurin images have it), for a
# Java that Debian bookworm does not package: the run stage's Java 25 (Temurin 25 at /usr/lib/jvm on these machines).
base_image() {
  local name=localhost/history-base-$1 package=$2 rootfs="$CACHE/rootfs-$1" jdk=${3:-}
  buildah inspect --type image "$name" >/dev/null 2>&1 && return
  echo "making $name from Debian bookworm with $package"
  if [ ! -d "$rootfs" ]; then
    echo "debootstrap (about 3 minutes)"
    rm -rf "$rootfs.tmp"
    debootstrap --variant=minbase --include="$package" bookworm "$rootfs.tmp" http://deb.debian.org/debian \
      >"$work/debootstrap.log" 2>&1 || { tail -20 "$work/debootstrap.log"; exit 1; }
    rm -rf "$rootfs.tmp"/var/cache/apt/archives/*.deb "$rootfs.tmp"/var/cache/apt/*.bin "$rootfs.tmp"/var/lib/apt/lists/* \
      "$rootfs.tmp"/usr/share/doc/* "$rootfs.tmp"/usr/share/man/* "$rootfs.tmp"/usr/share/info/* "$rootfs.tmp"/var/log/*
    find "$rootfs.tmp/usr/share/locale" -mindepth 1 -maxdepth 1 ! -name locale.alias -exec rm -rf {} +
    mv "$rootfs.tmp" "$rootfs"
  fi
  local ctr mnt
  ctr=$(buildah from scratch)
  mnt=$(buildah mount "$ctr")
  cp -a "$rootfs/." "$mnt/"
  if [ -n "$jdk" ]; then
    mkdir -p "$mnt/opt/java" && cp -a "$jdk" "$mnt/opt/java/openjdk" && ln -sf /opt/java/openjdk/bin/java "$mnt/usr/bin/java"
  fi
  buildah umount "$ctr" >/dev/null
  buildah config --env LANG=C.UTF-8 --env PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
    --cmd /bin/bash "$ctr"
  buildah commit -q --rm "$ctr" "$name" >/dev/null
  rm -rf "$rootfs"
}
base_image jdk openjdk-17-jdk-headless
# The run stage's Java is the Dockerfile's (25): the host's Temurin 25 on a minimal Debian, with fontconfig as the
# eclipse-temurin images have it: without it Java's font manager cannot start, and no share card can be drawn.
base_image jre25-fontconfig ca-certificates,fontconfig "${JAVA25_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"

# The Dockerfile as it is, with the bases as build arguments. --format docker: the OCI format has no HEALTHCHECK
# (buildah would drop it with a warning). --layers reuses unchanged steps. chroot isolation runs RUN steps without
# a container runtime, on the host's network, which Maven needs for Maven Central: with the host's CA certificates
# (the host's trust, and its mirror's if it has one) and, to save minutes, the host's Maven repository.
# The build stage is built and tagged first, so that its layers count as used (see the clean-up below).
echo "building $IMAGE (buildah bud, chroot isolation, vfs)"
volumes=(-v /etc/ssl/certs:/etc/ssl/certs:ro)
if [ -n "$M2" ]; then mkdir -p "$M2" && volumes+=(-v "$M2:/root/.m2"); fi
bud() {
  buildah bud --isolation chroot --format docker --layers --pull-never "${volumes[@]}" \
    --build-arg BUILD_IMAGE=localhost/history-base-jdk --build-arg RUNTIME_IMAGE=localhost/history-base-jre25-fontconfig \
    "$@" . >>"$work/build.log" 2>&1 || { tail -40 "$work/build.log"; exit 1; }
}
buildah rm --all >/dev/null 2>&1 || true
build_start=$(date +%s)
bud --target build -t localhost/history-build:check
bud -t "$IMAGE"
echo "built in $(($(date +%s) - build_start)) s"
# With vfs every layer is a full copy of its filesystem, and each build of changed code leaves the previous
# build's layers behind (gigabytes): remove untagged images that nothing is built on, until there are none. What is
# tagged (the bases, the build stage, the image) stays, with the layers under it: the next run's cache.
while buildah rmi --prune 2>/dev/null | grep -q .; do :; done

# (a) The image's own settings: user, health check, entry point.
config() { buildah inspect --type image --format "$1" "$IMAGE"; }
user=$(config '{{.Docker.Config.User}}')
[ "$user" = 10001:10001 ] && pass "image user is $user" || fail "image user is '$user', not 10001:10001"
health=$(config '{{.Docker.Config.Healthcheck.Test}}')
[[ $health == *HealthCheck* ]] && pass "image has a HEALTHCHECK: $health" || fail "image has no HEALTHCHECK ('$health')"

# (b) Run it as Docker would run it in production: the image's ENTRYPOINT unchanged, a read-only root with a tmpfs
# on /tmp only (podman would add tmpfs on /run and /var/tmp too: --read-only-tmpfs=false), a 256 MB memory limit.
# Host network: the simplest way to reach it from here (rootful bridge networking needs netavark's firewall rules).
# The open-files and processes limits are given, not left to podman, which would raise them (to 1048576): root
# here lacks CAP_SYS_RESOURCE, so raising a limit fails. Podman runs health checks with systemd timers and there
# is no systemd here: it logs errors about them (kept in podman.log) and the image's check is run below with
# `podman healthcheck run`, which is what the timer would run.
podman rm -f -t 0 "$NAME" >/dev/null 2>&1 || true
start=$(date +%s%N)
podman run -d --name "$NAME" --pull never --read-only --read-only-tmpfs=false --tmpfs /tmp --memory 256m \
  --network host --ulimit nofile="$(ulimit -Sn):$(ulimit -Hn)" --ulimit nproc=4096:4096 \
  -e SERVER_PORT="$PORT" "$IMAGE" >/dev/null 2>>"$work/podman.log" || { cat "$work/podman.log"; exit 1; }
up=""
for _ in $(seq 1 240); do
  curl -fs -o /dev/null "http://127.0.0.1:$PORT/actuator/health/readiness" && { up=yes; break; }
  [ "$(podman inspect --format '{{.State.Running}}' "$NAME")" = true ] || break
  sleep 0.5
done
ready_ms=$(( ($(date +%s%N) - start) / 1000000 ))
podman logs "$NAME" >"$work/site.log" 2>&1
if [ -z "$up" ]; then fail "the site did not become ready"; tail -30 "$work/site.log"; exit 1; fi
pass "ready ${ready_ms} ms after podman run (read-only root, tmpfs /tmp, 256 MB; with vfs, podman first copies the image)"

pid=$(podman inspect --format '{{.State.Pid}}' "$NAME")
uid=$(awk '/^Uid:/ {print $2}' "/proc/$pid/status")
[ "$uid" != 0 ] && pass "the java process runs as uid $uid (from the host: /proc/$pid/status)" || fail "the java process runs as root"
inside=$(podman exec "$NAME" id -u || echo "no answer")
[ "$inside" = 10001 ] && pass "id -u inside the container: $inside" || fail "id -u inside the container: $inside"
cmdline=$(tr '\0' ' ' <"/proc/$pid/cmdline" | sed 's/ $//')
entrypoint=$(config '{{range .Docker.Config.Entrypoint}}{{.}} {{end}}' | sed 's/ $//')
[ "$cmdline" = "$entrypoint" ] && pass "it runs the image's ENTRYPOINT: $cmdline" \
  || fail "it runs '$cmdline', not the image's ENTRYPOINT '$entrypoint'"

curl -s -o "$work/index.html" -w '%{http_code}' "http://127.0.0.1:$PORT/" >"$work/status"
[ "$(cat "$work/status")" = 200 ] && grep -q "Our history" "$work/index.html" && pass "/ is 200 with \"Our history\"" \
  || fail "/ answered $(cat "$work/status") or lacks \"Our history\""
check "/timeline is 200" curl -fs -o /dev/null "http://127.0.0.1:$PORT/timeline"
check "/founding is 200" curl -fs -o /dev/null "http://127.0.0.1:$PORT/founding"
check "a share card is drawn (/cards/founding.png, fonts from the jar)" sh -c "curl -fs \"http://127.0.0.1:$PORT/cards/founding.png\" | head -c 8 | grep -q PNG"
check "the image's HEALTHCHECK command exits 0 (podman healthcheck run)" podman healthcheck run "$NAME"
check "Brotli loaded from the image (not from the noexec /tmp)" grep -q "Brotli on" "$work/site.log"
check "the AOT cache is mapped" grep -q "/app/app.aot" "/proc/$pid/maps"
check "the content came from the image's snapshot, no file read again" \
  grep -qE "\(([0-9]+) of \1 files as the snapshot had them\)" "$work/site.log"
check "the pages came from the image's snapshot of rendered pages, none rendered" \
  grep -qE "Took [0-9]+ pages .* from the snapshot of rendered pages" "$work/site.log"

# (c) Some time later it is still up, still healthy, and nothing on the root filesystem can be written, not even
# by root; only /tmp can.
sleep "$STAY"
rss=$(awk '/^VmRSS:/ {print int($2 / 1024)}' "/proc/$pid/status" 2>/dev/null || echo "?")
check "still running after $STAY s" test "$(podman inspect --format '{{.State.Running}}' "$NAME")" = true
check "still healthy after $STAY s" podman healthcheck run "$NAME"
# Under load it stays inside its 256 MB: 30 s of wrk at 64 connections on the uncompressed timeline and home page.
# With half the limit for the heap (the Dockerfile before round five) the kernel's OOM killer ended it within 10 s.
for page in /timeline /; do wrk -t2 -c64 -d15s "http://127.0.0.1:$PORT$page" >/dev/null 2>&1 || true; done
check "still running after 30 s of wrk at 64 connections, inside 256 MB" \
  test "$(podman inspect --format '{{.State.Running}}' "$NAME")" = true
loaded=$(awk '/^VmRSS:/ {print int($2 / 1024)}' "/proc/$pid/status" 2>/dev/null || echo "?")
write=$(podman exec --user 0 "$NAME" touch /written-by-root 2>&1 || true)
[[ $write == *"Read-only file system"* ]] && pass "a write to / fails, even as root: $write" \
  || fail "a write to / did not fail as read-only: '$write'"
if podman exec "$NAME" touch /app/written >/dev/null 2>&1; then fail "the app user can write to /app"; else pass "the app user cannot write to /app"; fi
check "/tmp is writable" podman exec "$NAME" touch /tmp/written
podman logs "$NAME" >"$work/site.log" 2>&1
if grep -aE ' ERROR |Exception' "$work/site.log"; then fail "errors in the log"; else pass "no ERROR or exception in the log"; fi

# Graceful shutdown on SIGTERM, as `docker stop -t 35` sends it.
podman stop -t 35 "$NAME" >/dev/null 2>>"$work/podman.log"
podman logs "$NAME" >"$work/site.log" 2>&1
check "stops gracefully on SIGTERM" grep -q "Graceful shutdown complete" "$work/site.log"

# (d) Figures.
size=$(podman image inspect --format '{{.Size}}' "$IMAGE")
base=$(podman image inspect --format '{{.Size}}' localhost/history-base-jre25-fontconfig)
echo "image:     $((size / 1000000)) MB ($((base / 1000000)) MB of it the Debian JRE base)"
echo "content:   $(grep -aoE 'Loaded .* in [0-9]+ ms.*' "$work/site.log")"
echo "start-up:  $(grep -aoE 'Started SiteApplication in [0-9.]+ seconds \(process running for [0-9.]+\)' "$work/site.log")"
echo "           $(grep -aoE '(Rendered|Took) [0-9]+ pages \([0-9]+ KB\) [a-z ]*in [0-9]+ ms \(Brotli [a-z ]+\)' "$work/site.log"); ready ${ready_ms} ms after podman run"
echo "rss:       ${rss} MB after start-up and a few requests, ${loaded} MB after the load"
echo "machine:   $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
[ "$failures" -eq 0 ] || { echo "$failures check(s) failed"; tail -30 "$work/site.log"; exit 1; }
echo "all checks passed"
