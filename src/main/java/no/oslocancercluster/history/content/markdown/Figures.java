package no.oslocancercluster.history.content.markdown;

import java.awt.Dimension;

import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;

/**
 * The site's pictures in a rendered body: each with its width and height, a picture alone
 * in its paragraph as a figure with its caption and credit, and each address from the
 * site's root with the file's version.
 */
final class Figures {

	// Queries parsed once: jsoup parses a query string again on every select, which cost
	// more than the selects.
	private static final Evaluator IMAGES = Selector.evaluatorOf("img");

	private static final Evaluator LONE_IMAGES = Selector.evaluatorOf("p:has(> img:only-child)");

	private Figures() {
	}

	static void shape(Element body, MarkdownRenderer.Pictures pictures) {
		body.select(IMAGES).forEach((img) -> size(img, pictures.size(img.attr("src"))));
		body.select(LONE_IMAGES).forEach(Figures::figure);
		body.select(IMAGES).forEach((img) -> img.attr("src", pictures.address(img.attr("src"))));
	}

	private static void size(Element img, Dimension size) {
		if (size != null) {
			img.attr("width", Integer.toString(size.width)).attr("height", Integer.toString(size.height));
		}
	}

	// A picture alone in its paragraph is a figure; its title is "caption | credit".
	private static void figure(Element paragraph) {
		if (!paragraph.ownText().isBlank()) {
			return;
		}
		Element img = paragraph.child(0);
		String[] title = img.attr("title").split("\\|", 2);
		img.removeAttr("title").attr("loading", "lazy").attr("decoding", "async");
		Element figure = new Element("figure").appendChild(img.clone());
		if (!title[0].isBlank() || title.length > 1) {
			Element caption = figure.appendElement("figcaption").appendText(title[0].strip());
			if (title.length > 1) {
				caption.appendText(" ").appendElement("span").addClass("credit").text(title[1].strip());
			}
		}
		paragraph.replaceWith(figure);
	}

}
