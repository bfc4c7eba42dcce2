package no.oslocancercluster.history.search;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.Semaphore;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.servlet.FilterRegistrationBean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * While every search the site allows at once is running, a visitor's new search gets the
 * site's own "busy, try again" page in their language, at once; a search asked before is
 * still answered; and the busy page's address is no page of its own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "site.search.concurrency=1", "site.search.wait=0ms" })
class SearchBusyTests {

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	private int port;

	@Autowired
	private FilterRegistrationBean<SearchGate> gate;

	@Test
	void aSearchWhileTheLimitIsReachedGetsTheBusyPageInItsLanguage() throws Exception {
		assertThat(get("/search?q=gold").statusCode()).isEqualTo(200);
		Semaphore running = this.gate.getFilter().running();
		running.acquire();
		try {
			HttpResponse<String> english = get("/search?q=zebra+crossing");
			assertThat(english.statusCode()).isEqualTo(503);
			assertThat(english.headers().firstValue("Retry-After")).hasValue("5");
			assertThat(english.headers().firstValue("Content-Type")).hasValue("text/html;charset=UTF-8");
			Document page = Jsoup.parse(english.body());
			assertThat(page.select("h1").text()).isEqualTo("Search");
			assertThat(page.select(".search-notice").text())
				.isEqualTo("Many searches are running just now. Please try again in a few seconds.");
			assertThat(page.select("input[name=q]").val()).isEmpty();
			Document norwegian = Jsoup.parse(get("/nb/search?q=innovasjonspark").body());
			assertThat(norwegian.select("html").attr("lang")).isEqualTo("nb");
			assertThat(norwegian.select(".search-notice").text())
				.isEqualTo("Mange søk kjører akkurat nå. Prøv igjen om noen sekunder.");
			assertThat(get("/search?q=gold").statusCode()).isEqualTo(200);
			HttpResponse<String> another = get("/search?q=someone+else");
			assertThat(another.body()).isEqualTo(english.body()).doesNotContain("zebra").doesNotContain("someone");
		}
		finally {
			running.release();
		}
		assertThat(get("/search?q=innovation+park").statusCode()).isEqualTo(200);
	}

	@Test
	void theBusyPageIsNoAddressOfItsOwn() throws Exception {
		assertThat(get("/search/busy").statusCode()).isEqualTo(404);
		assertThat(get("/nb/search/busy").statusCode()).isEqualTo(404);
	}

	private HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

}
