package no.oslocancercluster.history.search;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;

import no.oslocancercluster.history.content.model.Editions;
import no.oslocancercluster.history.content.model.Language;
import no.oslocancercluster.history.content.store.ContentReloadedEvent;
import no.oslocancercluster.history.content.store.ContentStore;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Full-text search of the history with Apache Lucene: an index in memory per language,
 * with that language's stemming (bokmål's for the Norwegian site, so that
 * "innovasjonspark" finds "innovasjonsparken"). Each part of a section under a heading is
 * a document of its own, so that a result leads to the paragraph that answers it. The
 * indexes are built from each content version and swapped in whole, like the site.
 */
@Component
public class SearchIndex {

	/**
	 * The longest query that is searched; longer ones are cut.
	 */
	public static final int MAX_QUERY_LENGTH = 200;

	private static final Log logger = LogFactory.getLog(SearchIndex.class);

	private final ContentStore store;

	// None until the first search: a start builds no index and loads none of Lucene
	// (some 1,300 classes, which the container's AOT cache would load at every start).
	private final AtomicReference<CompletableFuture<Map<Language, LanguageIndex>>> indexes = new AtomicReference<>();

	SearchIndex(ContentStore store) {
		this.store = store;
	}

	@EventListener
	void contentReloaded(ContentReloadedEvent event) {
		rebuild();
	}

	/**
	 * Indexes the current content in every language; searches use the old index until the
	 * new one is ready.
	 */
	public void rebuild() {
		this.indexes.set(CompletableFuture.completedFuture(build()));
	}

	/**
	 * The version of the index that searches use now: another one after each rebuild, so
	 * that a page made from it is never taken for one of the next.
	 */
	public Object version() {
		return current();
	}

	// The index, built by the first search that needs it while any others at the same
	// moment wait for it.
	private CompletableFuture<Map<Language, LanguageIndex>> current() {
		CompletableFuture<Map<Language, LanguageIndex>> index = this.indexes.get();
		if (index != null) {
			return index;
		}
		CompletableFuture<Map<Language, LanguageIndex>> building = new CompletableFuture<>();
		if (!this.indexes.compareAndSet(null, building)) {
			// Another search builds it; if that build failed meanwhile, this one tries.
			return current();
		}
		try {
			building.complete(build());
			return building;
		}
		catch (RuntimeException ex) {
			// The next search tries again.
			this.indexes.compareAndSet(building, null);
			building.completeExceptionally(ex);
			throw ex;
		}
	}

	private Map<Language, LanguageIndex> build() {
		long start = System.nanoTime();
		Editions editions = this.store.editions();
		Map<Language, LanguageIndex> built = new EnumMap<>(Language.class);
		for (Language language : Language.values()) {
			built.put(language, LanguageIndex.of(language, editions.get(language)));
		}
		logger.info(String.format("Indexed the history for search in %d ms", (System.nanoTime() - start) / 1_000_000));
		return Map.copyOf(built);
	}

	/**
	 * Searches the site in one language; never fails on what a visitor types.
	 */
	public Results search(Language language, String query, int max) {
		return current().join().get(language).search(query, max);
	}

	/**
	 * The index of a language as the static export's script reads it (see
	 * {@link IndexFile}), its addresses under the path the site lives under.
	 */
	public byte[] exported(Language language, String basePath) {
		return IndexFile.of(current().join().get(language), basePath).json();
	}

	/**
	 * What a search found.
	 *
	 * @param query the query as searched (cut to {@link #MAX_QUERY_LENGTH} characters)
	 * @param cut whether the query was cut
	 * @param total how many parts of the history match
	 * @param hits the best of them, best first
	 */
	public record Results(String query, boolean cut, int total, List<Hit> hits) {

	}

	/**
	 * A part of the history that matches.
	 *
	 * @param href the address of the part: the section with the heading's id
	 * @param title the heading of the part, or the section's title for the part before
	 * the first heading
	 * @param section the title of the section it is part of, or {@code null} for a name's
	 * page
	 * @param snippet HTML: the best passages of the text, escaped, with the matching
	 * words in {@code <mark>}
	 * @param lang the language of the text when it is not the site's (a missing
	 * translation), or {@code null}
	 */
	public record Hit(String href, String title, String section, String snippet, String lang) {

	}

}
