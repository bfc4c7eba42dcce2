package no.oslocancercluster.history.content;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.core.JsonPointer;

/**
 * Checks that need every section at once: positions in the reading order, links between sections.
 */
final class SiteChecks {

	private static final Set<String> PAGES = Set.of("/", "/timeline");

	private static final Set<String> SCHEMES = Set.of("http", "https", "mailto");

	private SiteChecks() {
	}

	/**
	 * Two sections in the same position would make the reading order a matter of chance.
	 */
	static void checkOrders(List<SectionReader.SectionSource> sections, List<ContentProblem> problems) {
		Map<Integer, Section> seen = new HashMap<>();
		for (SectionReader.SectionSource source : sections) {
			Section section = source.section();
			Section other = seen.putIfAbsent(section.order(), section);
			if (other != null) {
				problems.add(source.locations()
					.problem(JsonPointer.empty().appendProperty("order"), section.order() + " is also the position of "
							+ other.slug() + ".md; give each section its own place in the reading order"));
			}
		}
	}

	/**
	 * Every link in the text must lead somewhere: a page of the site, a place in a section, or the web.
	 */
	static void checkLinks(List<SectionReader.SectionSource> sections, List<ContentProblem> problems) {
		Map<String, SectionReader.SectionSource> bySlug = new HashMap<>();
		sections.forEach((source) -> bySlug.put(source.section().slug(), source));
		for (SectionReader.SectionSource source : sections) {
			for (RenderedMarkdown.BodyLink link : source.body().links()) {
				String problem = problem(link.url(), source, bySlug);
				if (problem != null) {
					problems.add(new ContentProblem(source.source().path(), link.line(), link.column(), "link",
							"\"" + link.url() + "\" " + problem));
				}
			}
		}
	}

	private static String problem(String url, SectionReader.SectionSource from,
			Map<String, SectionReader.SectionSource> bySlug) {
		URI uri;
		try {
			uri = new URI(url.strip());
		}
		catch (URISyntaxException ex) {
			return "is not a valid address; check it for spaces or stray characters";
		}
		if (uri.getScheme() != null) {
			return SCHEMES.contains(uri.getScheme().toLowerCase()) ? null
					: "is not allowed; link to web pages with https:// or to sections with /their-name";
		}
		String path = (uri.getPath() == null || uri.getPath().isEmpty()) ? "/" + from.section().slug() : uri.getPath();
		if (!path.startsWith("/")) {
			return "does not start with /; link to another section as /" + path.replaceFirst("\\.md$", "");
		}
		if (PAGES.contains(path)) {
			return null;
		}
		SectionReader.SectionSource target = bySlug.get(path.substring(1));
		if (target == null) {
			return "is not a page of this site; the sections are /" + String.join(", /", bySlug.keySet().stream().sorted().toList());
		}
		if (uri.getFragment() != null && !target.body().ids().contains(uri.getFragment())) {
			return "points to #" + uri.getFragment() + ", which is not an id in " + target.section().file()
					+ "; add {#" + uri.getFragment() + "} to a heading there, or use one of: "
					+ String.join(", ", target.section().headings().stream().map(Heading::id).toList());
		}
		return null;
	}

}
