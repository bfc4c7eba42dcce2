package no.oslocancercluster.history;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.util.FileSystemUtils;

/**
 * The site a test started, as a browser asks it for pages; and copies of the real content
 * for tests that change it.
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
	 * The response to a GET of the path, with a browser's {@code Accept} and the given
	 * headers.
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
	 * The answer to a request sent byte for byte, as a bot or an old client sends it: any
	 * method, any target (also one that no HTTP library sends, such as {@code /%zz}) and
	 * only the given header lines, so no {@code Accept} unless one is given. HTTP/1.0, so
	 * that the body comes whole, never in chunks.
	 */
	public Answer send(String method, String target, String... headerLines) {
		StringBuilder head = new StringBuilder(method + " " + target + " HTTP/1.0\r\nHost: localhost\r\n");
		for (String line : headerLines) {
			head.append(line).append("\r\n");
		}
		try (Socket socket = new Socket("localhost", this.port)) {
			socket.getOutputStream().write(head.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
			return Answer.of(new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * A copy of the real {@code content/} folder in a new temporary folder, without the
	 * files named; the folder is deleted when the test JVM exits.
	 */
	public static Path copyOfContent(String name, String... leftOut) {
		try {
			Path folder = Files.createTempDirectory(name);
			Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteQuietly(folder)));
			return copyOfContent(folder.resolve("content"), leftOut);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * A copy of the real {@code content/} folder at the given place (a test's own
	 * temporary folder, say), without the files named.
	 */
	public static Path copyOfContent(Path folder, String... leftOut) {
		try {
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

	private static void deleteQuietly(Path folder) {
		try {
			FileSystemUtils.deleteRecursively(folder);
		}
		catch (IOException ex) {
			// A temporary folder: the system clears it in the end.
		}
	}

	/**
	 * What came back: the status, the headers (by lower-case name) and the body.
	 */
	public record Answer(int status, Map<String, String> headers, String body) {

		static Answer of(String response) {
			int end = response.indexOf("\r\n\r\n");
			String[] lines = response.substring(0, end).split("\r\n");
			Map<String, String> headers = new TreeMap<>();
			for (int i = 1; i < lines.length; i++) {
				String[] header = lines[i].split(":", 2);
				headers.put(header[0].trim().toLowerCase(Locale.ROOT), header[1].trim());
			}
			return new Answer(Integer.parseInt(lines[0].split(" ")[1]), headers, response.substring(end + 4));
		}

		public String header(String name) {
			return this.headers.get(name.toLowerCase(Locale.ROOT));
		}

	}

}
