package no.oslocancercluster.history.content;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import no.oslocancercluster.history.content.model.ContentProblem;
import no.oslocancercluster.history.content.store.ContentLoader;

/**
 * {@code check [folder]}: checks a content folder without serving it and prints every
 * problem, one per line, then a summary. In GitHub Actions it also prints workflow
 * commands, so each problem shows on the pull request.
 */
public final class CheckCommand {

	private final PrintStream out;

	private final Map<String, String> environment;

	public CheckCommand(PrintStream out, Map<String, String> environment) {
		this.out = out;
		this.environment = environment;
	}

	/**
	 * Runs the check on the folder named after {@code check} (options such as
	 * {@code --x=y} are skipped); the exit code is 1 when anything is wrong, 0 otherwise.
	 */
	public int run(String... args) {
		List<String> words = Arrays.stream(args).filter((arg) -> !arg.startsWith("--")).toList();
		int check = words.indexOf("check");
		Path folder = Path.of((check >= 0 && check + 1 < words.size()) ? words.get(check + 1) : "content");
		ContentLoader.Result result;
		try (ValidatorFactory validation = Validation.buildDefaultValidatorFactory()) {
			result = new ContentLoader(validation.getValidator()).check(folder);
		}
		boolean github = "true".equals(this.environment.get("GITHUB_ACTIONS"));
		for (ContentProblem problem : result.problems()) {
			this.out.println(problem);
			if (github) {
				this.out.println(annotation(problem));
			}
		}
		this.out.println(summary(folder, result));
		return result.problems().isEmpty() ? 0 : 1;
	}

	private static String summary(Path folder, ContentLoader.Result result) {
		String files = result.files() + ((result.files() == 1) ? " file" : " files");
		long broken = result.problems().stream().map(ContentProblem::path).distinct().count();
		if (result.problems().isEmpty()) {
			return "Checked " + files + " in " + folder + ": no problems.";
		}
		String problems = result.problems().size() + ((result.problems().size() == 1) ? " problem" : " problems");
		return "Checked " + files + " in " + folder + ": " + problems + " in " + broken
				+ ((broken == 1) ? " file." : " files.");
	}

	// https://docs.github.com/actions/reference/workflow-commands-for-github-actions#setting-an-error-message
	static String annotation(ContentProblem problem) {
		String title = (problem.field() != null) ? problem.field() : "content";
		return "::error file=" + property(problem.path()) + ",line=" + problem.line() + ",col=" + problem.column()
				+ ",title=" + property(title) + "::" + data(problem.message());
	}

	private static String data(String value) {
		return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
	}

	private static String property(String value) {
		return data(value).replace(":", "%3A").replace(",", "%2C");
	}

}
