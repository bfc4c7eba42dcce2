package no.oslocancercluster.history;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged jar, run as editors and the workflows run it: its class loading differs
 * from the tests' flat class path, so the commands are checked on the jar itself (by
 * Maven's failsafe plugin, after {@code package}).
 */
class PackagedJarTests {

	private static final Path JAR = Path.of("target", "history.jar");

	@Test
	void checkPassesOnTheRealContent() throws Exception {
		Result result = run("check", "content");
		assertThat(result.output()).endsWith("files in content: no problems.\n");
		assertThat(result.exit()).isZero();
	}

	@Test
	void checkReportsEveryProblemWithItsLineAndAnnotatesThePullRequest(@TempDir Path root) throws Exception {
		Path content = root.resolve("content");
		FileSystemUtils.copyRecursively(Path.of("content"), content);
		Path awards = content.resolve("awards.md");
		Files.writeString(awards,
				Files.readString(awards)
					.replace("date: \"2019-12\"", "date: Dec 2019")
					.concat("\nSee [the park](/innovation-parc).\n"));
		Result result = run("check", content.toString());
		String file = content.resolve("awards.md").toString();
		assertThat(result.output().lines().toList()).containsExactly(
				file + ":6:5: milestones[1].date: \"Dec 2019\" is not a date; write 2019-12 (year-month) or 2019-12-05",
				"::error file=" + file.replace(":", "%3A")
						+ ",line=6,col=5,title=milestones[1].date::\"Dec 2019\" is not a date; write 2019-12 (year-month) or 2019-12-05",
				file + ":24:5: link: \"/innovation-parc\" is not a page of this site; the sections are /awards, /expansions, /expertise-status, /founding, /innovation-park",
				"::error file=" + file.replace(":", "%3A")
						+ ",line=24,col=5,title=link::\"/innovation-parc\" is not a page of this site; the sections are /awards, /expansions, /expertise-status, /founding, /innovation-park",
				"Checked 26 files in " + content + ": 2 problems in 1 file.");
		assertThat(result.exit()).isEqualTo(1);
	}

	@Test
	void exportWritesTheSiteAsStaticFiles(@TempDir Path root) throws Exception {
		Path site = root.resolve("site");
		Result result = run("export", site.toString());
		assertThat(result.exit()).isZero();
		assertThat(result.output()).contains("Exported ");
		assertThat(site.resolve("index.html")).content().contains("Oslo Cancer Cluster");
		assertThat(site.resolve("founding.html")).exists();
		assertThat(site.resolve("404.html")).exists();
	}

	@Test
	void warmUpAsksTheSiteForEveryPageManyTimesAndStops() throws Exception {
		Result result = run("warm-up");
		assertThat(result.exit()).isZero();
		String line = result.output().lines().filter((text) -> text.startsWith("Warmed up: ")).findFirst().orElse("");
		assertThat(line).matches("Warmed up: \\d+ answers in \\d+ ms");
		assertThat(Integer.parseInt(line.split(" ")[2])).isGreaterThanOrEqualTo(20_000);
	}

	private static Result run(String... args) throws IOException, InterruptedException {
		List<String> command = command(args);
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
		builder.environment().put("GITHUB_ACTIONS", "true");
		Process process = builder.start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
		return new Result(output, process.exitValue());
	}

	/**
	 * The command that runs the packaged jar with these arguments, on the tests' own JVM.
	 */
	static List<String> command(String... args) {
		List<String> command = new java.util.ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString()));
		command.addAll(List.of(args));
		return command;
	}

	private record Result(String output, int exit) {

	}

}
