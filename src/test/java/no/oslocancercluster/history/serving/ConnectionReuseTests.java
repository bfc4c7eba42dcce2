package no.oslocancercluster.history.serving;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A browser's or a proxy's connection is kept for a thousand requests, as nginx keeps it,
 * not closed after Tomcat's hundred: a busy proxy does not open a new connection every
 * hundred pages, and the server does not make a new connection's buffers as often.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ConnectionReuseTests {

	@LocalServerPort
	private int port;

	@Test
	void oneConnectionCarriesAThousandRequests() throws IOException {
		try (Socket socket = new Socket("localhost", this.port)) {
			socket.setSoTimeout(10_000);
			OutputStream out = socket.getOutputStream();
			InputStream in = new BufferedInputStream(socket.getInputStream());
			for (int i = 1; i <= 999; i++) {
				String head = get(out, in);
				assertThat(head).as("response %d", i).startsWith("http/1.1 200").doesNotContain("connection: close");
			}
			assertThat(get(out, in)).as("response 1000").startsWith("http/1.1 200").contains("connection: close");
		}
	}

	// Asks for the robots.txt file on the connection and reads the whole answer; its
	// head, lower case.
	private static String get(OutputStream out, InputStream in) throws IOException {
		out.write("GET /robots.txt HTTP/1.1\r\nHost: localhost\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
		out.flush();
		ByteArrayOutputStream head = new ByteArrayOutputStream();
		while (!head.toString(StandardCharsets.US_ASCII).endsWith("\r\n\r\n")) {
			int next = in.read();
			assertThat(next).as("the connection is still open").isNotNegative();
			head.write(next);
		}
		String text = head.toString(StandardCharsets.US_ASCII).toLowerCase(Locale.ROOT);
		int length = Integer.parseInt(text.replaceAll("(?s).*content-length: (\\d+).*", "$1"));
		assertThat(in.readNBytes(length)).hasSize(length);
		return text;
	}

}
