package no.oslocancercluster.history;

import java.time.Clock;
import java.time.ZoneId;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import no.oslocancercluster.history.changes.ChangesCommand;
import no.oslocancercluster.history.content.CheckCommand;
import no.oslocancercluster.history.serving.ExportCommand;
import no.oslocancercluster.history.serving.WarmUpCommand;
import org.slf4j.LoggerFactory;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

/**
 * Serves the history of Oslo Cancer Cluster from the Markdown files in the content
 * folder; with {@code check}, checks a content folder instead, and with {@code export},
 * writes the site as static files; with {@code changes}, reports what a change to the
 * content does for visitors; with {@code warm-up}, starts the site and asks it for every
 * page many times over (the container image's training run).
 * <p>
 * Its bean methods are not proxied: no bean here calls another, and a proxy is a class
 * generated with CGLIB at every start (113 classes, bench/README.md).
 */
@SpringBootApplication(proxyBeanMethods = false)
@ConfigurationPropertiesScan
public class SiteApplication {

	private static final String NO_BACKGROUND_PREINITIALIZER = "spring.backgroundpreinitializer.ignore";

	public static void main(String[] args) throws Exception {
		// Spring Boot starts Bean Validation, Jackson and its message converters on a
		// thread of its own at every start. The site starts what it uses when it uses it:
		// Bean Validation only when a content file is read (FrontMatterReader), which a
		// start from the snapshot of checked content never does.
		if (System.getProperty(NO_BACKGROUND_PREINITIALIZER) == null) {
			System.setProperty(NO_BACKGROUND_PREINITIALIZER, "true");
		}
		// spring-boot:run puts its own options (such as the profile) before the program's
		// arguments.
		if (java.util.Arrays.asList(args).contains("changes")) {
			quietLogging();
			System.exit(new ChangesCommand(System.out).run(args));
		}
		if (java.util.Arrays.asList(args).contains("check")) {
			quietLogging();
			System.exit(new CheckCommand(System.out, System.getenv()).run(args));
		}
		if (java.util.Arrays.asList(args).contains("export")) {
			System.exit(ExportCommand.run(SiteApplication.class, args));
		}
		if (java.util.Arrays.asList(args).contains("warm-up")) {
			System.exit(WarmUpCommand.run(SiteApplication.class, args));
		}
		site().run(args);
	}

	private static SpringApplication site() {
		SpringApplication application = new SpringApplication(SiteApplication.class);
		// A start that names no snapshot keeps one in the user's cache folder: the next
		// start of the same build and content checks and renders nothing.
		application.setDefaultProperties(CachedSnapshot.defaults(System.getenv()));
		application.addListeners(new BuildTimeBeans());
		return application;
	}

	/**
	 * The site's clock, in Oslo: what day it is for "on this day". Tests fix it.
	 */
	@Bean
	Clock clock() {
		return Clock.system(ZoneId.of("Europe/Oslo"));
	}

	// Without Spring Boot's logging set-up, Logback would print its libraries' start-up
	// chatter before a command's output.
	private static void quietLogging() {
		if (LoggerFactory.getILoggerFactory() instanceof LoggerContext logging) {
			logging.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).setLevel(Level.WARN);
		}
	}

}
