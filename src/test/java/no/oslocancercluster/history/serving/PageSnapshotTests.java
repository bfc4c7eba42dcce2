package no.oslocancercluster.history.serving;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.MonthDay;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import no.oslocancercluster.history.LocalSite;
import no.oslocancercluster.history.SiteApplication;
import no.oslocancercluster.history.TestClock;
import no.oslocancercluster.history.content.model.Language;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIOException;

/**
 * A start that takes its pages from the snapshot an earlier start saved must serve what a
 * start that renders them would, byte for byte, and must render them whenever anything
 * they are made of is other: the content, the settings, or the snapshot's own bytes.
 */
@ExtendWith(OutputCaptureExtension.class)
class PageSnapshotTests {

	private final HttpClient http = HttpClient.newHttpClient();

	@TempDir
	private Path root;

	private Path content;

	private Path snapshot;

	@BeforeEach
	void copyTheContent() {
		this.content = LocalSite.copyOfContent(this.root.resolve("content"));
		this.snapshot = this.root.resolve("cache/content.snapshot");
	}

	@Test
	void aSecondStartServesThePagesTheFirstRenderedWithoutRenderingThem(CapturedOutput output) throws Exception {
		Map<String, HttpResponse<byte[]>> first = pages("--site.base-url=https://history.example");
		assertThat(output).containsPattern("Rendered \\d+ pages").contains("Saved the rendered pages to ");
		assertThat(PageSnapshot.beside(this.snapshot)).exists();
		int before = output.getOut().length();
		Thread.sleep(1100);
		Map<String, HttpResponse<byte[]>> second = pages("--site.base-url=https://history.example");
		assertThat(output.getOut().substring(before)).containsPattern("Took \\d+ pages \\(\\d+ KB\\) from the snapshot")
			.doesNotContain("Rendered ");
		first.forEach((path, page) -> {
			HttpResponse<byte[]> again = second.get(path);
			assertThat(again.statusCode()).as(path).isEqualTo(page.statusCode());
			assertThat(again.body()).as(path).isEqualTo(page.body());
			assertThat(again.headers().firstValue("ETag")).as(path).isEqualTo(page.headers().firstValue("ETag"));
			// When it was rendered, not when it was taken: a browser's copy stays
			// current.
			assertThat(again.headers().firstValue("Last-Modified")).as(path)
				.isEqualTo(page.headers().firstValue("Last-Modified"));
		});
	}

	@Test
	void aSecondStartServesTheKeptPagesFromTheServersFirstRequest() throws Exception {
		Map<String, HttpResponse<byte[]>> first = pages();
		Map<String, String> served = new HashMap<>();
		// As the server begins to take requests, before the application is ready.
		ApplicationListener<WebServerInitializedEvent> listener = (event) -> {
			PageCache cache = event.getApplicationContext().getBean(PageCache.class);
			for (String path : new String[] { "/", "/founding" }) {
				RenderedPage page = cache.page(path);
				served.put(path, (page != null) ? new String(page.body(), StandardCharsets.UTF_8) : null);
			}
		};
		pages(listener);
		assertThat(served.get("/founding")).isEqualTo(text(first.get("/founding")));
		assertThat(served.get("/")).isEqualTo(text(first.get("/")));
	}

	@Test
	void aStartAfterAnEditRendersThePagesAgain(CapturedOutput output) throws Exception {
		pages();
		Path founding = this.content.resolve("founding.md");
		Files.writeString(founding,
				Files.readString(founding).replace("Together, they initiated", "Together, they started"));
		int before = output.getOut().length();
		Map<String, HttpResponse<byte[]>> second = pages();
		assertThat(output.getOut().substring(before)).containsPattern("Rendered \\d+ pages").doesNotContain("Took ");
		assertThat(text(second.get("/founding"))).contains("Together, they started")
			.doesNotContain("Together, they initiated");
	}

	@Test
	void aStartWithOtherSettingsRendersThePagesAgain(CapturedOutput output) throws Exception {
		pages("--site.base-url=https://history.example");
		int before = output.getOut().length();
		Map<String, HttpResponse<byte[]>> second = pages("--site.base-url=https://elsewhere.example");
		assertThat(output.getOut().substring(before)).containsPattern("Rendered \\d+ pages");
		assertThat(text(second.get("/founding")))
			.contains("<link rel=\"canonical\" href=\"https://elsewhere.example/founding\">");
	}

	@Test
	void aDamagedSnapshotIsNotUsedAndThePagesAreRendered(CapturedOutput output) throws Exception {
		Map<String, HttpResponse<byte[]>> first = pages();
		Path pages = PageSnapshot.beside(this.snapshot);
		byte[] bytes = Files.readAllBytes(pages);
		bytes[bytes.length / 2] ^= 0x20;
		Files.write(pages, bytes);
		int before = output.getOut().length();
		Map<String, HttpResponse<byte[]>> second = pages();
		assertThat(output.getOut().substring(before))
			.contains("Not using the snapshot of rendered pages at " + pages
					+ " (it is damaged (its checksum does not match)): every page is rendered")
			.containsPattern("Rendered \\d+ pages");
		assertThat(second.get("/founding").body()).isEqualTo(first.get("/founding").body());
	}

	@Test
	void aSnapshotIsOnlyEverReadForItsOwnKey() throws IOException {
		Path file = this.root.resolve("pages");
		RenderedPage page = RenderedPage.of("text/html;charset=UTF-8", "<p>Hello</p>".getBytes(StandardCharsets.UTF_8),
				0, Instant.parse("2026-12-01T10:00:00Z"));
		PageSnapshot.write(file, "one", new RenderedVersion(Map.of("/", page), Map.of(Language.NB, page),
				Map.of(MonthDay.of(12, 1), Map.of("/nb/", page)), 12));
		RenderedVersion read = PageSnapshot.read(file, "one");
		assertThat(read.days()).containsOnlyKeys(MonthDay.of(12, 1));
		assertThat(read.days().get(MonthDay.of(12, 1)).get("/nb/").body()).isEqualTo(page.body());
		assertThat(read.siteBytes()).isEqualTo(12);
		assertThat(read.pages().get("/").body()).isEqualTo(page.body());
		assertThat(read.pages().get("/").gzip()).isEqualTo(page.gzip());
		assertThat(read.pages().get("/").tag()).isEqualTo(page.tag());
		assertThat(read.notFound().get(Language.NB).lastModified()).isEqualTo(page.lastModified());
		assertThatIOException().isThrownBy(() -> PageSnapshot.read(file, "two"))
			.withMessage("it was rendered by other code, with other settings or of other content");
		Files.write(file, Arrays.copyOf(Files.readAllBytes(file), 40));
		assertThatIOException().isThrownBy(() -> PageSnapshot.read(file, "one"));
	}

	private Map<String, HttpResponse<byte[]>> pages(String... settings) throws Exception {
		return pages(null, settings);
	}

	// Starts the site on the copy, asks for a few pages of each kind and stops it.
	private Map<String, HttpResponse<byte[]>> pages(ApplicationListener<?> listener, String... settings)
			throws Exception {
		String[] args = new String[settings.length + 3];
		args[0] = "--server.port=0";
		args[1] = "--site.content-dir=" + this.content;
		args[2] = "--site.content-snapshot=" + this.snapshot;
		System.arraycopy(settings, 0, args, 3, settings.length);
		// On a day that names milestones: its home pages are kept too.
		SpringApplicationBuilder site = new SpringApplicationBuilder(SiteApplication.class, TestClock.December.class);
		if (listener != null) {
			site.listeners(listener);
		}
		try (ConfigurableApplicationContext context = site.run(args)) {
			int port = ((WebServerApplicationContext) context).getWebServer().getPort();
			Map<String, HttpResponse<byte[]>> pages = new LinkedHashMap<>();
			for (String path : new String[] { "/", "/founding", "/nb/founding", "/timeline", "/print", "/sitemap.xml",
					"/cite/founding.bib", "/no-such-page" }) {
				for (String coding : new String[] { "identity", "br", "gzip" }) {
					HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
						.header("Accept-Encoding", coding)
						.build();
					pages.put(coding.equals("identity") ? path : path + " " + coding,
							this.http.send(request, HttpResponse.BodyHandlers.ofByteArray()));
				}
			}
			return pages;
		}
	}

	private static String text(HttpResponse<byte[]> page) {
		return new String(page.body(), StandardCharsets.UTF_8);
	}

}
