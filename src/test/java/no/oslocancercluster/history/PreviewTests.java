package no.oslocancercluster.history;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The editors' preview: a saved edit shows on the next page load, a broken edit keeps the
 * last good site and says what is wrong on the page, a fix makes the notice go away.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "site.preview=true")
class PreviewTests {

	private static final String SECTION = """
			---
			title: Founding
			summary: How it began.
			order: 1
			milestones:
			  - date: "2006"
			    title: Initiated
			    anchor: initiated
			---
			## Initiated {#initiated}

			Oslo Cancer Cluster was initiated in 2006.
			""";

	private static final Path FOLDER = createFolder();

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	private int port;

	@DynamicPropertySource
	static void contentFolder(DynamicPropertyRegistry registry) {
		registry.add("site.content-dir", FOLDER::toString);
	}

	@AfterAll
	static void deleteFolder() throws IOException {
		FileSystemUtils.deleteRecursively(FOLDER);
	}

	@Test
	void savedEditsShowOnTheNextPageLoadAndBrokenOnesAreExplainedOnThePage() throws Exception {
		assertThat(page("/founding")).contains("Oslo Cancer Cluster was initiated in 2006.");

		write(SECTION.replace("initiated in 2006.", "initiated in 2006 by Kaare Norum."));
		await().atMost(Duration.ofSeconds(2))
			.untilAsserted(() -> assertThat(page("/founding")).contains("by Kaare Norum."));

		write(SECTION.replace("\"2006\"", "Spring 2006").replace("initiated in 2006.", "broken."));
		await().atMost(Duration.ofSeconds(2))
			.untilAsserted(() -> assertThat(page("/founding")).contains("The content has problems")
				.contains(FOLDER.resolve("founding.md")
						+ ":6:5: milestones[1].date: &quot;Spring 2006&quot; is not a date; write 2019-12 (year-month) or 2019-12-05"));
		assertThat(page("/founding")).contains("by Kaare Norum.").doesNotContain("broken.");

		write(SECTION);
		await().atMost(Duration.ofSeconds(2))
			.untilAsserted(() -> assertThat(page("/founding")).doesNotContain("The content has problems")
				.contains("Oslo Cancer Cluster was initiated in 2006."));
	}

	@Test
	void draftsShowWithALabel() throws Exception {
		Files.writeString(FOLDER.resolve("plans.md"),
				SECTION.replace("order: 1", "order: 2\ndraft: true").replace("title: Founding", "title: Plans"));
		await().atMost(Duration.ofSeconds(2))
			.untilAsserted(() -> assertThat(page("/plans")).contains("Draft: not on the public site"));
		Files.delete(FOLDER.resolve("plans.md"));
	}

	private String page(String path) throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Accept", "text/html")
			.build();
		return this.http.send(request, HttpResponse.BodyHandlers.ofString()).body();
	}

	private static void write(String text) throws IOException {
		Files.writeString(FOLDER.resolve("founding.md"), text);
	}

	private static Path createFolder() {
		try {
			Path folder = Files.createTempDirectory("preview-content");
			Files.writeString(folder.resolve("index.md"),
					"---\ntitle: Our history\nsummary: The story.\n---\nHello.\n");
			write(folder, SECTION);
			return folder;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void write(Path folder, String text) throws IOException {
		Files.writeString(folder.resolve("founding.md"), text);
	}

}
