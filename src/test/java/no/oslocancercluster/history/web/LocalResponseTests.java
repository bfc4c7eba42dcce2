package no.oslocancercluster.history.web;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A page rendered in the process comes out whole, in UTF-8, whatever its size, and a body
 * the site throws away to answer otherwise (an error page after a failure) leaves nothing
 * of itself behind.
 */
class LocalResponseTests {

	@Test
	void givesEveryCharacterWrittenInUtf8() throws Exception {
		LocalResponse response = new LocalResponse();
		PrintWriter writer = response.getWriter();
		writer.write("<p>Forskningsparken på Blindern");
		writer.write(" – ");
		writer.write("Oslo</p>");
		assertThat(response.getContentAsByteArray())
			.isEqualTo("<p>Forskningsparken på Blindern – Oslo</p>".getBytes(StandardCharsets.UTF_8));
		assertThat(response.getContentAsString()).isEqualTo("<p>Forskningsparken på Blindern – Oslo</p>");
	}

	@Test
	void givesAPageLongerThanItsBufferWhole() throws Exception {
		LocalResponse response = new LocalResponse();
		String line = "<li><a href=\"/section-1\">Section 1</a></li>\n";
		StringBuilder page = new StringBuilder();
		for (int i = 0; i < 2000; i++) {
			response.getWriter().write(line);
			page.append(line);
		}
		assertThat(response.getContentAsString()).hasSize(page.length()).isEqualTo(page.toString());
		assertThat(response.isCommitted()).isTrue();
	}

	@Test
	void dropsWhatItHeldWhenTheBodyIsReset() throws Exception {
		LocalResponse response = new LocalResponse();
		response.getWriter().write("<p>Half a page");
		response.resetBuffer();
		response.getWriter().write("<p>The error page</p>");
		assertThat(response.getContentAsString()).isEqualTo("<p>The error page</p>");
		response.getWriter().write("<p>Another half");
		response.reset();
		response.getWriter().write("<p>Not found</p>");
		assertThat(response.getContentAsString()).isEqualTo("<p>Not found</p>");
	}

}
