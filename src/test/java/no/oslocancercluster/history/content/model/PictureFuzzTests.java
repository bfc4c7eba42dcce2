package no.oslocancercluster.history.content.model;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import com.code_intelligence.jazzer.junit.FuzzTest;
import jakarta.validation.Validation;
import no.oslocancercluster.history.content.store.ContentFolder;
import no.oslocancercluster.history.content.store.ContentLoader;

import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Any bytes as a picture, under each name the site accepts: the check either takes it as
 * the picture its name says, within the limits, or reports a problem at the line that
 * shows it, and never throws. In the build this replays the saved inputs
 * (src/test/resources/.../PictureFuzzTestsInputs); {@code JAZZER_FUZZ=1} fuzzes.
 */
class PictureFuzzTests {

	private static final ContentLoader LOADER = new ContentLoader(
			Validation.buildDefaultValidatorFactory().getValidator());

	private static final Map<String, String> NAMES = Map.of("p.jpg", "jpeg", "p.png", "png", "p.gif", "gif", "p.webp",
			"webp");

	@FuzzTest(maxDuration = "30s")
	void anyPictureIsShownOrExplained(byte[] bytes) throws IOException {
		Path root = Files.createTempDirectory("fuzz-picture");
		try {
			Files.writeString(root.resolve("index.md"), ContentFolder.OVERVIEW);
			Files.createDirectories(root.resolve("images"));
			StringBuilder body = new StringBuilder();
			for (String name : NAMES.keySet()) {
				Files.write(root.resolve("images").resolve(name), bytes);
				body.append("![A picture](images/").append(name).append(")\n\n");
			}
			Files.writeString(root.resolve("park.md"),
					"---\ntitle: Park\nsummary: The park.\norder: 1\n" + "milestones: []\n---\n" + body);
			LOADER.forget();
			ContentLoader.Result result = LOADER.check(root);
			if (result.problems().isEmpty()) {
				result.pictures().forEach((address, picture) -> {
					assertThat(picture.format()).as(address).isEqualTo(NAMES.get(address.substring(8)));
					assertThat(picture.width()).isBetween(1, PictureFile.MAX_SIDE);
					assertThat(picture.height()).isBetween(1, PictureFile.MAX_SIDE);
					assertThat(picture.bytes()).isEqualTo(bytes);
				});
			}
			else {
				result.problems().forEach((problem) -> assertThat(problem.toString()).contains("park.md:"));
			}
		}
		finally {
			FileSystemUtils.deleteRecursively(root);
		}
	}

}
