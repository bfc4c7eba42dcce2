package no.oslocancercluster.history.serving;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import no.oslocancercluster.history.citation.CitationDownloads;
import no.oslocancercluster.history.content.model.Language;
import no.oslocancercluster.history.content.model.Page;
import no.oslocancercluster.history.content.model.SitePaths;
import no.oslocancercluster.history.content.store.ContentStore;

/**
 * Renders every page of the current content version, through the site's own controllers
 * and templates, and compresses each: a {@link RenderedVersion}.
 */
final class VersionRenderer {

	// An address that is no page, to render the "page not found" page at.
	private static final String NOT_FOUND = "/this-page-does-not-exist";

	private final ContentStore store;

	private final CitationDownloads downloads;

	private final PageRenderer renderer;

	VersionRenderer(ContentStore store, CitationDownloads downloads, PageRenderer renderer) {
		this.store = store;
		this.downloads = downloads;
		this.renderer = renderer;
	}

	/**
	 * The paths of every page of the current version: what is cached, and what a static
	 * export writes.
	 */
	List<String> paths() {
		List<String> paths = new ArrayList<>();
		this.store.editions().pages().stream().map(Page::path).forEach(paths::add);
		paths.addAll(List.of("/sitemap.xml", "/robots.txt", "/timeline.json"));
		for (Language language : Language.values()) {
			paths.add(language.path(SitePaths.FEED));
		}
		paths.addAll(this.downloads.paths());
		return paths;
	}

	/**
	 * Every page, last modified now, with the home pages of the given day's kind (if the
	 * version keeps the kinds of day); {@link #everyDay} adds the other kinds'.
	 */
	RenderedVersion render(Instant now, LocalDate today) {
		Map<String, PageRenderer.Response> responses = renderPages();
		// How hard to compress depends on how much there is: the best Brotli for a
		// history of a few sections, a quicker one for hundreds, so that a new version is
		// served in seconds either way.
		long siteBytes = responses.values().stream().mapToLong((response) -> response.body().length).sum();
		Map<String, RenderedPage> pages = new ConcurrentHashMap<>();
		responses.entrySet().parallelStream().forEach((entry) -> {
			PageRenderer.Response response = entry.getValue();
			pages.put(entry.getKey(), RenderedPage.of(response.contentType(), response.body(), siteBytes, now));
		});
		MilestoneDays days = MilestoneDays.of(this.store.editions());
		MonthDay kind = days.keepsEveryKind() ? days.kind(today) : null;
		Set<MonthDay> todays = (kind != null) ? Set.of(kind) : Set.of();
		return new RenderedVersion(pages, renderNotFound(now), renderDays(todays, siteBytes, now), siteBytes);
	}

	/**
	 * The version with the home pages of every kind of day that names milestones, when
	 * they are kept, so that a start or a new day renders none: the version itself when
	 * it has them all, or keeps none.
	 */
	RenderedVersion everyDay(RenderedVersion version, Instant now) {
		MilestoneDays days = MilestoneDays.of(this.store.editions());
		Set<MonthDay> missing = new TreeSet<>(days.all());
		missing.removeAll(version.days().keySet());
		if (!days.keepsEveryKind() || missing.isEmpty()) {
			return version;
		}
		Map<MonthDay, Map<String, RenderedPage>> all = new HashMap<>(version.days());
		all.putAll(renderDays(missing, version.siteBytes(), now));
		return new RenderedVersion(version.pages(), version.notFound(), all, version.siteBytes());
	}

	// The home pages of these kinds of day, of those that rendered in every language.
	private Map<MonthDay, Map<String, RenderedPage>> renderDays(Set<MonthDay> kinds, long siteBytes, Instant now) {
		Map<MonthDay, Map<String, RenderedPage>> kept = new ConcurrentHashMap<>();
		kinds.parallelStream().forEach((kind) -> {
			Map<String, RenderedPage> homes = new HashMap<>();
			this.renderer.homes(kind.atYear(MilestoneDays.LEAP_YEAR))
				.forEach((path, response) -> homes.put(path,
						RenderedPage.of(response.contentType(), response.body(), siteBytes, now)));
			if (homes.size() == Language.values().length) {
				kept.put(kind, Map.copyOf(homes));
			}
		});
		return kept;
	}

	// Pages render and compress independently: on every core. The citation files need no
	// request: they are made from the content alone.
	private Map<String, PageRenderer.Response> renderPages() {
		Map<String, PageRenderer.Response> responses = new ConcurrentHashMap<>();
		paths().parallelStream().forEach((path) -> {
			PageRenderer.Response response = this.downloads.file(path)
				.map((file) -> new PageRenderer.Response(file.contentType().toString(),
						file.text().getBytes(StandardCharsets.UTF_8)))
				.orElseGet(() -> this.renderer.render(path, 200));
			if (response != null) {
				responses.put(path, response);
			}
		});
		return responses;
	}

	private Map<Language, RenderedPage> renderNotFound(Instant now) {
		Map<Language, RenderedPage> missing = new EnumMap<>(Language.class);
		for (Language language : Language.values()) {
			PageRenderer.Response response = this.renderer.render(language.path(NOT_FOUND), 404);
			if (response != null) {
				missing.put(language, RenderedPage.of(response.contentType(), response.body(), 0, now));
			}
		}
		return missing;
	}

}
