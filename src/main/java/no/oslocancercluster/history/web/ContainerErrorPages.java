package no.oslocancercluster.history.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

import no.oslocancercluster.history.content.model.Language;
import no.oslocancercluster.history.content.store.ContentReloadedEvent;
import org.apache.catalina.Container;
import org.apache.catalina.Pipeline;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.context.WebApplicationContext;

/**
 * Requests that Tomcat refuses before they reach the site (an address with {@code %zz}, a
 * backslash or an encoded slash) get the site's own "bad request" page in the language of
 * their address, rendered at start-up and for each new content version, instead of
 * Tomcat's.
 */
@Component
class ContainerErrorPages implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory>, Ordered {

	private static final Log logger = LogFactory.getLog(ContainerErrorPages.class);

	// Rendering one small page of the site's own: far more than it takes, and a bound on
	// a reload's wait.
	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	private final SiteErrorReportValve valve = new SiteErrorReportValve();

	// The site's own address on this machine, with the path it lives under.
	private volatile String site;

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
	// from adding its own at
	// start-up, which would show the server's version.
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
	void serverReady(ApplicationReadyEvent event) throws IOException, InterruptedException {
		if (event.getApplicationContext() instanceof WebServerApplicationContext web && web.getWebServer() != null) {
			String base = (web instanceof WebApplicationContext context && context.getServletContext() != null)
					? context.getServletContext().getContextPath() : "";
			this.site = "http://127.0.0.1:" + web.getWebServer().getPort() + base;
			render();
		}
	}

	// The page shows the menu, whose sections change with the content: rendered again for
	// each new version.
	@EventListener
	void contentReloaded(ContentReloadedEvent event) throws InterruptedException {
		if (this.site != null) {
			try {
				render();
			}
			catch (IOException ex) {
				// The page of the version before serves until the next: the reload itself
				// has succeeded.
				logger.warn("Could not render the bad-request page again: " + ex.getMessage());
			}
		}
	}

	private void render() throws IOException, InterruptedException {
		HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
		Map<Language, byte[]> pages = new EnumMap<>(Language.class);
		for (Language language : Language.values()) {
			URI page = URI.create(this.site + language.path(BadRequestController.PATH));
			HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(page).timeout(TIMEOUT).build(),
					HttpResponse.BodyHandlers.ofByteArray());
			if (response.statusCode() != 400) {
				throw new IOException(page + " answered " + response.statusCode() + ", not 400");
			}
			pages.put(language, response.body());
		}
		this.valve.pages(pages);
	}

}
