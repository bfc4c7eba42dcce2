package no.oslocancercluster.history.citation;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.HandlerMapping;

/**
 * A page's citation files: {@code /cite/founding.bib} (BibTeX) and
 * {@code /cite/founding.json} (CSL-JSON), in each language.
 */
@RestController
class CitationController {

	private final CitationDownloads downloads;

	CitationController(CitationDownloads downloads) {
		this.downloads = downloads;
	}

	@GetMapping({ "/cite/{key:[a-z0-9]+(?:-[a-z0-9]+)*}.{format:bib|json}",
			"/nb/cite/{key:[a-z0-9]+(?:-[a-z0-9]+)*}.{format:bib|json}" })
	ResponseEntity<String> file(HttpServletRequest request) {
		String path = (String) request.getAttribute(HandlerMapping.PATH_WITHIN_HANDLER_MAPPING_ATTRIBUTE);
		return this.downloads.file(path)
			.map((file) -> ResponseEntity.ok().contentType(file.contentType()).body(file.text()))
			.orElseGet(() -> ResponseEntity.notFound().build());
	}

}
