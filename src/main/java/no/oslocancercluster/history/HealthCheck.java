package no.oslocancercluster.history;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.time.Duration;
import java.util.Map;

/**
 * The container's health check: exits 0 when the site on this machine answers its
 * readiness probe with 200, else 1.
 * <p>
 * The runtime image has no curl or wget, so the Dockerfile's {@code HEALTHCHECK} runs
 * this class on its own, with only the JDK on the class path: it must not use Spring or
 * any other dependency. {@link HttpURLConnection} rather than
 * {@code java.net.http.HttpClient}, which starts threads and loads several times as many
 * classes, for a JVM that runs every 30 s.
 */
public final class HealthCheck {

	static final Duration TIMEOUT = Duration.ofSeconds(2);

	private HealthCheck() {
	}

	public static void main(String[] args) {
		System.exit(check(readinessUri(System.getenv()), TIMEOUT));
	}

	/**
	 * The readiness probe on the loopback address, at the port Spring reads from
	 * {@code SERVER_PORT} (8080 if unset), under the path of {@code SITE_BASEURL} (the
	 * site's public address, where it has one).
	 */
	static URI readinessUri(Map<String, String> environment) {
		String port = environment.getOrDefault("SERVER_PORT", "8080");
		String base = URI.create(environment.getOrDefault("SITE_BASEURL", "http://localhost")).getRawPath();
		String path = (base != null) ? base.replaceFirst("/+$", "") : "";
		return URI.create("http://127.0.0.1:" + port + path + HealthProbes.READINESS);
	}

	/**
	 * 0 when {@code uri} answers 200 within {@code timeout} to connect and
	 * {@code timeout} to read, else 1, with the reason on standard error (Docker keeps
	 * the output of the last checks: {@code docker inspect}).
	 */
	static int check(URI uri, Duration timeout) {
		HttpURLConnection connection = null;
		try {
			connection = open(uri, timeout);
			return verdict(uri, connection.getResponseCode());
		}
		catch (IOException | RuntimeException ex) {
			System.err.println(uri + ": " + ex);
			return 1;
		}
		finally {
			if (connection != null) {
				connection.disconnect();
			}
		}
	}

	private static HttpURLConnection open(URI uri, Duration timeout) throws IOException {
		HttpURLConnection connection = (HttpURLConnection) uri.toURL().openConnection();
		connection.setConnectTimeout((int) timeout.toMillis());
		connection.setReadTimeout((int) timeout.toMillis());
		connection.setUseCaches(false);
		return connection;
	}

	private static int verdict(URI uri, int status) {
		if (status == HttpURLConnection.HTTP_OK) {
			return 0;
		}
		System.err.println(uri + " answered " + status);
		return 1;
	}

}
