package no.oslocancercluster.history.search;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import no.oslocancercluster.history.LocalSite;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Searching the history, in both languages, as readers ask: what they type, where the
 * first result takes them, and what they see when the query is empty, odd or far too
 * long.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SearchTests {

	@LocalServerPort
	private int port;

	// What readers look for, and the paragraph that answers it: the best result must lead
	// there.
	@ParameterizedTest(name = "{0} {1}")
	@CsvSource(delimiter = '|', textBlock = """
			/search    | when did the innovation park open | /innovation-park#innovation-park-opens
			/search    | Gold Label                        | /awards#gold-label-certificate
			/search    | gold label renewed 94%            | /awards#gold-label-renewed
			/search    | Mature Cluster                    | /expertise-status#mature-cluster-status
			/search    | Kaare Norum Radforsk              | /founding#oslo-cancer-cluster-initiated
			/search    | Oslo Science Hub                  | /expansions#oslo-science-hub
			/search    | second building phase             | /expansions#second-building-phase
			/search    | Norwegian Centre of Expertise     | /expertise-status#norwegian-centre-of-expertise
			/search    | montebello                        | /names/montebello
			/search    | Norum                             | /names/kaare-norum
			/search    | Radforsk                          | /names/radforsk
			/search    | Radiumhospitalet                  | /names/norwegian-radium-hospital
			/search    | opened at Montebello              | /innovation-park#innovation-park-opens
			/nb/search | innovasjonspark                   | /nb/innovation-park#innovation-park-opens
			/nb/search | Innovasjonsparken                 | /nb/innovation-park#innovation-park-opens
			/nb/search | når åpnet innovasjonsparken       | /nb/innovation-park#innovation-park-opens
			/nb/search | Gold Label                        | /nb/awards#gold-label-certificate
			/nb/search | andre byggetrinn                  | /nb/expansions#second-building-phase
			/nb/search | Oslo bystyre                      | /nb/expansions#oslo-science-hub
			/nb/search | Radforsk                          | /nb/names/radforsk
			/nb/search | Universitetet i Oslo              | /nb/names/university-of-oslo
			/nb/search | Radforsk Norum                    | /nb/founding#oslo-cancer-cluster-initiated
			""")
	void bestResultLeadsToTheParagraphThatAnswers(String page, String query, String expected) {
		Document results = search(page, query);
		assertThat(results.select("li.search-result a").eachAttr("href")).as(query).first().isEqualTo(expected);
	}

	@Test
	void aNameLeadsToItsPageWithWhatTheHistorySaysOfIt() {
		Element first = search("/search", "Jónas Einarsson").selectFirst("li.search-result");
		assertThat(first.select("a").attr("href")).isEqualTo("/names/jonas-einarsson");
		assertThat(first.select(".search-result__title").text()).isEqualTo("Jónas Einarsson");
		assertThat(first.select(".search-result__section")).isEmpty();
		assertThat(first.select(".search-result__snippet").text()).isEqualTo("CEO of Radforsk");
	}

	@Test
	void norwegianSearchUsesNorwegianStemming() {
		// "innovasjonspark" is in the text only as "Innovasjonsparken" and
		// "innovasjonsparken".
		Document results = search("/nb/search", "innovasjonspark");
		assertThat(results.select(".search-summary").text()).matches("\\d+ treff for «innovasjonspark»");
		assertThat(results.select("li.search-result a").eachAttr("href"))
			.allSatisfy((href) -> assertThat(href).startsWith("/nb/"));
		assertThat(results.select("li.search-result mark").eachText())
			.anySatisfy((mark) -> assertThat(mark.toLowerCase()).startsWith("innovasjonspark"));
	}

	@Test
	void resultsShowHighlightedSnippetsAndTheirSection() {
		Element first = search("/search", "Gold Label").selectFirst("li.search-result");
		assertThat(first.select("h2 a").text()).isEqualTo("Gold Label certificate");
		assertThat(first.select(".search-result__section").text()).isEqualTo("in Awards and recognitions");
		assertThat(first.select(".search-result__snippet mark").eachText()).contains("Gold", "Label");
		assertThat(first.select(".search-result__snippet").text()).contains("December 2019");
	}

	@Test
	void resultFollowedLeadsToTheParagraph() {
		String href = search("/nb/search", "innovasjonspark").selectFirst("li.search-result a").attr("href");
		String[] target = href.split("#");
		Document section = Jsoup.parse(get(target[0]).body());
		Element heading = section.getElementById(target[1]);
		assertThat(heading).isNotNull();
		assertThat(heading.nextElementSibling().text())
			.contains("I mai 2015 åpnet Oslo Cancer Cluster Innovasjonspark");
	}

	@Test
	void emptyQueryInvitesASearch() {
		for (String query : List.of("", "   ")) {
			Document page = search("/search", query);
			assertThat(page.select(".search-summary").text())
				.isEqualTo("Type a word or two above, for example a name, a place or a year.");
			assertThat(page.select("li.search-result")).isEmpty();
		}
		assertThat(Jsoup.parse(get("/search").body()).select(".search-summary").text()).startsWith("Type a word");
		assertThat(Jsoup.parse(get("/nb/search").body()).select(".search-summary").text()).startsWith("Skriv inn");
	}

	@ParameterizedTest
	@ValueSource(strings = { "\"(*:[", "title:gold AND", "*", "?", "gold~2^3", "\\", "{}[]()", "--", "\u0000gold", "😀",
			"the of and" })
	void oddQueriesGetAnAnswerNotAnError(String query) {
		HttpResponse<String> response = get("/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(Jsoup.parse(response.body()).select(".search-summary").text()).isNotBlank();
	}

	@Test
	void queryIsShownAsTextNeverAsMarkup() {
		Document page = search("/search", "<script>alert(1)</script> gold");
		assertThat(page.select("main script")).isEmpty();
		assertThat(page.select("#search-q").attr("value")).isEqualTo("<script>alert(1)</script> gold");
	}

	@Test
	void veryLongQueryIsCutWithANotice() {
		String query = "gold ".repeat(300);
		HttpResponse<String> response = get("/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
		assertThat(response.statusCode()).isEqualTo(200);
		Document page = Jsoup.parse(response.body());
		assertThat(page.select(".search-notice").text())
			.isEqualTo("That search is too long; it was shortened to its first 200 characters.");
		assertThat(page.select("li.search-result")).isNotEmpty();
	}

	@Test
	void noResultsSaysSoInTheReadersLanguage() {
		assertThat(search("/search", "xylophone").select(".search-summary").text())
			.startsWith("Nothing in the history matches “xylophone”.");
		assertThat(search("/nb/search", "xylofon").select(".search-summary").text())
			.startsWith("Ingenting i historien passer med «xylofon».");
	}

	@Test
	void searchPagesAreNotForSearchEnginesOrSharedCaches() {
		HttpResponse<String> response = get("/search?q=gold");
		assertThat(Jsoup.parse(response.body()).select("meta[name=robots]").attr("content")).isEqualTo("noindex");
		assertThat(response.headers().firstValue("X-Robots-Tag")).hasValue("noindex");
		assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-cache");
		assertThat(Jsoup.parse(response.body()).select("link[rel=canonical]")).isEmpty();
	}

	@Test
	void everyPageHasTheSearchForm() {
		Document home = Jsoup.parse(get("/nb/").body());
		Element form = home.selectFirst("form[role=search]");
		assertThat(form.attr("action")).isEqualTo("/nb/search");
		assertThat(form.attr("method")).isEqualTo("get");
		assertThat(form.select("label[for=site-search-q]").text()).isEqualTo("Søk i historien");
		assertThat(form.select("input#site-search-q").attr("name")).isEqualTo("q");
	}

	private Document search(String page, String query) {
		HttpResponse<String> response = get(page + "?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
		assertThat(response.statusCode()).as(query).isEqualTo(200);
		return Jsoup.parse(response.body());
	}

	private HttpResponse<String> get(String path) {
		return new LocalSite(this.port).get(path);
	}

}
