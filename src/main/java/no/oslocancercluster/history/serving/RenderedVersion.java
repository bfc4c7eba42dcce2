package no.oslocancercluster.history.serving;

import java.time.MonthDay;
import java.util.Map;
import java.util.stream.Collectors;

import no.oslocancercluster.history.content.model.Language;

/**
 * Every page of one content version, rendered and compressed: what the page cache swaps
 * in at once, and what a {@link PageSnapshot} keeps for the next start.
 *
 * @param pages the pages by their path
 * @param notFound the "page not found" page of each language
 * @param days the home pages of each kind of day that names milestones
 * ({@link MilestoneDays}), by its first day in the year, each by its path; none when a
 * history has more kinds than are kept
 * @param siteBytes the size of all pages before compression, which decides how hard
 * Brotli compresses them
 */
record RenderedVersion(Map<String, RenderedPage> pages, Map<Language, RenderedPage> notFound,
		Map<MonthDay, Map<String, RenderedPage>> days, long siteBytes) {

	static final RenderedVersion NONE = new RenderedVersion(Map.of(), Map.of(), Map.of(), 0);

	RenderedVersion {
		pages = Map.copyOf(pages);
		notFound = Map.copyOf(notFound);
		days = days.entrySet()
			.stream()
			.collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, (kind) -> Map.copyOf(kind.getValue())));
	}

}
