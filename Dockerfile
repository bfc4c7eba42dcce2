# The history site of Oslo Cancer Cluster as a container image.
#
#   docker build -t history .
#   docker run --rm -p 8080:8080 history
#
# The base images are build arguments so that the same file builds on a mirror or a locally made
# base, e.g. --build-arg RUNTIME_IMAGE=registry.example/eclipse-temurin:17-jre.
# The build stage needs a JDK (javac is also the Maven wrapper's fallback downloader when the image
# has neither curl nor wget); the run stage only a JRE.
ARG BUILD_IMAGE=eclipse-temurin:17-jdk
ARG RUNTIME_IMAGE=eclipse-temurin:17-jre

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
COPY src src
RUN ./mvnw -B -q -DskipTests package \
 && java -Djarmode=tools -jar target/history.jar extract --layers --launcher --destination extracted

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
# small layer (application: about 0.4 MB; dependencies: about 24 MB). The files stay owned by root
# and are only readable by the app user: the app cannot change its own code or content.
COPY --from=build /build/extracted/dependencies/ ./
COPY --from=build /build/extracted/spring-boot-loader/ ./
COPY --from=build /build/extracted/snapshot-dependencies/ ./
COPY --from=build /build/extracted/application/ ./

# The Markdown the site is made from. It is read once at start-up; to serve other content, mount a
# folder over /app/content or set SITE_CONTENTDIR (the environment name of site.content-dir: with
# relaxed binding the dash is dropped, SITE_CONTENT_DIR would NOT work). By default the relative
# folder "content" is read from the working directory /app, which also keeps the "Edit this page"
# links pointing at content/<file> in the repository.
COPY content/ content/

# Class-data sharing (AppCDS): a training start that stops once the context is refreshed records the classes
# the site loads; later starts map them from this archive instead of loading and verifying them again. The
# archive is made as root and is read-only for the app. If it does not match the JVM, java ignores it.
RUN java -XX:ArchiveClassesAtExit=/app/app.jsa -Xlog:cds=off -Xlog:cds+dynamic=off \
         -Dspring.context.exit=onRefresh -Dserver.port=0 \
         -cp /app org.springframework.boot.loader.launch.JarLauncher

USER 10001:10001
EXPOSE 8080

# No HEALTHCHECK: the JRE image has no curl or wget. Readiness and liveness come with Spring Boot
# Actuator (/actuator/health/readiness) later, for the orchestrator's probes.
#
# JVM options for a small container (measured here: about 120 MB of metaspace, code cache, threads
# and libraries besides the heap, which holds well under 64 MB for this site):
# - MaxRAMPercentage=50: half the container's memory limit for the heap, so a 256 MB limit gives a
#   128 MB heap and leaves room for the rest (75% would let the process outgrow 256 MB);
# - SerialGC: one GC thread and the least overhead, right for a heap this size and 1 to 2 CPUs;
# - ExitOnOutOfMemoryError: exit, so the orchestrator restarts it, rather than limp on.
# Add or override options with JAVA_TOOL_OPTIONS (the JVM reads it itself) and Spring settings with
# arguments after the image name, e.g. `docker run ... history --server.port=9090`.
#
# Exec form, so that java is PID 1 and gets SIGTERM from `docker stop`: Spring then shuts down
# gracefully (server.shutdown=graceful; it waits up to 30 s for requests, so use `docker stop -t 35`).
# -cp /app lets it start whatever the working directory is.
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=50", "-XX:+UseSerialGC", "-XX:+ExitOnOutOfMemoryError", \
            "-XX:SharedArchiveFile=/app/app.jsa", "-Xshare:auto", \
            "-cp", "/app", "org.springframework.boot.loader.launch.JarLauncher"]
