package no.oslocancercluster.history.web;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Pages rendered for one content version, by a key (a status and language, say): a page
 * shows the menu, whose sections change with the content, so a new version keeps none of
 * the pages of the one before.
 *
 * @param <K> what a page is kept by
 */
final class VersionPages<K> {

	private final Supplier<Object> versions;

	private volatile Kept<K> kept = new Kept<>(null, Map.of());

	/**
	 * Pages of the content versions the supplier gives.
	 */
	VersionPages(Supplier<Object> versions) {
		this.versions = versions;
	}

	/**
	 * The current content version, which a page rendered now shows.
	 */
	Object version() {
		return this.versions.get();
	}

	/**
	 * The page kept for the version under the key, or {@code null}.
	 */
	byte[] get(Object version, K key) {
		Kept<K> now = this.kept;
		return (now.version() == version) ? now.pages().get(key) : null;
	}

	/**
	 * Keeps a page rendered for the version, dropping the pages of any other.
	 */
	synchronized void keep(Object version, K key, byte[] page) {
		Map<K, byte[]> pages = new HashMap<>((this.kept.version() == version) ? this.kept.pages() : Map.of());
		pages.put(key, page);
		this.kept = new Kept<>(version, Map.copyOf(pages));
	}

	private record Kept<K>(Object version, Map<K, byte[]> pages) {

	}

}
