package no.oslocancercluster.history.web;

import java.util.Locale;

import no.oslocancercluster.history.content.model.Milestone;
import no.oslocancercluster.history.timeline.DateText;
import no.oslocancercluster.history.timeline.Timeline;
import no.oslocancercluster.history.timeline.TimelineChart;
import no.oslocancercluster.history.timeline.TimelineChart.Shape;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The timeline drawn to scale, with its marks' tooltips in the reader's language: the
 * timeline page draws it across the page and down it, the home page at a glance.
 */
@Component
class TimelineCharts {

	private final DateText dates;

	private final MessageSource messages;

	TimelineCharts(DateText dates, MessageSource messages) {
		this.dates = dates;
		this.messages = messages;
	}

	/**
	 * The chart in a shape, or {@code null} for a timeline without milestones.
	 */
	TimelineChart chart(Timeline timeline, Shape shape, Locale locale) {
		return TimelineChart.of(timeline, shape, new TimelineChart.Words() {

			@Override
			public String mark(Milestone milestone) {
				return TimelineCharts.this.messages.getMessage("timeline.chart.mark",
						new Object[] { TimelineCharts.this.dates.format(milestone.date(), locale), milestone.title() },
						locale);
			}

			@Override
			public String year(int year, int count) {
				return TimelineCharts.this.messages.getMessage("timeline.chart.year",
						new Object[] { Integer.toString(year), count }, locale);
			}

		});
	}

}
