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
			editions.put(language,
					new Edition(overviews.getOrDefault(language, english.overview()), sections, language));
		}
		return new Editions(editions);
	}

	/**
	 * Every page of the site in every language: the home page, the sections, the timeline
	 * and the print edition.
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
			LocalDate latest = edition.sections()
				.stream()
				.map(Section::updated)
				.filter(Objects::nonNull)
				.max(Comparator.naturalOrder())
				.orElse(null);
			pages.add(new Page(language, language.path("/timeline"), "/timeline", true, latest));
			pages.add(new Page(language, language.path("/print"), "/print", true, latest));
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
				case "/timeline", "/print" -> true;
				default ->
					edition.section(englishPath.substring(1)).filter((section) -> !section.fallback()).isPresent();
			};
			if (translated) {
				languages.add(language);
			}
		}
		return languages;
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
