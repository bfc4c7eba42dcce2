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
				+ "name: {en: Kaare Norum, nb: Kaare Norum}") @Valid EntityText name,
		@NotNull(message = "is missing; write person, organisation, place or programme") @Pattern(
				regexp = "person|organisation|place|programme",
				message = "\"${validatedValue}\" is not a kind; write person, organisation, place or programme") String kind,
		@Valid EntityText description,
		@Pattern(regexp = "Q[1-9][0-9]*",
				message = "\"${validatedValue}\" is not a Wikidata id; write Q and its number, like Q42") String wikidata,
		@Pattern(regexp = "https?://\\S+",
				message = "\"${validatedValue}\" is not a web address; write it in full, starting with https://") String website) {

	/**
	 * A text in each language of the site.
	 *
	 * @param en the text in English
	 * @param nb the text in bokmål, optional: the English text stands in for it
	 */
	public record EntityText(@NotBlank(message = "is missing or empty; write it in English") String en, String nb) {

		public EntityText {
			nb = (nb != null && nb.isBlank()) ? null : nb;
		}

	}

}
