package no.oslocancercluster.history.serving;

import java.awt.image.BufferedImage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import no.oslocancercluster.history.SiteProperties;
import no.oslocancercluster.history.TestClock;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The static export has every page with the server's bytes, and every link in it leads to
 * an exported file.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestClock.January.class)
class StaticExportTests {

	@LocalServerPort
	private int port;

	@Autowired
	private StaticExport export;

	@Autowired
	private SiteProperties properties;

	@Test
	void writesEveryPageWithTheBytesTheServerSends(@TempDir Path folder) throws Exception {
		this.export.write(folder, server());
		assertThat(folder.resolve("index.html")).exists();
		assertThat(folder.resolve("404.html")).content().contains("Page not found");
		for (String[] page : List.of(new String[] { "/", "index.html" }, new String[] { "/awards", "awards.html" },
				new String[] { "/timeline", "timeline.html" }, new String[] { "/sitemap.xml", "sitemap.xml" },
				new String[] { "/timeline.json", "timeline.json" }, new String[] { "/robots.txt", "robots.txt" },
				new String[] { "/print", "print.html" }, new String[] { "/nb/", "nb/index.html" },
				new String[] { "/nb/awards", "nb/awards.html" }, new String[] { "/nb/timeline", "nb/timeline.html" },
				new String[] { "/feed.xml", "feed.xml" }, new String[] { "/nb/feed.xml", "nb/feed.xml" },
				new String[] { "/cite/founding.bib", "cite/founding.bib" },
				new String[] { "/nb/cite/timeline.json", "nb/cite/timeline.json" })) {
			HttpResponse<byte[]> served = HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(server().resolve(page[0])).build(),
						HttpResponse.BodyHandlers.ofByteArray());
			assertThat(Files.readAllBytes(folder.resolve(page[1]))).as(page[0]).isEqualTo(served.body());
		}
	}

	@Test
	void everyLinkInTheExportLeadsToAnExportedFile(@TempDir Path folder) throws Exception {
		this.export.write(folder, server());
		List<Path> pages;
		try (Stream<Path> files = Files.walk(folder)) {
			pages = files.filter((file) -> file.toString().endsWith(".html")).toList();
		}
		// Both languages: eight pages, search and the 404 page in English, eight and
		// search in bokmål.
		assertThat(pages).hasSizeGreaterThanOrEqualTo(19);
		for (Path page : pages) {
			for (Element link : Jsoup.parse(page.toFile())
				.select("a[href^=/], link[href^=/], img[src^=/], script[src^=/]")) {
				String target = link.hasAttr("src") ? link.attr("src") : link.attr("href");
				String path = target.replaceFirst("[?#].*$", "");
				assertThat(folder.resolve(StaticExport.fileName(path)))
					.as(folder.relativize(page) + " links to " + target)
					.exists();
			}
		}
	}

	@Test
	void everyExportedPageNamesACardThatWasExported(@TempDir Path folder) throws Exception {
		this.export.write(folder, server());
		List<Path> pages;
		try (Stream<Path> files = Files.walk(folder)) {
			// Not the error page nor the search pages, which have no card on the server
			// either.
			pages = files
				.filter((file) -> file.toString().endsWith(".html") && !file.endsWith("404.html")
						&& !file.endsWith("search.html"))
				.toList();
		}
		assertThat(pages).hasSizeGreaterThanOrEqualTo(16);
		for (Path page : pages) {
			String card = Jsoup.parse(page.toFile()).select("meta[property=og:image]").attr("content");
			assertThat(card).as(folder.relativize(page).toString()).startsWith(this.properties.absolute("/cards/"));
			Path file = folder
				.resolve(card.substring(this.properties.absolute("/").length()).replaceFirst("\\?.*$", ""));
			BufferedImage image = ImageIO.read(file.toFile());
			assertThat(image.getWidth()).as(card).isEqualTo(1200);
			assertThat(image.getHeight()).isEqualTo(630);
		}
		assertThat(folder.resolve("cards/index.png")).exists();
		assertThat(folder.resolve("cards/nb/index.png")).exists();
		assertThat(Files.readAllBytes(folder.resolve("cards/nb/founding.png"))).isEqualTo(HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(server().resolve("/cards/nb/founding.png")).build(),
					HttpResponse.BodyHandlers.ofByteArray())
			.body());
	}

	private URI server() {
		return URI.create("http://127.0.0.1:" + this.port);
	}

}
