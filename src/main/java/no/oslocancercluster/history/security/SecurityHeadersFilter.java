package no.oslocancercluster.history.security;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Adds the security headers to every response, pages, files, errors and {@code 304}s
 * alike, before anything else can answer; a request the server has given them already
 * ({@link SecurityHeadersValve}) keeps those.
 */
class SecurityHeadersFilter extends OncePerRequestFilter {

	private final Map<String, String> headers;

	SecurityHeadersFilter(Map<String, String> headers) {
		this.headers = headers;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		// An error page is sent after the response was reset: it is given them again.
		if (request.getDispatcherType() == DispatcherType.ERROR
				|| request.getAttribute(SecurityHeadersValve.GIVEN) == null) {
			this.headers.forEach(response::setHeader);
		}
		chain.doFilter(request, response);
	}

	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

}
