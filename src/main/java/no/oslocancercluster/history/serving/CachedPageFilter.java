package no.oslocancercluster.history.serving;

import java.io.IOException;
import java.util.List;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import no.oslocancercluster.history.ContentCodings;
import no.oslocancercluster.history.RequestPath;
import no.oslocancercluster.history.content.model.Language;

import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers GET and HEAD for cached pages straight from memory: the representation the
 * client accepts, or {@code 304 Not Modified} when its copy is current. Anything else
 * goes on to Spring MVC.
 */
class CachedPageFilter extends OncePerRequestFilter {

	// Pages change a few times a year; a short lifetime plus a revalidation by ETag keeps
	// them fresh and cheap.
	static final String CACHE_CONTROL = "public, max-age=" + PageCache.MAX_AGE + ", must-revalidate";

	private static final Pattern DYNAMIC = Pattern
		.compile("/(nb/)?(search|errors?)(/|$)|/(images|cards|css|js|actuator)/|/favicon[^/]*\\.svg$");

	private final PageCache cache;

	CachedPageFilter(PageCache cache) {
		this.cache = cache;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (answerPage(request, response)) {
			return;
		}
		// Every page is in the cache: an address that is neither one nor answered by the
		// application itself is no page. A home page not told for the day yet is answered
		// by the application meanwhile.
		String path = RequestPath.of(request);
		RenderedPage missing = (reads(request) && !answeredByTheApplication(path) && !DayPages.isDayPage(path))
				? this.cache.notFound(Language.ofPath(path)) : null;
		if (missing == null) {
			chain.doFilter(request, response);
			return;
		}
		writeNotFound(request, response, missing);
	}

	/**
	 * Answers a GET or HEAD of a cached page, if the address is one; {@code false} for
	 * anything else.
	 */
	boolean answerPage(HttpServletRequest request, HttpServletResponse response) throws IOException {
		String path = RequestPath.of(request);
		RenderedPage page = reads(request) ? this.cache.page(path) : null;
		if (page == null) {
			return false;
		}
		writePage(request, response, path, page);
		return true;
	}

	private static boolean reads(HttpServletRequest request) {
		return request.getMethod().equals("GET") || request.getMethod().equals("HEAD");
	}

	private void writePage(HttpServletRequest request, HttpServletResponse response, String path, RenderedPage page)
			throws IOException {
		long maxAge = this.cache.maxAge(path);
		writePage(request, response, page,
				(maxAge == PageCache.MAX_AGE) ? CACHE_CONTROL : "public, max-age=" + maxAge + ", must-revalidate");
	}

	// Any address that is no page, as cheaply as a page, and never kept by the browser.
	private static void writeNotFound(HttpServletRequest request, HttpServletResponse response, RenderedPage missing)
			throws IOException {
		response.setStatus(HttpServletResponse.SC_NOT_FOUND);
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		write(request, response, missing, missing.representation(coding(request, missing)));
	}

	// A page with its validators, or only they when the client's copy is current.
	private static void writePage(HttpServletRequest request, HttpServletResponse response, RenderedPage page,
			String cacheControl) throws IOException {
		RenderedPage.Representation representation = page.representation(coding(request, page));
		response.setHeader(HttpHeaders.ETAG, representation.etag());
		response.setDateHeader(HttpHeaders.LAST_MODIFIED, page.lastModified().toEpochMilli());
		response.setHeader(HttpHeaders.CACHE_CONTROL, cacheControl);
		if (notModified(request, representation, page)) {
			response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
			vary(response);
			return;
		}
		write(request, response, page, representation);
	}

	private static void write(HttpServletRequest request, HttpServletResponse response, RenderedPage page,
			RenderedPage.Representation representation) throws IOException {
		vary(response);
		response.setContentType(page.contentType());
		if (representation.encoding() != null) {
			response.setHeader(HttpHeaders.CONTENT_ENCODING, representation.encoding());
		}
		response.setContentLength(representation.bytes().length);
		if (request.getMethod().equals("GET")) {
			response.getOutputStream().write(representation.bytes());
		}
	}

	private static void vary(HttpServletResponse response) {
		String vary = response.getHeader(HttpHeaders.VARY);
		response.setHeader(HttpHeaders.VARY,
				(vary != null) ? vary + ", " + HttpHeaders.ACCEPT_ENCODING : HttpHeaders.ACCEPT_ENCODING);
	}

	/**
	 * Whether an address is one that the application answers itself rather than from this
	 * cache: search, the pictures, the share cards, the static files, the health probes,
	 * the error pages, and {@code /nb} (which sends to {@code /nb/}). A new controller
	 * whose answers are not cached pages needs its address here.
	 */
	static boolean answeredByTheApplication(String path) {
		return path.equals("/nb") || DYNAMIC.matcher(path).lookingAt();
	}

	private static boolean notModified(HttpServletRequest request, RenderedPage.Representation representation,
			RenderedPage page) {
		String ifNoneMatch = request.getHeader(HttpHeaders.IF_NONE_MATCH);
		if (ifNoneMatch != null) {
			return ifNoneMatch.trim().equals("*") || ifNoneMatch.contains(representation.etag());
		}
		long ifModifiedSince = request.getDateHeader(HttpHeaders.IF_MODIFIED_SINCE);
		return ifModifiedSince != -1 && ifModifiedSince >= page.lastModified().toEpochMilli();
	}

	/**
	 * The best coding the client accepts: Brotli, then gzip, then none. A coding refused
	 * with {@code q=0} is not used.
	 */
	static String coding(HttpServletRequest request, RenderedPage page) {
		List<String> accepted = ContentCodings.accepted(request.getHeader(HttpHeaders.ACCEPT_ENCODING));
		if (accepted.contains("br") && page.brotli() != null) {
			return "br";
		}
		return accepted.contains("gzip") ? "gzip" : "identity";
	}

}
