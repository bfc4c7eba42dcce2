package no.oslocancercluster.history.content.model;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when the content folder has problems; carries every problem found, in every
 * file.
 */
public class ContentException extends RuntimeException {

	private final List<ContentProblem> problems;

	public ContentException(List<ContentProblem> problems) {
		super(describe(problems));
		this.problems = List.copyOf(problems);
	}

	public List<ContentProblem> getProblems() {
		return this.problems;
	}

	private static String describe(List<ContentProblem> problems) {
		String count = (problems.size() == 1) ? "1 problem" : problems.size() + " problems";
		return problems.stream()
			.map(ContentProblem::toString)
			.collect(Collectors.joining("\n", "The content has " + count + ":\n", ""));
	}

}
