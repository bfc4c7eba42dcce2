package no.oslocancercluster.history.content.store;

import java.nio.file.Path;

import jakarta.validation.Validation;
import no.oslocancercluster.history.content.model.Edition;
import no.oslocancercluster.history.content.model.Entity;
import no.oslocancercluster.history.content.model.EntityKind;
import no.oslocancercluster.history.content.model.Language;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests of the names' files in {@code content/names/}: what an editor sees when one is
 * right, when one is wrong, and when the text links to a name that has no file.
 */
class EntityFilesTests {

	static final String NORUM = """
			---
			name:
			  en: Kaare Norum
			kind: person
			description:
			  en: former Principal of the University of Oslo
			  nb: tidligere rektor ved Universitetet i Oslo
			wikidata: Q4991281
			website: https://example.org/norum
			---
			""";

	private static final String FOUNDING = """
			---
			title: Founding
			summary: How it began.
			order: 1
			milestones: []
			---

			## Initiated {#initiated}

			In 2006, [Kaare Norum](/names/kaare-norum) and [Jónas Einarsson](/names/jonas-einarson) met.
			""";

	private final ContentLoader loader = new ContentLoader(Validation.buildDefaultValidatorFactory().getValidator());

	private ContentFolder folder;

	@BeforeEach
	void createFolder(@TempDir Path root) {
		this.folder = new ContentFolder(root);
	}

	@Test
	void readsANameWithItsKindDescriptionAndAddresses() {
		this.folder.write("names/kaare-norum.md", NORUM);
		Edition edition = this.loader.load(this.folder.root());
		Entity norum = edition.entity("kaare-norum").orElseThrow();
		assertThat(norum.kind()).isEqualTo(EntityKind.PERSON);
		assertThat(norum.name(Language.NB)).isEqualTo("Kaare Norum");
		assertThat(norum.nameLanguage(Language.NB)).isEqualTo(Language.EN);
		assertThat(norum.description(Language.NB)).isEqualTo("tidligere rektor ved Universitetet i Oslo");
		assertThat(norum.wikidata()).isEqualTo("Q4991281");
		assertThat(norum.website()).isEqualTo("https://example.org/norum");
		assertThat(norum.href(Language.NB)).isEqualTo("/nb/names/kaare-norum");
	}

	@Test
	void reportsEveryProblemOfANameFileAtItsLine() {
		this.folder.write("names/Radforsk.md", """
				---
				name:
				  nb: Radforsk
				kind: company
				descripton: CEO
				wikidata: 4991281
				website: www.radforsk.no
				---

				Radforsk is an investment company.
				""");
		String file = this.folder.path("names/Radforsk.md");
		assertThat(this.folder.problems(this.loader)).containsExactly(
				file + ":1:1: file name: \"Radforsk.md\" cannot become a web address; use lowercase letters, digits "
						+ "and hyphens, like kaare-norum.md",
				file + ":2:1: name.en: is missing or empty; write the name in English",
				file + ":4:1: kind: \"company\" is not a kind; write person, organisation, place or programme",
				file + ":5:1: descripton: unknown field; did you mean description?",
				file + ":6:1: wikidata: \"4991281\" is not a Wikidata id; write Q and its number, like Q42",
				file + ":7:1: website: \"www.radforsk.no\" is not a web address; write it in full, starting with "
						+ "https://",
				file + ":10:1: text: a name's file has front matter only; put what the history says of it in "
						+ "description, and remove the text below the second ---");
	}

	@Test
	void aNameWithoutKindOrNameSaysWhatToWrite() {
		this.folder.write("names/montebello.md", """
				---
				wikidata: Q42
				---
				""");
		String file = this.folder.path("names/montebello.md");
		assertThat(this.folder.problems(this.loader)).containsExactly(
				file + ":2:1: name: is missing; give the name in English, and in bokmål if you can: "
						+ "name: {en: Kaare Norum, nb: Kaare Norum}",
				file + ":2:1: kind: is missing; write person, organisation, place or programme");
	}

	@Test
	void aDescriptionInBokmalOnlyAsksForTheEnglish() {
		this.folder.write("names/radforsk.md", """
				---
				name: {en: Radforsk}
				kind: organisation
				description:
				  nb: et investeringsselskap
				---
				""");
		assertThat(this.folder.problems(this.loader)).containsExactly(this.folder.path("names/radforsk.md")
				+ ":4:1: description.en: is missing or empty; write the description in English, in the words of "
				+ "the history");
	}

	@Test
	void aLinkToANameWithoutAFileNamesTheClosestNames() {
		this.folder.write("names/kaare-norum.md", NORUM).write("names/jonas-einarsson.md", """
				---
				name: {en: Jónas Einarsson}
				kind: person
				---
				""").write("names/radforsk.md", """
				---
				name: {en: Radforsk}
				kind: organisation
				---
				""").write("founding.md", FOUNDING);
		assertThat(this.folder.problems(this.loader)).containsExactly(this.folder.path("founding.md")
				+ ":10:48: link: \"/names/jonas-einarson\" is not a name of this site; the closest names are "
				+ "/names/jonas-einarsson, /names/kaare-norum, /names/radforsk, or add its file, "
				+ "content/names/jonas-einarson.md");
	}

	// The file is there: what is wrong is in it, and the links to it would only repeat
	// that (with "add its file" besides).
	@Test
	void aNameWhoseFileHasAProblemHasThatProblemOnlyNotOneForEachLinkToIt() {
		this.folder.write("names/kaare-norum.md", NORUM.replace("kind: person", "kind: professor"))
			.write("names/jonas-einarson.md", """
					---
					name: {en: Jónas Einarsson}
					kind: person
					---
					""")
			.write("founding.md", FOUNDING);
		assertThat(this.folder.problems(this.loader)).containsExactly(this.folder.path("names/kaare-norum.md")
				+ ":4:1: kind: \"professor\" is not a kind; write person, organisation, place or programme");
	}

	@Test
	void aLinkToANameWhenThereAreNoNamesSaysWhichFileToAdd() {
		this.folder.write("founding.md", FOUNDING.replace("[Jónas Einarsson](/names/jonas-einarson)", "Einarsson"));
		assertThat(this.folder.problems(this.loader)).containsExactly(this.folder.path("founding.md")
				+ ":10:10: link: \"/names/kaare-norum\" is not a name of this site; add its file, "
				+ "content/names/kaare-norum.md");
	}

	@Test
	void aLinkToAPlaceOnANamesPageIsRefused() {
		this.folder.write("names/kaare-norum.md", NORUM)
			.write("founding.md", FOUNDING.replace("(/names/kaare-norum)", "(/nb/names/kaare-norum#life)")
				.replace("[Jónas Einarsson](/names/jonas-einarson)", "Einarsson"));
		assertThat(this.folder.problems(this.loader)).containsExactly(this.folder.path("founding.md")
				+ ":10:10: link: \"/nb/names/kaare-norum#life\" points to #life, but a name's page has no places to "
				+ "link to; link to /nb/names/kaare-norum");
	}

}
