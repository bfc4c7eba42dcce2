package no.oslocancercluster.history.content.reading;

import java.util.EnumMap;
import java.util.Map;
import java.util.regex.Pattern;

import no.oslocancercluster.history.content.frontmatter.EntityFrontMatter;
import no.oslocancercluster.history.content.frontmatter.FrontMatterReader;
import no.oslocancercluster.history.content.model.Entity;
import no.oslocancercluster.history.content.model.EntityKind;
import no.oslocancercluster.history.content.model.FileProblems;
import no.oslocancercluster.history.content.model.Language;
import no.oslocancercluster.history.content.model.SplitFile;

/**
 * Reads one file of {@code content/names/} for an {@link Entity}: its front matter bound
 * and checked like every other, its name the address of its page, and no text of its own
 * (what the site says of a name is what its description says).
 */
public final class EntityReader {

	private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	private final FrontMatterReader frontMatter;

	public EntityReader(FrontMatterReader frontMatter) {
		this.frontMatter = frontMatter;
	}

	/**
	 * The front matter of a file, bound and valid, or {@code null} after adding its
	 * problems: what {@link #entity} makes the file's entity of.
	 */
	public EntityFrontMatter read(String fileName, SplitFile source, FileProblems problems) {
		int before = problems.count();
		if (!ID.matcher(id(fileName)).matches()) {
			problems.add(1, 1, "file name", "\"" + fileName
					+ "\" cannot become a web address; use lowercase letters, digits and hyphens, like kaare-norum.md");
		}
		EntityFrontMatter matter = this.frontMatter.read(source, EntityFrontMatter.class, problems).value();
		if (!source.body().isBlank()) {
			problems.add(textLine(source), 1, "text", "a name's file has front matter only; "
					+ "put what the history says of it in description, and remove the text below the second ---");
		}
		return (problems.count() == before) ? matter : null;
	}

	/**
	 * The entity of a file with front matter that {@link #read} found valid: now, or when
	 * the file was checked before.
	 */
	public static Entity entity(String fileName, EntityFrontMatter matter) {
		EntityFrontMatter.EntityDescription description = matter.description();
		return new Entity(id(fileName), EntityKind.of(matter.kind()).orElseThrow(),
				texts(matter.name().en(), matter.name().nb()),
				(description != null) ? texts(description.en(), description.nb()) : Map.of(), matter.wikidata(),
				matter.website());
	}

	private static String id(String fileName) {
		return fileName.substring(0, fileName.length() - ".md".length());
	}

	// The first line of the body with something on it.
	private static int textLine(SplitFile source) {
		String body = source.body();
		int blank = 0;
		for (String line : body.lines().toList()) {
			if (!line.isBlank()) {
				break;
			}
			blank++;
		}
		return source.bodyLine() + blank;
	}

	private static Map<Language, String> texts(String english, String bokmal) {
		Map<Language, String> texts = new EnumMap<>(Language.class);
		texts.put(Language.EN, english.strip());
		if (bokmal != null) {
			texts.put(Language.NB, bokmal.strip());
		}
		return texts;
	}

}
