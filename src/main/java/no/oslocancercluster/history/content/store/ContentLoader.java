package no.oslocancercluster.history.content.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.validation.Validator;
import no.oslocancercluster.history.content.checks.SiteChecks;
import no.oslocancercluster.history.content.checks.TranslationChecks;
import no.oslocancercluster.history.content.frontmatter.FrontMatterReader;
import no.oslocancercluster.history.content.markdown.BodyReader;
import no.oslocancercluster.history.content.model.ContentException;
import no.oslocancercluster.history.content.model.ContentProblem;
import no.oslocancercluster.history.content.model.Edition;
import no.oslocancercluster.history.content.model.Editions;
import no.oslocancercluster.history.content.model.Language;
import no.oslocancercluster.history.content.model.PictureFile;
import no.oslocancercluster.history.content.model.SitePaths;
import no.oslocancercluster.history.content.reading.CheckedFiles;
import no.oslocancercluster.history.content.reading.ContentRoot;
import no.oslocancercluster.history.content.reading.EntityReader;
import no.oslocancercluster.history.content.reading.GitDates;
import no.oslocancercluster.history.content.reading.SectionReader;
import no.oslocancercluster.history.content.store.ContentFiles.FileResult;

/**
 * Reads a content folder into a {@link Edition}: read, split, bind and validate front
 * matter, render Markdown, read the names, check links across files. Every problem in
 * every file is collected, and any problem at all means no site. The site, the check
 * command and the tests all use this one implementation.
 */
public class ContentLoader {

	// Far more than a section of a history needs (about 10,000 words), and a bound on
	// what a hostile or broken file can make the Markdown parser do.
	public static final int MAX_FILE_SIZE = 64 * 1024;

	private final FrontMatterReader frontMatter;

	private final EntityReader entities;

	// The files of the last check that had no problems of their own: what reading each
	// found needs no second read while its bytes stay the same (a reload after an editor
	// changes one file reads that file only).
	private volatile CheckedFiles checked = CheckedFiles.NONE;

	public ContentLoader(Validator validator) {
		this(new FrontMatterReader(validator));
	}

	ContentLoader(FrontMatterReader frontMatter) {
		this.frontMatter = frontMatter;
		this.entities = new EntityReader(this.frontMatter);
	}

	/**
	 * Loads the folder, or throws a {@link ContentException} that lists every problem
	 * found.
	 */
	public Edition load(Path folder) {
		Result result = check(folder);
		if (!result.problems().isEmpty()) {
			throw new ContentException(result.problems());
		}
		return result.edition();
	}

	/**
	 * Reads and checks the folder: the site in every language when there are no problems,
	 * and every problem found.
	 */
	public Result check(Path folder) {
		List<ContentProblem> problems = new ArrayList<>();
		ContentRoot root = new ContentRoot(folder);
		List<Path> files = markdownFiles(root, problems);
		problems.addAll(root.links());
		CheckedFiles before = this.checked;
		ContentFiles reading = new ContentFiles(new SectionReader(this.frontMatter, new BodyReader(root::picture)),
				files.isEmpty() ? Map.of() : GitDates.of(folder), before, root);
		List<FileResult> results = reading.readAll(files);
		results.forEach((result) -> problems.addAll(result.problems()));
		EntityFiles.Names names = EntityFiles.readAll(root, this.entities, before, problems);
		this.checked = checkedFiles(results, names.checked());
		ReadTexts texts = ReadTexts.of(results, names.entities());
		checkAcrossFiles(folder, texts, names.ids(), problems);
		Editions editions = problems.isEmpty() ? texts.editions() : null;
		Map<String, PictureFile> pictures = problems.isEmpty() ? reading.pictures(results, true) : Map.of();
		Map<String, PictureFile> published = problems.isEmpty() ? reading.pictures(results, false) : Map.of();
		int reused = (int) results.stream().filter(FileResult::reused).count() + names.reused();
		return new Result(editions, pictures, published, files.size() + names.files(), reused, List.copyOf(problems));
	}

	// What the next check can take instead of reading again: the files without problems.
	private static CheckedFiles checkedFiles(List<FileResult> results, Map<String, CheckedFiles.CheckedFile> names) {
		Map<String, CheckedFiles.CheckedFile> checkedFiles = new LinkedHashMap<>();
		for (FileResult result : results) {
			if (result.checked() != null) {
				checkedFiles.put(result.name(), result.checked());
			}
		}
		checkedFiles.putAll(names);
		return new CheckedFiles(Collections.unmodifiableMap(checkedFiles));
	}

	private static void checkAcrossFiles(Path folder, ReadTexts texts, Set<String> names,
			List<ContentProblem> problems) {
		if (!texts.overviews().containsKey(Language.EN) && problems.isEmpty()) {
			problems.add(new ContentProblem(folder.resolve(SitePaths.OVERVIEW_FILE).toString(), 1, 1, null,
					"the home page text is missing; add this file with a title, a summary and the overview"));
		}
		texts.sections().values().forEach((list) -> SiteChecks.checkOrders(list, problems));
		SiteChecks.checkLinks(texts.overviews(), texts.sections(), names, problems);
		TranslationChecks.check(texts.sections(), problems);
		// Each file's problems in the order of its lines, whichever check found them.
		problems.sort(Comparator.comparing(ContentProblem::path)
			.thenComparingInt(ContentProblem::line)
			.thenComparingInt(ContentProblem::column));
	}

	/**
	 * Forgets the files checked so far: the next check reads every file.
	 */
	public void forget() {
		this.checked = CheckedFiles.NONE;
	}

	/**
	 * Takes the checked files of a snapshot that an earlier load of this build saved, so
	 * that the next check need not read again the files it holds; a snapshot that cannot
	 * be used is ignored, with the reason.
	 * @return how many checked files the snapshot holds
	 * @throws IOException when there is no snapshot of this build there, or it cannot be
	 * read whole
	 */
	public int restore(Path snapshot) throws IOException {
		CheckedFiles files = ContentSnapshot.read(snapshot, build());
		this.checked = files;
		return files.size();
	}

	/**
	 * Saves the checked files of the last load, for the next start of this build to
	 * {@link #restore} them.
	 * @throws IOException when the snapshot cannot be written, or this build has no build
	 * information
	 */
	public void save(Path snapshot) throws IOException {
		ContentSnapshot.write(snapshot, build(), this.checked);
	}

	private static String build() throws IOException {
		String build = ContentSnapshot.build();
		if (build == null) {
			throw new IOException("this build of the site has no build information to tell its snapshots by");
		}
		return build;
	}

	private static List<Path> markdownFiles(ContentRoot root, List<ContentProblem> problems) {
		if (!Files.isDirectory(root.folder())) {
			problems.add(new ContentProblem(root.folder().toString(), 1, 1, null,
					"the content folder does not exist; give the folder that holds the history"));
			return List.of();
		}
		try {
			return root.markdownFiles();
		}
		catch (IOException ex) {
			problems.add(new ContentProblem(root.folder().toString(), 1, 1, null, "the content folder cannot be read"));
			return List.of();
		}
	}

	/**
	 * What a check of a content folder found.
	 *
	 * @param editions the site in every language, or {@code null} when there are problems
	 * @param pictures the pictures the text shows by their address on the site, as
	 * checked; empty with problems
	 * @param published those of them that published pages show: drafts' own pictures are
	 * not among them
	 * @param files how many Markdown files were read, the names' files among them
	 * @param reused how many of them were as an earlier load found them, and were not
	 * parsed again
	 * @param problems every problem, in file order
	 */
	public record Result(Editions editions, Map<String, PictureFile> pictures, Map<String, PictureFile> published,
			int files, int reused, List<ContentProblem> problems) {

		/**
		 * The English site, or {@code null} when there are problems.
		 */
		public Edition edition() {
			return (this.editions != null) ? this.editions.english() : null;
		}

	}

}
