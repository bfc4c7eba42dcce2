package no.oslocancercluster.history.changes;

import java.util.List;
import java.util.Locale;

import no.oslocancercluster.history.content.model.ContentProblem;
import no.oslocancercluster.history.content.model.Language;

/**
 * Writes a change report as Markdown for a pull request's comment and its job summary: a
 * line of counts, then the pages added, removed and changed, the timeline, the
 * translations and the problems, each part only when it has something to say.
 */
final class ReportMarkdown {

	private final Links links;

	private final StringBuilder out = new StringBuilder();

	private ReportMarkdown(Links links) {
		this.links = links;
	}

	/**
	 * The report, with its pages linked to the site at the given address (a pull
	 * request's preview), or named by their paths when it is {@code null}.
	 */
	static String write(ChangeReport report, String site) {
		ReportMarkdown markdown = new ReportMarkdown(new Links(site));
		markdown.counts(report);
		markdown.pages(report);
		TimelineMarkdown.write(report.timeline(), markdown.links, markdown.out);
		markdown.translations(report.translations());
		markdown.problems(report);
		return markdown.out.toString();
	}

	private void counts(ChangeReport report) {
		this.out.append("## What visitors will see\n\n");
		if (!report.compared()) {
			this.out.append(report.problems().isEmpty()
					? "The content this change starts from has problems of its own, so the pages cannot be compared.\n"
					: "The pages can be compared once the problems below are fixed.\n");
		}
		else if (!report.visible()) {
			this.out.append("Visitors see no difference: no page, milestone or translation changes.\n");
		}
		else {
			int milestones = report.timeline().values().stream().mapToInt(List::size).sum();
			this.out.append("**Pages:** %d added, %d changed, %d removed · **Timeline:** %s · **Translations:** %s%n"
				.formatted(report.added().size(), report.changed().size(), report.removed().size(),
						count(milestones, "change"), count(report.translations().size(), "note")));
		}
	}

	private void pages(ChangeReport report) {
		heading("Pages added", report.added().isEmpty());
		report.added()
			.forEach((page) -> this.out.append("- ")
				.append(this.links.page(page))
				.append(' ')
				.append(about(page))
				.append('\n'));
		heading("Pages removed", report.removed().isEmpty());
		report.removed()
			.forEach((page) -> this.out.append("- ")
				.append(new Links(null).page(page))
				.append(' ')
				.append(about(page))
				.append('\n'));
		heading("Pages changed", report.changed().isEmpty());
		for (int i = 0; i < report.changed().size(); i++) {
			page(report.changed().get(i), i == 0);
		}
	}

	private void page(PageChange change, boolean first) {
		this.out.append(first ? "" : "\n")
			.append("#### ")
			.append(this.links.page(change.page()))
			.append(' ')
			.append(about(change.page()))
			.append("\n\n");
		change.paragraphs().forEach(this::paragraph);
	}

	private void paragraph(PageChange.Paragraph paragraph) {
		if (paragraph.before() == null) {
			this.out.append("- Added: ").append(Excerpt.whole(paragraph.after())).append('\n');
		}
		else if (paragraph.after() == null) {
			this.out.append("- Removed: ").append(Excerpt.whole(paragraph.before())).append('\n');
		}
		else {
			Excerpt excerpt = Excerpt.of(paragraph.before(), paragraph.after());
			this.out.append("- Changed:\n  - before: ")
				.append(excerpt.before())
				.append("\n  - after: ")
				.append(excerpt.after())
				.append('\n');
		}
	}

	private void translations(List<TranslationNote> notes) {
		heading("Translations", notes.isEmpty());
		for (TranslationNote note : notes) {
			this.out.append("- ").append(TranslationText.of(note)).append('\n');
		}
	}

	private void problems(ChangeReport report) {
		List<ContentProblem> problems = report.problems();
		heading("Problems", problems.isEmpty());
		problems.forEach((problem) -> this.out.append("- ").append(Markdown.escape(problem.toString())).append('\n'));
	}

	private void heading(String title, boolean empty) {
		if (!empty) {
			this.out.append("\n### ").append(title).append("\n\n");
		}
	}

	private static String about(PageText page) {
		String file = "`" + page.file() + "`";
		return "(" + name(page.language()) + ", " + (page.translated() ? file : "the English text of " + file) + ")";
	}

	static String name(Language language) {
		return language.locale().getDisplayLanguage(Locale.ENGLISH);
	}

	static String count(int count, String thing) {
		return (count == 0) ? "none" : count + " " + thing + ((count == 1) ? "" : "s");
	}

	/**
	 * Links to the site's pages, or their paths.
	 */
	record Links(String site) {

		Links {
			site = (site != null) ? site.replaceAll("/+$", "") : null;
		}

		String page(PageText page) {
			return to(page.title(), page.path());
		}

		String to(String title, String path) {
			return (this.site != null) ? "[" + Markdown.escape(title) + "](" + this.site + path + ")"
					: Markdown.escape(title) + ", `" + path + "`";
		}

	}

}
