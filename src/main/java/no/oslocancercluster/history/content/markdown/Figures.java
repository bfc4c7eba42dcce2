package no.oslocancercluster.history.content.markdown;

import java.awt.Dimension;
import java.util.List;
import java.util.stream.Collectors;

import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;

/**
 * The site's pictures in a rendered body: each with its width and height, a picture alone
 * in its paragraph as a figure with its caption and credit, and each address from the
 * site's root with the file's version. A photograph also lists the smaller widths the
 * site makes of it ({@code srcset}, with {@code sizes} from the text column's width), so
 * that a phone loads the 480 or 960 px one, not the editor's 4,000 px original; the first
 * picture of a body, which may be in view when the page opens, loads first and at once,
 * the others only as the reader comes near them.
 */
final class Figures {

	/**
	 * How wide a figure's picture is shown: the text column ({@code .prose}, 68ch of the
	 * body's 18 px type, 43rem in Chromium) less the figure's own margins (the browser's
	 * 40 px a side) on a wide screen; on a narrow one (below 48em, where the column is
	 * wider than the screen) the screen less the page's gutters ({@code --gutter}, 1rem a
	 * side) and those margins. Lighthouse measured 608 and 300 CSS px (desktop, phone).
	 */
	static final String SIZES = "(min-width: 48em) 38rem, calc(100vw - 7rem)";

	// The width a browser that ignores srcset loads: the smaller size nearest a phone's
	// screen at twice its density.
	private static final int FALLBACK_WIDTH = 960;

	// Queries parsed once: jsoup parses a query string again on every select, which cost
	// more than the selects.
	private static final Evaluator IMAGES = Selector.evaluatorOf("img");

	private static final Evaluator LONE_IMAGES = Selector.evaluatorOf("p:has(> img:only-child)");

	private Figures() {
	}

	static void shape(Element body, PicturesShown pictures) {
		body.select(IMAGES).forEach((img) -> size(img, pictures.size(img.attr("src"))));
		body.select(LONE_IMAGES).forEach(Figures::figure);
		boolean first = true;
		for (Element img : body.select(IMAGES)) {
			String src = img.attr("src");
			widths(img, src, pictures);
			if (pictures.size(src) != null) {
				load(img, first);
				first = false;
			}
			img.attr("src", pictures.address(src, fallback(pictures.widths(src))));
		}
	}

	private static void size(Element img, Dimension size) {
		if (size != null) {
			img.attr("width", Integer.toString(size.width)).attr("height", Integer.toString(size.height));
		}
	}

	// Every smaller width and the original's own, for the browser to choose from.
	private static void widths(Element img, String src, PicturesShown pictures) {
		List<Integer> widths = pictures.widths(src);
		Dimension size = pictures.size(src);
		if (widths.isEmpty() || size == null) {
			return;
		}
		String smaller = widths.stream()
			.map((width) -> pictures.address(src, width) + " " + width + "w")
			.collect(Collectors.joining(", "));
		img.attr("srcset", smaller + ", " + pictures.address(src) + " " + size.width + "w").attr("sizes", SIZES);
	}

	// The largest smaller width up to the fallback's, or the original (0).
	private static int fallback(List<Integer> widths) {
		return widths.stream().filter((width) -> width <= FALLBACK_WIDTH).reduce((a, b) -> b).orElse(0);
	}

	// The first picture may be what the page shows largest when it opens (its Largest
	// Contentful Paint): it is fetched early; the rest wait until they are near.
	private static void load(Element img, boolean first) {
		if (first) {
			img.attr("loading", "eager").attr("fetchpriority", "high");
		}
		else {
			img.attr("loading", "lazy");
		}
		img.attr("decoding", "async");
	}

	// A picture alone in its paragraph is a figure; its title is "caption | credit".
	private static void figure(Element paragraph) {
		if (!paragraph.ownText().isBlank()) {
			return;
		}
		Element img = paragraph.child(0);
		String[] title = img.attr("title").split("\\|", 2);
		img.removeAttr("title");
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
