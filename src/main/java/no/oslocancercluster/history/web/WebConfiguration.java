package no.oslocancercluster.history.web;

import java.time.Duration;

import no.oslocancercluster.history.SiteProperties;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Serves the pictures that live beside the content, from {@code images/} in the content folder.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	private final SiteProperties properties;

	WebConfiguration(SiteProperties properties) {
		this.properties = properties;
	}

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		String images = this.properties.contentDir().toAbsolutePath().resolve("images").toUri().toString();
		registry.addResourceHandler("/images/**")
			.addResourceLocations(images.endsWith("/") ? images : images + "/")
			.setCacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic());
	}

}
