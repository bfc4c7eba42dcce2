package no.oslocancercluster.history.content.frontmatter;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps the front matter reference in the editors' guide in step with the records the
 * front matter binds to: every field, in order, and whether it is required.
 */
class FrontMatterReferenceTests {

	private static final Path GUIDE = Path.of(".github", "CONTRIBUTING.md");

	private static final Pattern ROW = Pattern.compile("^\\| `([a-zA-Z]+)` \\| [^|]+ \\| (yes|no) \\|");

	@ParameterizedTest
	@CsvSource({ "Section files, SectionFrontMatter", "Milestones, MilestoneFrontMatter", "Sources, SourceFrontMatter",
			"Home page (index.md), OverviewFrontMatter" })
	void listsEveryFieldOfTheRecordInOrderWithWhetherItIsRequired(String heading, String record)
			throws IOException, ClassNotFoundException {
		Class<?> type = Class.forName(getClass().getPackageName() + "." + record);
		List<String> expected = Arrays.stream(type.getRecordComponents())
			.map((component) -> component.getName() + " " + (required(component) ? "yes" : "no"))
			.toList();
		assertThat(rows(heading)).as("the table under ### " + heading + " in " + GUIDE).isEqualTo(expected);
	}

	// Constraints on a record component land on its field.
	private static boolean required(RecordComponent component) {
		Field field;
		try {
			field = component.getDeclaringRecord().getDeclaredField(component.getName());
		}
		catch (NoSuchFieldException ex) {
			throw new IllegalStateException(ex);
		}
		return field.isAnnotationPresent(NotBlank.class) || field.isAnnotationPresent(NotNull.class);
	}

	private static List<String> rows(String heading) throws IOException {
		List<String> lines = Files.readAllLines(GUIDE);
		int start = lines.indexOf("### " + heading);
		assertThat(start).as("the guide has a section ### " + heading).isNotNegative();
		List<String> rows = new ArrayList<>();
		for (String line : lines.subList(start + 1, lines.size())) {
			if (line.startsWith("#")) {
				break;
			}
			Matcher row = ROW.matcher(line);
			if (row.find()) {
				rows.add(row.group(1) + " " + row.group(2));
			}
		}
		return rows;
	}

}
