package no.oslocancercluster.history.serving;

import java.io.IOException;
import java.util.function.Supplier;

import jakarta.servlet.ServletException;
import no.oslocancercluster.history.web.LanguageNegotiationFilter;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;

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

	// The bare home page depends on the browser's languages, as the site's filter says.
	private boolean answered(Request request, Response response) throws IOException {
		return LanguageNegotiationFilter.sendsElsewhere(request, response)
				|| this.pages.get().answerPage(request, response);
	}

}
