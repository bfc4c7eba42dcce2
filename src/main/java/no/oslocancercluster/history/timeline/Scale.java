package no.oslocancercluster.history.timeline;

import java.time.LocalDate;
import java.time.Year;

import no.oslocancercluster.history.content.model.HistoricalDate;
import no.oslocancercluster.history.timeline.TimelineChart.Shape;

/**
 * Where dates fall along a timeline chart's axis: the first and last year, the axis's
 * length and the length of a year.
 */
record Scale(int first, int last, double length, double perYear) {

	private static final int[] STEPS = { 1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000 };

	static Scale of(Timeline timeline, Shape shape) {
		int first = timeline.years().get(0).year();
		int last = timeline.years().get(timeline.years().size() - 1).year();
		int years = last + 1 - first;
		double length = shape.across() ? shape.width() - 2 * Frame.PAD : Math.min(2400, Math.max(240, years * 24.0));
		return new Scale(first, last, length, length / years);
	}

	/**
	 * Where a date's span starts and ends along the axis, at least a small mark wide and
	 * within its year where that is wide enough.
	 */
	double[] extent(HistoricalDate date) {
		double[] share = share(date);
		double yearStart = (date.year() - this.first) * this.perYear;
		double start = yearStart + share[0] * this.perYear;
		double end = yearStart + share[1] * this.perYear;
		if (end - start < TimelineChart.MIN_MARK) {
			double centre = (start + end) / 2;
			start = Math.max(yearStart,
					Math.min(centre - TimelineChart.MIN_MARK / 2, yearStart + this.perYear - TimelineChart.MIN_MARK));
			end = start + TimelineChart.MIN_MARK;
		}
		return new double[] { start, end };
	}

	private static double[] share(HistoricalDate date) {
		if (date.day() != null) {
			int day = LocalDate.of(date.year(), date.month(), date.day()).getDayOfYear();
			double days = Year.of(date.year()).length();
			return new double[] { (day - 1) / days, day / days };
		}
		if (date.month() != null) {
			return new double[] { (date.month() - 1) / 12.0, date.month() / 12.0 };
		}
		if (date.qualifier() != null) {
			int third = date.qualifier().ordinal();
			return new double[] { third / 3.0, (third + 1) / 3.0 };
		}
		return new double[] { 0, 1 };
	}

	int step(double labelExtent) {
		for (int step : STEPS) {
			if (step * this.perYear >= labelExtent) {
				return step;
			}
		}
		return (int) Math.ceil(labelExtent / this.perYear);
	}

}
