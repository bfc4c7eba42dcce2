package no.oslocancercluster.history.serving;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.zip.GZIPInputStream;

import com.aayushatharva.brotli4j.decoder.Decoder;
import org.apache.catalina.connector.Connector;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pages are served from memory exactly as the templates render them, compressed as the
 * client accepts, and revalidated with {@code 304 Not Modified}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(PastTheCache.class)
class ServingTests {

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	private int port;

	@Autowired
	private WebServerApplicationContext context;

	@Autowired
	private PageCache cache;

	@ParameterizedTest
	@ValueSource(strings = { "/", "/founding", "/awards", "/timeline", "/print", "/sitemap.xml", "/robots.txt",
			"/timeline.json", "/cite/founding.bib", "/nb/cite/timeline.json" })
	void servesTheSameBytesTheServerAnswersThroughTheControllers(String path) throws Exception {
		HttpResponse<byte[]> rendered = send(request(path).header(PastTheCache.HEADER, "yes").GET());
		HttpResponse<byte[]> served = send(request(path).GET());
		assertThat(rendered.headers().firstValue("ETag")).as("the request passed the cache").isEmpty();
		assertThat(served.headers().firstValue("ETag")).as("the cache answered").isPresent();
		assertThat(served.body()).isEqualTo(rendered.body());
		assertThat(served.headers().firstValue("Content-Type"))
			.isEqualTo(rendered.headers().firstValue("Content-Type"));
	}

	@Test
	void aClosedConnectionsBuffersAreKeptForTheNextConnectionWhateverTheHeap() {
		Connector connector = ((TomcatWebServer) this.context.getWebServer()).getTomcat().getConnector();
		// Tomcat's own setting (-2) keeps none in a heap under 2 GB, such as the
		// container's.
		assertThat(connector.getProperty("socket.bufferPoolSize"))
			.isEqualTo(String.valueOf(ServingConfiguration.keptBuffers(Runtime.getRuntime().maxMemory())));
		int connection = 8 * 1024 + ServingConfiguration.WRITE_BUFFER;
		assertThat(ServingConfiguration.keptBuffers(64L * 1024 * 1024) / connection)
			.as("connections whose buffers a 64 MB heap keeps")
			.isGreaterThanOrEqualTo(48);
	}

	@Test
	void everyPageGoesToTheClientWithItsHeadersInOneWrite() throws Exception {
		Connector connector = ((TomcatWebServer) this.context.getWebServer()).getTomcat().getConnector();
		int buffer = Integer.parseInt(String.valueOf(connector.getProperty("socket.appWriteBufSize")));
		assertThat(buffer).isEqualTo(ServingConfiguration.WRITE_BUFFER);
		for (String path : this.cache.paths()) {
			HttpResponse<byte[]> page = send(request(path).GET());
			int headers = page.headers()
				.map()
				.entrySet()
				.stream()
				.mapToInt((header) -> header.getKey().length() + String.join(", ", header.getValue()).length() + 4)
				.sum();
			assertThat(page.body().length + headers + "HTTP/1.1 200 \r\n\r\n".length()).as(path)
				.isLessThanOrEqualTo(buffer);
		}
	}

	@Test
	void answersAConditionalRequestWithNotModifiedAndNoBody() throws Exception {
		HttpResponse<byte[]> first = send(request("/awards").GET());
		String etag = first.headers().firstValue("ETag").orElseThrow();
		assertThat(etag).matches("\"[A-Za-z0-9_-]{22}\"");
		assertThat(first.headers().firstValue("Cache-Control")).hasValue("public, max-age=300, must-revalidate");
		assertThat(first.headers().firstValue("Last-Modified")).isPresent();
		HttpResponse<byte[]> again = send(request("/awards").header("If-None-Match", etag).GET());
		assertThat(again.statusCode()).isEqualTo(304);
		assertThat(again.body()).isEmpty();
		assertThat(again.headers().firstValue("ETag")).hasValue(etag);
		HttpResponse<byte[]> since = send(request("/awards")
			.header("If-Modified-Since", first.headers().firstValue("Last-Modified").orElseThrow())
			.GET());
		assertThat(since.statusCode()).isEqualTo(304);
		HttpResponse<byte[]> stale = send(request("/awards").header("If-None-Match", "\"something-else\"").GET());
		assertThat(stale.statusCode()).isEqualTo(200);
	}

	@Test
	void sendsPrecompressedBytesTheClientAccepts() throws Exception {
		byte[] plain = send(request("/timeline").GET()).body();
		HttpResponse<byte[]> gzip = send(request("/timeline").header("Accept-Encoding", "gzip").GET());
		assertThat(gzip.headers().firstValue("Content-Encoding")).hasValue("gzip");
		assertThat(gzip.headers().firstValue("Vary")).hasValue("Accept-Encoding");
		assertThat(new GZIPInputStream(new ByteArrayInputStream(gzip.body())).readAllBytes()).isEqualTo(plain);
		assertThat(gzip.body().length).isLessThan(plain.length / 2);
		HttpResponse<byte[]> brotli = send(request("/timeline").header("Accept-Encoding", "gzip, deflate, br").GET());
		assertThat(brotli.headers().firstValue("Content-Encoding")).hasValue("br");
		assertThat(Decoder.decompress(brotli.body()).getDecompressedData()).isEqualTo(plain);
		assertThat(brotli.headers().firstValue("ETag")).isNotEqualTo(gzip.headers().firstValue("ETag"));
		HttpResponse<byte[]> refused = send(request("/timeline").header("Accept-Encoding", "br;q=0, gzip;q=0").GET());
		assertThat(refused.headers().firstValue("Content-Encoding")).isEmpty();
		assertThat(refused.body()).isEqualTo(plain);
	}

	@Test
	void answersHeadWithTheHeadersOfGet() throws Exception {
		HttpResponse<byte[]> get = send(request("/founding").GET());
		HttpResponse<byte[]> head = send(request("/founding").method("HEAD", HttpRequest.BodyPublishers.noBody()));
		assertThat(head.statusCode()).isEqualTo(200);
		assertThat(head.body()).isEmpty();
		assertThat(head.headers().firstValue("Content-Length")).hasValue(Integer.toString(get.body().length));
		assertThat(head.headers().firstValue("ETag")).isEqualTo(get.headers().firstValue("ETag"));
	}

	@Test
	void servesStaticFilesUnderContentHashedAddressesForAYear() throws Exception {
		org.jsoup.nodes.Document home = Jsoup.parse(new String(send(request("/").GET()).body()));
		assertThat(home.select("link[rel=stylesheet]").attr("href")).matches("/css/site-[0-9a-f]{32}\\.css");
		assertThat(home.select("link[rel=icon]").attr("href")).matches("/favicon-[0-9a-f]{32}\\.svg");
		for (String file : home.select("link[rel=stylesheet], link[rel=icon]").eachAttr("href")) {
			HttpResponse<byte[]> response = send(request(file).GET());
			assertThat(response.statusCode()).as(file).isEqualTo(200);
			assertThat(response.headers().firstValue("Cache-Control")).as(file)
				.hasValue("max-age=31536000, public, immutable");
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "link[rel=stylesheet]", "link[rel=icon]" })
	void sendsStaticFilesInTheCopyCompressedWhenTheSiteWasBuilt(String link) throws Exception {
		org.jsoup.nodes.Document home = Jsoup.parse(new String(send(request("/").GET()).body()));
		String file = home.select(link).attr("href");
		byte[] plain = send(request(file).GET()).body();
		HttpResponse<byte[]> brotli = send(request(file).header("Accept-Encoding", "gzip, deflate, br, zstd").GET());
		assertThat(brotli.headers().firstValue("Content-Encoding")).hasValue("br");
		assertThat(brotli.headers().allValues("Vary")).contains("Accept-Encoding");
		assertThat(Decoder.decompress(brotli.body()).getDecompressedData()).isEqualTo(plain);
		HttpResponse<byte[]> gzip = send(request(file).header("Accept-Encoding", "gzip").GET());
		assertThat(gzip.headers().firstValue("Content-Encoding")).hasValue("gzip");
		assertThat(new GZIPInputStream(new ByteArrayInputStream(gzip.body())).readAllBytes()).isEqualTo(plain);
		assertThat(send(request(file).GET()).headers().firstValue("Content-Encoding")).isEmpty();
		HttpResponse<byte[]> refused = send(request(file).header("Accept-Encoding", "br;q=0, gzip").GET());
		assertThat(refused.headers().firstValue("Content-Encoding")).hasValue("gzip");
	}

	@Test
	void aFirstVisitAsABrowserAsksForItFitsInTcpsFirstWindow() throws Exception {
		for (String page : new String[] { "/", "/founding", "/timeline", "/nb/" }) {
			HttpResponse<byte[]> html = send(request(page).header("Accept-Encoding", "gzip, deflate, br").GET());
			org.jsoup.nodes.Document document = Jsoup
				.parse(new String(Decoder.decompress(html.body()).getDecompressedData()));
			long bytes = html.body().length;
			for (String file : document.select("link[rel=stylesheet], link[rel=icon]").eachAttr("href")) {
				bytes += send(request(file).header("Accept-Encoding", "gzip, deflate, br").GET()).body().length;
			}
			assertThat(bytes).as(page + ": page, stylesheet and icon in Brotli, without headers").isLessThan(12_000);
		}
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Accept", "text/html,*/*;q=0.8");
	}

	private HttpResponse<byte[]> send(HttpRequest.Builder request) throws IOException, InterruptedException {
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
	}

}
