package no.oslocancercluster.history.content.markdown;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * The examples of the CommonMark spec that the site neither renders as the spec says nor
 * refuses, with the reasons.
 */
final class CommonMarkDeviations {

	static final Map<Integer, String> ALL = all();

	private CommonMarkDeviations() {
	}

	private static Map<Integer, String> all() {
		Map<Integer, String> all = new TreeMap<>();
		// Flexmark 0.64.8 parses CommonMark 0.28 with few later rules (its own test of
		// the 0.29 spec is switched off),
		// and none of its options changes these.
		list(all, "Flexmark decodes a numeric character reference of more than 7 digits (&#87654321;) as U+FFFD; "
				+ "CommonMark leaves it as text", 28);
		list(all, "Flexmark allows no backtick in the info string of a ~~~ fence, which CommonMark allows since 0.29, "
				+ "so the line is no fence", 146);
		list(all, "Flexmark takes \"    - e\", a marker indented 4 spaces, for a new item; CommonMark makes it part of "
				+ "the paragraph of item d (since 0.29)", 312);
		list(all, "Flexmark takes \"    3. c\", a marker indented 4 spaces after a blank line, for a new item; "
				+ "CommonMark makes it indented code (since 0.29)", 313);
		list(all, "Flexmark does not count currency symbols (£, €) as the punctuation beside * that CommonMark 0.31 "
				+ "does, so it makes emphasis", 354);
		list(all, "Flexmark lacks the exception CommonMark 0.29 made to the rule of 3: runs whose lengths are both "
				+ "multiples of 3 can match", 416, 417);
		list(all, "Flexmark allows no space in a link destination in pointy brackets ([link](</my uri>)), which "
				+ "CommonMark allows since 0.29", 489);
		list(all, "Flexmark matches link labels by lower case, not by Unicode case folding, so [ẞ] does not find [SS]",
				540);
		return Collections.unmodifiableMap(all);
	}

	private static void list(Map<Integer, String> all, String reason, int... numbers) {
		for (int number : numbers) {
			if (all.put(number, reason) != null) {
				throw new IllegalStateException("example " + number + " is listed twice");
			}
		}
	}

}
