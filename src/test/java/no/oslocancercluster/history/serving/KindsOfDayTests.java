package no.oslocancercluster.history.serving;

import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;

import no.oslocancercluster.history.TestClock;
import no.oslocancercluster.history.citation.CitationDownloads;
import no.oslocancercluster.history.content.store.ContentStore;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.servlet.DispatcherServlet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A new version is served with the home pages of today's kind of day, and gets those of
 * the other kinds after it, before it is saved: a start waits for one kind, not all.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestClock.December.class)
class KindsOfDayTests {

	private static final Instant NOW = Instant.parse("2026-12-04T12:00:00Z");

	@Autowired
	private ContentStore store;

	@Autowired
	private CitationDownloads downloads;

	@Autowired
	private WebApplicationContext context;

	@Test
	void aVersionIsRenderedWithTodaysKindAndGetsTheOthersAfterIt() {
		PageRenderer renderer = new PageRenderer();
		renderer.server(this.context.getServletContext(), this.context.getBean(DispatcherServlet.class));
		VersionRenderer versions = new VersionRenderer(this.store, this.downloads, renderer);
		RenderedVersion december = versions.render(NOW, LocalDate.parse("2026-12-24"));
		assertThat(december.days()).containsOnlyKeys(MonthDay.of(12, 1));
		RenderedVersion whole = versions.everyDay(december, NOW);
		assertThat(whole.days()).containsOnlyKeys(MonthDay.of(4, 1), MonthDay.of(5, 1), MonthDay.of(12, 1));
		assertThat(whole.pages()).isEqualTo(december.pages());
		assertThat(whole.days().get(MonthDay.of(12, 1))).isEqualTo(december.days().get(MonthDay.of(12, 1)));
		assertThat(versions.everyDay(whole, NOW)).as("nothing more to render").isSameAs(whole);
		assertThat(versions.render(NOW, LocalDate.parse("2026-01-15")).days()).as("a day that names none").isEmpty();
	}

}
