package no.oslocancercluster.history.serving;

import no.oslocancercluster.history.SiteProperties;
import no.oslocancercluster.history.content.store.ContentStore;

/**
 * Which pages an earlier start kept apply to this one: the snapshot of the store's
 * version, read ahead on a thread of its own from as soon as the server's servlet context
 * is made (while Spring makes the site's other beans), and looked up again for a version
 * the read-ahead is not of. Without a content snapshot set, none.
 */
final class KeptPagesAhead {

	private final ContentStore store;

	private final SiteProperties properties;

	// Spring's settings that change pages (PageSettings), as this start has them.
	private volatile String pageSettings = "";

	// The pages being read ahead, until the first version takes or passes them.
	private volatile KeptPages ahead;

	KeptPagesAhead(ContentStore store, SiteProperties properties) {
		this.store = store;
		this.properties = properties;
		if (properties.contentSnapshot() != null) {
			VersionKey.prepare();
		}
	}

	/**
	 * Sets Spring's settings that change pages, as this start has them.
	 */
	void settings(String pageSettings) {
		this.pageSettings = pageSettings;
	}

	/**
	 * Begins to read the pages kept for the store's current version under this base path.
	 */
	void readAhead(String basePath) {
		KeptPages kept = KeptPages.of(this.store, this.properties, this.pageSettings, basePath);
		this.ahead = (kept != null) ? kept.readAhead() : null;
	}

	/**
	 * The pages read ahead, once read; {@code null} when none were kept for this start.
	 */
	RenderedVersion taken() {
		KeptPages kept = this.ahead;
		return (kept != null) ? kept.read() : null;
	}

	/**
	 * The snapshot of the current version's pages under this base path: the one read
	 * ahead, if it is of this version, or else a new one; {@code null} when none is kept.
	 */
	KeptPages current(String basePath) {
		KeptPages kept = this.ahead;
		this.ahead = null;
		if (kept != null && kept.isFor(this.store.editions(), basePath)) {
			return kept;
		}
		return KeptPages.of(this.store, this.properties, this.pageSettings, basePath);
	}

}
