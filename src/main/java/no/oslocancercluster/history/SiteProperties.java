package no.oslocancercluster.history;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the site, under the {@code site} prefix.
 *
 * @param contentDir the folder that holds the Markdown files of the history
 * @param preview editors' preview: reload content on every change, show drafts and
 * content problems on the pages; never in production
 * @param repositoryUrl the GitHub repository that holds the content, for "Edit this page"
 * links; none when empty
 * @param branch the branch that editors change through pull requests
 * @param baseUrl the public address of the site, for canonical links, the sitemap and
 * structured data
 * @param contentSnapshot a file for the checked content, so that the next start of the
 * same build reads only the files that changed; none when empty
 */
@ConfigurationProperties("site")
public record SiteProperties(@DefaultValue("content") Path contentDir, boolean preview, String repositoryUrl,
		@DefaultValue("main") String branch, @DefaultValue("http://localhost:8080") String baseUrl,
		Path contentSnapshot) {

	/**
	 * The absolute address of a path of the site.
	 */
	public String absolute(String path) {
		return this.baseUrl.replaceFirst("/+$", "") + path;
	}

	/**
	 * The address to edit a content file on GitHub, or {@code null} when that cannot be
	 * known.
	 */
	public String editUrl(String file) {
		if (this.repositoryUrl == null || this.repositoryUrl.isBlank() || this.contentDir.isAbsolute()) {
			return null;
		}
		String folder = this.contentDir.normalize().toString().replace('\\', '/');
		return this.repositoryUrl.replaceFirst("/+$", "") + "/edit/" + this.branch + "/" + folder + "/" + file;
	}

}
