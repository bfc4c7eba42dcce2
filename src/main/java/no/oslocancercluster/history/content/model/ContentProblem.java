package no.oslocancercluster.history.content.model;

/**
 * One thing wrong in a content file, located so that an editor can go straight to it.
 *
 * @param path the file as given (relative when the content folder was relative)
 * @param line the line in the file, counting from 1
 * @param column the column in the line, counting from 1
 * @param field the front matter field or Markdown element at fault, or {@code null}
 * @param message what is wrong and what to do about it
 */
public record ContentProblem(String path, int line, int column, String field, String message) {

	@Override
	public String toString() {
		String location = this.path + ":" + this.line + ":" + this.column + ": ";
		return (this.field != null) ? location + this.field + ": " + this.message : location + this.message;
	}

}
