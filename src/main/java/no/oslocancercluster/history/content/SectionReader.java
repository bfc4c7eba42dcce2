package no.oslocancercluster.history.content;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;

/**
 * Turns one split content file into an {@link Overview} or a {@link Section}, checking what only the whole file
 * can tell: the file name, the body's headings and the milestones' anchors.
 */
class SectionReader {

	private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	// Addresses the site uses for pages of its own; a section there would be hidden or would hide one.
	private static final Set<String> RESERVED = Set.of("index", "timeline", "error", "css", "images", "favicon",
			"search", "print", "sitemap", "robots", "actuator", "en", "nb");

	private final FrontMatterReader frontMatter;

	private final MarkdownRenderer markdown;

	SectionReader(FrontMatterReader frontMatter, MarkdownRenderer markdown) {
		this.frontMatter = frontMatter;
		this.markdown = markdown;
	}

	Overview readOverview(SourceFile source, List<ContentProblem> problems) {
		OverviewFrontMatter matter = this.frontMatter.read(source, OverviewFrontMatter.class, problems).value();
		RenderedMarkdown body = renderBody(source, problems);
		return (matter != null) ? new Overview(matter.title(), matter.summary(), body.html()) : null;
	}

	/**
	 * The section in a file with where its front matter keys are, or {@code null} after adding its problems.
	 */
	SectionSource readSection(Path file, SourceFile source, List<ContentProblem> problems) {
		int before = problems.size();
		String slug = slugOf(file, source, problems);
		FrontMatterReader.Bound<SectionFrontMatter> bound = this.frontMatter.read(source, SectionFrontMatter.class,
				problems);
		RenderedMarkdown body = renderBody(source, problems);
		SectionFrontMatter matter = bound.value();
		if (matter == null) {
			return null;
		}
		List<Milestone> milestones = milestones(slug, matter, body, bound.locations(), problems);
		if (problems.size() > before) {
			return null;
		}
		Section section = new Section(slug, matter.title(), matter.summary(), matter.order(), body.html(),
				body.headings(), milestones);
		return new SectionSource(section, bound.locations());
	}

	private static String slugOf(Path file, SourceFile source, List<ContentProblem> problems) {
		String name = file.getFileName().toString();
		String slug = name.substring(0, name.length() - ".md".length());
		if (!SLUG.matcher(slug).matches()) {
			problems.add(new ContentProblem(source.path(), 1, 1, "file name", "\"" + name
					+ "\" cannot become a web address; use lowercase letters, digits and hyphens, like further-expansions.md"));
		}
		else if (RESERVED.contains(slug)) {
			problems.add(new ContentProblem(source.path(), 1, 1, "file name",
					"\"" + slug + "\" is the address of another page of the site; choose another file name"));
		}
		return slug;
	}

	private RenderedMarkdown renderBody(SourceFile source, List<ContentProblem> problems) {
		Document document = this.markdown.parse(source.body());
		for (Node node : document.getDescendants()) {
			if (node instanceof Heading heading && heading.getLevel() == 1) {
				problems.add(new ContentProblem(source.path(), source.bodyLine() + heading.getLineNumber(), 1,
						"heading", "the page title comes from the front matter; start headings in the text at ##"));
			}
		}
		return this.markdown.render(document);
	}

	private static List<Milestone> milestones(String slug, SectionFrontMatter matter, RenderedMarkdown body,
			YamlLocations locations, List<ContentProblem> problems) {
		MilestoneChecks checks = new MilestoneChecks(slug, body, locations, problems);
		List<Milestone> milestones = new ArrayList<>();
		for (int i = 0; i < matter.milestones().size(); i++) {
			Milestone milestone = checks.check(matter.milestones().get(i), i);
			if (milestone != null) {
				milestones.add(milestone);
			}
		}
		milestones.sort((a, b) -> a.date().compareTo(b.date()));
		return milestones;
	}

	/**
	 * A section and where the keys of its front matter are, for checks across files.
	 *
	 * @param section the section
	 * @param locations where its front matter keys are
	 */
	record SectionSource(Section section, YamlLocations locations) {

	}

}
