package no.oslocancercluster.history.serving;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import no.oslocancercluster.history.content.model.Language;
import no.oslocancercluster.history.search.SearchExport;
import no.oslocancercluster.history.web.OnThisDay;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.DispatcherServlet;

/**
 * Renders a page of the site in this process, through Spring MVC's own dispatcher (its
 * controllers, advice, views and error page), as a GET from a browser would be answered
 * there: no request leaves the process, so rendering needs no free server thread and no
 * connection. The filters in front of the dispatcher are not run: they only set headers,
 * answer from the page cache, or send a browser elsewhere, and a rendered page keeps none
 * of that.
 *
 * <p>
 * The request and response are Spring's servlet stand-ins (spring-test's
 * {@code MockHttpServletRequest} and {@code MockHttpServletResponse}): complete, kept up
 * with each servlet version, and what Spring's own MockMvc dispatches with.
 */
final class PageRenderer {

	private static final Log logger = LogFactory.getLog(PageCache.class);

	// The error page's address, where a servlet container sends a failed request.
	private static final String ERROR_PATH = "/error";

	// The server's servlet context (with the path the site lives under) and dispatcher.
	private volatile Server server;

	void server(ServletContext context, DispatcherServlet dispatcher) {
		this.server = new Server(context, dispatcher, context.getClassLoader());
	}

	boolean ready() {
		return this.server != null;
	}

	/**
	 * The page at a path of the site, without the milestones of a day, or {@code null}
	 * (and a warning) when the site does not answer it with the status expected.
	 */
	Response render(String path, int status) {
		return render(path, status, OnThisDay.NO_DAY, false);
	}

	/**
	 * The page at a path as the static export writes it, where that differs from the
	 * served one (the search page).
	 */
	Response exported(String path) {
		return render(path, 200, OnThisDay.NO_DAY, true);
	}

	/**
	 * Every language's home page with the milestones of a day, by its path: those that
	 * rendered.
	 */
	Map<String, Response> homes(LocalDate day) {
		Map<String, Response> homes = new HashMap<>();
		for (Language language : Language.values()) {
			Response response = render(language.home(), 200, day, false);
			if (response != null) {
				homes.put(language.home(), response);
			}
		}
		return homes;
	}

	// The day is the value the home page's controller reads: a date, or none.
	private Response render(String path, int status, Object day, boolean exported) {
		Server current = this.server;
		MockHttpServletRequest request = current.request(path);
		request.setAttribute(OnThisDay.DAY_ATTRIBUTE, day);
		if (exported) {
			request.setAttribute(SearchExport.ATTRIBUTE, Boolean.TRUE);
		}
		try {
			MockHttpServletResponse response = current.dispatch(request);
			if (response.getStatus() != status) {
				logger.warn("Not caching " + path + ": the site answered " + response.getStatus());
				return null;
			}
			String type = response.getContentType();
			return new Response((type != null) ? type : "application/octet-stream", response.getContentAsByteArray());
		}
		catch (ServletException | IOException | RuntimeException ex) {
			logger.warn("Not caching " + path + ": " + ex.getMessage());
			return null;
		}
	}

	/**
	 * A page as the site answered it.
	 *
	 * @param contentType its content type
	 * @param body its bytes
	 */
	record Response(String contentType, byte[] body) {

	}

	private record Server(ServletContext context, DispatcherServlet dispatcher, ClassLoader classLoader) {

		MockHttpServletRequest request(String path) {
			MockHttpServletRequest request = new MockHttpServletRequest(this.context, "GET",
					this.context.getContextPath() + path);
			request.setContextPath(this.context.getContextPath());
			request.addHeader("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
			return request;
		}

		// UTF-8 unless the page's content type names another charset, as
		// server.servlet.encoding.force has it, and the content type as the page sets it.
		private static MockHttpServletResponse response() {
			MockHttpServletResponse response = new MockHttpServletResponse();
			response.setDefaultCharacterEncoding(StandardCharsets.UTF_8.name());
			return response;
		}

		// The request, and when it fails with an error the container would answer, the
		// error page for it, as the container forwards it there.
		MockHttpServletResponse dispatch(MockHttpServletRequest request) throws ServletException, IOException {
			// With the application's class loader, as the server's own threads have it:
			// the
			// templates are found through it, and a pool's thread may have another.
			Thread thread = Thread.currentThread();
			ClassLoader previous = thread.getContextClassLoader();
			thread.setContextClassLoader(this.classLoader);
			try {
				return dispatchWithin(request);
			}
			finally {
				thread.setContextClassLoader(previous);
			}
		}

		private MockHttpServletResponse dispatchWithin(MockHttpServletRequest request)
				throws ServletException, IOException {
			MockHttpServletResponse response = response();
			this.dispatcher.service(request, response);
			// Answered: a page, or an error the site rendered a page for itself.
			if ((response.getErrorMessage() == null && response.getStatus() < 400)
					|| response.getContentAsByteArray().length > 0) {
				return response;
			}
			String failed = request.getRequestURI();
			request.setDispatcherType(DispatcherType.ERROR);
			request.setRequestURI(this.context.getContextPath() + ERROR_PATH);
			request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, response.getStatus());
			request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, failed);
			request.setAttribute(RequestDispatcher.ERROR_MESSAGE, response.getErrorMessage());
			MockHttpServletResponse error = response();
			this.dispatcher.service(request, error);
			return error;
		}

	}

}
