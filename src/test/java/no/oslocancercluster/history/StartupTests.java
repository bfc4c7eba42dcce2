package no.oslocancercluster.history;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import no.oslocancercluster.history.content.model.ContentException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * Start-up against a content folder given by the {@code site.content-dir} setting.
 */
@ExtendWith(OutputCaptureExtension.class)
class StartupTests {

	@Test
	void servesAnyFolderNamedBySetting(@TempDir Path folder) throws IOException {
		Files.writeString(folder.resolve("index.md"), "---\ntitle: Elsewhere\nsummary: Another folder.\n---\nHello.\n");
		try (ConfigurableApplicationContext context = start(folder)) {
			assertThat(context.getBean(no.oslocancercluster.history.content.store.ContentStore.class)
				.current()
				.overview()
				.title()).isEqualTo("Elsewhere");
		}
	}

	@Test
	void brokenContentStopsStartUpNamingEveryProblem(@TempDir Path folder, CapturedOutput output) throws IOException {
		Files.writeString(folder.resolve("index.md"), "---\ntitle: History\n---\nHello.\n");
		Files.writeString(folder.resolve("awards.md"),
				"---\ntitle: Awards\nsummary: Gold.\norder: 1\nmilestones:\n  - date: Dec 2019\n    title: Gold\n    anchor: gold\n---\n## Gold {#gold}\n");
		assertThatException().isThrownBy(() -> start(folder)).havingRootCause().isInstanceOf(ContentException.class);
		assertThat(output).contains("APPLICATION FAILED TO START")
			.contains("The content has 2 problems:")
			.contains(folder.resolve("awards.md")
					+ ":6:5: milestones[1].date: \"Dec 2019\" is not a date; write 2019-12 (year-month) or 2019-12-05")
			.contains(folder.resolve("index.md")
					+ ":2:1: summary: is missing or empty; write one sentence that sums up the history")
			.contains("Fix each problem in the file and line it names, then start the site again.");
	}

	private static ConfigurableApplicationContext start(Path folder) {
		return new SpringApplicationBuilder(SiteApplication.class).run("--server.port=0",
				"--site.content-dir=" + folder);
	}

}
