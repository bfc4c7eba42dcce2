package no.oslocancercluster.history.content.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.code_intelligence.jazzer.junit.FuzzTest;
import jakarta.validation.Validation;
import jakarta.validation.Validator;

import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Any bytes as a content file: the check either loads them or reports problems, and never
 * throws. In the build this replays the saved inputs
 * (src/test/resources/.../ContentFuzzTestsInputs); {@code JAZZER_FUZZ=1} fuzzes.
 */
class ContentFuzzTests {

	private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

	private static final ContentLoader LOADER = new ContentLoader(VALIDATOR);

	@FuzzTest(maxDuration = "60s")
	void anyFileIsLoadedOrExplained(byte[] bytes) throws IOException {
		Path root = Files.createTempDirectory("fuzz");
		try {
			Files.writeString(root.resolve("index.md"), ContentFolder.OVERVIEW);
			Files.write(root.resolve("section.md"), bytes);
			// The first check reads the file; the memory of the one before is of other
			// bytes, but is not relied on.
			LOADER.forget();
			ContentLoader.Result result = LOADER.check(root);
			assertThat(result.edition() != null || !result.problems().isEmpty()).isTrue();
			result.problems().forEach((problem) -> assertThat(problem.line()).isPositive());
			// What the loader remembers of the file, and what a snapshot keeps of it,
			// give the same site and problems.
			assertSame(LOADER.check(root), result);
			Path snapshot = root.resolve("content.snapshot");
			LOADER.save(snapshot);
			ContentLoader restored = new ContentLoader(VALIDATOR);
			restored.restore(snapshot);
			assertSame(restored.check(root), result);
		}
		finally {
			FileSystemUtils.deleteRecursively(root);
		}
	}

	private static void assertSame(ContentLoader.Result again, ContentLoader.Result first) {
		assertThat(again.problems()).isEqualTo(first.problems());
		assertThat(again.editions()).isEqualTo(first.editions());
	}

}
