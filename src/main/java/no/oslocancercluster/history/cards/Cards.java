package no.oslocancercluster.history.cards;

import java.util.HashMap;
import java.util.IntSummaryStatistics;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

import no.oslocancercluster.history.SiteProperties;
import no.oslocancercluster.history.content.model.Edition;
import no.oslocancercluster.history.content.model.Editions;
import no.oslocancercluster.history.content.model.Language;
import no.oslocancercluster.history.content.model.Page;
import no.oslocancercluster.history.content.model.Section;
import no.oslocancercluster.history.content.model.SitePaths;
import no.oslocancercluster.history.content.store.ContentStore;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The share card of every page of the current content version, at
 * {@code /cards/<page>.png}: {@code /cards/founding.png}, {@code /cards/nb/founding.png},
 * {@code /cards/index.png} for the home page and {@code /cards/nb/index.png} for its
 * bokmål edition. Each card is drawn the first time it is asked for and then kept with
 * its version; a new version of the content starts afresh.
 */
@Component
public class Cards {

	/**
	 * Where the cards are served, below the site's root.
	 */
	public static final String PATH = "/cards/";

	private static final String PNG = "image/png";

	private final ContentStore store;

	private final MessageSource messages;

	private final SiteProperties properties;

	private final AtomicReference<Version> version = new AtomicReference<>();

	Cards(ContentStore store, MessageSource messages, SiteProperties properties) {
		this.store = store;
		this.messages = messages;
		this.properties = properties;
	}

	/**
	 * The address of a page's card ({@code /cards/nb/index.png} for {@code /nb/}),
	 * without its version.
	 */
	public static String path(String page) {
		return PATH.substring(0, PATH.length() - 1) + (page.endsWith("/") ? page + "index" : page) + ".png";
	}

	/**
	 * The card of a page of the current version, by the page's address; {@code null} for
	 * an address that is no page (a search, an error).
	 */
	public CardView view(String page) {
		Entry entry = current().byPage().get(page);
		if (entry == null) {
			return null;
		}
		return new CardView(this.properties.absolute(path(page) + "?v=" + entry.digest()), entry.alt(), PNG,
				CardPainter.WIDTH, CardPainter.HEIGHT);
	}

	/**
	 * The card at an address ({@code /cards/founding.png}), drawn if it has not been yet;
	 * {@code null} when no page of the current version has a card there.
	 */
	Drawn drawn(String path) {
		Version current = current();
		Entry entry = current.byCard().get(path);
		if (entry == null) {
			return null;
		}
		byte[] png = current.pngs().get(path);
		if (png == null) {
			png = CardPainter.png(entry.card());
			current.pngs().putIfAbsent(path, png);
		}
		return new Drawn(png, entry.digest());
	}

	/**
	 * Every card of the current version, by its address, drawn on every core: what a
	 * static export writes.
	 */
	public Map<String, byte[]> all() {
		Version current = current();
		current.byCard().keySet().parallelStream().forEach(this::drawn);
		return Map.copyOf(current.pngs());
	}

	// The cards of the content version the store holds, made when it is first asked for.
	private Version current() {
		Editions editions = this.store.editions();
		Version current = this.version.get();
		if (current == null || current.editions() != editions) {
			current = version(editions);
			this.version.set(current);
		}
		return current;
	}

	private Version version(Editions editions) {
		Map<String, Entry> byPage = new HashMap<>();
		Map<String, Entry> byCard = new HashMap<>();
		Map<Language, Map<String, Section>> sections = new HashMap<>();
		for (Page page : editions.pages()) {
			Edition edition = editions.get(page.language());
			Card card = card(page, edition,
					sections.computeIfAbsent(page.language(), (language) -> edition.sectionsBySlug()));
			Entry entry = new Entry(card, alt(card, page.language().locale()), card.digest());
			byPage.put(page.path(), entry);
			byCard.put(path(page.path()), entry);
		}
		return new Version(editions, Map.copyOf(byPage), Map.copyOf(byCard), new ConcurrentHashMap<>());
	}

	// Only the page's own title and years, and the site's name.
	private Card card(Page page, Edition edition, Map<String, Section> sections) {
		Locale locale = page.language().locale();
		// None for the pages that are not sections (no section is called "timeline").
		Section section = sections.get(page.englishPath().substring(1));
		String title = switch (page.englishPath()) {
			case SitePaths.HOME -> edition.overview().title();
			case SitePaths.TIMELINE -> message("timeline.title", locale);
			case SitePaths.PRINT -> message("print.title", locale);
			case SitePaths.NAMES -> message("names.title", locale);
			default -> (section != null) ? section.title() : entityName(page, edition);
		};
		// A name's card has no years: the history's would read as the name's own.
		boolean named = page.englishPath().startsWith(SitePaths.NAMES);
		String years = (section != null) ? section.period().orElse(null) : named ? null : years(edition);
		return new Card(title, years, message("site.name", locale), message("site.subtitle", locale));
	}

	// A name's page: the name, in the page's language where it has one.
	private static String entityName(Page page, Edition edition) {
		String id = page.englishPath().substring(SitePaths.NAMES.length() + 1);
		return edition.entity(id).map((entity) -> entity.name(page.language())).orElseThrow();
	}

	// The years of the whole history: from its first milestone to its last.
	private static String years(Edition edition) {
		IntSummaryStatistics years = edition.sections()
			.stream()
			.flatMap((section) -> section.milestones().stream())
			.mapToInt((milestone) -> milestone.date().year())
			.summaryStatistics();
		if (years.getCount() == 0) {
			return null;
		}
		return (years.getMin() == years.getMax()) ? Integer.toString(years.getMin())
				: years.getMin() + "\u2013" + years.getMax();
	}

	private String alt(Card card, Locale locale) {
		return (card.years() != null)
				? message("card.alt", locale, card.title(), card.years(), card.siteName(), card.subtitle())
				: message("card.alt.undated", locale, card.title(), card.siteName(), card.subtitle());
	}

	private String message(String key, Locale locale, Object... arguments) {
		return this.messages.getMessage(key, arguments, locale);
	}

	/**
	 * A card drawn.
	 *
	 * @param png its bytes
	 * @param digest the version of what it shows
	 */
	record Drawn(byte[] png, String digest) {

	}

	private record Entry(Card card, String alt, String digest) {

	}

	private record Version(Editions editions, Map<String, Entry> byPage, Map<String, Entry> byCard,
			Map<String, byte[]> pngs) {

	}

}
