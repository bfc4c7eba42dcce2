package no.oslocancercluster.history.content.store;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import no.oslocancercluster.history.content.model.Language;
import no.oslocancercluster.history.content.reading.ReadOverview;
import no.oslocancercluster.history.content.reading.ReadSection;
import no.oslocancercluster.history.content.store.ContentFiles.FileResult;

/**
 * The overviews and the sections that the files hold, by language.
 *
 * @param overviews the overview of each language that has one
 * @param sections the sections of every language, in file order
 */
record ReadTexts(Map<Language, ReadOverview> overviews, Map<Language, List<ReadSection>> sections) {

	static ReadTexts of(List<FileResult> results) {
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
		return new ReadTexts(overviews, sections);
	}

}
