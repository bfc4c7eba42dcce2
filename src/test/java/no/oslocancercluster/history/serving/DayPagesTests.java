package no.oslocancercluster.history.serving;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.MonthDay;
import java.util.Map;

import no.oslocancercluster.history.TestClock;
import no.oslocancercluster.history.content.store.ContentStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.servlet.DispatcherServlet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The home pages name the milestones of the day from the cache, and neither the cache nor
 * a browser keeps them past midnight in Oslo; the static export leaves the line out.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestClock.December.class)
class DayPagesTests {

	private static final String DECEMBER = "This month in 2019:";

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	private int port;

	@Autowired
	private TestClock clock;

	@Autowired
	private StaticExport export;

	@Autowired
	private ContentStore store;

	@Autowired
	private WebApplicationContext context;

	@AfterEach
	void resetClock() {
		this.clock.set(LocalDateTime.parse("2025-12-05T12:00:00"));
	}

	@Test
	void theCachedHomePageChangesWithTheDay() throws Exception {
		HttpResponse<String> december = get("/", null);
		assertThat(december.body()).contains(DECEMBER).contains("This month in 2022:");
		assertThat(get("/nb/", null).body()).contains("Denne måneden i 2019:");
		String etag = december.headers().firstValue("ETag").orElseThrow();
		this.clock.set(LocalDateTime.parse("2026-01-01T00:00:01"));
		HttpResponse<String> january = get("/", etag);
		assertThat(january.statusCode()).isEqualTo(200);
		assertThat(january.body()).doesNotContain("on-this-day");
		assertThat(get("/nb/", null).body()).doesNotContain("on-this-day");
		assertThat(january.headers().firstValue("ETag")).isPresent().isNotEqualTo(etag);
		this.clock.set(LocalDateTime.parse("2026-12-24T09:00:00"));
		assertThat(get("/", null).body()).contains(DECEMBER);
	}

	@Test
	void aDayThatNamesNoMilestoneIsServedTheExportsHomePage(@TempDir Path folder) throws Exception {
		this.export.write(folder, URI.create("http://localhost:" + this.port));
		this.clock.set(LocalDateTime.parse("2026-01-15T12:00:00"));
		HttpResponse<String> january = get("/", null);
		assertThat(january.body()).isEqualTo(Files.readString(folder.resolve("index.html")));
		assertThat(get("/nb/", null).body()).isEqualTo(Files.readString(folder.resolve("nb/index.html")));
		// Not rendered for the day: last modified with the rest of the version.
		assertThat(january.headers().firstValue("Last-Modified"))
			.isEqualTo(get("/awards", null).headers().firstValue("Last-Modified"));
		this.clock.set(LocalDateTime.parse("2026-02-15T12:00:00"));
		assertThat(get("/", january.headers().firstValue("ETag").orElseThrow()).statusCode()).isEqualTo(304);
	}

	@Test
	void aVersionKeepsTheHomePagesOfEachKindOfDayThatNamesMilestones() {
		MilestoneDays days = MilestoneDays.of(this.store.editions());
		assertThat(days.all()).containsExactly(MonthDay.of(4, 1), MonthDay.of(5, 1), MonthDay.of(12, 1));
		assertThat(days.keepsEveryKind()).isTrue();
		assertThat(days.kind(LocalDate.parse("2026-12-24"))).isEqualTo(MonthDay.of(12, 1));
		assertThat(days.kind(LocalDate.parse("2026-01-15"))).isNull();
		assertThat(days.since(LocalDate.parse("2026-12-24"))).isEqualTo("2026-12-01");
		assertThat(days.since(LocalDate.parse("2027-03-10"))).isEqualTo("2027-01-01");
		RenderedPage own = page("<p>The version's own</p>");
		RenderedPage december = page("<p>December's</p>");
		RenderedVersion version = new RenderedVersion(Map.of("/", own, "/nb/", own), Map.of(),
				Map.of(MonthDay.of(12, 1), Map.of("/", december, "/nb/", december)), 0);
		// A renderer without a server renders nothing: what is served was kept.
		DayPages today = new DayPages(new PageRenderer(), this.store, this.clock);
		assertThat(today.page("/", () -> version).body()).isEqualTo(december.body());
		this.clock.set(LocalDateTime.parse("2026-01-15T12:00:00"));
		assertThat(today.page("/nb/", () -> version).body()).isEqualTo(own.body());
		this.clock.set(LocalDateTime.parse("2026-04-10T12:00:00"));
		assertThat(today.page("/", () -> version)).as("April's pages, not kept in this version").isNull();
	}

	@Test
	void aDayOfAKindItsVersionDidNotKeepIsRenderedOnTheDay() {
		// A version that kept no kind, as one of a history with more kinds than are kept.
		RenderedPage own = page("<p>The version's own</p>");
		RenderedVersion version = new RenderedVersion(Map.of("/", own, "/nb/", own), Map.of(), Map.of(), 0);
		PageRenderer renderer = new PageRenderer();
		renderer.server(this.context.getServletContext(), this.context.getBean(DispatcherServlet.class));
		DayPages today = new DayPages(renderer, this.store, this.clock);
		this.clock.set(LocalDateTime.parse("2026-04-10T12:00:00"));
		today.renew(today.renderToday(), version, () -> {
		});
		assertThat(new String(today.page("/", () -> version).body(), StandardCharsets.UTF_8))
			.contains("This month in 2023:");
		this.clock.set(LocalDateTime.parse("2026-05-10T12:00:00"));
		assertThat(new String(today.page("/nb/", () -> version).body(), StandardCharsets.UTF_8))
			.contains("Denne måneden i 2015:");
	}

	@Test
	void aHomePageIsNewOnTheFirstDayThatNamesWhatItNames() throws Exception {
		this.clock.set(LocalDateTime.parse("2099-12-24T12:00:00"));
		HttpResponse<String> december = get("/", null);
		assertThat(december.body()).contains(DECEMBER);
		assertThat(december.headers().firstValue("Last-Modified")).hasValue("Mon, 30 Nov 2099 23:00:00 GMT");
		this.clock.set(LocalDateTime.parse("2100-01-01T00:00:01"));
		HttpResponse<String> january = get("/", "If-Modified-Since", "Mon, 30 Nov 2099 23:00:00 GMT");
		assertThat(january.statusCode()).isEqualTo(200);
		assertThat(january.body()).doesNotContain("on-this-day");
		assertThat(january.headers().firstValue("Last-Modified")).hasValue("Thu, 31 Dec 2099 23:00:00 GMT");
		this.clock.set(LocalDateTime.parse("2100-02-15T12:00:00"));
		assertThat(get("/", "If-Modified-Since", "Thu, 31 Dec 2099 23:00:00 GMT").statusCode()).isEqualTo(304);
	}

	@Test
	void theSameDayIsServedFromTheCacheAndRevalidated() throws Exception {
		HttpResponse<String> first = get("/", null);
		String etag = first.headers().firstValue("ETag").orElseThrow();
		assertThat(get("/", etag).statusCode()).isEqualTo(304);
		this.clock.set(LocalDateTime.parse("2025-12-05T23:00:00"));
		assertThat(get("/", etag).statusCode()).isEqualTo(304);
	}

	@Test
	void browsersKeepAHomePageNoLaterThanMidnightInOslo() throws Exception {
		assertThat(get("/", null).headers().firstValue("Cache-Control"))
			.hasValue("public, max-age=300, must-revalidate");
		this.clock.set(LocalDateTime.parse("2025-12-05T23:58:00"));
		assertThat(get("/", null).headers().firstValue("Cache-Control"))
			.hasValue("public, max-age=120, must-revalidate");
		assertThat(get("/nb/", null).headers().firstValue("Cache-Control"))
			.hasValue("public, max-age=120, must-revalidate");
		assertThat(get("/awards", null).headers().firstValue("Cache-Control"))
			.hasValue("public, max-age=300, must-revalidate");
	}

	@Test
	void theStaticExportLeavesTheDayOut(@TempDir Path folder) throws Exception {
		this.export.write(folder, URI.create("http://localhost:" + this.port));
		assertThat(folder.resolve("index.html")).content().doesNotContain("on-this-day").contains("section-list");
		assertThat(folder.resolve("nb/index.html")).content().doesNotContain("on-this-day");
		assertThat(get("/", null).body()).contains(DECEMBER);
	}

	private HttpResponse<String> get(String path, String etag) throws Exception {
		return get(path, "If-None-Match", etag);
	}

	private HttpResponse<String> get(String path, String header, String value) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path));
		if (value != null) {
			request.header(header, value);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static RenderedPage page(String html) {
		return RenderedPage.of("text/html;charset=UTF-8", html.getBytes(StandardCharsets.UTF_8), 0,
				Instant.parse("2026-11-01T00:00:00Z"));
	}

}
