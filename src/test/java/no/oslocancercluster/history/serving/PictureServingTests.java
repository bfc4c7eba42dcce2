package no.oslocancercluster.history.serving;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

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
 * Pictures are served and exported from the bytes the check read, and only the pictures
 * the text shows: a file swapped for a link afterwards, a link beside them, or a file no
 * page shows never reaches a visitor.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PictureServingTests {

	private static final byte[] PICTURE = png(40, 30);

	private static final String SECRET = "SECRET-TOKEN-of-the-job";

	private static final Path TEMP = temp();

	private static final Path FOLDER = TEMP.resolve("content");

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
		FileSystemUtils.deleteRecursively(TEMP);
	}

	@Test
	void servesOnlyTheCheckedBytesOfThePicturesTheTextShows(@TempDir Path exported) throws Exception {
		HttpResponse<byte[]> picture = get("/images/park.png");
		assertThat(picture.statusCode()).isEqualTo(200);
		assertThat(picture.headers().firstValue("Content-Type")).hasValue("image/png");
		assertThat(picture.body()).isEqualTo(PICTURE);
		assertThat(get("/images/unused.png").statusCode()).isEqualTo(404);
		assertThat(get("/images/%C3%A5pning.png").body()).isEqualTo(PICTURE);
		assertThat(text(get("/founding").body())).contains("src=\"/images/%C3%A5pning.png?v=");
		Files.delete(FOLDER.resolve("images/park.png"));
		Files.createSymbolicLink(FOLDER.resolve("images/park.png"), TEMP.resolve("secret.txt"));
		Files.createSymbolicLink(FOLDER.resolve("images/passwd.png"), Path.of("/etc/passwd"));
		this.store.reload();
		assertThat(this.store.problems()).extracting(Object::toString)
			.anyMatch((problem) -> problem.startsWith(FOLDER.resolve("images/park.png") + ":1:1: is a symbolic link"));
		assertThat(get("/images/park.png").body()).isEqualTo(PICTURE);
		HttpResponse<byte[]> passwd = get("/images/passwd.png");
		assertThat(passwd.statusCode()).isEqualTo(404);
		assertThat(text(passwd.body())).doesNotContain("root:");
		this.export.write(exported, URI.create("http://127.0.0.1:" + this.port));
		assertThat(exported.resolve("images/park.png")).hasBinaryContent(PICTURE);
		assertThat(exported.resolve("images/åpning.png")).hasBinaryContent(PICTURE);
		assertThat(exported.resolve("images/unused.png")).doesNotExist();
		assertThat(exported.resolve("images/passwd.png")).doesNotExist();
		try (Stream<Path> files = Files.walk(exported)) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				assertThat(text(Files.readAllBytes(file))).as(file.toString())
					.doesNotContain(SECRET)
					.doesNotContain("root:x:0:0");
			}
		}
	}

	private HttpResponse<byte[]> get(String path) throws IOException, InterruptedException {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).build(),
				HttpResponse.BodyHandlers.ofByteArray());
	}

	private static String text(byte[] bytes) {
		return new String(bytes, StandardCharsets.ISO_8859_1);
	}

	private static Path temp() {
		try {
			Path temp = Files.createTempDirectory("picture-serving");
			Path folder = Files.createDirectories(temp.resolve("content/images"));
			Files.writeString(temp.resolve("secret.txt"), SECRET);
			Files.write(folder.resolve("park.png"), PICTURE);
			Files.write(folder.resolve("unused.png"), png(8, 8));
			Files.write(folder.resolve("åpning.png"), PICTURE);
			Files.writeString(temp.resolve("content/index.md"),
					"---\ntitle: Our history\nsummary: The story.\n---\n" + "Hello.\n");
			Files.writeString(temp.resolve("content/founding.md"),
					String.join("\n",
							List.of("---", "title: Founding", "summary: How it began.", "order: 1", "milestones: []",
									"---", "![The park](images/park.png)", "", "![The opening](images/åpning.png)",
									"")));
			return temp;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static byte[] png(int width, int height) {
		try {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), "png", out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
