package no.oslocancercluster.history.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.code_intelligence.jazzer.junit.FuzzTest;
import jakarta.validation.Validation;

import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Any bytes as a content file: the check either loads them or reports problems, and never throws. In the build
 * this replays the saved inputs (src/test/resources/.../ContentFuzzTestsInputs); {@code JAZZER_FUZZ=1} fuzzes.
 */
class ContentFuzzTests {

	private static final ContentLoader LOADER = new ContentLoader(
			Validation.buildDefaultValidatorFactory().getValidator());

	@FuzzTest(maxDuration = "60s")
	void anyFileIsLoadedOrExplained(byte[] bytes) throws IOException {
		Path root = Files.createTempDirectory("fuzz");
		try {
			Files.writeString(root.resolve("index.md"), ContentFolder.OVERVIEW);
			Files.write(root.resolve("section.md"), bytes);
			ContentLoader.Result result = LOADER.check(root);
			assertThat(result.site() != null || !result.problems().isEmpty()).isTrue();
			result.problems().forEach((problem) -> assertThat(problem.line()).isPositive());
		}
		finally {
			FileSystemUtils.deleteRecursively(root);
		}
	}

}
