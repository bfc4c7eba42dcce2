package no.oslocancercluster.history.security;

import java.io.IOException;
import java.time.Duration;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Adds the security headers to every response, pages, files, errors and {@code 304}s
 * alike, before anything else can answer.
 */
class SecurityHeadersFilter extends OncePerRequestFilter {

	// The pages need their own stylesheet, pictures and favicon, and nothing else: no
	// script, no frames, no forms
	// to elsewhere. JSON-LD is a data block, which the policy does not run. connect-src
	// 'self' lets tools that
	// read the site from within a page (Lighthouse fetching robots.txt) do so; the pages
	// themselves run no script.
	static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'self'; img-src 'self'; "
			+ "connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

	private final String strictTransportSecurity;

	SecurityHeadersFilter(Duration strictTransportSecurity) {
		this.strictTransportSecurity = (strictTransportSecurity.isZero()) ? null
				: "max-age=" + strictTransportSecurity.toSeconds() + "; includeSubDomains";
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
		response.setHeader("X-Content-Type-Options", "nosniff");
		response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
		response.setHeader("Permissions-Policy",
				"accelerometer=(), camera=(), geolocation=(), gyroscope=(), interest-cohort=(), magnetometer=(), "
						+ "microphone=(), payment=(), usb=()");
		response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
		response.setHeader("Cross-Origin-Resource-Policy", "same-origin");
		response.setHeader("X-Frame-Options", "DENY");
		if (this.strictTransportSecurity != null) {
			response.setHeader("Strict-Transport-Security", this.strictTransportSecurity);
		}
		chain.doFilter(request, response);
	}

	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

}
