package no.oslocancercluster.history.serving;

import java.time.Clock;
import java.util.function.Supplier;

import jakarta.servlet.DispatcherType;
import no.oslocancercluster.history.SiteProperties;
import no.oslocancercluster.history.cards.Cards;
import no.oslocancercluster.history.citation.CitationDownloads;
import no.oslocancercluster.history.content.store.ContentStore;
import no.oslocancercluster.history.search.SearchIndex;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.util.function.SingletonSupplier;

/**
 * Serving from memory, for the public site. The editors' preview renders every request
 * instead, so that a saved edit and its notices show at once.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty(name = "site.preview", havingValue = false, matchIfMissing = true)
class ServingConfiguration {

	// Tomcat's buffer for what goes to a client's socket, in bytes: 8 KB unless set.
	static final int WRITE_BUFFER = 32 * 1024;

	@Bean
	PageCache pageCache(ContentStore store, CitationDownloads downloads, SiteProperties properties, Clock clock) {
		// Only with the bean definitions worked out at build time (the container's
		// -Dspring.aot.enabled=true): they are the public site's, whatever the settings.
		if (properties.preview()) {
			throw new IllegalStateException(
					"site.preview is on, but this start uses the bean definitions made at build "
							+ "time for the public site (-Dspring.aot.enabled=true); start the preview without that option");
		}
		return new PageCache(store, downloads, properties, clock);
	}

	// A page and its headers in one write to the socket: with Tomcat's 8 KB an
	// uncompressed timeline (18 KB) takes three. Every page of this history is smaller
	// than 32 KB; the buffer is kept for each open connection. And a closed connection's
	// buffers are kept for the next one, as Tomcat keeps them only in a heap over 2 GB:
	// in the container's 64 MB, each new connection's 40 KB outlived a few collections of
	// the young generation and filled the old one (bench/README.md, round sixteen).
	@Bean
	WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> connectionBuffers() {
		String kept = String.valueOf(keptBuffers(Runtime.getRuntime().maxMemory()));
		return (factory) -> factory.addConnectorCustomizers((connector) -> {
			connector.setProperty("socket.appWriteBufSize", String.valueOf(WRITE_BUFFER));
			connector.setProperty("socket.bufferPoolSize", kept);
		});
	}

	/**
	 * How many bytes of closed connections' buffers Tomcat keeps for new connections: a
	 * 32nd of the heap, as Tomcat itself keeps in a heap over 2 GB.
	 */
	static int keptBuffers(long heap) {
		return (int) Math.min(Integer.MAX_VALUE, heap / 32);
	}

	// Cached pages answered as a request arrives in Tomcat, after the security headers
	// (whose valve goes first), by the same filter that answers them in the site.
	@Bean
	WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> cachedPagesInTomcat(
			ObjectProvider<FilterRegistrationBean<CachedPageFilter>> filter) {
		Supplier<CachedPageFilter> pages = SingletonSupplier.of(() -> filter.getObject().getFilter());
		return (factory) -> factory.addEngineValves(new CachedPageValve(pages));
	}

	@Bean
	StaticExport staticExport(PageCache cache, ContentStore store, Cards cards, SearchIndex search) {
		return new StaticExport(cache, store, cards, search);
	}

	@Bean
	FilterRegistrationBean<CachedPageFilter> cachedPageFilter(PageCache cache) {
		FilterRegistrationBean<CachedPageFilter> registration = new FilterRegistrationBean<>(
				new CachedPageFilter(cache));
		// After the filters that add headers to every response, before everything that
		// renders.
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 100);
		// A client's requests only: a dispatch within the server (a forward) goes to the
		// controllers.
		registration.setDispatcherTypes(DispatcherType.REQUEST);
		return registration;
	}

}
