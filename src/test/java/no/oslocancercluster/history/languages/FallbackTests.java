package no.oslocancercluster.history.languages;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;

import no.oslocancercluster.history.LocalSite;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A page missing in bokmål falls back honestly: the English text at the Norwegian
 * address, with a notice in Norwegian, the English text marked as English, a canonical
 * pointing at the English page, and no claim to search engines that a Norwegian page
 * exists.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FallbackTests {

	private static final String BASE = "https://history.oslocancercluster.no";

	// The real content without two of its translations.
	private static final Path FOLDER = LocalSite.copyOfContent("fallback", "awards.nb.md", "index.nb.md");

	@LocalServerPort
	private int port;

	@DynamicPropertySource
	static void contentFolder(DynamicPropertyRegistry registry) {
		registry.add("site.content-dir", FOLDER::toString);
	}

	@AfterAll
	static void deleteFolder() throws IOException {
		FileSystemUtils.deleteRecursively(FOLDER);
	}

	@Test
	void missingSectionShowsTheEnglishTextWithANotice() {
		Document awards = page("/nb/awards");
		assertThat(awards.select("html").attr("lang")).isEqualTo("nb");
		assertThat(awards.select(".fallback-notice").text())
			.startsWith("Denne delen av historien er ikke oversatt til norsk ennå.");
		assertThat(awards.select(".fallback-notice").attr("lang")).isEmpty();
		assertThat(awards.select("h1").text()).isEqualTo("Awards and recognitions");
		assertThat(awards.select("h1").attr("lang")).isEqualTo("en");
		assertThat(awards.select("article.prose").attr("lang")).isEqualTo("en");
		assertThat(awards.select("article.prose").text()).contains("In December 2019");
		// The interface around it stays Norwegian.
		assertThat(awards.select(".breadcrumb a").first().text()).isEqualTo("Oversikt");
		assertThat(awards.select("nav.site-nav a[href=/nb/awards]").attr("lang")).isEqualTo("en");
	}

	@Test
	void missingSectionPointsSearchEnginesAtTheOriginal() {
		Document awards = page("/nb/awards");
		assertThat(awards.select("link[rel=canonical]").attr("href")).isEqualTo(BASE + "/awards");
		assertThat(awards.select("link[rel=alternate][hreflang]")).isEmpty();
		assertThat(page("/awards").select("link[rel=alternate][hreflang]")).extracting((link) -> link.attr("hreflang"))
			.containsExactly("en", "x-default");
		assertThat(page("/founding").select("link[rel=alternate][hreflang]"))
			.extracting((link) -> link.attr("hreflang"))
			.containsExactly("en", "nb", "x-default");
		String sitemap = get("/sitemap.xml").body();
		assertThat(sitemap).contains("<loc>" + BASE + "/nb/founding</loc>")
			.doesNotContain("<loc>" + BASE + "/nb/awards</loc>")
			.doesNotContain("hreflang=\"nb\" href=\"" + BASE + "/nb/awards\"");
	}

	@Test
	void missingOverviewShowsTheEnglishIntroductionWithANotice() {
		Document home = page("/nb/");
		assertThat(home.select(".fallback-notice").text()).startsWith("Denne innledningen er ikke oversatt");
		assertThat(home.select("h1").attr("lang")).isEqualTo("en");
		assertThat(home.select("link[rel=canonical]").attr("href")).isEqualTo(BASE + "/");
		// The translated sections are listed in Norwegian, the missing one in English,
		// marked as such.
		assertThat(home.select(".section-card[lang=en] a").eachAttr("href")).containsExactly("/nb/awards");
		assertThat(home.select(".section-card:not([lang]) a").eachAttr("href")).contains("/nb/founding");
	}

	@Test
	void timelineMarksTheEnglishMilestones() {
		Document timeline = page("/nb/timeline");
		assertThat(timeline.select("a.milestone__title[lang=en]").eachAttr("href"))
			.containsExactly("/nb/awards#gold-label-certificate", "/nb/awards#gold-label-renewed");
		assertThat(timeline.select("a.milestone__title:not([lang])").eachAttr("href"))
			.contains("/nb/founding#oslo-cancer-cluster-initiated");
	}

	private Document page(String path) {
		HttpResponse<String> response = get(path);
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		return Jsoup.parse(response.body());
	}

	private HttpResponse<String> get(String path) {
		return new LocalSite(this.port).get(path);
	}

}
