package no.oslocancercluster.history.content.frontmatter;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import no.oslocancercluster.history.content.model.ContentProblem;
import no.oslocancercluster.history.content.model.FileProblems;
import no.oslocancercluster.history.content.model.SplitFile;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonPointer;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectReader;
import tools.jackson.dataformat.yaml.YAMLMapper;

import org.springframework.util.function.SingletonSupplier;

/**
 * Binds YAML front matter to a record with Jackson, checks it with Bean Validation, and
 * reports every problem at the line of the offending key or list item.
 */
public class FrontMatterReader {

	private final Supplier<Validator> validator;

	public FrontMatterReader(Validator validator) {
		this.validator = () -> validator;
	}

	private FrontMatterReader(Supplier<Validator> validator) {
		this.validator = validator;
	}

	/**
	 * A reader that starts Bean Validation when it first checks a file: a start from the
	 * snapshot of checked content checks none, and leaves Hibernate Validator (some 550
	 * classes) out.
	 */
	public static FrontMatterReader validatingWhenFirstNeeded() {
		return new FrontMatterReader(
				SingletonSupplier.of(() -> Validation.buildDefaultValidatorFactory().getValidator()));
	}

	static YAMLMapper mapper() {
		return Mapper.INSTANCE;
	}

	/**
	 * Reads the front matter of a file into the given record type, adding every problem
	 * to {@code problems}; the result's value is {@code null} when the front matter
	 * cannot be bound or is invalid.
	 */
	public <T> Bound<T> read(SplitFile file, Class<T> type, FileProblems problems) {
		T valid = readValid(file, type);
		if (valid != null) {
			return new Bound<>(valid, YamlLocations.whenNeeded(file));
		}
		return readWithProblems(file, type, problems);
	}

	/**
	 * Front matter already read and found valid in this same file, with its keys' lines
	 * found if a problem needs them.
	 */
	public <T> Bound<T> bound(SplitFile file, T valid) {
		return new Bound<>(valid, YamlLocations.whenNeeded(file));
	}

	// Most files are right, and for them one pass over the YAML is enough: bound
	// strictly, parsed to the end, valid.
	// Anything else is read again by readWithProblems, which finds and locates every
	// problem.
	private <T> T readValid(SplitFile file, Class<T> type) {
		try (JsonParser parser = Mapper.INSTANCE.createParser(file.frontMatter())) {
			T value = Mapper.INSTANCE.readerFor(type).readValue(parser);
			while (parser.nextToken() != null) {
				// The rest of the block must parse too: a syntax error anywhere is
				// reported on its own.
			}
			return (value != null && this.validator.get().validate(value).isEmpty()) ? value : null;
		}
		catch (JacksonException ex) {
			return null;
		}
	}

	private <T> Bound<T> readWithProblems(SplitFile file, Class<T> type, FileProblems problems) {
		int before = problems.count();
		YamlLocations locations;
		try {
			locations = YamlLocations.of(file);
		}
		catch (StreamReadException ex) {
			problems.add(syntaxProblem(file, ex));
			return new Bound<>(null, null);
		}
		BindingProblems binding = new BindingProblems(locations, problems);
		T value = bind(file, type, binding, locations, problems);
		if (value == null) {
			if (problems.count() == before) {
				problems.add(1, 1, null, "the front matter is empty; add the fields between the two --- lines");
			}
			return new Bound<>(null, locations);
		}
		validate(type, value, binding, locations, problems);
		return new Bound<>((problems.count() == before) ? value : null, locations);
	}

	// Bean Validation's problems, but where binding already reported one.
	private <T> void validate(Class<T> type, T value, BindingProblems binding, YamlLocations locations,
			FileProblems problems) {
		for (ConstraintViolation<T> violation : inFieldOrder(type, this.validator.get().validate(value))) {
			JsonPointer pointer = pointer(violation.getPropertyPath());
			if (!binding.reportedAt(pointer)) {
				problems.add(locations.problem(pointer, violation.getMessage()));
			}
		}
	}

	private <T> T bind(SplitFile file, Class<T> type, BindingProblems handler, YamlLocations locations,
			FileProblems problems) {
		ObjectReader reader = Mapper.INSTANCE.readerFor(type).withHandler(handler);
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

	private static ContentProblem syntaxProblem(SplitFile file, StreamReadException ex) {
		int line = (ex.getLocation() != null) ? ex.getLocation().getLineNr() : 1;
		int column = (ex.getLocation() != null) ? Math.max(1, ex.getLocation().getColumnNr()) : 1;
		String reason = YamlLocations.firstLine(ex.getOriginalMessage());
		return new ContentProblem(file.path(), file.frontMatterLine() + Math.max(line, 1) - 1, column, null,
				"the front matter is not valid YAML (" + reason
						+ "); check the indentation and put quotes around text that contains a colon");
	}

	// Bean Validation gives a set, in no particular order; problems at the same place
	// (missing fields are reported
	// where the block starts) come in the order of the fields, the same at every check.
	private static <T> List<ConstraintViolation<T>> inFieldOrder(Class<T> type,
			Set<ConstraintViolation<T>> violations) {
		List<String> fields = Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList();
		Comparator<ConstraintViolation<T>> byField = Comparator.comparingInt((violation) -> {
			Iterator<Path.Node> nodes = violation.getPropertyPath().iterator();
			int index = nodes.hasNext() ? fields.indexOf(nodes.next().getName()) : -1;
			return (index >= 0) ? index : fields.size();
		});
		return violations.stream()
			.sorted(byField.thenComparing((violation) -> violation.getPropertyPath().toString())
				.thenComparing(ConstraintViolation::getMessage))
			.toList();
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

	// Built when the first file needs reading (a start from a snapshot of unchanged files
	// need not build it), and
	// shared: a mapper is thread-safe once built.
	private static final class Mapper {

		static final YAMLMapper INSTANCE = YAMLMapper.builder()
			.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
			.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
			.build();

	}

	/**
	 * Front matter bound to a record, with where its keys are in the file.
	 *
	 * @param <T> the record type
	 * @param value the record, or {@code null} when the front matter has problems
	 * @param locations the keys' lines, or {@code null} when the YAML does not parse
	 */
	public record Bound<T>(T value, YamlLocations locations) {

	}

}
