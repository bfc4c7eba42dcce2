package no.oslocancercluster.history.changes;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.internal.StringUtil;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;

/**
 * The text a visitor reads on a page, block by block: the title, the summary, then each
 * heading, paragraph, list item, quotation, caption and table cell of the body, in the
 * order they come.
 */
final class VisibleText {

	private static final Set<String> BLOCKS = Set.of("h1", "h2", "h3", "h4", "h5", "h6", "p", "li", "blockquote",
			"figcaption", "pre", "td", "th", "dt", "dd");

	private VisibleText() {
	}

	static List<String> of(String title, String summary, String html) {
		List<String> blocks = new ArrayList<>(List.of(title, summary));
		for (Element element : Jsoup.parseBodyFragment(html).body().getAllElements()) {
			if (BLOCKS.contains(element.normalName())) {
				String text = ownText(element);
				if (!text.isEmpty()) {
					blocks.add(text);
				}
			}
		}
		return List.copyOf(blocks);
	}

	// The block's text without that of the blocks inside it (a list in a list item),
	// which
	// come as blocks of their own.
	private static String ownText(Element block) {
		StringBuilder text = new StringBuilder();
		block.filter(new NodeFilter() {

			@Override
			public FilterResult head(Node node, int depth) {
				if (node != block && node instanceof Element element && BLOCKS.contains(element.normalName())) {
					return FilterResult.SKIP_ENTIRELY;
				}
				if (node instanceof TextNode textNode) {
					text.append(textNode.getWholeText());
				}
				return FilterResult.CONTINUE;
			}

		});
		return StringUtil.normaliseWhitespace(text.toString()).strip();
	}

}
