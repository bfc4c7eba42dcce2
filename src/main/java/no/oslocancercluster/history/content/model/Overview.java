package no.oslocancercluster.history.content.model;

import java.time.LocalDate;

/**
 * The introduction shown on the home page.
 *
 * @param title the home page's title
 * @param summary one sentence that sums up the history
 * @param html the rendered text
 * @param updated the day the file last changed, or {@code null} when unknown
 * @param organization facts about the organisation for search engines
 * @param textLanguage the language its text is in
 */
public record Overview(String title, String summary, String html, LocalDate updated, Organization organization,
		Language textLanguage) {

	public Overview(String title, String summary, String html, LocalDate updated, Organization organization) {
		this(title, summary, html, updated, organization, Language.EN);
	}

	/**
	 * The file the overview comes from, relative to the content folder.
	 */
	public String file() {
		return this.textLanguage.fileName(SitePaths.OVERVIEW);
	}

}
