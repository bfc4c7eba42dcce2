package no.oslocancercluster.history.changes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import no.oslocancercluster.history.content.store.ContentFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The change report, word for word, for the edits editors make: a typo fixed, a milestone
 * added, a section removed, a translation left behind.
 */
class ChangesCommandTests {

	@TempDir
	Path temp;

	@Test
	void typoFixed() {
		String report = ChangeFixture.report(this.temp, (head) -> head.write("founding.md",
				ChangeFixture.FOUNDING.replace("natural cluster in oncology", "natural cluster in oncolgy")));
		assertThat(report).isEqualTo(
				"""
						## What visitors will see

						**Pages:** 0 added, 1 changed, 0 removed · **Timeline:** none · **Translations:** 1 note

						### Pages changed

						#### The founding, `/founding` (English, `founding.md`)

						- Changed:
						  - before: …and Jónas Einarsson saw a natural cluster in **oncology.**
						  - after: …and Jónas Einarsson saw a natural cluster in **oncolgy.**

						### Translations

						- `founding.nb.md` may be out of date: `founding.md` changed and its translation did not. Check that it still tells the same.
						""");
	}

	@Test
	void milestoneAdded() {
		String report = ChangeFixture.report(this.temp, (head) -> {
			head.write("awards.md", ChangeFixture.AWARDS.replace("---\n## Gold", """
					  - date: "2022-12"
					    title: Gold Label renewed
					    anchor: renewed
					---
					## Gold""") + "\n## Renewed {#renewed}\n\nIn December 2022 the Gold Label was renewed.\n");
			head.write("awards.nb.md", ChangeFixture.AWARDS_NB.replace("---\n## Gold", """
					  - date: "2022-12"
					    title: Gold Label fornyet
					    anchor: renewed
					---
					## Gold""") + "\n## Fornyet {#renewed}\n\nI desember 2022 ble Gold Label fornyet.\n");
		}, "--site=https://example.github.io/history/pr-preview/pr-7/");
		assertThat(report).isEqualTo(
				"""
						## What visitors will see

						**Pages:** 0 added, 2 changed, 0 removed · **Timeline:** 2 changes · **Translations:** none

						### Pages changed

						#### [Awards](https://example.github.io/history/pr-preview/pr-7/awards) (English, `awards.md`)

						- Added: Renewed
						- Added: In December 2022 the Gold Label was renewed.

						#### [Priser](https://example.github.io/history/pr-preview/pr-7/nb/awards) (Norwegian Bokmål, `awards.nb.md`)

						- Added: Fornyet
						- Added: I desember 2022 ble Gold Label fornyet.

						### Timeline (English)

						- Added: `2022-12`, [Gold Label renewed](https://example.github.io/history/pr-preview/pr-7/awards#renewed) in `awards.md`

						### Timeline (Norwegian Bokmål)

						- Added: `2022-12`, [Gold Label fornyet](https://example.github.io/history/pr-preview/pr-7/nb/awards#renewed) in `awards.nb.md`
						""");
	}

	@Test
	void sectionRemoved() {
		String report = ChangeFixture.report(this.temp, (head) -> {
			delete(head, "awards.md");
			delete(head, "awards.nb.md");
		});
		assertThat(report).isEqualTo("""
				## What visitors will see

				**Pages:** 0 added, 0 changed, 2 removed · **Timeline:** 2 changes · **Translations:** none

				### Pages removed

				- Awards, `/awards` (English, `awards.md`)
				- Priser, `/nb/awards` (Norwegian Bokmål, `awards.nb.md`)

				### Timeline (English)

				- Removed: `2019-12`, Gold Label certificate, was in `awards.md`

				### Timeline (Norwegian Bokmål)

				- Removed: `2019-12`, Gold Label-sertifikat, was in `awards.nb.md`
				""");
	}

	@Test
	void translationLeftBehind() {
		String report = ChangeFixture.report(this.temp, (head) -> head.write("founding.md", ChangeFixture.FOUNDING
			.replace("Together they initiated", "Together, in the spring of 2006, they initiated")));
		assertThat(report).isEqualTo(
				"""
						## What visitors will see

						**Pages:** 0 added, 1 changed, 0 removed · **Timeline:** none · **Translations:** 1 note

						### Pages changed

						#### The founding, `/founding` (English, `founding.md`)

						- Changed:
						  - before: **Together** they initiated Oslo Cancer Cluster.
						  - after: **Together, in the spring of 2006,** they initiated Oslo Cancer Cluster.

						### Translations

						- `founding.nb.md` may be out of date: `founding.md` changed and its translation did not. Check that it still tells the same.
						""");
	}

	@Test
	void translationRemovedAndNewSectionUntranslated() {
		String report = ChangeFixture.report(this.temp, (head) -> {
			delete(head, "founding.nb.md");
			head.write("expansions.md",
					ChangeFixture.AWARDS.replace("title: Awards", "title: Expansions")
						.replace("order: 2", "order: 3")
						.replace("gold-label", "new-building")
						.replace("Gold Label certificate", "A new building"));
		});
		assertThat(report).isEqualTo(
				"""
						## What visitors will see

						**Pages:** 2 added, 0 changed, 0 removed · **Timeline:** 3 changes · **Translations:** 2 notes

						### Pages added

						- Expansions, `/expansions` (English, `expansions.md`)
						- Expansions, `/nb/expansions` (Norwegian Bokmål, the English text of `expansions.md`)

						### Timeline (English)

						- Added: `2019-12`, A new building, `/expansions#new-building` in `expansions.md`

						### Timeline (Norwegian Bokmål)

						- Renamed: `2006`, Oslo Cancer Cluster blir etablert → Oslo Cancer Cluster is initiated, `/nb/founding#initiated`
						- Added: `2019-12`, A new building, `/nb/expansions#new-building` in `expansions.md`

						### Translations

						- `founding.nb.md` was removed: Norwegian Bokmål visitors now read the English text of `founding.md`.
						- `expansions.md` has no Norwegian Bokmål translation: Norwegian Bokmål visitors read the English text. Add `expansions.nb.md` to translate it.
						""");
	}

	@Test
	void theHistorysOwnTextIsNeverReadAsMarkdownOrHtml() {
		String report = ChangeFixture.report(this.temp, (head) -> head.write("founding.md", ChangeFixture.FOUNDING
			.replace("Together they initiated", "Together \\*they\\* initiated \\[this\\] `<img src=x>` |")));
		assertThat(report).contains("  - after: Together **\\*they\\* initiated \\[this\\] \\<img src=x\\> \\|**");
	}

	@Test
	void nothingVisible() {
		String report = ChangeFixture.report(this.temp, (head) -> head.write("awards.md", ChangeFixture.AWARDS + "\n"));
		assertThat(report).isEqualTo("""
				## What visitors will see

				Visitors see no difference: no page, milestone or translation changes.
				""");
	}

	@Test
	void problems() {
		String report = ChangeFixture.report(this.temp,
				(head) -> head.write("awards.md", ChangeFixture.AWARDS.replace("title: Awards", "tittle: Awards")));
		assertThat(report.replace(this.temp.resolve("head").toString(), "HEAD")).isEqualTo("""
				## What visitors will see

				The pages can be compared once the problems below are fixed.

				### Problems

				- HEAD/awards.md:2:1: tittle: unknown field; did you mean title?
				- HEAD/awards.md:2:1: title: is missing or empty; give the section a title
				""");
	}

	private static void delete(ContentFolder folder, String name) {
		try {
			Files.delete(folder.root().resolve(name));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
