package no.oslocancercluster.history.content.frontmatter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.victools.jsonschema.generator.FieldScope;
import com.github.victools.jsonschema.generator.MemberScope;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import com.github.victools.jsonschema.module.jakarta.validation.JakartaValidationModule;
import com.github.victools.jsonschema.module.jakarta.validation.JakartaValidationOption;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/**
 * The JSON Schemas of the front matter, made from the records the front matter binds to
 * and their constraints, for the editors' YAML tools. {@link FrontMatterSchemaTests}
 * keeps the files in {@code .vscode/schemas} equal to what this makes.
 */
final class FrontMatterSchemas {

	/**
	 * Where the schemas are kept in the repository.
	 */
	static final Path FOLDER = Path.of(".vscode", "schemas");

	/**
	 * A day that {@code HistoricalDate.parse} accepts: {@code 2019-12-05}, a real
	 * calendar date (30 days in April, 29 February in a leap year only).
	 */
	static final String DAY = "\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)"
			+ "|02-(?:0[1-9]|1\\d|2[0-8]))|(?:\\d{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29";

	/**
	 * A year ({@code 2006}), a month ({@code 2015-05}) or a day, as
	 * {@code HistoricalDate.parse} accepts them.
	 */
	static final String DATE = "\\d{4}(?:-(?:0[1-9]|1[0-2]))?|" + DAY;

	/**
	 * Text with something in it besides spaces, which {@code @NotBlank} asks for.
	 */
	static final String NOT_BLANK = "\\S";

	private static final Path SOURCES = Path.of("src", "main", "java");

	private FrontMatterSchemas() {
	}

	/**
	 * The schemas by file name, in the order they are listed in the editors' settings.
	 */
	static Map<String, Class<?>> files() {
		Map<String, Class<?>> files = new LinkedHashMap<>();
		files.put("section.schema.json", SectionFrontMatter.class);
		files.put("home.schema.json", OverviewFrontMatter.class);
		files.put("name.schema.json", EntityFrontMatter.class);
		return files;
	}

	/**
	 * The schema of a front matter record, as the text of its file.
	 */
	static String text(Class<?> type) {
		ObjectNode generated = generator().generateSchema(type);
		ObjectNode schema = generated.objectNode();
		schema.set("$schema", generated.remove("$schema"));
		schema.put("$comment", "Made by FrontMatterSchemaTests from " + type.getSimpleName()
				+ " and its constraints; do not edit by hand, run the test and copy what it writes to target/");
		schema.put("title", type.getSimpleName());
		schema.put("description", javadoc(type).summary());
		schema.setAll(generated);
		return schema.toPrettyString().replace("\r\n", "\n") + "\n";
	}

	/**
	 * The pattern a record component's text must match, anchored as JSON Schema needs
	 * ({@code pattern} finds, Bean Validation's {@code @Pattern} matches the whole text),
	 * or {@code null} when it has none.
	 */
	static String pattern(HistoricalDateText date, Pattern pattern, NotBlank notBlank) {
		if (date != null) {
			return anchored(date.day() ? DAY : DATE);
		}
		if (pattern != null) {
			return anchored(pattern.regexp());
		}
		return (notBlank != null) ? NOT_BLANK : null;
	}

	private static String anchored(String regexp) {
		return "^(?:" + regexp + ")$";
	}

	private static SchemaGenerator generator() {
		SchemaGeneratorConfigBuilder builder = new SchemaGeneratorConfigBuilder(SchemaVersion.DRAFT_7,
				OptionPreset.PLAIN_JSON)
			.with(new JakartaValidationModule(JakartaValidationOption.NOT_NULLABLE_FIELD_IS_REQUIRED))
			.with(Option.FORBIDDEN_ADDITIONAL_PROPERTIES_BY_DEFAULT, Option.NULLABLE_FIELDS_BY_DEFAULT);
		builder.forFields()
			.withStringPatternResolver(
					(field) -> pattern(field.getAnnotationConsideringFieldAndGetter(HistoricalDateText.class),
							field.getAnnotationConsideringFieldAndGetter(Pattern.class),
							field.getAnnotationConsideringFieldAndGetter(NotBlank.class)))
			.withDescriptionResolver(FrontMatterSchemas::description)
			.withInstanceAttributeOverride((property, field, context) -> patternErrorMessage(property, field));
		builder.forTypesInGeneral().withPropertySorter(FrontMatterSchemas::inComponentOrder);
		return new SchemaGenerator(builder.build());
	}

	private static int inComponentOrder(MemberScope<?, ?> a, MemberScope<?, ?> b) {
		return Integer.compare(index(a), index(b));
	}

	private static int index(MemberScope<?, ?> member) {
		Class<?> type = member.getDeclaringType().getErasedType();
		List<String> names = (type.isRecord())
				? Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList() : List.of();
		return names.indexOf(member.getDeclaredName());
	}

	// The record's own Javadoc for the component: the same words the editors' guide and
	// the code use.
	private static String description(FieldScope field) {
		if (field.isFakeContainerItemScope()) {
			return null;
		}
		return javadoc(field.getDeclaringType().getErasedType()).params().get(field.getDeclaredName());
	}

	// What the check says when a value does not match, without the value itself ("Not an
	// id; use lowercase letters, digits and hyphens, like gold-label"): the YAML language
	// server shows it instead of the pattern.
	private static void patternErrorMessage(ObjectNode property, FieldScope field) {
		if (field.isFakeContainerItemScope() || !property.has("pattern")) {
			return;
		}
		HistoricalDateText date = field.getAnnotationConsideringFieldAndGetter(HistoricalDateText.class);
		Pattern pattern = field.getAnnotationConsideringFieldAndGetter(Pattern.class);
		NotBlank notBlank = field.getAnnotationConsideringFieldAndGetter(NotBlank.class);
		String message = (date != null) ? date.message() : (pattern != null) ? pattern.message() : notBlank.message();
		property.put("patternErrorMessage", advice(message));
	}

	static String advice(String message) {
		String advice = message.replace("\"${validatedValue}\" ", "").replaceFirst("^is ", "");
		return Character.toUpperCase(advice.charAt(0)) + advice.substring(1);
	}

	/**
	 * A record's Javadoc: its first sentence and the text of each {@code @param}.
	 */
	static Javadoc javadoc(Class<?> record) {
		Class<?> file = record.getNestHost();
		Path source = SOURCES.resolve(file.getName().replace('.', '/') + ".java");
		String text;
		try {
			text = Files.readString(source);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		int declaration = text.indexOf("record " + record.getSimpleName() + "(");
		int start = text.lastIndexOf("/**", declaration);
		int end = text.indexOf("*/", start);
		if (declaration < 0 || start < 0 || end > declaration) {
			throw new IllegalStateException("no Javadoc before record " + record.getSimpleName() + " in " + source);
		}
		String comment = Stream.of(text.substring(start + 3, end).split("\n"))
			.map((line) -> line.strip().replaceFirst("^\\*\\s?", ""))
			.reduce("", (a, b) -> a + " " + b)
			.replaceAll("\\{@(?:code|link) ([^}]*)}", "$1")
			.replaceAll("\\s+", " ")
			.strip();
		String[] parts = comment.split(" @param ");
		Map<String, String> params = new LinkedHashMap<>();
		for (String part : Arrays.asList(parts).subList(1, parts.length)) {
			Matcher param = java.util.regex.Pattern.compile("(\\w+) (.*)").matcher(part);
			if (param.matches()) {
				params.put(param.group(1), sentence(param.group(2)));
			}
		}
		return new Javadoc(parts[0], params);
	}

	private static String sentence(String text) {
		return Character.toUpperCase(text.charAt(0)) + text.substring(1) + ".";
	}

	record Javadoc(String summary, Map<String, String> params) {

	}

}
