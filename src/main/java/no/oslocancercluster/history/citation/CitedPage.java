package no.oslocancercluster.history.citation;

import java.time.LocalDate;

import no.oslocancercluster.history.content.model.Language;

/**
 * What a citation of a page says, from the content alone.
 *
 * @param key the page's name, for the files' addresses and the BibTeX key:
 * {@code founding}, {@code timeline}
 * @param title the page's title
 * @param author the organisation whose history it is
 * @param url the page's canonical absolute address
 * @param updated the day the page last changed, or {@code null} when unknown
 * @param language the language of the page's text
 */
public record CitedPage(String key, String title, String author, String url, LocalDate updated, Language language) {

}
