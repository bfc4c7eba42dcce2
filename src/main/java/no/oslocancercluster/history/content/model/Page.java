package no.oslocancercluster.history.content.model;

import java.time.LocalDate;

/**
 * A page of the site in one language.
 *
 * @param language the language of the edition it belongs to
 * @param path its address: {@code /nb/founding}
 * @param englishPath the address of the same page in English: {@code /founding}
 * @param translated whether its text is in its language, rather than the English shown
 * where a translation is missing
 * @param updated the day its text last changed, or {@code null} when unknown
 */
public record Page(Language language, String path, String englishPath, boolean translated, LocalDate updated) {

}
