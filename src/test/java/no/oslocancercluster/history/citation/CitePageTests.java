package no.oslocancercluster.history.citation;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every section and the timeline, in both languages, carry Highwire citation tags and a
 * "Cite this page" block whose downloads are served.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "site.base-url=https://example.org")
class CitePageTests {

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	private int port;

	@Test
	void sectionsAndTheTimelineDeclareTheirCitationInTheHead() throws Exception {
		for (String path : List.of("/founding", "/expertise-status", "/innovation-park", "/awards", "/expansions",
				"/timeline", "/nb/founding", "/nb/awards", "/nb/timeline")) {
			Document page = Jsoup.parse(get(path).body());
			String language = path.startsWith("/nb/") ? "nb" : "en";
			assertThat(meta(page, "citation_title")).as(path).isEqualTo(page.selectFirst("h1").text());
			assertThat(meta(page, "citation_author")).isEqualTo("Oslo Cancer Cluster");
			assertThat(meta(page, "citation_public_url")).isEqualTo(page.select("link[rel=canonical]").attr("href"))
				.isEqualTo("https://example.org" + path);
			assertThat(meta(page, "citation_language")).isEqualTo(language);
			String updated = page.select("footer time").attr("datetime");
			if (!updated.isEmpty()) {
				assertThat(meta(page, "citation_publication_date")).isEqualTo(updated.replace('-', '/'));
			}
			assertThat(page.select("section.cite dd")).hasSize(2);
		}
	}

	@Test
	void theBlockShowsTheApaAndChicagoTextsOfThePage() throws Exception {
		Document page = Jsoup.parse(get("/awards").body());
		String url = "https://example.org/awards";
		List<String> texts = page.select("section.cite dd").eachText();
		String updated = page.select("footer time").attr("datetime");
		if (updated.isEmpty()) {
			assertThat(texts).containsExactly("Oslo Cancer Cluster. (n.d.). Awards and recognitions. Retrieved " + url,
					"Oslo Cancer Cluster. n.d. \u201cAwards and Recognitions.\u201d " + url + ".");
		}
		else {
			LocalDate day = LocalDate.parse(updated);
			String monthDay = DateTimeFormatter.ofPattern("MMMM d", Locale.US).format(day);
			assertThat(texts).containsExactly(
					"Oslo Cancer Cluster. (" + day.getYear() + ", " + monthDay + "). Awards and recognitions. " + url,
					// Chicago capitalises an English title headline-style.
					"Oslo Cancer Cluster. " + day.getYear() + ". \u201cAwards and Recognitions.\u201d " + monthDay
							+ ". " + url + ".");
		}
		assertThat(page.select("section.cite dd i").eachText()).containsExactly("Awards and recognitions");
		assertThat(page.select("section.cite a").eachAttr("href")).containsExactly("/cite/awards.bib",
				"/cite/awards.json");
	}

	@Test
	void theCitationFilesAreServed() throws Exception {
		HttpResponse<String> bib = get("/cite/founding.bib");
		assertThat(bib.statusCode()).isEqualTo(200);
		assertThat(bib.headers().firstValue("Content-Type")).hasValue("application/x-bibtex;charset=UTF-8");
		assertThat(bib.body()).startsWith("@misc{founding,\n")
			.contains("  title = {Founding},\n", "  url = {https://example.org/founding},\n");
		HttpResponse<String> json = get("/nb/cite/timeline.json");
		assertThat(json.headers().firstValue("Content-Type")).hasValue("application/vnd.citationstyles.csl+json");
		JsonNode item = JsonMapper.builder().build().readTree(json.body()).get(0);
		assertThat(item.get("title").asString()).isEqualTo("Tidslinje");
		assertThat(item.get("URL").asString()).isEqualTo("https://example.org/nb/timeline");
		assertThat(item.get("language").asString()).isEqualTo("nb");
		assertThat(get("/cite/no-such-section.bib").statusCode()).isEqualTo(404);
		assertThat(get("/cite/founding.txt").statusCode()).isEqualTo(404);
	}

	private static String meta(Document page, String name) {
		return page.select("head meta[name=" + name + "]").attr("content");
	}

	private HttpResponse<String> get(String path) throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

}
