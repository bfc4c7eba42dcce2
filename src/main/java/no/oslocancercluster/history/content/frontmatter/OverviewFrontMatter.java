package no.oslocancercluster.history.content.frontmatter;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import no.oslocancercluster.history.content.model.Organization;

/**
 * The front matter of the overview file, the text of the home page.
 *
 * @param title the home page's title
 * @param summary one sentence that sums up the history; the home page's description
 * @param updated the day the text was last changed, when the repository's history cannot
 * tell
 * @param organization facts about the organisation for search engines, optional
 */
public record OverviewFrontMatter(@NotBlank(message = "is missing or empty; give the home page a title") String title,
		@NotBlank(message = "is missing or empty; write one sentence that sums up the history") @Size(max = 160,
				message = "is longer than {max} characters; shorten it to one sentence of at most {max} characters (search engines show it)") String summary,
		@HistoricalDateText(day = true,
				message = "\"${validatedValue}\" is not a day; write it as 2024-05-31") String updated,
		@Valid Organization organization) {

}
