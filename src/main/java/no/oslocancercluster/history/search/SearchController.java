package no.oslocancercluster.history.search;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import no.oslocancercluster.history.content.model.Language;
import no.oslocancercluster.history.content.model.SitePaths;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The search page, a plain form that works without JavaScript: {@code /search?q=} and
 * {@code /nb/search?q=}.
 */
@Controller
class SearchController {

	private static final int MAX_RESULTS = 20;

	private final SearchIndex index;

	SearchController(SearchIndex index) {
		this.index = index;
	}

	@GetMapping({ SitePaths.SEARCH, "/nb" + SitePaths.SEARCH })
	String search(@RequestParam(name = "q", required = false) String query, Model model, Locale locale,
			HttpServletRequest request) {
		model.addAttribute("current", "search");
		if (request.getAttribute(SearchExport.ATTRIBUTE) != null) {
			model.addAttribute("query", "");
			model.addAttribute("exported", ExportedView.of(Language.of(locale)));
			return "search";
		}
		if (query != null && !query.isBlank()) {
			SearchIndex.Results results = this.index.search(Language.of(locale), query, MAX_RESULTS);
			model.addAttribute("results", ResultsView.of(results));
			model.addAttribute("query", results.query());
		}
		else {
			model.addAttribute("query", "");
		}
		return "search";
	}

	/**
	 * The page a search gets while too many others run (see {@link SearchGate}), rendered
	 * for it by an include; an address of its own only inside the site.
	 */
	@GetMapping({ SearchGate.BUSY_PATH, "/nb" + SearchGate.BUSY_PATH })
	String busy(Model model, HttpServletRequest request) {
		if (request.getDispatcherType() != DispatcherType.INCLUDE) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		model.addAttribute("current", "search");
		model.addAttribute("query", "");
		model.addAttribute("busy", true);
		return "search";
	}

	/**
	 * What the static export's search page needs for its script.
	 *
	 * @param index the address of the language's index file
	 * @param maxQueryLength the length a query is cut to
	 */
	record ExportedView(String index, int maxQueryLength) {

		static ExportedView of(Language language) {
			return new ExportedView(language.path(SearchExport.INDEX_FILE), SearchIndex.MAX_QUERY_LENGTH);
		}

	}

	/**
	 * What a search found, as the search page shows it.
	 *
	 * @param query the query as searched
	 * @param cut whether the query was cut
	 * @param maxQueryLength the length it was cut to
	 * @param total how many parts of the history match
	 * @param hits the best of them, best first
	 */
	record ResultsView(String query, boolean cut, int maxQueryLength, int total, List<SearchIndex.Hit> hits) {

		static ResultsView of(SearchIndex.Results results) {
			return new ResultsView(results.query(), results.cut(), SearchIndex.MAX_QUERY_LENGTH, results.total(),
					results.hits());
		}

	}

}
