package no.oslocancercluster.history.content.markdown;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What to tell an editor who wrote HTML in a content file: the site's Markdown has no
 * HTML (it would be shown as text, or could bring in script and styles), and most of what
 * HTML is used for has a Markdown way.
 */
final class RawHtml {

	private static final String EMBEDDED = "the site shows nothing from other sites in its pages; link to it "
			+ "instead: [the video](https://...)";

	private static final Pattern TAG = Pattern.compile("<\\s*/?\\s*([A-Za-z][A-Za-z0-9-]*)");

	private static final Map<String, String> MARKDOWN = Map.ofEntries(
			Map.entry("br", "for a line break, end the line with a backslash (\\)"),
			Map.entry("em", "write *emphasis* instead"), Map.entry("i", "write *emphasis* instead"),
			Map.entry("strong", "write **strong text** instead"), Map.entry("b", "write **strong text** instead"),
			Map.entry("a", "write a link as [text](https://...) or [text](/a-section)"),
			Map.entry("img", "show a picture as ![what it shows](images/its-name.jpg)"),
			Map.entry("p", "separate paragraphs with an empty line"),
			Map.entry("div", "separate paragraphs with an empty line"),
			Map.entry("h1", "the page title comes from the front matter; write a heading in the text as ## Heading"),
			Map.entry("h2", "write a heading as ## Heading"), Map.entry("h3", "write a heading as ### Heading"),
			Map.entry("h4", "write a heading as #### Heading"), Map.entry("h5", "write a heading as ##### Heading"),
			Map.entry("h6", "write a heading as ###### Heading"), Map.entry("iframe", EMBEDDED),
			Map.entry("video", EMBEDDED), Map.entry("audio", EMBEDDED), Map.entry("object", EMBEDDED),
			Map.entry("embed", EMBEDDED), Map.entry("ul", "start each line of a list with - "),
			Map.entry("ol", "start each line of a list with 1. "), Map.entry("li", "start each line of a list with - "),
			Map.entry("code", "put code between backticks: `code`"),
			Map.entry("pre", "put code between backticks: `code`"),
			Map.entry("blockquote", "start each line of a quotation with > "),
			Map.entry("hr", "write *** on a line of its own for a break"),
			Map.entry("table", "write a table with | between the cells"));

	private RawHtml() {
	}

	/**
	 * The message for a piece of HTML (a tag, a comment or a block that starts with one).
	 */
	static String message(String html) {
		String text = html.strip();
		if (text.startsWith("<!--")) {
			return "an HTML comment (" + shortened(text) + ") is not part of the site's Markdown; remove it, and "
					+ "leave notes for other editors in the pull request";
		}
		String name = name(text);
		String fix = MARKDOWN.getOrDefault(name,
				"remove it: the site's look comes from its stylesheet, and the " + "text reads the same without it");
		return shortened(text) + " is HTML, which is not part of the site's Markdown; " + fix;
	}

	/**
	 * The tag's name in lower case, the same for an opening and a closing tag; empty when
	 * the text is no tag.
	 */
	static String name(String html) {
		Matcher tag = TAG.matcher(html);
		return tag.lookingAt() ? tag.group(1).toLowerCase(Locale.ROOT) : "";
	}

	// The first tag or comment, or the first 40 characters of it, on one line.
	private static String shortened(String text) {
		int close = text.startsWith("<!--") ? text.indexOf("-->", 4) : -1;
		int end = (close >= 0) ? close + 2 : text.indexOf('>');
		String tag = (end >= 0) ? text.substring(0, end + 1) : text;
		tag = tag.replaceAll("\\s+", " ");
		return (tag.length() > 40) ? tag.substring(0, 39) + "…" : tag;
	}

}
