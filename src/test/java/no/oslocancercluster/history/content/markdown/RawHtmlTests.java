package no.oslocancercluster.history.content.markdown;

import java.nio.file.Path;
import java.util.List;

import jakarta.validation.Validation;
import no.oslocancercluster.history.content.store.ContentFolder;
import no.oslocancercluster.history.content.store.ContentLoader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * HTML in a content file, inline or as a block, comments included, is a problem at its
 * line and column with the Markdown way to do the same thing; text that only looks like
 * HTML stays text.
 */
class RawHtmlTests {

	private static final String SECTION = """
			---
			title: Awards
			summary: Gold Label.
			order: 1
			milestones: []
			---

			""";

	private final ContentLoader loader = new ContentLoader(Validation.buildDefaultValidatorFactory().getValidator());

	private ContentFolder folder;

	@BeforeEach
	void createFolder(@TempDir Path root) {
		this.folder = new ContentFolder(root);
	}

	@Test
	void refusesInlineHtmlWithTheMarkdownWay() {
		assertThat(problems("First line<br>second, <b>bold</b>, <span style=\"color:red\">red</span> and "
				+ "<script>alert(1)</script>.\n"))
			.containsExactly(
					at(8, 11) + "html: <br> is HTML, which is not part of the site's Markdown; for a line break, end "
							+ "the line with a backslash (\\)",
					at(8, 23) + "html: <b> is HTML, which is not part of the site's Markdown; write **strong text** "
							+ "instead",
					at(8, 36) + "html: <span style=\"color:red\"> is HTML, which is not part of the site's Markdown; "
							+ "remove it: the site's look comes from its stylesheet, and the text reads the same without it",
					at(8, 75) + "html: <script> is HTML, which is not part of the site's Markdown; remove it: the "
							+ "site's look comes from its stylesheet, and the text reads the same without it");
	}

	@Test
	void refusesCommentsAndBlocks() {
		assertThat(problems("A note <!-- check the date --> here.\n\n<!--\nan editor's note\n-->\n\n"
				+ "<div class=\"box\">\n\nBoxed.\n\n</div>\n"))
			.containsExactly(
					at(8, 8) + "html: an HTML comment (<!-- check the date -->) is not part of the site's Markdown; "
							+ "remove it, and leave notes for other editors in the pull request",
					at(10, 1) + "html: an HTML comment (<!-- an editor's note -->) is not part of the site's "
							+ "Markdown; remove it, and leave notes for other editors in the pull request",
					at(14, 1) + "html: <div class=\"box\"> is HTML, which is not part of the site's Markdown; "
							+ "separate paragraphs with an empty line",
					at(18, 1) + "html: </div> is HTML, which is not part of the site's Markdown; separate paragraphs "
							+ "with an empty line");
	}

	@Test
	void namesWhatToWriteForHeadingsAndEmbeddedPlayers() {
		assertThat(problems("<h1>Title</h1>\n\n<h4>Small</h4>\n\n<iframe src=\"https://video.example\"></iframe>\n\n"
				+ "Note <!-- a > b --> here.\n"))
			.containsExactly(
					at(8, 1) + "html: <h1> is HTML, which is not part of the site's Markdown; the page title comes "
							+ "from the front matter; write a heading in the text as ## Heading",
					at(10, 1) + "html: <h4> is HTML, which is not part of the site's Markdown; write a heading as "
							+ "#### Heading",
					at(12, 1) + "html: <iframe src=\"https://video.example\"> is HTML, which is not part of the "
							+ "site's Markdown; the site shows nothing from other sites in its pages; link to it instead: "
							+ "[the video](https://...)",
					at(14, 6) + "html: an HTML comment (<!-- a > b -->) is not part of the site's Markdown; remove "
							+ "it, and leave notes for other editors in the pull request");
	}

	@Test
	void refusesCommentsThatFlexmarkTakesForText() {
		assertThat(problems("Before <!--> and after.\n")).containsExactly(at(8, 8) + "html: an HTML comment (<!-->) is "
				+ "not part of the site's Markdown; remove it, and leave notes for other editors in the pull request");
	}

	@Test
	void keepsTextThatOnlyLooksLikeHtml() {
		this.folder.write("awards.md", SECTION
				+ "When a < b and b > c, write `<b>` or `<!--` in code, or \\<!-- as text.\n\n```\n<div>code</div>\n```\n\n"
				+ "    <span>indented code</span>\n\nFish &amp; chips &copy; 2019.\n");
		assertThat(this.loader.load(this.folder.root()).section("awards").orElseThrow().html()).contains(
				"<p>When a &lt; b and b &gt; c, write <code>&lt;b&gt;</code> or <code>&lt;!--</code> in code, or &lt;!-- as text.</p>")
			.contains("<pre><code>&lt;div&gt;code&lt;/div&gt;\n</code></pre>")
			.contains("<pre><code>&lt;span&gt;indented code&lt;/span&gt;\n</code></pre>")
			.contains("<p>Fish &amp; chips © 2019.</p>");
	}

	private List<String> problems(String body) {
		this.folder.write("awards.md", SECTION + body);
		return this.folder.problems(this.loader);
	}

	private String at(int line, int column) {
		return this.folder.path("awards.md") + ":" + line + ":" + column + ": ";
	}

}
