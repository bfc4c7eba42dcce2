package no.oslocancercluster.history.serving;

import java.io.IOException;

import jakarta.servlet.Filter;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.catalina.Pipeline;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;

/**
 * A request with its header is answered by the server's controllers, past the page cache:
 * forwarded within the server (which runs only a request's first filters again, and the
 * cache is one of those), so with Tomcat's own request and response, where the cache
 * renders each page in the process; and past the cached pages' valve in Tomcat, which
 * answers before any filter.
 */
@TestConfiguration(proxyBeanMethods = false)
class PastTheCache {

	static final String HEADER = "X-Past-The-Cache";

	/**
	 * A request with this header goes past the cached pages' valve only: the cached
	 * pages' filter answers it.
	 */
	static final String VALVE = "X-Past-The-Valve";

	/**
	 * The header of every answer that went through the site's filters: none that the
	 * valve gave.
	 */
	static final String THROUGH_THE_FILTERS = "X-Through-The-Filters";

	@Bean
	FilterRegistrationBean<Filter> pastTheCache() {
		Filter filter = (request, response, chain) -> {
			HttpServletRequest http = (HttpServletRequest) request;
			((HttpServletResponse) response).setHeader(THROUGH_THE_FILTERS, "yes");
			if (http.getHeader(HEADER) == null) {
				chain.doFilter(request, response);
				return;
			}
			String path = http.getRequestURI().substring(http.getContextPath().length());
			http.getRequestDispatcher(path).forward(request, response);
		};
		FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(filter);
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 90);
		return registration;
	}

	// In Tomcat, the cached pages are answered before any filter: such a request goes
	// past that valve too.
	@Bean
	ApplicationListener<WebServerInitializedEvent> pastTheCacheInTomcat() {
		return (event) -> {
			Pipeline pipeline = ((TomcatWebServer) event.getWebServer()).getTomcat().getEngine().getPipeline();
			for (Valve valve : pipeline.getValves()) {
				if (valve instanceof CachedPageValve pages) {
					pipeline.removeValve(pages);
					pipeline.addValve(new PastTheCacheValve(pages));
				}
			}
		};
	}

	private static final class PastTheCacheValve extends ValveBase {

		private final CachedPageValve pages;

		PastTheCacheValve(CachedPageValve pages) {
			super(true);
			this.pages = pages;
		}

		@Override
		public void setNext(Valve next) {
			super.setNext(next);
			this.pages.setNext(next);
		}

		@Override
		public void invoke(Request request, Response response) throws IOException, ServletException {
			if (request.getHeader(PastTheCache.HEADER) != null || request.getHeader(PastTheCache.VALVE) != null) {
				getNext().invoke(request, response);
				return;
			}
			this.pages.invoke(request, response);
		}

	}

}
