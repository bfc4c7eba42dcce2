package no.oslocancercluster.history.content;

/**
 * The introduction shown on the home page.
 *
 * @param title the home page's title
 * @param summary one sentence that sums up the history
 * @param html the rendered text
 */
public record Overview(String title, String summary, String html) {

}
