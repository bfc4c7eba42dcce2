package no.oslocancercluster.history.content.markdown;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.RefNode;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.attributes.AttributeNode;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import no.oslocancercluster.history.content.model.FileProblems;
import no.oslocancercluster.history.content.model.PictureFile;
import no.oslocancercluster.history.content.model.RenderedMarkdown;
import no.oslocancercluster.history.content.model.SitePaths;

/**
 * What one body's Markdown says, node by node: every form that becomes a link
 * ({@code [a](b)}, {@code [a][ref]}, {@code <https://...>}, {@code <name@host>}) or a
 * picture ({@code ![a](b)}, {@code ![a][ref]}) is collected or checked the same way, and
 * HTML and attributes other than an id are problems at their line and column.
 */
final class BodyScan {

	private final BodyPictures pictures;

	private final BodyReader.Lines lines;

	private final Document document;

	private final FileProblems problems;

	private final List<RenderedMarkdown.BodyLink> links = new ArrayList<>();

	// Links of a scheme the site does not allow, which the allow-list drops from the
	// HTML (pictures from elsewhere are counted by BodyPictures).
	private int refusedLinks;

	// One problem for each kind of tag on a line: <b>bold</b> is one thing to fix.
	private final Set<String> htmlSeen = new HashSet<>();

	BodyScan(Function<String, PictureFile> pictures, BodyReader.Lines lines, Document document, FileProblems problems) {
		this.pictures = new BodyPictures(pictures);
		this.lines = lines;
		this.document = document;
		this.problems = problems;
	}

	// Each node is at most one of the kinds below, so at most one of these acts on it.
	void visit(Node node) {
		visitPicture(node);
		visitLink(node);
		visitMarkup(node);
	}

	private void visitPicture(Node node) {
		if (node instanceof Image image) {
			picture(image, image.getUrl().toString(), image.getText().toString(), "");
		}
		else if (node instanceof ImageRef image) {
			reference(image).ifPresentOrElse((reference) -> picture(image, reference.getUrl().toString(),
					image.getText().toString(), definedAt(reference)), () -> undefined(image, "image"));
		}
	}

	private void visitLink(Node node) {
		if (node instanceof Link link) {
			link(link, link.getUrl().toString(), "");
		}
		else if (node instanceof LinkRef link) {
			reference(link).ifPresentOrElse(
					(reference) -> link(link, reference.getUrl().toString(), definedAt(reference)),
					() -> undefined(link, "link"));
		}
		else if (node instanceof AutoLink link) {
			link(link, link.getUrl().toString(), "");
		}
		else if (node instanceof MailLink link) {
			link(link, "mailto:" + link.getText(), "");
		}
	}

	// What the site's Markdown leaves out: a level-1 heading, HTML, attributes but an id.
	private void visitMarkup(Node node) {
		if (node instanceof Heading heading && heading.getLevel() == 1) {
			problem(node, "heading", "the page title comes from the front matter; start headings in the text at ##");
		}
		else if (node instanceof HtmlBlockBase || node instanceof HtmlInlineBase) {
			html(node);
		}
		else if (node instanceof Text text && unescapedComment(text) >= 0) {
			// A comment Flexmark does not know as one (<!--> and <!---> are comments
			// since CommonMark 0.31).
			html(text.getChars().subSequence(unescapedComment(text)));
		}
		else if (node instanceof AttributeNode attribute && !attribute.isId()) {
			problem(node, "attribute", "{" + attribute.getChars() + "} is not part of the site's Markdown; only an "
					+ "id is, written {#the-id}, and the look comes from the stylesheet");
		}
	}

	int refusedAddresses() {
		return this.refusedLinks + this.pictures.refused();
	}

	// Where a comment starts in text outside code, or -1; \<!-- is text, written so on
	// purpose.
	private static int unescapedComment(Text text) {
		int at = text.getChars().indexOf("<!--");
		boolean escaped = at > 0 && text.getChars().charAt(at - 1) == '\\';
		boolean code = text.getAncestorOfType(Code.class, FencedCodeBlock.class, IndentedCodeBlock.class) != null;
		return (at < 0 || escaped || code) ? -1 : at;
	}

	List<RenderedMarkdown.BodyLink> links() {
		return this.links;
	}

	PicturesShown pictures() {
		return this.pictures.pictures();
	}

	private void link(Node node, String url, String definedAt) {
		int[] at = this.lines.position(node.getStartOffset());
		this.links.add(new RenderedMarkdown.BodyLink(url, at[0], at[1], definedAt));
		this.refusedLinks += SitePaths.allowedScheme(url) ? 0 : 1;
	}

	private void picture(Node node, String url, String alt, String definedAt) {
		if (alt.isBlank()) {
			problem(node, "image", "has no alt text; describe what the picture shows between the brackets: "
					+ "![The innovation park at Montebello](" + url + ")");
		}
		String message = this.pictures.check(url, definedAt.isEmpty() ? "" : " (the address of " + definedAt + ")");
		if (message != null) {
			problem(node, "image", message);
		}
	}

	// [text][ref] and ![alt][ref] with a definition [ref]: /address somewhere in the
	// file.
	private Optional<Reference> reference(RefNode node) {
		return Optional.ofNullable(node.isDefined() ? node.getReferenceNode(this.document) : null);
	}

	// A full reference ([text][ref], ![alt][ref]) without a definition is shown as the
	// brackets themselves; a lone [text] is ordinary text in Markdown (and [@id] a
	// citation), so only the full form is a problem.
	private void undefined(RefNode node, String field) {
		if (node.isReferenceTextCombined() || node.getReference().isBlank()) {
			return;
		}
		problem(node, field,
				node.getChars() + " uses [" + node.getReference() + "], which is defined nowhere in "
						+ "this file; add a line [" + node.getReference()
						+ "]: /the-address (or https://...) below the " + "paragraph");
	}

	private String definedAt(Reference reference) {
		return "[" + reference.getReference() + "] on line " + this.lines.position(reference.getStartOffset())[0];
	}

	private void html(Node node) {
		html(node.getChars());
	}

	private void html(BasedSequence html) {
		int[] at = this.lines.position(html.getStartOffset());
		String text = html.toString();
		if (this.htmlSeen.add(at[0] + ":" + (text.startsWith("<!--") ? "!--" : RawHtml.name(text)))) {
			this.problems.add(at[0], at[1], "html", RawHtml.message(text));
		}
	}

	private void problem(Node node, String field, String message) {
		int[] at = this.lines.position(node.getStartOffset());
		this.problems.add(at[0], at[1], field, message);
	}

}
