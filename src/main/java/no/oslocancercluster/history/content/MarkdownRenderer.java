package no.oslocancercluster.history.content;

import java.util.List;

import com.vladsch.flexmark.ext.anchorlink.AnchorLinkExtension;
import com.vladsch.flexmark.ext.attributes.AttributesExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.MutableDataSet;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * Renders Markdown bodies to HTML with Flexmark; built once and shared, as Flexmark's parser and renderer are
 * thread-safe.
 */
class MarkdownRenderer {

	private final Parser parser;

	private final HtmlRenderer renderer;

	MarkdownRenderer() {
		MutableDataSet options = new MutableDataSet();
		options.set(Parser.EXTENSIONS,
				List.of(TablesExtension.create(), AttributesExtension.create(), AnchorLinkExtension.create()));
		// Raw HTML is not part of the site's Markdown: it is shown as text, never passed through.
		options.set(HtmlRenderer.ESCAPE_HTML, true);
		options.set(HtmlRenderer.RENDER_HEADER_ID, true);
		// Headings become links to themselves (a permalink whose text is the heading, so it reads well alone).
		options.set(AnchorLinkExtension.ANCHORLINKS_WRAP_TEXT, true);
		options.set(AnchorLinkExtension.ANCHORLINKS_SET_ID, false);
		options.set(AnchorLinkExtension.ANCHORLINKS_ANCHOR_CLASS, "permalink");
		this.parser = Parser.builder(options).build();
		this.renderer = HtmlRenderer.builder(options).build();
	}

	Document parse(String markdown) {
		return this.parser.parse(markdown);
	}

	RenderedMarkdown render(Document document) {
		String html = this.renderer.render(document);
		org.jsoup.nodes.Document rendered = Jsoup.parseBodyFragment(html);
		List<Heading> headings = rendered.select("h2[id], h3[id], h4[id], h5[id], h6[id]")
			.stream()
			.map(MarkdownRenderer::heading)
			.toList();
		List<String> ids = rendered.body().select("[id]").stream().map(Element::id).toList();
		return new RenderedMarkdown(html, headings, ids);
	}

	private static Heading heading(Element element) {
		return new Heading(Integer.parseInt(element.tagName().substring(1)), element.id(), element.text());
	}

}
