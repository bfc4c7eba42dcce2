package no.oslocancercluster.history.names;

import java.util.ArrayList;
import java.util.List;

import no.oslocancercluster.history.LocalSite;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The names of the real history: each mention in the text leads to the name's page, and
 * the name's page leads back to every place that mentions it, in reading order; the index
 * lists them by kind in both languages.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class NamesTests {

	private static final List<String> PAGES = List.of("/", "/founding", "/expertise-status", "/innovation-park",
			"/awards", "/expansions");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	private int port;

	@Test
	void aNamesPageListsEveryPlaceThatMentionsItInReadingOrder() {
		Document norum = page("/names/kaare-norum");
		assertThat(norum.select("h1").text()).isEqualTo("Kaare Norum");
		assertThat(norum.select(".page-header__kind").text()).isEqualTo("Person");
		assertThat(norum.select(".page-header .lead").text()).isEqualTo("former Principal of the University of Oslo");
		assertThat(norum.select(".mentions__page").eachText()).containsExactly("Our history", "Founding",
				"Expertise and status");
		assertThat(norum.select(".mentions__page").eachAttr("href")).containsExactly("/", "/founding",
				"/expertise-status");
		assertThat(norum.select(".mentions__places li").eachText()).containsExactly(
				"Oslo Cancer Cluster is initiated (Milestone: 2006, Oslo Cancer Cluster is initiated)",
				"Recognised as a Norwegian Centre of Expertise (Milestone: 2007, Recognised as a Norwegian Centre "
						+ "of Expertise)");
		assertThat(norum.select(".mentions__places a").eachAttr("href")).containsExactly(
				"/founding#oslo-cancer-cluster-initiated", "/expertise-status#norwegian-centre-of-expertise");
	}

	@Test
	void everyMentionLeadsToANamesPageThatLeadsBackToIt() {
		List<String> checked = new ArrayList<>();
		for (String path : PAGES) {
			for (String language : List.of("", "/nb")) {
				Document page = page(language + (path.equals("/") ? "/" : path));
				for (Element link : page.select("main a[href*=/names/]")) {
					Document entity = page(link.attr("href"));
					assertThat(entity.select(".mentions a").eachAttr("href"))
						.as("%s, which %s%s links to", link.attr("href"), language, path)
						.anyMatch((back) -> back.replaceFirst("#.*", "").equals(language + path));
					checked.add(link.attr("href"));
				}
			}
		}
		assertThat(checked).hasSizeGreaterThan(50).contains("/names/montebello", "/nb/names/oslo-city-council");
	}

	@Test
	void theIndexListsTheNamesByKindInBothLanguages() {
		Document english = page("/names");
		assertThat(english.select("h1").text()).isEqualTo("People, organisations and places");
		assertThat(english.select("main h2").eachText()).containsExactly("People", "Organisations", "Places",
				"Programmes");
		assertThat(english.select("#kind-person ~ ul li").eachText()).containsExactly(
				"Jónas Einarsson, CEO of Radforsk", "Kaare Norum, former Principal of the University of Oslo");
		assertThat(english.select("main a").eachAttr("href")).hasSize(14).contains("/names/radforsk");
		Document norwegian = page("/nb/names");
		assertThat(norwegian.select("h1").text()).isEqualTo("Personer, organisasjoner og steder");
		assertThat(norwegian.select("#kind-organisation ~ ul a").eachText()).containsExactly(
				"European Cluster Excellence Initiative (ECEI)", "Institutt for kreftforskning", "Oslo bystyre",
				"Radforsk", "Radiumhospitalet", "Universitetet i Oslo");
		assertThat(norwegian.select("footer a[href=/nb/names]").text())
			.isEqualTo("Personer, organisasjoner og steder i historien");
	}

	@Test
	void aNamesPageSaysWhatItIsForSearchEngines() {
		Document radforsk = page("/nb/names/radforsk");
		JsonNode data = JSON.readTree(radforsk.select("script[type=application/ld+json]").html());
		assertThat(data.path("@type").asString()).isEqualTo("Organization");
		assertThat(data.path("name").asString()).isEqualTo("Radforsk");
		assertThat(data.path("mainEntityOfPage").asString()).endsWith("/nb/names/radforsk");
		assertThat(data.has("sameAs")).isFalse();
		assertThat(radforsk.select("link[rel=canonical]").attr("href")).endsWith("/nb/names/radforsk");
		assertThat(radforsk.select("link[rel=alternate][hreflang]").eachAttr("hreflang")).containsExactly("en", "nb",
				"x-default");
		assertThat(type("/names/montebello")).isEqualTo("Place");
		assertThat(type("/names/jonas-einarsson")).isEqualTo("Person");
		assertThat(type("/names/norwegian-innovation-clusters")).isEqualTo("Thing");
	}

	@Test
	void thePrintEditionKeepsTheLinksToTheNamesPages() {
		Document print = page("/nb/print");
		assertThat(print.select("main a[href^=/nb/names/]").eachAttr("href")).contains("/nb/names/kaare-norum",
				"/nb/names/oslo-city-council");
		assertThat(print.select("main a[href*=names]").eachAttr("href")).noneMatch((href) -> href.startsWith("#"));
	}

	@Test
	void anUnknownNameIsNotFound() {
		assertThat(new LocalSite(this.port).get("/names/kare-norum").statusCode()).isEqualTo(404);
		assertThat(new LocalSite(this.port).get("/nb/names/kare-norum").statusCode()).isEqualTo(404);
	}

	@Test
	void theSitemapListsTheNames() {
		String sitemap = new LocalSite(this.port).get("/sitemap.xml").body();
		assertThat(sitemap).contains("/names</loc>", "/nb/names</loc>", "/names/kaare-norum</loc>",
				"/nb/names/kaare-norum</loc>");
	}

	private String type(String path) {
		return JSON.readTree(page(path).select("script[type=application/ld+json]").html()).path("@type").asString();
	}

	private Document page(String path) {
		var response = new LocalSite(this.port).get(path);
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		return Jsoup.parse(response.body());
	}

}
