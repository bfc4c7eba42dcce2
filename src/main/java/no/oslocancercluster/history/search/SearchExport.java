package no.oslocancercluster.history.search;

/**
 * What the static export asks of search: its own search page, which a script answers in
 * the browser from a prebuilt index, and that index's file in each language.
 */
public final class SearchExport {

	/**
	 * The request attribute that asks for the search page as the static export writes it.
	 */
	public static final String ATTRIBUTE = SearchExport.class.getName() + ".page";

	/**
	 * The index file of a language, under that language's path.
	 */
	public static final String INDEX_FILE = "/search-index.json";

	private SearchExport() {
	}

}
