import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * Gzip's levels on a static export's text files (pages, feeds, JSON, BibTeX: what the site
 * compresses), for bench/large.sh: level 9 (the reference, what a history of a few sections
 * gets) against 6 (a long history's), three rounds each in one JVM, alternating. Prints the
 * bytes and the time of each and their ratios to level 9's.
 *
 *   java bench/Gzip.java EXPORT
 */
public class Gzip {

	private static final int[] LEVELS = { Deflater.BEST_COMPRESSION, 6 };

	public static void main(String[] args) throws IOException {
		List<byte[]> files = new ArrayList<>();
		try (Stream<Path> paths = Files.walk(Path.of(args[0]))) {
			for (Path path : (Iterable<Path>) paths::iterator) {
				if (Files.isRegularFile(path) && !path.toString().matches(".*\\.(png|jpg|webp|gz|br|woff2|ico)$")) {
					files.add(Files.readAllBytes(path));
				}
			}
		}
		long raw = files.stream().mapToLong((bytes) -> bytes.length).sum();
		System.out.printf("gzip:      %d text files, %d KB%n", files.size(), raw / 1024);
		long[] best = new long[2];
		for (int round = 1; round <= 3; round++) {
			for (int level : LEVELS) {
				long start = System.nanoTime();
				long out = 0;
				for (byte[] bytes : files) {
					out += gzip(bytes, level).length;
				}
				long ms = (System.nanoTime() - start) / 1_000_000;
				if (level == Deflater.BEST_COMPRESSION) {
					best = new long[] { out, ms };
				}
				System.out.printf("gzip:      round %d, level %d: %d KB in %d ms (%.3f of level 9's bytes, %.2f of its time)%n",
						round, level, out / 1024, ms, (double) out / best[0], (double) ms / Math.max(best[1], 1));
			}
		}
	}

	private static byte[] gzip(byte[] bytes, int level) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 3 + 64);
		try (GZIPOutputStream gzip = new GZIPOutputStream(out) {
			{
				this.def.setLevel(level);
			}
		}) {
			gzip.write(bytes);
		}
		return out.toByteArray();
	}

}
