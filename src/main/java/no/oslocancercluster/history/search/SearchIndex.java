package no.oslocancercluster.history.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;

import no.oslocancercluster.history.content.model.Editions;
import no.oslocancercluster.history.content.model.Language;
import no.oslocancercluster.history.content.model.Milestone;
import no.oslocancercluster.history.content.model.Section;
import no.oslocancercluster.history.content.model.Site;
import no.oslocancercluster.history.content.store.ContentReloadedEvent;
import no.oslocancercluster.history.content.store.ContentStore;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.no.NorwegianAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.highlight.SimpleHTMLEncoder;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

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

	private static final int MAX_TERMS = 24;

	// About two lines of a result: a passage is cut from its sentence near this many
	// characters.
	private static final int SNIPPET_LENGTH = 180;

	private static final Log logger = LogFactory.getLog(SearchIndex.class);

	private final ContentStore store;

	private final AtomicReference<CompletableFuture<Map<Language, LanguageIndex>>> indexes = new AtomicReference<>();

	SearchIndex(ContentStore store) {
		this.store = store;
		// Start-up does not wait for the index (loading Lucene takes a moment); the first
		// search does.
		this.indexes.set(CompletableFuture.supplyAsync(this::build, SearchIndex::inBackground));
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
		return this.indexes.get();
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

	// A thread of its own that sees the application's class loader, where Lucene finds
	// its codecs.
	private static void inBackground(Runnable task) {
		Thread thread = new Thread(task, "search-index");
		thread.setContextClassLoader(SearchIndex.class.getClassLoader());
		thread.setDaemon(true);
		thread.start();
	}

	/**
	 * Searches the site in one language; never fails on what a visitor types.
	 */
	public Results search(Language language, String query, int max) {
		return this.indexes.get().join().get(language).search(query, max);
	}

	// The text's offsets are kept in the index, so that highlighting a hit reads them
	// instead of analysing its text.
	private static final FieldType TEXT = offsets();

	private static FieldType offsets() {
		FieldType type = new FieldType(TextField.TYPE_STORED);
		type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
		type.freeze();
		return type;
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
	 * @param section the section's title
	 * @param snippet HTML: the best passages of the text, escaped, with the matching
	 * words in {@code <mark>}
	 * @param lang the language of the text when it is not the site's (a missing
	 * translation), or {@code null}
	 */
	public record Hit(String href, String title, String section, String snippet, String lang) {

	}

	private record LanguageIndex(Analyzer analyzer, IndexSearcher searcher, UnifiedHighlighter highlighter) {

		static LanguageIndex of(Language language, Site site) {
			Analyzer analyzer = (language == Language.NB) ? new NorwegianAnalyzer() : new EnglishAnalyzer();
			Directory directory = new ByteBuffersDirectory();
			try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
				String overviewLang = (site.overview().textLanguage() != language)
						? site.overview().textLanguage().tag() : null;
				writer.addDocument(document(language.home(), site.overview().title(), site.overview().title(),
						text(site.overview().html()), "", overviewLang));
				for (Section section : site.sections()) {
					for (Document document : documents(section)) {
						writer.addDocument(document);
					}
				}
				writer.commit();
				IndexSearcher searcher = new IndexSearcher(DirectoryReader.open(directory));
				// At most two passages of the text around the words found, with the words
				// in <mark>; the rest of the
				// text is escaped. A hit whose text does not have the words (a heading
				// matched) gets its start.
				UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, analyzer)
					.withBreakIterator(() -> LengthGoalBreakIterator
						.createClosestToLength(BreakIterator.getSentenceInstance(Locale.ROOT), SNIPPET_LENGTH, 0.5f))
					.withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
					.withMaxNoHighlightPassages(0)
					.build();
				return new LanguageIndex(analyzer, searcher, highlighter);
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot index the history", ex);
			}
		}

		// One document per part of the section: the text before the first heading, if
		// any, then each heading's
		// part, so that a result leads to the paragraph that tells it.
		private static List<Document> documents(Section section) {
			String lang = section.fallback() ? section.textLanguage().tag() : null;
			List<Document> documents = new ArrayList<>();
			String anchor = null;
			String heading = section.title();
			StringBuilder text = new StringBuilder();
			for (Element element : Jsoup.parseBodyFragment(section.html()).body().children()) {
				if (element.normalName().matches("h[2-6]") && !element.id().isEmpty()) {
					if (anchor != null || !text.toString().isBlank()) {
						documents.add(part(section, anchor, heading, text, lang));
					}
					anchor = element.id();
					heading = element.text();
					text = new StringBuilder();
				}
				else {
					text.append(element.text()).append('\n');
				}
			}
			documents.add(part(section, anchor, heading, text, lang));
			return documents;
		}

		private static Document part(Section section, String anchor, String heading, StringBuilder text, String lang) {
			StringBuilder milestones = new StringBuilder();
			for (Milestone milestone : section.milestones()) {
				if (milestone.anchor().equals(anchor)) {
					milestones.append(milestone.title()).append(' ').append(milestone.date().year()).append('\n');
				}
			}
			String href = section.href() + ((anchor != null) ? "#" + anchor : "");
			return document(href, heading, section.title(), text.toString().strip(), milestones.toString(), lang);
		}

		private static Document document(String href, String heading, String section, String text, String milestones,
				String lang) {
			Document document = new Document();
			document.add(new StoredField("href", href));
			document.add(new TextField("heading", heading, Field.Store.YES));
			document.add(new TextField("section", section, Field.Store.YES));
			document.add(new Field("text", text, TEXT));
			document.add(new TextField("milestones", milestones, Field.Store.NO));
			if (lang != null) {
				document.add(new StoredField("lang", lang));
			}
			return document;
		}

		private static String text(String html) {
			StringBuilder text = new StringBuilder();
			Jsoup.parseBodyFragment(html)
				.body()
				.children()
				.forEach((element) -> text.append(element.text()).append('\n'));
			return text.toString().strip();
		}

		Results search(String raw, int max) {
			String query = clean(raw);
			boolean cut = query.length() > MAX_QUERY_LENGTH;
			if (cut) {
				query = query.substring(0, MAX_QUERY_LENGTH).strip();
			}
			Set<String> terms = terms(query);
			if (terms.isEmpty()) {
				return new Results(query, cut, 0, List.of());
			}
			Query lucene = query(terms);
			try {
				TopDocs top = this.searcher.search(lucene, max);
				String[] snippets = this.highlighter.highlight("text", lucene, top, 2);
				List<Hit> hits = new ArrayList<>();
				for (int i = 0; i < top.scoreDocs.length; i++) {
					Document document = this.searcher.storedFields().document(top.scoreDocs[i].doc);
					hits.add(new Hit(document.get("href"), document.get("heading"), document.get("section"),
							(snippets[i] != null) ? snippets[i] : start(document.get("text")), document.get("lang")));
				}
				return new Results(query, cut, (int) Math.min(Integer.MAX_VALUE, top.totalHits.value), hits);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		// What the analyser makes of the query: lower case, without stop words, stemmed.
		private Set<String> terms(String query) {
			Set<String> terms = new LinkedHashSet<>();
			try (TokenStream stream = this.analyzer.tokenStream("text", query)) {
				CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
				stream.reset();
				while (stream.incrementToken() && terms.size() < MAX_TERMS) {
					terms.add(term.toString());
				}
				stream.end();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			return terms;
		}

		// Every word counts, more in a heading or a milestone than in the text; a word
		// may also be the start of a
		// longer one (bokmål joins words: "innovasjon" finds "innovasjonsparken"). With
		// several words, most of
		// them must match.
		private static Query query(Set<String> terms) {
			BooleanQuery.Builder query = new BooleanQuery.Builder();
			for (String term : terms) {
				BooleanQuery.Builder any = new BooleanQuery.Builder();
				for (String field : List.of("heading", "milestones", "section", "text")) {
					float boost = switch (field) {
						case "heading", "milestones" -> 3f;
						case "section" -> 1.5f;
						default -> 1f;
					};
					any.add(new BoostQuery(new TermQuery(new Term(field, term)), boost), BooleanClause.Occur.SHOULD);
					if (term.length() >= 4) {
						any.add(new BoostQuery(new PrefixQuery(new Term(field, term)), boost * 0.3f),
								BooleanClause.Occur.SHOULD);
					}
				}
				query.add(any.build(), BooleanClause.Occur.SHOULD);
			}
			query.setMinimumNumberShouldMatch((terms.size() <= 2) ? terms.size() : (terms.size() + 1) / 2);
			return query.build();
		}

		private static String start(String text) {
			int space = text.lastIndexOf(' ', SNIPPET_LENGTH);
			String start = (text.length() > SNIPPET_LENGTH)
					? text.substring(0, (space > 0) ? space : SNIPPET_LENGTH) + " …" : text;
			return new SimpleHTMLEncoder().encodeText(start);
		}

		// Control characters and odd spacing out; what is left is searched as words,
		// never as query syntax.
		private static String clean(String query) {
			return (query != null) ? query.replaceAll("[\\p{Cc}\\p{Cf}\\p{Cs}]", " ").replaceAll("\\s+", " ").strip()
					: "";
		}

	}

}
