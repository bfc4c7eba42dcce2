package no.oslocancercluster.history.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import no.oslocancercluster.history.ContentCodings;

import org.springframework.core.io.Resource;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.resource.ResourceResolver;
import org.springframework.web.servlet.resource.ResourceResolverChain;

/**
 * Shows Spring's {@code EncodedResourceResolver} the codings a client accepts in the
 * site's order of preference, Brotli first: it takes the first the client lists, and
 * browsers list gzip first (spring-framework#37210). The codings are those
 * {@link ContentCodings} accepts, as the page cache sends. Ahead of the resource chain's
 * cache, which keys what it found by these codings.
 */
final class ServerPreferredCodings implements ResourceResolver {

	@Override
	public Resource resolveResource(HttpServletRequest request, String requestPath, List<? extends Resource> locations,
			ResourceResolverChain chain) {
		return chain.resolveResource((request != null) ? new Reordered(request) : null, requestPath, locations);
	}

	@Override
	public String resolveUrlPath(String resourcePath, List<? extends Resource> locations, ResourceResolverChain chain) {
		return chain.resolveUrlPath(resourcePath, locations);
	}

	static String preferred(String acceptEncoding) {
		return String.join(", ", ContentCodings.accepted(acceptEncoding));
	}

	private static final class Reordered extends HttpServletRequestWrapper {

		Reordered(HttpServletRequest request) {
			super(request);
		}

		@Override
		public String getHeader(String name) {
			String value = super.getHeader(name);
			return (value != null && HttpHeaders.ACCEPT_ENCODING.equalsIgnoreCase(name)) ? preferred(value) : value;
		}

	}

}
