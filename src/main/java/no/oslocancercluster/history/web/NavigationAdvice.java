package no.oslocancercluster.history.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import no.oslocancercluster.history.SiteProperties;
import no.oslocancercluster.history.content.ContentProblem;
import no.oslocancercluster.history.content.ContentStore;
import no.oslocancercluster.history.content.Section;
import no.oslocancercluster.history.web.Views.NavItem;

import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives every page, error pages included, what the layout needs: the main navigation and, in preview only, the
 * content problems an editor has to fix.
 */
@ControllerAdvice
class NavigationAdvice {

	private final ContentStore store;

	private final MessageSource messages;

	private final boolean preview;

	NavigationAdvice(ContentStore store, MessageSource messages, SiteProperties properties) {
		this.store = store;
		this.messages = messages;
		this.preview = properties.preview();
	}

	@ModelAttribute("navigation")
	List<NavItem> navigation(Locale locale) {
		List<NavItem> items = new ArrayList<>();
		items.add(new NavItem("home", this.messages.getMessage("nav.overview", null, locale), "/"));
		for (Section section : this.store.current().sections()) {
			items.add(new NavItem(section.slug(), section.title(), section.href()));
		}
		items.add(new NavItem("timeline", this.messages.getMessage("nav.timeline", null, locale), "/timeline"));
		return items;
	}

	@ModelAttribute("contentProblems")
	List<String> contentProblems() {
		return this.preview ? this.store.problems().stream().map(ContentProblem::toString).toList() : List.of();
	}

	@ModelAttribute("preview")
	boolean preview() {
		return this.preview;
	}

}
