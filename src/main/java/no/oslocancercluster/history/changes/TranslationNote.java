package no.oslocancercluster.history.changes;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import no.oslocancercluster.history.content.model.Language;

/**
 * A translation that this change adds, takes away or leaves behind.
 *
 * @param kind what happened to it
 * @param page the page in the translation's language, as it is now
 * @param original the English file it translates: {@code founding.md}
 */
record TranslationNote(Kind kind, PageText page, String original) {

	/**
	 * What happened to a translation.
	 */
	enum Kind {

		/**
		 * A new page has no translation: its visitors read the English text.
		 */
		MISSING,

		/**
		 * The translation was removed: its visitors now read the English text.
		 */
		REMOVED,

		/**
		 * The English text changed and the translation did not.
		 */
		OUT_OF_DATE,

		/**
		 * A translation was added.
		 */
		ADDED

	}

	static List<TranslationNote> between(Map<String, PageText> before, Map<String, PageText> after) {
		List<TranslationNote> notes = new ArrayList<>();
		for (PageText page : after.values()) {
			if (page.language() == Language.EN) {
				continue;
			}
			PageText was = before.get(page.path());
			PageText english = after.get(Language.englishPath(page.path()));
			Kind kind = kind(was, page, before.get(english.path()), english);
			if (kind != null) {
				notes.add(new TranslationNote(kind, page, english.file()));
			}
		}
		return List.copyOf(notes);
	}

	private static Kind kind(PageText was, PageText page, PageText englishWas, PageText english) {
		if (!page.translated()) {
			if (was == null) {
				return Kind.MISSING;
			}
			return was.translated() ? Kind.REMOVED : null;
		}
		if (was == null || !was.translated()) {
			return Kind.ADDED;
		}
		boolean originalChanged = englishWas != null && !englishWas.blocks().equals(english.blocks());
		return (originalChanged && was.blocks().equals(page.blocks())) ? Kind.OUT_OF_DATE : null;
	}

}
