package no.oslocancercluster.history.web;

import java.util.Locale;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import no.oslocancercluster.history.RequestPath;
import no.oslocancercluster.history.content.model.Language;

import org.springframework.web.servlet.LocaleResolver;

/**
 * The language of a page is in its address ({@code /nb/...} is bokmål, the rest English),
 * never in a header or a cookie: every address shows the same page to everyone, so it can
 * be cached, exported and linked. An error page takes the language of the address that
 * failed.
 */
class PathLocaleResolver implements LocaleResolver {

	@Override
	public Locale resolveLocale(HttpServletRequest request) {
		return language(request).locale();
	}

	@Override
	public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
		throw new UnsupportedOperationException("The language of a page is chosen by its address");
	}

	static Language language(HttpServletRequest request) {
		return Language.ofPath(path(request));
	}

	/**
	 * The address the visitor asked for, also when an error page is shown for it.
	 */
	static String path(HttpServletRequest request) {
		Object failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		return RequestPath.within((failed instanceof String text) ? text : request.getRequestURI(), request);
	}

}
