package no.oslocancercluster.history.web;

import java.util.Locale;

import no.oslocancercluster.history.SiteProperties;
import no.oslocancercluster.history.content.model.Edition;
import no.oslocancercluster.history.content.model.Language;
import no.oslocancercluster.history.content.model.SitePaths;
import no.oslocancercluster.history.content.store.ContentStore;
import no.oslocancercluster.history.timeline.Timeline;
import no.oslocancercluster.history.web.PageViews.OverviewView;
import no.oslocancercluster.history.web.PageViews.PrintedSection;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The whole history on one page, every section in reading order and then the timeline,
 * for printing or saving as PDF.
 */
@Controller
class PrintController {

	private final ContentStore store;

	private final MilestoneViews milestones;

	private final SiteProperties properties;

	PrintController(ContentStore store, MilestoneViews milestones, SiteProperties properties) {
		this.store = store;
		this.milestones = milestones;
		this.properties = properties;
	}

	@GetMapping({ SitePaths.PRINT, "/nb" + SitePaths.PRINT })
	String print(Model model, Locale locale) {
		Language language = Language.of(locale);
		Edition edition = this.store.current(language);
		model.addAttribute("current", "print");
		model.addAttribute("overview", OverviewView.of(edition.overview(), language, this.properties.basePath()));
		model.addAttribute("sections",
				edition.sections()
					.stream()
					.map((section) -> PrintedSection.of(section, this.properties.basePath()))
					.toList());
		model.addAttribute("years", this.milestones.years(Timeline.of(edition), edition, locale));
		model.addAttribute("canonical", this.properties.absolute(language.path(SitePaths.PRINT)));
		return "print";
	}

}
