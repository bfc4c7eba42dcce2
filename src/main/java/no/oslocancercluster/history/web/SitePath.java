package no.oslocancercluster.history.web;

/**
 * Puts the path the site lives under (a pull request's preview, a GitHub project site)
 * before the site's own addresses in a section's rendered text, where the templates' link
 * expressions cannot: {@code href="/founding"} becomes
 * {@code href="/pr-preview/pr-7/founding"}. The rendered text is the Markdown stage's own
 * output, which writes every attribute as {@code name="value"}.
 */
final class SitePath {

	private SitePath() {
	}

	static String html(String html, String basePath) {
		if (basePath.isEmpty()) {
			return html;
		}
		return html.replace(" href=\"/", " href=\"" + basePath + "/").replace(" src=\"/", " src=\"" + basePath + "/");
	}

}
