package no.oslocancercluster.history.content.checks;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import no.oslocancercluster.history.content.frontmatter.MilestoneFrontMatter;
import no.oslocancercluster.history.content.frontmatter.SectionFrontMatter;
import no.oslocancercluster.history.content.frontmatter.SourceFrontMatter;
import no.oslocancercluster.history.content.model.ContentProblem;
import no.oslocancercluster.history.content.model.Language;
import no.oslocancercluster.history.content.reading.ReadSection;
import tools.jackson.core.JsonPointer;

/**
 * A translation tells the same history as its English original: the same milestones (by
 * anchor, with the same dates), the same sources (by id) and the same place in the
 * reading order. Only the words differ.
 */
public final class TranslationChecks {

	private TranslationChecks() {
	}

	public static void check(Map<Language, List<ReadSection>> sections, List<ContentProblem> problems) {
		Map<String, ReadSection> originals = new HashMap<>();
		sections.getOrDefault(Language.EN, List.of()).forEach((source) -> originals.put(source.slug(), source));
		sections.forEach((language, list) -> {
			if (language == Language.EN) {
				return;
			}
			for (ReadSection translation : list) {
				ReadSection original = originals.get(translation.slug());
				if (original == null) {
					String name = language.fileName(translation.slug());
					problems.add(new ContentProblem(translation.source().path(), 1, 1, "file name",
							"\"" + name + "\" translates " + Language.EN.fileName(translation.slug())
									+ ", which does not exist; give the translation the name of its English original"));
				}
				else if (original.matter() != null && translation.matter() != null) {
					new Pair(original, translation, problems).check();
				}
			}
		});
	}

	private record Pair(ReadSection original, ReadSection translation, List<ContentProblem> problems) {

		private static final JsonPointer MILESTONES = JsonPointer.empty().appendProperty("milestones");

		private static final JsonPointer SOURCES = JsonPointer.empty().appendProperty("sources");

		public void check() {
			String file = Language.EN.fileName(this.original.slug());
			SectionFrontMatter from = this.original.matter();
			SectionFrontMatter to = this.translation.matter();
			if (!Objects.equals(from.order(), to.order())) {
				report(JsonPointer.empty().appendProperty("order"), to.order() + " is not the place of " + file + " ("
						+ from.order() + "); a translation keeps its original's place in the reading order");
			}
			checkMilestones(file, from.milestones(), to.milestones());
			checkSources(file, from.sources(), to.sources());
		}

		private void checkMilestones(String file, List<MilestoneFrontMatter> from, List<MilestoneFrontMatter> to) {
			Map<String, MilestoneFrontMatter> originals = new HashMap<>();
			from.stream().filter(Objects::nonNull).forEach((item) -> originals.putIfAbsent(item.anchor(), item));
			for (int i = 0; i < to.size(); i++) {
				if (to.get(i) != null) {
					checkMilestone(file, to.get(i), originals.get(to.get(i).anchor()), MILESTONES.appendIndex(i));
				}
			}
			Set<String> translated = to.stream()
				.filter(Objects::nonNull)
				.map(MilestoneFrontMatter::anchor)
				.collect(Collectors.toSet());
			for (MilestoneFrontMatter item : from) {
				if (item != null && !translated.contains(item.anchor())) {
					report(MILESTONES, file + " has the milestone \"" + item.title() + "\" (anchor: " + item.anchor()
							+ "), which this translation lacks; add it with the same date and anchor");
				}
			}
		}

		// A milestone of the translation against the original's with its anchor, if any.
		private void checkMilestone(String file, MilestoneFrontMatter item, MilestoneFrontMatter original,
				JsonPointer at) {
			if (original == null) {
				report(at.appendProperty("anchor"), "\"" + item.anchor() + "\" is not the anchor of a milestone in "
						+ file + "; a translation has the same milestones as its original, with the same anchors");
			}
			else if (!Objects.equals(original.date(), item.date())
					|| !Objects.equals(original.qualifier(), item.qualifier())) {
				report(at.appendProperty("date"), "\"" + when(item) + "\" is not the date of this milestone in " + file
						+ " (\"" + when(original) + "\"); a translation keeps its original's dates");
			}
		}

		private void checkSources(String file, List<SourceFrontMatter> from, List<SourceFrontMatter> to) {
			Set<String> originals = ids(from);
			for (int i = 0; i < to.size(); i++) {
				SourceFrontMatter item = to.get(i);
				if (item != null && !originals.contains(item.id())) {
					report(SOURCES.appendIndex(i).appendProperty("id"),
							"\"" + item.id() + "\" is not the id of a " + "source in " + file
									+ "; a translation cites the same sources as its original, with the same ids");
				}
			}
			Set<String> translated = ids(to);
			for (SourceFrontMatter item : from) {
				if (item != null && !translated.contains(item.id())) {
					report(SOURCES, file + " cites the source \"" + item.id()
							+ "\", which this translation lacks; add it with the same id");
				}
			}
		}

		private static Set<String> ids(List<SourceFrontMatter> sources) {
			return sources.stream().filter(Objects::nonNull).map(SourceFrontMatter::id).collect(Collectors.toSet());
		}

		private static String when(MilestoneFrontMatter item) {
			return (item.qualifier() != null) ? item.qualifier() + " " + item.date() : item.date();
		}

		private void report(JsonPointer at, String message) {
			this.problems.add(this.translation.locations().problem(at, message));
		}

	}

}
