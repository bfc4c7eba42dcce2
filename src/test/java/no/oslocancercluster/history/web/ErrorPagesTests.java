package no.oslocancercluster.history.web;

import java.util.List;

import no.oslocancercluster.history.LocalSite;
import no.oslocancercluster.history.LocalSite.Answer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every error is one of the site's HTML pages, in the language of the address, for
 * browsers, curl, crawlers and programs alike: whatever they accept, whatever the method,
 * and whether the site or Tomcat refused the request. None echoes the address, a message,
 * a stack trace or a version.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(ErrorPagesTests.FailingController.class)
class ErrorPagesTests {

	// What browsers, curl and link checkers, old clients, programs and a careful client
	// send.
	private static final List<String> ACCEPTS = List.of(
			"Accept: text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", "Accept: */*", "",
			"Accept: application/json", "Accept: application/json, text/html;q=0");

	private static final String SECRET = "internal-detail-0451";

	private LocalSite site;

	@LocalServerPort
	private int port;

	@BeforeEach
	void site() {
		this.site = new LocalSite(this.port);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			/no-such-page              | 404 | en | Page not found                | no-such-page
			/nb/finnes-ikke            | 404 | nb | Fant ikke siden               | finnes-ikke
			/%zz                       | 400 | en | This address cannot be read   | zz
			/nb/%zz                    | 400 | nb | Denne adressen kan ikke leses | zz
			/search?q=%zz              | 400 | en | This address cannot be read   | zz
			/nb/search?q=%zz           | 400 | nb | Denne adressen kan ikke leses | zz
			/errors/test-failure       | 500 | en | Something went wrong          | test-failure
			/nb/errors/test-failure    | 500 | nb | Noe gikk galt                 | test-failure
			""")
	void everyClientGetsTheSitesErrorPage(String target, int status, String lang, String heading, String echo) {
		for (String accept : ACCEPTS) {
			Answer answer = this.site.send("GET", target, accept);
			assertThat(answer.status()).as(accept).isEqualTo(status);
			assertThat(answer.header("Content-Type")).as(accept).isEqualTo("text/html;charset=UTF-8");
			Document page = Jsoup.parse(answer.body());
			assertThat(page.select("html").attr("lang")).as(accept).isEqualTo(lang);
			assertThat(page.select("h1").text()).as(accept).isEqualTo(heading);
			assertThat(page.select("nav.site-nav a")).as(accept).isNotEmpty();
			assertThat(answer.body()).as(accept).doesNotContain(echo);
			assertNothingInternal(answer);
		}
	}

	@Test
	void headGetsTheStatusAndTypeOfThePageWithoutItsBody() {
		for (String accept : ACCEPTS) {
			Answer answer = this.site.send("HEAD", "/no-such-page", accept);
			assertThat(answer.status()).as(accept).isEqualTo(404);
			assertThat(answer.header("Content-Type")).as(accept).isEqualTo("text/html;charset=UTF-8");
			assertThat(answer.body()).as(accept).isEmpty();
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "POST", "PUT", "DELETE", "PATCH" })
	void otherMethodsToAnUnknownAddressGetTheNotFoundPage(String method) {
		for (String accept : ACCEPTS) {
			Answer answer = this.site.send(method, "/no/such/page", accept, "Content-Length: 0");
			assertThat(answer.status()).as(accept).isEqualTo(404);
			assertThat(answer.header("Content-Type")).as(accept).isEqualTo("text/html;charset=UTF-8");
			assertThat(Jsoup.parse(answer.body()).select("h1").text()).as(accept).isEqualTo("Page not found");
			assertThat(answer.body()).as(accept).doesNotContain("no/such");
			assertNothingInternal(answer);
		}
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			/founding    | This request cannot be answered
			/nb/founding | Denne forespørselen kan ikke besvares
			""")
	void aWrongMethodForAPageGetsAPageThatSaysSo(String target, String heading) {
		for (String accept : ACCEPTS) {
			Answer answer = this.site.send("DELETE", target, accept);
			assertThat(answer.status()).as(accept).isEqualTo(405);
			assertThat(answer.header("Allow")).as(accept).isEqualTo("GET");
			assertThat(answer.header("Content-Type")).as(accept).isEqualTo("text/html;charset=UTF-8");
			Document page = Jsoup.parse(answer.body());
			assertThat(page.select("h1").text()).as(accept).isEqualTo(heading);
			assertThat(page.select(".error-status").text()).as(accept).endsWith("405");
			assertNothingInternal(answer);
		}
	}

	@Test
	void theErrorPageAskedForByItselfIsNoPage() {
		Answer answer = this.site.send("GET", "/error", "Accept: application/json");
		assertThat(answer.status()).isEqualTo(404);
		assertThat(Jsoup.parse(answer.body()).select("h1").text()).isEqualTo("Page not found");
	}

	private static void assertNothingInternal(Answer answer) {
		assertThat(answer.body()).doesNotContain(SECRET)
			.doesNotContainIgnoringCase("exception")
			.doesNotContainIgnoringCase("tomcat")
			.doesNotContainIgnoringCase("spring")
			.doesNotContain("timestamp")
			.doesNotContainPattern("\\bat [a-z]+\\.[a-z]+\\.")
			.doesNotContainPattern("\\d+\\.\\d+\\.\\d+");
	}

	/**
	 * A page that fails, as a bug would make one fail: the visitor sees the generic page,
	 * never the message. Under /errors/, an address the application answers itself (every
	 * other address is a cached page or no page).
	 */
	@Controller
	static class FailingController {

		@GetMapping({ "/errors/test-failure", "/nb/errors/test-failure" })
		String fail() {
			throw new IllegalStateException(SECRET + " at /test-failure");
		}

	}

}
