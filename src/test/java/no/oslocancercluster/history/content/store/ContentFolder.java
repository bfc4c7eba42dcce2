package no.oslocancercluster.history.content.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import no.oslocancercluster.history.content.model.ContentException;
import no.oslocancercluster.history.content.model.ContentProblem;

import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Writes small content folders for tests: a valid overview plus whatever files a test
 * adds.
 */
public final class ContentFolder {

	public static final String OVERVIEW = """
			---
			title: Our history
			summary: How Oslo Cancer Cluster came to be.
			---
			Oslo Cancer Cluster was initiated in 2006.
			""";

	private final Path root;

	public ContentFolder(Path root) {
		this.root = root;
		write("index.md", OVERVIEW);
	}

	public ContentFolder write(String name, String text) {
		return write(name, text.getBytes(StandardCharsets.UTF_8));
	}

	public ContentFolder write(String name, byte[] bytes) {
		try {
			Files.createDirectories(this.root.resolve(name).getParent());
			Files.write(this.root.resolve(name), bytes);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return this;
	}

	/**
	 * Every problem the loader finds in this folder, as an editor reads them; fails when
	 * it finds none.
	 */
	public List<String> problems(ContentLoader loader) {
		return assertThatExceptionOfType(ContentException.class).isThrownBy(() -> loader.load(this.root))
			.actual()
			.getProblems()
			.stream()
			.map(ContentProblem::toString)
			.toList();
	}

	public Path root() {
		return this.root;
	}

	/**
	 * The path as the loader reports it.
	 */
	public String path(String name) {
		return this.root.resolve(name).toString();
	}

}
