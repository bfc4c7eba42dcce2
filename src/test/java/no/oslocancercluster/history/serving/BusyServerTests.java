package no.oslocancercluster.history.serving;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDateTime;

import no.oslocancercluster.history.TestClock;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cache renders pages in the process, not by asking its own server: a new day's home
 * page is made and served by the request that needs it even when that request holds the
 * server's only thread (a page asked of the server would wait for a thread that never
 * comes free).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "server.tomcat.threads.max=1", "server.tomcat.threads.min-spare=1" })
@Import(TestClock.December.class)
class BusyServerTests {

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@LocalServerPort
	private int port;

	@Autowired
	private TestClock clock;

	@Test
	void aNewDaysHomePageIsRenderedByTheRequestThatHoldsTheOnlyThread() throws Exception {
		assertThat(home().body()).contains("This month in 2019:");
		this.clock.set(LocalDateTime.parse("2026-01-15T12:00:00"));
		HttpResponse<String> january = home();
		assertThat(january.statusCode()).isEqualTo(200);
		assertThat(january.body()).doesNotContain("on-this-day").contains("section-list");
	}

	private HttpResponse<String> home() throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/"))
			.timeout(Duration.ofSeconds(20))
			.build();
		return this.http.send(request, HttpResponse.BodyHandlers.ofString());
	}

}
