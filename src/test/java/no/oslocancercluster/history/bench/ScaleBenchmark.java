package no.oslocancercluster.history.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import jakarta.validation.Validation;
import jakarta.validation.Validator;

import no.oslocancercluster.history.content.ContentLoader;
import no.oslocancercluster.history.content.Site;

import org.springframework.util.FileSystemUtils;

/**
 * How content loading (read, parse, validate, render) grows with the number of sections: the median of several
 * loads for 10, 100, 1,000 and 10,000 sections of 10 milestones each, after a warm-up. Prints one line per size.
 */
public final class ScaleBenchmark {

	private ScaleBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int[] sizes = (args.length > 0) ? Arrays.stream(args).mapToInt(Integer::parseInt).toArray()
				: new int[] { 10, 100, 1_000, 10_000 };
		Validator validator = Validation.buildDefaultValidatorFactory().getValidator();
		ContentLoader loader = new ContentLoader(validator);
		Path root = Files.createTempDirectory("scale");
		try {
			Path warmUp = root.resolve("warm-up");
			ContentGenerator.generate(warmUp, 200, 10);
			for (int i = 0; i < 5; i++) {
				loader.load(warmUp);
			}
			System.out.println("sections  milestones  median load (ms)  per section (ms)");
			for (int size : sizes) {
				Path folder = root.resolve("sections-" + size);
				ContentGenerator.generate(folder, size, 10);
				long[] times = new long[(size >= 10_000) ? 3 : 5];
				Site site = null;
				for (int i = 0; i < times.length; i++) {
					long start = System.nanoTime();
					site = loader.load(folder);
					times[i] = System.nanoTime() - start;
				}
				Arrays.sort(times);
				double median = times[times.length / 2] / 1e6;
				System.out.printf("%8d  %10d  %16.0f  %16.3f%n", size, site.milestoneCount(), median, median / size);
			}
		}
		finally {
			FileSystemUtils.deleteRecursively(root);
		}
	}

}
