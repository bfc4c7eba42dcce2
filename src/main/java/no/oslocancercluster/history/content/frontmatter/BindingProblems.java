package no.oslocancercluster.history.content.frontmatter;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import no.oslocancercluster.history.content.model.FileProblems;
import no.oslocancercluster.history.content.model.Spelling;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonPointer;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.DeserializationProblemHandler;

/**
 * Collects the problems Jackson meets while binding front matter (unknown fields, values
 * of the wrong kind) and lets binding go on, so that one run reports them all.
 */
class BindingProblems extends DeserializationProblemHandler {

	private final YamlLocations locations;

	private final FileProblems problems;

	private final Set<JsonPointer> reported = new HashSet<>();

	BindingProblems(YamlLocations locations, FileProblems problems) {
		this.locations = locations;
		this.problems = problems;
	}

	/**
	 * Whether a problem was reported at the given path; Bean Validation need not add its
	 * own there.
	 */
	boolean reportedAt(JsonPointer pointer) {
		return this.reported.contains(pointer);
	}

	boolean reportedAny() {
		return !this.reported.isEmpty();
	}

	@Override
	public boolean handleUnknownProperty(DeserializationContext context, JsonParser parser,
			ValueDeserializer<?> deserializer, Object beanOrClass, String propertyName) {
		Class<?> type = (beanOrClass instanceof Class<?> c) ? c : beanOrClass.getClass();
		List<String> fields = fieldsOf(type);
		String message = suggestion(propertyName, fields).map((field) -> "unknown field; did you mean " + field + "?")
			.orElse("unknown field; the fields here are " + String.join(", ", fields));
		report(parser, message);
		parser.skipChildren();
		return true;
	}

	@Override
	public Object handleWeirdStringValue(DeserializationContext context, Class<?> targetType, String value,
			String failureMessage) {
		report(context.getParser(), "\"" + value + "\" is not " + kindOf(targetType));
		return null;
	}

	@Override
	public Object handleWeirdNumberValue(DeserializationContext context, Class<?> targetType, Number value,
			String failureMessage) {
		report(context.getParser(), value + " is not " + kindOf(targetType));
		return null;
	}

	@Override
	public Object handleUnexpectedToken(DeserializationContext context, JavaType targetType, JsonToken token,
			JsonParser parser, String failureMessage) {
		report(parser, "should be " + kindOf(targetType.getRawClass()));
		parser.skipChildren();
		return null;
	}

	private void report(JsonParser parser, String message) {
		JsonPointer pointer = YamlLocations.pointerOf(parser);
		this.reported.add(pointer);
		this.problems.add(this.locations.problem(pointer, message));
	}

	private static String kindOf(Class<?> type) {
		if (Number.class.isAssignableFrom(type) || type == int.class) {
			return "a whole number";
		}
		if (Collection.class.isAssignableFrom(type)) {
			return "a list (one item per line, each starting with -)";
		}
		if (type == Boolean.class || type == boolean.class) {
			return "true or false";
		}
		if (type.isRecord()) {
			return "a group of fields";
		}
		return "a piece of text";
	}

	static List<String> fieldsOf(Class<?> type) {
		RecordComponent[] components = type.getRecordComponents();
		return (components != null) ? Arrays.stream(components).map(RecordComponent::getName).toList() : List.of();
	}

	private static Optional<String> suggestion(String name, List<String> fields) {
		return fields.stream()
			.filter((field) -> Spelling.distance(name.toLowerCase(), field.toLowerCase()) <= 2)
			.min(Comparator.comparingInt((field) -> Spelling.distance(name, field)));
	}

}
