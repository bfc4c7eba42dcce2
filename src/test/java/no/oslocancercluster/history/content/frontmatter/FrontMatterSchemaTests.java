package no.oslocancercluster.history.content.frontmatter;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.keyword.NonValidationKeyword;
import jakarta.validation.Validation;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import no.oslocancercluster.history.LocalSite;
import no.oslocancercluster.history.content.model.ContentProblem;
import no.oslocancercluster.history.content.model.HistoricalDate;
import no.oslocancercluster.history.content.model.SplitFile;
import no.oslocancercluster.history.content.store.ContentLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps the JSON Schemas of the front matter in {@code .vscode/schemas}, which editors'
 * YAML tools read, in step with the records the front matter binds to and with the site's
 * own check.
 */
class FrontMatterSchemaTests {

	private static final Path CONTENT = Path.of("content");

	// Draft 7, as the YAML language server reads it, with the message it shows when a
	// pattern does not match.
	private static final Dialect DIALECT = Dialect.builder(Dialects.getDraft7())
		.keyword(new NonValidationKeyword("patternErrorMessage"))
		.build();

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final ContentLoader loader = new ContentLoader(Validation.buildDefaultValidatorFactory().getValidator());

	static Stream<String> schemaFiles() {
		return FrontMatterSchemas.files().keySet().stream();
	}

	@ParameterizedTest
	@MethodSource("schemaFiles")
	void theCommittedSchemaIsTheOneTheRecordsMake(String name) throws IOException {
		String generated = FrontMatterSchemas.text(FrontMatterSchemas.files().get(name));
		Path committed = FrontMatterSchemas.FOLDER.resolve(name);
		String text = Files.exists(committed) ? Files.readString(committed) : "";
		if (!text.equals(generated)) {
			Path written = Path.of("target", "schemas", name);
			Files.createDirectories(written.getParent());
			Files.writeString(written, generated);
			assertThat(text).as("%s is not what the front matter records make; replace it with %s", committed, written)
				.isEqualTo(generated);
		}
	}

	@Test
	void everyFileInTheContentFolderMatchesItsSchema() throws IOException {
		List<Path> files = contentFiles();
		assertThat(files).isNotEmpty().anyMatch((file) -> file.startsWith(CONTENT.resolve("names")));
		for (Path file : files) {
			assertThat(schemaErrors(CONTENT.relativize(file).toString(), Files.readString(file))).as("%s", file)
				.isEmpty();
		}
	}

	@Test
	void theCheckFindsNoProblemInTheContentFolderEither(@TempDir Path folder) throws IOException {
		assertThat(this.loader.check(copyOfContent(folder)).problems()).isEmpty();
	}

	// Each mistake is made in a copy of the real content folder, and must be refused both
	// by the schema (what the editor would see underlined) and by the site's check (what
	// the pull request reports), for the same reason.
	@ParameterizedTest(name = "{0}: {1} -> {2}")
	@CsvSource(delimiter = '|', textBlock = """
			founding.md | title: Founding         | tittle: Founding              | did you mean title?
			awards.md   | date: "2019-12"         | date: Dec 2019                | is not a date
			awards.md   | date: "2019-12"         | date: "2019-02-30"            | is not a date
			founding.md | title: Founding         | ''                            | give the section a title
			awards.md   | anchor: gold-label-certificate | anchor: Gold Label     | is not an id
			founding.md | order: 1                | order: 0                      | must be 1 or more
			founding.md | order: 1                | order: 1\\ndraft: maybe       | is not true or false
			founding.md | order: 1                | order: 1\\nupdated: "2024-05" | is not a day
			index.md    | title: Our history      | tittle: Our history           | did you mean title?
			index.md    | foundingDate: "2006"    | foundingDate: "May 2006"      | is not a year
			index.nb.md | summary:                | sumary:                       | did you mean summary?
			names/radforsk.md | kind: organisation | kind: company                | is not a kind
			names/radforsk.md | kind: organisation | kind: organisation\\nwikidata: 123 | is not a Wikidata id
			names/kaare-norum.md | name:             | nam:                         | did you mean name?
			""")
	void aMistakeIsRefusedByTheSchemaAndByTheCheck(String name, String line, String mistake, String advice,
			@TempDir Path folder) throws IOException {
		Path copy = copyOfContent(folder);
		Path file = copy.resolve(name);
		String text = Files.readString(file);
		java.util.regex.Pattern at = java.util.regex.Pattern
			.compile("(?m)^[\\s-]*" + java.util.regex.Pattern.quote(line));
		assertThat(at.matcher(text).find()).as("%s has a line %s", name, line).isTrue();
		String changed = text.replaceFirst("(?m)^([\\s-]*)" + java.util.regex.Pattern.quote(line),
				"$1" + java.util.regex.Matcher.quoteReplacement(mistake.replace("\\n", "\n")));
		Files.writeString(file, changed);

		String[] lines = (mistake.isEmpty() ? line : mistake).split("\\\\n");
		String key = lines[lines.length - 1].split(":")[0].strip();
		assertThat(schemaErrors(name, changed)).as("what the schema says about %s", name)
			.map(Error::toString)
			.anyMatch((error) -> error.contains(key));
		List<String> problems = this.loader.check(copy)
			.problems()
			.stream()
			.filter((problem) -> problem.path().endsWith(name))
			.map(ContentProblem::toString)
			.toList();
		assertThat(problems).as("what the check says about %s", name).anyMatch((problem) -> problem.contains(advice));
	}

	@ParameterizedTest
	@MethodSource("schemaFiles")
	void everyRecordComponentIsAPropertyWithItsConstraints(String name) throws IOException {
		JsonNode schema = JSON.readTree(FrontMatterSchemas.FOLDER.resolve(name).toFile());
		assertAgrees(FrontMatterSchemas.files().get(name), schema, name);
	}

	@Test
	void theDatePatternsAcceptWhatHistoricalDateParses() {
		java.util.regex.Pattern any = java.util.regex.Pattern.compile("^(?:" + FrontMatterSchemas.DATE + ")$");
		java.util.regex.Pattern day = java.util.regex.Pattern.compile("^(?:" + FrontMatterSchemas.DAY + ")$");
		List<String> texts = new ArrayList<>(List.of("Dec 2019", "2019-1", "2019-12-5", "20190", "19", "2019-",
				"2019-12-", "2019/12/05", "2019-12-05T10:00"));
		for (String year : List.of("0000", "1900", "1999", "2000", "2004", "2019", "2023", "2024", "2100", "2400",
				"9999")) {
			texts.add(year);
			for (int month = 0; month <= 13; month++) {
				String yearMonth = year + "-" + String.format("%02d", month);
				texts.add(yearMonth);
				for (int d = 0; d <= 32; d++) {
					texts.add(yearMonth + "-" + String.format("%02d", d));
				}
			}
		}
		for (String text : texts) {
			boolean parses = HistoricalDate.parse(text).isPresent();
			boolean isDay = HistoricalDate.parse(text).filter((date) -> date.day() != null).isPresent();
			assertThat(any.matcher(text).find()).as("the date pattern on %s", text).isEqualTo(parses);
			assertThat(day.matcher(text).find()).as("the day pattern on %s", text).isEqualTo(isDay);
		}
	}

	private static void assertAgrees(Class<?> type, JsonNode schema, String where) {
		assertThat(schema.path("additionalProperties").isBoolean() && !schema.path("additionalProperties").asBoolean())
			.as("%s refuses unknown fields (additionalProperties: false)", where)
			.isTrue();
		List<String> components = Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList();
		assertThat(schema.path("properties").propertyNames()).as("the properties of %s", where)
			.containsExactlyElementsOf(components);
		List<String> required = new ArrayList<>();
		schema.path("required").forEach((node) -> required.add(node.asString()));
		for (RecordComponent component : type.getRecordComponents()) {
			Field field = field(component);
			String at = where + " > " + component.getName();
			JsonNode property = schema.path("properties").path(component.getName());
			boolean isRequired = field.isAnnotationPresent(NotNull.class) || field.isAnnotationPresent(NotBlank.class);
			assertThat(required.contains(component.getName())).as("%s is required", at).isEqualTo(isRequired);
			assertThat(property.path("description").asString("")).as("the description of %s", at).isNotBlank();
			assertThat(property.path("pattern").asString(null)).as("the pattern of %s", at)
				.isEqualTo(expectedPattern(field));
			Size size = field.getAnnotation(Size.class);
			assertThat(property.path("maxLength").asInt(-1)).as("the maxLength of %s", at)
				.isEqualTo((size != null) ? size.max() : -1);
			assertThat(property.has("exclusiveMinimum")).as("%s is positive", at)
				.isEqualTo(field.isAnnotationPresent(Positive.class));
			Class<?> item = itemType(component);
			if (component.getType().isRecord()) {
				assertAgrees(component.getType(), property, at);
			}
			else if (item != null && item.isRecord()) {
				assertAgrees(item, property.path("items"), at + "[]");
			}
		}
	}

	private static String expectedPattern(Field field) {
		HistoricalDateText date = field.getAnnotation(HistoricalDateText.class);
		Pattern pattern = field.getAnnotation(Pattern.class);
		if (date != null) {
			return "^(?:" + (date.day() ? FrontMatterSchemas.DAY : FrontMatterSchemas.DATE) + ")$";
		}
		if (pattern != null) {
			return "^(?:" + pattern.regexp() + ")$";
		}
		return field.isAnnotationPresent(NotBlank.class) ? "\\S" : null;
	}

	// Constraints on a record component land on its field.
	private static Field field(RecordComponent component) {
		try {
			return component.getDeclaringRecord().getDeclaredField(component.getName());
		}
		catch (NoSuchFieldException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Class<?> itemType(RecordComponent component) {
		if (List.class.isAssignableFrom(component.getType())
				&& component.getGenericType() instanceof ParameterizedType list
				&& list.getActualTypeArguments()[0] instanceof Class<?> item) {
			return item;
		}
		return null;
	}

	private static List<Error> schemaErrors(String name, String text) throws IOException {
		List<ContentProblem> problems = new ArrayList<>();
		SplitFile split = SplitFile.split(name, text, problems);
		assertThat(problems).as("%s has front matter", name).isEmpty();
		return schemaFor(name).validate(split.frontMatter(), InputFormat.YAML);
	}

	private static Schema schemaFor(String name) throws IOException {
		String file = (name.equals("index.md") || name.startsWith("index.")) ? "home.schema.json"
				: name.startsWith("names/") ? "name.schema.json" : "section.schema.json";
		return SchemaRegistry.withDefaultDialect(DIALECT)
			.getSchema(Files.readString(FrontMatterSchemas.FOLDER.resolve(file)));
	}

	private static List<Path> contentFiles() throws IOException {
		try (Stream<Path> files = Stream.concat(Files.list(CONTENT), Files.list(CONTENT.resolve("names")))) {
			return files.filter((file) -> file.getFileName().toString().endsWith(".md")).sorted().toList();
		}
	}

	private static Path copyOfContent(Path folder) {
		return LocalSite.copyOfContent(folder.resolve("content"));
	}

}
