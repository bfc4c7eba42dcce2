package no.oslocancercluster.history.serving;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

import no.oslocancercluster.history.citation.PageCitations;
import no.oslocancercluster.history.content.model.Language;
import no.oslocancercluster.history.content.model.Page;
import no.oslocancercluster.history.content.model.SitePaths;
import no.oslocancercluster.history.content.store.ContentReloadedEvent;
import no.oslocancercluster.history.content.store.ContentStore;
import no.oslocancercluster.history.web.OnThisDay;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.web.context.WebApplicationContext;

/**
 * Every page of the current content version, rendered once through the site's own
 * controllers and templates (by asking the running server for it) and kept in memory with
 * its compressed forms. A new content version replaces the whole set at once.
 */
public class PageCache {

	/**
	 * The request header that asks the server to render a page instead of serving it from
	 * this cache.
	 */
	static final String RENDER_HEADER = "X-Render-Token";

	/**
	 * The request header that names the day to render a home page for
	 * ({@code 2026-12-05}), or {@code none}.
	 */
	static final String DAY_HEADER = "X-Render-Day";

	// A cached page's lifetime in browsers and CDNs, in seconds.
	static final long MAX_AGE = 300;

	private static final Log logger = LogFactory.getLog(PageCache.class);

	// An address that is no page, to render the "page not found" page at.
	private static final String NOT_FOUND = "/this-page-does-not-exist";

	private final ContentStore store;

	private final PageRenderer renderer = new PageRenderer();

	private final AtomicReference<Map<String, RenderedPage>> pages = new AtomicReference<>(Map.of());

	// The "page not found" page of each language: any address that is no page gets it, as
	// cheaply as a page.
	private final AtomicReference<Map<Language, RenderedPage>> notFound = new AtomicReference<>(Map.of());

	// The home pages as they are today, with the milestones of the day; the static
	// export's are in pages, without them.
	private final AtomicReference<Day> today = new AtomicReference<>();

	private final Clock clock;

	private volatile long siteBytes;

	private volatile String basePath = "";

	PageCache(ContentStore store, Clock clock) {
		this.store = store;
		this.clock = clock;
	}

	@EventListener
	void serverReady(ApplicationReadyEvent event) {
		if (event.getApplicationContext() instanceof WebServerApplicationContext web && web.getWebServer() != null) {
			String base = (web instanceof WebApplicationContext context && context.getServletContext() != null)
					? context.getServletContext().getContextPath() : "";
			this.basePath = base;
			this.renderer.server(URI.create("http://127.0.0.1:" + web.getWebServer().getPort() + base));
			refresh();
		}
	}

	@EventListener
	void contentReloaded(ContentReloadedEvent event) {
		if (this.renderer.ready()) {
			refresh();
		}
	}

	/**
	 * The path the site lives under on its server ({@code /pr-preview/pr-7}), or empty.
	 */
	String basePath() {
		return this.basePath;
	}

	/**
	 * The page at a path as it is served now: a home page as it is today.
	 */
	RenderedPage page(String path) {
		if (isDayPage(path) && this.renderer.ready()) {
			LocalDate day = LocalDate.now(this.clock);
			Day current = this.today.get();
			return ((current != null && current.day().equals(day)) ? current : renderDay(day)).pages().get(path);
		}
		return this.pages.get().get(path);
	}

	/**
	 * The page at a path as the static export writes it: a home page without the
	 * milestones of a day, which a static file could not keep up to date.
	 */
	RenderedPage exported(String path) {
		return this.pages.get().get(path);
	}

	/**
	 * Whether a page changes with the day: the home pages, which name the day's
	 * milestones.
	 */
	static boolean isDayPage(String path) {
		return Arrays.stream(Language.values()).anyMatch((language) -> language.home().equals(path));
	}

	/**
	 * How long a browser may keep a page: five minutes, and a home page no later than
	 * midnight in the site's time zone.
	 */
	long maxAge(String path) {
		if (!isDayPage(path)) {
			return MAX_AGE;
		}
		ZonedDateTime now = ZonedDateTime.now(this.clock);
		long left = Duration.between(now, now.toLocalDate().plusDays(1).atStartOfDay(now.getZone())).toSeconds();
		return Math.min(MAX_AGE, left);
	}

	/**
	 * The "page not found" page in a language, rendered with the current version's pages;
	 * {@code null} before.
	 */
	RenderedPage notFound(Language language) {
		return this.notFound.get().get(language);
	}

	boolean isRenderRequest(String header) {
		return this.renderer.isRenderRequest(header);
	}

	// For tests in this package, which ask for a page as the cache does.
	String renderToken() {
		return this.renderer.token();
	}

	/**
	 * The paths of every page of the current version: what is cached, and what a static
	 * export writes.
	 */
	public List<String> paths() {
		List<String> paths = new ArrayList<>();
		this.store.editions().pages().stream().map(Page::path).forEach(paths::add);
		paths.addAll(List.of("/sitemap.xml", "/robots.txt", "/timeline.json"));
		for (Language language : Language.values()) {
			paths.add(language.path(SitePaths.FEED));
		}
		// Each section's and the timeline's citation files.
		for (Page page : this.store.editions().pages()) {
			String name = page.englishPath().substring(1);
			if (PageCitations.cited(page.englishPath())) {
				paths.add(page.language().path(PageCitations.FOLDER + name + ".bib"));
				paths.add(page.language().path(PageCitations.FOLDER + name + ".json"));
			}
		}
		return paths;
	}

	/**
	 * Renders every page of the current content version and swaps them in together.
	 */
	public synchronized void refresh() {
		long start = System.nanoTime();
		Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
		Map<String, PageRenderer.Response> responses = renderPages();
		Map<Language, RenderedPage> missing = renderNotFound(now);
		// How hard to compress depends on how much there is: the best Brotli for a
		// history of a few sections, a quicker one for hundreds, so that a new version is
		// served in seconds either way.
		long siteBytes = responses.values().stream().mapToLong((response) -> response.body().length).sum();
		Map<String, RenderedPage> rendered = compress(responses, siteBytes, now);
		this.siteBytes = siteBytes;
		Day day = dayPages(LocalDate.now(this.clock));
		this.pages.set(Map.copyOf(rendered));
		this.notFound.set(Map.copyOf(missing));
		this.today.set(day);
		logger.info(String.format("Rendered %d pages (%d KB) in %d ms (Brotli %s)", rendered.size(), siteBytes / 1024,
				(System.nanoTime() - start) / 1_000_000, Compression.brotliAvailable() ? "on" : "not available"));
	}

	// The home pages of a new day, once: the requests that come meanwhile wait for them.
	private synchronized Day renderDay(LocalDate day) {
		Day current = this.today.get();
		if (current != null && current.day().equals(day)) {
			return current;
		}
		Day rendered = dayPages(day);
		this.today.set(rendered);
		return rendered;
	}

	private Day dayPages(LocalDate day) {
		Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
		Map<String, RenderedPage> homes = new HashMap<>();
		for (Language language : Language.values()) {
			PageRenderer.Response response = this.renderer.render(language.home(), 200, day.toString());
			if (response != null) {
				homes.put(language.home(),
						RenderedPage.of(response.contentType(), response.body(), this.siteBytes, now));
			}
		}
		return new Day(day, Map.copyOf(homes));
	}

	// Pages render and compress independently: on every core.
	private Map<String, PageRenderer.Response> renderPages() {
		Map<String, PageRenderer.Response> responses = new ConcurrentHashMap<>();
		paths().parallelStream().forEach((path) -> {
			PageRenderer.Response response = this.renderer.render(path, 200, OnThisDay.NO_DAY);
			if (response != null) {
				responses.put(path, response);
			}
		});
		return responses;
	}

	private Map<Language, RenderedPage> renderNotFound(Instant now) {
		Map<Language, RenderedPage> missing = new EnumMap<>(Language.class);
		for (Language language : Language.values()) {
			PageRenderer.Response response = this.renderer.render(language.path(NOT_FOUND), 404, OnThisDay.NO_DAY);
			if (response != null) {
				missing.put(language, RenderedPage.of(response.contentType(), response.body(), 0, now));
			}
		}
		return missing;
	}

	private static Map<String, RenderedPage> compress(Map<String, PageRenderer.Response> responses, long siteBytes,
			Instant now) {
		Map<String, RenderedPage> rendered = new ConcurrentHashMap<>();
		responses.entrySet().parallelStream().forEach((entry) -> {
			PageRenderer.Response response = entry.getValue();
			rendered.put(entry.getKey(), RenderedPage.of(response.contentType(), response.body(), siteBytes, now));
		});
		return rendered;
	}

	// The home pages of a day.
	private record Day(LocalDate day, Map<String, RenderedPage> pages) {

	}

}
