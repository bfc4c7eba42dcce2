package no.oslocancercluster.history.web;

import java.util.List;

import no.oslocancercluster.history.content.model.Heading;
import no.oslocancercluster.history.content.model.Language;
import no.oslocancercluster.history.content.model.Overview;
import no.oslocancercluster.history.content.model.Section;
import no.oslocancercluster.history.content.model.SitePaths;

/**
 * View records of whole pages and of the language they are in: what a template prints of
 * the overview or a section, so that no template reaches into the content model.
 */
final class PageViews {

	private PageViews() {
	}

	/**
	 * The language a page is in, with the addresses of the pages every page links to.
	 *
	 * @param tag the language's tag
	 * @param home the address of its home page
	 * @param timeline the address of its timeline
	 * @param print the address of its print edition
	 * @param search the address of its search page
	 * @param feed the address of its Atom feed
	 * @param names the address of its index of names
	 */
	record PageLanguage(String tag, String home, String timeline, String print, String search, String feed,
			String names) {

		static PageLanguage of(Language language) {
			return new PageLanguage(language.tag(), language.home(), language.path(SitePaths.TIMELINE),
					language.path(SitePaths.PRINT), language.path(SitePaths.SEARCH), language.path(SitePaths.FEED),
					language.path(SitePaths.NAMES));
		}

	}

	/**
	 * The introduction as the home page and the print edition show it.
	 *
	 * @param title its title
	 * @param summary its one-sentence summary
	 * @param html its rendered text
	 * @param lang the language of its text when it is not the page's (a missing
	 * translation), or {@code null}
	 */
	record OverviewView(String title, String summary, String html, String lang) {

		static OverviewView of(Overview overview, Language page, String basePath) {
			return new OverviewView(overview.title(), overview.summary(), SitePath.html(overview.html(), basePath),
					(overview.textLanguage() != page) ? overview.textLanguage().tag() : null);
		}

	}

	/**
	 * A section as its own page shows it.
	 *
	 * @param title its title
	 * @param summary its one-sentence summary
	 * @param html its rendered text
	 * @param href its address
	 * @param draft whether it is a draft, hidden from the public site
	 * @param headings its subheadings, for the table of contents
	 * @param lang the language of its text when it is not the page's (a missing
	 * translation), or {@code null}
	 */
	record SectionView(String title, String summary, String html, String href, boolean draft,
			List<HeadingView> headings, String lang) {

		static SectionView of(Section section, String basePath) {
			return new SectionView(section.title(), section.summary(), SitePath.html(section.html(), basePath),
					section.href(), section.draft(), section.headings().stream().map(HeadingView::of).toList(),
					Views.textLang(section));
		}

	}

	/**
	 * A subheading in a section's table of contents.
	 *
	 * @param level 2 for {@code ##}, 3 for {@code ###} and so on
	 * @param id the heading's id
	 * @param text the heading's text
	 */
	record HeadingView(int level, String id, String text) {

		static HeadingView of(Heading heading) {
			return new HeadingView(heading.level(), heading.id(), heading.text());
		}

	}

	/**
	 * A section as part of the one-page print edition.
	 *
	 * @param slug its slug, its id in the edition
	 * @param title its title
	 * @param summary its one-sentence summary
	 * @param html its text reshaped for the edition (see {@link PrintEdition})
	 * @param lang the language of its text when it is not the page's (a missing
	 * translation), or {@code null}
	 */
	record PrintedSection(String slug, String title, String summary, String html, String lang) {

		static PrintedSection of(Section section, String basePath) {
			return new PrintedSection(section.slug(), section.title(), section.summary(),
					SitePath.html(PrintEdition.of(section.html(), section.slug()), basePath), Views.textLang(section));
		}

	}

}
