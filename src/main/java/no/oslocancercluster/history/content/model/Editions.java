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
 * @param sites the edition of each language
 */
public record Editions(Map<Language, Site> sites) {

	public Editions {
		sites = Map.copyOf(sites);
	}

	/**
	 * Makes the editions from the English site and the translations there are, by slug.
	 */
	public static Editions of(Site english, Map<Language, Overview> overviews,
			Map<Language, Map<String, Section>> translated) {
		Map<Language, Site> sites = new EnumMap<>(Language.class);
		for (Language language : Language.values()) {
			if (language == Language.EN) {
				sites.put(language, english);
				continue;
			}
			Map<String, Section> translations = translated.getOrDefault(language, Map.of());
			List<Section> sections = new ArrayList<>();
			for (Section section : english.sections()) {
				Section translation = translations.get(section.slug());
				sections.add((translation != null) ? translation : section.inEdition(language));
			}
			sites.put(language, new Site(overviews.getOrDefault(language, english.overview()), sections, language));
		}
		return new Editions(sites);
	}

	/**
	 * Every page of the site in every language: the home page, the sections, the timeline
	 * and the print edition.
	 */
	public List<Page> pages() {
		List<Page> pages = new ArrayList<>();
		for (Language language : Language.values()) {
			Site site = get(language);
			Overview overview = site.overview();
			pages
				.add(new Page(language, language.home(), "/", overview.textLanguage() == language, overview.updated()));
			for (Section section : site.sections()) {
				pages.add(new Page(language, section.href(), "/" + section.slug(), !section.fallback(),
						section.updated()));
			}
			LocalDate latest = site.sections()
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
			Site site = get(language);
			boolean translated = switch (englishPath) {
				case "/" -> site.overview().textLanguage() == language;
				case "/timeline", "/print" -> true;
				default -> site.section(englishPath.substring(1)).filter((section) -> !section.fallback()).isPresent();
			};
			if (translated) {
				languages.add(language);
			}
		}
		return languages;
	}

	public Site get(Language language) {
		return this.sites.get(language);
	}

	public Site english() {
		return get(Language.EN);
	}

	/**
	 * These editions without their draft sections, as the public sees them.
	 */
	public Editions withoutDrafts() {
		Map<Language, Site> published = new EnumMap<>(Language.class);
		this.sites.forEach((language, site) -> published.put(language, site.withoutDrafts()));
		return new Editions(published);
	}

}
