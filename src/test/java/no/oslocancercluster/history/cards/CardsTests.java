package no.oslocancercluster.history.cards;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import javax.imageio.ImageIO;

import no.oslocancercluster.history.content.model.Edition;
import no.oslocancercluster.history.content.model.Language;
import no.oslocancercluster.history.content.model.Page;
import no.oslocancercluster.history.content.model.Section;
import no.oslocancercluster.history.content.store.ContentStore;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page in both languages names its share card in its head, with the card's absolute
 * address under the site's path, its size and an alternative text of only the page's
 * title, years and the site's name; the address answers with that PNG.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "site.base-url=https://example.org/history")
class CardsTests {

	private static final String SITE = "https://example.org/history";

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	private int port;

	@Autowired
	private ContentStore store;

	@Test
	void everyPageInBothLanguagesNamesItsCard() throws Exception {
		List<Page> pages = this.store.editions().pages();
		assertThat(pages).extracting(Page::language).contains(Language.EN, Language.NB);
		for (Page page : pages) {
			Document head = Jsoup.parse(get(page.path()).body());
			String card = SITE + Cards.path(page.path());
			assertThat(meta(head, "property", "og:image")).as(page.path()).startsWith(card + "?v=");
			assertThat(meta(head, "name", "twitter:image")).isEqualTo(meta(head, "property", "og:image"));
			assertThat(meta(head, "property", "og:image:type")).isEqualTo("image/png");
			assertThat(meta(head, "property", "og:image:width")).isEqualTo("1200");
			assertThat(meta(head, "property", "og:image:height")).isEqualTo("630");
			assertThat(meta(head, "name", "twitter:card")).isEqualTo("summary_large_image");
			assertThat(meta(head, "property", "og:image:alt")).as(page.path())
				.isEqualTo(meta(head, "name", "twitter:image:alt"))
				.endsWith(page.path().startsWith("/nb/") ? "Oslo Cancer Cluster: Vår historie"
						: "Oslo Cancer Cluster: Our history");
		}
	}

	@Test
	void aSectionsCardSaysItsTitleAndPeriodInItsLanguage() throws Exception {
		Edition norwegian = this.store.current(Language.NB);
		Section section = norwegian.sections().get(0);
		Document head = Jsoup.parse(get(section.href()).body());
		assertThat(meta(head, "property", "og:image:alt")).isEqualTo(section.title() + " \u00b7 "
				+ section.period().orElseThrow() + " \u00b7 Oslo Cancer Cluster: Vår historie");
		Document home = Jsoup.parse(get("/").body());
		assertThat(meta(home, "property", "og:image:alt"))
			.matches("Our history \u00b7 \\d{4}\u2013\\d{4} \u00b7 Oslo Cancer Cluster: Our history");
		assertThat(meta(home, "property", "og:image")).startsWith(SITE + "/cards/index.png?v=");
	}

	@Test
	void theAddressAnswersWithThePngOfTheSizeTheHeadSays() throws Exception {
		for (String page : List.of("/", "/founding", "/timeline", "/print", "/nb/", "/nb/founding", "/nb/timeline")) {
			String card = meta(Jsoup.parse(get(page).body()), "property", "og:image").substring(SITE.length());
			HttpResponse<byte[]> response = getBytes(card, null);
			assertThat(response.statusCode()).as(card).isEqualTo(200);
			assertThat(response.headers().firstValue("Content-Type")).hasValue("image/png");
			assertThat(response.headers().firstValue("Cache-Control").orElseThrow()).contains("immutable");
			BufferedImage image = ImageIO.read(new ByteArrayInputStream(response.body()));
			assertThat(image.getWidth()).isEqualTo(1200);
			assertThat(image.getHeight()).isEqualTo(630);
		}
	}

	@Test
	void aCardIsRevalidatedByItsETagAndKeptOnlyAWhileWithoutItsVersion() throws Exception {
		HttpResponse<byte[]> first = getBytes("/cards/nb/founding.png", null);
		assertThat(first.statusCode()).isEqualTo(200);
		assertThat(first.headers().firstValue("Cache-Control").orElseThrow()).contains("max-age=300")
			.doesNotContain("immutable");
		String etag = first.headers().firstValue("ETag").orElseThrow();
		assertThat(getBytes("/cards/nb/founding.png", etag).statusCode()).isEqualTo(304);
		assertThat(getBytes("/cards/founding.png", null).body()).isNotEqualTo(first.body());
	}

	@Test
	void noPageHasNoCard() throws Exception {
		assertThat(getBytes("/cards/no-such-page.png", null).statusCode()).isEqualTo(404);
		assertThat(getBytes("/cards/search.png", null).statusCode()).isEqualTo(404);
		for (String path : List.of("/search?q=park", "/nb/search?q=park", "/no-such-page", "/nb/no-such-page")) {
			Document head = Jsoup.parse(get(path).body());
			assertThat(head.select("meta[property^=og:image], meta[name^=twitter:image]")).as(path).isEmpty();
			assertThat(meta(head, "name", "twitter:card")).as(path).isEqualTo("summary");
		}
	}

	private static String meta(Document head, String attribute, String name) {
		return head.select("meta[" + attribute + "=" + name + "]").attr("content");
	}

	private HttpResponse<String> get(String path) throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create(server() + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<byte[]> getBytes(String path, String ifNoneMatch) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server() + path));
		if (ifNoneMatch != null) {
			request.header("If-None-Match", ifNoneMatch);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
	}

	private String server() {
		return "http://127.0.0.1:" + this.port + "/history";
	}

}
