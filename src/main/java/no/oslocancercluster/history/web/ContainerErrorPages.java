package no.oslocancercluster.history.web;

import java.io.IOException;

import jakarta.servlet.ServletException;
import no.oslocancercluster.history.content.model.Language;
import no.oslocancercluster.history.content.store.ContentStore;
import org.apache.catalina.Container;
import org.apache.catalina.Pipeline;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.servlet.DispatcherServlet;

/**
 * Requests that Tomcat refuses before they reach the site (an address with {@code %zz}, a
 * backslash or an encoded slash) get the site's own "bad request" page in the language of
 * their address, instead of Tomcat's: rendered in this process when the first such
 * request of a content version comes, not at start-up.
 */
@Component
class ContainerErrorPages implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory>, Ordered {

	private static final Log logger = LogFactory.getLog(ContainerErrorPages.class);

	private final SiteErrorReportValve valve = new SiteErrorReportValve(this::page);

	// The pages rendered, for the content version they show (its menu).
	private final VersionPages<Language> pages;

	// The site's dispatcher, once the server is up.
	private volatile LocalDispatch dispatch;

	// The store is looked up once, when a page is first asked for: made with the
	// server's factory, this would otherwise make the store before the server.
	ContainerErrorPages(ObjectProvider<ContentStore> store) {
		SingletonSupplier<ContentStore> once = SingletonSupplier.of(store::getObject);
		this.pages = new VersionPages<>(() -> once.obtain().editions());
	}

	@Override
	public void customize(ConfigurableTomcatWebServerFactory factory) {
		factory.addContextCustomizers((context) -> install(context.getParent()));
	}

	@Override
	public int getOrder() {
		// After Spring Boot's own customizer, which adds the error report valve this one
		// replaces.
		return Ordered.LOWEST_PRECEDENCE;
	}

	// In place of Spring Boot's error report valve; naming this one's class keeps Tomcat
	// from adding its own at start-up, which would show the server's version.
	private void install(Container host) {
		Pipeline pipeline = host.getPipeline();
		for (Valve existing : pipeline.getValves()) {
			if (existing instanceof ErrorReportValve) {
				pipeline.removeValve(existing);
			}
		}
		pipeline.addValve(this.valve);
		if (host instanceof StandardHost standard) {
			standard.setErrorReportValveClass(SiteErrorReportValve.class.getName());
		}
	}

	@EventListener
	void serverReady(ApplicationReadyEvent event) {
		if (event.getApplicationContext() instanceof WebServerApplicationContext web && web.getWebServer() != null
				&& web instanceof WebApplicationContext context && context.getServletContext() != null) {
			this.dispatch = new LocalDispatch(context.getServletContext(), context.getBean(DispatcherServlet.class));
		}
	}

	/**
	 * The "bad request" page of a language for the current content version: rendered in
	 * this process when a refused request first needs it, then kept; {@code null} before
	 * the server is up, or if it did not render.
	 */
	byte[] page(Language language) {
		Object version = this.pages.version();
		byte[] page = this.pages.get(version, language);
		return (page != null || this.dispatch == null) ? page : render(version, language);
	}

	// Once for each version and language, however many refused requests come at once.
	private synchronized byte[] render(Object version, Language language) {
		byte[] page = this.pages.get(version, language);
		if (page == null) {
			page = rendered(language);
			if (page != null) {
				this.pages.keep(version, language, page);
			}
		}
		return page;
	}

	private byte[] rendered(Language language) {
		String path = language.path(BadRequestController.PATH);
		try {
			MockHttpServletResponse response = this.dispatch.dispatch(this.dispatch.request(path));
			if (response.getStatus() == HttpStatus.BAD_REQUEST.value()) {
				return response.getContentAsByteArray();
			}
			logger.warn("Could not render the bad-request page: " + path + " answered " + response.getStatus());
		}
		catch (ServletException | IOException | RuntimeException ex) {
			logger.warn("Could not render the bad-request page: " + ex.getMessage());
		}
		return null;
	}

}
