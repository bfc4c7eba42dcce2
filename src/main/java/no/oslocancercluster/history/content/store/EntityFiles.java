package no.oslocancercluster.history.content.store;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import no.oslocancercluster.history.content.model.ContentProblem;
import no.oslocancercluster.history.content.model.Entity;
import no.oslocancercluster.history.content.model.FileProblems;
import no.oslocancercluster.history.content.model.SitePaths;
import no.oslocancercluster.history.content.model.SplitFile;
import no.oslocancercluster.history.content.reading.ContentRoot;
import no.oslocancercluster.history.content.reading.EntityReader;

/**
 * The files of {@code content/names/}, each read into an entity. They are a few lines of
 * front matter each, so they are read at every load (no snapshot keeps them).
 */
final class EntityFiles {

	private EntityFiles() {
	}

	/**
	 * The entities of the folder's files, adding the problems of those that have any.
	 */
	static List<Entity> readAll(ContentRoot root, EntityReader reader, List<ContentProblem> problems) {
		List<Path> files;
		try {
			files = root.entityFiles();
		}
		catch (IOException ex) {
			problems.add(new ContentProblem(root.folder().resolve(SitePaths.NAMES_FOLDER).toString(), 1, 1, null,
					"the names folder cannot be read"));
			return List.of();
		}
		List<Entity> entities = new ArrayList<>();
		for (Path file : files) {
			FileProblems found = new FileProblems(file.toString());
			Entity entity = read(file, reader, found);
			if (entity != null) {
				entities.add(entity);
			}
			problems.addAll(found.list());
		}
		return entities;
	}

	private static Entity read(Path file, EntityReader reader, FileProblems problems) {
		byte[] bytes = FileText.bytes(file, problems);
		SplitFile source = (bytes != null) ? FileText.split(bytes, false, problems) : null;
		return (source != null) ? reader.read(file.getFileName().toString(), source, problems) : null;
	}

}
