package no.oslocancercluster.history.web;

import java.util.List;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.webmvc.autoconfigure.error.AbstractErrorController;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Every error is the site's one error page, with the heading and advice of its status
 * ({@link ErrorView}), in the language of the address that failed, whatever the client
 * accepts and whatever its method: HTML is the only representation, so no client ever
 * gets Spring's JSON error body with the path that failed.
 */
@Controller
@RequestMapping("${server.error.path:${error.path:/error}}")
class SiteErrorController extends AbstractErrorController {

	SiteErrorController(ErrorAttributes errorAttributes, List<ErrorViewResolver> errorViewResolvers) {
		super(errorAttributes, errorViewResolvers);
	}

	/**
	 * The page for the error, with nothing in its model but what its status shows: the
	 * page shows no path, message, exception or stack trace, because the model has none
	 * to show.
	 */
	@RequestMapping
	ModelAndView error(HttpServletRequest request, HttpServletResponse response) {
		HttpStatus status = status(request);
		response.setStatus(status.value());
		return new ModelAndView("error", Map.of("error", ErrorView.of(status.value())), status);
	}

	// Asked for directly, the error page is no page of the site.
	private HttpStatus status(HttpServletRequest request) {
		return (request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) != null) ? getStatus(request)
				: HttpStatus.NOT_FOUND;
	}

}
