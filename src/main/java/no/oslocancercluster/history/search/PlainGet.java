package no.oslocancercluster.history.search;

import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

/**
 * A request as the busy page is rendered for: a GET of the search page with no query.
 */
final class PlainGet extends HttpServletRequestWrapper {

	PlainGet(HttpServletRequest request) {
		super(request);
	}

	@Override
	public String getMethod() {
		return "GET";
	}

	@Override
	public String getQueryString() {
		return null;
	}

	@Override
	public String getParameter(String name) {
		return null;
	}

	@Override
	public Map<String, String[]> getParameterMap() {
		return Map.of();
	}

	@Override
	public Enumeration<String> getParameterNames() {
		return Collections.emptyEnumeration();
	}

	@Override
	public String[] getParameterValues(String name) {
		return null;
	}

}
