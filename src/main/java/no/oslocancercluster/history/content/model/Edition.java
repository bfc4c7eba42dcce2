package no.oslocancercluster.history.content.model;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One language's edition of one version of the history: the overview and the sections in
 * reading order, and the people, organisations, places and programmes it names.
 *
 * @param overview the home page text
 * @param sections the sections in reading order
 * @param language the language of this edition of the site
 * @param entities what the history names, by id
 */
public record Edition(Overview overview, List<Section> sections, Language language, List<Entity> entities) {

	public Edition {
		sections = sections.stream().sorted(Comparator.comparingInt(Section::order)).toList();
		entities = entities.stream().sorted(Comparator.comparing(Entity::id)).toList();
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
		return this.entities.stream().filter((entity) -> entity.id().equals(id)).findFirst();
	}

	/**
	 * The section at the given address; for many lookups, {@link #sectionsBySlug()} once
	 * instead.
	 */
	public Optional<Section> section(String slug) {
		return this.sections.stream().filter((section) -> section.slug().equals(slug)).findFirst();
	}

	/**
	 * Every section by its address.
	 */
	public Map<String, Section> sectionsBySlug() {
		return this.sections.stream().collect(Collectors.toUnmodifiableMap(Section::slug, Function.identity()));
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
		for (int i = 0; i < this.sections.size(); i++) {
			if (this.sections.get(i).slug().equals(section.slug())) {
				return i;
			}
		}
		return -1;
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

}
