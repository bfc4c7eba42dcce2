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
		Map<Integer, String> seen = new HashMap<>();
		for (SectionReader.SectionSource source : sections) {
			if (source.order() == null) {
				continue;
			}
			String other = seen.putIfAbsent(source.order(), source.slug());
			if (other != null) {
				problems.add(source.locations()
					.problem(JsonPointer.empty().appendProperty("order"), source.order() + " is also the position of "
							+ other + ".md; give each section its own place in the reading order"));
			}
		}
	}

	/**
	 * Every link in the text must lead somewhere: a page of the site, a place in a section, or the web; and a
	 * published page must not lead to a draft, which visitors cannot see.
	 */
	static void checkLinks(SectionReader.OverviewSource overview, List<SectionReader.SectionSource> sections,
			List<ContentProblem> problems) {
		Map<String, SectionReader.SectionSource> bySlug = new HashMap<>();
		sections.forEach((source) -> bySlug.put(source.slug(), source));
		if (overview != null) {
			check(new Origin("/", false, overview.body(), overview.source()), bySlug, problems);
		}
		for (SectionReader.SectionSource source : sections) {
			check(new Origin("/" + source.slug(), source.draft(), source.body(), source.source()), bySlug, problems);
		}
	}

	private static void check(Origin origin, Map<String, SectionReader.SectionSource> bySlug,
			List<ContentProblem> problems) {
		for (RenderedMarkdown.BodyLink link : origin.body().links()) {
			String problem = problem(link.url(), origin, bySlug);
			if (problem != null) {
				problems.add(new ContentProblem(origin.source().path(), link.line(), link.column(), "link",
						"\"" + link.url() + "\" " + problem));
			}
		}
	}

	private static String problem(String url, Origin from, Map<String, SectionReader.SectionSource> bySlug) {
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
		String path = (uri.getPath() == null || uri.getPath().isEmpty()) ? from.path() : uri.getPath();
		if (!path.startsWith("/")) {
			return "does not start with /; link to another section as /" + path.replaceFirst("\\.md$", "");
		}
		if (path.equals("/") && uri.getFragment() != null) {
			return target(uri.getFragment(), from.body(), "index.md");
		}
		if (PAGES.contains(path)) {
			return null;
		}
		SectionReader.SectionSource target = bySlug.get(path.substring(1));
		if (target == null) {
			return "is not a page of this site; the sections are /"
					+ String.join(", /", bySlug.keySet().stream().sorted().toList());
		}
		if (target.draft() && !from.draft()) {
			return "leads to a draft, which visitors cannot see; link to it once it is published";
		}
		return (uri.getFragment() != null) ? target(uri.getFragment(), target.body(), target.slug() + ".md") : null;
	}

	private static String target(String fragment, RenderedMarkdown body, String file) {
		if (body.ids().contains(fragment)) {
			return null;
		}
		List<String> headings = body.headings().stream().map(Heading::id).toList();
		return "points to #" + fragment + ", which is not an id in " + file + "; add {#" + fragment
				+ "} to a heading there" + (headings.isEmpty() ? "" : ", or use one of: " + String.join(", ", headings));
	}

	/**
	 * A page whose text makes links.
	 *
	 * @param path its address
	 * @param draft whether it is a draft
	 * @param body its rendered text
	 * @param source its file
	 */
	private record Origin(String path, boolean draft, RenderedMarkdown body, SourceFile source) {

	}

}
