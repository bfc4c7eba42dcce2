package no.oslocancercluster.history.changes;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import no.oslocancercluster.history.content.model.HistoricalDate;
import no.oslocancercluster.history.content.model.Language;
import no.oslocancercluster.history.content.model.Milestone;

/**
 * The timeline's part of a change report: per language, each milestone added, removed,
 * re-dated, renamed or moved, with its date as the front matter writes it.
 */
final class TimelineMarkdown {

	private TimelineMarkdown() {
	}

	static void write(Map<Language, List<MilestoneChange>> timeline, ReportMarkdown.Links links, StringBuilder out) {
		timeline.forEach((language, changes) -> {
			out.append("\n### Timeline (").append(ReportMarkdown.name(language)).append(")\n\n");
			changes.forEach((change) -> out.append("- ").append(line(change, links)).append('\n'));
		});
	}

	private static String line(MilestoneChange change, ReportMarkdown.Links links) {
		Milestone before = (change.before() != null) ? change.before().milestone() : null;
		Milestone after = (change.after() != null) ? change.after().milestone() : null;
		return switch (change.kind()) {
			case ADDED ->
				"Added: " + date(after) + ", " + links.to(after.title(), after.href()) + " in " + file(change.after());
			case REMOVED -> "Removed: " + date(before) + ", " + Markdown.escape(before.title()) + ", was in "
					+ file(change.before());
			case REDATED ->
				"Re-dated: " + links.to(after.title(), after.href()) + ", " + date(before) + " → " + date(after);
			case RENAMED -> "Renamed: " + date(after) + ", " + Markdown.escape(before.title()) + " → "
					+ links.to(after.title(), after.href());
			case MOVED -> "Moved: " + links.to(after.title(), after.href()) + ", from " + file(change.before()) + " to "
					+ file(change.after());
		};
	}

	// As an editor writes it: 2019-12-05, or 2021 (beginning).
	private static String date(Milestone milestone) {
		HistoricalDate date = milestone.date();
		String qualifier = (date.qualifier() != null) ? " (" + date.qualifier().name().toLowerCase(Locale.ROOT) + ")"
				: "";
		return "`" + date.iso() + "`" + qualifier;
	}

	private static String file(MilestoneChange.Told told) {
		return "`" + told.file() + "`";
	}

}
