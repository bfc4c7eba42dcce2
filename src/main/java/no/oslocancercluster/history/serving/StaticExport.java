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
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import no.oslocancercluster.history.content.model.PictureFile;
import no.oslocancercluster.history.content.store.ContentStore;

import org.springframework.util.FileSystemUtils;

/**
 * Writes the whole site as static files with the bytes the server sends, for GitHub
 * Pages, a CDN or nginx: every page in every language ({@code /founding} as
 * {@code founding.html}, which those servers find for {@code /founding}; {@code /nb/} as
 * {@code nb/index.html}), the machine-readable files, the static files under their hashed
 * names, the pictures the text shows, and {@code 404.html}.
 */
public class StaticExport {

	private static final Pattern ASSET = Pattern.compile("(?:href|src)=\"(/(?:css|favicon)[^\"?#]*)\"");

	private final PageCache cache;

	private final ContentStore store;

	private final HttpClient http = HttpClient.newHttpClient();

	StaticExport(PageCache cache, ContentStore store) {
		this.cache = cache;
		this.store = store;
	}

	/**
	 * Writes the site into the folder, replacing what it held; returns how many files
	 * were written.
	 */
	public int write(Path folder, URI server) throws IOException, InterruptedException {
		FileSystemUtils.deleteRecursively(folder);
		Files.createDirectories(folder);
		int files = 0;
		Set<String> assets = new LinkedHashSet<>();
		for (String path : this.cache.paths()) {
			byte[] body = this.cache.page(path).body();
			Path file = folder.resolve(fileName(path));
			Files.createDirectories(file.getParent());
			Files.write(file, body);
			files++;
			Matcher matcher = ASSET.matcher(new String(body, StandardCharsets.UTF_8));
			while (matcher.find()) {
				assets.add(matcher.group(1));
			}
		}
		HttpResponse<byte[]> notFound = get(server.resolve("/this-page-does-not-exist"));
		Files.write(folder.resolve("404.html"), notFound.body());
		files++;
		for (String asset : assets) {
			Path file = folder.resolve(asset.substring(1));
			Files.createDirectories(file.getParent());
			Files.write(file, get(server.resolve(asset)).body());
			files++;
		}
		// The pictures the text shows, with the bytes the check read: nothing else in the
		// content folder is published.
		for (Map.Entry<String, PictureFile> picture : this.store.pictures().entrySet()) {
			Path file = folder.resolve(picture.getKey().substring(1)).normalize();
			Files.createDirectories(file.getParent());
			Files.write(file, picture.getValue().bytes());
			files++;
		}
		return files;
	}

	static String fileName(String path) {
		if (path.endsWith("/")) {
			return path.substring(1) + "index.html";
		}
		String name = path.substring(1);
		return name.contains(".") ? name : name + ".html";
	}

	private HttpResponse<byte[]> get(URI uri) throws IOException, InterruptedException {
		return this.http.send(HttpRequest.newBuilder(uri).header("Accept", "text/html").build(),
				HttpResponse.BodyHandlers.ofByteArray());
	}

}
