package no.oslocancercluster.history.content.markdown;

import java.awt.Dimension;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.vladsch.flexmark.ext.anchorlink.AnchorLinkExtension;
import com.vladsch.flexmark.ext.attributes.AttributesExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.sequence.Escaping;
import no.oslocancercluster.history.content.model.Heading;
import no.oslocancercluster.history.content.model.RenderedMarkdown;
import no.oslocancercluster.history.content.model.SitePaths;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;

/**
 * Renders Markdown bodies to HTML with Flexmark, then shapes the HTML the site's way:
 * figures for pictures, numbered links for citations. Built once and shared, as
 * Flexmark's parser and renderer are thread-safe.
 */
class MarkdownRenderer {

	static final Pattern CITATION = Pattern.compile("\\[@([^\\]\\s]+)\\]");

	private static final Pattern CODE_LANGUAGE = Pattern.compile("language-\\S+");

	// Relative addresses are checked against this stand-in for the site's own address,
	// and kept relative.
	private static final String BASE = "https://site.invalid/";

	// What the site's Markdown can produce, and no more: no script, no style, no event
	// handlers, no frames, and
	// links only to the web, to mail, or within the site. Anything else is dropped,
	// whatever its case or entities.
	private static final Cleaner SANITISER = new Cleaner(new Safelist() {

		// A code block's language as CommonMark writes it (class="language-ruby") is the
		// one class code may have: a
		// single word after language-, so that no text takes on one of the site's own
		// classes.
		@Override
		public boolean isSafeAttribute(String tagName, Element element, Attribute attribute) {
			if (tagName.equals("code") && attribute.getKey().equals("class")
					&& !CODE_LANGUAGE.matcher(attribute.getValue()).matches()) {
				return false;
			}
			return super.isSafeAttribute(tagName, element, attribute);
		}

	}.addTags("h2", "h3", "h4", "h5", "h6", "p", "br", "hr", "ul", "ol", "li", "em", "strong", "del", "code", "pre",
			"blockquote", "table", "thead", "tbody", "tr", "th", "td", "a", "img", "span")
		.addAttributes(":all", "id")
		.addAttributes("a", "href", "title", "class")
		.addAttributes("img", "src", "alt", "title")
		.addAttributes("th", "align")
		.addAttributes("td", "align")
		.addAttributes("ol", "start")
		.addAttributes("code", "class")
		.addProtocols("a", "href", "http", "https", "mailto")
		.addProtocols("img", "src", "https")
		.preserveRelativeLinks(true));

	// Queries parsed once: jsoup parses a query string again on every select, which cost
	// more than the selects.
	private static final Evaluator IMAGES = Selector.evaluatorOf("img");

	private static final Evaluator LONE_IMAGES = Selector.evaluatorOf("p:has(> img:only-child)");

	private static final Evaluator HEADINGS = Selector.evaluatorOf("h2[id], h3[id], h4[id], h5[id], h6[id]");

	private static final Evaluator IDS = Selector.evaluatorOf("[id]");

	// What the allow-list leaves of a link or a picture whose address it dropped.
	private static final Evaluator DEAD = Selector.evaluatorOf("a:not([href]), img:not([src])");

	private final Parser parser;

	private final HtmlRenderer renderer;

	/**
	 * The renderer all loads share, built when the first file needs rendering: a start
	 * whose files are all as a snapshot had them never builds it.
	 */
	static MarkdownRenderer shared() {
		return Shared.RENDERER;
	}

	MarkdownRenderer() {
		MutableDataSet options = new MutableDataSet();
		options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), AttributesExtension.create(),
				AnchorLinkExtension.create(), new CodeSpanRenderer()));
		// Raw HTML is not part of the site's Markdown: it is shown as text, never passed
		// through.
		options.set(HtmlRenderer.ESCAPE_HTML, true);
		options.set(HtmlRenderer.RENDER_HEADER_ID, true);
		// Addresses as CommonMark renders them: percent-encoded, so that an address with
		// a space, a backslash or a
		// letter outside ASCII is still a valid URL in the page.
		options.set(HtmlRenderer.PERCENT_ENCODE_URLS, true);
		// Headings become links to themselves (a permalink whose text is the heading, so
		// it reads well alone).
		options.set(AnchorLinkExtension.ANCHORLINKS_WRAP_TEXT, true);
		options.set(AnchorLinkExtension.ANCHORLINKS_SET_ID, false);
		options.set(AnchorLinkExtension.ANCHORLINKS_ANCHOR_CLASS, "permalink");
		this.parser = Parser.builder(options).build();
		this.renderer = HtmlRenderer.builder(options).build();
	}

	Document parse(String markdown) {
		// In CommonMark every line ends with a line break; SplitFile drops the file's
		// last one, without which Flexmark
		// ends a code block left open at the end of the file without its last line break.
		return this.parser.parse(markdown.endsWith("\n") ? markdown : markdown + "\n");
	}

	/**
	 * Renders a parsed body; citations of the given sources become links to the page's
	 * source list.
	 */
	RenderedMarkdown render(Document document, Map<String, Integer> sourceNumbers,
			List<RenderedMarkdown.BodyLink> links, Pictures pictures) {
		return renderCounted(document, sourceNumbers, links, pictures).body();
	}

	/**
	 * Renders a parsed body, and counts the links without an address and pictures without
	 * a source in it: the traces of addresses the allow-list dropped.
	 */
	Rendered renderCounted(Document document, Map<String, Integer> sourceNumbers, List<RenderedMarkdown.BodyLink> links,
			Pictures pictures) {
		// Flexmark is fenced, not trusted: what it renders passes an allow-list before
		// the site adds its own markup.
		org.jsoup.nodes.Document html = SANITISER.clean(Jsoup.parseBodyFragment(this.renderer.render(document), BASE));
		html.outputSettings().prettyPrint(false);
		Element body = html.body();
		int dead = body.select(DEAD).size();
		body.select(IMAGES).forEach((img) -> size(img, pictures.size(img.attr("src"))));
		body.select(LONE_IMAGES).forEach(MarkdownRenderer::figure);
		body.select(IMAGES).forEach((img) -> img.attr("src", pictures.address(img.attr("src"))));
		Map<String, List<String>> citations = cite(body, sourceNumbers);
		List<Heading> headings = body.select(HEADINGS)
			.stream()
			.map((element) -> new Heading(Integer.parseInt(element.tagName().substring(1)), element.id(),
					element.text()))
			.toList();
		List<String> ids = body.select(IDS).stream().map(Element::id).toList();
		return new Rendered(new RenderedMarkdown(body.html(), headings, ids, links, citations, pictures.digests()),
				dead);
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

	private static Map<String, List<String>> cite(Element body, Map<String, Integer> sourceNumbers) {
		Map<String, List<String>> citations = new LinkedHashMap<>();
		for (TextNode text : textNodes(body)) {
			Matcher matcher = CITATION.matcher(text.getWholeText());
			if (!matcher.find() || (text.parent() != null && text.parent().closest("code") != null)) {
				continue;
			}
			Element replacement = new Element("span");
			int last = 0;
			matcher.reset();
			while (matcher.find()) {
				replacement.appendText(text.getWholeText().substring(last, matcher.start()));
				String id = matcher.group(1);
				Integer number = sourceNumbers.get(id);
				if (number == null) {
					replacement.appendText(matcher.group());
				}
				else {
					List<String> places = citations.computeIfAbsent(id, (key) -> new ArrayList<>());
					String place = "cite-" + id + "-" + (places.size() + 1);
					places.add(place);
					Element link = replacement.appendElement("sup").addClass("citation").appendElement("a");
					link.attr("id", place).attr("href", "#source-" + id);
					link.appendElement("span").addClass("visually-hidden").text("source ");
					link.appendText(Integer.toString(number));
				}
				last = matcher.end();
			}
			replacement.appendText(text.getWholeText().substring(last));
			text.before(replacement);
			replacement.unwrap();
			text.remove();
		}
		return citations;
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

	private static final class Shared {

		static final MarkdownRenderer RENDERER = new MarkdownRenderer();

	}

	/**
	 * A rendered body and the number of links and pictures in it whose address the
	 * allow-list dropped.
	 *
	 * @param body the body
	 * @param dead how many links have no address and pictures no source
	 */
	record Rendered(RenderedMarkdown body, int dead) {

	}

	/**
	 * What the renderer knows of the pictures a body shows.
	 *
	 * @param sizes width and height by address as written
	 * @param digests the SHA-256 of the file by address as written
	 */
	record Pictures(Map<String, Dimension> sizes, Map<String, String> digests) {

		/**
		 * The address a page uses: from the site's root, with a version from the file's
		 * digest, so that a changed picture gets a new address and caches may keep each
		 * for a year.
		 */
		String address(String src) {
			String digest = written(this.digests, src);
			String path = src.replaceFirst("^images/", SitePaths.IMAGES);
			return (digest != null) ? path + "?v=" + digest.substring(0, Math.min(10, digest.length())) : path;
		}

		/**
		 * The width and height of the picture at an address as rendered, or {@code null}.
		 */
		Dimension size(String src) {
			return written(this.sizes, src);
		}

		// Flexmark percent-encodes the addresses it renders (images/fjørd.jpg becomes
		// images/fj%C3%B8rd.jpg): a
		// picture is found by its address as written, or by that address encoded, which
		// leaves %XX as it is.
		private static <T> T written(Map<String, T> byAddress, String src) {
			T found = byAddress.get(src);
			if (found != null) {
				return found;
			}
			for (Map.Entry<String, T> entry : byAddress.entrySet()) {
				if (Escaping.percentEncodeUrl(entry.getKey()).equals(src)) {
					return entry.getValue();
				}
			}
			return null;
		}

	}

}
