package no.oslocancercluster.history.serving;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Writes a Brotli and a gzip copy beside each stylesheet, script and icon, once, when the
 * site is built (Maven's process-classes phase runs {@link #main}); Spring's resource
 * chain then serves the copy a browser asks for, and nothing is compressed per request.
 */
public final class StaticAssets {

	private static final List<String> COMPRESSED = List.of(".css", ".js", ".svg");

	private StaticAssets() {
	}

	/**
	 * Compresses the files under the folder given as the only argument.
	 * @param args the folder of the static files, for example
	 * {@code target/classes/static}
	 * @throws IOException if a file cannot be read or written
	 */
	public static void main(String[] args) throws IOException {
		try (Stream<Path> files = Files.walk(Path.of(args[0]))) {
			for (Path file : files.filter(StaticAssets::compressed).toList()) {
				compress(file);
			}
		}
	}

	static void compress(Path file) throws IOException {
		byte[] bytes = Files.readAllBytes(file);
		write(sibling(file, ".gz"), Compression.gzip(bytes, bytes.length), bytes.length);
		write(sibling(file, ".br"), Compression.brotli(bytes, bytes.length), bytes.length);
	}

	// A copy that saves nothing (or, for Brotli, a platform without the native library)
	// is left out: the file itself is served.
	private static void write(Path copy, byte[] compressed, int original) throws IOException {
		Files.deleteIfExists(copy);
		if (compressed != null && compressed.length < original) {
			Files.write(copy, compressed);
		}
	}

	private static boolean compressed(Path file) {
		String name = file.getFileName().toString();
		return Files.isRegularFile(file) && COMPRESSED.stream().anyMatch(name::endsWith);
	}

	private static Path sibling(Path file, String suffix) {
		return file.resolveSibling(file.getFileName() + suffix);
	}

}
