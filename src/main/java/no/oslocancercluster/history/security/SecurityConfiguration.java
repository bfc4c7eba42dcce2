package no.oslocancercluster.history.security;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.DispatcherType;
import org.apache.catalina.Valve;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.TomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Gives every response the security headers: in Tomcat, before the request reaches the
 * site, and first in the filter chain for what Tomcat did not give them (an error page, a
 * test without a server), so that even responses served from memory carry them.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	private final Map<String, String> headers;

	SecurityConfiguration(@Value("${site.strict-transport-security:365d}") Duration strictTransportSecurity) {
		this.headers = SecurityHeaders.of(strictTransportSecurity);
	}

	@Bean
	FilterRegistrationBean<SecurityHeadersFilter> securityHeadersFilter() {
		FilterRegistrationBean<SecurityHeadersFilter> registration = new FilterRegistrationBean<>(
				new SecurityHeadersFilter(this.headers));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
		return registration;
	}

	// First of the valves, whatever was added before: the cached pages' (serving) carry
	// the headers too.
	@Bean
	WebServerFactoryCustomizer<TomcatWebServerFactory> securityHeadersValve() {
		return (factory) -> {
			List<Valve> valves = new ArrayList<>(factory.getEngineValves());
			valves.add(0, new SecurityHeadersValve(this.headers));
			factory.setEngineValves(valves);
		};
	}

}
