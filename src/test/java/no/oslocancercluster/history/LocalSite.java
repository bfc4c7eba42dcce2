package no.oslocancercluster.history;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.springframework.util.FileSystemUtils;

/**
 * The site a test started, as a browser asks it for pages; and copies of the real content for tests that change it.
 */
public final class LocalSite {

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private final int port;

	public LocalSite(int port) {
		this.port = port;
	}

	public HttpResponse<String> get(String path) {
		return get(path, Map.of());
	}

	/**
	 * The response to a GET of the path, with a browser's {@code Accept} and the given headers.
	 */
	public HttpResponse<String> get(String path, Map<String, String> headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
		headers.forEach(request::header);
		try {
			return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * A copy of the real {@code content/} folder in a new temporary folder, without the files named.
	 */
	public static Path copyOfContent(String name, String... leftOut) {
		try {
			Path folder = Files.createTempDirectory(name);
			FileSystemUtils.copyRecursively(Path.of("content"), folder);
			for (String file : leftOut) {
				Files.delete(folder.resolve(file));
			}
			return folder;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
