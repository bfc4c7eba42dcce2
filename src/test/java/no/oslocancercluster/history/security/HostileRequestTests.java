package no.oslocancercluster.history.security;

import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What bots send all day, byte for byte: every answer is a 4xx, and none shows a file
 * from outside the public set, a stack trace or the server's software.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HostileRequestTests {

	@LocalServerPort
	private int port;

	@ParameterizedTest
	@ValueSource(strings = { "/../pom.xml", "/%2e%2e/%2e%2e/etc/passwd", "/%252e%252e/%252e%252e/etc/passwd",
			"/css/..;/..;/application.properties", "/images/../../pom.xml", "/..\\..\\pom.xml",
			"/%2e%2e%5c%2e%2e%5cpom.xml", "/css%2f..%2f..%2fpom.xml", "/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd",
			"/founding%00.html", "/%ff%fe", "/%zz", "/application.properties", "/META-INF/MANIFEST.MF",
			"/WEB-INF/web.xml", "/templates/index.html", "/content/awards.md", "/.git/config",
			"/no/oslocancercluster/history/SiteApplication.class" })
	void pathTricksGetAClientErrorAndNoFile(String path) throws IOException {
		String response = send("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nAccept: text/html\r\n");
		assertThat(response).as(path).matches("(?s)HTTP/1\\.1 4\\d\\d .*");
		assertSafe(response, path);
	}

	@ParameterizedTest
	@CsvSource({ "TRACE, 405", "PUT, 405", "DELETE, 405", "POST, 405", "PATCH, 405", "FOO, 405" })
	void wrongMethodsAreRefusedWithAllow(String method, int status) throws IOException {
		String response = send(method + " /founding HTTP/1.1\r\nHost: localhost\r\nContent-Length: 0\r\n");
		assertThat(response).startsWith("HTTP/1.1 " + status);
		assertThat(response).containsPattern("(?i)\r\nAllow: ");
		assertSafe(response, method);
	}

	@ParameterizedTest
	@ValueSource(ints = { 10_000, 100_000 })
	void oversizedPathsAndHeadersAreRefused(int size) throws IOException {
		String longPath = send("GET /" + "a".repeat(size) + " HTTP/1.1\r\nHost: localhost\r\n");
		String longHeader = send("GET / HTTP/1.1\r\nHost: localhost\r\nX-Big: " + "a".repeat(size) + "\r\n");
		assertThat(longPath).matches("(?s)HTTP/1\\.1 (400|414|431) .*");
		assertThat(longHeader).matches("(?s)HTTP/1\\.1 (400|431) .*");
		assertSafe(longPath, "long path");
		assertSafe(longHeader, "long header");
	}

	@ParameterizedTest
	@ValueSource(strings = { "evil.example", "localhost:99999", "", "a b", "%00" })
	void oddHostHeadersDoNotBreakAnything(String host) throws IOException {
		String response = send("GET / HTTP/1.1\r\nHost: " + host + "\r\n");
		assertThat(response).as(host).matches("(?s)HTTP/1\\.1 (200|400) .*");
		assertSafe(response, host);
	}

	private static void assertSafe(String response, String what) {
		assertThat(response).as(what)
			.doesNotContain("root:x:")
			.doesNotContain("<project")
			.doesNotContain("spring.application")
			.doesNotContainPattern("\\bat [a-z]+\\.[a-z]+\\.")
			.doesNotContainIgnoringCase("exception")
			.doesNotContainIgnoringCase("tomcat")
			.doesNotContainPattern("(?i)\r\nServer: ")
			.doesNotContainPattern("(?i)\r\nX-Powered-By: ");
	}

	private String send(String head) throws IOException {
		try (Socket socket = new Socket("localhost", this.port)) {
			socket.getOutputStream().write((head + "Connection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
			return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
