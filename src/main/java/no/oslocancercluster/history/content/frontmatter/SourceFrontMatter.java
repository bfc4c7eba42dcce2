package no.oslocancercluster.history.content.frontmatter;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/**
 * A source that a section cites, as an editor lists it in the front matter.
 *
 * @param id a short name to cite it by, in the text as {@code [@id]} and in a milestone
 * as {@code source: id}
 * @param title the title of the document, article or page
 * @param publisher who published it, optional
 * @param url where to read it, optional
 */
public record SourceFrontMatter(
		@NotBlank(message = "is missing; give the source a short id to cite it by, like ecei-2019") @Pattern(
				regexp = "[a-z0-9]+(-[a-z0-9]+)*",
				message = "\"${validatedValue}\" is not an id; use lowercase letters, digits and hyphens, like ecei-2019") String id,
		@NotBlank(message = "is missing or empty; give the title of the source") String title, String publisher,
		@Pattern(regexp = "https?://\\S+",
				message = "\"${validatedValue}\" is not a web address; write it in full, starting with https://") String url) {

}
