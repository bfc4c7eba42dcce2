package no.oslocancercluster.history.names;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import no.oslocancercluster.history.content.model.Edition;
import no.oslocancercluster.history.content.model.Milestone;
import no.oslocancercluster.history.content.model.Section;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;

/**
 * Where an edition's text mentions each name: every link to a name's page, in reading
 * order (the overview, then the sections), at the heading or paragraph it is under.
 */
final class Mentions {

	private static final Pattern LINK = Pattern.compile("(?:/[a-z]{2})?/names/([a-z0-9]+(?:-[a-z0-9]+)*)");

	private static final Evaluator HEADINGS_AND_LINKS = Selector
		.evaluatorOf("h2[id], h3[id], h4[id], h5[id], h6[id], a[href]");

	private Mentions() {
	}

	/**
	 * The mentions of each name by its id, each page once per place.
	 */
	static Map<String, List<Mention>> of(Edition edition) {
		Map<String, List<Mention>> mentions = new LinkedHashMap<>();
		find(null, edition.overview().html(), mentions);
		for (Section section : edition.sections()) {
			find(section, section.html(), mentions);
		}
		return mentions;
	}

	// The text is the checked HTML the renderer made: headings with their ids, links as
	// written.
	private static void find(Section section, String html, Map<String, List<Mention>> mentions) {
		if (!html.contains("/names/")) {
			return;
		}
		Element heading = null;
		for (Element element : Jsoup.parseBodyFragment(html).body().select(HEADINGS_AND_LINKS)) {
			if (!element.tagName().equals("a")) {
				heading = element;
				continue;
			}
			Matcher link = LINK.matcher(element.attr("href"));
			if (link.matches()) {
				Mention mention = mention(section, element, heading);
				List<Mention> found = mentions.computeIfAbsent(link.group(1), (id) -> new ArrayList<>());
				if (found.stream().noneMatch(mention::samePlace)) {
					found.add(mention);
				}
			}
		}
	}

	// At the paragraph's own id where it has one, otherwise at the heading it is under.
	private static Mention mention(Section section, Element link, Element heading) {
		Element place = link.parent();
		while (place != null && place.id().isEmpty() && !place.tagName().equals("body")) {
			place = place.parent();
		}
		String id = (place != null && !place.id().isEmpty()) ? place.id() : (heading != null) ? heading.id() : null;
		String text = (heading != null) ? heading.text() : null;
		return new Mention(section, id, text, milestone(section, id));
	}

	private static Milestone milestone(Section section, String id) {
		if (section == null || id == null) {
			return null;
		}
		return section.milestones()
			.stream()
			.filter((milestone) -> milestone.anchor().equals(id))
			.findFirst()
			.orElse(null);
	}

	/**
	 * A place in the text that mentions a name.
	 *
	 * @param section the section, or {@code null} for the overview
	 * @param place the id of the heading or paragraph it is in, or {@code null} when it
	 * comes before the first heading
	 * @param heading the text of the heading it is under, or {@code null}
	 * @param milestone the milestone that place tells, or {@code null}
	 */
	record Mention(Section section, String place, String heading, Milestone milestone) {

		// Sections compared by address, not by their whole text.
		boolean samePlace(Mention other) {
			return Objects.equals(slug(), other.slug()) && Objects.equals(this.place, other.place);
		}

		private String slug() {
			return (this.section != null) ? this.section.slug() : null;
		}

	}

}
