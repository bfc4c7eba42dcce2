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
 * Every form of Markdown that makes a link or a picture is checked like an inline one,
 * and HTML is a problem with the Markdown way to do the same thing.
 */
class MarkdownFormsTests {

	private static final String SECTION = """
			---
			title: Awards
			summary: Gold Label.
			order: 1
			milestones: []
			---

			## Gold Label {#gold-label}

			""";

	private final ContentLoader loader = new ContentLoader(Validation.buildDefaultValidatorFactory().getValidator());

	private ContentFolder folder;

	@BeforeEach
	void createFolder(@TempDir Path root) {
		this.folder = new ContentFolder(root);
	}

	@Test
	void checksAReferenceLinkAtItsUseWithTheLineOfItsDefinition() {
		List<String> problems = problems("See [the prize][prize] and [the park][park].\n\n[prize]: /no-such-page\n"
				+ "[park]: /awards#nowhere\n");
		assertThat(problems).containsExactly(
				at(10, 5) + "link: \"/no-such-page\" (the address of [prize] on line 12) is not a page of this site; "
						+ "the sections are /awards",
				at(10, 28) + "link: \"/awards#nowhere\" (the address of [park] on line 13) points to #nowhere, "
						+ "which is not an id in awards.md; add {#nowhere} to a heading there, or use one of: gold-label");
	}

	@Test
	void checksAReferencePictureLikeAnInlineOne() {
		List<String> problems = problems("![][pic]\n\n![A logo][logo]\n\n[pic]: images/missing.jpg\n"
				+ "[logo]: https://example.org/logo.png\n");
		assertThat(problems).containsExactly(
				at(10, 1) + "image: has no alt text; describe what the picture shows between the brackets: "
						+ "![The innovation park at Montebello](images/missing.jpg)",
				at(10, 1) + "image: \"images/missing.jpg\" does not exist; add the picture to content/images or "
						+ "correct its name (the address of [pic] on line 14)",
				at(12, 1) + "image: \"https://example.org/logo.png\" (the address of [logo] on line 15) is not in "
						+ "the content's images folder; put the picture in content/images and write images/its-name.jpg");
	}

	@Test
	void reportsAFullReferenceThatIsDefinedNowhere() {
		assertThat(problems("See [the prize][prize] [sic] and ![A logo][logo].\n")).containsExactly(
				at(10, 5) + "link: [the prize][prize] uses [prize], which is defined nowhere in this file; add a line "
						+ "[prize]: /the-address (or https://...) below the paragraph",
				at(10, 34) + "image: ![A logo][logo] uses [logo], which is defined nowhere in this file; add a line "
						+ "[logo]: /the-address (or https://...) below the paragraph");
	}

	@Test
	void checksAutolinksOfEveryScheme() {
		assertThat(problems("<JaVaScRiPt:alert(1)> <irc://irc.example.org/history> <https://example.org> "
				+ "<editor@example.org>\n"))
			.containsExactly(
					at(10, 1) + "link: \"JaVaScRiPt:alert(1)\" is not allowed; link to web pages with https:// or to "
							+ "sections with /their-name",
					at(10, 23) + "link: \"irc://irc.example.org/history\" is not allowed; link to web pages with "
							+ "https:// or to sections with /their-name");
	}

	@Test
	void acceptsEveryFormThatLeadsSomewhere() {
		this.folder.write("awards.md", SECTION + "[Gold][gold], <https://example.org>, <editor@example.org> and "
				+ "[the web](https://example.org).\n\n[gold]: /awards#gold-label\n");
		assertThat(this.loader.load(this.folder.root()).section("awards").orElseThrow().html())
			.contains("<a href=\"/awards#gold-label\">Gold</a>")
			.contains("<a href=\"https://example.org\">https://example.org</a>")
			.contains("<a href=\"mailto:editor@example.org\">editor@example.org</a>");
	}

	@Test
	void refusesAttributesOtherThanAnId() {
		assertThat(problems("Text {onclick=\"alert(1)\"}\n\n## Heading {.red}\n")).containsExactly(
				at(10, 7) + "attribute: {onclick=\"alert(1)\"} is not part of the site's Markdown; only an id is, "
						+ "written {#the-id}, and the look comes from the stylesheet",
				at(12, 13) + "attribute: {.red} is not part of the site's Markdown; only an id is, written {#the-id}, "
						+ "and the look comes from the stylesheet");
	}

	private List<String> problems(String body) {
		this.folder.write("awards.md", SECTION + body);
		return this.folder.problems(this.loader);
	}

	private String at(int line, int column) {
		return this.folder.path("awards.md") + ":" + line + ":" + column + ": ";
	}

}
