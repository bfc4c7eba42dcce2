package no.oslocancercluster.history.timeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

import no.oslocancercluster.history.content.model.Milestone;
import no.oslocancercluster.history.timeline.Timeline.TimelineYear;

/**
 * The timeline drawn to scale, as an SVG shows it: a year axis from the first year to the
 * end of the last, a mark per milestone over the span its date gives (a day, a month, a
 * third of a year, a whole year), marks that would overlap stacked in lanes, and year
 * labels far enough apart never to overlap. When the milestones are too many to draw one
 * by one, each year is drawn as a bar of its number of milestones instead. Coordinates
 * are in the SVG's user units, rounded to a tenth, as text.
 *
 * @param shape the shape it is drawn in
 * @param width the width of its view box
 * @param height the height of its view box
 * @param fontSize the size of its labels, in user units
 * @param axis the path of the axis and its year ticks
 * @param marks the marks in date order
 * @param labels the year labels in order
 * @param counts whether each mark is a year's number of milestones rather than one
 * milestone
 */
public record TimelineChart(Shape shape, int width, int height, int fontSize, String axis, List<Mark> marks,
		List<Label> labels, boolean counts) {

	/**
	 * The most milestones drawn one by one; with more, the chart counts them per year.
	 */
	public static final int MAX_MARKS = 500;

	/**
	 * The width of a label's digit as a share of the font size, generously: the labels
	 * use tabular figures.
	 */
	public static final double DIGIT_WIDTH = 0.62;

	static final double LANE = 16;

	static final double BAR = 13;

	static final double MIN_MARK = 4;

	/**
	 * Draws a timeline, or returns {@code null} when it has no milestones.
	 */
	public static TimelineChart of(Timeline timeline, Shape shape, Words words) {
		if (timeline.years().isEmpty()) {
			return null;
		}
		Scale scale = Scale.of(timeline, shape);
		List<Placed> placed = place(timeline, scale);
		int lanes = placed.stream().mapToInt(Placed::lane).max().orElse(0) + 1;
		boolean counts = placed.size() > MAX_MARKS || lanes > shape.maxLanes;
		Frame frame = new Frame(shape, scale, counts ? shape.maxLanes : lanes);
		List<Mark> marks = counts ? counts(timeline, frame, words)
				: placed.stream().map((mark) -> frame.mark(mark, words)).toList();
		return new TimelineChart(shape, frame.width(), frame.height(), shape.fontSize, frame.axis(), marks,
				frame.labels(), counts);
	}

	private static List<Placed> place(Timeline timeline, Scale scale) {
		List<Placed> placed = new ArrayList<>();
		for (TimelineYear year : timeline.years()) {
			for (Milestone milestone : year.milestones()) {
				double[] extent = scale.extent(milestone.date());
				placed.add(new Placed(milestone, extent[0], extent[1], 0));
			}
		}
		return stack(placed);
	}

	// First fit in order of start: each mark goes to the lowest lane where it overlaps
	// nothing.
	private static List<Placed> stack(List<Placed> placed) {
		List<Double> laneEnds = new ArrayList<>();
		Placed[] stacked = new Placed[placed.size()];
		IntStream.range(0, placed.size())
			.boxed()
			.sorted(Comparator.comparingDouble((Integer index) -> placed.get(index).start()))
			.forEach((index) -> {
				Placed mark = placed.get(index);
				int lane = 0;
				while (lane < laneEnds.size() && laneEnds.get(lane) > mark.start() + 1e-9) {
					lane++;
				}
				if (lane == laneEnds.size()) {
					laneEnds.add(mark.end());
				}
				laneEnds.set(lane, mark.end());
				stacked[index] = new Placed(mark.milestone(), mark.start(), mark.end(), lane);
			});
		return List.of(stacked);
	}

	private static List<Mark> counts(Timeline timeline, Frame frame, Words words) {
		int most = timeline.years().stream().mapToInt((year) -> year.milestones().size()).max().orElse(1);
		return timeline.years().stream().map((year) -> frame.count(year, most, words)).toList();
	}

	static String number(double value) {
		long tenths = Math.round(value * 10);
		return (tenths % 10 == 0) ? Long.toString(tenths / 10) : (tenths / 10) + "." + Math.abs(tenths % 10);
	}

	/**
	 * The shapes the timeline is drawn in.
	 */
	public enum Shape {

		/**
		 * Across the page, on screens wide enough for it.
		 */
		WIDE(true, 800, 12, 12),

		/**
		 * Down the page, on narrow screens: years from top to bottom, lanes to the right.
		 */
		TALL(false, 0, 12, 13),

		/**
		 * A glance at the whole history, on the home page.
		 */
		SMALL(true, 480, 5, 16);

		private final boolean across;

		private final int width;

		private final int maxLanes;

		private final int fontSize;

		Shape(boolean across, int width, int maxLanes, int fontSize) {
			this.across = across;
			this.width = width;
			this.maxLanes = maxLanes;
			this.fontSize = fontSize;
		}

		public int width() {
			return this.width;
		}

		public boolean across() {
			return this.across;
		}

		public int maxLanes() {
			return this.maxLanes;
		}

		public int fontSize() {
			return this.fontSize;
		}

	}

	/**
	 * The words a chart's marks carry for a pointer's tooltip.
	 */
	public interface Words {

		/**
		 * A milestone's mark: its date and title.
		 */
		String mark(Milestone milestone);

		/**
		 * A year's mark when the chart counts milestones.
		 */
		String year(int year, int count);

	}

	/**
	 * A mark: a rectangle that links to its entry in the timeline's list.
	 *
	 * @param href the fragment of its entry on the timeline page
	 * @param x its left
	 * @param y its top
	 * @param width its width
	 * @param height its height
	 * @param title its date and title, or its year and number of milestones
	 */
	public record Mark(String href, String x, String y, String width, String height, String title) {

	}

	/**
	 * A year's label.
	 *
	 * @param x where it is anchored across
	 * @param y its baseline
	 * @param text the year
	 */
	public record Label(String x, String y, String text) {

	}

	record Placed(Milestone milestone, double start, double end, int lane) {

	}

}
