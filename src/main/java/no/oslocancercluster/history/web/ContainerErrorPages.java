package no.oslocancercluster.history.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.catalina.Container;
import org.apache.catalina.Valve;
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

/**
 * Requests that Tomcat refuses before they reach the site (an address with {@code %zz}, a backslash or an encoded
 * slash) get the site's own "bad request" page, rendered once at start-up, instead of Tomcat's.
 */
@Component
class ContainerErrorPages implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory>, Ordered {

	private static final Log logger = LogFactory.getLog(ContainerErrorPages.class);

	private volatile Container host;

	@Override
	public void customize(ConfigurableTomcatWebServerFactory factory) {
		factory.addContextCustomizers((context) -> this.host = context.getParent());
	}

	@Override
	public int getOrder() {
		// After Spring Boot's own customizer, which adds the error report valve this configures.
		return Ordered.LOWEST_PRECEDENCE;
	}

	@EventListener
	void serverReady(ApplicationReadyEvent event) throws IOException, InterruptedException {
		if (this.host == null || !(event.getApplicationContext() instanceof WebServerApplicationContext web)
				|| web.getWebServer() == null) {
			return;
		}
		URI page = URI.create("http://127.0.0.1:" + web.getWebServer().getPort() + BadRequestController.PATH);
		HttpResponse<byte[]> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(page).header("Accept", "text/html").build(),
					HttpResponse.BodyHandlers.ofByteArray());
		Path file = Files.createTempFile("bad-request", ".html");
		file.toFile().deleteOnExit();
		Files.write(file, response.body());
		for (Valve valve : this.host.getPipeline().getValves()) {
			if (valve instanceof ErrorReportValve report) {
				// errorCode.0 is the page for every status the container answers by itself.
				report.setProperty("errorCode.0", file.toAbsolutePath().toString());
			}
		}
		logger.debug("Requests refused by the container get " + file);
	}

}
