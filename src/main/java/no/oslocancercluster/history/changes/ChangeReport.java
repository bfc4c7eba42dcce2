package no.oslocancercluster.history.changes;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import no.oslocancercluster.history.content.model.ContentProblem;
import no.oslocancercluster.history.content.model.Editions;
import no.oslocancercluster.history.content.model.Language;

/**
 * What a change to the content does for visitors of the published site.
 *
 * @param added the pages added
 * @param removed the pages removed
 * @param changed the pages whose text changed, in their own language
 * @param timeline the milestones that changed, per language
 * @param translations the translations added, removed, missing or left behind
 * @param problems what the check finds in the changed content
 * @param compared whether both versions could be read; with problems they cannot
 */
record ChangeReport(List<PageText> added, List<PageText> removed, List<PageChange> changed,
		Map<Language, List<MilestoneChange>> timeline, List<TranslationNote> translations,
		List<ContentProblem> problems, boolean compared) {

	/**
	 * The report of content that has problems: only the problems, since its pages cannot
	 * be made.
	 */
	static ChangeReport ofProblems(List<ContentProblem> problems) {
		return new ChangeReport(List.of(), List.of(), List.of(), Map.of(), List.of(), problems, false);
	}

	/**
	 * Compares the published editions before and after.
	 */
	static ChangeReport between(Editions before, Editions after) {
		Editions published = before.withoutDrafts();
		Editions publishing = after.withoutDrafts();
		Map<String, PageText> old = PageText.of(published);
		Map<String, PageText> now = PageText.of(publishing);
		List<PageText> added = now.values().stream().filter((page) -> !old.containsKey(page.path())).toList();
		List<PageText> removed = old.values().stream().filter((page) -> !now.containsKey(page.path())).toList();
		List<PageChange> changed = new ArrayList<>();
		for (PageText page : now.values()) {
			PageText was = old.get(page.path());
			if (was != null && page.translated() && was.translated() && !was.blocks().equals(page.blocks())) {
				changed.add(PageChange.of(was, page));
			}
		}
		return new ChangeReport(added, removed, List.copyOf(changed), timeline(published, publishing),
				TranslationNote.between(old, now), List.of(), true);
	}

	private static Map<Language, List<MilestoneChange>> timeline(Editions before, Editions after) {
		Map<Language, List<MilestoneChange>> timeline = new EnumMap<>(Language.class);
		for (Language language : Language.values()) {
			List<MilestoneChange> changes = MilestoneChange.between(before.get(language), after.get(language));
			if (!changes.isEmpty()) {
				timeline.put(language, changes);
			}
		}
		return timeline;
	}

	boolean visible() {
		return !this.added.isEmpty() || !this.removed.isEmpty() || !this.changed.isEmpty() || !this.timeline.isEmpty()
				|| !this.translations.isEmpty();
	}

}
