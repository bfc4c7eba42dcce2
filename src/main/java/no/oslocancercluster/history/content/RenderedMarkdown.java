package no.oslocancercluster.history.content;

import java.util.List;

/**
 * The HTML of a Markdown body and the subheadings it contains.
 *
 * @param html the HTML, safe to insert into a page
 * @param headings the subheadings in document order
 * @param ids every id in the HTML, the places a link or a milestone can point to
 */
record RenderedMarkdown(String html, List<Heading> headings, List<String> ids) {

}
