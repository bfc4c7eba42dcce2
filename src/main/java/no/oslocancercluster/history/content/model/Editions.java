package no.oslocancercluster.history.content.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One version of the history in every language: an edition of the site per language, each
 * with every section, where a missing translation falls back to the English text.
 *
 * @param byLanguage the edition of each language
 */
public record Editions(Map<Language, Edition> byLanguage) {

	public Editions {
		byLanguage = Map.copyOf(byLanguage);
	}

	/**
	 * Makes the editions from the English site and the translations there are, by slug.
	 */
	public static Editions of(Edition english, Map<Language, Overview> overviews,
			Map<Language, Map<String, Section>> translated) {
		Map<Language, Edition> editions = new EnumMap<>(Language.class);
		for (Language language : Language.values()) {
			if (language == Language.EN) {
				editions.put(language, english);
				continue;
			}
			Map<String, Section> translations = translated.getOrDefault(language, Map.of());
			List<Section> sections = new ArrayList<>();
			for (Section section : english.sections()) {
				Section translation = translations.get(section.slug());
				sections.add((translation != null) ? translation : section.inEdition(language));
			}
			editions.put(language, new Edition(overviews.getOrDefault(language, english.overview()), sections, language,
					english.entities()));
		}
		return new Editions(editions);
	}

	/**
	 * Every page of the site in every language: the home page, the sections, the
	 * timeline, the print edition, the index of names and each name's page.
	 */
	public List<Page> pages() {
		List<Page> pages = new ArrayList<>();
		for (Language language : Language.values()) {
			Edition edition = get(language);
			Overview overview = edition.overview();
			pages
				.add(new Page(language, language.home(), "/", overview.textLanguage() == language, overview.updated()));
			for (Section section : edition.sections()) {
				pages.add(new Page(language, section.href(), "/" + section.slug(), !section.fallback(),
						section.updated()));
			}
			LocalDate latest = latest(edition);
			pages.add(new Page(language, language.path("/timeline"), "/timeline", true, latest));
			pages.add(new Page(language, language.path("/print"), "/print", true, latest));
			pages.addAll(namePages(edition));
		}
		return pages;
	}

	// The day the last section changed: the timeline's and the print edition's.
	private static LocalDate latest(Edition edition) {
		return edition.sections()
			.stream()
			.map(Section::updated)
			.filter(Objects::nonNull)
			.max(Comparator.naturalOrder())
			.orElse(null);
	}

	// The index of names and a page for each: the index is always in its language, a
	// name's page when its name (and description) are.
	private static List<Page> namePages(Edition edition) {
		Language language = edition.language();
		List<Page> pages = new ArrayList<>();
		pages.add(new Page(language, language.path(SitePaths.NAMES), SitePaths.NAMES, true, null));
		for (Entity entity : edition.entities()) {
			pages.add(new Page(language, entity.href(language), entity.href(Language.EN), entity.translated(language),
					null));
		}
		return pages;
	}

	/**
	 * The languages a page has its text in, by its English address: the alternates of a
	 * page.
	 */
	public List<Language> translations(String englishPath) {
		List<Language> languages = new ArrayList<>();
		for (Language language : Language.values()) {
			Edition edition = get(language);
			boolean translated = switch (englishPath) {
				case "/" -> edition.overview().textLanguage() == language;
				case "/timeline", "/print", SitePaths.NAMES -> true;
				default -> translated(edition, englishPath.substring(1), language);
			};
			if (translated) {
				languages.add(language);
			}
		}
		return languages;
	}

	private static boolean translated(Edition edition, String page, Language language) {
		String entity = page.startsWith(SitePaths.NAMES_FOLDER + "/")
				? page.substring(SitePaths.NAMES_FOLDER.length() + 1) : null;
		if (entity != null) {
			return edition.entity(entity).filter((found) -> found.translated(language)).isPresent();
		}
		return edition.section(page).filter((section) -> !section.fallback()).isPresent();
	}

	public Edition get(Language language) {
		return this.byLanguage.get(language);
	}

	public Edition english() {
		return get(Language.EN);
	}

	/**
	 * These editions without their draft sections, as the public sees them.
	 */
	public Editions withoutDrafts() {
		Map<Language, Edition> published = new EnumMap<>(Language.class);
		this.byLanguage.forEach((language, edition) -> published.put(language, edition.withoutDrafts()));
		return new Editions(published);
	}

}
