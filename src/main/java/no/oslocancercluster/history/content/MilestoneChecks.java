package no.oslocancercluster.history.content;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.core.JsonPointer;

/**
 * Checks each milestone of a section against the rest of the file (its anchor must be a heading of the body, and
 * no other milestone's) and turns it into a {@link Milestone}.
 */
class MilestoneChecks {

	private final String slug;

	private final RenderedMarkdown body;

	private final YamlLocations locations;

	private final List<ContentProblem> problems;

	private final Map<String, Integer> anchorsSeen = new HashMap<>();

	MilestoneChecks(String slug, RenderedMarkdown body, YamlLocations locations, List<ContentProblem> problems) {
		this.slug = slug;
		this.body = body;
		this.locations = locations;
		this.problems = problems;
	}

	/**
	 * The milestone at the given index, or {@code null} after adding its problems.
	 */
	Milestone check(MilestoneFrontMatter item, int index) {
		JsonPointer at = JsonPointer.empty().appendProperty("milestones").appendIndex(index);
		int before = this.problems.size();
		HistoricalDate date = HistoricalDate.parse(item.date()).orElseThrow();
		if (item.qualifier() != null) {
			if (date.month() != null) {
				report(at.appendProperty("qualifier"),
						"only a year can have a qualifier; remove the qualifier or give the date as a year");
			}
			date = date.withQualifier(HistoricalDate.Qualifier.valueOf(item.qualifier().toUpperCase()));
		}
		Integer previous = this.anchorsSeen.putIfAbsent(item.anchor(), index);
		if (previous != null) {
			report(at.appendProperty("anchor"), "\"" + item.anchor() + "\" is already the anchor of milestone "
					+ (previous + 1) + "; each milestone needs its own heading in the text");
		}
		else if (!this.body.ids().contains(item.anchor())) {
			report(at.appendProperty("anchor"), "\"" + item.anchor() + "\" is not an id in this section's text; add {#"
					+ item.anchor() + "} to the end of the heading or paragraph that tells this milestone"
					+ knownIds());
		}
		return (this.problems.size() == before) ? new Milestone(date, item.title(), this.slug, item.anchor()) : null;
	}

	private String knownIds() {
		return this.body.ids().isEmpty() ? "" : ", or use one of: " + String.join(", ", this.body.ids());
	}

	private void report(JsonPointer pointer, String message) {
		this.problems.add(this.locations.problem(pointer, message));
	}

}
