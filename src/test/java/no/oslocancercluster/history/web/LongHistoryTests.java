package no.oslocancercluster.history.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import no.oslocancercluster.history.LocalSite;
import no.oslocancercluster.history.bench.ContentGenerator;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A history of more sections than a menu can hold: the menu offers the overview, which
 * lists them all, and the timeline; each section leads on to the next; the timeline
 * gathers every milestone.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class LongHistoryTests {

	private static final int SECTIONS = NavigationAdvice.MAX_SECTIONS_IN_NAVIGATION + 1;

	private static final Path FOLDER = generate();

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
	void theMenuOffersTheOverviewAndTheTimelineAndTheOverviewListsEverySection() {
		Document section = page("/section-7");
		assertThat(section.select(".site-nav a")).extracting(Element::text).containsExactly("Overview", "Timeline");
		assertThat(section.select(".pager a[rel=prev]").attr("href")).isEqualTo("/section-6");
		assertThat(section.select(".pager a[rel=next]").attr("href")).isEqualTo("/section-8");
		assertThat(page("/").select(".section-card a")).extracting((link) -> link.attr("href"))
			.hasSize(SECTIONS)
			.startsWith("/section-1", "/section-2")
			.endsWith("/section-" + SECTIONS);
		assertThat(page("/nb/section-7").select(".site-nav a")).extracting((link) -> link.attr("href"))
			.containsExactly("/nb/", "/nb/timeline");
	}

	@Test
	void theTimelineGathersEveryMilestoneOfEverySection() {
		assertThat(page("/timeline").select(".milestone")).hasSize(SECTIONS * 3);
	}

	private Document page(String path) {
		return Jsoup.parse(new LocalSite(this.port).get(path).body());
	}

	private static Path generate() {
		try {
			Path folder = Files.createTempDirectory("long-history");
			ContentGenerator.generate(folder, SECTIONS, 3);
			return folder;
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
