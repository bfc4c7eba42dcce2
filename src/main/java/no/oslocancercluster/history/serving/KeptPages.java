package no.oslocancercluster.history.serving;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import no.oslocancercluster.history.SiteProperties;
import no.oslocancercluster.history.content.store.CodeKey;
import no.oslocancercluster.history.content.store.ContentStore;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * The snapshot of the current version's rendered pages, beside the snapshot of checked
 * content ({@code site.content-snapshot}), under the key of what they would be rendered
 * from now. It only ever saves time: a snapshot that is missing, of another key or
 * damaged means the pages are rendered, and pages that cannot be saved are rendered again
 * by the next start.
 */
final class KeptPages {

	private static final Log logger = LogFactory.getLog(PageCache.class);

	private final Path file;

	private final String key;

	private KeptPages(Path file, String key) {
		this.file = file;
		this.key = key;
	}

	/**
	 * The snapshot of the pages of the store's current version, rendered with these
	 * settings under this base path; {@code null} when none is kept (no content snapshot
	 * is set, or this build has no build information to tell it by).
	 */
	static KeptPages of(ContentStore store, SiteProperties properties, String basePath) {
		String code = CodeKey.build();
		if (properties.contentSnapshot() == null || code == null) {
			return null;
		}
		String settings = properties + " " + basePath + " Brotli " + Compression.brotliAvailable();
		return new KeptPages(PageSnapshot.beside(properties.contentSnapshot()),
				VersionKey.of(code, settings, store.editions(), store.pictures()));
	}

	/**
	 * The pages an earlier start saved for this key, or {@code null}.
	 */
	RenderedVersion read() {
		try {
			return PageSnapshot.read(this.file, this.key);
		}
		catch (NoSuchFileException ex) {
			logger.info("No snapshot of rendered pages at " + this.file + " yet: every page is rendered");
		}
		catch (IOException ex) {
			logger.info("Not using the snapshot of rendered pages at " + this.file + " (" + ex.getMessage()
					+ "): every page is rendered");
		}
		return null;
	}

	void write(RenderedVersion version) {
		try {
			long start = System.nanoTime();
			PageSnapshot.write(this.file, this.key, version);
			logger.info(String.format("Saved the rendered pages to %s in %d ms", this.file,
					(System.nanoTime() - start) / 1_000_000));
		}
		catch (IOException ex) {
			logger.info("Could not save the rendered pages to " + this.file + " (" + ex + "): the next start renders "
					+ "them again");
		}
	}

}
