package no.oslocancercluster.history;

import java.net.URI;
import java.nio.file.Path;
import java.util.regex.Pattern;

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
 * structured data; its path, if it has one ({@code https://example.github.io/history}),
 * is where the site lives, and every address of the site starts with it
 * @param contentSnapshot a file for the checked content, so that the next start of the
 * same build reads only the files that changed; none when empty
 * @param indexed whether search engines may index the pages; {@code false} for a pull
 * request's preview, which is public but not the site
 */
@ConfigurationProperties("site")
public record SiteProperties(@DefaultValue("content") Path contentDir, boolean preview, String repositoryUrl,
		@DefaultValue("main") String branch, @DefaultValue("http://localhost:8080") String baseUrl,
		Path contentSnapshot, @DefaultValue("true") boolean indexed) {

	private static final Pattern SAFE_PATH = Pattern.compile("(/[A-Za-z0-9._~-]+)*");

	public SiteProperties {
		String path = URI.create(baseUrl).getRawPath();
		String base = (path != null) ? path.replaceFirst("/+$", "") : "";
		if (!SAFE_PATH.matcher(base).matches()) {
			throw new IllegalArgumentException("site.base-url: the path \"" + path
					+ "\" may have only letters, digits, '.', '_', '~' and '-' between its slashes");
		}
	}

	/**
	 * Where the site lives on its server: the path of {@link #baseUrl()} without its last
	 * slash, such as {@code /history/pr-preview/pr-7}; empty at the server's root. The
	 * server serves the site under it, and every address the site writes starts with it.
	 */
	public String basePath() {
		String path = URI.create(this.baseUrl).getRawPath();
		return (path != null) ? path.replaceFirst("/+$", "") : "";
	}

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
