package no.oslocancercluster.history.content.model;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * Facts about the organisation that search engines read as structured data, kept in the
 * home page's front matter.
 *
 * @param name the organisation's name
 * @param foundingDate the year it was founded
 * @param founders who founded it
 * @param location where it is
 * @param awards the awards it has received, with their years
 */
public record Organization(@NotBlank(message = "is missing; give the organisation's name") String name,
		@NotBlank(message = "is missing; give the year the organisation was founded, like \"2006\"") @Pattern(
				regexp = "\\d{4}",
				message = "\"${validatedValue}\" is not a year; write it like \"2006\"") String foundingDate,
		@NotNull(message = "is missing; list the founders, each with a name") List<@NotNull @Valid Person> founders,
		@NotBlank(message = "is missing; give the place, like Oslo") String location, @NotNull(
				message = "is missing; list the awards, each with a name and a year, or write awards: []") List<@NotNull @Valid Award> awards) {

	/**
	 * A founder.
	 *
	 * @param name the person's name
	 * @param description what the person was at the time, optional
	 */
	public record Person(@NotBlank(message = "is missing; give the founder's name") String name, String description) {

	}

	/**
	 * An award.
	 *
	 * @param name the award, as the history names it
	 * @param year the year it was received
	 */
	public record Award(@NotBlank(message = "is missing; give the award's name") String name,
			@NotBlank(message = "is missing; give the year of the award, like \"2019\"") @Pattern(regexp = "\\d{4}",
					message = "\"${validatedValue}\" is not a year; write it like \"2019\"") String year) {

	}

}
