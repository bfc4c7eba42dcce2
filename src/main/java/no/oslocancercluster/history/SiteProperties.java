package no.oslocancercluster.history;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the site, under the {@code site} prefix.
 *
 * @param contentDir the folder that holds the Markdown files of the history
 */
@ConfigurationProperties("site")
public record SiteProperties(@DefaultValue("content") Path contentDir) {

}
