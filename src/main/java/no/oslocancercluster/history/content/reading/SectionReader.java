package no.oslocancercluster.history.content.reading;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import no.oslocancercluster.history.content.frontmatter.FrontMatterReader;
import no.oslocancercluster.history.content.frontmatter.OverviewFrontMatter;
import no.oslocancercluster.history.content.frontmatter.SectionFrontMatter;
import no.oslocancercluster.history.content.frontmatter.SourceFrontMatter;
import no.oslocancercluster.history.content.frontmatter.YamlLocations;
import no.oslocancercluster.history.content.markdown.BodyReader;
import no.oslocancercluster.history.content.model.FileProblems;
import no.oslocancercluster.history.content.model.Language;
import no.oslocancercluster.history.content.model.Milestone;
import no.oslocancercluster.history.content.model.Overview;
import no.oslocancercluster.history.content.model.RenderedMarkdown;
import no.oslocancercluster.history.content.model.Section;
import no.oslocancercluster.history.content.model.SitePaths;
import no.oslocancercluster.history.content.model.Source;
import no.oslocancercluster.history.content.model.SplitFile;
import tools.jackson.core.JsonPointer;

/**
 * Turns one split content file into an {@link Overview} or a {@link Section}, checking
 * what only the whole file can tell: the file name, the sources, and the milestones
 * against the text.
 */
public class SectionReader {

	private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	private final FrontMatterReader frontMatter;

	private final BodyReader bodies;

	public SectionReader(FrontMatterReader frontMatter, BodyReader bodies) {
		this.frontMatter = frontMatter;
		this.bodies = bodies;
	}

	/**
	 * The overview with what the link checks need, or {@code null} after adding its
	 * problems; {@code checked} is what reading this same file found before, or
	 * {@code null}.
	 */
	public ReadOverview readOverview(Language language, SplitFile source, LocalDate committed,
			CheckedFiles.CheckedFile checked, FileProblems problems) {
		OverviewFrontMatter matter = (checked != null) ? checked.matter(OverviewFrontMatter.class)
				: this.frontMatter.read(source, OverviewFrontMatter.class, problems).value();
		RenderedMarkdown body = (checked != null) ? checked.body() : this.bodies.read(source, Map.of(), problems);
		if (matter == null) {
			return null;
		}
		Overview overview = new Overview(matter.title(), matter.summary(), body.html(),
				updated(committed, matter.updated()), matter.organization(), language);
		return new ReadOverview(language, overview, matter, body, source);
	}

	/**
	 * The section in a file with what the checks across files need; its section is
	 * {@code null} when the file has problems, but its text is still there for the link
	 * checks. {@code checked} is what reading this same file found before, or
	 * {@code null}: its front matter and text are taken from there, and only the checks
	 * of its milestones against its text run again.
	 */
	public ReadSection readSection(ContentName name, SplitFile source, LocalDate committed,
			CheckedFiles.CheckedFile checked, FileProblems problems) {
		int before = problems.count();
		Language language = name.language();
		String slug = slugOf(name, problems);
		FrontMatterReader.Bound<SectionFrontMatter> bound = sectionMatter(source, checked, problems);
		SectionFrontMatter matter = bound.value();
		// Without valid front matter the sources are unknown, and citations cannot be
		// checked against them.
		Map<String, Integer> numbers = (matter != null) ? sourceNumbers(matter, bound.locations(), problems) : null;
		RenderedMarkdown body = (checked != null) ? checked.body() : this.bodies.read(source, numbers, problems);
		if (matter == null) {
			return new ReadSection(language, slug, null, null, null, bound.locations(), body, source);
		}
		List<Source> sources = sources(matter, body);
		MilestoneChecks checks = new MilestoneChecks(language, slug, body, sources, bound.locations(), problems);
		List<Milestone> milestones = checks.checkAll(matter.milestones());
		if (problems.count() > before) {
			return new ReadSection(language, slug, null, matter, matter.order(), bound.locations(), body, source);
		}
		Section section = new Section(slug, matter.title(), matter.summary(), matter.order(), body.html(),
				body.headings(), milestones, sources, Boolean.TRUE.equals(matter.draft()),
				updated(committed, matter.updated()), language, language);
		return new ReadSection(language, slug, section, matter, matter.order(), bound.locations(), body, source);
	}

	// The front matter as an earlier check found it in these same bytes, or read now.
	private FrontMatterReader.Bound<SectionFrontMatter> sectionMatter(SplitFile source,
			CheckedFiles.CheckedFile checked, FileProblems problems) {
		return (checked != null) ? this.frontMatter.bound(source, checked.matter(SectionFrontMatter.class))
				: this.frontMatter.read(source, SectionFrontMatter.class, problems);
	}

	private static String slugOf(ContentName file, FileProblems problems) {
		String slug = file.base();
		String name = file.language().fileName(slug);
		if (!SLUG.matcher(slug).matches()) {
			problems.add(1, 1, "file name", "\"" + name
					+ "\" cannot become a web address; use lowercase letters, digits and hyphens, like further-expansions.md");
		}
		else if (SitePaths.RESERVED.contains(slug)) {
			problems.add(1, 1, "file name",
					"\"" + slug + "\" is the address of another page of the site; choose another file name");
		}
		return slug;
	}

	private static Map<String, Integer> sourceNumbers(SectionFrontMatter matter, YamlLocations locations,
			FileProblems problems) {
		Map<String, Integer> numbers = new LinkedHashMap<>();
		for (int i = 0; i < matter.sources().size(); i++) {
			String id = matter.sources().get(i).id();
			if (numbers.putIfAbsent(id, i + 1) != null) {
				JsonPointer at = JsonPointer.empty().appendProperty("sources").appendIndex(i).appendProperty("id");
				problems.add(locations.problem(at, "\"" + id + "\" is already the id of source " + numbers.get(id)
						+ "; give each source its own id"));
			}
		}
		return numbers;
	}

	private static List<Source> sources(SectionFrontMatter matter, RenderedMarkdown body) {
		List<Source> sources = new ArrayList<>();
		for (SourceFrontMatter item : matter.sources()) {
			sources.add(new Source(item.id(), sources.size() + 1, item.title(), item.publisher(), item.url(),
					body.citations().getOrDefault(item.id(), List.of())));
		}
		return sources;
	}

	// The repository's history knows best; an editor's date is the fallback where there
	// is no history.
	private static LocalDate updated(LocalDate committed, String written) {
		return (committed != null) ? committed : (written != null) ? LocalDate.parse(written) : null;
	}

}
