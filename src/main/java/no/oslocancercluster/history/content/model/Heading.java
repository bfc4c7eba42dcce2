package no.oslocancercluster.history.content.model;

/**
 * A subheading of a section, for its table of contents and as a place milestones can
 * point to.
 *
 * @param level 2 for {@code ##}, 3 for {@code ###} and so on
 * @param id the heading's id, the fragment of its permalink
 * @param text the heading's text
 */
public record Heading(int level, String id, String text) {

}
