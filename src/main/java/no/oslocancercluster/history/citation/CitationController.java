package no.oslocancercluster.history.citation;

import java.util.Locale;

import no.oslocancercluster.history.content.model.Language;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * A page's citation files: {@code /cite/founding.bib} (BibTeX) and
 * {@code /cite/founding.json} (CSL-JSON), in each language.
 */
@RestController
class CitationController {

	private static final MediaType BIBTEX = MediaType.parseMediaType("application/x-bibtex;charset=UTF-8");

	private static final MediaType CSL_JSON = MediaType.parseMediaType("application/vnd.citationstyles.csl+json");

	private final PageCitations citations;

	CitationController(PageCitations citations) {
		this.citations = citations;
	}

	@GetMapping({ "/cite/{key:[a-z0-9]+(?:-[a-z0-9]+)*}.bib", "/nb/cite/{key:[a-z0-9]+(?:-[a-z0-9]+)*}.bib" })
	ResponseEntity<String> bibtex(@PathVariable String key, Locale locale) {
		return this.citations.find(key, Language.of(locale))
			.map((page) -> ResponseEntity.ok().contentType(BIBTEX).body(CitationFiles.bibtex(page)))
			.orElseGet(() -> ResponseEntity.notFound().build());
	}

	@GetMapping({ "/cite/{key:[a-z0-9]+(?:-[a-z0-9]+)*}.json", "/nb/cite/{key:[a-z0-9]+(?:-[a-z0-9]+)*}.json" })
	ResponseEntity<String> cslJson(@PathVariable String key, Locale locale) {
		return this.citations.find(key, Language.of(locale))
			.map((page) -> ResponseEntity.ok().contentType(CSL_JSON).body(CitationFiles.cslJson(page)))
			.orElseGet(() -> ResponseEntity.notFound().build());
	}

}
