package no.oslocancercluster.history.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import no.oslocancercluster.history.RequestPath;
import no.oslocancercluster.history.content.model.Language;

import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Sends an address that ends with a slash, other than the home pages {@code /} and
 * {@code /nb/} (folders, as in the export), to the page without it for good
 * ({@code /founding/?a=1} to {@code /founding?a=1}), so that link checkers and readers
 * who add the slash find the page and every page keeps one address.
 */
class TrailingSlashFilter extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String method = request.getMethod();
		// A 301 turns a POST into a GET: other methods go on to the site's answer to them
		// (an error page).
		String base = request.getContextPath();
		String target = (method.equals("GET") || method.equals("HEAD")) ? target(RequestPath.of(request)) : null;
		if (target == null) {
			chain.doFilter(request, response);
			return;
		}
		String query = request.getQueryString();
		response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
		response.setHeader(HttpHeaders.LOCATION, base + ((query != null) ? target + "?" + query : target));
	}

	/**
	 * The address without its trailing slash, or {@code null} when it has none to lose.
	 * Runs of slashes become one: {@code //evil.example/} goes to {@code /evil.example}
	 * on this site, never to {@code //evil.example}, which a browser would read as
	 * another site.
	 */
	static String target(String uri) {
		// A backslash is no part of an address (Tomcat refuses it), and browsers read one
		// as a slash.
		if (!uri.endsWith("/") || uri.equals("/") || uri.equals(Language.NB.home()) || uri.indexOf('\\') >= 0) {
			return null;
		}
		String path = uri.replaceAll("/{2,}", "/");
		path = path.substring(0, path.length() - 1);
		if (path.isEmpty() || path.equals(Language.NB.path(""))) {
			return path + "/";
		}
		return path;
	}

}
