package no.oslocancercluster.history.serving;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import no.oslocancercluster.history.content.store.ContentStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A new content version replaces every cached page; a broken one replaces none.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CacheReloadTests {

	private static final String SECTION = "---\ntitle: Founding\nsummary: How it began.\norder: 1\nmilestones: []\n---\n"
			+ "Oslo Cancer Cluster was initiated in 2006.\n";

	private static final Path FOLDER = folder();

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	private int port;

	@Autowired
	private ContentStore store;

	@DynamicPropertySource
	static void contentFolder(DynamicPropertyRegistry registry) {
		registry.add("site.content-dir", FOLDER::toString);
	}

	@AfterAll
	static void deleteFolder() throws IOException {
		FileSystemUtils.deleteRecursively(FOLDER);
	}

	@Test
	void reloadRendersTheNewVersionAndABrokenEditChangesNothing() throws Exception {
		HttpResponse<String> before = get("/founding");
		assertThat(before.body()).contains("initiated in 2006.");
		Files.writeString(FOLDER.resolve("founding.md"), SECTION.replace("in 2006.", "in 2006 by Kaare Norum."));
		this.store.reload();
		HttpResponse<String> after = get("/founding");
		assertThat(after.body()).contains("by Kaare Norum.");
		assertThat(after.headers().firstValue("ETag")).isNotEqualTo(before.headers().firstValue("ETag"));
		Files.writeString(FOLDER.resolve("founding.md"), SECTION.replace("order: 1", "order: first"));
		this.store.reload();
		assertThat(get("/founding").headers().firstValue("ETag")).isEqualTo(after.headers().firstValue("ETag"));
	}

	private HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private static Path folder() {
		try {
			Path folder = Files.createTempDirectory("cache-reload");
			Files.writeString(folder.resolve("index.md"),
					"---\ntitle: Our history\nsummary: The story.\n---\nHello.\n");
			Files.writeString(folder.resolve("founding.md"), SECTION);
			return folder;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
