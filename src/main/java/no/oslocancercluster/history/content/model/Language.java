package no.oslocancercluster.history.content.model;

import java.util.Locale;
import java.util.Optional;

/**
 * A language the history is told in. English is the original: its pages have the short
 * addresses ({@code /founding}) and its files the plain names ({@code founding.md}); a
 * translation lives beside it ({@code founding.nb.md}) and under its own prefix
 * ({@code /nb/founding}).
 */
public enum Language {

	/**
	 * English, the language the history is written in first.
	 */
	EN("en", "", Locale.UK),

	/**
	 * Norwegian bokmål.
	 */
	NB("nb", "/nb", Locale.forLanguageTag("nb-NO"));

	private final String tag;

	private final String prefix;

	private final Locale locale;

	Language(String tag, String prefix, Locale locale) {
		this.tag = tag;
		this.prefix = prefix;
		this.locale = locale;
	}

	/**
	 * The BCP 47 tag, for {@code lang} and {@code hreflang}: {@code en}, {@code nb}.
	 */
	public String tag() {
		return this.tag;
	}

	public Locale locale() {
		return this.locale;
	}

	/**
	 * The address of a page of the site in this language: {@code /timeline} is
	 * {@code /nb/timeline} in bokmål, and the home page {@code /} is {@code /nb/}.
	 */
	public String path(String path) {
		return this.prefix + path;
	}

	/**
	 * The home page: {@code /} or {@code /nb/}.
	 */
	public String home() {
		return path("/");
	}

	/**
	 * The content file of a page in this language: {@code founding.md},
	 * {@code founding.nb.md}.
	 */
	public String fileName(String name) {
		return (this == EN) ? name + ".md" : name + "." + this.tag + ".md";
	}

	/**
	 * The language of a page of the site from its address, and the address it has in
	 * English.
	 */
	public static Language ofPath(String path) {
		return (path != null && (path.equals(NB.prefix) || path.startsWith(NB.prefix + "/"))) ? NB : EN;
	}

	/**
	 * The address of the same page in English: {@code /nb/founding} is {@code /founding}.
	 */
	public static String englishPath(String path) {
		Language language = ofPath(path);
		String rest = path.substring(language.prefix.length());
		return rest.isEmpty() ? "/" : rest;
	}

	public static Language of(Locale locale) {
		return NB.locale.getLanguage().equals(locale.getLanguage()) ? NB : EN;
	}

	/**
	 * The language a content file is in, from the tag before {@code .md}: none for
	 * English, {@code nb} for bokmål.
	 */
	public static Optional<Language> ofTag(String tag) {
		for (Language language : values()) {
			if (language.tag.equals(tag)) {
				return Optional.of(language);
			}
		}
		return Optional.empty();
	}

}
