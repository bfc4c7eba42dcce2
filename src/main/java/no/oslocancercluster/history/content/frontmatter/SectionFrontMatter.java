package no.oslocancercluster.history.content.frontmatter;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/**
 * The front matter of a section file, as an editor writes it.
 *
 * @param title the page title
 * @param summary one sentence that sums up the section; the page's description
 * @param order the section's position in the reading order, from 1
 * @param milestones the dated events the section tells
 * @param sources the documents the section cites, numbered in this order on the page
 * @param draft {@code true} to keep the section off the public site while it is written
 * @param updated the day the text was last changed, when the repository's history cannot
 * tell
 */
public record SectionFrontMatter(@NotBlank(message = "is missing or empty; give the section a title") String title,
		@NotBlank(message = "is missing or empty; write one sentence that sums up the section") @Size(max = 160,
				message = "is longer than {max} characters; shorten it to one sentence of at most {max} characters (search engines show it)") String summary,
		@NotNull(message = "is missing; give the section's position in the reading order (1 for the first)") @Positive(
				message = "must be 1 or more; it is the section's position in the reading order") Integer order,
		@NotNull(
				message = "is missing; list the section's milestones, or write milestones: [] if it has none") List<@NotNull(
						message = "is empty; give the milestone a date, a title and an anchor") @Valid MilestoneFrontMatter> milestones,
		List<@NotNull(message = "is empty; give the source an id and a title") @Valid SourceFrontMatter> sources,
		Boolean draft, @HistoricalDateText(day = true,
				message = "\"${validatedValue}\" is not a day; write it as 2024-05-31") String updated) {

	public SectionFrontMatter {
		sources = (sources != null) ? sources : List.of();
	}

}
