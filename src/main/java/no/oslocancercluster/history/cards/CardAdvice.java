package no.oslocancercluster.history.cards;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import no.oslocancercluster.history.RequestPath;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives every page of the history its share card, for the layout's {@code og:image} and
 * {@code twitter:image}; none for what is no page of the content (a search, an error).
 */
@ControllerAdvice
class CardAdvice {

	private final Cards cards;

	CardAdvice(Cards cards) {
		this.cards = cards;
	}

	@ModelAttribute("card")
	CardView card(HttpServletRequest request) {
		if (request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) != null) {
			return null;
		}
		return this.cards.view(RequestPath.of(request));
	}

}
