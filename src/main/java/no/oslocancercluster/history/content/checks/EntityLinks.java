package no.oslocancercluster.history.content.checks;

import java.util.List;
import java.util.Set;

import no.oslocancercluster.history.content.model.Language;
import no.oslocancercluster.history.content.model.SitePaths;
import no.oslocancercluster.history.content.model.Spelling;

/**
 * The check of a link to a name's page ({@code /names/kaare-norum}): the name must have
 * its file in {@code content/names/}; for one that has none, the closest names that do.
 */
final class EntityLinks {

	// How many names a problem suggests.
	private static final int SUGGESTIONS = 3;

	private static final String PREFIX = SitePaths.NAMES + "/";

	private EntityLinks() {
	}

	/**
	 * Whether a page's English address is a name's page, known or not.
	 */
	static boolean isEntityPage(String page) {
		return page.startsWith(PREFIX);
	}

	/**
	 * What is wrong with a link to a name's page, or {@code null} when nothing is.
	 */
	static String problem(String page, String fragment, Language language, Set<String> entities) {
		String id = page.substring(PREFIX.length());
		if (!entities.contains(id)) {
			List<String> closest = Spelling.closest(id, entities, SUGGESTIONS)
				.stream()
				.map((name) -> language.path(PREFIX + name))
				.toList();
			return "is not a name of this site; "
					+ (closest.isEmpty() ? "add its file, content/names/" + id + ".md" : "the closest names are "
							+ String.join(", ", closest) + ", or add its file, content/names/" + id + ".md");
		}
		if (fragment != null) {
			return "points to #" + fragment + ", but a name's page has no places to link to; link to "
					+ language.path(page);
		}
		return null;
	}

}
