package no.oslocancercluster.history.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import no.oslocancercluster.history.SiteProperties;
import no.oslocancercluster.history.citation.PageCitations;
import no.oslocancercluster.history.content.model.Edition;
import no.oslocancercluster.history.content.model.HistoricalDate;
import no.oslocancercluster.history.content.model.Language;
import no.oslocancercluster.history.content.model.Milestone;
import no.oslocancercluster.history.content.model.Overview;
import no.oslocancercluster.history.content.model.Section;
import no.oslocancercluster.history.content.model.SitePaths;
import no.oslocancercluster.history.content.store.ContentStore;
import no.oslocancercluster.history.discovery.StructuredData;
import no.oslocancercluster.history.timeline.DateText;
import no.oslocancercluster.history.timeline.Timeline;
import no.oslocancercluster.history.timeline.TimelineChart.Shape;
import no.oslocancercluster.history.web.PageViews.OverviewView;
import no.oslocancercluster.history.web.PageViews.SectionView;
import no.oslocancercluster.history.web.Views.MilestoneView;
import no.oslocancercluster.history.web.Views.PageFooter;
import no.oslocancercluster.history.web.Views.SectionLink;
import no.oslocancercluster.history.web.Views.SourceView;
import no.oslocancercluster.history.web.Views.YearView;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The pages of the history: the overview, one page per section, and the timeline.
 */
@Controller
class HistoryController {

	private final ContentStore store;

	private final DateText dates;

	private final MilestoneViews milestones;

	private final SiteProperties properties;

	private final StructuredData structuredData;

	private final TimelineCharts charts;

	private final PageCitations citations;

	private final OnThisDay onThisDay;

	HistoryController(ContentStore store, DateText dates, MilestoneViews milestones, SiteProperties properties,
			StructuredData structuredData, TimelineCharts charts, PageCitations citations, OnThisDay onThisDay) {
		this.store = store;
		this.dates = dates;
		this.milestones = milestones;
		this.properties = properties;
		this.structuredData = structuredData;
		this.charts = charts;
		this.citations = citations;
		this.onThisDay = onThisDay;
	}

	@GetMapping({ "/", "/nb/" })
	String overview(Model model, Locale locale, HttpServletRequest request) {
		Language language = Language.of(locale);
		Edition edition = this.store.current(language);
		Overview overview = edition.overview();
		model.addAttribute("current", "home");
		model.addAttribute("overview", OverviewView.of(overview, language, this.properties.basePath()));
		model.addAttribute("sections", edition.sections().stream().map(SectionLink::of).toList());
		model.addAttribute("milestoneCount", edition.milestoneCount());
		model.addAttribute("chart", this.charts.chart(Timeline.of(edition), Shape.SMALL, locale));
		model.addAttribute("footer", footer(overview.file(), overview.updated(), locale));
		model.addAttribute("canonical", this.properties.absolute(overview.textLanguage().home()));
		model.addAttribute("jsonLd", this.structuredData.organization(edition));
		model.addAttribute("onThisDay", onThisDay(edition, this.onThisDay.day(request), locale));
		return "index";
	}

	/**
	 * The bokmål home page is {@code /nb/}, as a folder, so that it is
	 * {@code nb/index.html} in a static export.
	 */
	@GetMapping("/nb")
	ResponseEntity<Void> norwegianHome(HttpServletRequest request) {
		return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY)
			.location(URI.create(request.getContextPath() + Language.NB.home()))
			.build();
	}

	@GetMapping({ "/{slug:[a-z0-9]+(?:-[a-z0-9]+)*}", "/nb/{slug:[a-z0-9]+(?:-[a-z0-9]+)*}" })
	String section(@PathVariable String slug, Model model, Locale locale) {
		Edition edition = this.store.current(Language.of(locale));
		Section section = edition.section(slug).orElseThrow(() -> new SectionNotFoundException(slug));
		model.addAttribute("current", section.slug());
		model.addAttribute("section", SectionView.of(section, this.properties.basePath()));
		model.addAttribute("period", section.period().orElse(null));
		model.addAttribute("milestones",
				this.milestones.milestones(section.milestones(), Map.of(section.slug(), section), locale));
		model.addAttribute("sources", section.sources().stream().map(SourceView::of).toList());
		model.addAttribute("previous", edition.previous(section).map(SectionLink::of).orElse(null));
		model.addAttribute("next", edition.next(section).map(SectionLink::of).orElse(null));
		model.addAttribute("footer", footer(section.file(), section.updated(), locale));
		// A page shown in English for want of a translation is the English page's copy.
		model.addAttribute("canonical", this.properties.absolute(section.textLanguage().path("/" + section.slug())));
		model.addAttribute("citation", this.citations.section(section, edition.language()));
		return "section";
	}

	@GetMapping({ SitePaths.TIMELINE, "/nb" + SitePaths.TIMELINE })
	String timeline(Model model, Locale locale) {
		Language language = Language.of(locale);
		Edition edition = this.store.current(language);
		Timeline timeline = Timeline.of(edition);
		List<YearView> years = this.milestones.years(timeline, edition, locale);
		model.addAttribute("current", "timeline");
		model.addAttribute("years", years);
		model.addAttribute("count", timeline.size());
		model.addAttribute("chart", this.charts.chart(timeline, Shape.WIDE, locale));
		model.addAttribute("tallChart", this.charts.chart(timeline, Shape.TALL, locale));
		// Years as text: a number would be formatted with a thousands separator
		// ("2,006").
		model.addAttribute("first", years.isEmpty() ? null : Integer.toString(years.get(0).year()));
		model.addAttribute("last", years.isEmpty() ? null : Integer.toString(years.get(years.size() - 1).year()));
		model.addAttribute("canonical", this.properties.absolute(language.path(SitePaths.TIMELINE)));
		model.addAttribute("jsonLd", this.structuredData.timeline(timeline));
		model.addAttribute("citation", this.citations.timeline(language));
		return "timeline";
	}

	// "On this day in 2019:" or "This month in 2019:" before each milestone of the day.
	private List<DayView> onThisDay(Edition edition, LocalDate day, Locale locale) {
		List<Milestone> matches = OnThisDay.of(edition, day);
		List<MilestoneView> views = this.milestones.milestones(matches, edition.sectionsBySlug(), locale);
		return java.util.stream.IntStream.range(0, matches.size()).mapToObj((i) -> {
			HistoricalDate date = matches.get(i).date();
			String key = (date.day() != null) ? "home.onthisday.day" : "home.onthisday.month";
			return new DayView(key, Integer.toString(date.year()), views.get(i));
		}).toList();
	}

	private PageFooter footer(String file, LocalDate updated, Locale locale) {
		return new PageFooter(this.properties.editUrl(file),
				(updated != null) ? this.dates.format(updated, locale) : null,
				(updated != null) ? updated.toString() : null);
	}

	/**
	 * A milestone of today on the home page.
	 *
	 * @param lead the message that leads in to it
	 * @param year its year, as text
	 * @param milestone the milestone
	 */
	record DayView(String lead, String year, MilestoneView milestone) {

	}

}
