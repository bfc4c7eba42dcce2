package no.oslocancercluster.history.content.markdown;

import java.nio.file.Path;
import java.util.List;

import jakarta.validation.Validation;
import no.oslocancercluster.history.content.model.Edition;
import no.oslocancercluster.history.content.model.Section;
import no.oslocancercluster.history.content.model.Source;
import no.oslocancercluster.history.content.store.ContentFolder;
import no.oslocancercluster.history.content.store.ContentLoader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for what the Markdown of a section may say: links, pictures, sources, drafts.
 */
class MarkdownChecksTests {

	private static final String PARK = """
			---
			title: Innovation Park
			summary: The park opened in May 2015.
			order: 1
			milestones:
			  - date: "2015-05"
			    title: The park opens
			    anchor: opening
			    source: annual-2015
			sources:
			  - id: annual-2015
			    title: Annual report 2015
			    publisher: Oslo Cancer Cluster
			    url: https://example.org/report-2015
			---

			## The park opens {#opening}

			The park opened in May 2015 [@annual-2015].
			""";

	private static final String AWARDS = """
			---
			title: Awards
			summary: Gold Label.
			order: 2
			milestones: []
			---

			## Gold Label {#gold-label}

			Awarded in December 2019.
			""";

	private final ContentLoader loader = new ContentLoader(Validation.buildDefaultValidatorFactory().getValidator());

	private ContentFolder folder;

	@BeforeEach
	void createFolder(@TempDir Path root) {
		this.folder = new ContentFolder(root).write("awards.md", AWARDS);
	}

	@Test
	void citationBecomesANumberedLinkToTheSourceListAndBack() {
		Section park = load(PARK).section("innovation-park").orElseThrow();
		assertThat(park.html()).contains("May 2015 <sup class=\"citation\"><a id=\"cite-annual-2015-1\" "
				+ "href=\"#source-annual-2015\"><span class=\"visually-hidden\">source </span>1</a></sup>.");
		assertThat(park.sources()).containsExactly(new Source("annual-2015", 1, "Annual report 2015",
				"Oslo Cancer Cluster", "https://example.org/report-2015", List.of("cite-annual-2015-1")));
		assertThat(park.milestones().get(0).source().title()).isEqualTo("Annual report 2015");
	}

	@Test
	void rejectsCitationOfASourceThatIsNotListed() {
		this.folder.write("innovation-park.md", PARK.replace("[@annual-2015]", "[@annual-2016]"));
		assertThat(problems()).containsExactly(this.folder.path("innovation-park.md")
				+ ":19:29: citation: [@annual-2016] is not a source of this section; add it under sources: in the front matter (its sources are annual-2015)");
	}

	@Test
	void rejectsMilestoneSourceThatIsNotListed() {
		this.folder.write("innovation-park.md", PARK.replace("source: annual-2015", "source: annual"));
		assertThat(problems()).containsExactly(this.folder.path("innovation-park.md")
				+ ":9:5: milestones[1].source: \"annual\" is not a source of this section; add it under sources: in the front matter (its sources are annual-2015)");
	}

	@Test
	void rejectsSourceWithoutTitleAndWithAddressThatIsNotAWebAddress() {
		this.folder.write("innovation-park.md", PARK.replace("    title: Annual report 2015\n", "")
			.replace("https://example.org/report-2015", "report.pdf"));
		assertThat(problems()).containsExactlyInAnyOrder(
				this.folder.path("innovation-park.md")
						+ ":11:5: sources[1].title: is missing or empty; give the title of the source",
				this.folder.path("innovation-park.md")
						+ ":13:5: sources[1].url: \"report.pdf\" is not a web address; write it in full, starting with https://");
	}

	@Test
	void rendersAPictureAloneInItsParagraphAsAFigureWithCaptionAndCredit() {
		this.folder.write("images/park.jpg", TestPictures.jpeg(40, 30));
		Section park = load(
				PARK + "\n![The park at Montebello](images/park.jpg \"The park in 2015 | Photo: Jane Doe\")\n")
			.section("innovation-park")
			.orElseThrow();
		assertThat(park.html())
			.containsPattern("<figure><img src=\"/images/park.jpg\\?v=[0-9a-f]{10}\" alt=\"The park at Montebello\" "
					+ "width=\"40\" height=\"30\" loading=\"eager\" fetchpriority=\"high\" decoding=\"async\"><figcaption>The park in 2015 <span class=\"credit\">Photo: Jane Doe</span></figcaption></figure>");
	}

	@Test
	void givesPicturesTheirSizeSoThePageDoesNotJumpWhileTheyLoad() throws java.io.IOException {
		java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
		javax.imageio.ImageIO
			.write(new java.awt.image.BufferedImage(640, 480, java.awt.image.BufferedImage.TYPE_INT_RGB), "png", png);
		this.folder.write("images/park.png", png.toByteArray());
		Section park = load(PARK + "\n![The park at Montebello](images/park.png)\n").section("innovation-park")
			.orElseThrow();
		assertThat(park.html()).containsPattern("<figure><img src=\"/images/park-480w.png\\?v=([0-9a-f]{10})\" "
				+ "alt=\"The park at Montebello\" width=\"640\" height=\"480\" srcset=\"/images/park-480w.png\\?v=\\1 480w, "
				+ "/images/park.png\\?v=\\1 640w\" sizes=\"[^\"]+\" loading=\"eager\" fetchpriority=\"high\" "
				+ "decoding=\"async\"></figure>");
	}

	@Test
	void findsThePictureOfANameOutsideAsciiThoughItsAddressIsPercentEncoded() throws java.io.IOException {
		java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
		javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(64, 48, java.awt.image.BufferedImage.TYPE_INT_RGB),
				"png", png);
		this.folder.write("images/åpning.png", png.toByteArray());
		Section park = load(PARK + "\n![The opening](images/åpning.png)\n").section("innovation-park").orElseThrow();
		assertThat(park.html()).containsPattern("<figure><img src=\"/images/%C3%A5pning.png\\?v=[0-9a-f]{10}\" "
				+ "alt=\"The opening\" width=\"64\" height=\"48\"");
	}

	@Test
	void rejectsPictureWithoutAltText() {
		this.folder.write("images/park.jpg", TestPictures.jpeg(40, 30));
		this.folder.write("innovation-park.md", PARK + "\nThe park: ![](images/park.jpg)\n");
		assertThat(problems()).containsExactly(this.folder.path("innovation-park.md")
				+ ":21:11: image: has no alt text; describe what the picture shows between the brackets: ![The innovation park at Montebello](images/park.jpg)");
	}

	@Test
	void rejectsPictureThatIsMissingOrFromElsewhere() {
		this.folder.write("innovation-park.md",
				PARK + "\n![The park](images/missing.jpg)\n\n![A logo](https://example.org/logo.png)\n");
		assertThat(problems()).containsExactly(this.folder.path("innovation-park.md")
				+ ":21:1: image: \"images/missing.jpg\" does not exist; add the picture to content/images or correct its name",
				this.folder.path("innovation-park.md")
						+ ":23:1: image: \"https://example.org/logo.png\" is not in the content's images folder; put the picture in content/images and write images/its-name.jpg");
	}

	@Test
	void acceptsLinksToSectionsTheirHeadingsAndTheWeb() {
		this.folder.write("innovation-park.md",
				PARK + "\nSee [the award](/awards#gold-label), [the timeline](/timeline), "
						+ "[above](#opening) and [ECEI](https://www.cluster-excellence.eu).\n");
		assertThat(this.loader.load(this.folder.root()).section("innovation-park")).isPresent();
	}

	@Test
	void rejectsLinksThatLeadNowhere() {
		this.folder.write("innovation-park.md",
				PARK + "\n[a](/prizes) [b](/awards#gold) [c](awards.md) [d](#nowhere) [e](javascript:alert(1))\n");
		String file = this.folder.path("innovation-park.md");
		assertThat(problems()).containsExactly(file
				+ ":21:1: link: \"/prizes\" is not a page of this site; the sections are /awards, /innovation-park",
				file + ":21:14: link: \"/awards#gold\" points to #gold, which is not an id in awards.md; add {#gold} to a heading there, or use one of: gold-label",
				file + ":21:32: link: \"awards.md\" does not start with /; link to another section as /awards",
				file + ":21:47: link: \"#nowhere\" points to #nowhere, which is not an id in innovation-park.md; add {#nowhere} to a heading there, or use one of: opening",
				file + ":21:61: link: \"javascript:alert(1)\" is not allowed; link to web pages with https:// or to sections with /their-name");
	}

	@Test
	void rejectsPublishedLinkToADraftButLetsDraftsLinkToEachOther() {
		this.folder.write("awards.md", AWARDS.replace("order: 2", "order: 2\ndraft: true"));
		this.folder.write("innovation-park.md", PARK + "\nSee [the award](/awards).\n");
		assertThat(problems()).containsExactly(this.folder.path("innovation-park.md")
				+ ":21:5: link: \"/awards\" leads to a draft, which visitors cannot see; link to it once it is published");
		this.folder.write("innovation-park.md",
				PARK.replace("order: 1", "order: 1\ndraft: true") + "\nSee [the award](/awards).\n");
		assertThat(this.loader.load(this.folder.root()).sections()).hasSize(2);
	}

	@Test
	void checksTheLinksOfTheHomePageToo() {
		this.folder.write("index.md",
				ContentFolder.OVERVIEW + "\nRead about [the awards](/awards#gold) and [this](#top).\n");
		this.folder.write("innovation-park.md", PARK);
		assertThat(problems()).containsExactly(this.folder.path("index.md")
				+ ":7:12: link: \"/awards#gold\" points to #gold, which is not an id in awards.md; add {#gold} to a heading there, or use one of: gold-label",
				this.folder.path("index.md")
						+ ":7:43: link: \"#top\" points to #top, which is not an id in index.md; add {#top} to a heading there");
	}

	@Test
	void explainsThatADraftIsTrueOrFalse() {
		this.folder.write("innovation-park.md", PARK.replace("order: 1", "order: 1\ndraft: yes please"));
		assertThat(problems()).containsExactly(
				this.folder.path("innovation-park.md") + ":5:1: draft: \"yes please\" is not true or false");
	}

	@Test
	void draftIsLoadedAndMarkedSoThatOnlyThePreviewShowsIt() {
		Edition site = load(PARK.replace("order: 1", "order: 1\ndraft: true"));
		assertThat(site.section("innovation-park")).get().extracting(Section::draft).isEqualTo(true);
		assertThat(site.withoutDrafts().section("innovation-park")).isEmpty();
		assertThat(site.withoutDrafts().milestoneCount()).isZero();
		assertThat(site.withoutDrafts().section("awards")).isPresent();
	}

	@Test
	void usesTheEditorsUpdatedDayOutsideARepository() {
		Section awards = load(PARK).section("awards").orElseThrow();
		assertThat(awards.updated()).isNull();
		this.folder.write("awards.md", AWARDS.replace("order: 2", "order: 2\nupdated: \"2024-05-31\""));
		assertThat(load(PARK).section("awards").orElseThrow().updated()).hasToString("2024-05-31");
	}

	@Test
	void rejectsUpdatedThatIsNotADay() {
		this.folder.write("awards.md", AWARDS.replace("order: 2", "order: 2\nupdated: \"2024-05\""));
		this.folder.write("innovation-park.md", PARK);
		assertThat(problems()).containsExactly(
				this.folder.path("awards.md") + ":5:1: updated: \"2024-05\" is not a day; write it as 2024-05-31");
	}

	@Test
	void reportsAnUpdatedThatIsNoDateAtAllOnce() {
		this.folder.write("awards.md", AWARDS.replace("order: 2", "order: 2\nupdated: \"last spring\""));
		this.folder.write("innovation-park.md", PARK);
		assertThat(problems()).containsExactly(
				this.folder.path("awards.md") + ":5:1: updated: \"last spring\" is not a day; write it as 2024-05-31");
	}

	private Edition load(String park) {
		this.folder.write("innovation-park.md", park);
		return this.loader.load(this.folder.root());
	}

	private List<String> problems() {
		return this.folder.problems(this.loader);
	}

}
