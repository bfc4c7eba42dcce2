package no.oslocancercluster.history.serving;

import java.io.IOException;
import java.util.function.Supplier;

import jakarta.servlet.ServletException;
import no.oslocancercluster.history.web.LanguageNegotiationFilter;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;

import org.springframework.http.HttpHeaders;

/**
 * Answers a GET or HEAD of a cached page in Tomcat itself, as the request arrives, as
 * {@link CachedPageFilter} would: without the servlet container's work for a request that
 * reaches the site (its class loader, session and security checks, a filter chain made
 * for the request, the site's filters), which was a tenth of the server's time serving a
 * cached page (bench/README.md). Anything else goes on to the site, where that filter and
 * the controllers answer it. The security headers are given before this
 * ({@code SecurityConfiguration}).
 */
class CachedPageValve extends ValveBase {

	private final Supplier<CachedPageFilter> pages;

	/**
	 * A valve answering from the pages of the filter the supplier gives when the first
	 * request comes (the page cache is made with the site, after the server).
	 */
	CachedPageValve(Supplier<CachedPageFilter> pages) {
		super(true);
		this.pages = pages;
	}

	@Override
	public void invoke(Request request, Response response) throws IOException, ServletException {
		if (request.getContext() == null || !answered(request, response)) {
			getNext().invoke(request, response);
		}
	}

	private boolean answered(Request request, Response response) throws IOException {
		// The bare home page of a browser that prefers Norwegian is sent to the Norwegian
		// one: the site's filter does that.
		if (LanguageNegotiationFilter.isHomePage(request)) {
			if (LanguageNegotiationFilter.sendsToNorwegian(request)) {
				return false;
			}
			response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE);
		}
		// Not answered here, the site's filter sets the same Vary again.
		return this.pages.get().answerPage(request, response);
	}

}
