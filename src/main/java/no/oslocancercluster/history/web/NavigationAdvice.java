package no.oslocancercluster.history.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import no.oslocancercluster.history.content.ContentStore;
import no.oslocancercluster.history.content.Section;
import no.oslocancercluster.history.web.Views.NavItem;

import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives every page, error pages included, the main navigation: the overview, each section, the timeline.
 */
@ControllerAdvice
class NavigationAdvice {

	private final ContentStore store;

	private final MessageSource messages;

	NavigationAdvice(ContentStore store, MessageSource messages) {
		this.store = store;
		this.messages = messages;
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

}
