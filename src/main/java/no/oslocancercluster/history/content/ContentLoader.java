package no.oslocancercluster.history.content;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CoderResult;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import jakarta.validation.Validator;

/**
 * Reads a content folder into a {@link Site}: read, split, bind and validate front matter, render Markdown. Every
 * problem in every file is collected, and any problem at all means no site.
 */
public class ContentLoader {

	static final String OVERVIEW_FILE = "index.md";

	private final FrontMatterReader frontMatter;

	private final SectionReader sections;

	public ContentLoader(Validator validator) {
		this.frontMatter = new FrontMatterReader(validator);
		this.sections = new SectionReader(this.frontMatter, new MarkdownRenderer());
	}

	/**
	 * Loads the folder, or throws a {@link ContentException} that lists every problem found.
	 */
	public Site load(Path folder) {
		List<ContentProblem> problems = new ArrayList<>();
		Overview overview = null;
		List<SectionReader.SectionSource> sections = new ArrayList<>();
		for (Path file : markdownFiles(folder)) {
			SourceFile source = read(file, problems);
			if (source == null) {
				continue;
			}
			if (file.getFileName().toString().equals(OVERVIEW_FILE)) {
				overview = this.sections.readOverview(source, problems);
			}
			else {
				SectionReader.SectionSource section = this.sections.readSection(file, source, problems);
				if (section != null) {
					sections.add(section);
				}
			}
		}
		if (overview == null && problems.isEmpty()) {
			problems.add(new ContentProblem(folder.resolve(OVERVIEW_FILE).toString(), 1, 1, null,
					"the home page text is missing; add this file with a title, a summary and the overview"));
		}
		SiteChecks.checkOrders(sections, problems);
		if (!problems.isEmpty()) {
			throw new ContentException(problems);
		}
		return new Site(overview, sections.stream().map(SectionReader.SectionSource::section).toList());
	}

	private static List<Path> markdownFiles(Path folder) {
		if (!Files.isDirectory(folder)) {
			throw new ContentException(List.of(new ContentProblem(folder.toString(), 1, 1, null,
					"the content folder does not exist; set site.content-dir to the folder that holds the history")));
		}
		try (Stream<Path> files = Files.list(folder)) {
			return files.filter((file) -> file.getFileName().toString().endsWith(".md"))
				.filter(Files::isRegularFile)
				.sorted()
				.toList();
		}
		catch (IOException ex) {
			throw new ContentException(List.of(new ContentProblem(folder.toString(), 1, 1, null,
					"the content folder cannot be read: " + ex.getMessage())));
		}
	}

	private static SourceFile read(Path file, List<ContentProblem> problems) {
		byte[] bytes;
		try {
			bytes = Files.readAllBytes(file);
		}
		catch (IOException ex) {
			problems.add(new ContentProblem(file.toString(), 1, 1, null, "the file cannot be read: " + ex.getMessage()));
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

}
