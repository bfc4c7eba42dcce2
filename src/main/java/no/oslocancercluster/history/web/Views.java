package no.oslocancercluster.history.web;

import java.util.List;

import no.oslocancercluster.history.content.model.Milestone;
import no.oslocancercluster.history.content.model.Section;
import no.oslocancercluster.history.content.model.Source;

/**
 * View records: what the templates print, already formatted.
 */
final class Views {

	private Views() {
	}

	// The language of a section's text when it is not its edition's (a missing
	// translation), for the lang attribute; null when it is.
	static String textLang(Section section) {
		return section.fallback() ? section.textLanguage().tag() : null;
	}

	/**
	 * An entry of the main navigation.
	 *
	 * @param key what the layout compares with the current page to mark it
	 * @param label the link text
	 * @param href the address
	 * @param lang the language of the label when it is not the page's (a missing
	 * translation), or {@code null}
	 */
	record NavItem(String key, String label, String href, String lang) {

		/**
		 * A section's entry, keyed by its slug.
		 */
		static NavItem of(Section section) {
			return new NavItem(section.slug(), section.title(), section.href(), textLang(section));
		}

	}

	/**
	 * A section as listed on the home page or linked from another section.
	 *
	 * @param href its address
	 * @param title its title
	 * @param summary its one-sentence summary
	 * @param period the years it covers, or {@code null}
	 * @param lang the language of its title and summary when it is not the page's, or
	 * {@code null}
	 */
	record SectionLink(String href, String title, String summary, String period, String lang) {

		static SectionLink of(Section section) {
			return new SectionLink(section.href(), section.title(), section.summary(), section.period().orElse(null),
					textLang(section));
		}

	}

	/**
	 * A milestone as the timeline and a section's page show it.
	 *
	 * @param id its id on the timeline page
	 * @param datetime the ISO date at its precision, for {@code <time datetime>}
	 * @param date the date in words
	 * @param title its title
	 * @param href the address of the paragraph that tells it
	 * @param section the title of the section that tells it
	 * @param source the source it cites, or {@code null}
	 * @param lang the language of its title and section when it is not the page's, or
	 * {@code null}
	 */
	record MilestoneView(String id, String datetime, String date, String title, String href, String section,
			SourceView source, String lang) {

		/**
		 * A milestone told in a section ({@code null} when it is unknown), with its date
		 * already in words.
		 */
		static MilestoneView of(Milestone milestone, Section section, String date) {
			return new MilestoneView(milestone.id(), milestone.date().iso(), date, milestone.title(), milestone.href(),
					(section != null) ? section.title() : "", SourceView.of(milestone.source()),
					(section != null) ? textLang(section) : null);
		}

	}

	/**
	 * A source as a page's source list shows it.
	 *
	 * @param anchor its id in the source list
	 * @param number its number
	 * @param title its title
	 * @param publisher who published it, or {@code null}
	 * @param url where to read it, or {@code null}
	 * @param citations the ids of the places in the text that cite it
	 */
	record SourceView(String anchor, int number, String title, String publisher, String url, List<String> citations) {

		/**
		 * The source as shown, or {@code null} for none.
		 */
		static SourceView of(Source source) {
			if (source == null) {
				return null;
			}
			return new SourceView(source.anchor(), source.number(), source.title(), source.publisher(), source.url(),
					source.citations());
		}

	}

	/**
	 * What editors see at the foot of a page: where to change it and when it last
	 * changed.
	 *
	 * @param editUrl the address to edit the page's file on GitHub, or {@code null}
	 * @param updated the day it last changed, in words, or {@code null}
	 * @param updatedIso the same day in ISO 8601, or {@code null}
	 */
	record PageFooter(String editUrl, String updated, String updatedIso) {

	}

	/**
	 * A year of the timeline.
	 *
	 * @param year the year
	 * @param id the year's id on the timeline page
	 * @param milestones its milestones in order
	 */
	record YearView(int year, String id, List<MilestoneView> milestones) {

	}

	/**
	 * The link to the same page in another language.
	 *
	 * @param lang the language's tag
	 * @param label the language's name, in that language
	 * @param href the address of the page in that language
	 */
	record LanguageLink(String lang, String label, String href) {

	}

	/**
	 * The page in a language its text is written in, for search engines.
	 *
	 * @param hreflang the language's tag, or {@code x-default}
	 * @param href the page's absolute address
	 */
	record Alternate(String hreflang, String href) {

	}

}
