package no.oslocancercluster.history.web;

import java.io.IOException;
import java.nio.file.Files;
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
 * A section's sources are listed at its foot, each a link where it has an address and its
 * title alone where it has none, each leading back to where the text cites it; the
 * timeline names a milestone's source the same way.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SourcesTests {

	private static final Path FOLDER = withSources(LocalSite.copyOfContent("sources"));

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
	void aSectionListsItsSourcesAsLinksOrTitles() {
		Document awards = Jsoup.parse(new LocalSite(this.port).get("/awards").body());
		assertThat(awards.select(".sources li").eachText()).containsExactly(
				"The ECEI label, European Cluster Excellence Initiative. Back to the text",
				"Annual report 2022, Oslo Cancer Cluster. Back to the text");
		assertThat(awards.select(".sources li a:not(.backlink)").eachAttr("href"))
			.containsExactly("https://example.org/ecei");
		assertThat(awards.select(".sources li span").eachText()).contains("Annual report 2022");
		assertThat(awards.select(".sources a.backlink").eachAttr("href")).containsExactly("#cite-ecei-1",
				"#cite-annual-1");
	}

	@Test
	void theTimelineNamesAMilestonesSource() {
		Document timeline = Jsoup.parse(new LocalSite(this.port).get("/timeline").body());
		assertThat(timeline.select(".milestone__source").eachText()).containsExactly("Source: The ECEI label",
				"Source: Annual report 2022");
		assertThat(timeline.select(".milestone__source a").eachAttr("href"))
			.containsExactly("https://example.org/ecei");
	}

	private static Path withSources(Path folder) {
		try {
			Path awards = folder.resolve("awards.md");
			String text = Files.readString(awards)
				.replace("    anchor: gold-label-certificate\n",
						"    anchor: gold-label-certificate\n    source: ecei\n")
				.replace("    anchor: gold-label-renewed\n", "    anchor: gold-label-renewed\n    source: annual\n")
				.replaceFirst("\n---\n", "\nsources:\n  - id: ecei\n    title: The ECEI label\n"
						+ "    publisher: European Cluster Excellence Initiative\n    url: https://example.org/ecei\n"
						+ "  - id: annual\n    title: Annual report 2022\n    publisher: Oslo Cancer Cluster\n---\n")
				.replace("(ECEI)](/names/european-cluster-excellence-initiative).",
						"(ECEI)](/names/european-cluster-excellence-initiative) [@ecei].")
				.replace("given an overall score of 94%.", "given an overall score of 94% [@annual].");
			Files.writeString(awards, text);
			Files.delete(folder.resolve("awards.nb.md"));
			return folder;
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

}
