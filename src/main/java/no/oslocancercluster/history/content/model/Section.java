package no.oslocancercluster.history.content.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One section of the history, validated and rendered.
 *
 * @param slug the section's address, from its file name: {@code founding} for
 * {@code founding.md}
 * @param title the page title
 * @param summary one sentence that sums up the section
 * @param order the position in the reading order
 * @param html the rendered body
 * @param headings the subheadings of the body
 * @param milestones the section's milestones in chronological order
 * @param sources the sources the section cites, in the order of its source list
 * @param draft whether the section is a draft, hidden from the public site
 * @param updated the day the file last changed, or {@code null} when unknown
 * @param language the language of the edition of the site the section belongs to, which
 * gives its address
 * @param textLanguage the language its text is in: the edition's, or English where a
 * translation is missing
 */
public record Section(String slug, String title, String summary, int order, String html, List<Heading> headings,
		List<Milestone> milestones, List<Source> sources, boolean draft, LocalDate updated, Language language,
		Language textLanguage) {

	public Section(String slug, String title, String summary, int order, String html, List<Heading> headings,
			List<Milestone> milestones, List<Source> sources, boolean draft, LocalDate updated) {
		this(slug, title, summary, order, html, headings, milestones, sources, draft, updated, Language.EN,
				Language.EN);
	}

	/**
	 * Whether the text is shown in another language than the edition's, because its
	 * translation is missing.
	 */
	public boolean fallback() {
		return this.language != this.textLanguage;
	}

	/**
	 * This section, in its own language, as a page of another language's edition: the
	 * fallback for a missing translation.
	 */
	Section inEdition(Language edition) {
		return new Section(this.slug, this.title, this.summary, this.order, this.html, this.headings,
				this.milestones.stream().map((milestone) -> milestone.inEdition(edition)).toList(), this.sources,
				this.draft, this.updated, edition, this.textLanguage);
	}

	public String href() {
		return this.language.path("/" + this.slug);
	}

	/**
	 * The file this section comes from, relative to the content folder.
	 */
	public String file() {
		return this.textLanguage.fileName(this.slug);
	}

	/**
	 * The years the section covers, such as {@code 2007–2021}; empty when it has no
	 * milestones.
	 */
	public Optional<String> period() {
		if (this.milestones.isEmpty()) {
			return Optional.empty();
		}
		int first = this.milestones.get(0).date().year();
		int last = this.milestones.get(this.milestones.size() - 1).date().year();
		return Optional.of((first == last) ? Integer.toString(first) : first + "\u2013" + last);
	}

}
