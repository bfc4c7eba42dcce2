package no.oslocancercluster.history.content.markdown;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import no.oslocancercluster.history.content.model.FileProblems;
import no.oslocancercluster.history.content.model.SplitFile;

/**
 * Limits on the shapes of Markdown that make parsers slow or make them overflow their
 * stack (cmark's pathological tests, flexmark-java #496), far beyond anything a history
 * needs. A body over a limit is refused with a message, before it reaches the parser.
 */
final class MarkdownLimits {

	private static final int MAX_RUN = 64;

	private static final int MAX_QUOTE_DEPTH = 16;

	private static final int MAX_INDENT = 48;

	private static final int MAX_BRACKETS_PER_LINE = 256;

	// Across a whole file: link, code-span and emphasis delimiters that never close make
	// the parser quadratic.
	private static final int MAX_OPENERS_PER_FILE = 2048;

	private static final Pattern RUN = Pattern.compile("([_*`\\[\\]<>~])\\1{" + MAX_RUN + ",}");

	private static final Pattern QUOTES = Pattern.compile("^(\\s*>){" + (MAX_QUOTE_DEPTH + 1) + "}");

	private MarkdownLimits() {
	}

	/**
	 * Whether the body is within the limits; adds a problem at the first place that is
	 * not.
	 */
	static boolean check(SplitFile source, FileProblems problems) {
		List<String> lines = source.body().lines().toList();
		for (int i = 0; i < lines.size(); i++) {
			String message = problem(lines.get(i));
			if (message != null) {
				problems.add(source.bodyLine() + i, 1, "text", message);
				return false;
			}
		}
		for (char opener : new char[] { '[', '`', '*', '_' }) {
			long count = source.body().chars().filter((c) -> c == opener).count();
			if (count > MAX_OPENERS_PER_FILE) {
				problems.add(source.bodyLine(), 1, "text", "has " + count + " \"" + opener
						+ "\" characters; a file can have at most " + MAX_OPENERS_PER_FILE + ": split it");
				return false;
			}
		}
		return true;
	}

	private static String problem(String line) {
		Matcher run = RUN.matcher(line);
		if (run.find()) {
			return "has a run of more than " + MAX_RUN + " \"" + run.group(1) + "\" characters; shorten it, or put it "
					+ "in a code block";
		}
		if (QUOTES.matcher(line).find()) {
			return "quotes are nested more than " + MAX_QUOTE_DEPTH + " deep here; use fewer > marks";
		}
		int indent = line.length() - line.stripLeading().length();
		if (indent > MAX_INDENT) {
			return "is indented by " + indent + " spaces; lists can be nested about " + MAX_INDENT / 2
					+ " levels at most";
		}
		long brackets = line.chars().filter((c) -> c == '[' || c == ']' || c == '(' || c == ')').count();
		if (brackets > MAX_BRACKETS_PER_LINE) {
			return "has " + brackets + " brackets on one line; a line can have at most " + MAX_BRACKETS_PER_LINE;
		}
		return null;
	}

}
