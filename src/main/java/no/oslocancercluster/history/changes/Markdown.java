package no.oslocancercluster.history.changes;

/**
 * Text from the content written into the report's Markdown as the words it is: the
 * characters that Markdown reads inside a line escaped, so that a star or a bracket in
 * the history is not read as formatting, a link or HTML. The report never starts a line
 * with the content's text, so what Markdown reads only at a line's start needs nothing.
 */
final class Markdown {

	private static final String SPECIAL = "\\`*_[]<>|~&";

	private Markdown() {
	}

	static String escape(String text) {
		StringBuilder escaped = new StringBuilder(text.length() + 8);
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (SPECIAL.indexOf(c) >= 0) {
				escaped.append('\\');
			}
			escaped.append(c);
		}
		return escaped.toString();
	}

}
