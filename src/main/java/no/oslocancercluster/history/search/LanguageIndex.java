package no.oslocancercluster.history.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import no.oslocancercluster.history.content.model.Edition;
import no.oslocancercluster.history.content.model.Language;
import no.oslocancercluster.history.search.SearchIndex.Hit;
import no.oslocancercluster.history.search.SearchIndex.Results;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.no.NorwegianAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.highlight.SimpleHTMLEncoder;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;

/**
 * The index in memory of the site in one language, with that language's stemming, and the
 * highlighter that makes the snippets of its hits.
 *
 * @param analyzer the language's analyser
 * @param searcher searches the index
 * @param highlighter cuts the passages of a hit's text around the words found
 */
record LanguageIndex(Analyzer analyzer, IndexSearcher searcher, UnifiedHighlighter highlighter) {

	// About two lines of a result: a passage is cut from its sentence near this many
	// characters.
	private static final int SNIPPET_LENGTH = 180;

	static LanguageIndex of(Language language, Edition edition) {
		Analyzer analyzer = (language == Language.NB) ? new NorwegianAnalyzer() : new EnglishAnalyzer();
		Directory directory = new ByteBuffersDirectory();
		try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
			for (Document document : IndexedParts.of(language, edition)) {
				writer.addDocument(document);
			}
			writer.commit();
			IndexSearcher searcher = new IndexSearcher(DirectoryReader.open(directory));
			return new LanguageIndex(analyzer, searcher, highlighter(searcher, analyzer));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot index the history", ex);
		}
	}

	// At most two passages of the text around the words found, with the words in <mark>;
	// the rest of the text is escaped. A hit whose text does not have the words (a
	// heading matched) gets its start.
	private static UnifiedHighlighter highlighter(IndexSearcher searcher, Analyzer analyzer) {
		return UnifiedHighlighter.builder(searcher, analyzer)
			.withBreakIterator(() -> LengthGoalBreakIterator
				.createClosestToLength(BreakIterator.getSentenceInstance(Locale.ROOT), SNIPPET_LENGTH, 0.5f))
			.withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
			.withMaxNoHighlightPassages(0)
			.build();
	}

	Results search(String raw, int max) {
		SearchQuery query = SearchQuery.of(raw, this.analyzer);
		if (query.terms().isEmpty()) {
			return new Results(query.text(), query.cut(), 0, List.of());
		}
		Query lucene = query.lucene();
		try {
			TopDocs top = this.searcher.search(lucene, max);
			return new Results(query.text(), query.cut(), (int) Math.min(Integer.MAX_VALUE, top.totalHits.value),
					hits(lucene, top));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private List<Hit> hits(Query lucene, TopDocs top) throws IOException {
		String[] snippets = this.highlighter.highlight("text", lucene, top, 2);
		List<Hit> hits = new ArrayList<>();
		for (int i = 0; i < top.scoreDocs.length; i++) {
			Document document = this.searcher.storedFields().document(top.scoreDocs[i].doc);
			String section = document.get("section");
			hits.add(
					new Hit(document.get("href"), document.get("title"), section.isEmpty() ? null : section,
							(snippets[i] != null) ? snippets[i]
									: new SimpleHTMLEncoder().encodeText(start(document.get("text"))),
							document.get("lang")));
		}
		return hits;
	}

	// The start of a text, as plain text: the snippet of a hit whose text does not have
	// the words.
	static String start(String text) {
		int space = text.lastIndexOf(' ', SNIPPET_LENGTH);
		return (text.length() > SNIPPET_LENGTH) ? text.substring(0, (space > 0) ? space : SNIPPET_LENGTH) + " …" : text;
	}

}
