package no.oslocancercluster.history.timeline;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import no.oslocancercluster.history.content.model.Edition;
import no.oslocancercluster.history.content.model.Milestone;
import no.oslocancercluster.history.content.model.Section;

/**
 * Every milestone of every section in chronological order, grouped by year.
 *
 * @param years the years that have milestones, oldest first
 */
public record Timeline(List<TimelineYear> years) {

	/**
	 * Gathers the timeline of a site. Milestones on the same date keep the reading order
	 * of their sections.
	 */
	public static Timeline of(Edition edition) {
		Comparator<Milestone> chronological = Comparator.comparing(Milestone::date);
		List<Milestone> milestones = edition.sections()
			.stream()
			.map(Section::milestones)
			.flatMap(List::stream)
			.sorted(chronological)
			.toList();
		Map<Integer, List<Milestone>> byYear = milestones.stream()
			.collect(Collectors.groupingBy((milestone) -> milestone.date().year(), LinkedHashMap::new,
					Collectors.toList()));
		return new Timeline(byYear.entrySet()
			.stream()
			.map((entry) -> new TimelineYear(entry.getKey(), List.copyOf(entry.getValue())))
			.toList());
	}

	public int size() {
		return this.years.stream().mapToInt((year) -> year.milestones().size()).sum();
	}

	/**
	 * One year of the timeline.
	 *
	 * @param year the year
	 * @param milestones its milestones in order
	 */
	public record TimelineYear(int year, List<Milestone> milestones) {

	}

}
