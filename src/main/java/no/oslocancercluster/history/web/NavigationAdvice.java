package no.oslocancercluster.history.web;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import no.oslocancercluster.history.SiteProperties;
import no.oslocancercluster.history.content.model.ContentProblem;
import no.oslocancercluster.history.content.model.Editions;
import no.oslocancercluster.history.content.model.Language;
import no.oslocancercluster.history.content.model.Section;
import no.oslocancercluster.history.content.model.SitePaths;
import no.oslocancercluster.history.content.store.ContentStore;
import no.oslocancercluster.history.web.PageViews.PageLanguage;
import no.oslocancercluster.history.web.Views.Alternate;
import no.oslocancercluster.history.web.Views.LanguageLink;
import no.oslocancercluster.history.web.Views.NavItem;

import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Gives every page, error pages included, what the layout needs: its language, the main
 * navigation, the link to the same page in the other language, the alternates for search
 * engines and, in preview only, the content problems an editor has to fix.
 */
@ControllerAdvice
class NavigationAdvice {

	// A menu of more links than this is no longer a menu (and on every page, more bytes
	// than the page's own text).
	static final int MAX_SECTIONS_IN_NAVIGATION = 12;

	private final ContentStore store;

	private final MessageSource messages;

	private final SiteProperties properties;

	private final boolean preview;

	NavigationAdvice(ContentStore store, MessageSource messages, SiteProperties properties) {
		this.store = store;
		this.messages = messages;
		this.properties = properties;
		this.preview = properties.preview();
	}

	@ModelAttribute("language")
	PageLanguage language(HttpServletRequest request) {
		return PageLanguage.of(PathLocaleResolver.language(request));
	}

	/**
	 * The overview, each section, and the timeline; for a history of more sections than a
	 * menu can show, the overview (which lists them all) and the timeline, and each
	 * section leads on to the next.
	 */
	@ModelAttribute("navigation")
	List<NavItem> navigation(HttpServletRequest request) {
		Language language = PathLocaleResolver.language(request);
		List<NavItem> items = new ArrayList<>();
		items.add(new NavItem("home", this.messages.getMessage("nav.overview", null, language.locale()),
				language.home(), null));
		List<Section> sections = this.store.current(language).sections();
		for (Section section : (sections.size() <= MAX_SECTIONS_IN_NAVIGATION) ? sections : List.<Section>of()) {
			items.add(NavItem.of(section));
		}
		items.add(new NavItem("timeline", this.messages.getMessage("nav.timeline", null, language.locale()),
				language.path(SitePaths.TIMELINE), null));
		return items;
	}

	/**
	 * The same page in each other language: a section, the timeline or a search in bokmål
	 * for one in English, and so on. An address that is no page (an error) leads to the
	 * other language's home page.
	 */
	@ModelAttribute("languageLinks")
	List<LanguageLink> languageLinks(HttpServletRequest request) {
		Language current = PathLocaleResolver.language(request);
		String page = page(request);
		List<LanguageLink> links = new ArrayList<>();
		for (Language language : Language.values()) {
			if (language == current) {
				continue;
			}
			String href = href(language, page, request);
			links.add(new LanguageLink(language.tag(),
					this.messages.getMessage("language." + language.tag(), null, language.locale()), href));
		}
		return links;
	}

	// The address of a page (null for none: the home page) in a language, with the query
	// of a search (read only for a search: other pages never parse their parameters).
	private static String href(Language language, String page, HttpServletRequest request) {
		String href = (page != null) ? language.path(page) : language.home();
		if (page != null && page.equals(SitePaths.SEARCH) && request.getParameter("q") != null) {
			href = UriComponentsBuilder.fromPath(href)
				.queryParam("q", request.getParameter("q"))
				.encode()
				.build()
				.toUriString();
		}
		// The bare home page guides a first visit by the browser's languages; this says
		// English was chosen.
		if (href.equals("/")) {
			href = "/?lang=" + language.tag();
		}
		return href;
	}

	/**
	 * The page in every language its text is written in, for {@code hreflang}; none for a
	 * page shown in another language because its translation is missing, and none for
	 * pages that are not content (errors, search).
	 */
	@ModelAttribute("alternates")
	List<Alternate> alternates(HttpServletRequest request) {
		String page = page(request);
		// page() is null for error pages.
		if (page == null || page.equals(SitePaths.SEARCH)) {
			return List.of();
		}
		Editions editions = this.store.editions();
		List<Language> translations = editions.translations(page);
		if (!translations.contains(PathLocaleResolver.language(request))) {
			return List.of();
		}
		List<Alternate> alternates = new ArrayList<>();
		for (Language language : translations) {
			alternates.add(new Alternate(language.tag(), this.properties.absolute(language.path(page))));
		}
		if (translations.contains(Language.EN)) {
			alternates.add(new Alternate("x-default", this.properties.absolute(page)));
		}
		return alternates;
	}

	@ModelAttribute("contentProblems")
	List<String> contentProblems() {
		return this.preview ? this.store.problems().stream().map(ContentProblem::toString).toList() : List.of();
	}

	@ModelAttribute("preview")
	boolean preview() {
		return this.preview;
	}

	@ModelAttribute("indexed")
	boolean indexed() {
		return this.properties.indexed();
	}

	// The English address of the page asked for, or null when it is no page of the site.
	private String page(HttpServletRequest request) {
		String path = PathLocaleResolver.path(request);
		String page = Language.englishPath(path);
		if (request.getAttribute("jakarta.servlet.error.status_code") != null) {
			return null;
		}
		if (SitePaths.SITE_PAGES.contains(page)) {
			return page;
		}
		if (page.startsWith(SitePaths.NAMES + "/")) {
			return this.store.current().entity(page.substring(SitePaths.NAMES.length() + 1)).isPresent() ? page : null;
		}
		return this.store.current().section(page.substring(1)).isPresent() ? page : null;
	}

}
