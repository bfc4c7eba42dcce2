package no.oslocancercluster.history.content.model;

import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One language's edition of one version of the history: the overview and the sections in
 * reading order, and the people, organisations, places and programmes it names. Sections
 * and names are found by address in constant time: every page asks for its own, and a
 * history may have a thousand.
 */
public final class Edition {

	private final Overview overview;

	private final List<Section> sections;

	private final Language language;

	private final List<Entity> entities;

	// Each section's place in reading order, by its address.
	private final Map<String, Integer> positions;

	private final Map<String, Section> bySlug;

	private final Map<String, Entity> entitiesById;

	/**
	 * One language's edition, with its sections and names indexed by address.
	 * @param overview the home page text
	 * @param sections the sections, put in reading order
	 * @param language the language of this edition of the site
	 * @param entities what the history names, put in order of their ids
	 */
	public Edition(Overview overview, List<Section> sections, Language language, List<Entity> entities) {
		this.overview = overview;
		this.sections = sections.stream().sorted(Comparator.comparingInt(Section::order)).toList();
		this.language = language;
		this.entities = entities.stream().sorted(Comparator.comparing(Entity::id)).toList();
		Map<String, Integer> positions = new HashMap<>();
		for (int i = 0; i < this.sections.size(); i++) {
			positions.putIfAbsent(this.sections.get(i).slug(), i);
		}
		this.positions = Map.copyOf(positions);
		Map<String, Section> bySlug = new HashMap<>();
		positions.forEach((slug, position) -> bySlug.put(slug, this.sections.get(position)));
		this.bySlug = Collections.unmodifiableMap(bySlug);
		Map<String, Entity> entitiesById = new HashMap<>();
		this.entities.forEach((entity) -> entitiesById.putIfAbsent(entity.id(), entity));
		this.entitiesById = Map.copyOf(entitiesById);
	}

	public Edition(Overview overview, List<Section> sections, Language language) {
		this(overview, sections, language, List.of());
	}

	public Edition(Overview overview, List<Section> sections) {
		this(overview, sections, Language.EN);
	}

	/**
	 * The entity at the given address ({@code kaare-norum}).
	 */
	public Optional<Entity> entity(String id) {
		return Optional.ofNullable(this.entitiesById.get(id));
	}

	public Overview overview() {
		return this.overview;
	}

	/**
	 * The sections in reading order.
	 */
	public List<Section> sections() {
		return this.sections;
	}

	/**
	 * The language of this edition of the site.
	 */
	public Language language() {
		return this.language;
	}

	/**
	 * What the history names, in order of their ids.
	 */
	public List<Entity> entities() {
		return this.entities;
	}

	/**
	 * The section at the given address.
	 */
	public Optional<Section> section(String slug) {
		return Optional.ofNullable(this.bySlug.get(slug));
	}

	/**
	 * Every section by its address.
	 */
	public Map<String, Section> sectionsBySlug() {
		return this.bySlug;
	}

	/**
	 * The section before the given one in reading order.
	 */
	public Optional<Section> previous(Section section) {
		int index = indexOf(section);
		return (index > 0) ? Optional.of(this.sections.get(index - 1)) : Optional.empty();
	}

	/**
	 * The section after the given one in reading order.
	 */
	public Optional<Section> next(Section section) {
		int index = indexOf(section);
		return (index >= 0 && index < this.sections.size() - 1) ? Optional.of(this.sections.get(index + 1))
				: Optional.empty();
	}

	// By address, not by equality: comparing whole sections (text and milestones) costs
	// more the longer the history.
	private int indexOf(Section section) {
		return this.positions.getOrDefault(section.slug(), -1);
	}

	/**
	 * This site without its draft sections, as the public sees it.
	 */
	public Edition withoutDrafts() {
		return new Edition(this.overview, this.sections.stream().filter((section) -> !section.draft()).toList(),
				this.language, this.entities);
	}

	public int milestoneCount() {
		return this.sections.stream().mapToInt((section) -> section.milestones().size()).sum();
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Edition edition && Objects.equals(this.overview, edition.overview)
				&& this.sections.equals(edition.sections) && this.language == edition.language
				&& this.entities.equals(edition.entities);
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.overview, this.sections, this.language, this.entities);
	}

	@Override
	public String toString() {
		return "Edition[language=" + this.language + ", sections=" + this.sections.size() + "]";
	}

}
