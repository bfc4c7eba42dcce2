# The history site of Oslo Cancer Cluster as a container image.
#
#   docker build -t history .
#   docker run --rm -p 8080:8080 --read-only --tmpfs /tmp history
#
# It runs as a non-root user (10001) and with a read-only root filesystem: the only place it writes is /tmp
# (java.io.tmpdir: Tomcat's work folder, the JVM's performance data), so give it a tmpfs there (Kubernetes:
# readOnlyRootFilesystem: true and an emptyDir volume at /tmp). bench/container.sh builds this file without Docker
# (buildah, from locally made Debian bases) and checks all of this.
#
# The base images are build arguments so that the same file builds on a mirror or a locally made
# base, e.g. --build-arg RUNTIME_IMAGE=registry.example/eclipse-temurin:25-jre. A run base needs fontconfig (the
# eclipse-temurin images have it): without it Java's font manager does not start and no share card can be drawn.
# The build stage needs a JDK (javac is also the Maven wrapper's fallback downloader when the image
# has neither curl nor wget); the run stage only a JRE. The code is built for Java 17 (pom.xml) and runs on Java 25,
# whose AOT cache (JEP 483/514/515: classes loaded and linked, and method profiles, from a training run) starts
# the site in about half the time of Java 17 with class-data sharing (bench/startup.sh CONFIG=container).
ARG BUILD_IMAGE=eclipse-temurin:17-jdk
ARG RUNTIME_IMAGE=eclipse-temurin:25-jre

# ---------------------------------------------------------------------------------------------
FROM ${BUILD_IMAGE} AS build
WORKDIR /build

# Maven, plugins and dependencies first, in their own layer: it is rebuilt only when pom.xml or
# the wrapper changes, not on every change to the code or the content.
COPY mvnw pom.xml ./
COPY .mvn .mvn
RUN chmod +x mvnw && ./mvnw -B -q dependency:go-offline

# Tests are not run here: CI runs `./mvnw verify` (with the browser tests) before it builds the
# image, and the build image has no browser.
# The jar is extracted as plain jars, the application's (app.jar) with its libraries in lib/, split into Spring
# Boot's layers, rather than with Spring Boot's launcher over a folder of classes: class-data sharing only archives
# classes from jars ("Cannot have non-empty directory in paths" ends the training run below otherwise).
COPY src src
RUN ./mvnw -B -q -DskipTests package \
 && java -Djarmode=tools -jar target/history.jar extract --layers --application-filename app.jar \
         --destination extracted

# Brotli's native library, taken out of its jar for this platform. Left to itself, brotli4j copies it to /tmp at
# every start and loads it from there, which a tmpfs mounted noexec (Docker's and Podman's default) refuses: the
# site would quietly fall back to gzip. Loaded from the image instead, /tmp only ever holds data.
RUN mkdir -p extracted/native && cd extracted/native \
 && platform="linux-$(uname -m)" \
 && jar xf ../dependencies/lib/native-${platform}-*.jar "lib/${platform}/libbrotli.so" \
 && mv "lib/${platform}/libbrotli.so" . && rm -r lib

# ---------------------------------------------------------------------------------------------
FROM ${RUNTIME_IMAGE}
LABEL org.opencontainers.image.title="Oslo Cancer Cluster history" \
      org.opencontainers.image.description="The history of Oslo Cancer Cluster, served from Markdown"

# A system user with a fixed numeric id, so that Kubernetes' runAsNonRoot can check it. useradd is
# on Ubuntu (the temurin images) and Debian; BusyBox (Alpine) only has adduser.
RUN if command -v useradd >/dev/null 2>&1; then \
      groupadd --system --gid 10001 app \
      && useradd --system --uid 10001 --gid 10001 --no-create-home --home-dir /nonexistent \
                 --shell /usr/sbin/nologin app; \
    else \
      addgroup -S -g 10001 app \
      && adduser -S -D -H -u 10001 -G app -h /nonexistent -s /sbin/nologin app; \
    fi

WORKDIR /app

# Spring Boot's layers, least often changed first, so that a code change only replaces the last,
# small layer (application: about 0.4 MB; dependencies: about 24 MB): /app/lib/*.jar and /app/app.jar, whose
# manifest lists the libraries. (The spring-boot-loader layer is empty without the launcher.) The files stay owned
# by root and are only readable by the app user: the app cannot change its own code or content.
COPY --from=build /build/extracted/dependencies/ ./
COPY --from=build /build/extracted/snapshot-dependencies/ ./
COPY --from=build /build/extracted/native/ native/
COPY --from=build /build/extracted/application/ ./

# The Markdown the site is made from. It is read once at start-up; to serve other content, mount a
# folder over /app/content or set SITE_CONTENTDIR (the environment name of site.content-dir: with
# relaxed binding the dash is dropped, SITE_CONTENT_DIR would NOT work). By default the relative
# folder "content" is read from the working directory /app, which also keeps the "Edit this page"
# links pointing at content/<file> in the repository.
COPY content/ content/

# The snapshot of the checked content: the static export below checks every file (parse, validate, render) and
# saves what it found here; every start of this image then only compares each file with the snapshot, byte for
# byte, and reads again only the files that differ (content mounted over /app/content, say). A snapshot of another
# build of the site is never used. At run time it is only read (the root filesystem is read-only). Beside it, the
# export saves the pages it rendered and compressed (/app/content.snapshot.pages): a container with the same content
# and settings serves them without rendering any. One run with other settings (another SITE_BASEURL, say) or other
# content renders every page at each start, as the log says.
ENV SITE_CONTENTSNAPSHOT=/app/content.snapshot

# The JDK's AOT cache: a training run records the classes the site loads and links, and how its methods ran; later
# starts map them from this file instead of loading, verifying and profiling them again. The training is the warm-up
# (java -jar app.jar warm-up), after the export has made both snapshots: it starts the site as the image starts it,
# from the snapshots, asks it for every page in Brotli, gzip and neither, for a search and for a missing page, about
# 20,000 requests in all, and stops. So the cache holds what a start of the image and its serving use, with the
# profiles of a warm server. (Trained on the export, as it was before, the cache also held the rendering of every
# page, which a start from the snapshots does not do: 103 MB against 86 MB, about 27 MB more resident after a load,
# and fewer pages a second in the first seconds; trained up to Spring's refresh, -Dspring.context.exit=onRefresh, it
# lacked the profiles of serving.) It is made as root and is read-only for the app (the JVM only maps it). It is only
# used with the same JVM, class path and options, hence -jar /app/app.jar and the ENTRYPOINT's collector in both; if
# it does not match, java says so and starts without it. The export and Tomcat's folders are removed from /tmp.
RUN java -XX:+UseSerialGC -Dbrotli4j.library.path=/app/native/libbrotli.so -Dspring.aot.enabled=true \
         -jar /app/app.jar export /tmp/training \
 && java -XX:AOTCacheOutput=/app/app.aot -XX:+UseSerialGC -Xlog:aot=off -Xlog:cds=off \
         -Dbrotli4j.library.path=/app/native/libbrotli.so -Dspring.aot.enabled=true \
         -jar /app/app.jar warm-up \
 && chmod 644 /app/content.snapshot /app/content.snapshot.pages \
 && rm -rf /tmp/*

USER 10001:10001
EXPOSE 8080

# The health check asks the readiness probe (/actuator/health/readiness: 200 once the content is loaded and the
# pages are rendered). The image has no curl or wget, so it is a small class of the site's own that uses only the
# JDK (HealthCheck), run from the application's jar in a JVM made to start fast and small: the default CDS archive,
# only the C1 compiler, one GC thread, a 16 MB heap, no performance data file in /tmp. It costs about 0.25 s
# and 45 MB for a moment, every 30 s. It asks port 8080, or SERVER_PORT: change the port with SERVER_PORT (not
# --server.port) and the check follows. Kubernetes ignores HEALTHCHECK: give it httpGet probes on
# /actuator/health/readiness and /actuator/health/liveness instead.
HEALTHCHECK --interval=30s --timeout=10s --start-period=60s --retries=3 \
  CMD ["java", "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx16m", "-XX:-UsePerfData", \
       "-cp", "/app/app.jar", "no.oslocancercluster.history.HealthCheck"]

# JVM options for a small container:
# - MinRAMPercentage=25 and MaxRAMPercentage=25: a quarter of the container's memory limit for the heap, so a
#   256 MB limit gives a 64 MB heap; this site holds about 19 MB in it, and 24 to 30 MB while it renders its pages
#   (a start with other settings or content). Both, because for a limit under 512 MB the JVM sizes the heap from
#   MinRAMPercentage (50 by default): MaxRAMPercentage=25 alone gives 126 MB at 256 MB. The heap holds every page
#   rendered and compressed, so it grows with the history: a 256 MB limit holds about 300 sections; at 500 or more
#   the heap runs out while the pages render and the JVM exits (ExitOnOutOfMemoryError, "Java heap space"). Give a
#   history of 1,000 sections a limit of 1 GB (a 256 MB heap: every page rendered in 8.3 s, ready in under 10 s; at
#   512 MB the collector takes most of 14 to 15 s; bench/README.md, round thirteen). The rest is about 110 MB
#   resident after 10 s of wrk at 64 connections (smaps and -XX:NativeMemoryTracking=summary, round ten: the AOT
#   cache 54 MB, the JVM's libraries 22 MB, compiled code 14 MB, thread stacks 10 MB). A sixth of the memory instead
#   (41 MB) is 23 MB less resident after that load, but a start that renders every page then collects the whole
#   heap 55 times and renders in 7.0 s instead of 4.8 s (bench/README.md, round ten). With half
#   the limit, as this file had it, the heap grew to 128 MB under that load and the process to 310 to 320 MB, past
#   a 256 MB limit; with a quarter, 250 to 255 MB, the same pages a second;
# - InitialRAMPercentage=25: the heap starts at that size too. Left to itself the JVM starts it at 1/64 of the
#   memory (4 MB at 256 MB) and grows it through some 40 collections while Spring starts; at its full size from the
#   start, four (the container's configuration: the first page 0.3 s sooner, in each of five pairs). After a
#   load the heap has grown to its limit either way, so it holds no more memory then;
# - SerialGC: one GC thread and the least overhead, right for a heap this size and 1 to 2 CPUs;
# - not C1 alone (-XX:TieredStopAtLevel=1): it starts the site about a second sooner and with a fifth less CPU, but
#   serves half as many pages a second once warm (bench/run.sh with JAVA_OPTIONS, in bench/README.md);
# - TrimNativeHeapInterval=1000: every second, the memory the JVM has freed outside the heap (the JIT compilers'
#   work areas above all, which peak under a first load) is handed back to the system: 0.3 to 5 ms a time on a
#   thread of its own (-Xlog:trimnative), and 9 to 14 MB less resident after a 10 s load (217 to 226 MB against 231
#   to 235 MB, alternating starts), the same pages a second;
# - ExitOnOutOfMemoryError: exit, so the orchestrator restarts it, rather than limp on;
# - the AOT cache made above, only read (ignored, not fatal, if it does not match);
# - brotli4j.library.path: Brotli from the image, not copied to /tmp (see the build stage).
# - spring.aot.enabled: the bean definitions Spring's AOT worked out when the jar was built (process-aot in pom.xml)
#   instead of working them out from the classes and conditions at every start. They are the public site's: the
#   editors' preview (site.preview) is not available in this image, and says so if asked for.
# Add or override options with JAVA_TOOL_OPTIONS (the JVM reads it itself) and Spring settings with
# arguments after the image name, e.g. `docker run ... history --site.base-url=https://example.org`.
#
# Exec form, so that java is PID 1 and gets SIGTERM from `docker stop`: Spring then shuts down
# gracefully (server.shutdown=graceful; it waits up to 30 s for requests, so use `docker stop -t 35`).
# The absolute path lets it start whatever the working directory is.
ENTRYPOINT ["java", "-XX:InitialRAMPercentage=25", "-XX:MinRAMPercentage=25", "-XX:MaxRAMPercentage=25", \
            "-XX:+UseSerialGC", "-XX:TrimNativeHeapInterval=1000", "-XX:+ExitOnOutOfMemoryError", \
            "-XX:AOTCache=/app/app.aot", \
            "-Dbrotli4j.library.path=/app/native/libbrotli.so", "-Dspring.aot.enabled=true", \
            "-jar", "/app/app.jar"]
