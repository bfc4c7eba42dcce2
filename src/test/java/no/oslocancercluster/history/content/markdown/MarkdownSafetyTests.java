package no.oslocancercluster.history.content.markdown;

import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whatever Flexmark lets through (flexmark-java #672, #675), the rendered HTML has no
 * live script link, no script and no event handler: the sanitiser's allow-list stands
 * behind the content check.
 */
class MarkdownSafetyTests {

	private final MarkdownRenderer renderer = new MarkdownRenderer();

	@ParameterizedTest
	@ValueSource(strings = { "javascript:alert(1)", "JAVASCRIPT:alert(1)", "java&#115;cript:alert(1)",
			"jav&#x09;ascript:alert(1)", "&#106;avascript:alert(1)", " javascript:alert(1)", "vbscript:msgbox(1)",
			"VBScript:msgbox(1)", "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
			"DATA:text/html,<script>alert(1)</script>", "file:///etc/passwd", "<javascript:alert(1)>" })
	void neverMakesALiveLinkOrPictureFromAScheme(String url) {
		String html = render("[click](" + url + ") and ![picture](" + url + ")\n\n[ref]\n\n[ref]: " + url + "\n");
		for (Element element : Jsoup.parseBodyFragment(html).select("[href], [src]")) {
			String target = element.hasAttr("href") ? element.attr("href") : element.attr("src");
			assertThat(target.toLowerCase().replaceAll("\\s", "")).as(html)
				.doesNotStartWith("javascript:")
				.doesNotStartWith("vbscript:")
				.doesNotStartWith("data:")
				.doesNotStartWith("file:");
		}
	}

	@Test
	void keepsWhatTheSitesMarkdownNeeds() {
		String html = render("## Heading {#heading}\n\nA [section](/awards#gold), [the web](https://example.org), "
				+ "[mail](mailto:editor@example.org), [here](#heading) and ![a picture](images/park.jpg).\n");
		assertThat(html).contains("<h2 id=\"heading\"><a href=\"#heading\" class=\"permalink\">Heading</a></h2>")
			.contains("<a href=\"/awards#gold\">section</a>")
			.contains("<a href=\"https://example.org\">the web</a>")
			.contains("<a href=\"mailto:editor@example.org\">mail</a>")
			.contains("<a href=\"#heading\">here</a>")
			.contains("<img src=\"/images/park.jpg\" alt=\"a picture\">");
	}

	@Test
	void dropsAttributesAndElementsOutsideTheAllowList() {
		String html = render("Text {onclick=\"alert(1)\" style=\"color:red\"}\n\n## Heading {onmouseover=alert(1)}\n");
		assertThat(html).doesNotContain("onclick").doesNotContain("onmouseover").doesNotContain("style=");
	}

	@Test
	void letsCodeHaveTheClassOfItsLanguageAndNoOther() {
		String html = render("```ruby\nputs 1\n```\n\n`hidden`{.visually-hidden} and `two`{.language-a .permalink}\n");
		assertThat(html).contains("<pre><code class=\"language-ruby\">puts 1\n</code></pre>")
			.contains("<code>hidden</code>")
			.contains("<code>two</code>");
	}

	private String render(String markdown) {
		return this.renderer
			.render(this.renderer.parse(markdown), Map.of(), List.of(), new PicturesShown(Map.of(), Map.of(), Map.of()))
			.html();
	}

}
