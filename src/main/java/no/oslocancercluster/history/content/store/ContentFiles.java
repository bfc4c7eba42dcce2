package no.oslocancercluster.history.content.store;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import no.oslocancercluster.history.content.frontmatter.OverviewFrontMatter;
import no.oslocancercluster.history.content.frontmatter.SectionFrontMatter;
import no.oslocancercluster.history.content.model.ContentProblem;
import no.oslocancercluster.history.content.model.FileProblems;
import no.oslocancercluster.history.content.model.PictureFile;
import no.oslocancercluster.history.content.model.RenderedMarkdown;
import no.oslocancercluster.history.content.model.SitePaths;
import no.oslocancercluster.history.content.model.SplitFile;
import no.oslocancercluster.history.content.reading.CheckedFiles;
import no.oslocancercluster.history.content.reading.ContentName;
import no.oslocancercluster.history.content.reading.ContentRoot;
import no.oslocancercluster.history.content.reading.ReadOverview;
import no.oslocancercluster.history.content.reading.ReadSection;
import no.oslocancercluster.history.content.reading.SectionReader;

/**
 * The files of one check of a content folder, each read on its own ({@link ContentLoader}
 * checks them across files): its text ({@link FileText}) split into front matter and body
 * and read, or taken as an earlier check found it while its bytes stay the same.
 */
final class ContentFiles {

	private final SectionReader reader;

	private final Map<String, LocalDate> updated;

	private final CheckedFiles checked;

	private final ContentRoot root;

	// The reader of front matter and body, when each file was last changed (by its name),
	// the files an earlier check found without problems, and the content folder.
	ContentFiles(SectionReader reader, Map<String, LocalDate> updated, CheckedFiles checked, ContentRoot root) {
		this.reader = reader;
		this.updated = updated;
		this.checked = checked;
		this.root = root;
	}

	// Files are independent until the checks across files: read them on every core, keep
	// them in file order. The pool's threads must see the application's class loader
	// (Bean
	// Validation finds its expression language through it; in the packaged jar the system
	// class loader cannot).
	List<FileResult> readAll(List<Path> files) {
		ClassLoader loader = Thread.currentThread().getContextClassLoader();
		return files.parallelStream().map((file) -> {
			Thread thread = Thread.currentThread();
			ClassLoader previous = thread.getContextClassLoader();
			thread.setContextClassLoader(loader);
			try {
				return readFile(file);
			}
			finally {
				thread.setContextClassLoader(previous);
			}
		}).toList();
	}

	// The pictures the text shows, by their address on the site, with the bytes that were
	// checked; those of drafts only when asked for.
	Map<String, PictureFile> pictures(List<FileResult> results, boolean drafts) {
		Map<String, PictureFile> pictures = new LinkedHashMap<>();
		for (FileResult result : results) {
			if (!drafts && result.section() != null && result.section().draft()) {
				continue;
			}
			RenderedMarkdown body = (result.overview() != null) ? result.overview().body()
					: (result.section() != null) ? result.section().body() : RenderedMarkdown.EMPTY;
			for (String address : body.pictures().keySet()) {
				String file = address.replaceFirst("^/", "");
				pictures.put("/" + file, this.root.picture(file));
			}
		}
		return Collections.unmodifiableMap(pictures);
	}

	private FileResult readFile(Path file) {
		FileProblems problems = new FileProblems(file.toString());
		String fileName = file.getFileName().toString();
		byte[] bytes = FileText.bytes(file, problems);
		CheckedFiles.CheckedFile found = (bytes != null) ? this.checked.find(fileName, bytes, this.root) : null;
		SplitFile source = (bytes != null) ? FileText.split(bytes, found != null, problems) : null;
		ContentName name = (source != null) ? ContentName.of(fileName, problems) : null;
		if (name == null) {
			return new FileResult(fileName, null, null, null, false, problems.list());
		}
		if (name.base().equals(SitePaths.OVERVIEW)) {
			return readOverview(fileName, name, source, bytes, before(found, OverviewFrontMatter.class), problems);
		}
		return readSection(fileName, name, source, bytes, before(found, SectionFrontMatter.class), problems);
	}

	// What an earlier check found, when it found a file of this kind.
	private static CheckedFiles.CheckedFile before(CheckedFiles.CheckedFile found, Class<? extends Record> kind) {
		return (found != null && found.matter(kind) != null) ? found : null;
	}

	private FileResult readOverview(String fileName, ContentName name, SplitFile source, byte[] bytes,
			CheckedFiles.CheckedFile before, FileProblems problems) {
		ReadOverview overview = this.reader.readOverview(name.language(), source, this.updated.get(fileName), before,
				problems);
		CheckedFiles.CheckedFile now = (problems.isEmpty() && overview != null)
				? new CheckedFiles.CheckedFile(bytes, overview.matter(), overview.body()) : null;
		return new FileResult(fileName, overview, null, now, before != null, problems.list());
	}

	private FileResult readSection(String fileName, ContentName name, SplitFile source, byte[] bytes,
			CheckedFiles.CheckedFile before, FileProblems problems) {
		ReadSection section = this.reader.readSection(name, source, this.updated.get(fileName), before, problems);
		CheckedFiles.CheckedFile now = (problems.isEmpty() && section.matter() != null)
				? new CheckedFiles.CheckedFile(bytes, section.matter(), section.body()) : null;
		return new FileResult(fileName, null, section, now, before != null, problems.list());
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
	record FileResult(String name, ReadOverview overview, ReadSection section, CheckedFiles.CheckedFile checked,
			boolean reused, List<ContentProblem> problems) {

	}

}
