package no.oslocancercluster.history.search;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Rendered search pages of one content version, the most recently used first and at most
 * a bounded number of them, plus the few pages kept for the whole version (the busy
 * page); a new content version drops them all.
 */
final class RenderedSearches {

	private final int capacity;

	private Object version;

	private final Map<String, byte[]> recent;

	private final Map<String, byte[]> kept = new HashMap<>();

	RenderedSearches(int capacity) {
		this.capacity = capacity;
		this.recent = new LinkedHashMap<>(16, 0.75f, true) {

			@Override
			protected boolean removeEldestEntry(Map.Entry<String, byte[]> eldest) {
				return size() > RenderedSearches.this.capacity;
			}

		};
	}

	synchronized byte[] get(Object version, String key) {
		if (version != this.version) {
			return null;
		}
		byte[] page = this.recent.get(key);
		return (page != null) ? page : this.kept.get(key);
	}

	synchronized void put(Object version, String key, byte[] page) {
		switchTo(version);
		this.recent.put(key, page);
	}

	synchronized void putKept(Object version, String key, byte[] page) {
		switchTo(version);
		this.kept.put(key, page);
	}

	synchronized int size() {
		return this.recent.size();
	}

	// Pages of one version only: a page of another version replaces them all (a page
	// rendered just before a reload
	// may replace the new version's first pages; those are only rendered again, never
	// served for the wrong version).
	private void switchTo(Object version) {
		if (version != this.version) {
			this.recent.clear();
			this.kept.clear();
			this.version = version;
		}
	}

}
