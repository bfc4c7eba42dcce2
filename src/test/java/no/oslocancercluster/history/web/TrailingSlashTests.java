package no.oslocancercluster.history.web;

import no.oslocancercluster.history.LocalSite;
import no.oslocancercluster.history.LocalSite.Answer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An address with a trailing slash, as link checkers and readers type it, leads to the
 * page without it, for good, and never to another site.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TrailingSlashTests {

	@LocalServerPort
	private int port;

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			/founding/              | /founding
			/nb/founding/           | /nb/founding
			/timeline/              | /timeline
			/nb/timeline/           | /nb/timeline
			/founding/?a=1          | /founding?a=1
			/nb/search/?q=gold+label | /nb/search?q=gold+label
			/no-such-page/          | /no-such-page
			/nb//                   | /nb/
			//                      | /
			""")
	void addressWithATrailingSlashIsMovedForGood(String address, String location) {
		for (String method : new String[] { "GET", "HEAD" }) {
			Answer answer = site().send(method, address);
			assertThat(answer.status()).as(method + " " + address).isEqualTo(301);
			assertThat(answer.header("Location")).as(method + " " + address).isEqualTo(location);
		}
	}

	@Test
	void theRedirectLeadsToThePage() {
		String location = site().send("GET", "/nb/founding/").header("Location");
		assertThat(site().send("GET", location).status()).isEqualTo(200);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/", "/nb/" })
	void theHomePagesKeepTheirSlash(String home) {
		assertThat(site().send("GET", home).status()).isEqualTo(200);
	}

	@Test
	void norwegianHomeWithoutItsSlashGetsIt() {
		Answer answer = site().send("GET", "/nb");
		assertThat(answer.status()).isEqualTo(301);
		assertThat(answer.header("Location")).isEqualTo("/nb/");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			//evil.example/          | /evil.example
			///evil.example/         | /evil.example
			//evil.example//?next=1  | /evil.example?next=1
			/nb//evil.example/       | /nb/evil.example
			""")
	void neverLeadsToAnotherSite(String address, String location) {
		Answer answer = site().send("GET", address);
		assertThat(answer.status()).as(address).isEqualTo(301);
		assertThat(answer.header("Location")).as(address).isEqualTo(location);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/\\evil.example/", "/%5Cevil.example/", "/%2F%2Fevil.example/" })
	void addressesThatABrowserCouldReadAsAnotherSiteAreRefused(String address) {
		Answer answer = site().send("GET", address);
		assertThat(answer.status()).as(address).isBetween(400, 499);
		assertThat(answer.header("Location")).as(address).isNull();
	}

	@Test
	void otherMethodsAreNotRedirected() {
		Answer answer = site().send("POST", "/founding/", "Content-Length: 0");
		assertThat(answer.status()).isEqualTo(404);
		assertThat(answer.header("Location")).isNull();
	}

	// Tomcat refuses a backslash before the filter sees one; should it ever let one
	// through, a browser would read
	// "/\\evil.example" as "//evil.example".
	@Test
	void aBackslashIsNeverRedirected() {
		assertThat(TrailingSlashFilter.target("/\\evil.example/")).isNull();
		assertThat(TrailingSlashFilter.target("/a\\b/")).isNull();
	}

	private LocalSite site() {
		return new LocalSite(this.port);
	}

}
