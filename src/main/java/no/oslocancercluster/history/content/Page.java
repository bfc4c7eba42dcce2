package no.oslocancercluster.history.content;

import java.time.LocalDate;
import java.util.Set;

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

	/**
	 * The pages of the site that are not sections, by their English address.
	 */
	public static final Set<String> SITE_PAGES = Set.of("/", "/timeline", "/print", "/search");

}
