package no.oslocancercluster.history.names;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import no.oslocancercluster.history.content.model.Edition;
import no.oslocancercluster.history.content.model.Language;
import no.oslocancercluster.history.names.Mentions.Mention;

import org.springframework.stereotype.Component;

/**
 * The mentions of every name in the current edition of each language, found once per
 * content version: the page cache asks for every name's page, and each would otherwise
 * read the whole text again.
 */
@Component
class EntityMentions {

	private final Map<Language, Found> found = new ConcurrentHashMap<>();

	/**
	 * The places of an edition's text that mention the name, in reading order.
	 */
	List<Mention> of(Edition edition, String id) {
		Found current = this.found.get(edition.language());
		if (current == null || current.edition() != edition) {
			current = new Found(edition, Mentions.of(edition));
			this.found.put(edition.language(), current);
		}
		return current.mentions().getOrDefault(id, List.of());
	}

	private record Found(Edition edition, Map<String, List<Mention>> mentions) {

	}

}
