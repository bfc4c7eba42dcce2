package no.oslocancercluster.history.timeline;

import java.util.ArrayList;
import java.util.List;

import no.oslocancercluster.history.content.model.Edition;
import no.oslocancercluster.history.content.model.HistoricalDate;
import no.oslocancercluster.history.content.model.HistoricalDate.Qualifier;
import no.oslocancercluster.history.content.model.Milestone;
import no.oslocancercluster.history.content.model.Overview;
import no.oslocancercluster.history.content.model.Section;
import no.oslocancercluster.history.timeline.TimelineChart.Label;
import no.oslocancercluster.history.timeline.TimelineChart.Mark;
import no.oslocancercluster.history.timeline.TimelineChart.Shape;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Tests for {@link TimelineChart}.
 */
class TimelineChartTests {

	private static final TimelineChart.Words WORDS = new TimelineChart.Words() {

		@Override
		public String mark(Milestone milestone) {
			return milestone.date().iso() + ": " + milestone.title();
		}

		@Override
		public String year(int year, int count) {
			return year + ": " + count;
		}

	};

	// The site's own eight milestones, as the content gives them.
	private static final Timeline HISTORY = timeline(milestone("2006", null), milestone("2007", null),
			milestone("2015-05", null), milestone("2019-12", null), milestone("2021", Qualifier.BEGINNING),
			milestone("2022-12", null), milestone("2023-04", null), milestone("2024", null));

	@Test
	void drawsEveryMilestoneInDateOrderAtItsPlaceOnTheAxis() {
		TimelineChart chart = TimelineChart.of(HISTORY, Shape.WIDE, WORDS);
		assertThat(chart.counts()).isFalse();
		assertThat(chart.marks()).extracting(Mark::title)
			.containsExactly("2006: 2006", "2007: 2007", "2015-05: 2015-05", "2019-12: 2019-12", "2021: 2021",
					"2022-12: 2022-12", "2023-04: 2023-04", "2024: 2024");
		double perYear = (chart.width() - 2 * Frame.PAD) / 19;
		// 2006 starts at the left end of the axis, 2024 ends at its right end.
		assertThat(start(chart, 0)).isCloseTo(Frame.PAD, within(1.0));
		assertThat(end(chart, 7)).isCloseTo(chart.width() - Frame.PAD, within(1.0));
		// May 2015 is the fifth twelfth of 2015, nine years from the start.
		assertThat(start(chart, 2)).isCloseTo(Frame.PAD + (9 + 4 / 12.0) * perYear, within(1.0));
		assertThat(end(chart, 2)).isCloseTo(Frame.PAD + (9 + 5 / 12.0) * perYear, within(1.0));
		assertThat(chart.marks()).extracting((mark) -> Double.parseDouble(mark.x())).isSorted();
		assertThat(chart.marks()).extracting(Mark::href).startsWith("#founding--2006", "#founding--2007");
	}

	@Test
	void drawsAnImpreciseDateAsABarOverTheSpanItGives() {
		TimelineChart chart = TimelineChart.of(timeline(milestone("2020", null), milestone("2021", Qualifier.BEGINNING),
				milestone("2022", Qualifier.MIDDLE), milestone("2023", Qualifier.END), milestone("2024-03-01", null)),
				Shape.WIDE, WORDS);
		double perYear = (chart.width() - 2 * Frame.PAD) / 5;
		// A whole year, less the gap between marks.
		assertThat(width(chart, 0)).isCloseTo(perYear - 1, within(0.2));
		// A third of a year: the beginning, the middle, the end.
		for (int third = 0; third < 3; third++) {
			assertThat(width(chart, 1 + third)).isCloseTo(perYear / 3 - 1, within(0.2));
			// Half the gap between marks in from where the third starts.
			double from = Frame.PAD + (1 + third + third / 3.0) * perYear + 0.5;
			assertThat(start(chart, 1 + third)).isCloseTo(from, within(0.2));
		}
		// A day is a narrow mark at its place in the year: 1 March 2024 is day 61 of 366.
		assertThat(width(chart, 4)).isLessThan(perYear / 12);
		double centre = start(chart, 4) + width(chart, 4) / 2;
		assertThat(centre).isCloseTo(Frame.PAD + (4 + 60.5 / 366) * perYear, within(0.2));
	}

	@Test
	void stacksMarksThatWouldOverlapInLanes() {
		TimelineChart chart = TimelineChart.of(timeline(milestone("2015", null), milestone("2015-05", null),
				milestone("2015-05", null), milestone("2016-05", null)), Shape.WIDE, WORDS);
		List<String> lanes = chart.marks().stream().map(Mark::y).toList();
		assertThat(lanes.subList(0, 3)).doesNotHaveDuplicates();
		// May 2016 overlaps nothing: it goes in the lane nearest the axis.
		assertThat(Double.parseDouble(lanes.get(3)))
			.isEqualTo(lanes.stream().mapToDouble(Double::parseDouble).max().orElseThrow());
		for (int i = 0; i < 3; i++) {
			assertThat(Double.parseDouble(lanes.get(i)) + TimelineChart.BAR).isLessThanOrEqualTo(chart.height());
		}
	}

	@ParameterizedTest
	@ValueSource(ints = { 1, 2, 19, 60, 125, 400, 1000 })
	void labelsYearsWithoutOverlapInEveryShape(int years) {
		Timeline timeline = timeline(milestone("1900", null), milestone(Integer.toString(1900 + years - 1), null));
		for (Shape shape : Shape.values()) {
			TimelineChart chart = TimelineChart.of(timeline, shape, WORDS);
			List<Label> labels = chart.labels();
			assertThat(labels).as(shape + " over " + years).isNotEmpty();
			for (int i = 1; i < labels.size(); i++) {
				double gap = shape.across() ? along(labels.get(i).x()) - along(labels.get(i - 1).x())
						: along(labels.get(i).y()) - along(labels.get(i - 1).y());
				double size = shape.across()
						? labels.get(i).text().length() * TimelineChart.DIGIT_WIDTH * shape.fontSize()
						: shape.fontSize();
				assertThat(gap).as(shape + " over " + years + ": " + labels.get(i).text()).isGreaterThan(size);
			}
			// Within the picture, the first label's left half included.
			double first = along(shape.across() ? labels.get(0).x() : labels.get(0).y());
			assertThat(first).isGreaterThan(shape.across() ? 4 * TimelineChart.DIGIT_WIDTH * shape.fontSize() / 2 : 0);
			if (years == 19 && shape == Shape.WIDE) {
				assertThat(labels).as("every year when there is room").hasSize(19);
			}
		}
	}

	@Test
	void countsTheMilestonesOfEachYearWhenTheyAreTooManyToDrawOneByOne() {
		List<Milestone> milestones = new ArrayList<>();
		for (int i = 0; i < 10_000; i++) {
			int year = 1900 + i % 125;
			milestones.add(new Milestone(HistoricalDate.parse(year + "-%02d".formatted(1 + i % 12)).orElseThrow(),
					"Step " + i, "section-" + (i / 10), "step-" + (i % 10), null));
		}
		TimelineChart chart = TimelineChart.of(timeline(milestones.toArray(Milestone[]::new)), Shape.WIDE, WORDS);
		assertThat(chart.counts()).isTrue();
		assertThat(chart.marks()).hasSize(125);
		assertThat(chart.marks().get(0).href()).isEqualTo("#year-1900");
		assertThat(chart.marks().get(0).title()).isEqualTo("1900: 80");
	}

	@Test
	void drawsNothingForATimelineWithoutMilestones() {
		assertThat(TimelineChart.of(timeline(), Shape.WIDE, WORDS)).isNull();
	}

	private static double start(TimelineChart chart, int mark) {
		return along(chart.marks().get(mark).x());
	}

	private static double width(TimelineChart chart, int mark) {
		return along(chart.marks().get(mark).width());
	}

	private static double end(TimelineChart chart, int mark) {
		return start(chart, mark) + width(chart, mark);
	}

	private static double along(String number) {
		return Double.parseDouble(number);
	}

	static Timeline timeline(Milestone... milestones) {
		Section section = new Section("founding", "Founding", "Summary.", 1, "", List.of(), List.of(milestones),
				List.of(), false, null);
		return Timeline.of(new Edition(new Overview("History", "Summary", "", null, null), List.of(section)));
	}

	private static Milestone milestone(String date, Qualifier qualifier) {
		HistoricalDate parsed = HistoricalDate.parse(date).orElseThrow();
		return new Milestone((qualifier != null) ? parsed.withQualifier(qualifier) : parsed, date, "founding",
				date + ((qualifier != null) ? "-" + qualifier : ""), null);
	}

}
