package no.oslocancercluster.history.discovery;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What search engines and other programs find: titles, descriptions, canonical links,
 * social cards, the sitemap, robots.txt, structured data and the timeline as JSON.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "site.base-url=https://example.org")
class DiscoveryTests {

	private static final List<String> PAGES = List.of("/", "/founding", "/expertise-status", "/innovation-park",
			"/awards", "/expansions", "/timeline", "/print", "/nb/", "/nb/founding", "/nb/expertise-status",
			"/nb/innovation-park", "/nb/awards", "/nb/expansions", "/nb/timeline", "/nb/print");

	private final HttpClient http = HttpClient.newHttpClient();

	private final JsonMapper json = JsonMapper.builder().build();

	@LocalServerPort
	private int port;

	@Test
	void everyPageHasItsOwnTitleDescriptionCanonicalLinkAndSocialCard() throws Exception {
		List<String> titles = new ArrayList<>();
		for (String path : PAGES) {
			Document page = Jsoup.parse(get(path).body());
			titles.add(page.title());
			assertThat(page.select("html").attr("lang")).as(path).isEqualTo(path.startsWith("/nb/") ? "nb" : "en");
			String description = page.select("meta[name=description]").attr("content");
			assertThat(description).as(path).isNotBlank().hasSizeLessThanOrEqualTo(160);
			assertThat(page.select("link[rel=canonical]").attr("href")).as(path)
				.isEqualTo("https://example.org" + path);
			assertThat(page.select("meta[property=og:url]").attr("content")).isEqualTo("https://example.org" + path);
			assertThat(page.select("meta[property=og:title]").attr("content"))
				.isEqualTo(page.title().replace(" | Oslo Cancer Cluster", ""));
			assertThat(page.select("meta[property=og:description]").attr("content")).isEqualTo(description);
			assertThat(page.select("meta[name=twitter:card]").attr("content")).isEqualTo("summary_large_image");
			assertThat(page.select("meta[name=robots]")).as("%s may be indexed", path).isEmpty();
		}
		assertThat(titles).doesNotHaveDuplicates()
			.allSatisfy((title) -> assertThat(title).endsWith(" | Oslo Cancer Cluster"));
	}

	@Test
	void notFoundPageIsNotIndexed() throws Exception {
		Document page = Jsoup.parse(get("/no-such-page").body());
		assertThat(page.select("meta[name=robots]").attr("content")).isEqualTo("noindex");
		assertThat(page.select("link[rel=canonical]")).isEmpty();
	}

	@Test
	void sitemapListsEveryPublicPageWithItsLastChange() throws Exception {
		HttpResponse<String> response = get("/sitemap.xml");
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/xml"));
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		org.w3c.dom.Document xml = factory.newDocumentBuilder()
			.parse(new InputSource(new StringReader(response.body())));
		assertThat(xml.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.sitemaps.org/schemas/sitemap/0.9");
		NodeList locations = xml.getElementsByTagNameNS("*", "loc");
		List<String> urls = new ArrayList<>();
		for (int i = 0; i < locations.getLength(); i++) {
			urls.add(locations.item(i).getTextContent());
		}
		List<String> names = new ArrayList<>(List.of("/names", "/nb/names"));
		try (var files = java.nio.file.Files.list(java.nio.file.Path.of("content", "names"))) {
			files.map((file) -> file.getFileName().toString().replace(".md", ""))
				.forEach((id) -> names.addAll(List.of("/names/" + id, "/nb/names/" + id)));
		}
		assertThat(urls)
			.containsExactlyInAnyOrderElementsOf(java.util.stream.Stream.concat(PAGES.stream(), names.stream())
				.map((path) -> "https://example.org" + path)
				.toList());
		assertThat(xml.getElementsByTagNameNS("*", "lastmod").getLength()).isEqualTo(PAGES.size());
		assertThat(xml.getElementsByTagNameNS("*", "lastmod").item(0).getTextContent()).matches("\\d{4}-\\d{2}-\\d{2}");
	}

	@Test
	void robotsPointToTheSitemap() throws Exception {
		assertThat(get("/robots.txt").body())
			.isEqualTo("User-agent: *\nAllow: /\n\nSitemap: https://example.org/sitemap.xml\n");
	}

	@Test
	void overviewDescribesTheOrganisationAsStructuredData() throws Exception {
		JsonNode organization = jsonLd("/");
		assertThat(organization.path("@context").asString()).isEqualTo("https://schema.org");
		assertThat(organization.path("@type").asString()).isEqualTo("Organization");
		assertThat(organization.path("name").asString()).isEqualTo("Oslo Cancer Cluster");
		assertThat(organization.path("foundingDate").asString()).isEqualTo("2006");
		assertThat(organization.path("founder").findValuesAsString("name")).containsExactly("Kaare Norum",
				"Jónas Einarsson");
		assertThat(organization.path("location").path("name").asString()).isEqualTo("Oslo");
		// The same bytes on every start, so that the page's ETag does not change when
		// nothing else has.
		assertThat(organization.path("location").toString()).isEqualTo("{\"@type\":\"Place\",\"name\":\"Oslo\"}");
		assertThat(organization.path("award").valueStream().map(JsonNode::asString).toList()).contains(
				"Gold Label certificate from the European Cluster Excellence Initiative (ECEI) (2019)",
				"Mature Cluster status within the Norwegian Innovation Clusters programme (2021)");
	}

	@Test
	void timelineListsItsEventsAsStructuredData() throws Exception {
		JsonNode list = jsonLd("/timeline");
		int milestones = Jsoup.parse(get("/timeline").body()).select("li.milestone").size();
		assertThat(list.path("@type").asString()).isEqualTo("ItemList");
		assertThat(list.path("numberOfItems").asInt()).isEqualTo(milestones);
		JsonNode first = list.path("itemListElement").get(0);
		assertThat(first.path("position").asInt()).isEqualTo(1);
		assertThat(first.path("item").path("@type").asString()).isEqualTo("Event");
		assertThat(first.path("item").path("startDate").asString()).isEqualTo("2006");
		assertThat(first.path("item").path("url").asString()).startsWith("https://example.org/founding#");
	}

	@Test
	void timelineIsAvailableAsJsonWithDatesAtTheirPrecision() throws Exception {
		HttpResponse<String> response = get("/timeline.json");
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
		JsonNode milestones = this.json.readTree(response.body()).path("milestones");
		List<String> dates = milestones.findValuesAsString("date");
		assertThat(dates).containsSubsequence("2006", "2007", "2015-05", "2019-12", "2021", "2022-12", "2023-04",
				"2024");
		JsonNode park = milestones.valueStream()
			.filter((node) -> node.path("date").asString().equals("2015-05"))
			.findFirst()
			.orElseThrow();
		assertThat(park.path("precision").asString()).isEqualTo("month");
		assertThat(park.path("url").asString()).startsWith("https://example.org/innovation-park#");
		assertThat(park.path("sectionUrl").asString()).isEqualTo("https://example.org/innovation-park");
		JsonNode mature = milestones.valueStream()
			.filter((node) -> node.path("qualifier").asString("").equals("beginning"))
			.findFirst()
			.orElseThrow();
		assertThat(mature.path("date").asString()).isEqualTo("2021");
	}

	private JsonNode jsonLd(String path) throws Exception {
		String script = Jsoup.parse(get(path).body()).select("script[type=application/ld+json]").html();
		return this.json.readTree(script);
	}

	private HttpResponse<String> get(String path) throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Accept", "text/html,*/*")
			.build();
		return this.http.send(request, HttpResponse.BodyHandlers.ofString());
	}

}
