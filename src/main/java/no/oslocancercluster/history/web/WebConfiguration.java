package no.oslocancercluster.history.web;

import java.time.Duration;

import jakarta.servlet.DispatcherType;
import no.oslocancercluster.history.SiteProperties;
import no.oslocancercluster.history.content.store.ContentStore;

import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.server.servlet.ConfigurableServletWebServerFactory;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.cache.concurrent.ConcurrentMapCache;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.CacheControl;
import org.springframework.validation.Validator;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.CachingResourceResolver;
import org.springframework.web.servlet.resource.EncodedResourceResolver;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * Static files under addresses that change with their content (Spring's resource chain),
 * so browsers may keep them for a year without asking again, in the Brotli or gzip copy
 * made when the site was built (see {@code serving.StaticAssets}). The content's pictures
 * are served from memory (see the serving package).
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	private static final CacheControl FOREVER = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();

	/**
	 * The site under the path of its public address ({@code site.base-url}), as a pull
	 * request's preview or a GitHub project site serves it.
	 */
	@Bean
	WebServerFactoryCustomizer<ConfigurableServletWebServerFactory> basePath(SiteProperties properties) {
		return (factory) -> factory.setContextPath(properties.basePath());
	}

	/**
	 * Bean Validation for Spring MVC, started when first used
	 * ({@link FirstUseValidator}).
	 */
	@Override
	public Validator getValidator() {
		return new FirstUseValidator();
	}

	/**
	 * The language of every page comes from its address.
	 */
	@Bean
	LocaleResolver localeResolver() {
		return new PathLocaleResolver();
	}

	/**
	 * An address with a trailing slash goes to the page without it; before the page
	 * cache, which would not find it.
	 */
	@Bean
	FilterRegistrationBean<TrailingSlashFilter> trailingSlashFilter() {
		FilterRegistrationBean<TrailingSlashFilter> registration = new FilterRegistrationBean<>(
				new TrailingSlashFilter());
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 25);
		return registration;
	}

	/**
	 * The error pages from memory, on the container's error dispatch; after the security
	 * headers.
	 */
	@Bean
	FilterRegistrationBean<KeptErrorPages> keptErrorPages(ContentStore store, SiteProperties properties) {
		FilterRegistrationBean<KeptErrorPages> registration = new FilterRegistrationBean<>(
				new KeptErrorPages(store::editions, !properties.preview()));
		registration.setDispatcherTypes(DispatcherType.ERROR);
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
		return registration;
	}

	/**
	 * The first visit to the home page goes by the browser's languages; before the page
	 * cache, which would answer first.
	 */
	@Bean
	FilterRegistrationBean<LanguageNegotiationFilter> languageNegotiationFilter() {
		FilterRegistrationBean<LanguageNegotiationFilter> registration = new FilterRegistrationBean<>(
				new LanguageNegotiationFilter());
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 50);
		return registration;
	}

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		// The static export's search script (js/) too: its pages alone link to it.
		registry.addResourceHandler("/css/**", "/js/**", "/favicon*.svg")
			.addResourceLocations("classpath:/static/css/", "classpath:/static/js/", "classpath:/static/")
			.setCacheControl(FOREVER)
			.resourceChain(false)
			.addResolver(new ServerPreferredCodings())
			.addResolver(new CachingResourceResolver(new ConcurrentMapCache("static-files")))
			.addResolver(new EncodedResourceResolver())
			.addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
	}

}
