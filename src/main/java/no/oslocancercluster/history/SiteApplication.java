package no.oslocancercluster.history;

import no.oslocancercluster.history.content.CheckCommand;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Serves the history of Oslo Cancer Cluster from the Markdown files in the content folder; with {@code check}, checks
 * a content folder instead.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class SiteApplication {

	public static void main(String[] args) {
		// spring-boot:run puts its own options (such as the profile) before the program's arguments.
		if (java.util.Arrays.asList(args).contains("check")) {
			System.exit(new CheckCommand(System.out, System.getenv()).run(args));
		}
		SpringApplication.run(SiteApplication.class, args);
	}

}
