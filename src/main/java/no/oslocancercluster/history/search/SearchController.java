package no.oslocancercluster.history.search;

import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import no.oslocancercluster.history.content.Language;

import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The search page, a plain form that works without JavaScript: {@code /search?q=} and {@code /nb/search?q=}.
 */
@Controller
class SearchController {

	private static final int MAX_RESULTS = 20;

	private final SearchIndex index;

	SearchController(SearchIndex index) {
		this.index = index;
	}

	@GetMapping({ "/search", "/nb/search" })
	String search(@RequestParam(name = "q", required = false) String query, Model model, Locale locale,
			HttpServletResponse response) {
		// Results change with the content and the query: not for shared caches, and not for search engines.
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
		response.setHeader("X-Robots-Tag", "noindex");
		model.addAttribute("current", "search");
		if (query != null && !query.isBlank()) {
			SearchIndex.Results results = this.index.search(Language.of(locale), query, MAX_RESULTS);
			model.addAttribute("results", results);
			model.addAttribute("query", results.query());
		}
		else {
			model.addAttribute("query", "");
		}
		return "search";
	}

}
