package no.oslocancercluster.history.serving;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The warm-up that trains the container image's AOT cache, against a stub of the site:
 * what it asks for, and that a wrong answer fails it (and so the image's build) with the
 * address and what came back.
 */
class WarmUpCommandTests {

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private final List<String> asked = new CopyOnWriteArrayList<>();

	private HttpServer site;

	@BeforeEach
	void startSite() throws IOException {
		this.site = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.site.createContext("/", (exchange) -> {
			String path = exchange.getRequestURI().toString();
			this.asked.add(path + " " + exchange.getRequestHeaders().getFirst("Accept-Encoding"));
			int status = path.equals("/awards") ? 500 : path.contains("does-not-exist") ? 404 : 200;
			byte[] body = "<p>page</p>".getBytes(StandardCharsets.UTF_8);
			exchange.sendResponseHeaders(status, body.length);
			exchange.getResponseBody().write(body);
			exchange.close();
		});
		this.site.start();
	}

	@AfterEach
	void stopSite() {
		this.site.stop(0);
	}

	@Test
	void asksForEveryPageInEachCodingThenForAMissingPageInEachLanguageAndSearchesNothing() {
		assertThat(WarmUpCommand.asks(List.of("/founding", "/nb/")))
			.extracting((ask) -> ask.path() + " " + ask.coding() + " " + ask.status())
			.containsExactly("/founding br 200", "/founding gzip 200", "/founding identity 200", "/nb/ br 200",
					"/nb/ gzip 200", "/nb/ identity 200", "/ br 200", "/ gzip 200", "/ identity 200",
					"/this-page-does-not-exist br 404", "/nb/this-page-does-not-exist br 404");
	}

	@Test
	void asksRoundAfterRoundUntilAtLeastTheNumberOfRequests() throws IOException {
		List<WarmUpCommand.Ask> asks = WarmUpCommand.asks(List.of("/founding"));
		int exit = WarmUpCommand.warmUp(address(), asks, 20, print(this.out), print(this.err));
		assertThat(exit).isZero();
		assertThat(asks).hasSize(11);
		assertThat(this.asked).hasSize(22).startsWith("/founding br", "/founding gzip", "/founding identity", "/ br");
		assertThat(this.out.toString(StandardCharsets.UTF_8)).startsWith("Warmed up: 22 answers in ");
		assertThat(this.err.toString(StandardCharsets.UTF_8)).isEmpty();
	}

	@Test
	void failsAtTheFirstAnswerThatIsNotTheOneExpected() throws IOException {
		List<WarmUpCommand.Ask> asks = WarmUpCommand.asks(List.of("/founding", "/awards", "/timeline"));
		int exit = WarmUpCommand.warmUp(address(), asks, 1000, print(this.out), print(this.err));
		assertThat(exit).isOne();
		assertThat(this.asked).containsExactly("/founding br", "/founding gzip", "/founding identity", "/awards br");
		assertThat(this.err.toString(StandardCharsets.UTF_8))
			.isEqualTo("Warm-up failed: " + address() + "/awards (Accept-Encoding: br) answered 500, not 200\n");
		assertThat(this.out.toString(StandardCharsets.UTF_8)).isEmpty();
	}

	private String address() {
		return "http://127.0.0.1:" + this.site.getAddress().getPort();
	}

	private static PrintStream print(ByteArrayOutputStream bytes) {
		return new PrintStream(bytes, true, StandardCharsets.UTF_8);
	}

}
