package no.oslocancercluster.history.serving;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import no.oslocancercluster.history.TestClock;
import no.oslocancercluster.history.content.model.Language;
import no.oslocancercluster.history.search.SearchIndex;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The static export's search: a search page per language that says search needs
 * JavaScript there and loads the script, and an index per language whose answers, read as
 * the script reads them, are the server's.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestClock.January.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExportSearchTests {

	private static final List<String> QUERIES = List.of("innovasjonspark", "innovasjonsparken", "Radforsk", "2015",
			"cluster", "oslo cancer cluster", "Kaare Norum", "the park", "innovation park opens", "kreft", "norum's",
			"innov", "innova", "kref", "xylofonorkester", "innovasjonsparken i oslo", "forskningsparkene");

	@LocalServerPort
	private int port;

	@Autowired
	private StaticExport export;

	@Autowired
	private SearchIndex index;

	@TempDir
	static Path folder;

	@BeforeAll
	void export() throws Exception {
		this.export.write(folder, URI.create("http://127.0.0.1:" + this.port));
	}

	@Test
	void writesASearchPageInEachLanguageThatNeedsItsScript() throws Exception {
		Document english = Jsoup.parse(folder.resolve("search.html").toFile());
		assertThat(english.select("main noscript").html()).contains(
				"Search needs JavaScript in this copy of the site. Turn it on, or find your way by the menu and the timeline.");
		Document norwegian = Jsoup.parse(folder.resolve("nb/search.html").toFile());
		assertThat(norwegian.select("main noscript").html()).contains(
				"Søket trenger JavaScript i denne kopien av nettstedet. Slå det på, eller finn frem med menyen og tidslinjen.");
		for (Document page : List.of(english, norwegian)) {
			String script = page.select("script[src]").attr("src");
			assertThat(script).matches("/js/search-[0-9a-f]+\\.js");
			assertThat(page.select("script[src]").hasAttr("defer")).isTrue();
			assertThat(page.select("script:not([src]):not([type=application/ld+json])")).isEmpty();
			assertThat(folder.resolve(script.substring(1))).exists();
			assertThat(page.select("form.search-form").attr("method")).isEqualTo("get");
		}
		assertThat(english.select("#search-output").attr("data-index")).isEqualTo("/search-index.json");
		assertThat(norwegian.select("#search-output").attr("data-index")).isEqualTo("/nb/search-index.json");
		assertThat(norwegian.select("#search-output").attr("data-results")).isEqualTo("{n} treff for «{q}»");
		assertThat(english.select("#search-output").attr("data-one")).isEqualTo("1 result for \u201c{q}\u201d");
	}

	@Test
	void theServersSearchPageHasNoScript() throws Exception {
		for (String path : List.of("/search", "/search?q=park", "/nb/search", "/nb/search?q=park")) {
			Document page = Jsoup.parse(get(path));
			assertThat(page.select("script:not([type=application/ld+json]), noscript, #search-output")).as(path)
				.isEmpty();
		}
		assertThat(Jsoup.parse(get("/search")).select(".search-summary").text())
			.isEqualTo("Type a word or two above, for example a name, a place or a year.");
	}

	@Test
	void theIndexAnswersAsTheServerDoes() throws Exception {
		for (Language language : Language.values()) {
			ExportedIndex exported = new ExportedIndex(
					Files.readAllBytes(folder.resolve(language.path("/search-index.json").substring(1))));
			for (String query : QUERIES) {
				SearchIndex.Results server = this.index.search(language, query, 20);
				ExportedIndex.Found found = exported.search(query, 20);
				List<String> hrefs = server.hits().stream().map(SearchIndex.Hit::href).toList();
				assertThat(found.hrefs()).as(language + " " + query).isEqualTo(hrefs);
				assertThat(found.total()).as(language + " " + query).isEqualTo(server.total());
			}
		}
	}

	@Test
	void theServersSearchesFindWhatTheTestsAsk() {
		assertThat(this.index.search(Language.NB, "innovasjonspark", 20).hits()).isNotEmpty();
		assertThat(this.index.search(Language.EN, "Radforsk", 20).hits()).isNotEmpty();
		assertThat(this.index.search(Language.EN, "xylofonorkester", 20).hits()).isEmpty();
	}

	private String get(String path) throws Exception {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path)).build(),
					HttpResponse.BodyHandlers.ofString())
			.body();
	}

}
