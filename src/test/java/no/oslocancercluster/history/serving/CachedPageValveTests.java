package no.oslocancercluster.history.serving;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A cached page is answered in Tomcat, by the valve, before the site's filters, and that
 * answer is the one the cached pages' filter gives: status, every header but the date,
 * and bytes, whatever the client accepts and whether its copy is current.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(PastTheCache.class)
class CachedPageValveTests {

	private static final List<String> CODINGS = List.of("identity", "gzip", "gzip, deflate, br");

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	private int port;

	@ParameterizedTest
	@ValueSource(strings = { "/", "/founding", "/nb/founding", "/timeline", "/timeline.json", "/sitemap.xml" })
	void answersAsTheFilterDoes(String path) throws Exception {
		for (String coding : CODINGS) {
			for (String method : List.of("GET", "HEAD")) {
				HttpResponse<byte[]> valve = send(request(path, coding).method(method, noBody()));
				HttpResponse<byte[]> filter = send(
						request(path, coding).header(PastTheCache.VALVE, "yes").method(method, noBody()));
				assertSame(path + " " + coding + " " + method, valve, filter);
			}
			String etag = send(request(path, coding).GET()).headers().firstValue("ETag").orElseThrow();
			HttpResponse<byte[]> valve = send(request(path, coding).header("If-None-Match", etag).GET());
			HttpResponse<byte[]> filter = send(
					request(path, coding).header("If-None-Match", etag).header(PastTheCache.VALVE, "yes").GET());
			assertThat(valve.statusCode()).isEqualTo(304);
			assertSame(path + " " + coding + " current", valve, filter);
		}
	}

	private static void assertSame(String what, HttpResponse<byte[]> valve, HttpResponse<byte[]> filter) {
		assertThat(valve.headers().firstValue(PastTheCache.THROUGH_THE_FILTERS)).as(what + ": the valve answered")
			.isEmpty();
		assertThat(filter.headers().firstValue(PastTheCache.THROUGH_THE_FILTERS)).as(what + ": the filter answered")
			.isPresent();
		assertThat(valve.statusCode()).as(what).isEqualTo(filter.statusCode());
		assertThat(headers(valve)).as(what).isEqualTo(headers(filter));
		assertThat(valve.body()).as(what).isEqualTo(filter.body());
	}

	private static Map<String, List<String>> headers(HttpResponse<byte[]> response) {
		Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
		headers.putAll(response.headers().map());
		headers.remove("Date");
		headers.remove(PastTheCache.THROUGH_THE_FILTERS);
		return headers;
	}

	private static HttpRequest.BodyPublisher noBody() {
		return HttpRequest.BodyPublishers.noBody();
	}

	private HttpRequest.Builder request(String path, String coding) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Accept", "text/html,*/*;q=0.8")
			.header("Accept-Language", "en-GB,en;q=0.9")
			.header("Accept-Encoding", coding);
	}

	private HttpResponse<byte[]> send(HttpRequest.Builder request) throws IOException, InterruptedException {
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
	}

}
