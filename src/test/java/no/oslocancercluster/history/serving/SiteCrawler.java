package no.oslocancercluster.history.serving;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Follows every link of a site from its start pages, as a visitor's browser would: each
 * address in a link, a stylesheet, a picture, an icon or a form must lie under the site's
 * path and answer 200, and each link to a place on a page must find that place there.
 */
final class SiteCrawler {

	private static final String LINKS = "a[href], link[href], img[src], form[action], script[src]";

	private final HttpClient client = HttpClient.newHttpClient();

	private final URI server;

	private final String basePath;

	private final Map<String, Document> pages = new LinkedHashMap<>();

	private final Map<String, Integer> statuses = new LinkedHashMap<>();

	private final List<String> problems = new ArrayList<>();

	/**
	 * A crawler of the site at the given server (its scheme, host and port) under the
	 * given path ({@code /pr-preview/pr-7}, or empty at the root).
	 */
	SiteCrawler(URI server, String basePath) {
		this.server = server;
		this.basePath = basePath;
	}

	/**
	 * Crawls from the given addresses (under the site's path) and returns every broken
	 * link, as {@code page: link (what is wrong)}.
	 */
	List<String> crawl(String... starts) {
		Deque<String> queue = new ArrayDeque<>(List.of(starts));
		Map<String, String> anchors = new LinkedHashMap<>();
		while (!queue.isEmpty()) {
			String path = queue.poll();
			if (this.statuses.containsKey(path)) {
				continue;
			}
			Document page = fetch(path);
			if (page != null) {
				links(path, page, queue, anchors);
			}
		}
		anchors.forEach(this::checkAnchor);
		return List.copyOf(this.problems);
	}

	/**
	 * The pages the crawl read, by address.
	 */
	Map<String, Document> pages() {
		return this.pages;
	}

	private void links(String from, Document page, Deque<String> queue, Map<String, String> anchors) {
		for (Element element : page.select(LINKS)) {
			String target = element.hasAttr("src") ? element.attr("src")
					: element.hasAttr("action") ? element.attr("action") : element.attr("href");
			if (target.startsWith("#")) {
				anchors.put(from + target, from);
				continue;
			}
			if (!target.startsWith("/") || target.startsWith("//")) {
				continue;
			}
			if (!target.startsWith(this.basePath + "/")) {
				this.problems.add(from + ": " + target + " (outside " + this.basePath + "/)");
				continue;
			}
			String path = target.replaceFirst("[?#].*$", "");
			if (target.contains("#")) {
				anchors.put(target, from);
			}
			queue.add(path);
		}
	}

	private Document fetch(String path) {
		HttpResponse<String> response = get(path);
		this.statuses.put(path, response.statusCode());
		if (response.statusCode() != 200) {
			this.problems.add(path + " answers " + response.statusCode());
			return null;
		}
		String type = response.headers().firstValue("Content-Type").orElse("");
		if (!type.startsWith("text/html")) {
			return null;
		}
		Document page = Jsoup.parse(response.body(), this.server.resolve(path).toString());
		this.pages.put(path, page);
		return page;
	}

	private void checkAnchor(String target, String from) {
		String path = target.substring(0, target.indexOf('#'));
		String id = target.substring(target.indexOf('#') + 1);
		Document page = this.pages.get(path.isEmpty() ? from : path);
		if (page != null && page.getElementById(id) == null && !Set.of("", "top").contains(id)) {
			this.problems.add(from + ": " + target + " (no id " + id + " on that page)");
		}
	}

	HttpResponse<String> get(String path) {
		try {
			return this.client.send(HttpRequest.newBuilder(this.server.resolve(path)).build(),
					HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
