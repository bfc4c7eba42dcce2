package no.oslocancercluster.history.content.model;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * How far apart two spellings are, for the checks that suggest what an editor may have
 * meant.
 */
public final class Spelling {

	private Spelling() {
	}

	/**
	 * The Levenshtein distance: small strings, so the plain dynamic programme is enough.
	 */
	public static int distance(String a, String b) {
		int[] previous = new int[b.length() + 1];
		for (int j = 0; j <= b.length(); j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			int[] current = new int[b.length() + 1];
			current[0] = i;
			for (int j = 1; j <= b.length(); j++) {
				int cost = (a.charAt(i - 1) == b.charAt(j - 1)) ? 0 : 1;
				current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
			}
			previous = current;
		}
		return previous[b.length()];
	}

	/**
	 * At most {@code limit} of the known spellings, the closest to the given one first
	 * (alphabetically among equals).
	 */
	public static List<String> closest(String spelling, Collection<String> known, int limit) {
		return known.stream()
			.sorted(Comparator.comparingInt((String candidate) -> distance(spelling, candidate))
				.thenComparing(Comparator.naturalOrder()))
			.limit(limit)
			.toList();
	}

}
