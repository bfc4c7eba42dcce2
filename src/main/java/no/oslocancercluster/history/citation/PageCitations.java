package no.oslocancercluster.history.citation;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import no.oslocancercluster.history.SiteProperties;
import no.oslocancercluster.history.content.model.Language;
import no.oslocancercluster.history.content.model.Page;
import no.oslocancercluster.history.content.model.Section;
import no.oslocancercluster.history.content.model.SitePaths;
import no.oslocancercluster.history.content.store.ContentReloadedEvent;
import no.oslocancercluster.history.content.store.ContentStore;

import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The citation of each section and of the timeline, its entries in each style made once
 * per content version and page cited (the pages that show them are rendered once per
 * version too).
 */
@Component
public class PageCitations {

	/**
	 * Where a page's citation files are, below a language's root:
	 * {@code /cite/founding.bib}, {@code /nb/cite/founding.json}.
	 */
	public static final String FOLDER = "/cite/";

	private static final DateTimeFormatter HIGHWIRE = DateTimeFormatter.ofPattern("yyyy/MM/dd");

	private final CitationStyles styles = new CitationStyles();

	// A page's entries in each style, by the page cited: a section shown in a language it
	// is not written in cites the same page as its own language's.
	private final Map<CitedPage, Entries> entries = new ConcurrentHashMap<>();

	private final ContentStore store;

	private final SiteProperties properties;

	private final MessageSource messages;

	PageCitations(ContentStore store, SiteProperties properties, MessageSource messages) {
		this.store = store;
		this.properties = properties;
		this.messages = messages;
	}

	@EventListener
	void contentReloaded(ContentReloadedEvent event) {
		this.entries.clear();
	}

	/**
	 * Whether a page, by its English address, has citation files: each section and the
	 * timeline; not the home page, the print edition, search or the names.
	 */
	static boolean cited(String englishPath) {
		if (englishPath.equals(SitePaths.TIMELINE)) {
			return true;
		}
		return !SitePaths.SITE_PAGES.contains(englishPath) && !englishPath.startsWith(SitePaths.NAMES + "/");
	}

	/**
	 * A section's citation: its text's own page (a page shown in English for want of a
	 * translation is the English page's copy).
	 */
	public PageCitation section(Section section, Language edition) {
		return of(cited(section.slug(), section.title(), section.textLanguage().path("/" + section.slug()),
				section.updated(), section.textLanguage()), edition);
	}

	/**
	 * The timeline's citation in a language.
	 */
	public PageCitation timeline(Language language) {
		return of(citedTimeline(language), language);
	}

	/**
	 * The cited page by the name of a page in a language: a section's slug or
	 * {@code timeline}.
	 */
	Optional<CitedPage> find(String key, Language language) {
		if (key.equals("timeline")) {
			return Optional.of(citedTimeline(language));
		}
		return this.store.current(language)
			.section(key)
			.map((section) -> cited(section.slug(), section.title(), section.textLanguage().path("/" + section.slug()),
					section.updated(), section.textLanguage()));
	}

	private CitedPage citedTimeline(Language language) {
		String path = language.path(SitePaths.TIMELINE);
		LocalDate updated = this.store.editions()
			.pages()
			.stream()
			.filter((page) -> page.path().equals(path))
			.findFirst()
			.map(Page::updated)
			.orElse(null);
		String title = this.messages.getMessage("timeline.title", null, language.locale());
		return cited("timeline", title, path, updated, language);
	}

	private CitedPage cited(String key, String title, String path, LocalDate updated, Language language) {
		return new CitedPage(key, title, this.messages.getMessage("site.name", null, language.locale()),
				this.properties.absolute(path), updated, language);
	}

	private PageCitation of(CitedPage cited, Language edition) {
		String files = edition.path(FOLDER + cited.key());
		Entries styled = this.entries.computeIfAbsent(cited, this::entries);
		return new PageCitation(cited.title(), cited.author(),
				(cited.updated() != null) ? HIGHWIRE.format(cited.updated()) : null, cited.url(),
				cited.language().tag(), styled.apa(), styled.chicago(), files + ".bib", files + ".json");
	}

	private Entries entries(CitedPage cited) {
		return new Entries(breakable(this.styles.entry(CitationStyles.APA, cited), cited.url()),
				breakable(this.styles.entry(CitationStyles.CHICAGO, cited), cited.url()));
	}

	// A browser breaks an address only where it may: after its slashes, so that no part
	// of it is cut on a phone.
	private static String breakable(String html, String url) {
		return html.replace(url, url.replace("/", "/<wbr>").replace("/<wbr>/<wbr>", "//<wbr>"));
	}

	// A page's bibliography entry in APA and in Chicago, as HTML.
	private record Entries(String apa, String chicago) {

	}

}
