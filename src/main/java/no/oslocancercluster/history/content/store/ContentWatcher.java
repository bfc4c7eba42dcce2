package no.oslocancercluster.history.content.store;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import no.oslocancercluster.history.SiteProperties;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * In preview, reloads the content as soon as a file in the content folder changes, so a
 * saved edit shows on the next page load.
 */
@Component
@ConditionalOnBooleanProperty("site.preview")
class ContentWatcher implements SmartLifecycle {

	private static final Log logger = LogFactory.getLog(ContentWatcher.class);

	// An editor's save can touch a file several times; wait until it settles.
	private static final long SETTLE_MILLIS = 50;

	private final Path folder;

	private final ContentStore store;

	private volatile WatchService watcher;

	ContentWatcher(SiteProperties properties, ContentStore store) {
		this.folder = properties.contentDir();
		this.store = store;
	}

	@Override
	public void start() {
		try {
			this.watcher = this.folder.getFileSystem().newWatchService();
			register(this.folder);
		}
		catch (IOException ex) {
			logger.warn("Cannot watch " + this.folder + " for changes; restart to see edits", ex);
			return;
		}
		Thread thread = new Thread(this::watch, "content-watcher");
		thread.setDaemon(true);
		thread.start();
		logger.info("Watching " + this.folder + ": saved changes show on the next page load");
	}

	private void register(Path directory) throws IOException {
		try (Stream<Path> directories = Files.walk(directory)) {
			for (Path each : directories.filter(Files::isDirectory).toList()) {
				each.register(this.watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_DELETE,
						StandardWatchEventKinds.ENTRY_MODIFY);
			}
		}
	}

	private void watch() {
		try {
			while (true) {
				settle(this.watcher.take());
				register(this.folder);
				this.store.reload();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		catch (ClosedWatchServiceException ex) {
			// stopped
		}
		catch (IOException ex) {
			logger.warn("Stopped watching " + this.folder + "; restart to see edits", ex);
		}
	}

	// The events until the folder has been quiet for SETTLE_MILLIS: one save, one
	// reload.
	private void settle(WatchKey first) throws InterruptedException {
		drain(first);
		WatchKey more = this.watcher.poll(SETTLE_MILLIS, TimeUnit.MILLISECONDS);
		while (more != null) {
			drain(more);
			more = this.watcher.poll(SETTLE_MILLIS, TimeUnit.MILLISECONDS);
		}
	}

	private static void drain(WatchKey key) {
		key.pollEvents();
		key.reset();
	}

	@Override
	public void stop() {
		try {
			if (this.watcher != null) {
				this.watcher.close();
			}
		}
		catch (IOException ex) {
			// closing; nothing to do
		}
		this.watcher = null;
	}

	@Override
	public boolean isRunning() {
		return this.watcher != null;
	}

}
