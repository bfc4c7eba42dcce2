package no.oslocancercluster.history.content.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;

import no.oslocancercluster.history.SiteProperties;
import no.oslocancercluster.history.content.model.ContentException;
import no.oslocancercluster.history.content.model.ContentProblem;
import no.oslocancercluster.history.content.model.Section;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.env.MapPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

/**
 * Tests for {@link ContentReadAhead}: the content a start reads before Spring makes its
 * beans is the content the site shows, and only for the settings it was read with.
 */
class ContentReadAheadTests {

	private static final String SECTION = ContentStoreTests.SECTION;

	@Test
	void theStoreShowsTheContentReadAhead(@TempDir Path root) throws IOException {
		new ContentFolder(root).write("founding.md", SECTION);
		try (GenericApplicationContext context = readAhead(root)) {
			ObjectProvider<ContentReadAhead.Pending> pending = context.getBeanProvider(ContentReadAhead.Pending.class);
			await().atMost(Duration.ofSeconds(10)).until(() -> pending.getObject().done());
			// Read already: the files are not read again.
			deleteAll(root);
			ContentStore store = new ContentStore(properties(root), (event) -> {
			}, pending);
			assertThat(store.current().sections()).extracting(Section::slug).containsExactly("founding");
		}
	}

	@Test
	void aStoreWithOtherSettingsReadsItsOwnFolder(@TempDir Path first, @TempDir Path second) {
		new ContentFolder(first).write("founding.md", SECTION);
		new ContentFolder(second).write("awards.md", SECTION.replace("Founding", "Awards"));
		try (GenericApplicationContext context = readAhead(first)) {
			ContentStore store = new ContentStore(properties(second), (event) -> {
			}, context.getBeanProvider(ContentReadAhead.Pending.class));
			assertThat(store.current().sections()).extracting(Section::slug).containsExactly("awards");
		}
	}

	@Test
	void problemsFoundAheadStopTheStoreNamingFileAndLine(@TempDir Path root) {
		ContentFolder folder = new ContentFolder(root).write("founding.md", SECTION.replace("\"2006\"", "Spring 2006"));
		try (GenericApplicationContext context = readAhead(root)) {
			assertThatExceptionOfType(ContentException.class)
				.isThrownBy(() -> new ContentStore(properties(root), (event) -> {
				}, context.getBeanProvider(ContentReadAhead.Pending.class)))
				.satisfies((ex) -> assertThat(ex.getProblems()).extracting(ContentProblem::toString)
					.containsExactly(folder.path("founding.md")
							+ ":6:5: milestones[1].date: \"Spring 2006\" is not a date; write 2019-12 (year-month) or 2019-12-05"));
		}
	}

	// A context as a start has it when its initializers run: the settings known, no bean
	// made yet.
	private static GenericApplicationContext readAhead(Path root) {
		GenericApplicationContext context = new GenericApplicationContext();
		context.getEnvironment()
			.getPropertySources()
			.addFirst(new MapPropertySource("test", java.util.Map.of("site.content-dir", root.toString(),
					"site.base-url", "http://localhost", "site.indexed", "true")));
		new ContentReadAhead().initialize(context);
		context.refresh();
		return context;
	}

	private static SiteProperties properties(Path root) {
		return new SiteProperties(root, false, null, "main", "http://localhost", null, true);
	}

	private static void deleteAll(Path root) throws IOException {
		try (Stream<Path> files = Files.walk(root)) {
			files.sorted(java.util.Comparator.reverseOrder()).forEach((path) -> path.toFile().delete());
		}
	}

}
