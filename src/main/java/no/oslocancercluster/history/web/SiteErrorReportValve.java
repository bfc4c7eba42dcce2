package no.oslocancercluster.history.web;

import java.io.IOException;
import java.util.function.Function;

import no.oslocancercluster.history.content.model.Language;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

/**
 * Answers what Tomcat refuses by itself, before the site sees the request (an address
 * with {@code %zz}, a backslash or an encoded slash), with the site's "bad request" page
 * in the language of the address, as HTML whatever the client accepts.
 */
class SiteErrorReportValve extends ErrorReportValve {

	// The page of each language, or null while there is none.
	private final Function<Language, byte[]> pages;

	SiteErrorReportValve(Function<Language, byte[]> pages) {
		this.pages = pages;
		setShowReport(false);
		setShowServerInfo(false);
	}

	// As Tomcat makes the valve it is named by, were the site's not in place: its report.
	SiteErrorReportValve() {
		this((language) -> null);
	}

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		// The address as it was sent, undecoded: it is all there is of a request that
		// could not be read.
		// The page says the address cannot be read: for the container's other refusals,
		// its report without details.
		byte[] page = (response.getStatus() == 400) ? this.pages.apply(Language.ofPath(path(request))) : null;
		if (page == null) {
			// Before the pages are rendered: Tomcat's report, without details or server
			// information.
			super.report(request, response, throwable);
			return;
		}
		// As Tomcat's own report: not for a success, not when the application has written
		// its answer, and once.
		if (response.getStatus() < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
			return;
		}
		response.setContentType("text/html;charset=UTF-8");
		response.setContentLength(page.length);
		try {
			response.getOutputStream().write(page);
		}
		catch (IOException | IllegalStateException ex) {
			// The client has gone, or the answer was begun as text: there is no one left
			// to show a page to.
		}
	}

	// The address within the site, from the context's own path: a request Tomcat refused
	// has no context path of its own.
	private static String path(Request request) {
		String uri = request.getRequestURI();
		String base = (request.getContext() != null) ? request.getContext().getPath() : "";
		return (uri != null && uri.startsWith(base)) ? uri.substring(base.length()) : uri;
	}

}
