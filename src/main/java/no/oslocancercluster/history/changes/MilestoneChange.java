package no.oslocancercluster.history.changes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import no.oslocancercluster.history.content.model.Edition;
import no.oslocancercluster.history.content.model.Milestone;
import no.oslocancercluster.history.timeline.Timeline;

/**
 * A milestone of the timeline added, removed, re-dated, renamed or moved to another place
 * in the story.
 *
 * @param kind what happened to it
 * @param before the milestone as it was, or {@code null} when it was added
 * @param after the milestone as it is now, or {@code null} when it was removed
 */
record MilestoneChange(Kind kind, Told before, Told after) {

	/**
	 * The changes between the timelines of two editions, in the order of the new timeline
	 * (removed milestones last). A milestone is the same when it keeps its section and
	 * anchor; one that leaves a place and turns up under the same title in another has
	 * moved.
	 */
	static List<MilestoneChange> between(Edition before, Edition after) {
		Map<String, Told> old = byId(before);
		Map<String, Told> now = byId(after);
		Map<String, Told> gone = new LinkedHashMap<>(old);
		now.keySet().forEach(gone::remove);
		List<MilestoneChange> changes = new ArrayList<>();
		for (Told told : now.values()) {
			Told was = old.get(told.milestone().id());
			Kind kind = (was != null) ? kind(was.milestone(), told.milestone()) : null;
			if (was == null) {
				Told moved = takeByTitle(gone, told.milestone().title());
				changes.add(new MilestoneChange((moved != null) ? Kind.MOVED : Kind.ADDED, moved, told));
			}
			else if (kind != null) {
				changes.add(new MilestoneChange(kind, was, told));
			}
		}
		gone.values().forEach((told) -> changes.add(new MilestoneChange(Kind.REMOVED, told, null)));
		return List.copyOf(changes);
	}

	private static Kind kind(Milestone was, Milestone is) {
		if (!was.date().equals(is.date())) {
			return Kind.REDATED;
		}
		return was.title().equals(is.title()) ? null : Kind.RENAMED;
	}

	private static Told takeByTitle(Map<String, Told> milestones, String title) {
		for (Told told : milestones.values()) {
			if (Objects.equals(told.milestone().title(), title)) {
				return milestones.remove(told.milestone().id());
			}
		}
		return null;
	}

	// As the edition's timeline shows them: where a translation is missing, the English
	// milestones.
	private static Map<String, Told> byId(Edition edition) {
		Map<String, String> files = new HashMap<>();
		edition.sections().forEach((section) -> files.put(section.slug(), section.file()));
		Map<String, Told> milestones = new LinkedHashMap<>();
		Timeline.of(edition)
			.years()
			.stream()
			.flatMap((year) -> year.milestones().stream())
			.forEach(
					(milestone) -> milestones.put(milestone.id(), new Told(milestone, files.get(milestone.section()))));
		return milestones;
	}

	/**
	 * What happened to a milestone.
	 */
	enum Kind {

		ADDED, REMOVED, REDATED, RENAMED, MOVED

	}

	/**
	 * A milestone and the file whose text tells it.
	 *
	 * @param milestone the milestone
	 * @param file the content file: {@code awards.nb.md}, or {@code awards.md} where the
	 * translation is missing
	 */
	record Told(Milestone milestone, String file) {

	}

}
