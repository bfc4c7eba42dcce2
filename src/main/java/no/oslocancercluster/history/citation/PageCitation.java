package no.oslocancercluster.history.citation;

/**
 * A page's citation, as the page shows it and its head declares it.
 *
 * @param title the page's title
 * @param author the organisation
 * @param date the day of the last change as Highwire tags write it ({@code 2024/05/01}),
 * or {@code null} when unknown
 * @param url the canonical absolute address
 * @param language the language of the text
 * @param apa the APA 7 entry, as HTML
 * @param chicago the Chicago author-date entry, as HTML
 * @param bibtex the address of the BibTeX file, below the site
 * @param cslJson the address of the CSL-JSON file, below the site
 */
public record PageCitation(String title, String author, String date, String url, String language, String apa,
		String chicago, String bibtex, String cslJson) {

}
