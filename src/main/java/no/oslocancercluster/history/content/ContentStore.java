package no.oslocancercluster.history.content;

import java.util.concurrent.atomic.AtomicReference;

import jakarta.validation.Validator;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import no.oslocancercluster.history.SiteProperties;

import org.springframework.stereotype.Component;

/**
 * Holds the current version of the site. The whole model is swapped at once, so a request sees one version.
 */
@Component
public class ContentStore {

	private static final Log logger = LogFactory.getLog(ContentStore.class);

	private final AtomicReference<Site> site = new AtomicReference<>();

	ContentStore(SiteProperties properties, Validator validator) {
		long start = System.nanoTime();
		Site loaded = new ContentLoader(validator).load(properties.contentDir());
		this.site.set(loaded);
		logger.info(String.format("Loaded %d sections and %d milestones from %s in %d ms", loaded.sections().size(),
				loaded.milestoneCount(), properties.contentDir(), (System.nanoTime() - start) / 1_000_000));
	}

	/**
	 * The current version of the site; read it once per request.
	 */
	public Site current() {
		return this.site.get();
	}

}
