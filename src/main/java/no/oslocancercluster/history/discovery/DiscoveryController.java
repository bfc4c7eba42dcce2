package no.oslocancercluster.history.discovery;

import java.util.Locale;

import no.oslocancercluster.history.SiteProperties;
import no.oslocancercluster.history.content.model.Language;
import no.oslocancercluster.history.content.model.SitePaths;
import no.oslocancercluster.history.content.store.ContentStore;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The sitemap, robots.txt, the Atom feeds and the timeline as JSON.
 */
@RestController
class DiscoveryController {

	private final ContentStore store;

	private final SiteProperties properties;

	private final AtomFeed feed;

	DiscoveryController(ContentStore store, SiteProperties properties, AtomFeed feed) {
		this.store = store;
		this.properties = properties;
		this.feed = feed;
	}

	@GetMapping(path = "/sitemap.xml", produces = MediaType.APPLICATION_XML_VALUE)
	String sitemap() {
		return Sitemap.write(this.store.editions(), this.properties);
	}

	@GetMapping(path = "/robots.txt", produces = MediaType.TEXT_PLAIN_VALUE)
	String robots() {
		return "User-agent: *\nAllow: /\n\nSitemap: " + this.properties.absolute("/sitemap.xml") + "\n";
	}

	@GetMapping(path = { SitePaths.FEED, "/nb" + SitePaths.FEED }, produces = "application/atom+xml;charset=UTF-8")
	String feed(Locale locale) {
		return this.feed.write(this.store.current(Language.of(locale)));
	}

	@GetMapping(path = "/timeline.json", produces = MediaType.APPLICATION_JSON_VALUE)
	TimelineJson timeline() {
		return TimelineJson.of(this.store.current(), this.properties);
	}

}
