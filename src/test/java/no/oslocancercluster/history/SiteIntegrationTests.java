package no.oslocancercluster.history;

import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole site, served from the real {@code content/} folder, as a visitor's browser
 * receives it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SiteIntegrationTests {

	// Every fact of the source text (../shared/seed/history.txt), exactly as it is
	// written there.
	private static final List<String> FACTS = List.of("Oslo Cancer Cluster", "2006", "Kaare Norum",
			"former Principal of the University of Oslo", "Jónas Einarsson", "CEO of Radforsk",
			"natural cluster within oncology", "Norwegian Radium Hospital", "accelerate the ongoing collaborations",
			"commercialisation", "2007", "Norwegian Centre of Expertise", "the only one within health",
			"regional Oslo-based oncology cluster", "national and international cluster", "university hospitals",
			"technology transfer offices", "across Norway", "organisations from across the globe",
			"Norwegian branches of most larger pharmaceutical companies developing cancer treatments", "May 2015",
			"Oslo Cancer Cluster Innovation Park and Incubator", "Montebello", "Institute of Cancer Research",
			"health industry", "academic milieus", "Radium Hospital Campus", "entire oncology value chain in one place",
			"Gold Label", "European Cluster Excellence Initiative (ECEI)", "December 2019",
			"highest recognition a European cluster organisation can achieve", "December 2022", "94%",
			"Mature Cluster status", "Norwegian Innovation Clusters programme", "beginning of 2021",
			"second building phase", "Oslo Cancer Cluster Innovation Park", "April 2023", "fourth section",
			"12 000 sqm", "offices and laboratories", "companies and public institutions",
			"development of new cancer treatments", "2024", "architectural drawings", "Oslo Science Hub",
			"Oslo City Council", "lots were sold");

	private static final List<String> SECTIONS = List.of("/founding", "/expertise-status", "/innovation-park",
			"/awards", "/expansions");

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	private int port;

	@Test
	void everyFactOfTheSourceAppearsExactlyOnTheSite() {
		String text = pages().stream().map((page) -> page.body().text()).collect(Collectors.joining("\n"));
		assertThat(FACTS).allSatisfy((fact) -> assertThat(text).contains(fact));
	}

	// Editors add sections and milestones without touching the tests: these check what
	// the history must keep
	// (the sections and the eight dated milestones of the source text), in order,
	// whatever is added around them.

	@Test
	void overviewListsTheSectionsInReadingOrder() {
		Document home = page("/");
		assertThat(home.select(".section-card__title a")).extracting((link) -> link.attr("href"))
			.containsSubsequence(SECTIONS);
		int milestones = page("/timeline").select("li.milestone").size();
		assertThat(home.select("a[href=/timeline]").text())
			.contains("See all " + milestones + " milestones in order on the timeline");
	}

	@Test
	void timelineHasTheMilestonesOfTheHistoryInOrder() {
		Document timeline = page("/timeline");
		List<String> dates = timeline.select("li.milestone time").eachAttr("datetime");
		assertThat(dates).containsSubsequence("2006", "2007", "2015-05", "2019-12", "2021", "2022-12", "2023-04",
				"2024");
		assertThat(timeline.select("li.milestone time").eachText()).containsSubsequence("2006", "2007", "May 2015",
				"December 2019", "Beginning of 2021", "December 2022", "April 2023", "2024");
		List<String> years = timeline.select("li.timeline__year > h2").eachText();
		assertThat(years).containsSubsequence("2006", "2007", "2015", "2019", "2021", "2022", "2023", "2024")
			.doesNotHaveDuplicates()
			.isSorted();
		assertThat(timeline.select("p.lead").text()).startsWith(dates.size() + " milestones from " + years.get(0)
				+ " to " + years.get(years.size() - 1) + ", oldest first.");
	}

	@Test
	void everyMilestoneLinksToThePlaceThatTellsIt() {
		for (Element link : page("/timeline").select("a.milestone__title")) {
			String[] target = link.attr("href").split("#");
			Element place = page(target[0]).getElementById(target[1]);
			assertThat(place).as(link.attr("href")).isNotNull();
			// A heading introduces the paragraph that tells the story; a paragraph tells
			// it itself.
			Element story = place.tagName().matches("h[2-6]") ? place.nextElementSibling() : place;
			assertThat(story).as(link.attr("href")).isNotNull();
			assertThat(story.text()).as(link.attr("href")).isNotBlank();
		}
	}

	@Test
	void sectionsLinkToTheirNeighboursInReadingOrder() {
		Document awards = page("/awards");
		assertThat(awards.select("a[rel=prev]").attr("href")).isEqualTo("/innovation-park");
		assertThat(awards.select("a[rel=next]").attr("href")).isEqualTo("/expansions");
		assertThat(page("/founding").select("a[rel=prev]")).isEmpty();
		assertThat(page("/expansions").select("a[rel=next]")).isEmpty();
	}

	@Test
	void everyPageHasOneTitleHeadingAndADescription() {
		for (Document page : pages()) {
			assertThat(page.select("h1")).as(page.location()).hasSize(1);
			assertThat(page.select("meta[name=description]").attr("content")).as(page.location()).isNotBlank();
			assertThat(page.select("a.skip-link").attr("href")).isEqualTo("#main");
			assertThat(page.getElementById("main").tagName()).isEqualTo("main");
		}
	}

	@Test
	void everyPageLinksToItsFileOnGitHubForEditors() {
		assertThat(page("/awards").select("a:contains(Edit this page on GitHub)").attr("href"))
			.isEqualTo("https://github.com/oslocancercluster/history/edit/main/content/awards.md");
		assertThat(page("/").select("a:contains(Edit this page on GitHub)").attr("href"))
			.isEqualTo("https://github.com/oslocancercluster/history/edit/main/content/index.md");
	}

	@Test
	void everyPageSaysWhenItWasLastUpdatedFromTheRepositoryHistory() {
		for (String path : List.of("/", "/founding", "/awards")) {
			assertThat(page(path).select(".page-meta time").attr("datetime")).as(path).matches("\\d{4}-\\d{2}-\\d{2}");
		}
	}

	@Test
	void unknownAddressGetsTheSitesOwnNotFoundPage() throws Exception {
		HttpResponse<String> response = get("/no-such-page");
		assertThat(response.statusCode()).isEqualTo(404);
		Document page = Jsoup.parse(response.body());
		assertThat(page.select("h1").text()).isEqualTo("Page not found");
		assertThat(page.select("nav.site-nav a").eachAttr("href")).contains("/", "/timeline", "/founding");
		assertThat(response.body()).doesNotContain("Whitelabel").doesNotContain("Exception");
	}

	@Test
	void malformedAddressGetsAClientErrorPageInTheSitesStyleWithoutInternals() throws Exception {
		for (String path : List.of("/%zz", "/founding%00", "/..%2f..%2fetc%2fpasswd", "/founding;x=1/..", "/a\\b")) {
			String response = rawGet(path);
			assertThat(response).as(path).startsWith("HTTP/1.1 4");
			assertThat(Jsoup.parse(response.substring(response.indexOf("\r\n\r\n"))).select("h1").text()).as(path)
				.isIn("This address cannot be read", "Page not found");
			assertThat(response).as(path)
				.doesNotContain("Exception")
				.doesNotContain("Tomcat")
				.doesNotContain("root:")
				.doesNotContainPattern("\\bat [a-z]+\\.");
		}
	}

	// Sent byte for byte, as a bot would: an HTTP client library would refuse to send
	// these addresses.
	private String rawGet(String path) throws IOException {
		try (Socket socket = new Socket("localhost", this.port)) {
			socket.getOutputStream()
				.write(("GET " + path
						+ " HTTP/1.1\r\nHost: localhost\r\nAccept: text/html\r\nConnection: close\r\n\r\n")
					.getBytes(StandardCharsets.ISO_8859_1));
			return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	private List<Document> pages() {
		List<Document> pages = new ArrayList<>();
		pages.add(page("/"));
		SECTIONS.forEach((section) -> pages.add(page(section)));
		pages.add(page("/timeline"));
		return pages;
	}

	private Document page(String path) {
		try {
			HttpResponse<String> response = get(path);
			assertThat(response.statusCode()).as(path).isEqualTo(200);
			return Jsoup.parse(response.body(), "http://localhost:" + this.port + path);
		}
		catch (IOException | InterruptedException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private HttpResponse<String> get(String path) throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
			.build();
		return this.http.send(request, HttpResponse.BodyHandlers.ofString());
	}

}
