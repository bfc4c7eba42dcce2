package no.oslocancercluster.history.discovery;

import java.util.List;
import java.util.Map;

import no.oslocancercluster.history.SiteProperties;
import no.oslocancercluster.history.content.model.Edition;
import no.oslocancercluster.history.content.model.HistoricalDate;
import no.oslocancercluster.history.content.model.Milestone;
import no.oslocancercluster.history.content.model.Section;
import no.oslocancercluster.history.content.model.SitePaths;
import no.oslocancercluster.history.timeline.Timeline;

/**
 * The timeline for other sites and programs to reuse: every milestone with its date,
 * precision and address.
 *
 * @param title what this is
 * @param url the timeline page
 * @param milestones the milestones in chronological order
 */
record TimelineJson(String title, String url, List<Entry> milestones) {

	static TimelineJson of(Edition edition, SiteProperties properties) {
		Map<String, Section> sections = edition.sectionsBySlug();
		List<Entry> entries = Timeline.of(edition)
			.years()
			.stream()
			.flatMap((year) -> year.milestones().stream())
			.map((milestone) -> entry(milestone, sections, properties))
			.toList();
		return new TimelineJson("Timeline of Oslo Cancer Cluster", properties.absolute(SitePaths.TIMELINE), entries);
	}

	private static Entry entry(Milestone milestone, Map<String, Section> sections, SiteProperties properties) {
		HistoricalDate date = milestone.date();
		String precision = (date.day() != null) ? "day" : (date.month() != null) ? "month" : "year";
		String qualifier = (date.qualifier() != null) ? date.qualifier().name().toLowerCase() : null;
		Section section = sections.get(milestone.section());
		return new Entry(date.iso(), precision, qualifier, milestone.title(), properties.absolute(milestone.href()),
				(section != null) ? section.title() : null, properties.absolute("/" + milestone.section()));
	}

	/**
	 * One milestone.
	 *
	 * @param date the date in ISO 8601 at its precision
	 * @param precision {@code year}, {@code month} or {@code day}
	 * @param qualifier {@code beginning}, {@code middle}, {@code end} or {@code null}
	 * @param title the milestone's title
	 * @param url the paragraph that tells it
	 * @param section the title of the section that tells it
	 * @param sectionUrl the section's page
	 */
	record Entry(String date, String precision, String qualifier, String title, String url, String section,
			String sectionUrl) {

	}

}
