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
 * loads for 10, 100, 1,000 and 10,000 sections of 10 milestones each, after a warm-up of 20 loads of 1,000 sections.
 * Prints one line per size.
 * With {@code --first N}, the first load of N sections in this JVM instead, as start-up pays it: run it in a fresh
 * JVM (bench/scale.sh does, several times per size).
 */
public final class ScaleBenchmark {

	private ScaleBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		Path root = Files.createTempDirectory("scale");
		try {
			if (args.length == 2 && args[0].equals("--first")) {
				first(root, Integer.parseInt(args[1]));
			}
			else {
				warm(root, (args.length > 0) ? Arrays.stream(args).mapToInt(Integer::parseInt).toArray()
						: new int[] { 10, 100, 1_000, 10_000 });
			}
		}
		finally {
			FileSystemUtils.deleteRecursively(root);
		}
	}

	// As the site starts: the validator is already built (Spring builds it first), the loader is new.
	private static void first(Path root, int size) throws Exception {
		Path folder = root.resolve("sections-" + size);
		ContentGenerator.generate(folder, size, 10);
		Validator validator = Validation.buildDefaultValidatorFactory().getValidator();
		long start = System.nanoTime();
		Site site = new ContentLoader(validator).load(folder);
		long time = System.nanoTime() - start;
		System.out.printf("%8d  %10d  %16.0f%n", size, site.milestoneCount(), time / 1e6);
	}

	private static void warm(Path root, int[] sizes) throws Exception {
		Validator validator = Validation.buildDefaultValidatorFactory().getValidator();
		ContentLoader loader = new ContentLoader(validator);
		// Long enough for the JIT compilers to finish with the pipeline (about 20,000 files on two cores); with less,
		// a "warm" figure is mostly the compilers' warm-up.
		Path warmUp = root.resolve("warm-up");
		ContentGenerator.generate(warmUp, 1_000, 10);
		for (int i = 0; i < 20; i++) {
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

}
