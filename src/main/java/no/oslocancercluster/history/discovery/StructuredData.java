package no.oslocancercluster.history.discovery;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import no.oslocancercluster.history.SiteProperties;
import no.oslocancercluster.history.content.model.Edition;
import no.oslocancercluster.history.content.model.Entity;
import no.oslocancercluster.history.content.model.Language;
import no.oslocancercluster.history.content.model.Milestone;
import no.oslocancercluster.history.content.model.Organization;
import no.oslocancercluster.history.timeline.Timeline;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * Structured data (schema.org as JSON-LD) made from the content: the organisation on the
 * overview, the events on the timeline, each name on its page.
 */
@Component
public class StructuredData {

	private final JsonMapper json = JsonMapper.builder().build();

	private final SiteProperties properties;

	StructuredData(SiteProperties properties) {
		this.properties = properties;
	}

	/**
	 * The organisation as JSON-LD, or {@code null} when the overview does not describe
	 * it.
	 */
	public String organization(Edition edition) {
		Organization organization = edition.overview().organization();
		if (organization == null) {
			return null;
		}
		Map<String, Object> data = type("Organization");
		data.put("name", organization.name());
		data.put("url", this.properties.absolute("/"));
		data.put("description", edition.overview().summary());
		data.put("foundingDate", organization.foundingDate());
		data.put("founder", organization.founders().stream().map(StructuredData::person).toList());
		// In this order on every start: Map.of's order changes from one JVM to the next,
		// and with it the page's bytes.
		Map<String, Object> location = new LinkedHashMap<>();
		location.put("@type", "Place");
		location.put("name", organization.location());
		data.put("location", location);
		data.put("award",
				organization.awards().stream().map((award) -> award.name() + " (" + award.year() + ")").toList());
		return write(data);
	}

	/**
	 * The timeline's events as a JSON-LD item list.
	 */
	public String timeline(Timeline timeline) {
		List<Milestone> milestones = timeline.years().stream().flatMap((year) -> year.milestones().stream()).toList();
		Map<String, Object> data = type("ItemList");
		data.put("name", "Timeline of Oslo Cancer Cluster");
		data.put("numberOfItems", milestones.size());
		data.put("itemListElement",
				IntStream.range(0, milestones.size()).mapToObj((i) -> item(milestones.get(i), i + 1)).toList());
		return write(data);
	}

	/**
	 * A name of the history as JSON-LD: a {@code Person}, an {@code Organization}, a
	 * {@code Place}, or for a programme a plain {@code Thing}, as schema.org has no type
	 * for a public programme that would not say more than the history does.
	 */
	public String entity(Entity entity, Language language) {
		Map<String, Object> data = type(switch (entity.kind()) {
			case PERSON -> "Person";
			case ORGANISATION -> "Organization";
			case PLACE -> "Place";
			case PROGRAMME -> "Thing";
		});
		data.put("name", entity.name(language));
		if (entity.description(language) != null) {
			data.put("description", entity.description(language));
		}
		if (entity.website() != null) {
			data.put("url", entity.website());
		}
		if (entity.wikidata() != null) {
			data.put("sameAs", List.of("https://www.wikidata.org/entity/" + entity.wikidata()));
		}
		data.put("mainEntityOfPage", this.properties.absolute(entity.href(language)));
		return write(data);
	}

	private Map<String, Object> item(Milestone milestone, int position) {
		Map<String, Object> event = type("Event");
		event.remove("@context");
		event.put("name", milestone.title());
		event.put("startDate", milestone.date().iso());
		event.put("url", this.properties.absolute(milestone.href()));
		Map<String, Object> item = type("ListItem");
		item.remove("@context");
		item.put("position", position);
		item.put("item", event);
		return item;
	}

	private static Map<String, Object> person(Organization.Person founder) {
		Map<String, Object> person = new LinkedHashMap<>();
		person.put("@type", "Person");
		person.put("name", founder.name());
		if (founder.description() != null) {
			person.put("description", founder.description());
		}
		return person;
	}

	private static Map<String, Object> type(String type) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("@context", "https://schema.org");
		data.put("@type", type);
		return data;
	}

	// Inside <script>, "</" would end the element early; JSON allows "<\/" for the same
	// text.
	private String write(Map<String, Object> data) {
		return this.json.writeValueAsString(data).replace("</", "<\\/");
	}

}
