package no.oslocancercluster.history.serving;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
 * 64 clients read pages while the content is changed, broken and fixed again and again:
 * every answer is a 200 from one whole version (never a mix), and a broken version is
 * never served.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReloadUnderLoadTests {

	private static final Pattern VERSION = Pattern.compile("version (\\d+)");

	private static final Path FOLDER = folder();

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
	void everyAnswerIsOneWholeGoodVersion() throws Exception {
		HttpClient http = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(8)).build();
		ExecutorService clients = Executors.newFixedThreadPool(64);
		AtomicBoolean running = new AtomicBoolean(true);
		AtomicInteger answers = new AtomicInteger();
		Set<String> failures = ConcurrentHashMap.newKeySet();
		Set<Integer> seen = ConcurrentHashMap.newKeySet();
		List<Future<?>> load = new ArrayList<>();
		for (int i = 0; i < 64; i++) {
			String path = (i % 2 == 0) ? "/" : "/founding";
			load.add(clients.submit(() -> {
				while (running.get() && answers.get() < 200_000) {
					check(http, path, failures, seen);
					answers.incrementAndGet();
				}
				return null;
			}));
		}
		for (int version = 2; version <= 11; version++) {
			write(version, false);
			this.store.reload();
			write(version, true);
			this.store.reload();
		}
		write(12, false);
		this.store.reload();
		Thread.sleep(200);
		running.set(false);
		for (Future<?> client : load) {
			client.get(30, TimeUnit.SECONDS);
		}
		clients.shutdown();
		assertThat(failures).isEmpty();
		assertThat(answers.get()).isGreaterThan(1_000);
		assertThat(seen).contains(1, 12).hasSizeGreaterThan(2);
	}

	private void check(HttpClient http, String path, Set<String> failures, Set<Integer> seen) {
		try {
			HttpResponse<String> response = http.send(
					HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).build(),
					HttpResponse.BodyHandlers.ofString());
			Matcher matcher = VERSION.matcher(response.body());
			Set<String> versions = new java.util.HashSet<>();
			while (matcher.find()) {
				versions.add(matcher.group(1));
			}
			if (response.statusCode() != 200 || versions.size() != 1 || response.body().contains("broken")) {
				failures.add(path + " " + response.statusCode() + " versions " + versions);
			}
			else {
				seen.add(Integer.valueOf(versions.iterator().next()));
			}
		}
		catch (IOException | InterruptedException ex) {
			failures.add(path + " " + ex);
		}
	}

	private static void write(int version, boolean broken) throws IOException {
		write(FOLDER, version, broken);
	}

	private static void write(Path folder, int version, boolean broken) throws IOException {
		String section = "---\ntitle: Founding, version " + version + "\nsummary: How it began, version " + version
				+ ".\norder: 1\nmilestones: []\n" + (broken ? "brokn: field\n" : "") + "---\n"
				+ (broken ? "This is the broken version.\n" : "Oslo Cancer Cluster, version " + version + ".\n");
		Files.writeString(folder.resolve("founding.md"), section);
	}

	private static Path folder() {
		try {
			Path folder = Files.createTempDirectory("reload-load");
			Files.writeString(folder.resolve("index.md"),
					"---\ntitle: Our history\nsummary: The story.\n---\nHello.\n");
			write(folder, 1, false);
			return folder;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
