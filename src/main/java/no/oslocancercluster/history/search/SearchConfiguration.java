package no.oslocancercluster.history.search;

import java.time.Duration;

import no.oslocancercluster.history.SiteProperties;
import no.oslocancercluster.history.content.model.SitePaths;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Puts the search gate before the search pages of both languages.
 */
@Configuration(proxyBeanMethods = false)
class SearchConfiguration {

	@Bean
	FilterRegistrationBean<SearchGate> searchGate(SearchIndex index, SiteProperties properties,
			@Value("${site.search.concurrency:0}") int concurrency, @Value("${site.search.wait:100ms}") Duration wait) {
		// Half the cores by default (at least one), so that searches can never take the
		// whole machine from pages.
		int limit = (concurrency > 0) ? concurrency : Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
		// The preview shows an editor's latest save and its problems at once: nothing
		// there is kept.
		SearchGate gate = new SearchGate(index::version, limit, wait, !properties.preview());
		FilterRegistrationBean<SearchGate> registration = new FilterRegistrationBean<>(gate);
		registration.addUrlPatterns(SitePaths.SEARCH, "/nb" + SitePaths.SEARCH);
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 110);
		return registration;
	}

}
