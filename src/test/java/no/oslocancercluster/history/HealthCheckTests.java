package no.oslocancercluster.history;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The container's health check against a stub of the readiness probe, in this JVM and, as
 * the image runs it, in a JVM of its own with nothing but the application's classes on
 * the class path.
 */
class HealthCheckTests {

	private HttpServer probe;

	private volatile int status;

	private final CountDownLatch released = new CountDownLatch(1);

	@BeforeEach
	void startProbe() throws IOException {
		this.probe = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.probe.createContext("/actuator/health/readiness", (exchange) -> {
			byte[] body = "{\"status\":\"UP\"}".getBytes(StandardCharsets.UTF_8);
			exchange.sendResponseHeaders(this.status, body.length);
			exchange.getResponseBody().write(body);
			exchange.close();
		});
		this.probe.createContext("/slow", (exchange) -> {
			await(this.released);
			exchange.sendResponseHeaders(200, -1);
			exchange.close();
		});
		this.probe.start();
	}

	@AfterEach
	void stopProbe() {
		this.released.countDown();
		this.probe.stop(0);
	}

	@Test
	void healthyWhenReadinessAnswers200() throws Exception {
		this.status = 200;
		assertThat(HealthCheck.check(readiness(), HealthCheck.TIMEOUT)).isZero();
		assertThat(runInItsOwnJvm()).isZero();
	}

	@Test
	void unhealthyWhenReadinessAnswers503() throws Exception {
		this.status = 503;
		assertThat(HealthCheck.check(readiness(), HealthCheck.TIMEOUT)).isOne();
		assertThat(runInItsOwnJvm()).isOne();
	}

	@Test
	void unhealthyWhenNothingListens() throws IOException {
		int freePort;
		try (ServerSocket socket = new ServerSocket(0)) {
			freePort = socket.getLocalPort();
		}
		URI uri = HealthCheck.readinessUri(Map.of("SERVER_PORT", String.valueOf(freePort)));
		assertThat(HealthCheck.check(uri, HealthCheck.TIMEOUT)).isOne();
	}

	@Test
	void unhealthyWhenTheAnswerTakesLongerThanTheTimeout() {
		URI slow = URI.create("http://127.0.0.1:" + this.probe.getAddress().getPort() + "/slow");
		long start = System.nanoTime();
		assertThat(HealthCheck.check(slow, Duration.ofMillis(300))).isOne();
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
	}

	@Test
	void asksPort8080UnlessServerPortIsSet() {
		assertThat(HealthCheck.readinessUri(Map.of())).hasToString("http://127.0.0.1:8080/actuator/health/readiness");
		assertThat(HealthCheck.readinessUri(Map.of("SERVER_PORT", "9090")))
			.hasToString("http://127.0.0.1:9090/actuator/health/readiness");
	}

	private URI readiness() {
		return HealthCheck.readinessUri(Map.of("SERVER_PORT", String.valueOf(this.probe.getAddress().getPort())));
	}

	// As the Dockerfile's HEALTHCHECK runs it: the compiled classes only, so a dependency
	// would fail to load.
	private int runInItsOwnJvm() throws Exception {
		Path classes = Path.of(HealthCheck.class.getProtectionDomain().getCodeSource().getLocation().toURI());
		ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx16m", "-cp", classes.toString(),
				HealthCheck.class.getName())
			.redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.DISCARD);
		builder.environment().put("SERVER_PORT", String.valueOf(this.probe.getAddress().getPort()));
		Process process = builder.start();
		assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
		return process.exitValue();
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
