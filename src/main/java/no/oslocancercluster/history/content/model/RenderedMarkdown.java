package no.oslocancercluster.history.content.model;

import java.util.List;
import java.util.Map;

/**
 * The HTML of a Markdown body and what the checks across files need to know about it.
 *
 * @param html the HTML, safe to insert into a page
 * @param headings the subheadings in document order
 * @param ids every id in the HTML, the places a link or a milestone can point to
 * @param links the links the text makes, with where they are
 * @param citations for each cited source id, the ids of the places that cite it, in order
 * @param pictures for each picture the text shows (its address as written), the SHA-256
 * of its file, in hex
 */
public record RenderedMarkdown(String html, List<Heading> headings, List<String> ids, List<BodyLink> links,
		Map<String, List<String>> citations, Map<String, String> pictures) {

	public static final RenderedMarkdown EMPTY = new RenderedMarkdown("", List.of(), List.of(), List.of(), Map.of(),
			Map.of());

	/**
	 * A link in the text of a file.
	 *
	 * @param url the address as written
	 * @param line the line in the file
	 * @param column the column in the line
	 * @param definedAt where a reference link's address is ({@code [ref] on line 30}), or
	 * empty for an inline one
	 */
	public record BodyLink(String url, int line, int column, String definedAt) {

	}

}
