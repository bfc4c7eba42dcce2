package no.oslocancercluster.history.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import com.fasterxml.jackson.annotation.JsonFormat;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.StopwordAnalyzerBase;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import tools.jackson.databind.json.JsonMapper;

/**
 * The search index of one language as a file for the static export's script: every word
 * the text has (as a visitor would type it, in lower case), the term the server's
 * analyser makes of it, and the parts of the history the server's own query finds for
 * that term with their scores, so that the browser answers a search as the server does.
 *
 * @param possessive whether the analyser takes an English possessive {@code 's} off a
 * word
 * @param prefixLength the shortest term that also finds the longer ones it begins
 * @param prefixScores what a field with such a longer word adds to a part's score, by
 * field
 * @param stop the words the analyser leaves out of a query
 * @param words each word of the text and the index of its term in {@code terms}
 * @param terms the terms, in the order of {@code hits}
 * @param hits for each term, the parts it finds, as triples: the part's number, its
 * score, and the fields that have the term (a bit each: heading, milestones, section,
 * text, a name's page's names)
 * @param docs each part as a result shows it: address, title, section, the start of its
 * text, and the language of its text when it is not the site's (or {@code null})
 * @param names the parts that are a name's page, which only a query of whose words every
 * one is in its names finds
 */
record IndexFile(boolean possessive, int prefixLength, List<Float> prefixScores, Set<String> stop,
		Map<String, Integer> words, List<String> terms, List<TermHits> hits, List<List<String>> docs,
		List<Integer> names) {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final List<String> FIELDS = SearchQuery.FIELDS;

	// The fields a word may begin a longer word of, one bit each: the fields searched and
	// a name's page's names.
	private static final List<String> PREFIXED = Stream.concat(FIELDS.stream(), Stream.of("names")).toList();

	private static final int NAMES_BIT = 1 << FIELDS.size();

	// The stored fields whose words a visitor may type: a part's title (its heading, or a
	// name), the fields searched, and a name's page's names.
	private static final List<String> HARVESTED = List.of("title", "milestones", "section", "text", "names");

	static IndexFile of(LanguageIndex index, String basePath) {
		List<Document> documents = documents(index.searcher());
		Set<String> stop = stopWords(index.analyzer());
		Map<String, Integer> words = new LinkedHashMap<>();
		Map<String, Integer> terms = new LinkedHashMap<>();
		for (String word : words(documents)) {
			Set<String> analysed = SearchQuery.of(word, index.analyzer()).terms();
			if (analysed.isEmpty()) {
				stop.add(word);
			}
			else {
				words.put(word, terms.computeIfAbsent(analysed.iterator().next(), (key) -> terms.size()));
			}
		}
		List<Integer> names = namePages(index.searcher().getIndexReader());
		List<TermHits> hits = terms.keySet().stream().map((term) -> hits(index.searcher(), term, names)).toList();
		return new IndexFile(index.analyzer() instanceof EnglishAnalyzer, SearchQuery.PREFIX_LENGTH,
				Stream.concat(FIELDS.stream().map(SearchQuery::prefixBoost), Stream.of(SearchQuery.NAME_PREFIX_BOOST))
					.toList(),
				stop, words, List.copyOf(terms.keySet()), hits,
				documents.stream().map((document) -> doc(document, basePath)).toList(), names);
	}

	// The names' pages, by number, as the server's query tells them from the other parts.
	private static List<Integer> namePages(IndexReader reader) {
		try {
			return postings(reader, IndexedParts.NAME_PAGE);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	byte[] json() {
		return JSON.writeValueAsBytes(this);
	}

	// Every part in the order of its number in the index, which breaks ties of score.
	private static List<Document> documents(IndexSearcher searcher) {
		try {
			List<Document> documents = new ArrayList<>();
			for (int doc = 0; doc < searcher.getIndexReader().maxDoc(); doc++) {
				documents.add(searcher.storedFields().document(doc));
			}
			return documents;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Set<String> stopWords(Analyzer analyzer) {
		Set<String> stop = new TreeSet<>();
		CharArraySet set = ((StopwordAnalyzerBase) analyzer).getStopwordSet();
		set.forEach((word) -> stop.add(new String((char[]) word)));
		return stop;
	}

	// The words of every field as the query's tokenizer cuts them, in lower case, and
	// nothing left out.
	private static Set<String> words(List<Document> documents) {
		Set<String> words = new TreeSet<>();
		try (Analyzer plain = new StandardAnalyzer(CharArraySet.EMPTY_SET)) {
			for (Document document : documents) {
				for (String field : HARVESTED) {
					tokens(plain, document.get(field), words);
				}
			}
		}
		return words;
	}

	private static void tokens(Analyzer analyzer, String text, Set<String> words) {
		try (TokenStream stream = analyzer.tokenStream("text", (text != null) ? text : "")) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				words.add(term.toString());
			}
			stream.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	// What the server's query for this one term finds: every part, by number, with its
	// score and the fields that have the term itself (for the script's words the text
	// does not have, which find the terms they begin).
	private static TermHits hits(IndexSearcher searcher, String term, List<Integer> names) {
		try {
			int all = Math.max(1, searcher.getIndexReader().maxDoc());
			ScoreDoc[] found = searcher.search(new SearchQuery(term, false, Set.of(term)).lucene(), all).scoreDocs;
			Arrays.sort(found, Comparator.comparingInt((ScoreDoc hit) -> hit.doc));
			Map<Integer, Integer> fields = fields(searcher.getIndexReader(), term, names);
			List<Float> scores = new ArrayList<>(new TreeSet<>(Arrays.stream(found).map((hit) -> hit.score).toList()));
			Map<Float, Integer> numbers = new HashMap<>();
			scores.forEach((score) -> numbers.put(score, numbers.size()));
			List<Integer> parts = new ArrayList<>();
			int previous = 0;
			for (ScoreDoc hit : found) {
				parts.add(hit.doc - previous);
				parts.add(numbers.get(hit.score) * 32 + fields.getOrDefault(hit.doc, 0));
				previous = hit.doc;
			}
			return new TermHits(scores, parts);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	// The fields of each part that have the term, one bit each in the order of FIELDS.
	// A name's page is only found by its names (SearchQuery), and the other parts have
	// none.
	private static Map<Integer, Integer> fields(IndexReader reader, String term, List<Integer> names)
			throws IOException {
		Map<Integer, Integer> fields = new HashMap<>();
		for (int field = 0; field < PREFIXED.size(); field++) {
			int bit = 1 << field;
			postings(reader, new Term(PREFIXED.get(field), term))
				.forEach((doc) -> fields.merge(doc, bit, (one, other) -> one | other));
		}
		names.forEach((doc) -> fields.computeIfPresent(doc, (key, mask) -> mask & NAMES_BIT));
		return fields;
	}

	private static List<Integer> postings(IndexReader reader, Term term) throws IOException {
		List<Integer> docs = new ArrayList<>();
		for (LeafReaderContext leaf : reader.leaves()) {
			PostingsEnum postings = leaf.reader().postings(term, PostingsEnum.NONE);
			for (int doc = (postings != null) ? postings.nextDoc()
					: DocIdSetIterator.NO_MORE_DOCS; doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
				docs.add(leaf.docBase + doc);
			}
		}
		return docs;
	}

	private static List<String> doc(Document document, String basePath) {
		return Arrays.asList(basePath + document.get("href"), document.get("title"), document.get("section"),
				LanguageIndex.start(document.get("text")), document.get("lang"));
	}

	/**
	 * The parts a term finds, written small: the scores they have, and for each part, in
	 * the order of the index, two numbers: how many parts on from the one before (from 0)
	 * it is, and the number of its score times 32 plus the fields that have the term
	 * itself (a bit each: heading, milestones, section, text, names).
	 *
	 * @param scores the scores, lowest first
	 * @param parts two numbers for each part
	 */
	@JsonFormat(shape = JsonFormat.Shape.ARRAY)
	record TermHits(List<Float> scores, List<Integer> parts) {

	}

}
