package no.oslocancercluster.history.serving;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import no.oslocancercluster.history.content.markdown.TestPictures;
import no.oslocancercluster.history.content.store.ContentStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The smaller widths of a photograph are served as its original is, kept as long by
 * caches, written by the export, and made again when the photograph changes.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SmallerPictureServingTests {

	private static final Path FOLDER = folder();

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	private int port;

	@Autowired
	private ContentStore store;

	@Autowired
	private StaticExport export;

	@DynamicPropertySource
	static void contentFolder(DynamicPropertyRegistry registry) {
		registry.add("site.content-dir", FOLDER::toString);
	}

	@AfterAll
	static void deleteFolder() throws IOException {
		FileSystemUtils.deleteRecursively(FOLDER);
	}

	@Test
	void servesAndExportsEachSmallerWidthAsTheOriginal(@TempDir Path exported) throws Exception {
		HttpResponse<byte[]> original = get("/images/park.jpg");
		HttpResponse<byte[]> smaller = get("/images/park-960w.jpg");
		assertThat(smaller.statusCode()).isEqualTo(200);
		assertThat(smaller.headers().firstValue("Content-Type")).hasValue("image/jpeg");
		assertThat(smaller.headers().firstValue("Cache-Control")).isPresent()
			.isEqualTo(original.headers().firstValue("Cache-Control"));
		assertThat(smaller.headers().firstValue("ETag")).isPresent()
			.isNotEqualTo(original.headers().firstValue("ETag"));
		assertThat(read(smaller.body()).getWidth()).isEqualTo(960);
		assertThat(read(get("/images/park-480w.jpg").body()).getHeight()).isEqualTo(360);
		assertThat(get("/images/park-1280w.jpg").statusCode()).isEqualTo(404);
		assertThat(get("/images/logo-480w.jpg").statusCode()).isEqualTo(404);
		this.export.write(exported, URI.create("http://127.0.0.1:" + this.port));
		assertThat(exported.resolve("images/park-960w.jpg")).hasBinaryContent(smaller.body());
		assertThat(exported.resolve("images/park-480w.jpg")).exists();
		assertThat(exported.resolve("images/park-1280w.jpg")).doesNotExist();
		assertThat(exported.resolve("images/logo.jpg")).exists();
	}

	@Test
	void aChangedPhotographHasNewSmallerSizesAfterAReload() throws Exception {
		String before = srcset(get("/founding").body());
		assertThat(read(get("/images/map-480w.png").body()).getHeight()).isEqualTo(360);
		Files.write(FOLDER.resolve("images/map.png"), TestPictures.drawing(1000, 250));
		this.store.reload();
		assertThat(this.store.problems()).isEmpty();
		assertThat(read(get("/images/map-480w.png").body()).getHeight()).isEqualTo(120);
		assertThat(srcset(get("/founding").body())).isNotEqualTo(before).contains("/images/map-960w.png?v=");
	}

	// The srcset of the map on the page.
	private static String srcset(byte[] page) {
		Matcher matcher = Pattern.compile("srcset=\"([^\"]*map[^\"]*)\"")
			.matcher(new String(page, StandardCharsets.UTF_8));
		assertThat(matcher.find()).isTrue();
		return matcher.group(1);
	}

	private HttpResponse<byte[]> get(String path) throws IOException, InterruptedException {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).build(),
				HttpResponse.BodyHandlers.ofByteArray());
	}

	private static BufferedImage read(byte[] bytes) throws IOException {
		return ImageIO.read(new ByteArrayInputStream(bytes));
	}

	private static Path folder() {
		try {
			Path folder = Files.createTempDirectory("smaller-pictures");
			Files.createDirectories(folder.resolve("images"));
			Files.write(folder.resolve("images/park.jpg"), TestPictures.photograph(1200, 900));
			Files.write(folder.resolve("images/logo.jpg"), TestPictures.photograph(300, 100));
			Files.write(folder.resolve("images/map.png"), TestPictures.drawing(1000, 750));
			Files.writeString(folder.resolve("index.md"),
					"---\ntitle: Our history\nsummary: The story.\n---\n![The park](images/park.jpg)\n");
			Files.writeString(folder.resolve("founding.md"), "---\ntitle: Founding\nsummary: How it began.\norder: 1\n"
					+ "milestones: []\n---\n![The logo](images/logo.jpg)\n\n![The map](images/map.png)\n");
			return folder;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
