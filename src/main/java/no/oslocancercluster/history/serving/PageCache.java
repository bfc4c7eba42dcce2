package no.oslocancercluster.history.serving;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;

import no.oslocancercluster.history.SiteProperties;
import no.oslocancercluster.history.citation.CitationDownloads;
import no.oslocancercluster.history.content.model.Language;
import no.oslocancercluster.history.content.model.SitePaths;
import no.oslocancercluster.history.content.store.ContentReloadedEvent;
import no.oslocancercluster.history.content.store.ContentStore;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationContextAware;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.servlet.DispatcherServlet;

/**
 * Every page of the current content version, rendered once through the site's own
 * controllers and templates (in this process, through Spring MVC's dispatcher) and kept
 * in memory with its compressed forms. A new content version replaces the whole set at
 * once. With a content snapshot set, the pages are kept beside it, and a start of the
 * same code with the same content and settings takes them from there instead of rendering
 * them.
 */
public class PageCache implements ApplicationContextAware, SmartInitializingSingleton {

	// A cached page's lifetime in browsers and CDNs, in seconds.
	static final long MAX_AGE = 300;

	private static final Log logger = LogFactory.getLog(PageCache.class);

	private final PageRenderer renderer = new PageRenderer();

	private final VersionRenderer versions;

	private final AtomicReference<RenderedVersion> version = new AtomicReference<>(RenderedVersion.NONE);

	private final DayPages today;

	private final Clock clock;

	private final VersionSettling settling;

	private final KeptPagesAhead kept;

	private volatile String basePath = "";

	PageCache(ContentStore store, CitationDownloads downloads, SiteProperties properties, Clock clock) {
		this.versions = new VersionRenderer(store, downloads, this.renderer);
		this.today = new DayPages(this.renderer, store, clock);
		this.clock = clock;
		this.settling = new VersionSettling(this.versions);
		this.kept = new KeptPagesAhead(store, properties);
	}

	/**
	 * Starts reading the pages an earlier start kept, as soon as the server's servlet
	 * context (with the path the site lives under) is made.
	 */
	@Override
	public void setApplicationContext(ApplicationContext context) {
		this.kept.settings(PageSettings.of(context.getEnvironment()));
		if (context instanceof WebServerApplicationContext && context instanceof WebApplicationContext web
				&& web.getServletContext() != null) {
			this.basePath = web.getServletContext().getContextPath();
			this.kept.readAhead(this.basePath);
		}
	}

	/**
	 * Serves the pages an earlier start kept from before the server takes its first
	 * request: no visitor waits for a page to be rendered in a JVM that has rendered
	 * none.
	 */
	@Override
	public void afterSingletonsInstantiated() {
		RenderedVersion taken = this.kept.taken();
		if (taken != null) {
			this.version.compareAndSet(RenderedVersion.NONE, taken);
		}
	}

	@EventListener
	void serverReady(ApplicationReadyEvent event) {
		if (event.getApplicationContext() instanceof WebServerApplicationContext server && server.getWebServer() != null
				&& server instanceof WebApplicationContext web && web.getServletContext() != null) {
			this.basePath = web.getServletContext().getContextPath();
			this.renderer.server(web.getServletContext(), web.getBean(DispatcherServlet.class));
			refresh();
		}
	}

	/**
	 * Stops rendering when the site shuts down (a restart soon after a start): a page
	 * rendered with a closing context would fail. A version being settled is given a few
	 * seconds first, so that a stop soon after the pages rendered still saves them.
	 */
	@EventListener
	void closing(ContextClosedEvent event) {
		this.settling.awaitStop();
		this.renderer.stop();
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
		if (DayPages.isDayPage(path)) {
			return this.today.page(path, this.version::get);
		}
		return this.version.get().pages().get(path);
	}

	/**
	 * The page at a path as the static export writes it: a home page without the
	 * milestones of a day, which a static file could not keep up to date.
	 */
	RenderedPage exported(String path) {
		return this.version.get().pages().get(path);
	}

	/**
	 * The search page of a language as the static export writes it, rendered now and
	 * never kept: its form answered by a script. {@code null} when the server does not
	 * answer.
	 */
	byte[] exportedSearch(Language language) {
		PageRenderer.Response response = this.renderer.exported(language.path(SitePaths.SEARCH));
		return (response != null) ? response.body() : null;
	}

	/**
	 * How long a browser may keep a page: five minutes, and a home page no later than
	 * midnight in the site's time zone.
	 */
	long maxAge(String path) {
		return this.today.maxAge(path, MAX_AGE);
	}

	/**
	 * The "page not found" page in a language, rendered with the current version's pages;
	 * {@code null} before.
	 */
	RenderedPage notFound(Language language) {
		return this.version.get().notFound().get(language);
	}

	/**
	 * The paths of every page of the current version: what is cached, and what a static
	 * export writes.
	 */
	public List<String> paths() {
		return this.versions.paths();
	}

	/**
	 * Renders every page of the current content version, or takes them from the snapshot
	 * an earlier start of the same code saved of the same content, and swaps them in
	 * together; nothing when the site is shutting down meanwhile.
	 */
	public synchronized void refresh() {
		try {
			refreshVersion();
		}
		catch (PageRenderer.Stopped ex) {
			logger.info("Stopped rendering pages: the site is shutting down");
		}
	}

	private void refreshVersion() {
		long start = System.nanoTime();
		CompletableFuture<DayPages.Homes> homes = this.today.renderToday();
		KeptPages snapshot = this.kept.current(this.basePath);
		RenderedVersion restored = (snapshot != null) ? snapshot.read() : null;
		Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
		RenderedVersion rendered = (restored != null) ? restored : this.versions.render(now, LocalDate.now(this.clock));
		this.today.renew(homes, rendered, () -> this.version.set(rendered));
		long took = (System.nanoTime() - start) / 1_000_000;
		if (restored != null) {
			this.settling.whole();
		}
		else {
			this.settling.start(rendered, now, this.version, snapshot);
		}
		logger.info(String.format(
				(restored != null) ? "Took %d pages (%d KB) from the snapshot of rendered pages in %d ms (Brotli %s)"
						: "Rendered %d pages (%d KB) in %d ms (Brotli %s)",
				rendered.pages().size(), rendered.siteBytes() / 1024, (restored != null) ? snapshot.readMillis() : took,
				Compression.brotliAvailable() ? "on" : "not available"));
	}

	/**
	 * Done once the current version has the home pages of every kind of day it keeps, and
	 * is saved beside the content snapshot if one is set: what a command that stops the
	 * site soon after it starts waits for.
	 */
	CompletableFuture<Void> settled() {
		return this.settling.settled();
	}

}
