package no.oslocancercluster.history.content.model;

import java.util.Locale;
import java.util.Optional;

/**
 * What a named entity of the history is: a person, an organisation, a place or a
 * programme, as its file's {@code kind} says.
 */
public enum EntityKind {

	PERSON, ORGANISATION, PLACE, PROGRAMME;

	/**
	 * The word an editor writes in the file: {@code person}, {@code organisation}.
	 */
	public String word() {
		return name().toLowerCase(Locale.ROOT);
	}

	/**
	 * The kind an editor's word names, if any.
	 */
	public static Optional<EntityKind> of(String word) {
		for (EntityKind kind : values()) {
			if (kind.word().equals(word)) {
				return Optional.of(kind);
			}
		}
		return Optional.empty();
	}

}
