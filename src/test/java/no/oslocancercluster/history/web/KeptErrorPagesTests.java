package no.oslocancercluster.history.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import no.oslocancercluster.history.LocalSite;
import no.oslocancercluster.history.content.store.ContentStore;
import org.jsoup.Jsoup;
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
 * The "page not found" and "bad request" pages come from memory: the same bytes for every
 * address and every client of a language, with the error's status and a lifetime of none;
 * a new content version renders them again.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class KeptErrorPagesTests {

	private static final Path FOLDER = LocalSite.copyOfContent("kept-error-pages");

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
	void everyMissingAddressOfALanguageGetsTheSameKeptPage() {
		LocalSite site = new LocalSite(this.port);
		LocalSite.Answer first = site.send("GET", "/no-such-page", "Accept: */*");
		for (String target : new String[] { "/no-such-page", "/a/b/c", "/founding/no", "/zz-top?x=1" }) {
			for (String accept : new String[] { "Accept: */*", "Accept: application/json", "Accept: text/html" }) {
				LocalSite.Answer answer = site.send("GET", target, accept);
				assertThat(answer.status()).as(target).isEqualTo(404);
				assertThat(answer.header("Cache-Control")).isEqualTo("no-store");
				assertThat(answer.header("Content-Type")).isEqualTo("text/html;charset=UTF-8");
				assertThat(answer.body()).as(target + " " + accept).isEqualTo(first.body());
			}
		}
		LocalSite.Answer norwegian = site.send("GET", "/nb/ingen-side", "Accept: */*");
		assertThat(norwegian.status()).isEqualTo(404);
		assertThat(Jsoup.parse(norwegian.body()).select("html").attr("lang")).isEqualTo("nb");
		assertThat(site.send("GET", "/nb/noe-annet").body()).isEqualTo(norwegian.body());
		LocalSite.Answer compressed = site.send("GET", "/a/b/c", "Accept-Encoding: br, gzip");
		assertThat(compressed.status()).isEqualTo(404);
		assertThat(compressed.header("Content-Encoding")).isEqualTo("br");
		LocalSite.Answer head = site.send("HEAD", "/no-such-page");
		assertThat(head.status()).isEqualTo(404);
		assertThat(head.body()).isEmpty();
	}

	@Test
	void theBadRequestPageIsKeptToo() {
		LocalSite site = new LocalSite(this.port);
		LocalSite.Answer first = site.send("GET", "/search?q=%zz");
		assertThat(first.status()).isEqualTo(400);
		assertThat(first.header("Cache-Control")).isEqualTo("no-store");
		assertThat(site.send("GET", "/search?q=%zy", "Accept: application/json").body()).isEqualTo(first.body());
	}

	@Test
	void aNewContentVersionRendersTheErrorPagesAgain() throws IOException {
		LocalSite site = new LocalSite(this.port);
		assertThat(site.send("GET", "/no-such-page").body()).contains(">Awards and recognitions<");
		assertThat(site.send("GET", "/%zz").body()).contains(">Awards and recognitions<");
		Path awards = FOLDER.resolve("awards.md");
		Files.writeString(awards, Files.readString(awards).replace("title: Awards and recognitions", "title: Prizes"));
		this.store.reload();
		assertThat(site.send("GET", "/no-such-page").body()).contains(">Prizes<")
			.doesNotContain("Awards and recognitions");
		assertThat(site.send("GET", "/%zz").body()).contains(">Prizes<");
	}

}
