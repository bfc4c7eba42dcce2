package no.oslocancercluster.history.content;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import no.oslocancercluster.history.content.model.ContentProblem;
import no.oslocancercluster.history.content.store.ContentFolder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@code check [folder]}, the command editors and the pull request workflow
 * run.
 */
class CheckCommandTests {

	// A relative folder, as an editor would give it: the output must name files the same
	// way.
	private static final Path FOLDER = Path.of("target", "check-command-tests");

	private final ByteArrayOutputStream output = new ByteArrayOutputStream();

	@BeforeEach
	void createFolder() throws IOException {
		FileSystemUtils.deleteRecursively(FOLDER);
		new ContentFolder(Files.createDirectories(FOLDER));
	}

	@Test
	void reportsNoProblemsAndExitsWithZero() {
		assertThat(run(Map.of())).isZero();
		assertThat(output()).isEqualTo("Checked 1 file in target/check-command-tests: no problems.\n");
	}

	@Test
	void printsEveryProblemWithRelativePathThenASummaryAndExitsWithOne() throws IOException {
		Files.writeString(FOLDER.resolve("awards.md"),
				"---\ntittle: Awards\nsummary: Gold.\norder: 1\nmilestones: []\n---\n");
		Files.writeString(FOLDER.resolve("park.md"),
				"---\ntitle: Park\nsummary: Opened.\norder: 2\nmilestones:\n  - date: May 2015\n    title: Opened\n    anchor: opened\n---\n## Opened {#opened}\n");
		assertThat(run(Map.of())).isEqualTo(1);
		assertThat(output()).isEqualTo(
				"""
						target/check-command-tests/awards.md:2:1: tittle: unknown field; did you mean title?
						target/check-command-tests/awards.md:2:1: title: is missing or empty; give the section a title
						target/check-command-tests/park.md:6:5: milestones[1].date: "May 2015" is not a date; write 2019-12 (year-month) or 2019-12-05
						Checked 3 files in target/check-command-tests: 3 problems in 2 files.
						""");
	}

	@Test
	void annotatesThePullRequestInGitHubActions() throws IOException {
		Files.writeString(FOLDER.resolve("awards.md"),
				"---\ntitle: Awards\nsummary: Gold.\norder: 1\nmilestones: []\n---\n# Awards, 100% gold\n");
		assertThat(run(Map.of("GITHUB_ACTIONS", "true"))).isEqualTo(1);
		assertThat(output()).contains(
				"""
						target/check-command-tests/awards.md:7:1: heading: the page title comes from the front matter; start headings in the text at ##
						::error file=target/check-command-tests/awards.md,line=7,col=1,title=heading::the page title comes from the front matter; start headings in the text at ##
						""");
	}

	@Test
	void findsTheFolderAfterOptionsThatTheWrapperAddsFirst() {
		PrintStream out = new PrintStream(this.output, true, StandardCharsets.UTF_8);
		assertThat(new CheckCommand(out, Map.of()).run("--spring.profiles.active=dev", "check", FOLDER.toString()))
			.isZero();
		assertThat(output()).isEqualTo("Checked 1 file in target/check-command-tests: no problems.\n");
	}

	@Test
	void escapesWhatGitHubWouldReadAsCommandSyntax() {
		ContentProblem problem = new ContentProblem("content/a,b.md", 3, 5, "milestones[1].title", "100% wrong\nnow");
		assertThat(CheckCommand.annotation(problem))
			.isEqualTo("::error file=content/a%2Cb.md,line=3,col=5,title=milestones[1].title::100%25 wrong%0Anow");
	}

	@Test
	void reportsAFolderThatDoesNotExist() {
		assertThat(new CheckCommand(new PrintStream(this.output, true, StandardCharsets.UTF_8), Map.of()).run("check",
				"no-such-folder"))
			.isEqualTo(1);
		assertThat(output()).isEqualTo("""
				no-such-folder:1:1: the content folder does not exist; give the folder that holds the history
				Checked 0 files in no-such-folder: 1 problem in 1 file.
				""");
	}

	private int run(Map<String, String> environment) {
		PrintStream out = new PrintStream(this.output, true, StandardCharsets.UTF_8);
		return new CheckCommand(out, environment).run("check", FOLDER.toString());
	}

	private String output() {
		return this.output.toString(StandardCharsets.UTF_8);
	}

}
