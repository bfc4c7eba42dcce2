package no.oslocancercluster.history.content;

import java.util.List;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonPointer;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectReader;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Binds YAML front matter to a record with Jackson, checks it with Bean Validation, and reports every problem
 * at the line of the offending key or list item.
 */
class FrontMatterReader {

	private final YAMLMapper mapper = YAMLMapper.builder()
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
		.build();

	private final Validator validator;

	FrontMatterReader(Validator validator) {
		this.validator = validator;
	}

	/**
	 * Reads the front matter of a file into the given record type, adding every problem to {@code problems}; the
	 * result's value is {@code null} when the front matter cannot be bound or is invalid.
	 */
	<T> Bound<T> read(SourceFile file, Class<T> type, List<ContentProblem> problems) {
		T valid = readValid(file, type);
		if (valid != null) {
			return new Bound<>(valid, YamlLocations.whenNeeded(this.mapper, file));
		}
		return readWithProblems(file, type, problems);
	}

	// Most files are right, and for them one pass over the YAML is enough: bound strictly, parsed to the end, valid.
	// Anything else is read again by readWithProblems, which finds and locates every problem.
	private <T> T readValid(SourceFile file, Class<T> type) {
		try (JsonParser parser = this.mapper.createParser(file.frontMatter())) {
			T value = this.mapper.readerFor(type).readValue(parser);
			while (parser.nextToken() != null) {
				// The rest of the block must parse too: a syntax error anywhere is reported on its own.
			}
			return (value != null && this.validator.validate(value).isEmpty()) ? value : null;
		}
		catch (JacksonException ex) {
			return null;
		}
	}

	private <T> Bound<T> readWithProblems(SourceFile file, Class<T> type, List<ContentProblem> problems) {
		int before = problems.size();
		YamlLocations locations;
		try {
			locations = YamlLocations.of(this.mapper, file);
		}
		catch (StreamReadException ex) {
			problems.add(syntaxProblem(file, ex));
			return new Bound<>(null, null);
		}
		BindingProblems binding = new BindingProblems(locations, problems);
		T value = bind(file, type, binding, locations, problems);
		if (value == null) {
			if (problems.size() == before) {
				problems.add(new ContentProblem(file.path(), 1, 1, null,
						"the front matter is empty; add the fields between the two --- lines"));
			}
			return new Bound<>(null, locations);
		}
		for (ConstraintViolation<T> violation : this.validator.validate(value)) {
			JsonPointer pointer = pointer(violation.getPropertyPath());
			if (!binding.reportedAt(pointer)) {
				problems.add(locations.problem(pointer, violation.getMessage()));
			}
		}
		return new Bound<>((problems.size() == before) ? value : null, locations);
	}

	private <T> T bind(SourceFile file, Class<T> type, BindingProblems handler, YamlLocations locations,
			List<ContentProblem> problems) {
		ObjectReader reader = this.mapper.readerFor(type).withHandler(handler);
		try {
			return reader.readValue(file.frontMatter());
		}
		catch (JacksonException ex) {
			if (!handler.reportedAny()) {
				problems.add(locations.problem(JsonPointer.empty(), "could not be read: " + ex.getOriginalMessage()));
			}
			return null;
		}
	}

	private static ContentProblem syntaxProblem(SourceFile file, StreamReadException ex) {
		int line = (ex.getLocation() != null) ? ex.getLocation().getLineNr() : 1;
		int column = (ex.getLocation() != null) ? Math.max(1, ex.getLocation().getColumnNr()) : 1;
		String reason = YamlLocations.firstLine(ex.getOriginalMessage());
		return new ContentProblem(file.path(), file.frontMatterLine() + Math.max(line, 1) - 1, column, null,
				"the front matter is not valid YAML (" + reason
						+ "); check the indentation and put quotes around text that contains a colon");
	}

	private static JsonPointer pointer(Path path) {
		JsonPointer pointer = JsonPointer.empty();
		for (Path.Node node : path) {
			if (node.getIndex() != null) {
				pointer = pointer.appendIndex(node.getIndex());
			}
			if (node.getKind() == ElementKind.PROPERTY) {
				pointer = pointer.appendProperty(node.getName());
			}
		}
		return pointer;
	}

	/**
	 * Front matter bound to a record, with where its keys are in the file.
	 *
	 * @param <T> the record type
	 * @param value the record, or {@code null} when the front matter has problems
	 * @param locations the keys' lines, or {@code null} when the YAML does not parse
	 */
	record Bound<T>(T value, YamlLocations locations) {

	}

}
