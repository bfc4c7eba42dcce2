package no.oslocancercluster.history.content.reading;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import no.oslocancercluster.history.content.model.ContentProblem;
import no.oslocancercluster.history.content.model.PictureFile;
import no.oslocancercluster.history.content.model.SitePaths;

/**
 * The content folder as a boundary: what is read from it is read from files inside it,
 * never through a symbolic link, so that nothing outside the folder (a system file, the
 * process's environment, a job's credentials) can become a page or a picture. One root is
 * made per load; it reads each picture once for that load.
 */
public final class ContentRoot {

	private final Path folder;

	private final Map<String, PictureFile> pictures = new ConcurrentHashMap<>();

	public ContentRoot(Path folder) {
		this.folder = folder;
	}

	public Path folder() {
		return this.folder;
	}

	/**
	 * A problem for every symbolic link in the folder, at any depth; the walk does not
	 * follow them.
	 */
	public List<ContentProblem> links() {
		List<ContentProblem> problems = new ArrayList<>();
		if (!Files.isDirectory(this.folder)) {
			return problems;
		}
		try {
			// The folder itself may be a link an operator made (a release folder); what
			// is inside it may not.
			Path start = Files.isSymbolicLink(this.folder) ? this.folder.toRealPath() : this.folder;
			Files.walkFileTree(start, new LinkFinder(start, problems));
		}
		catch (IOException ex) {
			problems.add(new ContentProblem(this.folder.toString(), 1, 1, null, "the content folder cannot be read"));
		}
		return problems;
	}

	/**
	 * The Markdown files at the top of the folder, in name order; links among them are
	 * left to {@link #links()}.
	 */
	public List<Path> markdownFiles() throws IOException {
		try (Stream<Path> files = Files.list(this.folder)) {
			return files.filter((file) -> file.getFileName().toString().endsWith(".md"))
				.filter((file) -> Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS))
				.sorted()
				.toList();
		}
	}

	/**
	 * The Markdown files of the names folder ({@code names/kaare-norum.md}), in name
	 * order; none when there is no such folder.
	 */
	public List<Path> entityFiles() throws IOException {
		Path names = this.folder.resolve(SitePaths.NAMES_FOLDER);
		if (!Files.isDirectory(names, LinkOption.NOFOLLOW_LINKS)) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(names)) {
			return files.filter((file) -> file.getFileName().toString().endsWith(".md"))
				.filter((file) -> Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS))
				.sorted()
				.toList();
		}
	}

	/**
	 * The bytes of a file in the folder, refusing a link; at most {@code limit + 1} of
	 * them, so that the caller can tell a file over the limit without reading it all.
	 */
	public static byte[] read(Path file, int limit) throws IOException {
		try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
			return in.readNBytes(limit + 1);
		}
	}

	/**
	 * The picture at an address relative to the folder ({@code images/park.jpg}), read
	 * once per load.
	 */
	public PictureFile picture(String address) {
		return this.pictures.computeIfAbsent(address, this::readPicture);
	}

	private PictureFile readPicture(String address) {
		Path file = this.folder.resolve(address).normalize();
		if (!file.startsWith(this.folder.normalize()) || throughLink(file)) {
			return PictureFile.LINKED;
		}
		PictureFile refused = refused(attributes(file));
		if (refused != null) {
			return refused;
		}
		try {
			return PictureFile.of(read(file, PictureFile.MAX_BYTES));
		}
		catch (IOException ex) {
			return PictureFile.MISSING;
		}
	}

	private static BasicFileAttributes attributes(Path file) {
		try {
			return Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
		}
		catch (IOException ex) {
			return null;
		}
	}

	// What a picture is without reading it, when its attributes (null when there are
	// none) say it cannot be read.
	private static PictureFile refused(BasicFileAttributes attributes) {
		if (attributes == null) {
			return PictureFile.MISSING;
		}
		if (attributes.isSymbolicLink()) {
			return PictureFile.LINKED;
		}
		if (!attributes.isRegularFile()) {
			return PictureFile.MISSING;
		}
		if (attributes.size() > PictureFile.MAX_BYTES) {
			return PictureFile.tooLarge(attributes.size());
		}
		return null;
	}

	// Whether a folder between the content folder and the file is a link (the file itself
	// is checked on opening).
	private boolean throughLink(Path file) {
		Path root = this.folder.normalize();
		for (Path at = file.getParent(); at != null && !at.equals(root) && at.startsWith(root); at = at.getParent()) {
			if (Files.isSymbolicLink(at)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The walk that finds what in the folder is not a plain file, without following
	 * links; problems name each by its path under the folder as given.
	 */
	private final class LinkFinder extends SimpleFileVisitor<Path> {

		private final Path start;

		private final List<ContentProblem> problems;

		LinkFinder(Path start, List<ContentProblem> problems) {
			this.start = start;
			this.problems = problems;
		}

		@Override
		public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
			if (attributes.isSymbolicLink()) {
				problem(file, "is a symbolic link; the site reads only files that are in the content folder itself: "
						+ "put the file itself here instead of a link to it, or remove the link");
			}
			else if (attributes.isOther()) {
				problem(file, "is not a file but a device or a pipe; remove it from the content folder");
			}
			return FileVisitResult.CONTINUE;
		}

		@Override
		public FileVisitResult visitFileFailed(Path file, IOException ex) {
			problem(file, "cannot be read; check that the file is readable, or remove it from the content folder");
			return FileVisitResult.CONTINUE;
		}

		private void problem(Path file, String message) {
			String name = ContentRoot.this.folder.resolve(this.start.relativize(file)).toString();
			this.problems.add(new ContentProblem(name, 1, 1, null, message));
		}

	}

}
