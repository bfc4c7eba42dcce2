package no.oslocancercluster.history.languages;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import no.oslocancercluster.history.LocalSite;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The history in bokmål and English, served from the real {@code content/} folder: as a
 * Norwegian reader, a reader abroad and a search engine find it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LanguagesTests {

	private static final String BASE = "https://history.oslocancercluster.no";

	private static final List<String> SECTIONS = List.of("/founding", "/expertise-status", "/innovation-park",
			"/awards", "/expansions");

	// Every fact of the source text in its established Norwegian form: names,
	// institutions, dates and numbers.
	private static final List<String> NORWEGIAN_FACTS = List.of("Oslo Cancer Cluster", "2006", "Kaare Norum",
			"rektor ved Universitetet i Oslo", "Jónas Einarsson", "administrerende direktør i Radforsk",
			"Radiumhospitalet", "2007", "Norwegian Centre of Expertise", "mai 2015",
			"Oslo Cancer Cluster Innovasjonspark og Inkubator", "Montebello", "Institutt for kreftforskning",
			"Campus Radiumhospitalet", "Gold Label", "European Cluster Excellence Initiative (ECEI)", "desember 2019",
			"desember 2022", "94 prosent", "Mature Cluster", "Norwegian Innovation Clusters", "begynnelsen av 2021",
			"april 2023", "12 000 kvadratmeter", "2024", "Oslo Science Hub", "Oslo bystyre");

	@LocalServerPort
	private int port;

	@Test
	void norwegianPagesAreInBokmal() {
		Document home = page("/nb/");
		assertThat(home.select("html").attr("lang")).isEqualTo("nb");
		assertThat(home.select("h1").text()).isEqualTo("Vår historie");
		assertThat(home.select(".skip-link").text()).isEqualTo("Hopp til hovedinnholdet");
		assertThat(home.select("nav.site-nav a").eachAttr("href")).containsExactly("/nb/", "/nb/founding",
				"/nb/expertise-status", "/nb/innovation-park", "/nb/awards", "/nb/expansions", "/nb/timeline");
		assertThat(home.select(".fallback-notice")).isEmpty();
		Document awards = page("/nb/awards");
		assertThat(awards.select("html").attr("lang")).isEqualTo("nb");
		assertThat(awards.select("h1").text()).isEqualTo("Utmerkelser og anerkjennelse");
		assertThat(awards.select("[lang=en]")).extracting(Element::text).containsExactly("English");
	}

	@Test
	void everyFactOfTheSourceAppearsInTheNorwegianHistory() {
		String text = norwegianPages().stream().map((page) -> page.body().text()).collect(Collectors.joining("\n"));
		assertThat(NORWEGIAN_FACTS).allSatisfy((fact) -> assertThat(text).contains(fact));
	}

	@Test
	void norwegianTimelineHasTheMilestonesInOrderWithNorwegianDates() {
		Document timeline = page("/nb/timeline");
		assertThat(timeline.select("h1").text()).isEqualTo("Tidslinje");
		assertThat(timeline.select("li.milestone time").eachText()).containsSubsequence("2006", "2007", "mai 2015",
				"desember 2019", "Begynnelsen av 2021", "desember 2022", "april 2023", "2024");
		assertThat(timeline.select("li.milestone time").eachAttr("datetime")).containsSubsequence("2006", "2007",
				"2015-05", "2019-12", "2021", "2022-12", "2023-04", "2024");
		for (Element link : timeline.select("a.milestone__title")) {
			String[] target = link.attr("href").split("#");
			assertThat(target[0]).startsWith("/nb/");
			assertThat(page(target[0]).getElementById(target[1])).as(link.attr("href")).isNotNull();
		}
	}

	@Test
	void languageSwitchOnEveryPageLeadsToTheSamePageInTheOtherLanguage() {
		Map<String, String> pages = new java.util.LinkedHashMap<>();
		pages.put("/", "/nb/");
		SECTIONS.forEach((section) -> pages.put(section, "/nb" + section));
		pages.put("/timeline", "/nb/timeline");
		pages.put("/print", "/nb/print");
		pages.forEach((english, norwegian) -> {
			Element toNorwegian = page(english).selectFirst(".language-switch a");
			assertThat(toNorwegian.attr("href")).as(english).isEqualTo(norwegian);
			assertThat(toNorwegian.attr("hreflang")).isEqualTo("nb");
			assertThat(toNorwegian.attr("lang")).isEqualTo("nb");
			assertThat(toNorwegian.text()).isEqualTo("Norsk");
			Element toEnglish = page(norwegian).selectFirst(".language-switch a");
			// The bare home page guides first visits by the browser's languages; the
			// switch says the choice.
			assertThat(toEnglish.attr("href")).as(norwegian).isEqualTo(english.equals("/") ? "/?lang=en" : english);
			assertThat(toEnglish.text()).isEqualTo("English");
		});
	}

	@Test
	void languageSwitchKeepsTheSearch() {
		assertThat(page("/search?q=Gold+Label").selectFirst(".language-switch a").attr("href"))
			.isEqualTo("/nb/search?q=Gold%20Label");
		assertThat(page("/nb/search?q=innovasjonspark").selectFirst(".language-switch a").attr("href"))
			.isEqualTo("/search?q=innovasjonspark");
	}

	@Test
	void errorPagesAreInTheLanguageOfTheAddressAndSwitchToTheOtherHomePage() {
		HttpResponse<String> missing = get("/nb/finnes-ikke", Map.of());
		assertThat(missing.statusCode()).isEqualTo(404);
		Document page = Jsoup.parse(missing.body());
		assertThat(page.select("html").attr("lang")).isEqualTo("nb");
		assertThat(page.select("h1").text()).isEqualTo("Fant ikke siden");
		assertThat(page.selectFirst(".language-switch a").attr("href")).isEqualTo("/?lang=en");
		assertThat(page.select("link[rel=alternate][hreflang]")).isEmpty();
		Document english = Jsoup.parse(get("/no-such-page", Map.of()).body());
		assertThat(english.select("h1").text()).isEqualTo("Page not found");
		assertThat(english.selectFirst(".language-switch a").attr("href")).isEqualTo("/nb/");
	}

	@Test
	void pagesNameTheirTranslationsForSearchEngines() {
		for (String section : SECTIONS) {
			for (String path : List.of(section, "/nb" + section)) {
				Document page = page(path);
				assertThat(page.select("link[rel=canonical]").attr("href")).isEqualTo(BASE + path);
				assertThat(page.select("link[rel=alternate][hreflang]"))
					.extracting((link) -> link.attr("hreflang") + " " + link.attr("href"))
					.as(path)
					.containsExactly("en " + BASE + section, "nb " + BASE + "/nb" + section,
							"x-default " + BASE + section);
			}
		}
		assertThat(page("/nb/").select("link[rel=alternate][hreflang=en]").attr("href")).isEqualTo(BASE + "/");
		assertThat(page("/search?q=gold").select("link[rel=alternate][hreflang]")).isEmpty();
	}

	@Test
	void sitemapListsBothLanguagesWithAlternates() {
		Document sitemap = Jsoup.parse(get("/sitemap.xml", Map.of()).body(), "", org.jsoup.parser.Parser.xmlParser());
		assertThat(sitemap.select("url > loc").eachText()).contains(BASE + "/", BASE + "/nb/", BASE + "/awards",
				BASE + "/nb/awards", BASE + "/nb/timeline");
		Element awards = sitemap.select("url")
			.stream()
			.filter((url) -> url.selectFirst("loc").text().equals(BASE + "/nb/awards"))
			.findFirst()
			.orElseThrow();
		assertThat(awards.select("xhtml|link")).extracting((link) -> link.attr("hreflang") + " " + link.attr("href"))
			.containsExactly("en " + BASE + "/awards", "nb " + BASE + "/nb/awards", "x-default " + BASE + "/awards");
	}

	@Test
	void firstVisitToTheHomePageFollowsTheBrowsersLanguages() {
		assertThat(redirect("/", Map.of("Accept-Language", "nb-NO,nb;q=0.9,en;q=0.8"))).isEqualTo("/nb/");
		assertThat(redirect("/", Map.of("Accept-Language", "no"))).isEqualTo("/nb/");
		assertThat(redirect("/", Map.of("Accept-Language", "nn-NO,en;q=0.5"))).isEqualTo("/nb/");
		assertThat(redirect("/", Map.of("Accept-Language", "en-GB,en;q=0.9,nb;q=0.8"))).isNull();
		assertThat(redirect("/", Map.of("Accept-Language", "de-DE,de;q=0.9"))).isNull();
		assertThat(redirect("/", Map.of())).isNull();
		assertThat(redirect("/", Map.of("Accept-Language", ";;;=garbage"))).isNull();
		// Both answers of the home page depend on the browser's languages: a shared cache
		// keeps each for those languages only.
		HttpResponse<String> norwegian = get("/", Map.of("Accept-Language", "nb"));
		HttpResponse<String> english = get("/", Map.of("Accept-Language", "en"));
		assertThat(List.of(norwegian, english)).extracting(HttpResponse::statusCode).containsExactly(302, 200);
		for (HttpResponse<String> home : List.of(norwegian, english)) {
			assertThat(home.headers().allValues("Vary"))
				.anySatisfy((vary) -> assertThat(vary).contains("Accept-Language"));
		}
	}

	@Test
	void aReaderWhoChoseEnglishIsNeverSentBack() {
		Map<String, String> norwegian = Map.of("Accept-Language", "nb-NO,nb;q=0.9");
		// The language switch, and any link within the site, lead to the English home
		// page and stay there.
		assertThat(redirect("/?lang=en", norwegian)).isNull();
		assertThat(redirect("/",
				Map.of("Accept-Language", "nb", "Referer", "http://localhost:" + this.port + "/nb/awards")))
			.isNull();
		// Only the home page guides: every other address is the page it names, in its
		// language, for everyone.
		for (String section : SECTIONS) {
			assertThat(redirect(section, norwegian)).isNull();
		}
		assertThat(redirect("/timeline", norwegian)).isNull();
		// A link from elsewhere is a first visit.
		assertThat(redirect("/", Map.of("Accept-Language", "nb", "Referer", "https://www.google.com/")))
			.isEqualTo("/nb/");
	}

	@Test
	void norwegianHomeWithoutTheSlashIsMovedToIt() {
		HttpResponse<String> response = get("/nb", Map.of());
		assertThat(response.statusCode()).isEqualTo(301);
		assertThat(response.headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/nb/"));
	}

	private String redirect(String path, Map<String, String> headers) {
		HttpResponse<String> response = get(path, headers);
		assertThat(response.statusCode()).as(path + " " + headers).isIn(200, 302);
		return (response.statusCode() == 302) ? response.headers().firstValue("Location").orElseThrow() : null;
	}

	private List<Document> norwegianPages() {
		List<Document> pages = new java.util.ArrayList<>();
		pages.add(page("/nb/"));
		SECTIONS.forEach((section) -> pages.add(page("/nb" + section)));
		pages.add(page("/nb/timeline"));
		return pages;
	}

	private Document page(String path) {
		HttpResponse<String> response = get(path, Map.of());
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		return Jsoup.parse(response.body(), "http://localhost:" + this.port + path);
	}

	private HttpResponse<String> get(String path, Map<String, String> headers) {
		return new LocalSite(this.port).get(path, headers);
	}

}
