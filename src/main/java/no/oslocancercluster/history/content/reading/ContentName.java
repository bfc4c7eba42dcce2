package no.oslocancercluster.history.content.reading;

import no.oslocancercluster.history.content.model.FileProblems;
import no.oslocancercluster.history.content.model.Language;

/**
 * What a content file's name says: the page ({@code founding}) and the language
 * ({@code founding.nb.md} is the bokmål translation of {@code founding.md}).
 *
 * @param base the name without the language and {@code .md}
 * @param language the language of the text
 */
public record ContentName(String base, Language language) {

	/**
	 * The name of a Markdown file, or {@code null} after adding a problem when its
	 * language is not one of the site's.
	 */
	public static ContentName of(String fileName, FileProblems problems) {
		String name = fileName.substring(0, fileName.length() - ".md".length());
		int dot = name.lastIndexOf('.');
		if (dot < 0) {
			return new ContentName(name, Language.EN);
		}
		String tag = name.substring(dot + 1);
		Language language = Language.ofTag(tag).filter((found) -> found != Language.EN).orElse(null);
		if (language == null) {
			problems.add(1, 1, "file name",
					"\"" + tag + "\" in \"" + fileName
							+ "\" is not a language of this site; name a bokmål translation like founding.nb.md,"
							+ " and use no other dots in a file name");
			return null;
		}
		return new ContentName(name.substring(0, dot), language);
	}

	/**
	 * The file name the English original of this file has.
	 */
	String original() {
		return Language.EN.fileName(this.base);
	}

}
