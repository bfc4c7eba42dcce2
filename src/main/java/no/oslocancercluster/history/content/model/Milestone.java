package no.oslocancercluster.history.content.model;

/**
 * A dated event in the history and the place in a section that tells it.
 *
 * @param date when it happened, at the precision the history gives
 * @param title a short title
 * @param section the slug of the section that tells it
 * @param anchor the id of the heading in that section
 * @param source the source that backs it, or {@code null}
 * @param language the edition of the site it belongs to, which gives the address of its
 * section
 */
public record Milestone(HistoricalDate date, String title, String section, String anchor, Source source,
		Language language) {

	public Milestone(HistoricalDate date, String title, String section, String anchor, Source source) {
		this(date, title, section, anchor, source, Language.EN);
	}

	Milestone inEdition(Language edition) {
		return new Milestone(this.date, this.title, this.section, this.anchor, this.source, edition);
	}

	/**
	 * The address of the paragraph that tells this milestone: {@code /awards#gold-label}.
	 */
	public String href() {
		return this.language.path("/" + this.section) + "#" + this.anchor;
	}

	/**
	 * An id for this milestone that is unique across the site.
	 */
	public String id() {
		return this.section + "--" + this.anchor;
	}

}
