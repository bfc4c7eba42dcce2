package no.oslocancercluster.history.web;

import java.util.List;
import java.util.Map;

import no.oslocancercluster.history.SiteProperties;
import no.oslocancercluster.history.cards.Cards;
import no.oslocancercluster.history.citation.PageCitations;
import no.oslocancercluster.history.content.model.ContentProblem;
import no.oslocancercluster.history.content.model.Edition;
import no.oslocancercluster.history.content.model.Editions;
import no.oslocancercluster.history.content.model.Heading;
import no.oslocancercluster.history.content.model.HistoricalDate;
import no.oslocancercluster.history.content.model.Language;
import no.oslocancercluster.history.content.model.Milestone;
import no.oslocancercluster.history.content.model.Overview;
import no.oslocancercluster.history.content.model.Section;
import no.oslocancercluster.history.content.store.ContentStore;
import no.oslocancercluster.history.discovery.StructuredData;
import no.oslocancercluster.history.timeline.DateText;
import no.oslocancercluster.history.web.Views.MilestoneView;
import no.oslocancercluster.history.web.Views.SectionLink;
import no.oslocancercluster.history.web.Views.YearView;
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
 * Web slice tests for {@link HistoryController}.
 */
@WebMvcTest(HistoryController.class)
@Import({ DateText.class, MilestoneViews.class, StructuredData.class, Cards.class, TimelineCharts.class,
		PageCitations.class, OnThisDay.class })
@EnableConfigurationProperties(SiteProperties.class)
class HistoryControllerTests {

	@Autowired
	private MockMvcTester mvc;

	@MockitoBean
	private ContentStore store;

	@BeforeEach
	void site() {
		Section founding = new Section("founding", "Founding", "How it began.", 1, "<p>Founded.</p>",
				List.of(new Heading(2, "initiated", "Initiated"), new Heading(2, "why", "Why")),
				List.of(milestone("2006", null, "Initiated", "founding", "initiated")), List.of(), false, null);
		Section awards = new Section("awards", "Awards", "Recognition.", 2, "<p>Gold.</p>", List.of(),
				List.of(milestone("2019-12", null, "Gold Label", "awards", "gold-label"),
						milestone("2021", HistoricalDate.Qualifier.BEGINNING, "Mature Cluster", "awards", "mature")),
				List.of(), false, null);
		Edition site = new Edition(new Overview("Our history", "The story.", "<p>Hi.</p>", null, null),
				List.of(awards, founding));
		given(this.store.current()).willReturn(site);
		given(this.store.current(Language.EN)).willReturn(site);
		given(this.store.editions()).willReturn(new Editions(Map.of(Language.EN, site, Language.NB, site)));
	}

	@Test
	void overviewListsSectionsInReadingOrderWithPeriods() {
		assertThat(this.mvc.get().uri("/")).hasStatusOk()
			.hasViewName("index")
			.model()
			.extractingByKey("sections")
			.asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.list(SectionLink.class))
			.containsExactly(new SectionLink("/founding", "Founding", "How it began.", "2006", null),
					new SectionLink("/awards", "Awards", "Recognition.", "2019\u20132021", null));
	}

	@Test
	void sectionHasPreviousAndNextInReadingOrder() {
		assertThat(this.mvc.get().uri("/awards")).hasStatusOk()
			.hasViewName("section")
			.model()
			.containsEntry("previous", new SectionLink("/founding", "Founding", "How it began.", "2006", null))
			.containsEntry("next", null)
			.containsEntry("current", "awards");
	}

	@Test
	void sectionMilestonesShowDatesInWords() {
		assertThat(this.mvc.get().uri("/awards")).model()
			.extractingByKey("milestones")
			.asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.list(MilestoneView.class))
			.extracting(MilestoneView::date)
			.containsExactly("December 2019", "Beginning of 2021");
	}

	@Test
	void unknownSectionIsNotFound() {
		assertThat(this.mvc.get().uri("/no-such-section")).hasStatus(404);
	}

	@Test
	void addressThatCannotBeASectionIsNotFound() {
		assertThat(this.mvc.get().uri("/Founding")).hasStatus(404);
		assertThat(this.mvc.get().uri("/founding/extra")).hasStatus(404);
	}

	@Test
	void timelineGroupsMilestonesByYearWithIsoDatesAndLinks() {
		assertThat(this.mvc.get().uri("/timeline")).hasStatusOk()
			.hasViewName("timeline")
			.model()
			.containsEntry("count", 3)
			.containsEntry("first", "2006")
			.containsEntry("last", "2021")
			.extractingByKey("years")
			.asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.list(YearView.class))
			.containsExactly(
					new YearView(2006, "year-2006",
							List.of(new MilestoneView("founding--initiated", "2006", "2006", "Initiated",
									"/founding#initiated", "Founding", null, null))),
					new YearView(2019, "year-2019",
							List.of(new MilestoneView("awards--gold-label", "2019-12", "December 2019", "Gold Label",
									"/awards#gold-label", "Awards", null, null))),
					new YearView(2021, "year-2021", List.of(new MilestoneView("awards--mature", "2021",
							"Beginning of 2021", "Mature Cluster", "/awards#mature", "Awards", null, null))));
	}

	@Test
	void everyPageMarksItselfInTheNavigation() {
		assertThat(this.mvc.get().uri("/timeline")).bodyText()
			.contains("<a href=\"/timeline\" aria-current=\"page\">Timeline</a>")
			.contains("<a href=\"/founding\">Founding</a>");
	}

	@Test
	void contentProblemsAreNeverShownOutsideThePreview() {
		given(this.store.problems())
			.willReturn(List.of(new ContentProblem("content/awards.md", 6, 5, "milestones[1].date", "is not a date")));
		assertThat(this.mvc.get().uri("/awards")).hasStatusOk()
			.bodyText()
			.doesNotContain("is not a date")
			.doesNotContain("The content has problems");
	}

	private static Milestone milestone(String date, HistoricalDate.Qualifier qualifier, String title, String section,
			String anchor) {
		return new Milestone(HistoricalDate.parse(date).orElseThrow().withQualifier(qualifier), title, section, anchor,
				null);
	}

}
