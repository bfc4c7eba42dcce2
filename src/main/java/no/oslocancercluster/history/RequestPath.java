package no.oslocancercluster.history;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The address a request asks for within the site: without the path the site lives under
 * ({@code /pr-preview/pr-7}), as the site's pages, the page cache and the languages name
 * it.
 */
public final class RequestPath {

	private RequestPath() {
	}

	/**
	 * The request's own address within the site.
	 */
	public static String of(HttpServletRequest request) {
		return within(request.getRequestURI(), request);
	}

	/**
	 * An address the request names (an error page's failed address) within the site.
	 */
	public static String within(String uri, HttpServletRequest request) {
		return uri.substring(Math.min(uri.length(), request.getContextPath().length()));
	}

}
