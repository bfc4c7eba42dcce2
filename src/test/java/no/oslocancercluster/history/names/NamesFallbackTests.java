package no.oslocancercluster.history.names;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import no.oslocancercluster.history.LocalSite;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A name with a Wikidata id and an official address (synthetic: the real content has
 * neither, as none can be checked here), and a name not yet translated into bokmål, which
 * shows the English text honestly.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class NamesFallbackTests {

	private static final Path FOLDER = changed(LocalSite.copyOfContent("names"));

	private static final JsonMapper JSON = JsonMapper.builder().build();

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
	void aWikidataIdIsTheNamesSameAsAndItsAddressesAreLinks() {
		Document radforsk = page("/names/radforsk");
		JsonNode data = JSON.readTree(radforsk.select("script[type=application/ld+json]").html());
		assertThat(data.path("sameAs").valueStream().map(JsonNode::asString))
			.containsExactly("https://www.wikidata.org/entity/Q11111111");
		assertThat(data.path("url").asString()).isEqualTo("https://example.org/radforsk");
		assertThat(radforsk.select(".name-links a").eachText()).containsExactly("Official website", "On Wikidata");
		assertThat(radforsk.select(".name-links a").eachAttr("href")).containsExactly("https://example.org/radforsk",
				"https://www.wikidata.org/entity/Q11111111");
	}

	@Test
	void aNameWithoutItsBokmalTextShowsTheEnglishWithANotice() {
		Document norum = page("/nb/names/kaare-norum");
		assertThat(norum.select(".fallback-notice span").text())
			.isEqualTo("Dette navnet er ikke oversatt til norsk ennå. Det står slik den engelske teksten skriver det.");
		assertThat(norum.select(".page-header .lead").attr("lang")).isEqualTo("en");
		assertThat(norum.select(".page-header .lead").text()).isEqualTo("former Principal of the University of Oslo");
		assertThat(norum.select("h1").attr("lang")).isEmpty();
		assertThat(norum.select("link[rel=canonical]").attr("href")).endsWith("/names/kaare-norum")
			.doesNotContain("/nb/");
		assertThat(norum.select("link[rel=alternate][hreflang]")).isEmpty();
		assertThat(page("/nb/names").select("a[href=/nb/names/kaare-norum] + span").attr("lang")).isEqualTo("en");
		assertThat(new LocalSite(this.port).get("/sitemap.xml").body()).contains("/names/kaare-norum</loc>")
			.doesNotContain("/nb/names/kaare-norum</loc>");
	}

	@Test
	void aTranslatedNameHasNoNotice() {
		assertThat(page("/nb/names/jonas-einarsson").select(".fallback-notice")).isEmpty();
	}

	private Document page(String path) {
		var response = new LocalSite(this.port).get(path);
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		return Jsoup.parse(response.body());
	}

	private static Path changed(Path folder) {
		try {
			Path radforsk = folder.resolve("names/radforsk.md");
			Files.writeString(radforsk, Files.readString(radforsk)
				.replace("kind: organisation\n",
						"kind: organisation\nwikidata: Q11111111\n" + "website: https://example.org/radforsk\n"));
			Path norum = folder.resolve("names/kaare-norum.md");
			Files.writeString(norum,
					Files.readString(norum).replace("  nb: tidligere rektor ved Universitetet i Oslo\n", ""));
			return folder;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
