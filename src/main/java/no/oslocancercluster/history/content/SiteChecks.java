package no.oslocancercluster.history.content;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.core.JsonPointer;

/**
 * Checks that need every section at once.
 */
final class SiteChecks {

	private SiteChecks() {
	}

	/**
	 * Two sections in the same position would make the reading order a matter of chance.
	 */
	static void checkOrders(List<SectionReader.SectionSource> sections, List<ContentProblem> problems) {
		Map<Integer, Section> seen = new HashMap<>();
		for (SectionReader.SectionSource source : sections) {
			Section section = source.section();
			Section other = seen.putIfAbsent(section.order(), section);
			if (other != null) {
				problems.add(source.locations()
					.problem(JsonPointer.empty().appendProperty("order"), section.order() + " is also the position of "
							+ other.slug() + ".md; give each section its own place in the reading order"));
			}
		}
	}

}
