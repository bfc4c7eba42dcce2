package no.oslocancercluster.history.serving;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import no.oslocancercluster.history.cards.Cards;
import no.oslocancercluster.history.content.model.Language;
import no.oslocancercluster.history.content.model.PictureFile;
import no.oslocancercluster.history.content.model.SitePaths;
import no.oslocancercluster.history.content.store.ContentStore;
import no.oslocancercluster.history.search.SearchExport;
import no.oslocancercluster.history.search.SearchIndex;

import org.springframework.util.FileSystemUtils;

/**
 * Writes the whole site as static files with the bytes the server sends, for GitHub
 * Pages, a CDN or nginx: every page in every language ({@code /founding} as
 * {@code founding.html}, which those servers find for {@code /founding}; {@code /nb/} as
 * {@code nb/index.html}), the machine-readable files, the static files under their hashed
 * names, the pictures the text shows, the pages' share cards
 * ({@code cards/founding.png}), {@code 404.html}, and search: each language's search page
 * ({@code search.html}, {@code nb/search.html}), whose script answers it from that
 * language's index ({@code search-index.json}, {@code nb/search-index.json}).
 */
public class StaticExport {

	private final PageCache cache;

	private final ContentStore store;

	private final Cards cards;

	private final SearchIndex search;

	StaticExport(PageCache cache, ContentStore store, Cards cards, SearchIndex search) {
		this.cache = cache;
		this.store = store;
		this.cards = cards;
		this.search = search;
	}

	/**
	 * Writes the site into the folder, replacing what it held; returns how many files
	 * were written.
	 */
	public int write(Path folder, URI server) throws IOException, InterruptedException {
		FileSystemUtils.deleteRecursively(folder);
		Files.createDirectories(folder);
		LinkedFiles assets = new LinkedFiles(this.cache.basePath());
		String site = server.toString().replaceFirst("/+$", "") + this.cache.basePath();
		int files = writePages(folder, assets);
		files += writeSearch(folder, assets);
		// Made for the export only: a client loads the JDK's trusted certificates, which
		// a start of the site need not wait for.
		HttpClient http = HttpClient.newHttpClient();
		writeFile(folder.resolve("404.html"), get(http, URI.create(site + "/this-page-does-not-exist")).body());
		files++;
		files += writeAssets(folder, site, assets, http);
		files += writePictures(folder);
		files += writeCards(folder);
		return files;
	}

	// Every cached page, collecting the static files they link to.
	private int writePages(Path folder, LinkedFiles assets) throws IOException {
		List<String> paths = this.cache.paths();
		for (String path : paths) {
			writePage(folder, path, this.cache.exported(path).body(), assets);
		}
		return paths.size();
	}

	// Each language's search page and the index its script reads.
	private int writeSearch(Path folder, LinkedFiles assets) throws IOException {
		for (Language language : Language.values()) {
			byte[] page = this.cache.exportedSearch(language);
			if (page == null) {
				throw new IOException("The server did not render the search page of " + language.tag());
			}
			writePage(folder, language.path(SitePaths.SEARCH), page, assets);
			writeFile(folder.resolve(language.path(SearchExport.INDEX_FILE).substring(1)),
					this.search.exported(language, this.cache.basePath()));
		}
		return 2 * Language.values().length;
	}

	private void writePage(Path folder, String path, byte[] body, LinkedFiles assets) throws IOException {
		writeFile(folder.resolve(fileName(path)), body);
		assets.collect(body);
	}

	private int writeAssets(Path folder, String site, LinkedFiles assets, HttpClient http)
			throws IOException, InterruptedException {
		for (String asset : assets.found) {
			writeFile(folder.resolve(asset.substring(1)), get(http, URI.create(site + asset)).body());
		}
		return assets.found.size();
	}

	// The pictures the text shows, with the bytes the check read: nothing else in the
	// content folder is published.
	private int writePictures(Path folder) throws IOException {
		Map<String, PictureFile> pictures = this.store.pictures();
		for (Map.Entry<String, PictureFile> picture : pictures.entrySet()) {
			writeFile(folder.resolve(picture.getKey().substring(1)).normalize(), picture.getValue().bytes());
		}
		return pictures.size();
	}

	// Every page's share card, under the name it has on the server.
	private int writeCards(Path folder) throws IOException {
		Map<String, byte[]> cards = this.cards.all();
		for (Map.Entry<String, byte[]> card : cards.entrySet()) {
			writeFile(folder.resolve(card.getKey().substring(1)), card.getValue());
		}
		return cards.size();
	}

	private static void writeFile(Path file, byte[] bytes) throws IOException {
		Files.createDirectories(file.getParent());
		Files.write(file, bytes);
	}

	static String fileName(String path) {
		if (path.endsWith("/")) {
			return path.substring(1) + "index.html";
		}
		String name = path.substring(1);
		return name.contains(".") ? name : name + ".html";
	}

	private static HttpResponse<byte[]> get(HttpClient http, URI uri) throws IOException, InterruptedException {
		return http.send(HttpRequest.newBuilder(uri).header("Accept", "text/html").build(),
				HttpResponse.BodyHandlers.ofByteArray());
	}

	// The static files the pages link to, by their addresses within the site: found in
	// each page by one pattern for the path the site lives under.
	private static final class LinkedFiles {

		private final Pattern link;

		private final Set<String> found = new LinkedHashSet<>();

		LinkedFiles(String basePath) {
			this.link = Pattern
				.compile("(?:href|src)=\"" + Pattern.quote(basePath) + "(/(?:css|js|favicon)[^\"?#]*)\"");
		}

		void collect(byte[] page) {
			Matcher matcher = this.link.matcher(new String(page, StandardCharsets.UTF_8));
			while (matcher.find()) {
				this.found.add(matcher.group(1));
			}
		}

	}

}
