package no.oslocancercluster.history.serving;

import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * What is left of a new version once it is served with the home pages of today's kind of
 * day: those of the other kinds, rendered on a thread of their own, then the whole
 * version saved beside the content snapshot. At 1,000 sections the other kinds are half a
 * second of a start (bench/README.md, round eighteen). A newer version swapped in
 * meanwhile is left as it is.
 */
final class VersionSettling {

	// How long a shutdown waits for a version to be settled, in seconds: half a second at
	// 1,000 sections.
	private static final long STOP_WAIT = 5;

	private static final Log logger = LogFactory.getLog(PageCache.class);

	private final VersionRenderer versions;

	private volatile CompletableFuture<Void> settled = CompletableFuture.completedFuture(null);

	VersionSettling(VersionRenderer versions) {
		this.versions = versions;
	}

	/**
	 * A version that needs nothing more: one taken whole from its snapshot.
	 */
	void whole() {
		this.settled = CompletableFuture.completedFuture(null);
	}

	/**
	 * Starts settling a version just rendered and served as the current one.
	 */
	void start(RenderedVersion rendered, Instant now, AtomicReference<RenderedVersion> current, KeptPages kept) {
		this.settled = CompletableFuture.runAsync(() -> {
			try {
				RenderedVersion whole = this.versions.everyDay(rendered, now);
				if (current.compareAndSet(rendered, whole) && kept != null) {
					kept.write(whole, this.versions.paths());
				}
			}
			catch (PageRenderer.Stopped ex) {
				logger.info("Stopped rendering the home pages of each kind of day: the site is shutting down");
			}
		}, (task) -> {
			Thread thread = new Thread(task, "day-pages");
			thread.setDaemon(true);
			thread.start();
		});
	}

	/**
	 * Done once the current version is settled.
	 */
	CompletableFuture<Void> settled() {
		return this.settled;
	}

	/**
	 * Waits a few seconds for the current version to be settled, so that a stop soon
	 * after its pages rendered still saves them.
	 */
	void awaitStop() {
		try {
			this.settled.get(STOP_WAIT, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		catch (ExecutionException | TimeoutException ex) {
			logger.info("Not waiting for the home pages of each kind of day: " + ex);
		}
	}

}
