package no.oslocancercluster.history.serving;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.util.HexFormat;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * Asks the running server for a page, as a visitor's browser would, with a token that
 * tells the cache filter to let the request through to the controllers: so a cached page
 * has the bytes, headers and filters of a served one.
 */
final class PageRenderer {

	private static final Log logger = LogFactory.getLog(PageCache.class);

	private final String token = HexFormat.of().formatHex(SecureRandom.getSeed(16));

	private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	// The site's own address on this machine, with the path it lives under.
	private volatile URI server;

	void server(URI server) {
		this.server = server;
	}

	boolean ready() {
		return this.server != null;
	}

	String token() {
		return this.token;
	}

	boolean isRenderRequest(String header) {
		return this.token.equals(header);
	}

	/**
	 * The page at a path of the site for a day's home page, or {@code null} (and a
	 * warning) when the server does not answer it with the status expected.
	 */
	Response render(String path, int status, String day) {
		return render(path, status, day, false);
	}

	/**
	 * The page at a path, as the static export writes it when {@code exported}.
	 */
	Response render(String path, int status, String day, boolean exported) {
		try {
			HttpResponse<byte[]> response = this.http.send(request(path, day, exported),
					HttpResponse.BodyHandlers.ofByteArray());
			if (response.statusCode() != status) {
				logger.warn("Not caching " + path + ": the server answered " + response.statusCode());
				return null;
			}
			return new Response(response.headers().firstValue("Content-Type").orElse("application/octet-stream"),
					response.body());
		}
		catch (IOException ex) {
			logger.warn("Not caching " + path + ": " + ex.getMessage());
			return null;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return null;
		}
	}

	// A request that the cache filter lets through to the controllers.
	private HttpRequest request(String path, String day, boolean exported) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.server + path))
			.header(PageCache.RENDER_HEADER, this.token)
			.header(PageCache.DAY_HEADER, day)
			.header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
		if (exported) {
			request.header(PageCache.EXPORT_HEADER, "search");
		}
		return request.build();
	}

	/**
	 * A page as the server sent it.
	 *
	 * @param contentType its content type
	 * @param body its bytes
	 */
	record Response(String contentType, byte[] body) {

	}

}
