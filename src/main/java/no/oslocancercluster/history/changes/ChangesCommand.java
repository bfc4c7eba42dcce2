package no.oslocancercluster.history.changes;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import no.oslocancercluster.history.content.store.ContentLoader;

/**
 * {@code changes BASE HEAD [--site=ADDRESS]}: prints, as Markdown, what the content
 * folder HEAD changes for visitors against the folder BASE, with the pages linked to the
 * site at the given address (a pull request's preview).
 */
public final class ChangesCommand {

	private static final String SITE = "--site=";

	private final PrintStream out;

	public ChangesCommand(PrintStream out) {
		this.out = out;
	}

	/**
	 * Prints the report; the exit code is 0 when it was written, also when the head
	 * folder has problems (the report lists them, and the check fails on them), and 2
	 * when the folders are not given.
	 */
	public int run(String... args) {
		List<String> words = Arrays.stream(args).filter((arg) -> !arg.startsWith("--")).toList();
		int changes = words.indexOf("changes");
		if (changes < 0 || changes + 2 >= words.size()) {
			this.out.println("Usage: java -jar history.jar changes <base content folder> <head content folder>"
					+ " [--site=<address of the head's preview>]");
			return 2;
		}
		String site = Arrays.stream(args)
			.filter((arg) -> arg.startsWith(SITE))
			.map((arg) -> arg.substring(SITE.length()))
			.findFirst()
			.orElse(null);
		this.out.print(
				ReportMarkdown.write(report(Path.of(words.get(changes + 1)), Path.of(words.get(changes + 2))), site));
		return 0;
	}

	static ChangeReport report(Path base, Path head) {
		try (ValidatorFactory validation = Validation.buildDefaultValidatorFactory()) {
			ContentLoader.Result before = new ContentLoader(validation.getValidator()).check(base);
			ContentLoader.Result after = new ContentLoader(validation.getValidator()).check(head);
			if (!after.problems().isEmpty()) {
				return ChangeReport.ofProblems(after.problems());
			}
			if (!before.problems().isEmpty()) {
				return ChangeReport.ofProblems(List.of());
			}
			return ChangeReport.between(before.editions(), after.editions());
		}
	}

}
