package no.oslocancercluster.history.web;

import no.oslocancercluster.history.content.model.Language;
import no.oslocancercluster.history.content.model.SitePaths;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A section's rendered HTML reshaped for the one-page print edition, when the print page
 * is rendered (once per content version in the page cache), not while content loads.
 */
final class PrintEdition {

	private PrintEdition() {
	}

	/**
	 * A section's HTML as part of the one-page edition: its headings one level down
	 * (under the section's title), its ids and the links to them prefixed with the
	 * section's slug, so that no two sections clash.
	 */
	static String of(String html, String slug) {
		Document document = Jsoup.parseBodyFragment(html);
		document.outputSettings().prettyPrint(false);
		Element body = document.body();
		for (Element heading : body.select("h2, h3, h4, h5")) {
			heading.tagName("h" + (Integer.parseInt(heading.tagName().substring(1)) + 1));
		}
		body.select("[id]").forEach((element) -> element.id(slug + "--" + element.id()));
		body.select("a[href^=#]")
			.forEach((link) -> link.attr("href", "#" + slug + "--" + link.attr("href").substring(1)));
		body.select("a[href^=/]").forEach((link) -> link.attr("href", printLink(link.attr("href"))));
		return body.html();
	}

	// Links between sections stay inside the one-page edition: /awards#gold (or
	// /nb/awards#gold) becomes #awards--gold; a name's page is no part of it.
	private static String printLink(String href) {
		if (href.startsWith(SitePaths.IMAGES)) {
			return href;
		}
		String[] parts = Language.englishPath(href).substring(1).split("#", 2);
		if (SitePaths.SITE_PAGES.contains("/" + parts[0]) || parts[0].startsWith(SitePaths.NAMES_FOLDER + "/")) {
			return href;
		}
		return "#" + parts[0] + ((parts.length > 1) ? "--" + parts[1] : "");
	}

}
