package no.oslocancercluster.history.content.store;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import no.oslocancercluster.history.content.model.Edition;
import no.oslocancercluster.history.content.model.Editions;
import no.oslocancercluster.history.content.model.Entity;
import no.oslocancercluster.history.content.model.Language;
import no.oslocancercluster.history.content.model.Overview;
import no.oslocancercluster.history.content.model.Section;
import no.oslocancercluster.history.content.reading.ReadOverview;
import no.oslocancercluster.history.content.reading.ReadSection;
import no.oslocancercluster.history.content.store.ContentFiles.FileResult;

/**
 * The overviews and the sections that the files hold, by language, and the entities of
 * the names folder.
 *
 * @param overviews the overview of each language that has one
 * @param sections the sections of every language, in file order
 * @param entities the entities read without problems
 */
record ReadTexts(Map<Language, ReadOverview> overviews, Map<Language, List<ReadSection>> sections,
		List<Entity> entities) {

	static ReadTexts of(List<FileResult> results, List<Entity> entities) {
		Map<Language, ReadOverview> overviews = new EnumMap<>(Language.class);
		Map<Language, List<ReadSection>> sections = new EnumMap<>(Language.class);
		for (Language language : Language.values()) {
			sections.put(language, new ArrayList<>());
		}
		for (FileResult result : results) {
			if (result.overview() != null) {
				overviews.put(result.overview().language(), result.overview());
			}
			if (result.section() != null) {
				sections.get(result.section().language()).add(result.section());
			}
		}
		return new ReadTexts(overviews, sections, List.copyOf(entities));
	}

	/**
	 * The site in every language, from texts without problems.
	 */
	Editions editions() {
		Map<Language, Overview> overview = new EnumMap<>(Language.class);
		this.overviews.forEach((language, source) -> overview.put(language, source.overview()));
		Map<Language, Map<String, Section>> sections = new EnumMap<>(Language.class);
		this.sections.forEach((language, list) -> sections.put(language,
				list.stream()
					.map(ReadSection::section)
					.filter(Objects::nonNull)
					.collect(Collectors.toMap(Section::slug, Function.identity()))));
		Edition english = new Edition(overview.get(Language.EN), List.copyOf(sections.get(Language.EN).values()),
				Language.EN, this.entities);
		return Editions.of(english, overview, sections);
	}

}
