package no.oslocancercluster.history.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * What a visitor typed, made fit to search: cleaned, cut to
 * {@link SearchIndex#MAX_QUERY_LENGTH}, and analysed into the terms of a Lucene query.
 *
 * @param text the query as searched
 * @param cut whether the query was cut
 * @param terms what the analyser makes of the query, at most {@value #MAX_TERMS}
 */
record SearchQuery(String text, boolean cut, Set<String> terms) {

	/**
	 * The fields a query searches.
	 */
	static final List<String> FIELDS = List.of("heading", "milestones", "section", "text");

	/**
	 * The shortest term that also finds the longer ones it begins.
	 */
	static final int PREFIX_LENGTH = 4;

	// What a name's page gets for a name that a word begins.
	static final float NAME_PREFIX_BOOST = 0.9f;

	private static final int MAX_TERMS = 24;

	static SearchQuery of(String raw, Analyzer analyzer) {
		String query = clean(raw);
		boolean cut = query.length() > SearchIndex.MAX_QUERY_LENGTH;
		if (cut) {
			query = query.substring(0, SearchIndex.MAX_QUERY_LENGTH).strip();
		}
		return new SearchQuery(query, cut, terms(analyzer, query));
	}

	// Control characters and odd spacing out; what is left is searched as words, never as
	// query syntax.
	private static String clean(String query) {
		return (query != null) ? query.replaceAll("[\\p{Cc}\\p{Cf}\\p{Cs}]", " ").replaceAll("\\s+", " ").strip() : "";
	}

	// What the analyser makes of the query: lower case, without stop words, stemmed.
	private static Set<String> terms(Analyzer analyzer, String query) {
		Set<String> terms = new LinkedHashSet<>();
		try (TokenStream stream = analyzer.tokenStream("text", query)) {
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

	/**
	 * The Lucene query: every word counts, more in a heading or a milestone than in the
	 * text, and a name's page when every word is in its names; a word may also be the
	 * start of a longer one (bokmål joins words: "innovasjon" finds "innovasjonsparken").
	 * With several words, most of them must match.
	 */
	Query lucene() {
		BooleanQuery.Builder text = new BooleanQuery.Builder();
		BooleanQuery.Builder name = new BooleanQuery.Builder();
		for (String term : this.terms) {
			text.add(anyField(term), BooleanClause.Occur.SHOULD);
			name.add(nameField(term), BooleanClause.Occur.MUST);
		}
		int size = this.terms.size();
		text.setMinimumNumberShouldMatch((size <= 2) ? size : (size + 1) / 2);
		text.add(new TermQuery(IndexedParts.NAME_PAGE), BooleanClause.Occur.MUST_NOT);
		// A name's page answers a search for that name: every word is in its names.
		name.add(new TermQuery(IndexedParts.NAME_PAGE), BooleanClause.Occur.FILTER);
		return new BooleanQuery.Builder().add(text.build(), BooleanClause.Occur.SHOULD)
			.add(name.build(), BooleanClause.Occur.SHOULD)
			.build();
	}

	private static Query nameField(String term) {
		BooleanQuery.Builder any = new BooleanQuery.Builder();
		any.add(new BoostQuery(new TermQuery(new Term("names", term)), 3f), BooleanClause.Occur.SHOULD);
		if (term.length() >= 4) {
			any.add(new BoostQuery(new PrefixQuery(new Term("names", term)), NAME_PREFIX_BOOST),
					BooleanClause.Occur.SHOULD);
		}
		return any.build();
	}

	private static Query anyField(String term) {
		BooleanQuery.Builder any = new BooleanQuery.Builder();
		for (String field : FIELDS) {
			any.add(new BoostQuery(new TermQuery(new Term(field, term)), boost(field)), BooleanClause.Occur.SHOULD);
			if (term.length() >= PREFIX_LENGTH) {
				any.add(new BoostQuery(new PrefixQuery(new Term(field, term)), prefixBoost(field)),
						BooleanClause.Occur.SHOULD);
			}
		}
		return any.build();
	}

	/**
	 * The score a part gets for a field with a longer word that the term begins: the
	 * prefix query scores each field that has one by its boost alone.
	 */
	static float prefixBoost(String field) {
		return boost(field) * 0.3f;
	}

	private static float boost(String field) {
		return switch (field) {
			case "heading", "milestones" -> 3f;
			case "section" -> 1.5f;
			default -> 1f;
		};
	}

}
