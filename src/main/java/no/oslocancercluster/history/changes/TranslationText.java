package no.oslocancercluster.history.changes;

/**
 * What a change report says about a translation, and what to do about it.
 */
final class TranslationText {

	private TranslationText() {
	}

	static String of(TranslationNote note) {
		PageText page = note.page();
		String language = ReportMarkdown.name(page.language());
		String original = "`" + note.original() + "`";
		String name = note.original().substring(0, note.original().length() - ".md".length());
		String translation = "`" + page.language().fileName(name) + "`";
		return switch (note.kind()) {
			case MISSING -> original + " has no " + language + " translation: " + language
					+ " visitors read the English text. Add " + translation + " to translate it.";
			case REMOVED ->
				translation + " was removed: " + language + " visitors now read the English text of " + original + ".";
			case OUT_OF_DATE -> translation + " may be out of date: " + original
					+ " changed and its translation did not. Check that it still tells the same.";
			case ADDED -> translation + " is new: " + language + " visitors read it instead of the English text.";
		};
	}

}
