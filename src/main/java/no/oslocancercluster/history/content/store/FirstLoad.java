package no.oslocancercluster.history.content.store;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import no.oslocancercluster.history.SiteProperties;
import no.oslocancercluster.history.content.frontmatter.FrontMatterReader;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * The content as a start first reads it: the snapshot of checked content restored, if the
 * settings name one, then the content folder checked against it (only the files whose
 * bytes differ from the snapshot's are read).
 *
 * @param loader the loader, which keeps what it checked for the reloads after
 * @param restored how many files the snapshot had
 * @param result what the check found
 * @param millis how long restoring and checking took
 */
record FirstLoad(ContentLoader loader, int restored, ContentLoader.Result result, long millis) {

	private static final Log logger = LogFactory.getLog(ContentStore.class);

	static FirstLoad of(SiteProperties properties) {
		long start = System.nanoTime();
		ContentLoader loader = new ContentLoader(FrontMatterReader.validatingWhenFirstNeeded());
		int restored = restore(loader, properties.contentSnapshot());
		ContentLoader.Result result = loader.check(properties.contentDir());
		return new FirstLoad(loader, restored, result, (System.nanoTime() - start) / 1_000_000);
	}

	// The checked files of the last start of this build, if there is a snapshot of them.
	private static int restore(ContentLoader loader, Path snapshot) {
		if (snapshot == null) {
			return 0;
		}
		try {
			return loader.restore(snapshot);
		}
		catch (NoSuchFileException ex) {
			logger.info("No snapshot of checked content at " + snapshot + " yet: every file is read");
		}
		catch (IOException ex) {
			logger.info("Not using the snapshot of checked content at " + snapshot + " (" + ex.getMessage()
					+ "): every file is read");
		}
		return 0;
	}

}
