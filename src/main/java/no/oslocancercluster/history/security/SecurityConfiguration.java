package no.oslocancercluster.history.security;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Registers the security headers first in the filter chain, so that even responses served
 * from memory carry them.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	@Bean
	FilterRegistrationBean<SecurityHeadersFilter> securityHeadersFilter(
			@Value("${site.strict-transport-security:365d}") Duration strictTransportSecurity) {
		FilterRegistrationBean<SecurityHeadersFilter> registration = new FilterRegistrationBean<>(
				new SecurityHeadersFilter(strictTransportSecurity));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		registration.setDispatcherTypes(jakarta.servlet.DispatcherType.REQUEST, jakarta.servlet.DispatcherType.ERROR);
		return registration;
	}

}
