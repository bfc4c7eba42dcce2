package no.oslocancercluster.history.content.model;

import java.util.ArrayList;
import java.util.List;

/**
 * The problems of one content file while it is read: the file is named once, and each
 * step of reading adds what it finds wrong, in the order it finds it. One collector per
 * file, used by the thread that reads that file.
 */
public final class FileProblems {

	private final String path;

	private final List<ContentProblem> problems = new ArrayList<>();

	/**
	 * A collector for the file at the given path, as problems name it.
	 */
	public FileProblems(String path) {
		this.path = path;
	}

	/**
	 * The file, as its problems name it.
	 */
	public String path() {
		return this.path;
	}

	/**
	 * Adds a problem at a line and column of this file; {@code field} is the front matter
	 * field or Markdown element at fault, or {@code null}.
	 */
	public void add(int line, int column, String field, String message) {
		this.problems.add(new ContentProblem(this.path, line, column, field, message));
	}

	/**
	 * Adds a problem already located in this file.
	 */
	public void add(ContentProblem problem) {
		this.problems.add(problem);
	}

	/**
	 * Adds problems already located in this file, in their order.
	 */
	public void addAll(List<ContentProblem> problems) {
		this.problems.addAll(problems);
	}

	/**
	 * How many problems have been added so far: a step that notes it first can tell
	 * whether it found any.
	 */
	public int count() {
		return this.problems.size();
	}

	/**
	 * Whether no problem has been added.
	 */
	public boolean isEmpty() {
		return this.problems.isEmpty();
	}

	/**
	 * The problems added so far, in the order they were added.
	 */
	public List<ContentProblem> list() {
		return List.copyOf(this.problems);
	}

}
