package no.oslocancercluster.history.content.frontmatter;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * One milestone in a section's front matter, as an editor writes it.
 *
 * @param date the date at the precision the history gives: {@code 2006}, {@code 2015-05}
 * or {@code 2019-12-05}
 * @param qualifier optional words for a year: {@code beginning}, {@code middle} or
 * {@code end}
 * @param title a short title for the timeline
 * @param anchor the id of the heading in the section that tells this milestone
 * @param source the id of the section's source that backs this milestone, optional
 */
public record MilestoneFrontMatter(@NotBlank(
		message = "is missing; write the date as a year (2006), a month (2015-05) or a day (2019-12-05)") @HistoricalDateText String date,
		@Pattern(regexp = "beginning|middle|end",
				message = "\"${validatedValue}\" is not a qualifier; write beginning, middle or end") String qualifier,
		@NotBlank(message = "is missing or empty; give the milestone a short title") @Size(max = 100,
				message = "is longer than {max} characters; a milestone title should be short") String title,
		@NotBlank(message = "is missing; write the id of the heading that tells this milestone") @Pattern(
				regexp = "[a-z0-9]+(-[a-z0-9]+)*",
				message = "\"${validatedValue}\" is not an id; use lowercase letters, digits and hyphens, like gold-label") String anchor,
		String source) {

}
