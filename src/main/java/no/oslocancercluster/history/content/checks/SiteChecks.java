package no.oslocancercluster.history.content.checks;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import no.oslocancercluster.history.content.model.ContentProblem;
import no.oslocancercluster.history.content.model.Heading;
import no.oslocancercluster.history.content.model.Language;
import no.oslocancercluster.history.content.model.RenderedMarkdown;
import no.oslocancercluster.history.content.model.SitePaths;
import no.oslocancercluster.history.content.model.SplitFile;
import no.oslocancercluster.history.content.reading.ReadOverview;
import no.oslocancercluster.history.content.reading.ReadSection;
import tools.jackson.core.JsonPointer;

/**
 * Checks that need every section at once: positions in the reading order, links between
 * sections and to the names.
 */
public final class SiteChecks {

	private SiteChecks() {
	}

	/**
	 * Two sections in the same position would make the reading order a matter of chance.
	 */
	public static void checkOrders(List<ReadSection> sections, List<ContentProblem> problems) {
		Map<Integer, String> seen = new HashMap<>();
		for (ReadSection source : sections) {
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
	 * Every link in the text must lead somewhere: a page of the site in either language,
	 * a place in a section, or the web; and a published page must not lead to a draft,
	 * which visitors cannot see.
	 */
	public static void checkLinks(Map<Language, ReadOverview> overviews, Map<Language, List<ReadSection>> sections,
			Set<String> entities, List<ContentProblem> problems) {
		Map<Language, Map<String, ReadSection>> bySlug = new EnumMap<>(Language.class);
		sections.forEach((language, list) -> {
			Map<String, ReadSection> slugs = new HashMap<>();
			list.forEach((source) -> slugs.put(source.slug(), source));
			bySlug.put(language, slugs);
		});
		Links links = new Links(overviews, bySlug, entities);
		overviews.forEach((language, overview) -> links
			.check(new Origin(language.home(), false, overview.body(), overview.source()), problems));
		sections.forEach((language,
				list) -> list.forEach((source) -> links.check(
						new Origin(language.path("/" + source.slug()), source.draft(), source.body(), source.source()),
						problems)));
	}

	private static String target(String fragment, RenderedMarkdown body, String file) {
		if (body.ids().contains(fragment)) {
			return null;
		}
		List<String> headings = body.headings().stream().map(Heading::id).toList();
		return "points to #" + fragment + ", which is not an id in " + file + "; add {#" + fragment
				+ "} to a heading there"
				+ (headings.isEmpty() ? "" : ", or use one of: " + String.join(", ", headings));
	}

	/**
	 * The pages links can lead to.
	 */
	private record Links(Map<Language, ReadOverview> overviews, Map<Language, Map<String, ReadSection>> bySlug,
			Set<String> entities) {

		void check(Origin origin, List<ContentProblem> problems) {
			for (RenderedMarkdown.BodyLink link : origin.body().links()) {
				String problem = problem(link.url(), origin);
				if (problem != null) {
					String definedAt = link.definedAt().isEmpty() ? "" : "(the address of " + link.definedAt() + ") ";
					problems.add(new ContentProblem(origin.source().path(), link.line(), link.column(), "link",
							"\"" + link.url() + "\" " + definedAt + problem));
				}
			}
		}

		private String problem(String url, Origin from) {
			URI uri;
			try {
				uri = new URI(url.strip());
			}
			catch (URISyntaxException ex) {
				return "is not a valid address; check it for spaces or stray characters";
			}
			if (uri.getScheme() != null) {
				return SitePaths.SCHEMES.contains(uri.getScheme().toLowerCase()) ? null
						: "is not allowed; link to web pages with https:// or to sections with /their-name";
			}
			String path = (uri.getPath() == null || uri.getPath().isEmpty()) ? from.path() : uri.getPath();
			if (!path.startsWith("/")) {
				return "does not start with /; link to another section as /" + path.replaceFirst("\\.md$", "");
			}
			return pageProblem(uri, path, from);
		}

		// A link to a page of the site, by its path.
		private String pageProblem(URI uri, String path, Origin from) {
			Language language = Language.ofPath(path);
			String page = Language.englishPath(path);
			if (page.equals("/") && uri.getFragment() != null) {
				return homeProblem(language, uri.getFragment());
			}
			if (SitePaths.SITE_PAGES.contains(page)) {
				return null;
			}
			if (EntityLinks.isEntityPage(page)) {
				return EntityLinks.problem(page, uri.getFragment(), language, this.entities);
			}
			ReadSection target = section(language, page.substring(1));
			if (target == null) {
				return "is not a page of this site; the sections are " + String.join(", ", sectionPaths(language));
			}
			if (target.draft() && !from.draft()) {
				return "leads to a draft, which visitors cannot see; link to it once it is published";
			}
			return (uri.getFragment() != null)
					? target(uri.getFragment(), target.body(), target.language().fileName(target.slug())) : null;
		}

		// A place on the home page: the overview of the link's language, or the English
		// one that stands in for it.
		private String homeProblem(Language language, String fragment) {
			ReadOverview overview = this.overviews.getOrDefault(language, this.overviews.get(Language.EN));
			return (overview != null) ? target(fragment, overview.body(), language.fileName(SitePaths.OVERVIEW)) : null;
		}

		private List<String> sectionPaths(Language language) {
			return this.bySlug.get(Language.EN)
				.keySet()
				.stream()
				.sorted()
				.map((slug) -> language.path("/" + slug))
				.toList();
		}

		// A page missing in a translation shows the English text, so a link to it leads
		// there.
		private ReadSection section(Language language, String slug) {
			ReadSection found = this.bySlug.getOrDefault(language, Map.of()).get(slug);
			return (found != null) ? found : this.bySlug.getOrDefault(Language.EN, Map.of()).get(slug);
		}

	}

	/**
	 * A page whose text makes links.
	 *
	 * @param path its address
	 * @param draft whether it is a draft
	 * @param body its rendered text
	 * @param source its file
	 */
	private record Origin(String path, boolean draft, RenderedMarkdown body, SplitFile source) {

	}

}
