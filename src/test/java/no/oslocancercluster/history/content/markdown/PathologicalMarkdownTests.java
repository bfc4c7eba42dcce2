package no.oslocancercluster.history.content.markdown;

import java.nio.file.Path;
import java.util.stream.Stream;

import jakarta.validation.Validation;
import no.oslocancercluster.history.content.model.ContentProblem;
import no.oslocancercluster.history.content.store.ContentFolder;
import no.oslocancercluster.history.content.store.ContentLoader;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cases of cmark's test/pathological_tests.py and flexmark-java #496, through the
 * whole pipeline (check, parse, sanitise, render): each ends within commonmark-java's
 * bound of 3 s, either rendered or refused with a message, and never with a
 * StackOverflowError.
 */
class PathologicalMarkdownTests {

	private static final String FRONT = "---\ntitle: Stress\nsummary: A stress test.\norder: 1\nmilestones: []\n---\n";

	private final ContentLoader loader = new ContentLoader(Validation.buildDefaultValidatorFactory().getValidator());

	static Stream<Arguments> cases() {
		return Stream.of(
				Arguments.of("nested strong emphasis", "*a **a ".repeat(30_000) + "b" + " a** a*".repeat(30_000)),
				Arguments.of("many emphasis closers with no openers", "a_ ".repeat(30_000)),
				Arguments.of("many emphasis openers with no closers", "_a ".repeat(30_000)),
				Arguments.of("many link closers with no openers", "a]".repeat(30_000)),
				Arguments.of("many link openers with no closers", "[a".repeat(30_000)),
				Arguments.of("mismatched openers and closers", "*a_ ".repeat(30_000)),
				Arguments.of("openers and closers multiple of 3", "a**b" + "c* ".repeat(30_000)),
				Arguments.of("link openers and emph closers", "[ a_".repeat(30_000)),
				Arguments.of("pattern [ (]( repeated", "[ (](".repeat(30_000)),
				Arguments.of("nested brackets", "[".repeat(30_000) + "a" + "]".repeat(30_000)),
				Arguments.of("nested block quotes", "> ".repeat(25_000) + "a"),
				Arguments.of("deeply nested lists", deepList(500)),
				Arguments.of("U+0000", "abc\u0000de\u0000".repeat(30_000)),
				Arguments.of("backticks", "e" + "`e".repeat(10_000)),
				Arguments.of("unclosed links A", "[a](<b".repeat(30_000)),
				Arguments.of("unclosed links B", "[a](b".repeat(30_000)),
				Arguments.of("unclosed <!--", "</" + "<!--".repeat(30_000)),
				Arguments.of("many references", "[" + "x".repeat(10) + "]: u\n".repeat(5_000) + "[x]".repeat(5_000)),
				Arguments.of("flexmark #496: 5,000 underscores", "_".repeat(5_000)),
				Arguments.of("flexmark #496 in a sentence", "a " + "_".repeat(5_000) + " b"));
	}

	// The same shapes just under the file size limit, so that the parser itself is tried,
	// not only the limit.
	static Stream<Arguments> underTheSizeLimit() {
		int room = ContentLoader.MAX_FILE_SIZE - 1024;
		return Stream.of(
				Arguments.of("nested strong emphasis", fill("*a **a ", room / 2) + "b" + fill(" a** a*", room / 2)),
				Arguments.of("emphasis closers", fill("a_ ", room)),
				Arguments.of("emphasis openers", fill("_a ", room)), Arguments.of("link closers", fill("a]", room)),
				Arguments.of("link openers", fill("[a", room)), Arguments.of("mismatched", fill("*a_ ", room)),
				Arguments.of("multiple of 3", "a**b" + fill("c* ", room)),
				Arguments.of("link openers and emph closers", fill("[ a_", room)),
				Arguments.of("pattern [ (](", fill("[ (](", room)),
				Arguments.of("unclosed links A", fill("[a](<b", room)),
				Arguments.of("unclosed links B", fill("[a](b", room)),
				Arguments.of("unclosed <!--", "</" + fill("<!--", room)),
				Arguments.of("U+0000", fill("abc\u0000de\u0000", room)),
				Arguments.of("backticks", "e" + fill("`e", room)),
				Arguments.of("emphasis over many lines", fill("*a **a\n", room / 2) + fill("a** a*\n", room / 2)),
				Arguments.of("brackets over many lines", fill("[a\n", room)));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource({ "cases", "underTheSizeLimit" })
	@Timeout(value = 3, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
	void endsInTimeRenderedOrRefusedWithAMessage(String name, String body, @TempDir Path root) {
		ContentFolder folder = new ContentFolder(root).write("stress.md", FRONT + body + "\n");
		ContentLoader.Result result = this.loader.check(root);
		if (result.problems().isEmpty()) {
			assertThat(result.edition().section("stress")).isPresent();
		}
		else {
			assertThat(result.problems()).extracting(ContentProblem::toString)
				.allSatisfy((problem) -> assertThat(problem).startsWith(folder.path("stress.md") + ":"));
		}
	}

	@org.junit.jupiter.api.Test
	void refusesARunOfUnderscoresWithItsLine(@TempDir Path root) {
		ContentFolder folder = new ContentFolder(root).write("stress.md",
				FRONT + "\nFine.\n\n" + "_".repeat(5_000) + "\n");
		assertThat(folder.problems(this.loader)).containsExactly(folder.path("stress.md")
				+ ":10:1: text: has a run of more than 64 \"_\" characters; shorten it, or put it in a code block");
	}

	@org.junit.jupiter.api.Test
	void refusesAFileOverTheSizeLimit(@TempDir Path root) {
		ContentFolder folder = new ContentFolder(root).write("stress.md", FRONT + "Words. ".repeat(10_000));
		assertThat(folder.problems(this.loader)).containsExactly(folder.path("stress.md")
				+ ":1:1: the file is 68 KB; a content file can be at most 64 KB: split it into two sections");
	}

	private static String fill(String pattern, int size) {
		return pattern.repeat(Math.max(1, size / pattern.length()));
	}

	private static String deepList(int depth) {
		StringBuilder list = new StringBuilder();
		for (int i = 0; i < depth; i++) {
			list.append("  ".repeat(i)).append("* a\n");
		}
		return list.toString();
	}

}
