package no.oslocancercluster.history.content.reading;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import no.oslocancercluster.history.content.frontmatter.MilestoneFrontMatter;
import no.oslocancercluster.history.content.frontmatter.YamlLocations;
import no.oslocancercluster.history.content.model.FileProblems;
import no.oslocancercluster.history.content.model.HistoricalDate;
import no.oslocancercluster.history.content.model.Language;
import no.oslocancercluster.history.content.model.Milestone;
import no.oslocancercluster.history.content.model.RenderedMarkdown;
import no.oslocancercluster.history.content.model.Source;
import tools.jackson.core.JsonPointer;

/**
 * Checks each milestone of a section against the rest of the file (its anchor must be a
 * heading of the body, and no other milestone's) and turns it into a {@link Milestone}.
 */
class MilestoneChecks {

	private final Language language;

	private final String slug;

	private final RenderedMarkdown body;

	private final YamlLocations locations;

	private final FileProblems problems;

	private final List<Source> sources;

	private final Map<String, Integer> anchorsSeen = new HashMap<>();

	MilestoneChecks(Language language, String slug, RenderedMarkdown body, List<Source> sources,
			YamlLocations locations, FileProblems problems) {
		this.language = language;
		this.slug = slug;
		this.sources = sources;
		this.body = body;
		this.locations = locations;
		this.problems = problems;
	}

	/**
	 * The valid milestones in chronological order; problems for the others.
	 */
	List<Milestone> checkAll(List<MilestoneFrontMatter> items) {
		List<Milestone> milestones = new ArrayList<>();
		for (int i = 0; i < items.size(); i++) {
			Milestone milestone = check(items.get(i), i);
			if (milestone != null) {
				milestones.add(milestone);
			}
		}
		milestones.sort(Comparator.comparing(Milestone::date));
		return milestones;
	}

	/**
	 * The milestone at the given index, or {@code null} after adding its problems.
	 */
	Milestone check(MilestoneFrontMatter item, int index) {
		int before = this.problems.count();
		HistoricalDate date = date(item, index);
		checkAnchor(item, index);
		Source source = source(item, index);
		return (this.problems.count() == before)
				? new Milestone(date, item.title(), this.slug, item.anchor(), source, this.language) : null;
	}

	private HistoricalDate date(MilestoneFrontMatter item, int index) {
		HistoricalDate date = HistoricalDate.parse(item.date()).orElseThrow();
		if (item.qualifier() == null) {
			return date;
		}
		if (date.month() != null) {
			report(index, "qualifier",
					"only a year can have a qualifier; remove the qualifier or give the date as a year");
		}
		return date.withQualifier(HistoricalDate.Qualifier.valueOf(item.qualifier().toUpperCase()));
	}

	// The anchor must be a heading of the text that no other milestone has.
	private void checkAnchor(MilestoneFrontMatter item, int index) {
		Integer previous = this.anchorsSeen.putIfAbsent(item.anchor(), index);
		if (previous != null) {
			report(index, "anchor", "\"" + item.anchor() + "\" is already the anchor of milestone " + (previous + 1)
					+ "; each milestone needs its own heading in the text");
		}
		else if (!this.body.ids().contains(item.anchor())) {
			report(index, "anchor",
					"\"" + item.anchor() + "\" is not an id in this section's text; add {#" + item.anchor()
							+ "} to the end of the heading or paragraph that tells this milestone" + knownIds());
		}
	}

	private Source source(MilestoneFrontMatter item, int index) {
		if (item.source() == null) {
			return null;
		}
		Source source = this.sources.stream()
			.filter((each) -> each.id().equals(item.source()))
			.findFirst()
			.orElse(null);
		if (source == null) {
			String known = this.sources.isEmpty() ? "the section lists no sources yet"
					: "its sources are " + String.join(", ", this.sources.stream().map(Source::id).toList());
			report(index, "source", "\"" + item.source()
					+ "\" is not a source of this section; add it under sources: in the front matter (" + known + ")");
		}
		return source;
	}

	private String knownIds() {
		return this.body.ids().isEmpty() ? "" : ", or use one of: " + String.join(", ", this.body.ids());
	}

	// The path to the field is made only for a problem: most milestones have none.
	private void report(int index, String field, String message) {
		JsonPointer at = JsonPointer.empty().appendProperty("milestones").appendIndex(index).appendProperty(field);
		this.problems.add(this.locations.problem(at, message));
	}

}
