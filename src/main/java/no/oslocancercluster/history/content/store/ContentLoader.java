package no.oslocancercluster.history.content.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CoderResult;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.validation.Validator;
import no.oslocancercluster.history.content.checks.SiteChecks;
import no.oslocancercluster.history.content.checks.TranslationChecks;
import no.oslocancercluster.history.content.frontmatter.FrontMatterReader;
import no.oslocancercluster.history.content.frontmatter.OverviewFrontMatter;
import no.oslocancercluster.history.content.frontmatter.SectionFrontMatter;
import no.oslocancercluster.history.content.markdown.BodyReader;
import no.oslocancercluster.history.content.model.ContentException;
import no.oslocancercluster.history.content.model.ContentProblem;
import no.oslocancercluster.history.content.model.Editions;
import no.oslocancercluster.history.content.model.Language;
import no.oslocancercluster.history.content.model.Overview;
import no.oslocancercluster.history.content.model.PictureFile;
import no.oslocancercluster.history.content.model.RenderedMarkdown;
import no.oslocancercluster.history.content.model.Section;
import no.oslocancercluster.history.content.model.Site;
import no.oslocancercluster.history.content.model.SitePaths;
import no.oslocancercluster.history.content.model.SplitFile;
import no.oslocancercluster.history.content.reading.CheckedFiles;
import no.oslocancercluster.history.content.reading.ContentName;
import no.oslocancercluster.history.content.reading.ContentRoot;
import no.oslocancercluster.history.content.reading.GitDates;
import no.oslocancercluster.history.content.reading.ReadOverview;
import no.oslocancercluster.history.content.reading.ReadSection;
import no.oslocancercluster.history.content.reading.SectionReader;

/**
 * Reads a content folder into a {@link Site}: read, split, bind and validate front
 * matter, render Markdown, check links across files. Every problem in every file is
 * collected, and any problem at all means no site. The site, the check command and the
 * tests all use this one implementation.
 */
public class ContentLoader {

	// Far more than a section of a history needs (about 10,000 words), and a bound on
	// what a hostile or broken file
	// can make the Markdown parser do.
	public static final int MAX_FILE_SIZE = 64 * 1024;

	private final FrontMatterReader frontMatter;

	// The files of the last check that had no problems of their own: what reading each
	// found needs no second read
	// while its bytes stay the same (a reload after an editor changes one file reads that
	// file only).
	private volatile CheckedFiles checked = CheckedFiles.NONE;

	public ContentLoader(Validator validator) {
		this.frontMatter = new FrontMatterReader(validator);
	}

	/**
	 * Loads the folder, or throws a {@link ContentException} that lists every problem
	 * found.
	 */
	public Site load(Path folder) {
		Result result = check(folder);
		if (!result.problems().isEmpty()) {
			throw new ContentException(result.problems());
		}
		return result.site();
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
		SectionReader reader = new SectionReader(this.frontMatter, new BodyReader(root::picture));
		Map<String, LocalDate> updated = files.isEmpty() ? Map.of() : GitDates.of(folder);
		List<FileResult> results = readAll(files, reader, updated, this.checked, root);
		Map<String, CheckedFiles.CheckedFile> checkedFiles = new LinkedHashMap<>();
		int reused = 0;
		for (FileResult result : results) {
			if (result.checked() != null) {
				checkedFiles.put(result.name(), result.checked());
			}
			reused += result.reused() ? 1 : 0;
		}
		this.checked = new CheckedFiles(Collections.unmodifiableMap(checkedFiles));
		Map<Language, ReadOverview> overviews = new EnumMap<>(Language.class);
		Map<Language, List<ReadSection>> sections = new EnumMap<>(Language.class);
		for (Language language : Language.values()) {
			sections.put(language, new ArrayList<>());
		}
		for (FileResult result : results) {
			problems.addAll(result.problems());
			if (result.overview() != null) {
				overviews.put(result.overview().language(), result.overview());
			}
			if (result.section() != null) {
				sections.get(result.section().language()).add(result.section());
			}
		}
		if (!overviews.containsKey(Language.EN) && problems.isEmpty()) {
			problems.add(new ContentProblem(folder.resolve(SitePaths.OVERVIEW_FILE).toString(), 1, 1, null,
					"the home page text is missing; add this file with a title, a summary and the overview"));
		}
		sections.values().forEach((list) -> SiteChecks.checkOrders(list, problems));
		SiteChecks.checkLinks(overviews, sections, problems);
		TranslationChecks.check(sections, problems);
		// Each file's problems in the order of its lines, whichever check found them.
		problems.sort(Comparator.comparing(ContentProblem::path)
			.thenComparingInt(ContentProblem::line)
			.thenComparingInt(ContentProblem::column));
		Editions editions = problems.isEmpty() ? editions(overviews, sections) : null;
		Map<String, PictureFile> pictures = problems.isEmpty() ? pictures(results, root, true) : Map.of();
		Map<String, PictureFile> published = problems.isEmpty() ? pictures(results, root, false) : Map.of();
		return new Result(editions, pictures, published, files.size(), reused, List.copyOf(problems));
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

	// The pictures the text shows, by their address on the site, with the bytes that were
	// checked; those of drafts
	// only when asked for.
	private static Map<String, PictureFile> pictures(List<FileResult> results, ContentRoot root, boolean drafts) {
		Map<String, PictureFile> pictures = new LinkedHashMap<>();
		for (FileResult result : results) {
			if (!drafts && result.section() != null && result.section().draft()) {
				continue;
			}
			RenderedMarkdown body = (result.overview() != null) ? result.overview().body()
					: (result.section() != null) ? result.section().body() : RenderedMarkdown.EMPTY;
			for (String address : body.pictures().keySet()) {
				String file = address.replaceFirst("^/", "");
				pictures.put("/" + file, root.picture(file));
			}
		}
		return Collections.unmodifiableMap(pictures);
	}

	private static Editions editions(Map<Language, ReadOverview> overviews, Map<Language, List<ReadSection>> sources) {
		Map<Language, Overview> overview = new EnumMap<>(Language.class);
		overviews.forEach((language, source) -> overview.put(language, source.overview()));
		Map<Language, Map<String, Section>> sections = new EnumMap<>(Language.class);
		sources.forEach((language, list) -> sections.put(language,
				list.stream()
					.map(ReadSection::section)
					.filter(Objects::nonNull)
					.collect(Collectors.toMap(Section::slug, Function.identity()))));
		Site english = new Site(overview.get(Language.EN), List.copyOf(sections.get(Language.EN).values()));
		return Editions.of(english, overview, sections);
	}

	// Files are independent until the checks across files: read them on every core, keep
	// them in file order.
	// The pool's threads must see the application's class loader (Bean Validation finds
	// its expression language
	// through it; in the packaged jar the system class loader cannot).
	private static List<FileResult> readAll(List<Path> files, SectionReader reader, Map<String, LocalDate> updated,
			CheckedFiles checked, ContentRoot root) {
		ClassLoader loader = Thread.currentThread().getContextClassLoader();
		return files.parallelStream().map((file) -> {
			Thread thread = Thread.currentThread();
			ClassLoader previous = thread.getContextClassLoader();
			thread.setContextClassLoader(loader);
			try {
				return readFile(file, reader, updated.get(file.getFileName().toString()), checked, root);
			}
			finally {
				thread.setContextClassLoader(previous);
			}
		}).toList();
	}

	private static FileResult readFile(Path file, SectionReader reader, LocalDate updated, CheckedFiles checked,
			ContentRoot root) {
		List<ContentProblem> problems = new ArrayList<>();
		String fileName = file.getFileName().toString();
		byte[] bytes = bytes(file, problems);
		CheckedFiles.CheckedFile found = (bytes != null) ? checked.find(fileName, bytes, root) : null;
		SplitFile source = (bytes != null) ? source(file, bytes, found != null, problems) : null;
		ContentName name = (source != null) ? ContentName.of(fileName, source, problems) : null;
		if (name == null) {
			return new FileResult(fileName, null, null, null, false, problems);
		}
		boolean overviewFile = name.base().equals(SitePaths.OVERVIEW);
		Class<? extends Record> kind = overviewFile ? OverviewFrontMatter.class : SectionFrontMatter.class;
		CheckedFiles.CheckedFile before = (found != null && found.matter(kind) != null) ? found : null;
		if (overviewFile) {
			ReadOverview overview = reader.readOverview(name.language(), source, updated, before, problems);
			CheckedFiles.CheckedFile now = (problems.isEmpty() && overview != null)
					? new CheckedFiles.CheckedFile(bytes, overview.matter(), overview.body()) : null;
			return new FileResult(fileName, overview, null, now, before != null, problems);
		}
		ReadSection section = reader.readSection(name, source, updated, before, problems);
		CheckedFiles.CheckedFile now = (problems.isEmpty() && section.matter() != null)
				? new CheckedFiles.CheckedFile(bytes, section.matter(), section.body()) : null;
		return new FileResult(fileName, null, section, now, before != null, problems);
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

	private static byte[] bytes(Path file, List<ContentProblem> problems) {
		byte[] bytes;
		try {
			bytes = ContentRoot.read(file, MAX_FILE_SIZE);
		}
		catch (IOException ex) {
			problems.add(new ContentProblem(file.toString(), 1, 1, null, "the file cannot be read"));
			return null;
		}
		if (bytes.length > MAX_FILE_SIZE) {
			problems.add(new ContentProblem(file.toString(), 1, 1, null,
					"the file is " + size(file, bytes) / 1024 + " KB; a content file can be at most "
							+ MAX_FILE_SIZE / 1024 + " KB: split it into two sections"));
			return null;
		}
		return bytes;
	}

	private static long size(Path file, byte[] start) {
		try {
			return Files.size(file);
		}
		catch (IOException ex) {
			return start.length;
		}
	}

	// A file checked before is known to be UTF-8; any other is decoded strictly, to find
	// where it is not.
	private static SplitFile source(Path file, byte[] bytes, boolean checked, List<ContentProblem> problems) {
		if (checked) {
			return split(file, new String(bytes, StandardCharsets.UTF_8), problems);
		}
		ByteBuffer in = ByteBuffer.wrap(bytes);
		CharBuffer out = CharBuffer.allocate(bytes.length);
		CoderResult result = StandardCharsets.UTF_8.newDecoder().decode(in, out, true);
		if (result.isError()) {
			problems.add(new ContentProblem(file.toString(), lineAt(bytes, in.position()), 1, null,
					"the file is not UTF-8 text (a character here is in another encoding); save it as UTF-8"));
			return null;
		}
		return split(file, out.flip().toString(), problems);
	}

	private static SplitFile split(Path file, String text, List<ContentProblem> problems) {
		return SplitFile.split(file.toString(), text.startsWith("\uFEFF") ? text.substring(1) : text, problems);
	}

	private static int lineAt(byte[] bytes, int position) {
		int line = 1;
		for (int i = 0; i < position; i++) {
			line += (bytes[i] == '\n') ? 1 : 0;
		}
		return line;
	}

	/**
	 * What reading one file found.
	 *
	 * @param name the file's name
	 * @param overview the overview it holds, or {@code null}
	 * @param section the section it holds, or {@code null}
	 * @param checked what the next load can take instead of reading it again, or
	 * {@code null} when it has problems
	 * @param reused whether this load took it from an earlier one
	 * @param problems its problems
	 */
	private record FileResult(String name, ReadOverview overview, ReadSection section, CheckedFiles.CheckedFile checked,
			boolean reused, List<ContentProblem> problems) {

	}

	/**
	 * What a check of a content folder found.
	 *
	 * @param editions the site in every language, or {@code null} when there are problems
	 * @param pictures the pictures the text shows by their address on the site, as
	 * checked; empty with problems
	 * @param published those of them that published pages show: drafts' own pictures are
	 * not among them
	 * @param files how many Markdown files were read
	 * @param reused how many of them were as an earlier load found them, and were not
	 * parsed again
	 * @param problems every problem, in file order
	 */
	public record Result(Editions editions, Map<String, PictureFile> pictures, Map<String, PictureFile> published,
			int files, int reused, List<ContentProblem> problems) {

		/**
		 * The English site, or {@code null} when there are problems.
		 */
		public Site site() {
			return (this.editions != null) ? this.editions.english() : null;
		}

	}

}
