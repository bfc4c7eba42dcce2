package no.oslocancercluster.history.content.markdown;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import no.oslocancercluster.history.content.model.FileProblems;
import no.oslocancercluster.history.content.model.RenderedMarkdown;
import no.oslocancercluster.history.content.model.SitePaths;
import no.oslocancercluster.history.content.model.SplitFile;
import no.oslocancercluster.history.content.reading.ContentRoot;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every example of the CommonMark spec 0.31.2 either renders as the spec says, once what
 * the site adds on purpose is undone, or is refused by the content checks with a message;
 * the few that do neither are listed with why.
 */
class CommonMarkSpecTests {

	private static final String SPEC = "commonmark-spec-0.31.2.json";

	// Examples that neither render as the spec says nor are refused, each with the
	// reason; one that does either
	// fails the test until it is taken off, so that the list stays true.
	private static final Map<Integer, String> KNOWN_DEVIATIONS = CommonMarkDeviations.ALL;

	private static final Map<Outcome, Integer> COUNTS = new EnumMap<>(Outcome.class);

	// Of the examples as the spec, those the checks would refuse all the same (a level 1
	// heading, a picture from
	// elsewhere): the site never shows them, but Flexmark renders them right.
	private static int alsoRefused;

	// No example shows a picture from content/images, so no file is ever read from here.
	private static final BodyReader READER = new BodyReader(
			new ContentRoot(Path.of("target", "commonmark-spec"))::picture);

	@TestFactory
	Stream<DynamicNode> examples() throws IOException {
		Map<String, List<DynamicNode>> sections = new LinkedHashMap<>();
		for (Example example : load()) {
			sections.computeIfAbsent(example.section(), (section) -> new ArrayList<>())
				.add(DynamicTest.dynamicTest("Example " + example.number(), () -> check(example)));
		}
		return sections.entrySet()
			.stream()
			.map((section) -> DynamicContainer.dynamicContainer(section.getKey(), section.getValue()));
	}

	private void check(Example example) {
		Result result = classify(example);
		COUNTS.merge(result.outcome(), 1, Integer::sum);
		alsoRefused += (result.outcome() == Outcome.AS_THE_SPEC && result.refused()) ? 1 : 0;
		String reason = KNOWN_DEVIATIONS.get(example.number());
		if (reason != null) {
			assertThat(result.outcome())
				.as("example %d is listed (%s) but is %s now: take it off the list", example.number(), reason,
						result.outcome())
				.isEqualTo(Outcome.LISTED);
		}
		else if (result.outcome() == Outcome.LISTED) {
			assertThat(result.site())
				.as("example %d (%s) renders otherwise than the spec and is not refused:%n%s", example.number(),
						example.section(), example.markdown())
				.isEqualTo(result.spec());
		}
	}

	/**
	 * How an example fares: as the spec when its HTML is the spec's (whether or not the
	 * checks refuse it), else refused or neither. The one place that says what "refused"
	 * means, to adapt as the checks grow: a problem from BodyReader, or a link that
	 * SiteChecks refuses on any site.
	 */
	static Result classify(Example example) {
		FileProblems problems = new FileProblems("example-" + example.number() + ".md");
		SplitFile file = SplitFile.split("---\n---\n" + example.markdown(), problems);
		RenderedMarkdown rendered = READER.read(file, Map.of(), problems);
		String site = SpecHtml.ofSite(rendered.html());
		String spec = SpecHtml.ofSpec(example.html());
		boolean refused = problems.list().stream().anyMatch((problem) -> !problem.message().isBlank())
				|| rendered.links().stream().anyMatch((link) -> refusedLink(link.url()));
		Outcome outcome = site.equals(spec) ? Outcome.AS_THE_SPEC : refused ? Outcome.REFUSED : Outcome.LISTED;
		return new Result(outcome, refused, site, spec);
	}

	/**
	 * Whether SiteChecks refuses a link whatever pages the site has. The spec's addresses
	 * ({@code /url}, {@code /uri}) stand for any address, so that there is no such page
	 * is not a refusal; that it is no address, has another scheme, or is relative
	 * (SiteChecks asks for a leading /) is one on every site.
	 */
	static boolean refusedLink(String url) {
		try {
			URI uri = new URI(url.strip());
			if (uri.getScheme() != null) {
				return !SitePaths.SCHEMES.contains(uri.getScheme().toLowerCase());
			}
			return uri.getPath() != null && !uri.getPath().isEmpty() && !uri.getPath().startsWith("/");
		}
		catch (URISyntaxException ex) {
			return true;
		}
	}

	// The counts as this test last found them: an example that rendered as the spec and
	// is now refused passes each
	// test on its own, so the counts are held too (change them, with the reason, when the
	// site's Markdown changes).
	private static final int AS_THE_SPEC = 539;

	private static final int REFUSED = 104;

	@AfterAll
	static void countsStayWhereTheyWere() {
		if (COUNTS.isEmpty()) {
			return;
		}
		assertThat(COUNTS.get(Outcome.AS_THE_SPEC)).as("examples as the spec").isEqualTo(AS_THE_SPEC);
		assertThat(COUNTS.get(Outcome.REFUSED)).as("examples refused with a message").isEqualTo(REFUSED);
	}

	@AfterAll
	static void counts() {
		System.out.printf(
				"CommonMark spec 0.31.2: %d as the spec (%d of them refused all the same), %d refused with a "
						+ "message, %d listed deviations%n",
				COUNTS.getOrDefault(Outcome.AS_THE_SPEC, 0), alsoRefused, COUNTS.getOrDefault(Outcome.REFUSED, 0),
				COUNTS.getOrDefault(Outcome.LISTED, 0));
	}

	static List<Example> load() throws IOException {
		try (InputStream input = CommonMarkSpecTests.class.getResourceAsStream(SPEC)) {
			return JsonMapper.builder().build().readValue(input, Spec.class).examples();
		}
	}

	enum Outcome {

		AS_THE_SPEC, REFUSED, LISTED

	}

	/**
	 * The file the examples come in, with the spec's licence.
	 *
	 * @param license the spec's copyright and licence
	 * @param source where the examples come from
	 * @param examples the examples in the spec's order
	 */
	record Spec(String license, String source, List<Example> examples) {

	}

	/**
	 * One example of the spec.
	 *
	 * @param markdown the Markdown, with real tabs
	 * @param html the HTML the spec expects
	 * @param section the spec's section
	 * @param number the example's number in the spec
	 */
	record Example(String markdown, String html, String section, int number) {

	}

	/**
	 * How an example fared, with both sides of the comparison.
	 *
	 * @param outcome as the spec, refused, or neither
	 * @param refused whether the checks refuse it, whatever the outcome
	 * @param site the site's HTML, canonical
	 * @param spec the spec's HTML, canonical
	 */
	record Result(Outcome outcome, boolean refused, String site, String spec) {

	}

}
