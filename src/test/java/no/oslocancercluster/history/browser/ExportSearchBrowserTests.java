package no.oslocancercluster.history.browser;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import no.oslocancercluster.history.TestClock;
import no.oslocancercluster.history.serving.Nginx;
import no.oslocancercluster.history.serving.StaticExport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.chrome.ChromeDriver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Search in the static export, published under a path and served by nginx with a strict
 * Content-Security-Policy, in Chromium: the header's form leads to the export's search
 * page, whose script shows what the server's page shows for the same query, in both
 * languages; the address keeps the query for the back button; without JavaScript the page
 * says that search needs it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "site.base-url=https://history.example/history")
@Import(TestClock.January.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExportSearchBrowserTests {

	private static final String BASE = "/history";

	// The site's own policy, with its own scripts allowed: the export's page has no
	// inline
	// script.
	private static final String POLICY = "add_header Content-Security-Policy \"default-src 'none'; script-src 'self'; "
			+ "style-src 'self'; img-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'self'; "
			+ "frame-ancestors 'none'\" always;";

	@TempDir
	static Path work;

	@LocalServerPort
	private int port;

	@Autowired
	private StaticExport export;

	private Nginx nginx;

	private ChromeDriver driver;

	@BeforeAll
	void serveTheExport() throws Exception {
		this.driver = Browser.start();
		Path root = work.resolve("www");
		this.export.write(Files.createDirectories(root.resolve(BASE.substring(1))),
				URI.create("http://127.0.0.1:" + this.port));
		this.nginx = Nginx.serve(work, root, BASE + "/404.html", POLICY);
	}

	@AfterAll
	void stop() throws IOException, InterruptedException {
		if (this.driver != null) {
			this.driver.quit();
		}
		if (this.nginx != null) {
			this.nginx.close();
		}
	}

	@Test
	void theHeadersFormFindsWhatTheServerFindsInEnglish() {
		this.driver.get(exported("/founding"));
		SearchPage page = new SearchPage(this.driver).searchFromHeader("Radforsk");
		List<String> marked = page.marked();
		SearchPage.Shown found = page.shown();
		assertThat(this.driver.getCurrentUrl()).isEqualTo(exported("/search?q=Radforsk"));
		assertThat(found).isEqualTo(served("/search?q=Radforsk"));
		assertThat(found.results()).isNotEmpty().first().asString().contains("-> " + BASE + "/");
		assertThat(found.summary()).endsWith("for \u201cRadforsk\u201d");
		assertThat(marked).isNotEmpty().allSatisfy((word) -> assertThat(word).isEqualToIgnoringCase("Radforsk"));
		assertThat(found.query()).isEqualTo("Radforsk");
	}

	@Test
	void theHeadersFormFindsWhatTheServerFindsInBokmal() {
		this.driver.get(exported("/nb/"));
		SearchPage page = new SearchPage(this.driver).searchFromHeader("innovasjonspark");
		List<String> marked = page.marked();
		SearchPage.Shown found = page.shown();
		assertThat(this.driver.getCurrentUrl()).isEqualTo(exported("/nb/search?q=innovasjonspark"));
		assertThat(found).isEqualTo(served("/nb/search?q=innovasjonspark"));
		assertThat(found.results()).isNotEmpty();
		assertThat(found.summary()).contains("treff for «innovasjonspark»");
		// The words that the query finds: "innovasjonsparken" has the same stem.
		assertThat(marked).isNotEmpty()
			.allSatisfy((word) -> assertThat(word.toLowerCase()).isIn("innovasjonspark", "innovasjonsparken"));
	}

	@Test
	void severalWordsAndOddQueriesGetTheServersAnswers() {
		for (String query : List.of("oslo cancer cluster", "2015", "the", "xylophone", "innov", "innova",
				"innovation%20park%20%20%0A%20opens", "x".repeat(210) + "%20park", "nb/search?q=kreft",
				"nb/search?q=oslo%20kreft%20forskning", "nb/search?q=kref", "%24%26%20%3Cb%3Epark")) {
			String path = query.startsWith("nb/") ? "/" + query : "/search?q=" + query;
			this.driver.get(exported(path));
			SearchPage.Shown found = new SearchPage(this.driver).settled().shown();
			assertThat(found).as(query).isEqualTo(served(path));
		}
		assertThat(served("/search?q=oslo%20cancer%20cluster").results()).hasSizeGreaterThan(3);
		this.driver.get(exported("/search"));
		assertThat(new SearchPage(this.driver).settled().summary())
			.isEqualTo("Type a word or two above, for example a name, a place or a year.");
	}

	@Test
	void theBackButtonShowsTheSearchBefore() {
		this.driver.get(exported("/search?q=cluster"));
		List<String> cluster = new SearchPage(this.driver).settled().results();
		SearchPage page = new SearchPage(this.driver).searchFromPage("2015");
		assertThat(this.driver.getCurrentUrl()).isEqualTo(exported("/search?q=2015"));
		assertThat(page.results()).isNotEqualTo(cluster);
		this.driver.navigate().back();
		SearchPage before = new SearchPage(this.driver).settled();
		assertThat(before.results()).isEqualTo(cluster);
		assertThat(before.query()).isEqualTo("cluster");
	}

	@Test
	void theExportsSearchPageHasNoAxeViolations() {
		for (String path : List.of("/search?q=innovation", "/nb/search?q=kreft", "/search")) {
			this.driver.get(exported(path));
			new SearchPage(this.driver).settled();
			Results results = new AxeBuilder()
				.withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"))
				.analyze(this.driver);
			assertThat(results.getViolations()).as(path).isEmpty();
		}
	}

	@Test
	void withoutJavaScriptThePageSaysSearchNeedsIt() throws IOException {
		ChromeDriver plain = Browser.startWithoutJavaScript();
		try {
			plain.get(exported("/search?q=Radforsk"));
			SearchPage page = new SearchPage(plain);
			assertThat(page.mainText()).contains("Search needs JavaScript in this copy of the site.");
			assertThat(page.results()).isEmpty();
			plain.get(exported("/nb/search?q=kreft"));
			assertThat(page.mainText()).contains("Søket trenger JavaScript i denne kopien av nettstedet.");
		}
		finally {
			plain.quit();
		}
	}

	private String exported(String path) {
		return this.nginx.address() + BASE + path;
	}

	// What the server's page for the same address shows, read in the same browser.
	private SearchPage.Shown served(String path) {
		this.driver.get("http://127.0.0.1:" + this.port + BASE + path);
		return new SearchPage(this.driver).shown();
	}

}
