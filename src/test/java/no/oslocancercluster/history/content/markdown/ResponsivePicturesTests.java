package no.oslocancercluster.history.content.markdown;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import jakarta.validation.Validation;
import no.oslocancercluster.history.content.model.Section;
import no.oslocancercluster.history.content.store.ContentFolder;
import no.oslocancercluster.history.content.store.ContentLoader;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A photograph's figure lists the smaller widths the site makes of it, with the width the
 * text column shows it at, its own size, and when to load it; alt text, caption and
 * credit stay as the editor wrote them.
 */
class ResponsivePicturesTests {

	private static final String SECTION = """
			---
			title: Innovation Park
			summary: The park opened in May 2015.
			order: 1
			milestones: []
			---

			""";

	private final ContentLoader loader = new ContentLoader(Validation.buildDefaultValidatorFactory().getValidator());

	private ContentFolder folder;

	@BeforeEach
	void createFolder(@TempDir Path root) {
		this.folder = new ContentFolder(root);
	}

	@Test
	void aPhotographListsItsSmallerWidthsAndLoadsFirst() {
		this.folder.write("images/park.jpg", TestPictures.jpeg(4000, 3000));
		Element img = render("![The park at Montebello](images/park.jpg \"The park in 2015 | Photo: Jane Doe\")\n")
			.selectFirst("figure > img");
		String version = img.attr("src").replaceFirst(".*\\?v=", "");
		assertThat(version).matches("[0-9a-f]{10}");
		assertThat(img.outerHtml()).isEqualTo("<img src=\"/images/park-960w.jpg?v=" + version + "\" alt=\"The park at "
				+ "Montebello\" width=\"4000\" height=\"3000\" srcset=\"/images/park-480w.jpg?v=" + version + " 480w, "
				+ "/images/park-640w.jpg?v=" + version + " 640w, /images/park-960w.jpg?v=" + version + " 960w, "
				+ "/images/park-1280w.jpg?v=" + version + " 1280w, /images/park-1920w.jpg?v=" + version + " 1920w, "
				+ "/images/park.jpg?v=" + version + " 4000w\" sizes=\"(min-width: 48em) 38rem, calc(100vw - 7rem)\" "
				+ "loading=\"eager\" fetchpriority=\"high\" decoding=\"async\">");
		assertThat(img.parent().selectFirst("figcaption").html())
			.isEqualTo("The park in 2015 <span class=\"credit\">Photo: Jane Doe</span>");
	}

	@Test
	void onlyTheFirstPictureLoadsAtOnceTheOthersWhenNear() {
		this.folder.write("images/a.jpg", TestPictures.jpeg(2000, 1000))
			.write("images/b.png", TestPictures.png(1000, 500));
		Element body = render(
				"![A](images/a.jpg)\n\nText.\n\n![B](images/b.png \"The map\")\n\nA logo: ![C](images/a.jpg)\n");
		assertThat(body.select("img")).extracting((img) -> img.attr("loading"))
			.containsExactly("eager", "lazy", "lazy");
		assertThat(body.select("img[fetchpriority]")).hasSize(1);
		Element map = body.select("figure > img").get(1);
		assertThat(map.attr("srcset")).matches(
				"/images/b-480w.png\\?v=\\w+ 480w, /images/b-640w.png\\?v=\\w+ 640w, /images/b-960w.png\\?v=\\w+ 960w, "
						+ "/images/b.png\\?v=\\w+ 1000w");
		assertThat(map.attr("alt")).isEqualTo("B");
		assertThat(map.parent().selectFirst("figcaption").text()).isEqualTo("The map");
	}

	@Test
	void aSmallPictureOrAGifIsShownAsItIs() {
		this.folder.write("images/logo.jpg", TestPictures.jpeg(300, 200))
			.write("images/moving.gif", TestPictures.gif(2000, 1000));
		Element body = render("![Logo](images/logo.jpg)\n\n![Moving](images/moving.gif)\n");
		assertThat(body.select("img[srcset], img[sizes]")).isEmpty();
		assertThat(body.select("img")).extracting((img) -> img.attr("src").replaceFirst("\\?v=.*", ""))
			.containsExactly("/images/logo.jpg", "/images/moving.gif");
		assertThat(body.selectFirst("img").attr("width")).isEqualTo("300");
	}

	@Test
	void refusesANameTheSiteKeepsForASmallerSize() {
		this.folder.write("images/park-480w.jpg", TestPictures.jpeg(480, 360))
			.write("park.md", SECTION + "![The park](images/park-480w.jpg)\n");
		assertThat(this.folder.problems(this.loader)).containsExactly(this.folder.path("park.md")
				+ ":8:1: image: \"images/park-480w.jpg\" has a name the site keeps for the smaller sizes it makes of "
				+ "each photograph (-480w before the extension); rename the file, for instance to park-480.jpg");
	}

	// The sizes attribute is the text column's width: the stylesheet must still give
	// that column and its gutters as the renderer assumes.
	@Test
	void theSizesAreTheTextColumnsOfTheStylesheet() throws IOException {
		String css = new ClassPathResource("static/css/site.css").getContentAsString(StandardCharsets.UTF_8);
		assertThat(css).contains(".prose { max-width: 68ch;")
			.contains("--gutter: 1rem;")
			.contains("@media (min-width: 48em) { body { font-size: 1.125rem; } }");
		assertThat(Figures.SIZES).isEqualTo("(min-width: 48em) 38rem, calc(100vw - 7rem)");
	}

	private Element render(String body) {
		this.folder.write("park.md", SECTION + body);
		Section park = this.loader.load(this.folder.root()).section("park").orElseThrow();
		return Jsoup.parseBodyFragment(park.html()).body();
	}

}
