package no.oslocancercluster.history.discovery;

import no.oslocancercluster.history.SiteProperties;
import no.oslocancercluster.history.content.store.ContentStore;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The sitemap, robots.txt and the timeline as JSON.
 */
@RestController
class DiscoveryController {

	private final ContentStore store;

	private final SiteProperties properties;

	DiscoveryController(ContentStore store, SiteProperties properties) {
		this.store = store;
		this.properties = properties;
	}

	@GetMapping(path = "/sitemap.xml", produces = MediaType.APPLICATION_XML_VALUE)
	String sitemap() {
		return Sitemap.write(this.store.editions(), this.properties);
	}

	@GetMapping(path = "/robots.txt", produces = MediaType.TEXT_PLAIN_VALUE)
	String robots() {
		return "User-agent: *\nAllow: /\n\nSitemap: " + this.properties.absolute("/sitemap.xml") + "\n";
	}

	@GetMapping(path = "/timeline.json", produces = MediaType.APPLICATION_JSON_VALUE)
	TimelineJson timeline() {
		return TimelineJson.of(this.store.current(), this.properties);
	}

}
