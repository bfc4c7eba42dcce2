package no.oslocancercluster.history.security;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The security headers every response carries, by name, in the order they are sent.
 */
final class SecurityHeaders {

	// The pages need their own stylesheet, pictures and favicon, and nothing else: no
	// script, no frames, no forms to elsewhere. JSON-LD is a data block, which the policy
	// does not run. connect-src 'self' lets tools that read the site from within a page
	// (Lighthouse fetching robots.txt) do so; the pages themselves run no script.
	static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'self'; img-src 'self'; "
			+ "connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

	private SecurityHeaders() {
	}

	/**
	 * The headers, with {@code Strict-Transport-Security} for that long (none for zero).
	 */
	static Map<String, String> of(Duration strictTransportSecurity) {
		Map<String, String> headers = new LinkedHashMap<>();
		headers.put("Content-Security-Policy", CONTENT_SECURITY_POLICY);
		headers.put("X-Content-Type-Options", "nosniff");
		headers.put("Referrer-Policy", "strict-origin-when-cross-origin");
		headers.put("Permissions-Policy",
				"accelerometer=(), camera=(), geolocation=(), gyroscope=(), interest-cohort=(), magnetometer=(), "
						+ "microphone=(), payment=(), usb=()");
		headers.put("Cross-Origin-Opener-Policy", "same-origin");
		headers.put("Cross-Origin-Resource-Policy", "same-origin");
		headers.put("X-Frame-Options", "DENY");
		if (!strictTransportSecurity.isZero()) {
			headers.put("Strict-Transport-Security",
					"max-age=" + strictTransportSecurity.toSeconds() + "; includeSubDomains");
		}
		return Collections.unmodifiableMap(headers);
	}

}
