package no.oslocancercluster.history.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import no.oslocancercluster.history.content.model.Edition;
import no.oslocancercluster.history.content.model.Milestone;
import no.oslocancercluster.history.content.model.Section;
import no.oslocancercluster.history.timeline.DateText;
import no.oslocancercluster.history.timeline.Timeline;
import no.oslocancercluster.history.web.Views.MilestoneView;
import no.oslocancercluster.history.web.Views.YearView;

import org.springframework.stereotype.Component;

/**
 * Milestones and their sources as the pages show them: dates in the reader's language,
 * the section that tells each, the language of its text. The section pages, the timeline
 * and the print edition share it.
 */
@Component
class MilestoneViews {

	private final DateText dates;

	MilestoneViews(DateText dates) {
		this.dates = dates;
	}

	/**
	 * The timeline's years, each with its milestones in order.
	 */
	List<YearView> years(Timeline timeline, Edition edition, Locale locale) {
		Map<String, Section> sections = edition.sectionsBySlug();
		return timeline.years()
			.stream()
			.map((year) -> new YearView(year.year(), "year-" + year.year(),
					milestones(year.milestones(), sections, locale)))
			.toList();
	}

	List<MilestoneView> milestones(List<Milestone> milestones, Map<String, Section> sections, Locale locale) {
		return milestones.stream().map((milestone) -> view(milestone, sections, locale)).toList();
	}

	private MilestoneView view(Milestone milestone, Map<String, Section> sections, Locale locale) {
		return MilestoneView.of(milestone, sections.get(milestone.section()),
				this.dates.format(milestone.date(), locale));
	}

}
