package no.oslocancercluster.history.citation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import no.oslocancercluster.history.content.model.Language;
import no.oslocancercluster.history.content.model.Page;
import no.oslocancercluster.history.content.store.ContentStore;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * Each section's and the timeline's citation files ({@code /cite/founding.bib},
 * {@code /nb/cite/timeline.json}): made from the content alone, so the page cache takes
 * them from here without asking the server, as the controller does.
 */
@Component
public class CitationDownloads {

	static final MediaType BIBTEX = MediaType.parseMediaType("application/x-bibtex;charset=UTF-8");

	static final MediaType CSL_JSON = MediaType.parseMediaType("application/vnd.citationstyles.csl+json");

	private static final Pattern ADDRESS = Pattern
		.compile("(?:/nb)?" + PageCitations.FOLDER + "([a-z0-9]+(?:-[a-z0-9]+)*)\\.(bib|json)");

	private final ContentStore store;

	private final PageCitations citations;

	CitationDownloads(ContentStore store, PageCitations citations) {
		this.store = store;
		this.citations = citations;
	}

	/**
	 * The address of every citation file of the current content version.
	 */
	public List<String> paths() {
		List<String> paths = new ArrayList<>();
		for (Page page : this.store.editions().pages()) {
			String english = page.englishPath();
			if (PageCitations.cited(english)) {
				paths.add(page.language().path(PageCitations.FOLDER + english.substring(1) + ".bib"));
				paths.add(page.language().path(PageCitations.FOLDER + english.substring(1) + ".json"));
			}
		}
		return paths;
	}

	/**
	 * The citation file at an address of the site, or empty when there is none.
	 */
	public Optional<Download> file(String path) {
		Matcher address = ADDRESS.matcher(path);
		if (!address.matches()) {
			return Optional.empty();
		}
		Language language = Language.ofPath(path);
		boolean bibtex = address.group(2).equals("bib");
		Function<CitedPage, String> format = bibtex ? CitationFiles::bibtex : CitationFiles::cslJson;
		return this.citations.find(address.group(1), language)
			.map((page) -> new Download(bibtex ? BIBTEX : CSL_JSON, format.apply(page)));
	}

	/**
	 * A citation file.
	 *
	 * @param contentType its content type
	 * @param text its text
	 */
	public record Download(MediaType contentType, String text) {

	}

}
