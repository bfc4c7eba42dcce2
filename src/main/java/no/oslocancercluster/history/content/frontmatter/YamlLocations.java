package no.oslocancercluster.history.content.frontmatter;

import java.util.HashMap;
import java.util.Map;

import no.oslocancercluster.history.content.model.ContentProblem;
import no.oslocancercluster.history.content.model.SplitFile;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonPointer;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;

/**
 * Where each key and list item of a front matter block is, so that a problem found after
 * binding can still name its line and column in the file.
 */
public final class YamlLocations {

	private final SplitFile file;

	private Map<JsonPointer, TokenStreamLocation> locations;

	private YamlLocations(SplitFile file, Map<JsonPointer, TokenStreamLocation> locations) {
		this.file = file;
		this.locations = locations;
	}

	/**
	 * Walks the YAML once, noting the first location of every path; throws when the YAML
	 * does not parse.
	 */
	static YamlLocations of(SplitFile file) {
		return new YamlLocations(file, walk(file));
	}

	/**
	 * The same locations, found only if a problem needs one (most files have none); for
	 * YAML known to parse.
	 */
	static YamlLocations whenNeeded(SplitFile file) {
		return new YamlLocations(file, null);
	}

	private static Map<JsonPointer, TokenStreamLocation> walk(SplitFile file) {
		Map<JsonPointer, TokenStreamLocation> locations = new HashMap<>();
		try (JsonParser parser = FrontMatterReader.mapper().createParser(file.frontMatter())) {
			for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
				if (!token.isStructEnd()) {
					locations.putIfAbsent(pointerOf(parser), parser.currentTokenLocation());
				}
			}
		}
		return locations;
	}

	// A file's problems are found by the thread that reads it, then by the checks across
	// files: one at a time.
	private synchronized Map<JsonPointer, TokenStreamLocation> locations() {
		if (this.locations == null) {
			this.locations = walk(this.file);
		}
		return this.locations;
	}

	/**
	 * The path of the value the parser is at, or of the key it is reading.
	 */
	static JsonPointer pointerOf(JsonParser parser) {
		TokenStreamContext context = parser.streamReadContext();
		if (parser.currentToken() != null && parser.currentToken().isStructStart() && context.getParent() != null) {
			context = context.getParent();
		}
		return context.pathAsPointer();
	}

	/**
	 * A problem located at the given path, or at its closest ancestor that the file has
	 * (a missing field is reported where its parent starts).
	 */
	public ContentProblem problem(JsonPointer pointer, String message) {
		Map<JsonPointer, TokenStreamLocation> locations = locations();
		JsonPointer at = pointer;
		while (at != null && !locations.containsKey(at)) {
			at = at.head();
		}
		TokenStreamLocation location = (at != null) ? locations.get(at) : null;
		int line = (location != null) ? this.file.frontMatterLine() + location.getLineNr() - 1 : 1;
		int column = (location != null) ? Math.max(1, location.getColumnNr()) : 1;
		return new ContentProblem(this.file.path(), line, column, field(pointer), message);
	}

	/**
	 * An editor's name for a path: {@code milestones[1].date}.
	 */
	static String field(JsonPointer pointer) {
		StringBuilder field = new StringBuilder();
		for (JsonPointer at = pointer; at != null && !at.matches(); at = at.tail()) {
			if (at.mayMatchElement()) {
				field.append('[').append(at.getMatchingIndex() + 1).append(']');
			}
			else {
				field.append((field.length() > 0) ? "." : "").append(at.getMatchingProperty());
			}
		}
		return (field.length() > 0) ? field.toString() : null;
	}

	static String firstLine(String message) {
		return (message != null) ? message.lines().findFirst().orElse("").strip() : "";
	}

}
