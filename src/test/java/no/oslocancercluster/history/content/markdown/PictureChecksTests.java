package no.oslocancercluster.history.content.markdown;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import jakarta.validation.Validation;
import no.oslocancercluster.history.content.model.PictureFile;
import no.oslocancercluster.history.content.store.ContentFolder;
import no.oslocancercluster.history.content.store.ContentLoader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A picture is checked as a picture: its bytes are the format its name says, one a
 * browser shows and that cannot carry script, within limits of size and pixels, read from
 * the header without decoding the whole picture.
 */
class PictureChecksTests {

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
	void acceptsJpegPngGifAndWebpWithTheirSizes() {
		this.folder.write("images/a.jpg", TestPictures.jpeg(64, 48))
			.write("images/b.png", TestPictures.png(32, 16))
			.write("images/c.gif", TestPictures.gif(8, 4))
			.write("images/d.webp", TestPictures.webp());
		this.folder.write("park.md", SECTION + "![A](images/a.jpg)\n\n![B](images/b.png)\n\n![C](images/c.gif)\n\n"
				+ "![D](images/d.webp)\n");
		ContentLoader.Result result = this.loader.check(this.folder.root());
		assertThat(result.problems()).isEmpty();
		assertThat(result.edition().section("park").orElseThrow().html()).contains("width=\"64\" height=\"48\"")
			.contains("width=\"32\" height=\"16\"")
			.contains("width=\"8\" height=\"4\"")
			.contains("width=\"1\" height=\"1\"");
		assertThat(result.pictures()).containsOnlyKeys("/images/a.jpg", "/images/b.png", "/images/c.gif",
				"/images/d.webp");
		assertThat(result.pictures().get("/images/d.webp").contentType()).isEqualTo("image/webp");
		assertThat(result.pictures().get("/images/a.jpg").bytes()).isEqualTo(TestPictures.jpeg(64, 48));
	}

	@Test
	void refusesAFileThatIsNotThePictureItsNameSays() {
		this.folder.write("images/photo.jpg", "root:x:0:0:root:/root:/bin/bash\n".getBytes(StandardCharsets.UTF_8))
			.write("images/logo.jpg", TestPictures.png(4, 4))
			.write("images/cut.jpg", Arrays.copyOf(TestPictures.jpeg(64, 48), 4))
			.write("images/scan.jpg", TestPictures.bmp(4, 4));
		assertThat(problems("![A photo](images/photo.jpg)\n\n![The logo](images/logo.jpg)\n\n![Cut](images/cut.jpg)\n\n"
				+ "![A scan](images/scan.jpg)\n"))
			.containsExactly(
					at(8) + "image: \"images/photo.jpg\" is not a picture: its bytes are not JPEG; save the picture "
							+ "again from a photo editor",
					at(10) + "image: \"images/logo.jpg\" is a PNG picture with a .jpg name; name it .png here and in "
							+ "the folder",
					at(12) + "image: \"images/cut.jpg\" is damaged: its JPEG header cannot be read; save the picture "
							+ "again from a photo editor",
					at(14) + "image: \"images/scan.jpg\" is a BMP picture, which browsers do not all show; save it as "
							+ "JPEG or PNG");
	}

	@Test
	void refusesSvgAndFormatsBrowsersDoNotShow() {
		this.folder
			.write("images/logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>")
			.write("images/scan.bmp", TestPictures.png(4, 4));
		assertThat(problems("![The logo](images/logo.svg)\n\n![A scan](images/scan.bmp)\n")).containsExactly(
				at(8) + "image: \"images/logo.svg\" is not a kind of picture the site shows (an SVG file can carry "
						+ "script); save it as .jpg, .png, .webp or .gif",
				at(10) + "image: \"images/scan.bmp\" is not a kind of picture the site shows; save it as .jpg, .png, "
						+ ".webp or .gif");
	}

	@Test
	void refusesAPictureOverTheLimitsOfPixelsAndBytes() {
		this.folder.write("images/huge.png", TestPictures.pngClaiming(60_000, 60_000))
			.write("images/wide.png", TestPictures.pngClaiming(8001, 10))
			.write("images/heavy.jpg", new byte[PictureFile.MAX_BYTES + 1]);
		assertThat(problems("![Huge](images/huge.png)\n\n![Wide](images/wide.png)\n\n![Heavy](images/heavy.jpg)\n"))
			.containsExactly(
					at(8) + "image: \"images/huge.png\" is 60000 × 60000 pixels; a picture can be at most 8000 px a "
							+ "side: scale it down",
					at(10) + "image: \"images/wide.png\" is 8001 × 10 pixels; a picture can be at most 8000 px a "
							+ "side: scale it down",
					at(12) + "image: \"images/heavy.jpg\" is 20.1 MB; a picture can be at most 20 MB: save it smaller "
							+ "(no more than 8000 px a side)");
	}

	@Test
	void publishesOnlyThePicturesOfPublishedPages() {
		this.folder.write("images/a.png", TestPictures.png(4, 4)).write("images/d.png", TestPictures.png(4, 4));
		this.folder.write("park.md", SECTION + "![A](images/a.png)\n");
		this.folder.write("draft.md", SECTION.replace("order: 1", "order: 2\ndraft: true") + "![D](images/d.png)\n");
		ContentLoader.Result result = this.loader.check(this.folder.root());
		assertThat(result.pictures()).containsOnlyKeys("/images/a.png", "/images/d.png");
		assertThat(result.published()).containsOnlyKeys("/images/a.png");
	}

	@Test
	void acceptsAPictureAtTheLimit() {
		this.folder.write("images/edge.png", TestPictures.pngClaiming(8000, 8000));
		this.folder.write("park.md", SECTION + "![Edge](images/edge.png)\n");
		assertThat(this.loader.check(this.folder.root()).problems()).isEmpty();
	}

	private List<String> problems(String body) {
		this.folder.write("park.md", SECTION + body);
		return this.folder.problems(this.loader);
	}

	private String at(int line) {
		return this.folder.path("park.md") + ":" + line + ":1: ";
	}

}
