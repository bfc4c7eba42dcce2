package no.oslocancercluster.history.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import jakarta.servlet.ServletException;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.apache.tomcat.util.http.MimeHeaders;

/**
 * Gives every request's response the security headers in Tomcat itself, as bytes, before
 * the site's filters run. Set as text by {@link SecurityHeadersFilter}, Tomcat encoded
 * them a character at a time for every response (a fourteenth of the server's time
 * serving a cached page, bench/README.md); these are encoded once.
 */
class SecurityHeadersValve extends ValveBase {

	/**
	 * The request attribute that says the response has the headers.
	 */
	static final String GIVEN = SecurityHeadersValve.class.getName() + ".GIVEN";

	private final List<Header> headers;

	SecurityHeadersValve(Map<String, String> headers) {
		super(true);
		this.headers = headers.entrySet()
			.stream()
			.map((header) -> new Header(header.getKey(), header.getValue().getBytes(StandardCharsets.ISO_8859_1)))
			.toList();
	}

	@Override
	public void invoke(Request request, Response response) throws IOException, ServletException {
		MimeHeaders mime = response.getCoyoteResponse().getMimeHeaders();
		for (Header header : this.headers) {
			mime.addValue(header.name()).setBytes(header.value(), 0, header.value().length);
		}
		request.setAttribute(GIVEN, Boolean.TRUE);
		getNext().invoke(request, response);
	}

	private record Header(String name, byte[] value) {

	}

}
