package no.oslocancercluster.history.content.checks;

import java.nio.file.Path;

import jakarta.validation.Validation;
import no.oslocancercluster.history.content.model.Edition;
import no.oslocancercluster.history.content.model.Editions;
import no.oslocancercluster.history.content.model.Language;
import no.oslocancercluster.history.content.model.Milestone;
import no.oslocancercluster.history.content.model.Section;
import no.oslocancercluster.history.content.store.ContentFolder;
import no.oslocancercluster.history.content.store.ContentLoader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Translations beside their originals ({@code awards.nb.md} beside {@code awards.md}):
 * what the site makes of them, and what an editor is told when a translation and its
 * original tell different histories.
 */
class TranslationTests {

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
			sources:
			  - id: ecei
			    title: ECEI labels
			---

			## Gold Label {#gold-label}

			Oslo Cancer Cluster was awarded the Gold Label certificate in December 2019 [@ecei].

			## Mature Cluster status {#mature-cluster}

			Mature Cluster status came in the beginning of 2021. See [the start](/founding).
			""";

	private static final String FOUNDING = """
			---
			title: Founding
			summary: It began in 2006.
			order: 1
			milestones: []
			---

			## Initiated {#initiated}

			In 2006.
			""";

	private static final String AWARDS_NB = """
			---
			title: Utmerkelser
			summary: Oslo Cancer Cluster fikk Gold Label i desember 2019.
			order: 4
			milestones:
			  - date: "2019-12"
			    title: Gold Label
			    anchor: gold-label
			  - date: "2021"
			    qualifier: beginning
			    title: Status som Mature Cluster
			    anchor: mature-cluster
			sources:
			  - id: ecei
			    title: ECEI-merker
			---

			## Gold Label {#gold-label}

			Oslo Cancer Cluster fikk Gold Label-sertifiseringen i desember 2019 [@ecei].

			## Status som Mature Cluster {#mature-cluster}

			Status som Mature Cluster kom i begynnelsen av 2021. Se [begynnelsen](/nb/founding#initiated).
			""";

	private final ContentLoader loader = new ContentLoader(Validation.buildDefaultValidatorFactory().getValidator());

	private ContentFolder folder;

	@BeforeEach
	void createFolder(@TempDir Path root) {
		this.folder = new ContentFolder(root).write("awards.md", AWARDS).write("founding.md", FOUNDING);
	}

	@Test
	void translationIsTheSectionOfItsLanguage() {
		this.folder.write("awards.nb.md", AWARDS_NB);
		Editions editions = this.loader.check(this.folder.root()).editions();
		Section awards = editions.get(Language.NB).section("awards").orElseThrow();
		assertThat(awards.title()).isEqualTo("Utmerkelser");
		assertThat(awards.href()).isEqualTo("/nb/awards");
		assertThat(awards.file()).isEqualTo("awards.nb.md");
		assertThat(awards.fallback()).isFalse();
		assertThat(awards.milestones()).extracting(Milestone::href)
			.containsExactly("/nb/awards#gold-label", "/nb/awards#mature-cluster");
		assertThat(editions.english().section("awards").orElseThrow().title()).isEqualTo("Awards and recognitions");
	}

	@Test
	void missingTranslationFallsBackToTheEnglishTextAtTheTranslatedAddress() {
		this.folder.write("awards.nb.md", AWARDS_NB);
		Edition norwegian = this.loader.check(this.folder.root()).editions().get(Language.NB);
		Section founding = norwegian.section("founding").orElseThrow();
		assertThat(founding.title()).isEqualTo("Founding");
		assertThat(founding.fallback()).isTrue();
		assertThat(founding.textLanguage()).isEqualTo(Language.EN);
		assertThat(founding.href()).isEqualTo("/nb/founding");
		assertThat(founding.file()).isEqualTo("founding.md");
		assertThat(norwegian.sections()).extracting(Section::slug).containsExactly("founding", "awards");
		assertThat(norwegian.overview().textLanguage()).isEqualTo(Language.EN);
	}

	@Test
	void pagesInTheirOwnLanguageAreTheAlternates() {
		this.folder.write("awards.nb.md", AWARDS_NB);
		Editions editions = this.loader.check(this.folder.root()).editions();
		assertThat(editions.translations("/awards")).containsExactly(Language.EN, Language.NB);
		assertThat(editions.translations("/founding")).containsExactly(Language.EN);
		assertThat(editions.translations("/")).containsExactly(Language.EN);
		assertThat(editions.translations("/timeline")).containsExactly(Language.EN, Language.NB);
	}

	@Test
	void translationWithoutAMilestoneOfTheOriginal() {
		this.folder.write("awards.nb.md", AWARDS_NB.replace("""
				  - date: "2021"
				    qualifier: beginning
				    title: Status som Mature Cluster
				    anchor: mature-cluster
				""", ""));
		assertThat(this.folder.problems(this.loader)).containsExactly(this.folder.path("awards.nb.md")
				+ ":5:1: milestones: awards.md has the milestone \"Mature Cluster status\" (anchor: mature-cluster),"
				+ " which this translation lacks; add it with the same date and anchor");
	}

	@Test
	void translationWithAMilestoneTheOriginalLacks() {
		this.folder.write("awards.nb.md", AWARDS_NB.replace("anchor: mature-cluster", "anchor: mature")
			.replace("{#mature-cluster}", "{#mature}"));
		assertThat(this.folder.problems(this.loader)).containsExactly(
				this.folder.path("awards.nb.md") + ":5:1: milestones: awards.md has the milestone \"Mature Cluster"
						+ " status\" (anchor: mature-cluster), which this translation lacks; add it with the same date"
						+ " and anchor",
				this.folder.path("awards.nb.md") + ":12:5: milestones[2].anchor: \"mature\" is not the anchor of a"
						+ " milestone in awards.md; a translation has the same milestones as its original, with the"
						+ " same anchors");
	}

	@Test
	void translationWithAnotherDate() {
		this.folder.write("awards.nb.md", AWARDS_NB.replace("\"2019-12\"", "\"2019-11\""));
		assertThat(this.folder.problems(this.loader)).containsExactly(this.folder.path("awards.nb.md")
				+ ":6:5: milestones[1].date: \"2019-11\" is not the date of this milestone in awards.md (\"2019-12\");"
				+ " a translation keeps its original's dates");
	}

	@Test
	void translationWithAnotherQualifier() {
		this.folder.write("awards.nb.md", AWARDS_NB.replace("qualifier: beginning", "qualifier: end"));
		assertThat(this.folder.problems(this.loader)).containsExactly(this.folder.path("awards.nb.md")
				+ ":9:5: milestones[2].date: \"end 2021\" is not the date of this milestone in awards.md"
				+ " (\"beginning 2021\"); a translation keeps its original's dates");
	}

	@Test
	void translationWithoutASourceOfTheOriginal() {
		this.folder.write("awards.nb.md", AWARDS_NB.replace("""
				sources:
				  - id: ecei
				    title: ECEI-merker
				""", "").replace(" [@ecei]", ""));
		assertThat(this.folder.problems(this.loader)).containsExactly(this.folder.path("awards.nb.md")
				+ ":2:1: sources: awards.md cites the source \"ecei\", which this translation lacks; add it with the"
				+ " same id");
	}

	@Test
	void translationInAnotherPlaceOfTheReadingOrder() {
		this.folder.write("awards.nb.md", AWARDS_NB.replace("order: 4", "order: 2"));
		assertThat(this.folder.problems(this.loader)).containsExactly(this.folder.path("awards.nb.md")
				+ ":4:1: order: 2 is not the place of awards.md (4); a translation keeps its original's place in the"
				+ " reading order");
	}

	@Test
	void translationWithoutAnOriginal() {
		this.folder.write("prizes.nb.md", AWARDS_NB);
		assertThat(this.folder.problems(this.loader)).contains(this.folder.path("prizes.nb.md")
				+ ":1:1: file name: \"prizes.nb.md\" translates prizes.md, which does not exist; give the translation"
				+ " the name of its English original");
	}

	@Test
	void fileInALanguageTheSiteDoesNotHave() {
		this.folder.write("awards.de.md", AWARDS);
		assertThat(this.folder.problems(this.loader)).containsExactly(this.folder.path("awards.de.md")
				+ ":1:1: file name: \"de\" in \"awards.de.md\" is not a language of this site; name a bokmål"
				+ " translation like founding.nb.md, and use no other dots in a file name");
	}

	@Test
	void translationLinksToAPageMissingInItsLanguage() {
		this.folder.write("awards.nb.md", AWARDS_NB.replace("/nb/founding#initiated", "/nb/grunnlegging"));
		assertThat(this.folder.problems(this.loader)).containsExactly(this.folder.path("awards.nb.md")
				+ ":24:57: link: \"/nb/grunnlegging\" is not a page of this site; the sections are /nb/awards,"
				+ " /nb/founding");
	}

	@Test
	void norwegianOverviewIsTheNorwegianHomePage() {
		this.folder.write("index.nb.md", """
				---
				title: Vår historie
				summary: Hvordan Oslo Cancer Cluster ble til.
				---
				Oslo Cancer Cluster ble etablert i 2006.
				""");
		Editions editions = this.loader.check(this.folder.root()).editions();
		assertThat(editions.get(Language.NB).overview().title()).isEqualTo("Vår historie");
		assertThat(editions.get(Language.NB).overview().file()).isEqualTo("index.nb.md");
		assertThat(editions.translations("/")).containsExactly(Language.EN, Language.NB);
	}

}
