package no.oslocancercluster.history.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import no.oslocancercluster.history.content.model.Edition;
import no.oslocancercluster.history.content.model.Milestone;
import no.oslocancercluster.history.content.model.Section;
import no.oslocancercluster.history.content.model.Source;
import no.oslocancercluster.history.timeline.Timeline;
import no.oslocancercluster.history.web.Views.MilestoneView;
import no.oslocancercluster.history.web.Views.SourceView;
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

	static SourceView source(Source source) {
		return new SourceView(source.anchor(), source.number(), source.title(), source.publisher(), source.url(),
				source.citations());
	}

	private MilestoneView view(Milestone milestone, Map<String, Section> sections, Locale locale) {
		Section section = sections.get(milestone.section());
		String sectionTitle = (section != null) ? section.title() : "";
		String lang = (section != null && section.fallback()) ? section.textLanguage().tag() : null;
		SourceView source = (milestone.source() != null) ? source(milestone.source()) : null;
		return new MilestoneView(milestone.id(), milestone.date().iso(), this.dates.format(milestone.date(), locale),
				milestone.title(), milestone.href(), sectionTitle, source, lang);
	}

}
