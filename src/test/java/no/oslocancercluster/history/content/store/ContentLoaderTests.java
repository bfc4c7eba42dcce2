package no.oslocancercluster.history.content.store;

import java.nio.file.Path;
import java.util.List;

import jakarta.validation.Validation;
import no.oslocancercluster.history.content.model.ContentException;
import no.oslocancercluster.history.content.model.Edition;
import no.oslocancercluster.history.content.model.Heading;
import no.oslocancercluster.history.content.model.HistoricalDate;
import no.oslocancercluster.history.content.model.Milestone;
import no.oslocancercluster.history.content.model.Section;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link ContentLoader}: what an editor sees when a content file is right, and
 * when it is wrong.
 */
class ContentLoaderTests {

	private static final String AWARDS = """
			---
			title: Awards and recognitions
			summary: Oslo Cancer Cluster was awarded the Gold Label in December 2019.
			order: 4
			milestones:
			  - date: "2019-12"
			    title: Gold Label
			    anchor: gold-label
			  - date: "2021"
			    qualifier: beginning
			    title: Mature Cluster status
			    anchor: mature-cluster
			---

			## Gold Label {#gold-label}

			Oslo Cancer Cluster was awarded the Gold Label certificate in December 2019.

			## Mature Cluster status {#mature-cluster}

			Mature Cluster status came in the beginning of 2021.
			""";

	private final ContentLoader loader = new ContentLoader(Validation.buildDefaultValidatorFactory().getValidator());

	private ContentFolder folder;

	@BeforeEach
	void createFolder(@TempDir Path root) {
		this.folder = new ContentFolder(root);
	}

	@Test
	void loadsSectionWithFrontMatterAndRenderedBody() {
		this.folder.write("awards.md", AWARDS);
		Edition site = this.loader.load(this.folder.root());
		Section section = site.section("awards").orElseThrow();
		assertThat(section.title()).isEqualTo("Awards and recognitions");
		assertThat(section.order()).isEqualTo(4);
		assertThat(section.html()).contains("<h2 id=\"gold-label\">")
			.contains("<a href=\"#gold-label\" class=\"permalink\">Gold Label</a>");
		assertThat(section.headings()).extracting(Heading::id).containsExactly("gold-label", "mature-cluster");
		assertThat(section.milestones()).extracting(Milestone::href)
			.containsExactly("/awards#gold-label", "/awards#mature-cluster");
		assertThat(section.milestones().get(1).date().qualifier()).isEqualTo(HistoricalDate.Qualifier.BEGINNING);
		assertThat(section.period()).contains("2019\u20132021");
		assertThat(site.overview().html()).contains("<p>Oslo Cancer Cluster was initiated in 2006.</p>");
	}

	@Test
	void keepsQuotedValuesAsYamlMeansThem() {
		this.folder.write("awards.md", AWARDS.replace("title: Gold Label\n", "title: \"Gold: Label\"\n"));
		Section section = this.loader.load(this.folder.root()).section("awards").orElseThrow();
		assertThat(section.milestones().get(0).title()).isEqualTo("Gold: Label");
	}

	@Test
	void rejectsUnknownFieldWithSuggestion() {
		this.folder.write("awards.md", AWARDS.replace("title: Awards and recognitions", "tittle: Awards"));
		assertThat(problems())
			.contains(this.folder.path("awards.md") + ":2:1: tittle: unknown field; did you mean title?")
			.contains(this.folder.path("awards.md") + ":2:1: title: is missing or empty; give the section a title");
	}

	@Test
	void rejectsUnknownFieldInMilestoneAndListsTheFields() {
		this.folder.write("awards.md",
				AWARDS.replace("    anchor: gold-label\n", "    anchor: gold-label\n    photo: x.jpg\n"));
		assertThat(problems()).containsExactly(this.folder.path("awards.md")
				+ ":9:5: milestones[1].photo: unknown field; the fields here are date, qualifier, title, anchor, source");
	}

	@Test
	void rejectsDateThatIsNotADate() {
		this.folder.write("awards.md", AWARDS.replace("\"2019-12\"", "Dec 2019"));
		assertThat(problems()).containsExactly(this.folder.path("awards.md")
				+ ":6:5: milestones[1].date: \"Dec 2019\" is not a date; write 2019-12 (year-month) or 2019-12-05");
	}

	@Test
	void rejectsDateThatDoesNotExist() {
		this.folder.write("awards.md", AWARDS.replace("\"2019-12\"", "\"2019-13\""));
		assertThat(problems()).containsExactly(this.folder.path("awards.md")
				+ ":6:5: milestones[1].date: \"2019-13\" is not a date; write 2019-12 (year-month) or 2019-12-05");
	}

	@Test
	void rejectsQualifierOnAMonth() {
		this.folder.write("awards.md", AWARDS.replace("\"2021\"", "\"2021-03\""));
		assertThat(problems()).containsExactly(this.folder.path("awards.md")
				+ ":10:5: milestones[2].qualifier: only a year can have a qualifier; remove the qualifier or give the date as a year");
	}

	@Test
	void rejectsUnknownQualifier() {
		this.folder.write("awards.md", AWARDS.replace("qualifier: beginning", "qualifier: early"));
		assertThat(problems()).containsExactly(this.folder.path("awards.md")
				+ ":10:5: milestones[2].qualifier: \"early\" is not a qualifier; write beginning, middle or end");
	}

	@Test
	void rejectsMilestoneWithoutTitleAtItsListItem() {
		this.folder.write("awards.md", AWARDS.replace("    title: Gold Label\n", ""));
		assertThat(problems()).containsExactly(this.folder.path("awards.md")
				+ ":6:5: milestones[1].title: is missing or empty; give the milestone a short title");
	}

	@Test
	void rejectsAnchorThatIsNotInTheText() {
		this.folder.write("awards.md", AWARDS.replace("anchor: gold-label", "anchor: gold"));
		assertThat(problems()).containsExactly(this.folder.path("awards.md")
				+ ":8:5: milestones[1].anchor: \"gold\" is not an id in this section's text; add {#gold} to the end of the heading or paragraph that tells this milestone, or use one of: gold-label, mature-cluster");
	}

	@Test
	void rejectsTwoMilestonesWithTheSameAnchor() {
		this.folder.write("awards.md", AWARDS.replace("anchor: mature-cluster", "anchor: gold-label"));
		assertThat(problems()).containsExactly(this.folder.path("awards.md")
				+ ":12:5: milestones[2].anchor: \"gold-label\" is already the anchor of milestone 1; each milestone needs its own heading in the text");
	}

	@Test
	void rejectsSummaryLongerThanADescription() {
		this.folder.write("awards.md", AWARDS.replace("in December 2019.", "x".repeat(150)));
		assertThat(problems()).containsExactly(this.folder.path("awards.md")
				+ ":3:1: summary: is longer than 160 characters; shorten it to one sentence of at most 160 characters (search engines show it)");
	}

	@Test
	void rejectsOrderThatIsNotANumber() {
		this.folder.write("awards.md", AWARDS.replace("order: 4", "order: fourth"));
		assertThat(problems())
			.containsExactly(this.folder.path("awards.md") + ":4:1: order: \"fourth\" is not a whole number");
	}

	@Test
	void rejectsYamlThatDoesNotParse() {
		this.folder.write("awards.md", AWARDS.replace("order: 4", "order: 4: five"));
		assertThat(problems()).singleElement()
			.asString()
			.startsWith(this.folder.path("awards.md") + ":4:")
			.contains("the front matter is not valid YAML")
			.endsWith("check the indentation and put quotes around text that contains a colon");
	}

	@Test
	void rejectsFrontMatterThatNeverCloses() {
		this.folder.write("awards.md", AWARDS.replaceFirst("(?m)^---\n\n", ""));
		assertThat(problems()).containsExactly(this.folder.path("awards.md")
				+ ":1:1: the front matter that starts here never closes; add a line with --- after the last field");
	}

	@Test
	void rejectsFileWithoutFrontMatter() {
		this.folder.write("awards.md", "## Gold Label\n");
		assertThat(problems()).containsExactly(this.folder.path("awards.md")
				+ ":1:1: the file must start with front matter: a line with ---, the fields, then another line with ---");
	}

	@Test
	void rejectsFileThatIsNotUtf8AtTheLineOfTheBadCharacter() {
		byte[] latin1 = AWARDS.replace("December 2019.\n", "December 2019 at Montebello \u00e5.\n")
			.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
		this.folder.write("awards.md", latin1);
		assertThat(problems()).containsExactly(this.folder.path("awards.md")
				+ ":3:1: the file is not UTF-8 text (a character here is in another encoding); save it as UTF-8");
	}

	@Test
	void rejectsTitleHeadingInTheBodyAtItsLine() {
		this.folder.write("awards.md", AWARDS.replace("## Mature Cluster status", "# Mature Cluster status"));
		assertThat(problems()).contains(this.folder.path("awards.md")
				+ ":19:1: heading: the page title comes from the front matter; start headings in the text at ##");
	}

	@Test
	void rejectsTwoSectionsInTheSamePosition() {
		this.folder.write("awards.md", AWARDS).write("prizes.md", AWARDS);
		assertThat(problems()).containsExactly(this.folder.path("prizes.md")
				+ ":4:1: order: 4 is also the position of awards.md; give each section its own place in the reading order");
	}

	@Test
	void rejectsFileNameThatCannotBeAnAddress() {
		this.folder.write("Awards 2019.md", AWARDS);
		assertThat(problems()).containsExactly(this.folder.path("Awards 2019.md")
				+ ":1:1: file name: \"Awards 2019.md\" cannot become a web address; use lowercase letters, digits and hyphens, like further-expansions.md");
	}

	@Test
	void rejectsFileNameOfAPageOfTheSite() {
		this.folder.write("timeline.md", AWARDS);
		assertThat(problems()).containsExactly(this.folder.path("timeline.md")
				+ ":1:1: file name: \"timeline\" is the address of another page of the site; choose another file name");
	}

	@Test
	void rejectsFileNamesOfTheShareCardsAndThePreviews() {
		this.folder.write("cards.md", AWARDS).write("pr-preview.md", AWARDS.replace("order: 4", "order: 5"));
		assertThat(problems()).containsExactlyInAnyOrder(this.folder.path("cards.md")
				+ ":1:1: file name: \"cards\" is the address of another page of the site; choose another file name",
				this.folder.path("pr-preview.md")
						+ ":1:1: file name: \"pr-preview\" is the address of another page of the site; choose another file name");
	}

	@Test
	void reportsEveryProblemInEveryFileAtOnce() {
		this.folder.write("awards.md", AWARDS.replace("\"2019-12\"", "Dec 2019"))
			.write("expansions.md",
					AWARDS.replace("order: 4", "order: 5").replace("title: Awards and recognitions\n", ""));
		assertThat(problems()).hasSize(2)
			.anySatisfy((problem) -> assertThat(problem)
				.startsWith(this.folder.path("awards.md") + ":6:5: milestones[1].date"))
			.anySatisfy((problem) -> assertThat(problem).startsWith(this.folder.path("expansions.md") + ":2:1: title"));
	}

	@Test
	void rejectsFolderWithoutOverview(@TempDir Path empty) {
		assertThatExceptionOfType(ContentException.class).isThrownBy(() -> this.loader.load(empty))
			.withMessage("The content has 1 problem:\n" + empty.resolve("index.md")
					+ ":1:1: the home page text is missing; add this file with a title, a summary and the overview");
	}

	private List<String> problems() {
		return this.folder.problems(this.loader);
	}

}
