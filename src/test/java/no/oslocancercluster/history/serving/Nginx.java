package no.oslocancercluster.history.serving;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;

import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * Debian's nginx serving a folder as GitHub Pages serves a repository's pages: a file for
 * an address without its {@code .html}, a folder's {@code index.html}, and the
 * {@code 404.html} at the site's path for anything missing. Skipped where nginx is not
 * installed, except in CI, where it must be.
 */
public final class Nginx implements AutoCloseable {

	private static final Path NGINX = Path.of("/usr/sbin/nginx");

	private final Path work;

	private final int port;

	private Nginx(Path work, int port) {
		this.work = work;
		this.port = port;
	}

	/**
	 * Serves {@code root} (whose files lie under the site's path inside it) with the
	 * given 404 page.
	 */
	public static Nginx serve(Path work, Path root, String notFound) throws IOException, InterruptedException {
		return serve(work, root, notFound, "");
	}

	/**
	 * Serves {@code root} with the given 404 page and more directives for its server
	 * block ({@code add_header ...;}).
	 */
	public static Nginx serve(Path work, Path root, String notFound, String directives)
			throws IOException, InterruptedException {
		if (!"true".equals(System.getenv("CI"))) {
			assumeThat(Files.isExecutable(NGINX)).as("nginx is not installed (apt-get install nginx)").isTrue();
		}
		int port;
		try (ServerSocket socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		Files.writeString(work.resolve("nginx.conf"), config(work, root, notFound, port, directives));
		// nginx's workers run as another user when started as root: let them read the
		// files.
		readable(work);
		Process process = new ProcessBuilder(NGINX.toString(), "-c", work.resolve("nginx.conf").toString())
			.redirectErrorStream(true)
			.start();
		if (process.waitFor() != 0) {
			throw new IllegalStateException(
					"nginx did not start: " + new String(process.getInputStream().readAllBytes()));
		}
		Nginx nginx = new Nginx(work, port);
		nginx.awaitPid();
		return nginx;
	}

	public URI address() {
		return URI.create("http://127.0.0.1:" + this.port);
	}

	private static String config(Path work, Path root, String notFound, int port, String directives) {
		return """
				daemon on;
				worker_processes 1;
				pid %1$s/nginx.pid;
				error_log %1$s/error.log;
				events { worker_connections 64; }
				http {
				  include /etc/nginx/mime.types;
				  access_log off;
				  client_body_temp_path %1$s/body;
				  proxy_temp_path %1$s/proxy;
				  fastcgi_temp_path %1$s/fastcgi;
				  uwsgi_temp_path %1$s/uwsgi;
				  scgi_temp_path %1$s/scgi;
				  server {
				    listen 127.0.0.1:%3$d;
				    root %2$s;
				    error_page 404 %4$s;
				    location / { try_files $uri $uri.html $uri/index.html =404; }
				    %5$s
				  }
				}
				""".formatted(work, root, port, notFound, directives);
	}

	private static void readable(Path folder) throws IOException {
		try (Stream<Path> files = Files.walk(folder)) {
			for (Path file : files.toList()) {
				Files.setPosixFilePermissions(file,
						PosixFilePermissions.fromString(Files.isDirectory(file) ? "rwxr-xr-x" : "rw-r--r--"));
			}
		}
		for (Path parent = folder.getParent(); parent != null; parent = parent.getParent()) {
			if (parent.startsWith(System.getProperty("java.io.tmpdir")) && !parent.toString().equals("/tmp")) {
				Files.setPosixFilePermissions(parent, PosixFilePermissions.fromString("rwxr-xr-x"));
			}
		}
	}

	private void awaitPid() throws InterruptedException {
		Instant end = Instant.now().plus(Duration.ofSeconds(5));
		while (!Files.exists(this.work.resolve("nginx.pid")) && Instant.now().isBefore(end)) {
			Thread.sleep(20);
		}
	}

	@Override
	public void close() throws IOException, InterruptedException {
		Path pid = this.work.resolve("nginx.pid");
		if (Files.exists(pid)) {
			new ProcessBuilder("kill", Files.readString(pid).strip()).start().waitFor();
		}
	}

}
