package no.oslocancercluster.history.content.store;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import no.oslocancercluster.history.content.frontmatter.EntityFrontMatter;
import no.oslocancercluster.history.content.model.ContentProblem;
import no.oslocancercluster.history.content.model.Entity;
import no.oslocancercluster.history.content.model.FileProblems;
import no.oslocancercluster.history.content.model.RenderedMarkdown;
import no.oslocancercluster.history.content.model.SitePaths;
import no.oslocancercluster.history.content.model.SplitFile;
import no.oslocancercluster.history.content.reading.CheckedFiles;
import no.oslocancercluster.history.content.reading.ContentRoot;
import no.oslocancercluster.history.content.reading.EntityReader;

/**
 * The files of {@code content/names/}, each read into an entity. A file that is byte for
 * byte one an earlier check found valid is taken as that check found it (its front matter
 * is kept with the sections' in the snapshot of checked content), so a start from the
 * snapshot parses no YAML.
 */
final class EntityFiles {

	private EntityFiles() {
	}

	/**
	 * The entities of the folder's files, adding the problems of those that have any.
	 */
	static Names readAll(ContentRoot root, EntityReader reader, CheckedFiles checked, List<ContentProblem> problems) {
		List<Path> files = files(root, problems);
		List<Entity> entities = new ArrayList<>();
		Map<String, CheckedFiles.CheckedFile> valid = new LinkedHashMap<>();
		int reused = 0;
		for (Path file : files) {
			FileProblems found = new FileProblems(file.toString());
			String name = file.getFileName().toString();
			byte[] bytes = FileText.bytes(file, found);
			CheckedFiles.CheckedFile before = (bytes != null) ? checked.find(key(name), bytes, root) : null;
			EntityFrontMatter kept = (before != null) ? before.matter(EntityFrontMatter.class) : null;
			EntityFrontMatter matter = (kept != null || bytes == null) ? kept : read(name, bytes, reader, found);
			if (matter != null) {
				entities.add(EntityReader.entity(name, matter));
				valid.put(key(name), new CheckedFiles.CheckedFile(bytes, matter, RenderedMarkdown.EMPTY));
			}
			reused += (kept != null) ? 1 : 0;
			problems.addAll(found.list());
		}
		return new Names(entities, ids(files), valid, files.size(), reused);
	}

	// The names the files give, whether or not each file is valid: a link to a name whose
	// file has a problem is not reported again, the problem in the file is.
	private static Set<String> ids(List<Path> files) {
		return files.stream()
			.map((file) -> file.getFileName().toString().replaceFirst("\\.md$", ""))
			.collect(Collectors.toUnmodifiableSet());
	}

	private static List<Path> files(ContentRoot root, List<ContentProblem> problems) {
		try {
			return root.entityFiles();
		}
		catch (IOException ex) {
			problems.add(new ContentProblem(root.folder().resolve(SitePaths.NAMES_FOLDER).toString(), 1, 1, null,
					"the names folder cannot be read"));
			return List.of();
		}
	}

	private static EntityFrontMatter read(String name, byte[] bytes, EntityReader reader, FileProblems problems) {
		SplitFile source = FileText.split(bytes, false, problems);
		return (source != null) ? reader.read(name, source, problems) : null;
	}

	// A names file among the checked files: by its path in the content folder, apart from
	// the sections'.
	private static String key(String name) {
		return SitePaths.NAMES_FOLDER + "/" + name;
	}

	/**
	 * What reading the names' files found.
	 *
	 * @param entities the entities of the files without problems
	 * @param ids the names of every file, those with problems too: what links to names
	 * may point to
	 * @param checked those files as checked, for the next check and the snapshot
	 * @param files how many files there are
	 * @param reused how many of them were as an earlier check found them
	 */
	record Names(List<Entity> entities, Set<String> ids, Map<String, CheckedFiles.CheckedFile> checked, int files,
			int reused) {

	}

}
