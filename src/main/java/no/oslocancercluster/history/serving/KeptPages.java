package no.oslocancercluster.history.serving;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import no.oslocancercluster.history.SiteProperties;
import no.oslocancercluster.history.content.model.Editions;
import no.oslocancercluster.history.content.model.PictureFile;
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

	private final String code;

	private final String settings;

	private final Editions editions;

	private final Map<String, PictureFile> pictures;

	private final String basePath;

	// Worked out once, when first needed: at a thousand sections it takes a second.
	private String key;

	// The pages being read on a thread of their own, once begun (readAhead).
	private CompletableFuture<RenderedVersion> reading;

	private volatile long millis;

	private KeptPages(Path file, String code, String settings, Editions editions, Map<String, PictureFile> pictures,
			String basePath) {
		this.file = file;
		this.code = code;
		this.settings = settings;
		this.editions = editions;
		this.pictures = pictures;
		this.basePath = basePath;
	}

	/**
	 * The snapshot of the pages of the store's current version, rendered with these
	 * settings (the site's, and Spring's that change pages: {@link PageSettings}) under
	 * this base path; {@code null} when none is kept (no content snapshot is set, or this
	 * build has no build information to tell it by).
	 */
	static KeptPages of(ContentStore store, SiteProperties properties, String pageSettings, String basePath) {
		String code = CodeKey.build();
		if (properties.contentSnapshot() == null || code == null) {
			return null;
		}
		String settings = properties + " " + pageSettings + " " + basePath;
		return new KeptPages(PageSnapshot.beside(properties.contentSnapshot()), code, settings, store.editions(),
				store.pictures(), basePath);
	}

	/**
	 * Whether these are the pages of the given editions, under the given base path.
	 */
	boolean isFor(Editions editions, String basePath) {
		return this.editions == editions && this.basePath.equals(basePath);
	}

	/**
	 * Begins to read the pages on a thread of its own; {@link #read()} waits for them.
	 */
	synchronized KeptPages readAhead() {
		if (this.reading == null) {
			this.reading = CompletableFuture.supplyAsync(this::readNow, (task) -> {
				Thread thread = new Thread(task, "kept-pages");
				thread.setDaemon(true);
				thread.start();
			});
		}
		return this;
	}

	/**
	 * The pages an earlier start saved for this key, or {@code null}.
	 */
	RenderedVersion read() {
		CompletableFuture<RenderedVersion> begun;
		synchronized (this) {
			begun = this.reading;
		}
		return (begun != null) ? begun.join() : readNow();
	}

	/**
	 * How long reading the pages took, in milliseconds: the key worked out and the file
	 * read.
	 */
	long readMillis() {
		return this.millis;
	}

	private RenderedVersion readNow() {
		long start = System.nanoTime();
		try {
			return PageSnapshot.read(this.file, key());
		}
		catch (NoSuchFileException ex) {
			logger.info("No snapshot of rendered pages at " + this.file + " yet: every page is rendered");
		}
		catch (IOException ex) {
			logger.info("Not using the snapshot of rendered pages at " + this.file + " (" + ex.getMessage()
					+ "): every page is rendered");
		}
		catch (RuntimeException ex) {
			// The key could not be worked out: the pages are rendered, as for any other
			// snapshot that cannot be used.
			logger.warn("Not using the snapshot of rendered pages at " + this.file + " (" + ex
					+ "): every page is rendered");
		}
		finally {
			this.millis = (System.nanoTime() - start) / 1_000_000;
		}
		return null;
	}

	private synchronized String key() {
		if (this.key == null) {
			// Whether Brotli's native library loads is asked here, off the main thread:
			// at a plain start the library is copied out of the jar first.
			this.key = VersionKey.of(this.code, this.settings + " Brotli " + Compression.brotliAvailable(),
					this.editions, this.pictures);
		}
		return this.key;
	}

	/**
	 * Saves a version whose every path rendered: one with a page missing (a start stopped
	 * while it rendered, a template that failed) would be missing it at every start that
	 * takes it.
	 */
	void write(RenderedVersion version, List<String> paths) {
		List<String> missing = paths.stream().filter((path) -> !version.pages().containsKey(path)).toList();
		if (!missing.isEmpty()) {
			logger.warn("Not saving the rendered pages: " + missing.size() + " did not render (" + missing.get(0)
					+ ((missing.size() > 1) ? ", ..." : "") + "); the next start renders them again");
			return;
		}
		try {
			long start = System.nanoTime();
			PageSnapshot.write(this.file, key(), version);
			logger.info(String.format("Saved the rendered pages to %s in %d ms", this.file,
					(System.nanoTime() - start) / 1_000_000));
		}
		catch (IOException ex) {
			logger.info("Could not save the rendered pages to " + this.file + " (" + ex + "): the next start renders "
					+ "them again");
		}
	}

}
