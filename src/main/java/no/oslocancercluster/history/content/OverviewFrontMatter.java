package no.oslocancercluster.history.content;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The front matter of the overview file, the text of the home page.
 *
 * @param title the home page's title
 * @param summary one sentence that sums up the history; the home page's description
 */
public record OverviewFrontMatter(
		@NotBlank(message = "is missing or empty; give the home page a title") String title,
		@NotBlank(message = "is missing or empty; write one sentence that sums up the history")
		@Size(max = 160, message = "is longer than {max} characters; shorten it to one sentence of at most {max} characters (search engines show it)") String summary) {

}
