package no.oslocancercluster.history.web;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import no.oslocancercluster.history.SiteProperties;
import no.oslocancercluster.history.TestClock;
import no.oslocancercluster.history.cards.Cards;
import no.oslocancercluster.history.citation.PageCitations;
import no.oslocancercluster.history.content.model.Edition;
import no.oslocancercluster.history.content.model.Editions;
import no.oslocancercluster.history.content.model.HistoricalDate;
import no.oslocancercluster.history.content.model.Language;
import no.oslocancercluster.history.content.model.Milestone;
import no.oslocancercluster.history.content.model.Overview;
import no.oslocancercluster.history.content.model.Section;
import no.oslocancercluster.history.content.store.ContentStore;
import no.oslocancercluster.history.discovery.StructuredData;
import no.oslocancercluster.history.timeline.DateText;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;

/**
 * "On this day" on the home page, with the site's clock fixed: a milestone of today's
 * day, or of today's month where the history gives only a month, and nothing otherwise.
 */
@WebMvcTest(HistoryController.class)
@Import({ DateText.class, MilestoneViews.class, StructuredData.class, Cards.class, TimelineCharts.class,
		PageCitations.class, OnThisDay.class, TestClock.December.class })
@EnableConfigurationProperties(SiteProperties.class)
class OnThisDayTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private TestClock clock;

	@MockitoBean
	private ContentStore store;

	@BeforeEach
	void site() {
		Section founding = new Section("founding", "Founding", "How it began.", 1, "<p>Founded.</p>", List.of(),
				List.of(milestone("2006", "Initiated", "founding", "initiated")), List.of(), false, null);
		Section awards = new Section("awards", "Awards", "Recognition.", 2, "<p>Gold.</p>", List.of(),
				List.of(milestone("2019-12", "Gold Label", "awards", "gold-label"),
						milestone("2019-12-05", "The jury met", "awards", "jury"),
						milestone("2022-07-14", "Renewed", "awards", "renewed")),
				List.of(), false, null);
		Edition site = new Edition(new Overview("Our history", "The story.", "<p>Hi.</p>", null, null),
				List.of(founding, awards));
		given(this.store.current()).willReturn(site);
		given(this.store.current(Language.EN)).willReturn(site);
		given(this.store.editions()).willReturn(new Editions(Map.of(Language.EN, site, Language.NB, site)));
	}

	@AfterEach
	void resetClock() {
		this.clock.set(LocalDateTime.parse("2025-12-05T12:00:00"));
	}

	@Test
	void namesTheMilestonesOfTheDayAndOfTheMonthWithLinks() {
		Document home = home();
		assertThat(home.select("p.on-this-day").eachText()).containsExactly("This month in 2019: Gold Label",
				"On this day in 2019: The jury met");
		assertThat(home.select("p.on-this-day a").eachAttr("href")).containsExactly("/awards#gold-label",
				"/awards#jury");
	}

	@Test
	void aMilestoneOfADayIsOnlyOnThatDay() {
		this.clock.set(LocalDateTime.parse("2025-12-06T00:00:00"));
		assertThat(home().select("p.on-this-day").eachText()).containsExactly("This month in 2019: Gold Label");
		this.clock.set(LocalDateTime.parse("2026-07-14T23:59:59"));
		assertThat(home().select("p.on-this-day").eachText()).containsExactly("On this day in 2022: Renewed");
	}

	@Test
	void saysNothingWhenNoMilestoneMatchesAndAYearNeverDoes() {
		for (String day : List.of("2026-07-13T12:00:00", "2026-01-01T12:00:00", "2026-06-15T12:00:00")) {
			this.clock.set(LocalDateTime.parse(day));
			Document home = home();
			assertThat(home.select(".on-this-day")).as(day).isEmpty();
			assertThat(home.text()).as(day).doesNotContain("On this day").doesNotContain("This month");
		}
	}

	@Test
	void theDayIsOslos() {
		// 23:30 in Oslo on 4 December is 22:30 UTC: still the 4th, so no jury.
		this.clock.set(LocalDateTime.parse("2025-12-04T23:30:00"));
		assertThat(home().select("p.on-this-day").eachText()).containsExactly("This month in 2019: Gold Label");
		this.clock.set(LocalDateTime.parse("2025-12-05T00:30:00"));
		assertThat(home().select("p.on-this-day").eachText()).hasSize(2);
	}

	@Test
	void theCacheCanAskForAGivenDayOrForNone() {
		assertThat(this.mvc.get().uri("/").requestAttr(OnThisDay.DAY_ATTRIBUTE, OnThisDay.NO_DAY)).bodyText()
			.doesNotContain("on-this-day");
		assertThat(this.mvc.get().uri("/").requestAttr(OnThisDay.DAY_ATTRIBUTE, LocalDate.of(2030, 7, 14))).bodyText()
			.contains("On this day in 2022:");
	}

	private Document home() {
		try {
			return Jsoup
				.parse(this.mvc.get().uri("/").exchange().getResponse().getContentAsString(StandardCharsets.UTF_8));
		}
		catch (UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Milestone milestone(String date, String title, String section, String anchor) {
		return new Milestone(HistoricalDate.parse(date).orElseThrow(), title, section, anchor, null);
	}

}
