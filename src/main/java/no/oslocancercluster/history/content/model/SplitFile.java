package no.oslocancercluster.history.content.model;

import java.util.List;

/**
 * A content file split into its YAML front matter and its Markdown body, with the lines
 * each starts on.
 *
 * @param path the file as given
 * @param frontMatter the YAML between the two {@code ---} lines
 * @param frontMatterLine the line of the file that the YAML starts on
 * @param body the Markdown after the front matter
 * @param bodyLine the line of the file that the body starts on
 */
public record SplitFile(String path, String frontMatter, int frontMatterLine, String body, int bodyLine) {

	private static final String DELIMITER = "---";

	/**
	 * Splits the text of a file, or adds a problem and returns {@code null} when it has
	 * no complete front matter. Lines end at \n, \r or \r\n, as {@link String#lines()}
	 * has them; the parts are joined with \n.
	 */
	public static SplitFile split(String path, String text, List<ContentProblem> problems) {
		FileProblems found = new FileProblems(path);
		SplitFile split = split(text, found);
		problems.addAll(found.list());
		return split;
	}

	/**
	 * Splits the text of the file whose problems are collected, as
	 * {@link #split(String, String, List)} does.
	 */
	public static SplitFile split(String text, FileProblems problems) {
		String path = problems.path();
		// Found by offsets rather than a list of lines: a thousand files are split at
		// every start.
		if (text.isEmpty() || !text.substring(0, lineEnd(text, 0)).strip().equals(DELIMITER)) {
			problems.add(1, 1, null,
					"the file must start with front matter: a line with ---, the fields, then another line with ---");
			return null;
		}
		int yamlStart = nextLine(text, 0);
		int line = 2;
		for (int start = yamlStart; start < text.length(); start = nextLine(text, start), line++) {
			int end = lineEnd(text, start);
			if (text.substring(start, end).strip().equals(DELIMITER)) {
				String yaml = joined(text.substring(yamlStart, start));
				String body = joined(text.substring(nextLine(text, start)));
				return new SplitFile(path, yaml, 2, body, line + 1);
			}
		}
		problems.add(1, 1, null,
				"the front matter that starts here never closes; add a line with --- after the last field");
		return null;
	}

	// Where the line that starts at the offset ends, before its line break.
	private static int lineEnd(String text, int start) {
		for (int i = start; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\n' || c == '\r') {
				return i;
			}
		}
		return text.length();
	}

	// Where the line after the one that starts at the offset starts; the text's length
	// after the last line.
	private static int nextLine(String text, int start) {
		int end = lineEnd(text, start);
		if (end == text.length()) {
			return end;
		}
		return (text.charAt(end) == '\r' && end + 1 < text.length() && text.charAt(end + 1) == '\n') ? end + 2
				: end + 1;
	}

	// Whole lines joined with \n, as String.join("\n", lines) does: every break a \n, and
	// no break after the last.
	private static String joined(String lines) {
		String text = (lines.indexOf('\r') >= 0) ? lines.replace("\r\n", "\n").replace('\r', '\n') : lines;
		return text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
	}

}
