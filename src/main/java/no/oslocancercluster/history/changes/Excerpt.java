package no.oslocancercluster.history.changes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A paragraph before and after a change, cut to the words around what changed, with the
 * changed words in bold: {@code …was founded in **2006** by…}. Written as Markdown.
 *
 * @param before the paragraph as it was
 * @param after the paragraph as it is now
 */
record Excerpt(String before, String after) {

	private static final int CONTEXT = 8;

	private static final int LONGEST = 40;

	static Excerpt of(String before, String after) {
		List<String> from = words(before);
		List<String> to = words(after);
		int start = 0;
		while (start < from.size() && start < to.size() && from.get(start).equals(to.get(start))) {
			start++;
		}
		int end = 0;
		while (end < from.size() - start && end < to.size() - start
				&& from.get(from.size() - 1 - end).equals(to.get(to.size() - 1 - end))) {
			end++;
		}
		return new Excerpt(cut(from, start, from.size() - end), cut(to, start, to.size() - end));
	}

	/**
	 * A paragraph that was added or removed whole, cut after its first words.
	 */
	static String whole(String paragraph) {
		List<String> words = words(paragraph);
		return join(words.subList(0, Math.min(words.size(), LONGEST))) + ((words.size() > LONGEST) ? "…" : "");
	}

	// The changed words [start, end) in bold, with a few words either side.
	private static String cut(List<String> words, int start, int end) {
		int from = Math.max(0, start - CONTEXT);
		int to = Math.min(words.size(), end + CONTEXT);
		List<String> pieces = new ArrayList<>();
		pieces.add(join(words.subList(from, start)));
		if (end > start) {
			pieces.add("**" + changed(words.subList(start, end)) + "**");
		}
		pieces.add(join(words.subList(end, to)));
		String text = String.join(" ", pieces.stream().filter((piece) -> !piece.isEmpty()).toList());
		return ((from > 0) ? "…" : "") + text + ((to < words.size()) ? "…" : "");
	}

	private static String changed(List<String> words) {
		if (words.size() <= LONGEST) {
			return join(words);
		}
		return join(words.subList(0, LONGEST / 2)) + " … "
				+ join(words.subList(words.size() - LONGEST / 2, words.size()));
	}

	private static String join(List<String> words) {
		return String.join(" ", words.stream().map(Markdown::escape).toList());
	}

	private static List<String> words(String text) {
		return text.isBlank() ? List.of() : Arrays.asList(text.strip().split("\\s+"));
	}

}
