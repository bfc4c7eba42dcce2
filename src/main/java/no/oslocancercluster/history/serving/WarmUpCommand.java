package no.oslocancercluster.history.serving;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import no.oslocancercluster.history.content.model.Language;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code warm-up}: starts the site as it serves, asks it for every page many times over,
 * as browsers ask (Brotli, gzip or neither), and in each language for a page that does
 * not exist, and stops. It is the training run of the container image's AOT cache (see
 * the Dockerfile): the classes a start of the image loads and how its serving runs once
 * warm, with the pages the export before it kept. It renders nothing and searches
 * nothing: every class in the cache is loaded at every start, and Thymeleaf, Lucene and
 * the rest of rendering and searching (some 2,500 classes) wait for the first search
 * instead. An answer other than the one expected fails it, and with it the image's build.
 */
public final class WarmUpCommand {

	// About what it takes for the JIT to compile the serving of a page fully, whatever
	// the size of the history: each page is asked for once at least.
	static final int REQUESTS = 20_000;

	private static final int TIMEOUT_MILLIS = 10_000;

	private WarmUpCommand() {
	}

	public static int run(Class<?> application, String... args) throws Exception {
		try (ConfigurableApplicationContext context = LocalStart.run(application, args)) {
			PageCache cache = context.getBean(PageCache.class);
			return warmUp(LocalStart.address(context) + cache.basePath(), asks(cache.paths()), REQUESTS, System.out,
					System.err);
		}
	}

	/**
	 * Sends the requests to the site at the address, round after round, until at least
	 * the number of requests: 0, or 1 at the first answer that is not the one expected.
	 */
	static int warmUp(String site, List<Ask> asks, int requests, PrintStream out, PrintStream err) throws IOException {
		int rounds = Math.max(1, (requests + asks.size() - 1) / asks.size());
		long start = System.nanoTime();
		for (int round = 0; round < rounds; round++) {
			for (Ask ask : asks) {
				int status = ask.send(site);
				if (status != ask.status()) {
					err.println("Warm-up failed: " + site + ask.path() + " (Accept-Encoding: " + ask.coding()
							+ ") answered " + status + ", not " + ask.status());
					return 1;
				}
			}
		}
		out.printf("Warmed up: %d answers in %d ms%n", rounds * asks.size(), (System.nanoTime() - start) / 1_000_000);
		return 0;
	}

	// Every page in each coding, the home pages included, then a missing page in each
	// language.
	static List<Ask> asks(List<String> pages) {
		Set<String> paths = new LinkedHashSet<>(pages);
		List<Ask> asks = new ArrayList<>();
		for (Language language : Language.values()) {
			paths.add(language.home());
		}
		for (String path : paths) {
			for (String coding : List.of("br", "gzip", "identity")) {
				asks.add(new Ask(path, coding, HttpURLConnection.HTTP_OK));
			}
		}
		for (Language language : Language.values()) {
			asks.add(new Ask(language.path("/this-page-does-not-exist"), "br", HttpURLConnection.HTTP_NOT_FOUND));
		}
		return asks;
	}

	/**
	 * A request as a browser sends it: the path within the site, the content coding it
	 * accepts, and the status it must get.
	 */
	record Ask(String path, String coding, int status) {

		// The whole answer is read, so that the connection is kept for the next.
		int send(String site) throws IOException {
			HttpURLConnection connection = (HttpURLConnection) URI.create(site + this.path).toURL().openConnection();
			connection.setConnectTimeout(TIMEOUT_MILLIS);
			connection.setReadTimeout(TIMEOUT_MILLIS);
			connection.setInstanceFollowRedirects(false);
			connection.setRequestProperty("Accept", "text/html,application/xhtml+xml,*/*;q=0.8");
			connection.setRequestProperty("Accept-Encoding", this.coding);
			int status = connection.getResponseCode();
			try (InputStream body = (status < 400) ? connection.getInputStream() : connection.getErrorStream()) {
				if (body != null) {
					body.readAllBytes();
				}
			}
			return status;
		}

	}

}
