package no.oslocancercluster.history.serving;

import java.util.Map;

import no.oslocancercluster.history.content.model.Language;

/**
 * Every page of one content version, rendered and compressed: what the page cache swaps
 * in at once, and what a {@link PageSnapshot} keeps for the next start.
 *
 * @param pages the pages by their path
 * @param notFound the "page not found" page of each language
 * @param siteBytes the size of all pages before compression, which decides how hard
 * Brotli compresses them
 */
record RenderedVersion(Map<String, RenderedPage> pages, Map<Language, RenderedPage> notFound, long siteBytes) {

	static final RenderedVersion NONE = new RenderedVersion(Map.of(), Map.of(), 0);

	RenderedVersion {
		pages = Map.copyOf(pages);
		notFound = Map.copyOf(notFound);
	}

}
