package no.oslocancercluster.history.content;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks that need every section at once.
 */
final class SiteChecks {

	private SiteChecks() {
	}

	/**
	 * Two sections in the same position would make the reading order a matter of chance.
	 */
	static void checkOrders(List<Section> sections, Path folder, List<ContentProblem> problems) {
		Map<Integer, Section> seen = new HashMap<>();
		for (Section section : sections) {
			Section other = seen.putIfAbsent(section.order(), section);
			if (other != null) {
				problems.add(new ContentProblem(folder.resolve(section.slug() + ".md").toString(), 1, 1, "order",
						section.order() + " is also the position of " + other.slug()
								+ ".md; give each section its own place in the reading order"));
			}
		}
	}

}
