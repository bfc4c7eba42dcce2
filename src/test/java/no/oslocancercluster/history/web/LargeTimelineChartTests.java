package no.oslocancercluster.history.web;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import no.oslocancercluster.history.LocalSite;
import no.oslocancercluster.history.bench.ContentGenerator;
import no.oslocancercluster.history.content.model.Edition;
import no.oslocancercluster.history.content.model.HistoricalDate;
import no.oslocancercluster.history.content.model.Milestone;
import no.oslocancercluster.history.content.model.Overview;
import no.oslocancercluster.history.content.model.Section;
import no.oslocancercluster.history.timeline.Timeline;
import no.oslocancercluster.history.timeline.TimelineChart;
import no.oslocancercluster.history.timeline.TimelineChart.Shape;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The timeline drawn to scale for a history of 10,000 milestones: rendered once, with the
 * page, and a few hundred kilobytes at most however many milestones it draws.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class LargeTimelineChartTests {

	private static final int LIMIT = 400 * 1024;

	private static final Path FOLDER = generate();

	@LocalServerPort
	private int port;

	@Autowired
	private SpringTemplateEngine templates;

	@Autowired
	private TimelineCharts charts;

	@DynamicPropertySource
	static void contentFolder(DynamicPropertyRegistry registry) {
		registry.add("site.content-dir", FOLDER::toString);
	}

	@AfterAll
	static void deleteFolder() throws IOException {
		FileSystemUtils.deleteRecursively(FOLDER);
	}

	@Test
	void tenThousandMilestonesAreCountedYearByYearInAFewKilobytesRenderedOnceWithThePage() {
		HttpResponse<String> response = new LocalSite(this.port).get("/timeline");
		// Served from the cache of pages rendered once per content version.
		assertThat(response.headers().firstValue("ETag")).isPresent();
		Document page = Jsoup.parse(response.body());
		assertThat(page.select("ol.timeline li.milestone")).hasSize(10_000);
		List<Element> pictures = page.select("svg.timeline-chart__picture");
		assertThat(pictures).hasSize(2);
		for (Element picture : pictures) {
			int bytes = picture.outerHtml().getBytes(StandardCharsets.UTF_8).length;
			System.out.printf("The chart of 10,000 milestones: %d bytes%n", bytes);
			assertThat(bytes).isLessThan(LIMIT);
			// One mark per year, linked to the year in the list.
			assertThat(picture.select("a")).hasSize(page.select("ol.timeline h2").size())
				.allSatisfy((mark) -> assertThat(page.getElementById(mark.attr("href").substring(1))).isNotNull());
		}
		assertThat(page.select(".timeline-chart__note")).isNotEmpty();
	}

	@Test
	void theMostMilestonesDrawnOneByOneWithTheLongestTitlesStayUnderTheLimit() {
		List<Milestone> milestones = new ArrayList<>();
		// As long as the content checks allow.
		String title = "A milestone title as long as it may be. ".repeat(3).substring(0, 100);
		for (int i = 0; i < TimelineChart.MAX_MARKS; i++) {
			HistoricalDate date = new HistoricalDate(1500 + i, 12, 25, null);
			milestones.add(new Milestone(date, title, "a-section-with-a-long-slug-" + (i / 10),
					"an-anchor-as-long-as-a-heading-" + i, null));
		}
		Section section = new Section("s", "S", "Summary.", 1, "", List.of(), milestones, List.of(), false, null);
		Timeline timeline = Timeline
			.of(new Edition(new Overview("History", "Summary", "", null, null), List.of(section)));
		int total = 0;
		for (Shape shape : List.of(Shape.WIDE, Shape.TALL)) {
			TimelineChart chart = this.charts.chart(timeline, shape, Locale.ENGLISH);
			assertThat(chart.counts()).as(shape.name()).isFalse();
			String svg = this.templates.process("fragments/chart", Set.of("picture"),
					new Context(Locale.ENGLISH, Map.of("chart", chart, "linked", true)));
			assertThat(Jsoup.parse(svg).select("a > rect")).hasSize(TimelineChart.MAX_MARKS);
			total += svg.getBytes(StandardCharsets.UTF_8).length;
		}
		System.out.printf("Both charts of %d milestones with the longest titles: %d bytes%n", TimelineChart.MAX_MARKS,
				total);
		assertThat(total).isLessThan(LIMIT);
	}

	private static Path generate() {
		try {
			Path folder = Files.createTempDirectory("large-timeline");
			ContentGenerator.generate(folder, 100, 100);
			return folder;
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
