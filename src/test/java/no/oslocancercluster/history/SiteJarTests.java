package no.oslocancercluster.history;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged jar started as a server, as an operator starts it ({@code java -jar}), by
 * Maven's failsafe plugin after {@code package}.
 */
class SiteJarTests {

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	@Test
	void aPlainStartServesThePublicSiteWithTheBeansWorkedOutWhenTheJarWasBuilt(@TempDir Path home) throws Exception {
		try (Started site = start(home)) {
			assertThat(site.page("/founding").body()).contains("<title>Founding | Oslo Cancer Cluster</title>");
			assertThat(site.page("/nb/founding").statusCode()).isEqualTo(200);
			assertThat(site.stop()).contains("Starting AOT-processed SiteApplication");
		}
	}

	@Test
	void thePreviewWorksItsBeansOutAtTheStart(@TempDir Path home) throws Exception {
		try (Started preview = start(home, "--site.preview=true")) {
			assertThat(preview.page("/founding").statusCode()).isEqualTo(200);
			assertThat(preview.stop()).contains("Watching content: saved changes show on the next page load")
				.doesNotContain("AOT-processed");
		}
	}

	private Started start(Path home, String... args) throws IOException, InterruptedException {
		int port;
		try (ServerSocket socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		List<String> command = PackagedJarTests.command("--server.port=" + port);
		command.addAll(List.of(args));
		Path log = home.resolve("site.log");
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
		// Its snapshots in a folder of the test's, not the user's cache.
		builder.environment().put("XDG_CACHE_HOME", home.toString());
		Started started = new Started(builder.start(), port, log);
		long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
		while (!started.answers()) {
			if (!started.process().isAlive() || System.nanoTime() > end) {
				String output = started.stop();
				assertThat(output).as("the site started and answered within 60 s; it logged").isEmpty();
			}
			Thread.sleep(50);
		}
		return started;
	}

	private final class Started implements AutoCloseable {

		private final Process process;

		private final int port;

		private final Path log;

		Started(Process process, int port, Path log) {
			this.process = process;
			this.port = port;
			this.log = log;
		}

		@Override
		public void close() throws IOException, InterruptedException {
			stop();
		}

		Process process() {
			return this.process;
		}

		boolean answers() {
			try {
				return page("/").statusCode() == 200;
			}
			catch (IOException ex) {
				return false;
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return false;
			}
		}

		HttpResponse<String> page(String path) throws IOException, InterruptedException {
			return SiteJarTests.this.http
				.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
					.timeout(Duration.ofSeconds(10))
					.build(), HttpResponse.BodyHandlers.ofString());
		}

		// Stops the site and gives what it logged.
		String stop() throws IOException, InterruptedException {
			this.process.destroy();
			if (!this.process.waitFor(40, TimeUnit.SECONDS)) {
				this.process.destroyForcibly();
			}
			return Files.readString(this.log);
		}

	}

}
