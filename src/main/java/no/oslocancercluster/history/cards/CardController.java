package no.oslocancercluster.history.cards;

import java.time.Duration;

import jakarta.servlet.http.HttpServletRequest;
import no.oslocancercluster.history.RequestPath;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The share cards of the current version's pages. The pages link a card with
 * {@code ?v=<digest of what it shows>}: a card that changes gets a new address, so that
 * one asked for by its current address may be kept for good; any other only as long as a
 * page.
 */
@Controller
class CardController {

	private static final CacheControl FOREVER = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();

	private static final CacheControl FOR_NOW = CacheControl.maxAge(Duration.ofMinutes(5))
		.cachePublic()
		.mustRevalidate();

	private final Cards cards;

	CardController(Cards cards) {
		this.cards = cards;
	}

	@GetMapping(Cards.PATH + "**")
	ResponseEntity<byte[]> card(HttpServletRequest request, @RequestParam(name = "v", required = false) String v) {
		Cards.Drawn card = this.cards.drawn(RequestPath.of(request));
		if (card == null) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return ResponseEntity.ok()
			.contentType(MediaType.IMAGE_PNG)
			.cacheControl(card.digest().equals(v) ? FOREVER : FOR_NOW)
			.eTag(card.digest())
			.body(card.png());
	}

}
