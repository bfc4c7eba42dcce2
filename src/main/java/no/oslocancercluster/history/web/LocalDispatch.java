package no.oslocancercluster.history.web;

import java.io.IOException;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.DispatcherServlet;

/**
 * A GET answered in this process by Spring MVC's dispatcher (the site's controllers,
 * advice, views and error page), as a browser's request would be answered there: no
 * request leaves the process, so it needs no free server thread and no connection. The
 * filters in front of the dispatcher are not run: they only set headers, answer from
 * memory, or send a browser elsewhere.
 *
 * <p>
 * The request and response are Spring's servlet stand-ins (spring-test's
 * {@code MockHttpServletRequest} and {@code MockHttpServletResponse}): complete, kept up
 * with each servlet version, and what Spring's own MockMvc dispatches with.
 */
public final class LocalDispatch {

	// The error page's address, where a servlet container sends a failed request.
	private static final String ERROR_PATH = "/error";

	private final ServletContext context;

	private final DispatcherServlet dispatcher;

	private final ClassLoader classLoader;

	/**
	 * Requests to the dispatcher of the server's servlet context (with the path the site
	 * lives under).
	 */
	public LocalDispatch(ServletContext context, DispatcherServlet dispatcher) {
		this.context = context;
		this.dispatcher = dispatcher;
		this.classLoader = context.getClassLoader();
	}

	/**
	 * A GET of a path within the site, accepting HTML as a browser does.
	 */
	public MockHttpServletRequest request(String path) {
		MockHttpServletRequest request = new MockHttpServletRequest(this.context, "GET",
				this.context.getContextPath() + path);
		request.setContextPath(this.context.getContextPath());
		request.addHeader("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
		return request;
	}

	/**
	 * The answer to the request, and when it fails with an error the container would
	 * answer, the error page for it, as the container forwards it there.
	 */
	public MockHttpServletResponse dispatch(MockHttpServletRequest request) throws ServletException, IOException {
		// With the application's class loader, as the server's own threads have it: the
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

	private static MockHttpServletResponse response() {
		return new LocalResponse();
	}

}
