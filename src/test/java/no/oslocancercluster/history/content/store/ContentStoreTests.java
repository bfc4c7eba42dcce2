package no.oslocancercluster.history.content.store;

import java.nio.file.Path;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import no.oslocancercluster.history.SiteProperties;
import no.oslocancercluster.history.content.model.ContentProblem;
import no.oslocancercluster.history.content.model.Edition;
import no.oslocancercluster.history.content.model.Section;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link ContentStore}: reloads that replace the site, and reloads that keep
 * it.
 */
class ContentStoreTests {

	static final String SECTION = """
			---
			title: Founding
			summary: How it began.
			order: 1
			milestones:
			  - date: "2006"
			    title: Initiated
			    anchor: initiated
			---
			## Initiated {#initiated}

			Oslo Cancer Cluster was initiated in 2006.
			""";

	private final Validator validator = Validation.buildDefaultValidatorFactory().getValidator();

	@Test
	void reloadReplacesTheWholeSite(@TempDir Path root) {
		ContentFolder folder = new ContentFolder(root).write("founding.md", SECTION);
		ContentStore store = store(root, false);
		Edition before = store.current();
		folder.write("founding.md", SECTION.replace("title: Initiated", "title: Founded"));
		store.reload();
		assertThat(store.current()).isNotSameAs(before);
		assertThat(store.current().section("founding").orElseThrow().milestones().get(0).title()).isEqualTo("Founded");
		assertThat(store.problems()).isEmpty();
	}

	@Test
	void brokenEditKeepsTheLastGoodSiteAndAFixClearsTheProblems(@TempDir Path root) {
		ContentFolder folder = new ContentFolder(root).write("founding.md", SECTION);
		ContentStore store = store(root, true);
		Edition good = store.current();
		folder.write("founding.md", SECTION.replace("\"2006\"", "Spring 2006"));
		store.reload();
		assertThat(store.current()).isSameAs(good);
		assertThat(store.problems()).extracting(ContentProblem::toString)
			.containsExactly(folder.path("founding.md")
					+ ":6:5: milestones[1].date: \"Spring 2006\" is not a date; write 2019-12 (year-month) or 2019-12-05");
		folder.write("founding.md", SECTION);
		store.reload();
		assertThat(store.problems()).isEmpty();
	}

	@Test
	void draftsShowOnlyInPreview(@TempDir Path root) {
		new ContentFolder(root).write("founding.md", SECTION.replace("order: 1", "order: 1\ndraft: true"));
		assertThat(store(root, false).current().sections()).isEmpty();
		assertThat(store(root, true).current().sections()).extracting(Section::slug).containsExactly("founding");
	}

	private ContentStore store(Path root, boolean preview) {
		return new ContentStore(new SiteProperties(root, preview, null, "main", "http://localhost", null, true),
				(event) -> {
				});
	}

}
