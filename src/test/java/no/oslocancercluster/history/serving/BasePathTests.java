package no.oslocancercluster.history.serving;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The site under a path, as a pull request's preview or a GitHub project site serves it:
 * with a path in {@code site.base-url}, every link, picture, stylesheet, form, redirect
 * and every address for other sites (canonical, alternates, sitemap, structured data, the
 * timeline's JSON) lies under that path, on the server and in the export served by nginx,
 * in both languages.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "site.base-url=https://history.example/pr-preview/pr-7/", "site.indexed=false" })
class BasePathTests {

	private static final String BASE = "/pr-preview/pr-7";

	private static final String URL = "https://history.example" + BASE;

	private static final Pattern ADDRESS = Pattern.compile("https?://[^\"'<>\\s]+");

	@LocalServerPort
	private int port;

	@Autowired
	private StaticExport export;

	@Test
	void everyLinkOnTheServerStaysUnderThePath() {
		SiteCrawler crawler = new SiteCrawler(server(), BASE);
		assertThat(crawler.crawl(BASE + "/", BASE + "/nb/")).isEmpty();
		assertThat(crawler.pages()).containsKeys(BASE + "/", BASE + "/nb/", BASE + "/founding", BASE + "/nb/founding",
				BASE + "/timeline", BASE + "/nb/timeline", BASE + "/print", BASE + "/nb/print", BASE + "/search",
				BASE + "/nb/search", BASE + "/names", BASE + "/nb/names", BASE + "/names/kaare-norum",
				BASE + "/nb/names/montebello");
		assertThat(crawler.pages().values())
			.allSatisfy((page) -> assertThat(page.select("meta[name=robots]").attr("content")).isEqualTo("noindex"));
	}

	@Test
	void addressesForOtherSitesCarryThePath() {
		SiteCrawler crawler = new SiteCrawler(server(), BASE);
		crawler.crawl(BASE + "/", BASE + "/nb/");
		List<String> addresses = new ArrayList<>();
		crawler.pages().values().forEach((page) -> addresses.addAll(addresses(page)));
		// The citations the pages show.
		crawler.pages().values().forEach((page) -> addresses.addAll(addresses(page.select(".cite dd").text())));
		for (String file : List.of("/sitemap.xml", "/robots.txt", "/timeline.json", "/nb/timeline.json", "/feed.xml",
				"/nb/feed.xml", "/cite/founding.bib", "/cite/founding.json", "/nb/cite/timeline.bib",
				"/nb/cite/timeline.json")) {
			addresses.addAll(addresses(crawler.get(BASE + file).body()));
		}
		assertThat(addresses).isNotEmpty()
			.filteredOn((address) -> address.contains("history.example"))
			.hasSizeGreaterThan(100)
			.allSatisfy((address) -> assertThat(address).startsWith(URL + "/"));
	}

	@Test
	void redirectsStayUnderThePath() {
		SiteCrawler crawler = new SiteCrawler(server(), BASE);
		assertThat(location(crawler.get(BASE + "/founding/?x=1"))).isEqualTo(BASE + "/founding?x=1");
		assertThat(location(crawler.get(BASE + "/nb"))).isEqualTo(BASE + "/nb/");
	}

	@Test
	void theNotFoundPageLinksUnderThePath() {
		SiteCrawler crawler = new SiteCrawler(server(), BASE);
		HttpResponse<String> missing = crawler.get(BASE + "/no-such-page");
		assertThat(missing.statusCode()).isEqualTo(404);
		assertThat(missing.body()).contains("Page not found");
		assertThat(links(missing.body())).isNotEmpty().allSatisfy((link) -> assertThat(link).startsWith(BASE + "/"));
	}

	@Test
	void theExportServedFromThePathByNginxHasNoBrokenLink(@TempDir Path work) throws Exception {
		Path root = work.resolve("www");
		this.export.write(Files.createDirectories(root.resolve(BASE.substring(1))), server());
		try (Nginx nginx = Nginx.serve(work, root, BASE + "/404.html")) {
			SiteCrawler crawler = new SiteCrawler(nginx.address(), BASE);
			assertThat(crawler.crawl(BASE + "/", BASE + "/nb/")).isEmpty();
			assertThat(crawler.pages()).containsKeys(BASE + "/", BASE + "/nb/", BASE + "/founding",
					BASE + "/nb/founding", BASE + "/timeline", BASE + "/nb/timeline", BASE + "/search",
					BASE + "/nb/search");
			// The search pages' index, and every result's address in it, under the path.
			for (Document search : List.of(crawler.pages().get(BASE + "/search"),
					crawler.pages().get(BASE + "/nb/search"))) {
				String index = search.select("#search-output").attr("data-index");
				assertThat(index).startsWith(BASE + "/").endsWith("/search-index.json");
				HttpResponse<String> file = crawler.get(index);
				assertThat(file.statusCode()).isEqualTo(200);
				// Each part's entry starts with its address.
				assertThat(file.body()).contains("[\"" + BASE + "/")
					.doesNotContainPattern("\\[\"/(?!" + BASE.substring(1) + "/)");
			}
			HttpResponse<String> missing = crawler.get(BASE + "/no-such-page");
			assertThat(missing.statusCode()).isEqualTo(404);
			assertThat(links(missing.body())).isNotEmpty()
				.allSatisfy((link) -> assertThat(link).startsWith(BASE + "/"));
		}
	}

	private static List<String> addresses(Document page) {
		List<String> addresses = new ArrayList<>();
		for (Element element : page.select("link[href^=http], meta[content^=http]")) {
			addresses.add(element.hasAttr("href") ? element.attr("href") : element.attr("content"));
		}
		page.select("script[type=application/ld+json]").forEach((script) -> addresses.addAll(addresses(script.data())));
		return addresses;
	}

	private static List<String> addresses(String text) {
		List<String> addresses = new ArrayList<>();
		Matcher matcher = ADDRESS.matcher(text);
		while (matcher.find()) {
			addresses.add(matcher.group());
		}
		return addresses;
	}

	private static List<String> links(String html) {
		return org.jsoup.Jsoup.parse(html)
			.select("a[href^=/], link[href^=/]")
			.stream()
			.map((element) -> element.attr("href"))
			.toList();
	}

	private static String location(HttpResponse<String> response) {
		assertThat(response.statusCode()).isEqualTo(301);
		return response.headers().firstValue("Location").orElseThrow();
	}

	private URI server() {
		return URI.create("http://127.0.0.1:" + this.port);
	}

}
