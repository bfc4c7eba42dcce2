package no.oslocancercluster.history.web;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import no.oslocancercluster.history.content.model.Language;

import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Guides a first visit to the home page by the browser's languages: a reader whose
 * browser prefers Norwegian to English and who comes from elsewhere (no link within the
 * site, no explicit choice) is sent to {@code /nb/}. Only the bare home page does this;
 * every other address shows its own language to everyone, and the language switch to the
 * English home page says {@code ?lang=en}, so nobody is ever kept from the English site.
 */
public class LanguageNegotiationFilter extends OncePerRequestFilter {

	// Norwegian in any written form: bokmål, nynorsk (whose readers read bokmål), or just
	// "Norwegian".
	private static final Set<String> NORWEGIAN = Set.of("nb", "nn", "no");

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!sendsElsewhere(request, response)) {
			chain.doFilter(request, response);
		}
	}

	/**
	 * Answers the bare home page's dependence on the browser's languages: marks it
	 * {@code Vary: Accept-Language}, and sends a browser that prefers Norwegian to the
	 * Norwegian home page; whether it sent it there.
	 */
	public static boolean sendsElsewhere(HttpServletRequest request, HttpServletResponse response) {
		if (!isHomePage(request)) {
			return false;
		}
		response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE);
		if (request.getParameter("lang") != null || fromThisSite(request)
				|| preferred(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE)) != Language.NB) {
			return false;
		}
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
		response.setStatus(HttpServletResponse.SC_FOUND);
		response.setHeader(HttpHeaders.LOCATION, request.getContextPath() + Language.NB.home());
		return true;
	}

	private static boolean isHomePage(HttpServletRequest request) {
		String method = request.getMethod();
		return (method.equals("GET") || method.equals("HEAD"))
				&& request.getRequestURI().equals(request.getContextPath() + "/");
	}

	// A reader who followed a link within the site has chosen a page already.
	private static boolean fromThisSite(HttpServletRequest request) {
		String referer = request.getHeader(HttpHeaders.REFERER);
		if (referer == null) {
			return false;
		}
		try {
			String host = URI.create(referer).getHost();
			return host != null && host.equalsIgnoreCase(request.getServerName());
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	/**
	 * The language of the site a browser's {@code Accept-Language} prefers, English when
	 * it prefers neither.
	 */
	static Language preferred(String acceptLanguage) {
		for (Locale.LanguageRange range : ranges(acceptLanguage)) {
			Language language = (range.getWeight() > 0) ? site(range) : null;
			if (language != null) {
				return language;
			}
		}
		return Language.EN;
	}

	// The header's ranges, most wanted first; none for a header that is absent, too long
	// or malformed.
	private static List<Locale.LanguageRange> ranges(String acceptLanguage) {
		if (acceptLanguage == null || acceptLanguage.isBlank() || acceptLanguage.length() > 1000) {
			return List.of();
		}
		try {
			return Locale.LanguageRange.parse(acceptLanguage);
		}
		catch (IllegalArgumentException ex) {
			return List.of();
		}
	}

	// The site's language a range asks for, or null for one the site is not written in.
	private static Language site(Locale.LanguageRange range) {
		String language = range.getRange().split("-", 2)[0];
		if (NORWEGIAN.contains(language)) {
			return Language.NB;
		}
		if (language.equals("en") || language.equals("*")) {
			return Language.EN;
		}
		return null;
	}

}
