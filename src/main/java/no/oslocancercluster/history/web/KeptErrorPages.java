package no.oslocancercluster.history.web;

import java.io.IOException;
import java.util.function.Supplier;

import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Serves the "page not found" and "bad request" pages from memory: each is rendered once
 * per content version and language (an error page shows the menu, but nothing of the
 * address that failed), so that any random address costs no more than a page. Runs on the
 * container's error dispatch, before the error controller would render.
 */
class KeptErrorPages extends OncePerRequestFilter {

	// An error is no page: a browser keeps none of it, so a page that appears later is
	// found at once.
	static final String CACHE_CONTROL = "no-store";

	private final VersionPages<String> pages;

	private final boolean keep;

	/**
	 * Pages of the content versions the supplier gives; {@code keep} is false for the
	 * editors' preview, whose pages show the latest problems.
	 */
	KeptErrorPages(Supplier<Object> versions, boolean keep) {
		this.pages = new VersionPages<>(versions);
		this.keep = keep;
	}

	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Integer code = keptStatus(request);
		if (code == null) {
			chain.doFilter(request, response);
			return;
		}
		response.setHeader(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
		Object version = this.pages.version();
		String key = code + PathLocaleResolver.language(request).tag();
		byte[] page = this.pages.get(version, key);
		if (page == null) {
			renderAndKeep(request, response, chain, code, version, key);
			return;
		}
		send(request, response, code, page);
	}

	// The status of an error dispatch whose page is kept, or null.
	private Integer keptStatus(HttpServletRequest request) {
		Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		Object failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		if (!this.keep || failed == null || !(status instanceof Integer code) || (code != 404 && code != 400)) {
			return null;
		}
		return code;
	}

	private void renderAndKeep(HttpServletRequest request, HttpServletResponse response, FilterChain chain, int code,
			Object version, String key) throws ServletException, IOException {
		ContentCachingResponseWrapper buffered = new ContentCachingResponseWrapper(response);
		chain.doFilter(request, buffered);
		if (buffered.getStatus() == code) {
			this.pages.keep(version, key, buffered.getContentAsByteArray());
		}
		buffered.copyBodyToResponse();
	}

	private static void send(HttpServletRequest request, HttpServletResponse response, int code, byte[] page)
			throws IOException {
		response.setStatus(code);
		response.setContentType("text/html;charset=UTF-8");
		response.setContentLength(page.length);
		if (!"HEAD".equals(request.getMethod())) {
			response.getOutputStream().write(page);
		}
	}

}
