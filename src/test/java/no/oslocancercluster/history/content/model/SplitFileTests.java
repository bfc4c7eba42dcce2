package no.oslocancercluster.history.content.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Splitting a file into front matter and body: what an editor sees of it is the line
 * numbers in messages, which must be right whatever line breaks the file has.
 */
class SplitFileTests {

	@Test
	void splitsAtTheSecondDelimiterAndCountsTheLines() {
		SplitFile file = SplitFile.split("a.md", "---\ntitle: A\norder: 1\n---\n\n## First\n\nText.\n",
				new ArrayList<>());
		assertThat(file.frontMatter()).isEqualTo("title: A\norder: 1");
		assertThat(file.frontMatterLine()).isEqualTo(2);
		assertThat(file.body()).isEqualTo("\n## First\n\nText.");
		assertThat(file.bodyLine()).isEqualTo(5);
	}

	@Test
	void windowsAndOldMacLineBreaksCountAsOneLineEach() {
		SplitFile file = SplitFile.split("a.md", "---\r\ntitle: A\r---\r\nText\r\n\r\nMore\r\n", new ArrayList<>());
		assertThat(file.frontMatter()).isEqualTo("title: A");
		assertThat(file.body()).isEqualTo("Text\n\nMore");
		assertThat(file.bodyLine()).isEqualTo(4);
	}

	@Test
	void aFileWithoutFrontMatterOrWithUnclosedFrontMatterIsAProblem() {
		List<ContentProblem> problems = new ArrayList<>();
		assertThat(SplitFile.split("a.md", "## Text\n", problems)).isNull();
		assertThat(SplitFile.split("b.md", "", problems)).isNull();
		assertThat(SplitFile.split("c.md", "---\ntitle: A\n", problems)).isNull();
		assertThat(problems).extracting(ContentProblem::toString)
			.containsExactly(
					"a.md:1:1: the file must start with front matter: a line with ---, the fields, then another line with ---",
					"b.md:1:1: the file must start with front matter: a line with ---, the fields, then another line with ---",
					"c.md:1:1: the front matter that starts here never closes; add a line with --- after the last field");
	}

	// The split by offsets must agree with the plain definition (String.lines, then
	// String.join) on any text.
	@Test
	void agreesWithSplittingIntoLinesOnAnyText() {
		String[] pieces = { "---", "--- ", " ---", "-", "\n", "\r", "\r\n", "a", " ", "title: A", "\u2028" };
		Random random = new Random(20261129);
		for (int i = 0; i < 200_000; i++) {
			StringBuilder text = new StringBuilder();
			for (int n = random.nextInt(12); n > 0; n--) {
				text.append(pieces[random.nextInt(pieces.length)]);
			}
			List<ContentProblem> expectedProblems = new ArrayList<>();
			List<ContentProblem> problems = new ArrayList<>();
			SplitFile expected = byLines("x.md", text.toString(), expectedProblems);
			assertThat(SplitFile.split("x.md", text.toString(), problems)).as("%s", text.toString().translateEscapes())
				.isEqualTo(expected);
			assertThat(problems).isEqualTo(expectedProblems);
		}
	}

	private static SplitFile byLines(String path, String text, List<ContentProblem> problems) {
		List<String> lines = text.lines().toList();
		if (lines.isEmpty() || !lines.get(0).strip().equals("---")) {
			problems.add(new ContentProblem(path, 1, 1, null,
					"the file must start with front matter: a line with ---, the fields, then another line with ---"));
			return null;
		}
		for (int i = 1; i < lines.size(); i++) {
			if (lines.get(i).strip().equals("---")) {
				return new SplitFile(path, String.join("\n", lines.subList(1, i)), 2,
						String.join("\n", lines.subList(i + 1, lines.size())), i + 2);
			}
		}
		problems.add(new ContentProblem(path, 1, 1, null,
				"the front matter that starts here never closes; add a line with --- after the last field"));
		return null;
	}

}
