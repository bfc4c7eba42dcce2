package no.oslocancercluster.history.web;

import java.util.List;

import no.oslocancercluster.history.LocalSite;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The timeline drawn to scale on the history's own content: on the timeline page across
 * the page and down it, each mark a link to its entry in the list; on the home page at a
 * glance, leading to the timeline.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class TimelineChartPageTests {

	private static final List<String> MILESTONES = List.of("founding--oslo-cancer-cluster-initiated",
			"expertise-status--norwegian-centre-of-expertise", "innovation-park--innovation-park-opens",
			"awards--gold-label-certificate", "expertise-status--mature-cluster-status", "awards--gold-label-renewed",
			"expansions--second-building-phase", "expansions--oslo-science-hub");

	@LocalServerPort
	private int port;

	@ParameterizedTest
	@ValueSource(strings = { "/timeline", "/nb/timeline" })
	void eachMarkLinksToItsEntryInTheListWhichIsUnchanged(String path) {
		Document page = page(path);
		assertThat(page.select("ol.timeline li.milestone")).extracting(Element::id)
			.containsExactlyElementsOf(MILESTONES);
		List<Element> pictures = page.select("svg.timeline-chart__picture");
		assertThat(pictures).hasSize(2);
		for (Element picture : pictures) {
			assertThat(picture.attr("aria-hidden")).isEqualTo("true");
			assertThat(picture.select("a")).extracting((mark) -> mark.attr("href"))
				.containsExactlyElementsOf(MILESTONES.stream().map((id) -> "#" + id).toList());
			assertThat(picture.select("a")).allSatisfy((mark) -> assertThat(mark.attr("tabindex")).isEqualTo("-1"));
			assertThat(picture.select("a > rect")).hasSize(MILESTONES.size());
		}
		// The picture comes before the list: the list that follows it is the structure.
		assertThat(page.select("main > *")).extracting(Element::className)
			.containsSubsequence("timeline-chart timeline-chart--wide", "timeline-chart timeline-chart--tall",
					"timeline");
	}

	@Test
	void marksSayTheirDateAndTitleInTheReadersLanguage() {
		assertThat(page("/timeline").select(".timeline-chart--wide a title")).extracting(Element::text)
			.contains("Beginning of 2021: Mature Cluster status",
					"May 2015: Innovation Park and Incubator opens " + "at Montebello");
		assertThat(page("/nb/timeline").select(".timeline-chart--wide a title")).extracting(Element::text)
			.anyMatch((title) -> title.startsWith("Begynnelsen av 2021: "))
			.anyMatch((title) -> title.startsWith("mai 2015: "));
		assertThat(page("/timeline").select(".timeline-chart--wide text")).extracting(Element::text)
			.startsWith("2006", "2007")
			.endsWith("2024");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/", "/nb/" })
	void theHomePageHasAGlanceAtTheTimelineThatLeadsToIt(String path) {
		Document home = page(path);
		Element glance = home.selectFirst("a.timeline-glance");
		assertThat(glance).isNotNull();
		assertThat(glance.attr("href")).isEqualTo(path.equals("/") ? "/timeline" : "/nb/timeline");
		// The button after it is the link for keyboards and screen readers.
		assertThat(glance.attr("tabindex")).isEqualTo("-1");
		assertThat(glance.attr("aria-hidden")).isEqualTo("true");
		assertThat(glance.nextElementSibling().select("a.button").attr("href")).isEqualTo(glance.attr("href"));
		assertThat(glance.select("svg rect")).hasSize(MILESTONES.size());
		assertThat(glance.select("svg a")).isEmpty();
	}

	private Document page(String path) {
		return Jsoup.parse(new LocalSite(this.port).get(path).body());
	}

}
