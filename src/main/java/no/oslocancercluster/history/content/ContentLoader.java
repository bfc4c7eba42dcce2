package no.oslocancercluster.history.content;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CoderResult;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.validation.Validator;

/**
 * Reads a content folder into a {@link Site}: read, split, bind and validate front matter, render Markdown, check
 * links across files. Every problem in every file is collected, and any problem at all means no site. The site,
 * the check command and the tests all use this one implementation.
 */
public class ContentLoader {

	static final String OVERVIEW = "index";

	static final String OVERVIEW_FILE = OVERVIEW + ".md";

	// Far more than a section of a history needs (about 10,000 words), and a bound on what a hostile or broken file
	// can make the Markdown parser do.
	static final int MAX_FILE_SIZE = 64 * 1024;

	private final FrontMatterReader frontMatter;

	private final MarkdownRenderer markdown = new MarkdownRenderer();

	public ContentLoader(Validator validator) {
		this.frontMatter = new FrontMatterReader(validator);
	}

	/**
	 * Loads the folder, or throws a {@link ContentException} that lists every problem found.
	 */
	public Site load(Path folder) {
		Result result = check(folder);
		if (!result.problems().isEmpty()) {
			throw new ContentException(result.problems());
		}
		return result.site();
	}

	/**
	 * Reads and checks the folder: the site in every language when there are no problems, and every problem found.
	 */
	public Result check(Path folder) {
		List<ContentProblem> problems = new ArrayList<>();
		List<Path> files = markdownFiles(folder, problems);
		SectionReader reader = new SectionReader(this.frontMatter, new BodyReader(this.markdown, folder));
		Map<String, LocalDate> updated = files.isEmpty() ? Map.of() : GitDates.of(folder);
		List<FileResult> results = readAll(files, reader, updated);
		Map<Language, SectionReader.OverviewSource> overviews = new EnumMap<>(Language.class);
		Map<Language, List<SectionReader.SectionSource>> sections = new EnumMap<>(Language.class);
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
			problems.add(new ContentProblem(folder.resolve(OVERVIEW_FILE).toString(), 1, 1, null,
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
		return new Result(editions, files.size(), List.copyOf(problems));
	}

	private static Editions editions(Map<Language, SectionReader.OverviewSource> overviews,
			Map<Language, List<SectionReader.SectionSource>> sources) {
		Map<Language, Overview> overview = new EnumMap<>(Language.class);
		overviews.forEach((language, source) -> overview.put(language, source.overview()));
		Map<Language, Map<String, Section>> sections = new EnumMap<>(Language.class);
		sources.forEach((language, list) -> sections.put(language, list.stream()
			.map(SectionReader.SectionSource::section)
			.filter(Objects::nonNull)
			.collect(Collectors.toMap(Section::slug, Function.identity()))));
		Site english = new Site(overview.get(Language.EN), List.copyOf(sections.get(Language.EN).values()));
		return Editions.of(english, overview, sections);
	}

	// Files are independent until the checks across files: read them on every core, keep them in file order.
	// The pool's threads must see the application's class loader (Bean Validation finds its expression language
	// through it; in the packaged jar the system class loader cannot).
	private static List<FileResult> readAll(List<Path> files, SectionReader reader, Map<String, LocalDate> updated) {
		ClassLoader loader = Thread.currentThread().getContextClassLoader();
		return files.parallelStream().map((file) -> {
			Thread thread = Thread.currentThread();
			ClassLoader previous = thread.getContextClassLoader();
			thread.setContextClassLoader(loader);
			try {
				return readFile(file, reader, updated.get(file.getFileName().toString()));
			}
			finally {
				thread.setContextClassLoader(previous);
			}
		}).toList();
	}

	private static FileResult readFile(Path file, SectionReader reader, LocalDate updated) {
		List<ContentProblem> problems = new ArrayList<>();
		SourceFile source = read(file, problems);
		if (source == null) {
			return new FileResult(null, null, problems);
		}
		ContentName name = ContentName.of(file.getFileName().toString(), source, problems);
		if (name == null) {
			return new FileResult(null, null, problems);
		}
		if (name.base().equals(OVERVIEW)) {
			return new FileResult(reader.readOverview(name.language(), source, updated, problems), null, problems);
		}
		return new FileResult(null, reader.readSection(name, source, updated, problems), problems);
	}

	private static List<Path> markdownFiles(Path folder, List<ContentProblem> problems) {
		if (!Files.isDirectory(folder)) {
			problems.add(new ContentProblem(folder.toString(), 1, 1, null,
					"the content folder does not exist; give the folder that holds the history"));
			return List.of();
		}
		try (Stream<Path> files = Files.list(folder)) {
			return files.filter((file) -> file.getFileName().toString().endsWith(".md"))
				.filter(Files::isRegularFile)
				.sorted()
				.toList();
		}
		catch (IOException ex) {
			problems.add(new ContentProblem(folder.toString(), 1, 1, null, "the content folder cannot be read"));
			return List.of();
		}
	}

	private static SourceFile read(Path file, List<ContentProblem> problems) {
		byte[] bytes;
		try {
			bytes = Files.readAllBytes(file);
		}
		catch (IOException ex) {
			problems.add(new ContentProblem(file.toString(), 1, 1, null, "the file cannot be read"));
			return null;
		}
		if (bytes.length > MAX_FILE_SIZE) {
			problems.add(new ContentProblem(file.toString(), 1, 1, null, "the file is " + bytes.length / 1024
					+ " KB; a content file can be at most " + MAX_FILE_SIZE / 1024 + " KB: split it into two sections"));
			return null;
		}
		ByteBuffer in = ByteBuffer.wrap(bytes);
		CharBuffer out = CharBuffer.allocate(bytes.length);
		CoderResult result = StandardCharsets.UTF_8.newDecoder().decode(in, out, true);
		if (result.isError()) {
			problems.add(new ContentProblem(file.toString(), lineAt(bytes, in.position()), 1, null,
					"the file is not UTF-8 text (a character here is in another encoding); save it as UTF-8"));
			return null;
		}
		String text = out.flip().toString();
		return SourceFile.split(file.toString(), text.startsWith("\uFEFF") ? text.substring(1) : text, problems);
	}

	private static int lineAt(byte[] bytes, int position) {
		int line = 1;
		for (int i = 0; i < position; i++) {
			line += (bytes[i] == '\n') ? 1 : 0;
		}
		return line;
	}

	private record FileResult(SectionReader.OverviewSource overview, SectionReader.SectionSource section,
			List<ContentProblem> problems) {

	}

	/**
	 * What a check of a content folder found.
	 *
	 * @param editions the site in every language, or {@code null} when there are problems
	 * @param files how many Markdown files were read
	 * @param problems every problem, in file order
	 */
	public record Result(Editions editions, int files, List<ContentProblem> problems) {

		/**
		 * The English site, or {@code null} when there are problems.
		 */
		public Site site() {
			return (this.editions != null) ? this.editions.english() : null;
		}

	}

}
