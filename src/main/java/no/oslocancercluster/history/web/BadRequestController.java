package no.oslocancercluster.history.web;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The site's "bad request" page at an address of its own in each language, so that it can
 * be rendered for the container's errors.
 */
@Controller
class BadRequestController {

	static final String PATH = "/errors/bad-request";

	@GetMapping({ PATH, "/nb" + PATH })
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	String badRequest(Model model) {
		model.addAttribute("error", ErrorView.of(HttpStatus.BAD_REQUEST.value()));
		return "error";
	}

}
