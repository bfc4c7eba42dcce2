package no.oslocancercluster.history.content.markdown;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/**
 * Citations in a rendered body: each {@code [@id]} of a known source outside code becomes
 * a numbered link to the page's source list, with an id of its own that the source list
 * links back to.
 */
final class Citations {

	static final Pattern PATTERN = Pattern.compile("\\[@([^\\]\\s]+)\\]");

	private final Map<String, Integer> sourceNumbers;

	// The ids of the places that cite each source, by the source's id, in the order of
	// the text.
	private final Map<String, List<String>> places = new LinkedHashMap<>();

	private Citations(Map<String, Integer> sourceNumbers) {
		this.sourceNumbers = sourceNumbers;
	}

	/**
	 * Links the citations of the given sources in the body; returns the places that cite
	 * each source.
	 */
	static Map<String, List<String>> cite(Element body, Map<String, Integer> sourceNumbers) {
		Citations citations = new Citations(sourceNumbers);
		for (TextNode text : textNodes(body)) {
			Matcher matcher = PATTERN.matcher(text.getWholeText());
			if (matcher.find() && (text.parent() == null || text.parent().closest("code") == null)) {
				citations.replace(text, matcher.reset());
			}
		}
		return citations.places;
	}

	private void replace(TextNode text, Matcher matcher) {
		Element replacement = new Element("span");
		int last = 0;
		while (matcher.find()) {
			replacement.appendText(text.getWholeText().substring(last, matcher.start()));
			Integer number = this.sourceNumbers.get(matcher.group(1));
			if (number == null) {
				replacement.appendText(matcher.group());
			}
			else {
				link(replacement, matcher.group(1), number);
			}
			last = matcher.end();
		}
		replacement.appendText(text.getWholeText().substring(last));
		text.before(replacement);
		replacement.unwrap();
		text.remove();
	}

	private void link(Element replacement, String id, int number) {
		List<String> cited = this.places.computeIfAbsent(id, (key) -> new ArrayList<>());
		String place = "cite-" + id + "-" + (cited.size() + 1);
		cited.add(place);
		Element link = replacement.appendElement("sup").addClass("citation").appendElement("a");
		link.attr("id", place).attr("href", "#source-" + id);
		link.appendElement("span").addClass("visually-hidden").text("source ");
		link.appendText(Integer.toString(number));
	}

	private static List<TextNode> textNodes(Element root) {
		List<TextNode> nodes = new ArrayList<>();
		root.traverse((node, depth) -> {
			if (node instanceof TextNode text) {
				nodes.add(text);
			}
		});
		return nodes;
	}

}
