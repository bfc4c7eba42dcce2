package no.oslocancercluster.history.content.store;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import no.oslocancercluster.history.SiteProperties;
import no.oslocancercluster.history.content.model.ContentException;
import no.oslocancercluster.history.content.model.ContentProblem;
import no.oslocancercluster.history.content.model.Edition;
import no.oslocancercluster.history.content.model.Editions;
import no.oslocancercluster.history.content.model.Language;
import no.oslocancercluster.history.content.model.PictureFile;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Holds the current version of the site. A reload swaps the whole version at once, so a
 * request sees either the old site or the new one; a reload that finds problems keeps the
 * last good site and remembers the problems.
 */
@Component
public class ContentStore {

	private static final Log logger = LogFactory.getLog(ContentStore.class);

	private final SiteProperties properties;

	private final ContentLoader loader;

	private final AtomicReference<Version> version = new AtomicReference<>();

	private final ApplicationEventPublisher events;

	ContentStore(SiteProperties properties, ApplicationEventPublisher events) {
		this(properties, events, FirstLoad.of(properties));
	}

	/**
	 * The store of a start, with the content its {@link ContentReadAhead} read meanwhile
	 * (if it read it with the same settings).
	 */
	@Autowired
	ContentStore(SiteProperties properties, ApplicationEventPublisher events,
			ObjectProvider<ContentReadAhead.Pending> readAhead) {
		this(properties, events, ContentReadAhead.Pending.take(readAhead.getIfAvailable(), properties));
	}

	private ContentStore(SiteProperties properties, ApplicationEventPublisher events, FirstLoad first) {
		this.properties = properties;
		this.events = events;
		this.loader = first.loader();
		ContentLoader.Result result = first.result();
		if (!result.problems().isEmpty()) {
			throw new ContentException(result.problems());
		}
		this.version.set(new Version(published(result.editions()), published(result, Map.of()), List.of()));
		Edition edition = result.edition();
		logger.info(String.format("Loaded %d sections and %d milestones from %s in %d ms%s", edition.sections().size(),
				edition.milestoneCount(), properties.contentDir(), first.millis(),
				(properties.contentSnapshot() != null)
						? String.format(" (%d of %d files as the snapshot had them)", result.reused(), result.files())
						: ""));
		if (result.reused() < result.files() || first.restored() != result.files()) {
			save();
		}
	}

	// Only ever saves time: a snapshot that cannot be written means the next start reads
	// the files it lacks.
	private void save() {
		Path snapshot = this.properties.contentSnapshot();
		if (snapshot == null) {
			return;
		}
		try {
			long start = System.nanoTime();
			this.loader.save(snapshot);
			logger.info(String.format("Saved the checked content to %s in %d ms", snapshot,
					(System.nanoTime() - start) / 1_000_000));
		}
		catch (IOException ex) {
			logger.info("Could not save the checked content to " + snapshot + " (" + ex + "): the next start "
					+ "reads again what has changed since the snapshot there was made");
		}
	}

	/**
	 * The current version of the English site; read it once per request.
	 */
	public Edition current() {
		return current(Language.EN);
	}

	/**
	 * The current version of the site in a language; read it once per request.
	 */
	public Edition current(Language language) {
		return this.version.get().editions().get(language);
	}

	/**
	 * The current version of the site in every language.
	 */
	public Editions editions() {
		return this.version.get().editions();
	}

	/**
	 * The picture at an address of the site ({@code /images/park.jpg}) with the bytes
	 * that were checked, if the current version's text shows one there, or one of the
	 * smaller widths made of such a picture ({@code /images/park-480w.jpg}).
	 */
	public Optional<PictureFile> picture(String path) {
		return Optional.ofNullable(this.version.get().pictures().get(path));
	}

	/**
	 * Every picture the current version's text shows, each followed by the smaller widths
	 * made of it, by their address on the site.
	 */
	public Map<String, PictureFile> pictures() {
		return this.version.get().pictures();
	}

	/**
	 * The problems the last reload found; empty when the site shown is the content as it
	 * is on disk.
	 */
	public List<ContentProblem> problems() {
		return this.version.get().problems();
	}

	/**
	 * Reads the content folder again: a good folder replaces the site, a broken one
	 * leaves it as it was.
	 */
	public synchronized void reload() {
		ContentLoader.Result result = this.loader.check(this.properties.contentDir());
		if (result.problems().isEmpty()) {
			this.version.set(new Version(published(result.editions()), published(result, this.version.get().pictures()),
					List.of()));
			logger.info("Reloaded " + result.files() + " content files (" + (result.files() - result.reused())
					+ " read again)");
			this.events.publishEvent(new ContentReloadedEvent(current()));
			if (result.reused() < result.files()) {
				save();
			}
			return;
		}
		this.version.set(new Version(editions(), this.version.get().pictures(), result.problems()));
		logger.warn(new ContentException(result.problems()).getMessage()
				+ "\nThe site keeps showing the last good version until the content is fixed.");
	}

	private Editions published(Editions editions) {
		return this.properties.preview() ? editions : editions.withoutDrafts();
	}

	// The pictures published pages show, with the smaller widths of each: those of the
	// version before where a picture is the same.
	private Map<String, PictureFile> published(ContentLoader.Result result, Map<String, PictureFile> before) {
		return SmallerPictures.with(this.properties.preview() ? result.pictures() : result.published(), before);
	}

	private record Version(Editions editions, Map<String, PictureFile> pictures, List<ContentProblem> problems) {

	}

}
