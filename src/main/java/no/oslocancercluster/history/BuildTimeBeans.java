package no.oslocancercluster.history;

import org.springframework.aot.AotDetector;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.util.ClassUtils;

/**
 * Starts the public site with the bean definitions Spring's AOT worked out when the jar
 * was built ({@code process-aot} in pom.xml) instead of working them out from the classes
 * and conditions at every start: about a tenth of a plain {@code java -jar}'s time to the
 * first page (bench/README.md, round fifteen). Only where they are the beans the start
 * would make: for the default profile and the public site, so the editors' preview
 * ({@code site.preview}, the {@code dev} profile of {@code spring-boot:run}) and any
 * other profile work them out as before, as does a start that sets
 * {@code spring.aot.enabled} itself.
 */
final class BuildTimeBeans implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

	@Override
	public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
		// Not while the build works them out (process-aot runs main).
		if (System.getProperty(AotDetector.AOT_ENABLED) == null && !Boolean.getBoolean("spring.aot.processing")
				&& built() && theirs(event.getEnvironment())) {
			System.setProperty(AotDetector.AOT_ENABLED, "true");
		}
	}

	// Made when this jar was built: not in a build without process-aot (an IDE's).
	private static boolean built() {
		return ClassUtils.isPresent(SiteApplication.class.getName() + "__ApplicationContextInitializer",
				SiteApplication.class.getClassLoader());
	}

	// The public site of the default profile, as they were worked out for.
	private static boolean theirs(ConfigurableEnvironment environment) {
		return environment.getActiveProfiles().length == 0
				&& !environment.getProperty("site.preview", Boolean.class, false);
	}

}
