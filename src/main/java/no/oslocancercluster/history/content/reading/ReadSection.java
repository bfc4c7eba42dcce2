package no.oslocancercluster.history.content.reading;

import no.oslocancercluster.history.content.frontmatter.SectionFrontMatter;
import no.oslocancercluster.history.content.frontmatter.YamlLocations;
import no.oslocancercluster.history.content.model.Language;
import no.oslocancercluster.history.content.model.RenderedMarkdown;
import no.oslocancercluster.history.content.model.Section;
import no.oslocancercluster.history.content.model.SplitFile;

/**
 * A section and what the checks across files need to know of its file.
 *
 * @param language the language of its text
 * @param slug the section's address, from its file name
 * @param section the section, or {@code null} when its file has problems
 * @param matter its front matter, or {@code null} when it cannot be read
 * @param order its position in the reading order, or {@code null} when its front matter
 * cannot be read
 * @param locations where its front matter keys are, or {@code null} when the YAML does
 * not parse
 * @param body its rendered text, with the links it makes
 * @param source the file it came from
 */
public record ReadSection(Language language, String slug, Section section, SectionFrontMatter matter, Integer order,
		YamlLocations locations, RenderedMarkdown body, SplitFile source) {

	public boolean draft() {
		return this.section != null && this.section.draft();
	}

}
