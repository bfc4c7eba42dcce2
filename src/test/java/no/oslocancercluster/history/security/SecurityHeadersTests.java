package no.oslocancercluster.history.security;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every response carries the security headers (pages, static files, errors and
 * {@code 304}s) and none names the server's software.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SecurityHeadersTests {

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	private int port;

	@Test
	void everyKindOfResponseCarriesTheSecurityHeaders() throws Exception {
		List<HttpResponse<String>> responses = new ArrayList<>();
		HttpResponse<String> home = get("/", null);
		responses.add(home);
		responses.add(get("/timeline", null));
		responses.add(get("/sitemap.xml", null));
		responses.add(get(Jsoup.parse(home.body()).select("link[rel=stylesheet]").attr("href"), null));
		responses.add(get("/no-such-page", null));
		responses.add(get("/images/no-such-picture.jpg", null));
		responses.add(get("/", home.headers().firstValue("ETag").orElseThrow()));
		assertThat(responses).extracting(HttpResponse::statusCode).containsExactly(200, 200, 200, 200, 404, 404, 304);
		for (HttpResponse<String> response : responses) {
			HttpHeaders headers = response.headers();
			String what = response.uri().getPath() + " (" + response.statusCode() + ")";
			assertThat(headers.firstValue("Content-Security-Policy")).as(what)
				.hasValue("default-src 'none'; style-src 'self'; img-src 'self'; connect-src 'self'; base-uri 'none'; "
						+ "form-action 'self'; frame-ancestors 'none'");
			assertThat(headers.firstValue("X-Content-Type-Options")).as(what).hasValue("nosniff");
			assertThat(headers.firstValue("Referrer-Policy")).as(what).hasValue("strict-origin-when-cross-origin");
			assertThat(headers.firstValue("Permissions-Policy")).as(what).get().asString().contains("camera=()");
			assertThat(headers.firstValue("Cross-Origin-Opener-Policy")).as(what).hasValue("same-origin");
			assertThat(headers.firstValue("Cross-Origin-Resource-Policy")).as(what).hasValue("same-origin");
			assertThat(headers.firstValue("X-Frame-Options")).as(what).hasValue("DENY");
			assertThat(headers.firstValue("Strict-Transport-Security")).as(what)
				.hasValue("max-age=31536000; includeSubDomains");
			// Each once: given by the server and again for an error page, never twice.
			for (String name : List.of("Content-Security-Policy", "X-Content-Type-Options", "Referrer-Policy",
					"Permissions-Policy", "Cross-Origin-Opener-Policy", "Cross-Origin-Resource-Policy",
					"X-Frame-Options", "Strict-Transport-Security")) {
				assertThat(headers.allValues(name)).as(what + " " + name).hasSize(1);
			}
			assertThat(headers.firstValue("Server")).as(what).isEmpty();
			assertThat(headers.firstValue("X-Powered-By")).as(what).isEmpty();
		}
	}

	private HttpResponse<String> get(String path, String ifNoneMatch) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Accept", "text/html,*/*;q=0.8");
		if (ifNoneMatch != null) {
			request.header("If-None-Match", ifNoneMatch);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
