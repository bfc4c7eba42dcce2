package no.oslocancercluster.history.content.markdown;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.vladsch.flexmark.ext.anchorlink.AnchorLinkExtension;
import com.vladsch.flexmark.ext.attributes.AttributesExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.MutableDataSet;
import no.oslocancercluster.history.content.model.Heading;
import no.oslocancercluster.history.content.model.RenderedMarkdown;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;

/**
 * Renders Markdown bodies to HTML with Flexmark, then shapes the HTML the site's way:
 * figures for pictures, numbered links for citations. Built once and shared, as
 * Flexmark's parser and renderer are thread-safe.
 */
class MarkdownRenderer {

	/**
	 * A citation, {@code [@id]}, with the source's id in its group.
	 */
	static final Pattern CITATION = Citations.PATTERN;

	// Relative addresses are checked against this stand-in for the site's own address,
	// and kept relative.
	private static final String BASE = "https://site.invalid/";

	// Flexmark is fenced, not trusted: what it renders passes the site's allow-list
	// before the site adds its own markup.
	private static final Cleaner SANITISER = new Cleaner(new MarkdownSafelist());

	// Queries parsed once: jsoup parses a query string again on every select, which cost
	// more than the selects.
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
		// a space, a backslash or a letter outside ASCII is still a valid URL in the
		// page.
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
		// last one, without which Flexmark ends a code block left open at the end of the
		// file without its last line break.
		return this.parser.parse(markdown.endsWith("\n") ? markdown : markdown + "\n");
	}

	/**
	 * Renders a parsed body; citations of the given sources become links to the page's
	 * source list.
	 */
	RenderedMarkdown render(Document document, Map<String, Integer> sourceNumbers,
			List<RenderedMarkdown.BodyLink> links, PicturesShown pictures) {
		return renderCounted(document, sourceNumbers, links, pictures).body();
	}

	/**
	 * Renders a parsed body, and counts the links without an address and pictures without
	 * a source in it: the traces of addresses the allow-list dropped.
	 */
	Rendered renderCounted(Document document, Map<String, Integer> sourceNumbers, List<RenderedMarkdown.BodyLink> links,
			PicturesShown pictures) {
		org.jsoup.nodes.Document html = SANITISER.clean(Jsoup.parseBodyFragment(this.renderer.render(document), BASE));
		html.outputSettings().prettyPrint(false);
		Element body = html.body();
		int dead = body.select(DEAD).size();
		Figures.shape(body, pictures);
		Map<String, List<String>> citations = Citations.cite(body, sourceNumbers);
		List<Heading> headings = headings(body);
		List<String> ids = body.select(IDS).stream().map(Element::id).toList();
		return new Rendered(new RenderedMarkdown(body.html(), headings, ids, links, citations, pictures.digests()),
				dead);
	}

	private static List<Heading> headings(Element body) {
		return body.select(HEADINGS)
			.stream()
			.map((element) -> new Heading(Integer.parseInt(element.tagName().substring(1)), element.id(),
					element.text()))
			.toList();
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

}
