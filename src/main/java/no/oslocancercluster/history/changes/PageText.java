package no.oslocancercluster.history.changes;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import no.oslocancercluster.history.content.model.Edition;
import no.oslocancercluster.history.content.model.Editions;
import no.oslocancercluster.history.content.model.Language;
import no.oslocancercluster.history.content.model.Overview;
import no.oslocancercluster.history.content.model.Section;

/**
 * A page of the published site as a visitor reads it.
 *
 * @param path its address: {@code /nb/founding}
 * @param title its title
 * @param file the content file its text comes from: {@code founding.nb.md}
 * @param language the language of the edition it belongs to
 * @param translated whether its text is in that language, rather than the English shown
 * where a translation is missing
 * @param blocks its visible text, block by block
 */
record PageText(String path, String title, String file, Language language, boolean translated, List<String> blocks) {

	/**
	 * The home page and the sections of every language, by address, in reading order.
	 */
	static Map<String, PageText> of(Editions editions) {
		Map<String, PageText> pages = new LinkedHashMap<>();
		for (Language language : Language.values()) {
			Edition edition = editions.get(language);
			Overview overview = edition.overview();
			pages.put(language.home(),
					new PageText(language.home(), overview.title(), overview.file(), language,
							overview.textLanguage() == language,
							VisibleText.of(overview.title(), overview.summary(), overview.html())));
			for (Section section : edition.sections()) {
				pages.put(section.href(), new PageText(section.href(), section.title(), section.file(), language,
						!section.fallback(), VisibleText.of(section.title(), section.summary(), section.html())));
			}
		}
		return pages;
	}

}
