package no.oslocancercluster.history.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts the path the site lives under (a pull request's preview, a GitHub project site)
 * before the site's own addresses in a section's rendered text, where the templates' link
 * expressions cannot: {@code href="/founding"} becomes
 * {@code href="/pr-preview/pr-7/founding"}, and so does every address in a picture's
 * {@code srcset}. The rendered text is the Markdown stage's own output, which writes
 * every attribute as {@code name="value"}.
 */
final class SitePath {

	private static final Pattern SRCSET = Pattern.compile(" srcset=\"([^\"]*)\"");

	// An address at the start of the list or after a comma: the Markdown stage writes
	// "address width, address width", its addresses percent-encoded.
	private static final Pattern SRCSET_ADDRESS = Pattern.compile("(^|, )/");

	private SitePath() {
	}

	static String html(String html, String basePath) {
		if (basePath.isEmpty()) {
			return html;
		}
		String prefixed = html.replace(" href=\"/", " href=\"" + basePath + "/")
			.replace(" src=\"/", " src=\"" + basePath + "/");
		if (!prefixed.contains(" srcset=\"")) {
			return prefixed;
		}
		return SRCSET.matcher(prefixed)
			.replaceAll(
					(list) -> Matcher.quoteReplacement(" srcset=\""
							+ SRCSET_ADDRESS.matcher(list.group(1))
								.replaceAll((address) -> Matcher.quoteReplacement(address.group(1) + basePath + "/"))
							+ "\""));
	}

}
