package no.oslocancercluster.history.content.model;

import java.util.List;

/**
 * A source that a section cites, numbered in the order the section lists it.
 *
 * @param id the id editors cite it by
 * @param number its number in the section's source list, from 1
 * @param title the title of the document
 * @param publisher who published it, or {@code null}
 * @param url where to read it, or {@code null}
 * @param citations the ids of the places in the text that cite it, for links back from
 * the source list
 */
public record Source(String id, int number, String title, String publisher, String url, List<String> citations) {

	/**
	 * The id of this source's entry in the page's source list.
	 */
	public String anchor() {
		return "source-" + this.id;
	}

}
