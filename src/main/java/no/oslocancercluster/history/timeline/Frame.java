package no.oslocancercluster.history.timeline;

import java.util.ArrayList;
import java.util.List;

import no.oslocancercluster.history.timeline.Timeline.TimelineYear;
import no.oslocancercluster.history.timeline.TimelineChart.Label;
import no.oslocancercluster.history.timeline.TimelineChart.Mark;
import no.oslocancercluster.history.timeline.TimelineChart.Placed;
import no.oslocancercluster.history.timeline.TimelineChart.Shape;
import no.oslocancercluster.history.timeline.TimelineChart.Words;

/**
 * Where a chart's parts go in its view box: along the axis (across the page or down it)
 * and across it, lane by lane.
 */
record Frame(Shape shape, Scale scale, int lanes) {

	// Room before the axis starts, across the page: half the widest label and more.
	static final double PAD = 24;

	private static final double TOP = 4;

	private static final double TALL_PAD = 10;

	private static final double TALL_AXIS = 52;

	private double offset() {
		return this.shape.across() ? PAD : TALL_PAD;
	}

	private double axisY() {
		return TOP + this.lanes * TimelineChart.LANE + 2;
	}

	private int fontSize() {
		return this.shape.fontSize();
	}

	int width() {
		if (this.shape.across()) {
			return (int) Math.ceil(this.scale.length() + 2 * PAD);
		}
		return (int) Math.ceil(TALL_AXIS + 4 + this.lanes * TimelineChart.LANE + 4);
	}

	int height() {
		if (this.shape.across()) {
			return (int) Math.ceil(axisY() + 6 + fontSize() + 6);
		}
		return (int) Math.ceil(this.scale.length() + 2 * TALL_PAD);
	}

	Mark mark(Placed placed, Words words) {
		double along = offset() + placed.start() + 0.5;
		double length = Math.max(1, placed.end() - placed.start() - 1);
		double across = this.shape.across() ? TOP + (this.lanes - 1 - placed.lane()) * TimelineChart.LANE
				: TALL_AXIS + 4 + placed.lane() * TimelineChart.LANE;
		return mark("#" + placed.milestone().id(), along, length, across, TimelineChart.BAR,
				words.mark(placed.milestone()));
	}

	Mark count(TimelineYear year, int most, Words words) {
		double along = offset() + (year.year() - this.scale.first()) * this.scale.perYear() + 0.5;
		double length = Math.max(1, this.scale.perYear() - 1);
		double height = Math.max(2, (this.lanes * TimelineChart.LANE - 2) * year.milestones().size() / most);
		double across = this.shape.across() ? TOP + this.lanes * TimelineChart.LANE - 2 - height : TALL_AXIS + 4;
		return mark("#year-" + year.year(), along, length, across, height,
				words.year(year.year(), year.milestones().size()));
	}

	private Mark mark(String href, double along, double length, double across, double thickness, String title) {
		if (this.shape.across()) {
			return new Mark(href, TimelineChart.number(along), TimelineChart.number(across),
					TimelineChart.number(length), TimelineChart.number(thickness), title);
		}
		return new Mark(href, TimelineChart.number(across), TimelineChart.number(along),
				TimelineChart.number(thickness), TimelineChart.number(length), title);
	}

	List<Label> labels() {
		List<Label> labels = new ArrayList<>();
		for (int year : labelledYears()) {
			double along = offset() + (year - this.scale.first() + 0.5) * this.scale.perYear();
			labels.add(this.shape.across()
					? new Label(TimelineChart.number(along), TimelineChart.number(axisY() + 6 + fontSize()), year + "")
					: new Label(TimelineChart.number(TALL_AXIS - 9), TimelineChart.number(along + fontSize() * 0.35),
							year + ""));
		}
		return labels;
	}

	/**
	 * Every year, or every second, fifth, tenth… so that no two labels touch.
	 */
	List<Integer> labelledYears() {
		int digits = Integer.toString(this.scale.last()).length();
		double extent = this.shape.across() ? digits * TimelineChart.DIGIT_WIDTH * fontSize() + 8 : fontSize() + 4;
		int step = this.scale.step(extent);
		List<Integer> years = new ArrayList<>();
		for (int year = this.scale.first(); year <= this.scale.last(); year++) {
			if (year % step == 0) {
				years.add(year);
			}
		}
		if (years.isEmpty()) {
			years.add(this.scale.first());
		}
		return years;
	}

	String axis() {
		double start = offset();
		double end = start + this.scale.length();
		StringBuilder path = new StringBuilder();
		path.append(this.shape.across()
				? "M" + TimelineChart.number(start) + " " + TimelineChart.number(axisY()) + "H"
						+ TimelineChart.number(end)
				: "M" + TimelineChart.number(TALL_AXIS) + " " + TimelineChart.number(start) + "V"
						+ TimelineChart.number(end));
		boolean everyYear = this.scale.perYear() >= 4;
		List<Integer> labelled = everyYear ? List.of() : labelledYears();
		for (int year = this.scale.first(); year <= this.scale.last() + 1; year++) {
			if (everyYear || labelled.contains(year)) {
				double along = start + (year - this.scale.first()) * this.scale.perYear();
				path.append(this.shape.across()
						? "M" + TimelineChart.number(along) + " " + TimelineChart.number(axisY()) + "v5"
						: "M" + TimelineChart.number(TALL_AXIS - 5) + " " + TimelineChart.number(along) + "h5");
			}
		}
		return path.toString();
	}

}
