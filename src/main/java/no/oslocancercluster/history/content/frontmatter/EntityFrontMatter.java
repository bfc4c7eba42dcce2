package no.oslocancercluster.history.content.frontmatter;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * The front matter of a name's file in {@code content/names/}, as an editor writes it.
 *
 * @param name what the history calls it, in English and, where it differs or is
 * translated, in bokmål
 * @param kind person, organisation, place or programme
 * @param description a few words about it, taken from the history's own text, optional
 * @param wikidata its Wikidata id, such as Q42, optional
 * @param website its official web address, optional
 */
public record EntityFrontMatter(
		@NotNull(message = "is missing; give the name in English, and in bokmål if you can: "
				+ "name: {en: Kaare Norum, nb: Kaare Norum}") @Valid EntityName name,
		@NotNull(message = "is missing; write person, organisation, place or programme") @Pattern(
				regexp = "person|organisation|place|programme",
				message = "\"${validatedValue}\" is not a kind; write person, organisation, place or programme") String kind,
		@Valid EntityDescription description,
		@Pattern(regexp = "Q[1-9][0-9]*",
				message = "\"${validatedValue}\" is not a Wikidata id; write Q and its number, like Q42") String wikidata,
		@Pattern(regexp = "https?://\\S+",
				message = "\"${validatedValue}\" is not a web address; write it in full, starting with https://") String website) {

	/**
	 * A name in each language of the site.
	 *
	 * @param en the name in English
	 * @param nb the name in bokmål, optional: the English name stands in for it
	 */
	public record EntityName(@NotBlank(message = "is missing or empty; write the name in English") String en,
			String nb) {

		public EntityName {
			nb = (nb != null && nb.isBlank()) ? null : nb;
		}

	}

	/**
	 * A description in each language of the site, in the history's own words.
	 *
	 * @param en the description in English, as the history's text has it
	 * @param nb the description in bokmål, as the bokmål text has it, optional: the
	 * English description stands in for it
	 */
	public record EntityDescription(@NotBlank(
			message = "is missing or empty; write the description in English, in the words of the history") String en,
			String nb) {

		public EntityDescription {
			nb = (nb != null && nb.isBlank()) ? null : nb;
		}

	}

}
