package no.oslocancercluster.history.content.model;

import java.util.Map;

/**
 * A person, organisation, place or programme that the history names, from its own file in
 * {@code content/names/}: its name in each language it has one in, and what the history
 * says of it.
 *
 * @param id its address, from its file name: {@code kaare-norum} for
 * {@code names/kaare-norum.md}
 * @param kind what it is
 * @param names its name by language; English always
 * @param descriptions a short description by language, taken from the history's text;
 * empty for none
 * @param wikidata its Wikidata id ({@code Q42}), or {@code null}
 * @param website its official web address, or {@code null}
 */
public record Entity(String id, EntityKind kind, Map<Language, String> names, Map<Language, String> descriptions,
		String wikidata, String website) {

	public Entity {
		names = Map.copyOf(names);
		descriptions = Map.copyOf(descriptions);
	}

	/**
	 * The language its name is shown in on a page of the given language: that language,
	 * or English where the name has no translation.
	 */
	public Language nameLanguage(Language page) {
		return this.names.containsKey(page) ? page : Language.EN;
	}

	public String name(Language page) {
		return this.names.get(nameLanguage(page));
	}

	/**
	 * The language its description is shown in on a page of the given language, or
	 * {@code null} when it has none.
	 */
	public Language descriptionLanguage(Language page) {
		if (this.descriptions.isEmpty()) {
			return null;
		}
		return this.descriptions.containsKey(page) ? page : Language.EN;
	}

	/**
	 * Its description on a page of the given language, or {@code null}.
	 */
	public String description(Language page) {
		Language language = descriptionLanguage(page);
		return (language != null) ? this.descriptions.get(language) : null;
	}

	/**
	 * Whether its page in a language is in that language: its name, and its description
	 * if it has one, are translated.
	 */
	public boolean translated(Language language) {
		return nameLanguage(language) == language
				&& (this.descriptions.isEmpty() || descriptionLanguage(language) == language);
	}

	/**
	 * The address of its page in a language: {@code /names/kaare-norum},
	 * {@code /nb/names/kaare-norum}.
	 */
	public String href(Language language) {
		return language.path(SitePaths.NAMES + "/" + this.id);
	}

}
