package no.oslocancercluster.history.serving;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import jakarta.servlet.http.HttpServletRequest;
import no.oslocancercluster.history.RequestPath;
import no.oslocancercluster.history.content.model.PictureFile;
import no.oslocancercluster.history.content.model.SitePaths;
import no.oslocancercluster.history.content.store.ContentStore;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriUtils;

/**
 * The pictures the history shows, from the bytes the content check read and checked,
 * never from the folder at the time of the request: a file that is not a checked picture
 * of the current version is never served.
 */
@Controller
class PictureController {

	// Pictures are linked with ?v=<digest of the file>: a changed picture gets a new
	// address, so caches may keep one.
	private static final CacheControl FOREVER = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();

	private final ContentStore store;

	PictureController(ContentStore store) {
		this.store = store;
	}

	@GetMapping(SitePaths.IMAGES + "**")
	ResponseEntity<byte[]> picture(HttpServletRequest request) {
		// Pages write a picture's name percent-encoded (/images/%C3%A5pning.png); it is
		// known by its name.
		PictureFile picture = this.store.picture(UriUtils.decode(RequestPath.of(request), StandardCharsets.UTF_8))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(picture.contentType()))
			.cacheControl(FOREVER)
			.eTag(picture.digest().substring(0, 16))
			.body(picture.bytes());
	}

}
