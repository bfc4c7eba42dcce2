package no.oslocancercluster.history.content;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * The examples of the CommonMark spec that the site neither renders as the spec says nor refuses, with the reasons.
 */
final class CommonMarkDeviations {

	// When the content check refuses raw HTML (issue 12), these examples are refused, the test says so, and this group
	// goes. Passing raw HTML through, Flexmark would render all but 171 as the spec says (<textarea> starts an HTML
	// block of the first kind only since CommonMark 0.30).
	private static final String RAW_HTML = "raw HTML: the site shows it as text (HtmlRenderer.ESCAPE_HTML) instead of "
			+ "passing it on, and the content check does not refuse it yet";

	// The sanitiser keeps such a link from working; the link check is to refuse it once it sees autolinks (issue 12).
	private static final String AUTOLINK_SCHEME = "an autolink with a scheme the site does not link to: the sanitiser "
			+ "drops its href, and the link check does not see autolinks yet";

	static final Map<Integer, String> ALL = all();

	private CommonMarkDeviations() {
	}

	private static Map<Integer, String> all() {
		Map<Integer, String> all = new TreeMap<>();
		list(all, RAW_HTML, 21, 31, 148, 149, 150, 151, 152, 153, 154, 155, 156, 157, 158, 159, 160, 161, 162, 163,
				164, 165, 166, 167, 168, 169, 170, 171, 172, 173, 174, 175, 176, 177, 178, 179, 180, 181, 182, 183,
				184, 185, 186, 187, 188, 189, 190, 191, 308, 309, 344, 475, 476, 477, 491, 524, 536, 613, 614, 615,
				616, 617, 623, 627, 628, 629, 630, 631, 642, 643);
		list(all, AUTOLINK_SCHEME, 596, 598, 599, 601);
		// Flexmark 0.64.8 parses CommonMark 0.28 with few later rules (its own test of the 0.29 spec is switched off),
		// and none of its options changes these.
		list(all, "Flexmark decodes a numeric character reference of more than 7 digits (&#87654321;) as U+FFFD; "
				+ "CommonMark leaves it as text",
				28);
		list(all, "Flexmark allows no backtick in the info string of a ~~~ fence, which CommonMark allows since 0.29, "
				+ "so the line is no fence",
				146);
		list(all, "Flexmark does not read a link reference definition whose destination, on a line of its own, is in "
				+ "pointy brackets with a space (<my url>, allowed since CommonMark 0.29): it takes it for inline HTML",
				195);
		list(all, "Flexmark takes [foo]: <bar>(baz) for a definition with the title baz; CommonMark needs white space "
				+ "between destination and title since 0.29",
				201);
		list(all, "Flexmark takes \"    - e\", a marker indented 4 spaces, for a new item; CommonMark makes it part of "
				+ "the paragraph of item d (since 0.29)",
				312);
		list(all, "Flexmark takes \"    3. c\", a marker indented 4 spaces after a blank line, for a new item; "
				+ "CommonMark makes it indented code (since 0.29)",
				313);
		list(all, "Flexmark does not count currency symbols (£, €) as the punctuation beside * that CommonMark 0.31 "
				+ "does, so it makes emphasis",
				354);
		list(all, "Flexmark lacks the exception CommonMark 0.29 made to the rule of 3: runs whose lengths are both "
				+ "multiples of 3 can match",
				416, 417);
		list(all, "Flexmark allows no space in a link destination in pointy brackets ([link](</my uri>)), which "
				+ "CommonMark allows since 0.29",
				489);
		list(all, "Flexmark matches link labels by lower case, not by Unicode case folding, so [ẞ] does not find [SS]",
				540);
		list(all, "Flexmark knows HTML comments by the rule before CommonMark 0.31 (no -- inside; <!--> and <!---> "
				+ "are none), so these stay text",
				625, 626);
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
