package no.oslocancercluster.history.serving;

import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.source.IterableConfigurationPropertySource;
import org.springframework.core.env.Environment;

/**
 * Spring's settings that change what a page says or how it is written (its templates,
 * texts, locale, encoding, JSON), from wherever they are set: the command line, the
 * environment, a properties file beside the jar. Part of what kept pages are known by,
 * with the site's own settings, so that a start with another of them renders its pages
 * again.
 */
final class PageSettings {

	private static final List<String> PREFIXES = List.of("spring.thymeleaf.", "spring.messages.", "spring.web.",
			"spring.mvc.", "spring.jackson.", "server.servlet.");

	private PageSettings() {
	}

	/**
	 * Each such setting with its value, in the order of their names.
	 */
	static String of(Environment environment) {
		SortedSet<String> settings = new TreeSet<>();
		for (ConfigurationPropertySource source : ConfigurationPropertySources.get(environment)) {
			if (source instanceof IterableConfigurationPropertySource names) {
				names.stream()
					.map(ConfigurationPropertyName::toString)
					.filter((name) -> PREFIXES.stream().anyMatch(name::startsWith))
					.forEach((name) -> settings.add(name + "=" + environment.getProperty(name)));
			}
		}
		return String.join(" ", settings);
	}

}
