package no.oslocancercluster.history.content;

import java.util.List;

/**
 * A content file split into its YAML front matter and its Markdown body, with the lines each starts on.
 *
 * @param path the file as given
 * @param frontMatter the YAML between the two {@code ---} lines
 * @param frontMatterLine the line of the file that the YAML starts on
 * @param body the Markdown after the front matter
 * @param bodyLine the line of the file that the body starts on
 */
record SourceFile(String path, String frontMatter, int frontMatterLine, String body, int bodyLine) {

	private static final String DELIMITER = "---";

	/**
	 * Splits the text of a file, or adds a problem and returns {@code null} when it has no complete front matter.
	 */
	static SourceFile split(String path, String text, List<ContentProblem> problems) {
		List<String> lines = text.lines().toList();
		if (lines.isEmpty() || !lines.get(0).strip().equals(DELIMITER)) {
			problems.add(new ContentProblem(path, 1, 1, null,
					"the file must start with front matter: a line with ---, the fields, then another line with ---"));
			return null;
		}
		for (int i = 1; i < lines.size(); i++) {
			if (lines.get(i).strip().equals(DELIMITER)) {
				String yaml = String.join("\n", lines.subList(1, i));
				String body = String.join("\n", lines.subList(i + 1, lines.size()));
				return new SourceFile(path, yaml, 2, body, i + 2);
			}
		}
		problems.add(new ContentProblem(path, 1, 1, null,
				"the front matter that starts here never closes; add a line with --- after the last field"));
		return null;
	}

}
