package no.oslocancercluster.history.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import no.oslocancercluster.history.content.model.Edition;
import no.oslocancercluster.history.content.store.ContentLoader;

import org.springframework.util.FileSystemUtils;

/**
 * How content loading (read, parse, validate, render) grows with the number of sections:
 * the median of several loads for 10, 100, 1,000 and 10,000 sections of 10 milestones
 * each, after a warm-up of 20 loads of 1,000 sections. Prints one line per size. With
 * {@code --first N}, the first load of N sections in this JVM instead, as start-up pays
 * it: run it in a fresh JVM (bench/scale.sh does, several times per size). With
 * {@code --save N FILE}, one load of N sections that saves its snapshot of checked
 * content to FILE; then {@code --first N FILE} is the first load as a start with that
 * snapshot pays it (restoring the snapshot included).
 */
public final class ScaleBenchmark {

	private ScaleBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		Path root = Files.createTempDirectory("scale");
		try {
			if (args.length >= 2 && args[0].equals("--first")) {
				first(root, Integer.parseInt(args[1]), (args.length > 2) ? Path.of(args[2]) : null);
			}
			else if (args.length == 3 && args[0].equals("--save")) {
				save(root, Integer.parseInt(args[1]), Path.of(args[2]));
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

	// As the site starts: the validator is already built (Spring builds it first), the
	// loader is new.
	private static void first(Path root, int size, Path snapshot) throws Exception {
		Path folder = root.resolve("sections-" + size);
		ContentGenerator.generate(folder, size, 10);
		Validator validator = Validation.buildDefaultValidatorFactory().getValidator();
		long start = System.nanoTime();
		ContentLoader loader = new ContentLoader(validator);
		if (snapshot != null) {
			loader.restore(snapshot);
		}
		ContentLoader.Result result = loader.check(folder);
		long time = System.nanoTime() - start;
		if (!result.problems().isEmpty() || (snapshot != null && result.reused() != result.files())) {
			throw new IllegalStateException(result.reused() + " of " + result.files() + " files from the snapshot, "
					+ result.problems().size() + " problems");
		}
		System.out.printf("%8d  %10d  %16.0f%n", size, result.edition().milestoneCount(), time / 1e6);
	}

	private static void save(Path root, int size, Path snapshot) throws Exception {
		Path folder = root.resolve("sections-" + size);
		ContentGenerator.generate(folder, size, 10);
		ContentLoader loader = new ContentLoader(Validation.buildDefaultValidatorFactory().getValidator());
		loader.load(folder);
		loader.save(snapshot);
		System.out.printf("saved the checked content of %d sections to %s%n", size, snapshot);
	}

	private static double median(long[] times) {
		long[] sorted = times.clone();
		Arrays.sort(sorted);
		return sorted[sorted.length / 2] / 1e6;
	}

	private static void warm(Path root, int[] sizes) throws Exception {
		Validator validator = Validation.buildDefaultValidatorFactory().getValidator();
		ContentLoader loader = new ContentLoader(validator);
		// Long enough for the JIT compilers to finish with the pipeline (about 20,000
		// files on two cores); with less,
		// a "warm" figure is mostly the compilers' warm-up.
		Path warmUp = root.resolve("warm-up");
		ContentGenerator.generate(warmUp, 1_000, 10);
		for (int i = 0; i < 20; i++) {
			loader.forget();
			loader.load(warmUp);
		}
		System.out.println("sections  milestones  median load (ms)  per section (ms)  unchanged reload (ms)");
		for (int size : sizes) {
			Path folder = root.resolve("sections-" + size);
			ContentGenerator.generate(folder, size, 10);
			long[] times = new long[(size >= 10_000) ? 3 : 5];
			long[] reloads = new long[times.length];
			Edition site = null;
			for (int i = 0; i < times.length; i++) {
				loader.forget();
				long start = System.nanoTime();
				site = loader.load(folder);
				times[i] = System.nanoTime() - start;
				// The same files again, as a reload finds them when an editor's change
				// touched none of them.
				start = System.nanoTime();
				loader.load(folder);
				reloads[i] = System.nanoTime() - start;
			}
			double median = median(times);
			System.out.printf("%8d  %10d  %16.0f  %16.3f  %21.0f%n", size, site.milestoneCount(), median, median / size,
					median(reloads));
		}
	}

}
