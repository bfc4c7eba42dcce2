package no.oslocancercluster.history.content.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * HTML as the CommonMark spec writes it and as the site renders it, made comparable: what
 * the site adds on purpose is undone, and both sides are serialised the same way.
 */
final class SpecHtml {

	// Whitespace next to these is layout, not text: browsers show none of it.
	private static final Set<String> BLOCKS = Set.of("blockquote", "body", "div", "figcaption", "figure", "h1", "h2",
			"h3", "h4", "h5", "h6", "hr", "li", "ol", "p", "pre", "table", "tbody", "td", "tfoot", "th", "thead", "tr",
			"ul");

	private SpecHtml() {
	}

	/**
	 * The spec's HTML, serialised canonically.
	 */
	static String ofSpec(String html) {
		return canonical(Jsoup.parseBodyFragment(html).body());
	}

	/**
	 * The site's HTML with what the site adds on purpose undone, serialised canonically.
	 */
	static String ofSite(String html) {
		Element body = Jsoup.parseBodyFragment(html).body();
		for (Element heading : body.select("h1, h2, h3, h4, h5, h6")) {
			// Only the permalink the site made, to the heading's own id: any other link
			// is the text's.
			heading.children()
				.stream()
				.filter((link) -> link.nameIs("a") && link.hasClass("permalink")
						&& link.attr("href").equals("#" + heading.id()))
				.toList()
				.forEach(Element::unwrap);
			heading.removeAttr("id");
		}
		body.select("figure:has(> img)").forEach(SpecHtml::paragraph);
		for (Element img : body.select("img")) {
			img.removeAttr("width")
				.removeAttr("height")
				.removeAttr("loading")
				.removeAttr("decoding")
				.removeAttr("fetchpriority")
				.removeAttr("srcset")
				.removeAttr("sizes");
			img.attr("src", img.attr("src").replaceFirst("\\?v=[0-9a-f]+$", ""));
		}
		return canonical(body);
	}

	// A figure back to the paragraph with a picture the text wrote: its caption ("caption
	// | credit") is the title.
	private static void paragraph(Element figure) {
		Element img = figure.selectFirst("> img");
		Element caption = figure.selectFirst("> figcaption");
		if (caption != null) {
			Element credit = caption.selectFirst("> span.credit");
			String title = caption.ownText().strip();
			img.attr("title", (credit != null) ? title + " | " + credit.text() : title);
		}
		figure.replaceWith(new Element("p").appendChild(img.clone()));
	}

	private static String canonical(Element body) {
		List<Element> elements = new ArrayList<>(body.getAllElements());
		for (Element element : elements) {
			// Attributes in name order, as order means nothing in HTML.
			List<Attribute> attributes = new ArrayList<>(element.attributes().asList());
			attributes.forEach((attribute) -> element.removeAttr(attribute.getKey()));
			attributes.stream()
				.sorted((a, b) -> a.getKey().compareTo(b.getKey()))
				.forEach((attribute) -> element.attr(attribute.getKey(), attribute.getValue()));
		}
		for (TextNode text : textNodes(body)) {
			Element parent = text.parent();
			if (parent != null && parent.closest("pre") == null) {
				trim(text, parent);
			}
		}
		body.ownerDocument().outputSettings().prettyPrint(false);
		return body.html();
	}

	// HTML's whitespace (not every Unicode space) only where a text meets the start or
	// end of a block, or a block
	// beside it.
	private static void trim(TextNode text, Element parent) {
		String value = text.getWholeText();
		boolean block = BLOCKS.contains(parent.tagName());
		if (isBlock(text.previousSibling()) || (text.previousSibling() == null && block)) {
			value = value.replaceFirst("^[ \\t\\n\\f\\r]+", "");
		}
		if (isBlock(text.nextSibling()) || (text.nextSibling() == null && block)) {
			value = value.replaceFirst("[ \\t\\n\\f\\r]+$", "");
		}
		if (value.isEmpty()) {
			text.remove();
		}
		else {
			text.text(value);
		}
	}

	private static boolean isBlock(Node node) {
		return node instanceof Element element && BLOCKS.contains(element.tagName());
	}

	private static List<TextNode> textNodes(Element root) {
		List<TextNode> nodes = new ArrayList<>();
		root.traverse((node, depth) -> {
			if (node instanceof TextNode text) {
				nodes.add(text);
			}
		});
		return nodes;
	}

}
