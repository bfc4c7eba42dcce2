package no.oslocancercluster.history;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Serves the history of Oslo Cancer Cluster from the Markdown files in the content folder.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class SiteApplication {

	public static void main(String[] args) {
		SpringApplication.run(SiteApplication.class, args);
	}

}
