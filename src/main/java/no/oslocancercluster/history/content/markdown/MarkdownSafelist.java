package no.oslocancercluster.history.content.markdown;

import java.util.regex.Pattern;

import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Safelist;

/**
 * What the site's Markdown can produce, and no more: no script, no style, no event
 * handlers, no frames, and links only to the web, to mail, or within the site. Anything
 * else is dropped, whatever its case or entities.
 */
final class MarkdownSafelist extends Safelist {

	private static final Pattern CODE_LANGUAGE = Pattern.compile("language-\\S+");

	MarkdownSafelist() {
		addTags("h2", "h3", "h4", "h5", "h6", "p", "br", "hr", "ul", "ol", "li", "em", "strong", "del", "code", "pre",
				"blockquote", "table", "thead", "tbody", "tr", "th", "td", "a", "img", "span");
		addAttributes(":all", "id");
		addAttributes("a", "href", "title", "class");
		addAttributes("img", "src", "alt", "title");
		addAttributes("th", "align");
		addAttributes("td", "align");
		addAttributes("ol", "start");
		addAttributes("code", "class");
		addProtocols("a", "href", "http", "https", "mailto");
		addProtocols("img", "src", "https");
		preserveRelativeLinks(true);
	}

	// A code block's language as CommonMark writes it (class="language-ruby") is the one
	// class code may have: a single word after language-, so that no text takes on one
	// of the site's own classes.
	@Override
	public boolean isSafeAttribute(String tagName, Element element, Attribute attribute) {
		if (tagName.equals("code") && attribute.getKey().equals("class")
				&& !CODE_LANGUAGE.matcher(attribute.getValue()).matches()) {
			return false;
		}
		return super.isSafeAttribute(tagName, element, attribute);
	}

}
