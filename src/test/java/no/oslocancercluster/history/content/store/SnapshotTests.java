package no.oslocancercluster.history.content.store;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import no.oslocancercluster.history.LocalSite;
import no.oslocancercluster.history.SiteProperties;
import no.oslocancercluster.history.content.model.ContentProblem;
import no.oslocancercluster.history.content.model.Entity;
import no.oslocancercluster.history.content.model.Language;
import no.oslocancercluster.history.content.reading.CheckedFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIOException;

/**
 * A start from a snapshot of checked content must be indistinguishable from a full check,
 * only faster: the same site, the same problems at the same lines, and every changed file
 * (or changed picture) read again.
 */
@ExtendWith(OutputCaptureExtension.class)
class SnapshotTests {

	// The files of the content folder: twelve of text and fourteen of names.
	private static final int FILES = 26;

	private final Validator validator = Validation.buildDefaultValidatorFactory().getValidator();

	@TempDir
	private Path root;

	private Path content;

	private Path snapshot;

	@BeforeEach
	void copyTheContent() {
		this.content = LocalSite.copyOfContent(this.root.resolve("content"));
		this.snapshot = this.root.resolve("cache/content.snapshot");
	}

	@Test
	void aStartFromTheSnapshotHasTheSameSiteInEveryLanguageAndParsesNoFile() throws IOException {
		ContentLoader.Result checked = saveSnapshot();
		ContentLoader loader = new ContentLoader(this.validator);
		assertThat(loader.restore(this.snapshot)).isEqualTo(checked.files());
		ContentLoader.Result restored = loader.check(this.content);
		assertThat(restored.problems()).isEmpty();
		assertThat(restored.reused()).isEqualTo(restored.files()).isEqualTo(FILES);
		assertThat(restored.editions()).isEqualTo(checked.editions());
		assertThat(restored.edition().section("awards").orElseThrow().html()).contains("Gold Label certificate");
	}

	@Test
	void aChangedFileIsReadAgainAndItsProblemsAreTheFullChecksToTheLetter() throws IOException {
		saveSnapshot();
		edit("awards.md", "summary: Oslo Cancer Cluster", "summary:\n  - Oslo Cancer Cluster");
		ContentLoader.Result restored = restoredCheck();
		assertThat(restored.reused()).isEqualTo(FILES - 1);
		assertThat(problems(restored)).isEqualTo(problems(fullCheck()))
			.containsExactly(this.content.resolve("awards.md") + ":3:1: summary: should be a piece of text");
	}

	@Test
	void aNameComesFromTheSnapshotWithEveryFieldAsItWasRead() throws IOException {
		// Every field, the Norwegian name too: a field the snapshot lost would fail.
		Files.writeString(this.content.resolve("names/kaare-norum-test.md"),
				EntityFilesTests.NORUM.replace("  en: Kaare Norum\n", "  en: Kaare Norum\n  nb: Kaare R. Norum\n"));
		ContentLoader.Result checked = saveSnapshot();
		ContentLoader.Result restored = restoredCheck();
		assertThat(restored.reused()).isEqualTo(restored.files()).isEqualTo(FILES + 1);
		assertThat(restored.editions()).isEqualTo(checked.editions());
		Entity norum = restored.edition().entity("kaare-norum-test").orElseThrow();
		assertThat(norum.name(Language.NB)).isEqualTo("Kaare R. Norum");
		assertThat(norum.description(Language.NB)).isEqualTo("tidligere rektor ved Universitetet i Oslo");
		assertThat(norum.wikidata()).isEqualTo("Q4991281");
		assertThat(norum.website()).isEqualTo("https://example.org/norum");
	}

	@Test
	void aChangedNameIsReadAgainAndItsProblemsAreTheFullChecksToTheLetter() throws IOException {
		saveSnapshot();
		edit("names/radforsk.md", "kind: organisation", "kind: company");
		ContentLoader.Result restored = restoredCheck();
		assertThat(restored.reused()).isEqualTo(FILES - 1);
		assertThat(problems(restored)).isEqualTo(problems(fullCheck()))
			.contains(this.content.resolve("names/radforsk.md")
					+ ":5:1: kind: \"company\" is not a kind; write person, organisation, place or programme");
	}

	// The files that did not change come from the snapshot, but the checks across files
	// still see them.
	@Test
	void aLinkFromAnUnchangedFileToADeletedSectionIsStillFound() throws IOException {
		saveSnapshot();
		Files.delete(this.content.resolve("expertise-status.md"));
		Files.delete(this.content.resolve("expertise-status.nb.md"));
		ContentLoader.Result restored = restoredCheck();
		assertThat(restored.reused()).isEqualTo(restored.files()).isEqualTo(FILES - 2);
		assertThat(problems(restored)).isEqualTo(problems(fullCheck()))
			.contains(this.content.resolve("founding.md") + ":24:38: link: \"/expertise-status\" is not a page of "
					+ "this site; the sections are /awards, /expansions, /founding, /innovation-park");
	}

	@Test
	void anUnchangedTranslationOfAChangedOriginalIsCheckedAgainstIt() throws IOException {
		saveSnapshot();
		edit("awards.md", "date: \"2019-12\"", "date: \"2019-11\"");
		ContentLoader.Result restored = restoredCheck();
		assertThat(restored.reused()).isEqualTo(FILES - 1);
		assertThat(problems(restored)).isEqualTo(problems(fullCheck()))
			.containsExactly(this.content.resolve("awards.nb.md") + ":6:5: milestones[1].date: \"2019-12\" is not "
					+ "the date of this milestone in awards.md (\"2019-11\"); a translation keeps its original's dates");
	}

	@Test
	void aChangedPictureIsReadAgainWithItsNewSizeAndAddress() throws IOException {
		Files.createDirectories(this.content.resolve("images"));
		Files.write(this.content.resolve("images/park.png"), png(40, 30));
		edit("awards.md", "## Gold Label renewed",
				"![The park at Montebello](images/park.png)\n\n## Gold Label renewed");
		String before = saveSnapshot().edition().section("awards").orElseThrow().html();
		Files.write(this.content.resolve("images/park.png"), png(80, 60));
		ContentLoader.Result restored = restoredCheck();
		assertThat(restored.reused()).isEqualTo(FILES - 1);
		String after = restored.edition().section("awards").orElseThrow().html();
		assertThat(before).contains("width=\"40\" height=\"30\"");
		assertThat(after).contains("width=\"80\" height=\"60\"")
			.isEqualTo(fullCheck().edition().section("awards").orElseThrow().html());
		assertThat(address(after)).isNotEqualTo(address(before));
	}

	@Test
	void aDamagedSnapshotOrOneOfOtherCodeIsNotUsed() throws IOException {
		saveSnapshot();
		byte[] bytes = Files.readAllBytes(this.snapshot);
		byte[] cut = Arrays.copyOf(bytes, bytes.length / 2);
		Files.write(this.snapshot, cut);
		assertThatIOException().isThrownBy(this::restore).withMessage("damaged: its checksum does not match");
		// One byte of the text of a section, which would otherwise be served as it is.
		byte[] changed = bytes.clone();
		int at = new String(bytes, StandardCharsets.ISO_8859_1).indexOf("Gold Label certificate</a>");
		changed[at] = 'H';
		Files.write(this.snapshot, changed);
		assertThatIOException().isThrownBy(this::restore).withMessage("damaged: its checksum does not match");
		Files.write(this.snapshot, bytes);
		CheckedFiles files = ContentSnapshot.read(this.snapshot, ContentSnapshot.build());
		ContentSnapshot.write(this.snapshot, "another build", files);
		assertThatIOException().isThrownBy(this::restore).withMessage("a snapshot of another build");
	}

	@Test
	void theCodeASnapshotBelongsToIsTheBuildAndTheBytesOfEveryClassOfTheSite() throws IOException {
		assertThat(ContentSnapshot.build())
			.matches("history 1\\.0\\.0-SNAPSHOT 20\\S+ [0-9a-f]+ [0-9a-f]+ \\([0-9]+ libraries\\)");
		List<String> classes = CodeKey.classes().stream().map(CodeKey::name).toList();
		try (Stream<Path> compiled = Files.walk(Path.of("target/classes/no/oslocancercluster/history"))) {
			List<String> built = compiled.filter((file) -> file.toString().endsWith(".class"))
				.map((file) -> Path.of("target/classes/no/oslocancercluster/history").relativize(file).toString())
				.toList();
			assertThat(classes).containsAll(built).contains("serving/PageCache.class", "web/HistoryController.class");
		}
		assertThat(CodeKey.libraries()).anyMatch((jar) -> jar.startsWith("flexmark-0."))
			.anyMatch((jar) -> jar.startsWith("spring-webmvc-"))
			.anyMatch((jar) -> jar.startsWith("imageio-webp-"));
	}

	@Test
	void theSiteStartsFromItsSnapshotAndSavesOneWhenThereIsNone(CapturedOutput output) throws IOException {
		store();
		assertThat(output).contains("No snapshot of checked content at " + this.snapshot + " yet: every file is read")
			.contains("(0 of " + FILES + " files as the snapshot had them)")
			.contains("Saved the checked content to " + this.snapshot);
		ContentStore store = store();
		assertThat(output).contains("(" + FILES + " of " + FILES + " files as the snapshot had them)");
		edit("founding.md", "Together, they initiated", "Together, we read, they initiated");
		store.reload();
		assertThat(output).contains("Reloaded " + FILES + " content files (1 read again)");
		assertThat(store.current().section("founding").orElseThrow().html()).contains("we read");
	}

	@Test
	void aSiteWhoseSnapshotIsDamagedStartsAsIfThereWereNone(CapturedOutput output) throws IOException {
		Files.createDirectories(this.snapshot.getParent());
		Files.writeString(this.snapshot, "not a snapshot");
		ContentStore store = store();
		assertThat(output).contains("Not using the snapshot of checked content at " + this.snapshot + " (damaged")
			.contains("(0 of " + FILES + " files as the snapshot had them)");
		assertThat(store.current().sections()).hasSize(5);
		assertThat(new ContentLoader(this.validator).restore(this.snapshot)).isEqualTo(FILES);
	}

	private ContentStore store() {
		return new ContentStore(
				new SiteProperties(this.content, false, null, "main", "http://localhost", this.snapshot, true),
				(event) -> {
				});
	}

	private ContentLoader.Result saveSnapshot() throws IOException {
		ContentLoader loader = new ContentLoader(this.validator);
		ContentLoader.Result result = loader.check(this.content);
		assertThat(result.problems()).isEmpty();
		loader.save(this.snapshot);
		return result;
	}

	private void restore() throws IOException {
		new ContentLoader(this.validator).restore(this.snapshot);
	}

	private ContentLoader.Result restoredCheck() throws IOException {
		ContentLoader loader = new ContentLoader(this.validator);
		loader.restore(this.snapshot);
		return loader.check(this.content);
	}

	private ContentLoader.Result fullCheck() {
		return new ContentLoader(this.validator).check(this.content);
	}

	private void edit(String file, String from, String to) throws IOException {
		String text = Files.readString(this.content.resolve(file));
		assertThat(text).contains(from);
		Files.writeString(this.content.resolve(file), text.replaceFirst(Pattern.quote(from), to));
	}

	private static List<String> problems(ContentLoader.Result result) {
		return result.problems().stream().map(ContentProblem::toString).toList();
	}

	private static String address(String html) {
		return html.replaceFirst("(?s).*src=\"([^\"]+)\".*", "$1");
	}

	private static byte[] png(int width, int height) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), "png", out);
		return out.toByteArray();
	}

}
