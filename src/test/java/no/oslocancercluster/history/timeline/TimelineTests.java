package no.oslocancercluster.history.timeline;

import java.util.List;

import no.oslocancercluster.history.content.model.Edition;
import no.oslocancercluster.history.content.model.HistoricalDate;
import no.oslocancercluster.history.content.model.Milestone;
import no.oslocancercluster.history.content.model.Overview;
import no.oslocancercluster.history.content.model.Section;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link Timeline}.
 */
class TimelineTests {

	@Test
	void gathersMilestonesOfAllSectionsInChronologicalOrderGroupedByYear() {
		Section awards = section("awards", 2, milestone("2019-12", "Gold Label", "awards"),
				milestone("2021", "Mature Cluster", "awards"));
		Section founding = section("founding", 1, milestone("2006", "Initiated", "founding"),
				milestone("2021-03", "Later that year", "founding"), milestone("2019", "Same year", "founding"));
		Timeline timeline = Timeline
			.of(new Edition(new Overview("History", "Summary", "", null, null), List.of(awards, founding)));
		assertThat(timeline.years()).extracting(Timeline.TimelineYear::year).containsExactly(2006, 2019, 2021);
		assertThat(timeline.years()).flatExtracting(Timeline.TimelineYear::milestones)
			.extracting(Milestone::title)
			.containsExactly("Initiated", "Same year", "Gold Label", "Mature Cluster", "Later that year");
		assertThat(timeline.size()).isEqualTo(5);
	}

	@Test
	void keepsReadingOrderForMilestonesOnTheSameDate() {
		Section second = section("second", 2, milestone("2015-05", "From the second section", "second"));
		Section first = section("first", 1, milestone("2015-05", "From the first section", "first"));
		Timeline timeline = Timeline
			.of(new Edition(new Overview("History", "Summary", "", null, null), List.of(second, first)));
		assertThat(timeline.years().get(0).milestones()).extracting(Milestone::title)
			.containsExactly("From the first section", "From the second section");
	}

	@Test
	void isEmptyWithoutMilestones() {
		Timeline timeline = Timeline.of(new Edition(new Overview("History", "Summary", "", null, null), List.of()));
		assertThat(timeline.years()).isEmpty();
		assertThat(timeline.size()).isZero();
	}

	private static Section section(String slug, int order, Milestone... milestones) {
		return new Section(slug, slug, "Summary.", order, "", List.of(), List.of(milestones), List.of(), false, null);
	}

	private static Milestone milestone(String date, String title, String section) {
		return new Milestone(HistoricalDate.parse(date).orElseThrow(), title, section, "anchor", null);
	}

}
