package no.oslocancercluster.history.content.reading;

import no.oslocancercluster.history.content.frontmatter.OverviewFrontMatter;
import no.oslocancercluster.history.content.model.Language;
import no.oslocancercluster.history.content.model.Overview;
import no.oslocancercluster.history.content.model.RenderedMarkdown;
import no.oslocancercluster.history.content.model.SplitFile;

/**
 * The overview and what the link checks need to know of its file.
 *
 * @param language the language of its text
 * @param overview the overview
 * @param matter its front matter
 * @param body its rendered text, with the links it makes
 * @param source the file it came from
 */
public record ReadOverview(Language language, Overview overview, OverviewFrontMatter matter, RenderedMarkdown body,
		SplitFile source) {

}
