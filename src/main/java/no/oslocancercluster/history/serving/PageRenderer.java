package no.oslocancercluster.history.serving;

import java.io.IOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import no.oslocancercluster.history.content.model.Language;
import no.oslocancercluster.history.search.SearchExport;
import no.oslocancercluster.history.web.LocalDispatch;
import no.oslocancercluster.history.web.OnThisDay;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.DispatcherServlet;

/**
 * Renders a page of the site in this process, through Spring MVC's own dispatcher
 * ({@link LocalDispatch}): the page as the cache keeps it, with the status it must have,
 * for a day or none. Once the site is shutting down it renders nothing more.
 */
final class PageRenderer {

	private static final Log logger = LogFactory.getLog(PageCache.class);

	// How long a shutdown waits for the pages being rendered, in seconds: a page takes
	// milliseconds, a long history's home page half a second.
	private static final long STOP_WAIT = 5;

	// The server's servlet context (with the path the site lives under) and dispatcher.
	private volatile LocalDispatch server;

	// Held to render a page (shared), and for good once the site stops (exclusive).
	private final ReadWriteLock rendering = new ReentrantReadWriteLock();

	private volatile boolean stopped;

	void server(ServletContext context, DispatcherServlet dispatcher) {
		this.server = new LocalDispatch(context, dispatcher);
	}

	boolean ready() {
		return this.server != null;
	}

	/**
	 * Renders nothing from now on, once the pages under way are done: the context they
	 * need is closing.
	 */
	void stop() {
		this.stopped = true;
		try {
			this.rendering.writeLock().tryLock(STOP_WAIT, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
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
		if (this.stopped || !this.rendering.readLock().tryLock()) {
			throw new Stopped();
		}
		try {
			return renderWithin(path, status, day, exported);
		}
		finally {
			this.rendering.readLock().unlock();
		}
	}

	private Response renderWithin(String path, int status, Object day, boolean exported) {
		LocalDispatch current = this.server;
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
	 * Thrown instead of rendering a page once the site is shutting down.
	 */
	static final class Stopped extends RuntimeException {

		Stopped() {
			super("The site is shutting down", null, false, false);
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

}
