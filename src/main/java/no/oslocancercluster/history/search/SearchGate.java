package no.oslocancercluster.history.search;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import no.oslocancercluster.history.RequestPath;
import no.oslocancercluster.history.content.model.Language;

import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Stands before every search so that no flood of them can slow the site: a search asked
 * before is answered from a small cache of rendered result pages (dropped with each
 * content version); a new one runs only while fewer than the limit are running, waits a
 * moment for its turn at most, and otherwise gets a "busy, try again" page (503 with
 * {@code Retry-After}), rendered once per content version and language.
 */
class SearchGate extends OncePerRequestFilter {

	static final String BUSY_PATH = "/search/busy";

	// Seconds after which a busy visitor may try again: a flood of searches ends or is
	// cut off within that.
	static final int RETRY_AFTER = 5;

	private final Supplier<Object> versions;

	private final Semaphore running;

	private final Duration wait;

	private final boolean cache;

	private final RenderedSearches rendered = new RenderedSearches(256);

	/**
	 * A gate for searches of the content versions the supplier gives (a new one drops
	 * what was kept).
	 */
	SearchGate(Supplier<Object> versions, int limit, Duration wait, boolean cache) {
		this.versions = versions;
		this.running = new Semaphore(limit);
		this.wait = wait;
		this.cache = cache;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		// Results change with the content and the query: not for shared caches, and not
		// for search engines.
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
		response.setHeader("X-Robots-Tag", "noindex");
		// Not a search: the site's answer to the method, which is no page to keep; or the
		// static export's page, which is the export's alone.
		if ((!request.getMethod().equals("GET") && !request.getMethod().equals("HEAD"))
				|| request.getAttribute(SearchExport.ATTRIBUTE) != null) {
			chain.doFilter(request, response);
			return;
		}
		Object version = this.versions.get();
		String key = key(request);
		if (!answerKept(response, version, key)) {
			search(request, response, chain, version, key);
		}
	}

	// The whole address: a page shows what its address says (the language switch keeps
	// the query), so it is kept for that address only.
	private static String key(HttpServletRequest request) {
		String query = request.getQueryString();
		return request.getRequestURI() + ((query != null) ? "?" + query : "");
	}

	private boolean answerKept(HttpServletResponse response, Object version, String key) throws IOException {
		byte[] page = this.cache ? this.rendered.get(version, key) : null;
		if (page != null) {
			write(response, HttpServletResponse.SC_OK, page);
		}
		return page != null;
	}

	private void search(HttpServletRequest request, HttpServletResponse response, FilterChain chain, Object version,
			String key) throws ServletException, IOException {
		if (!acquire()) {
			busy(request, response, version);
			return;
		}
		try {
			// Asked by many at once, a new query runs once: those that waited for their
			// turn find it done.
			if (answerKept(response, version, key)) {
				return;
			}
			ContentCachingResponseWrapper buffered = new ContentCachingResponseWrapper(response);
			chain.doFilter(request, buffered);
			if (this.cache && buffered.getStatus() == HttpServletResponse.SC_OK) {
				this.rendered.put(version, key, buffered.getContentAsByteArray());
			}
			buffered.copyBodyToResponse();
		}
		finally {
			this.running.release();
		}
	}

	/**
	 * The searches that may run at once: a test takes them all to see what a visitor gets
	 * while they run.
	 */
	Semaphore running() {
		return this.running;
	}

	private boolean acquire() {
		try {
			return this.running.tryAcquire(this.wait.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	// The busy page is the search page with a notice and an empty form, so it is the same
	// for every query.
	private void busy(HttpServletRequest request, HttpServletResponse response, Object version)
			throws ServletException, IOException {
		Language language = Language.ofPath(RequestPath.of(request));
		String key = language.path(BUSY_PATH);
		byte[] page = this.rendered.get(version, key);
		if (page == null) {
			// Included, not forwarded: a forward would close this response before the
			// busy status is set. An
			// included page cannot set its own encoding: this response's is the one it is
			// written in. It is the same page for every visitor, so it sees a GET without
			// a query.
			response.setCharacterEncoding("UTF-8");
			ContentCachingResponseWrapper buffered = new ContentCachingResponseWrapper(response);
			request.getRequestDispatcher(key).include(new PlainGet(request), buffered);
			page = buffered.getContentAsByteArray();
			if (page.length > 0) {
				this.rendered.putKept(version, key, page);
			}
		}
		response.setHeader(HttpHeaders.RETRY_AFTER, Integer.toString(RETRY_AFTER));
		write(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, page);
	}

	private static void write(HttpServletResponse response, int status, byte[] page) throws IOException {
		response.setStatus(status);
		response.setContentType("text/html;charset=UTF-8");
		response.setContentLength(page.length);
		response.getOutputStream().write(page);
	}

}
