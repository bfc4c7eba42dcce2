package no.oslocancercluster.history.content.model;

import java.util.Locale;
import java.util.Set;

/**
 * The site's own addresses and the names it keeps for itself, in one place for the
 * reader, the checks, the renderer and the web layer.
 */
public final class SitePaths {

	/**
	 * The base name of the home page's file ({@code index.md}, {@code index.nb.md}).
	 */
	public static final String OVERVIEW = "index";

	/**
	 * The home page's file in English.
	 */
	public static final String OVERVIEW_FILE = OVERVIEW + ".md";

	/**
	 * The home page in English.
	 */
	public static final String HOME = "/";

	/**
	 * The timeline of every milestone.
	 */
	public static final String TIMELINE = "/timeline";

	/**
	 * The whole history on one page, to print.
	 */
	public static final String PRINT = "/print";

	/**
	 * The search page.
	 */
	public static final String SEARCH = "/search";

	/**
	 * The Atom feed of the milestones and the sections.
	 */
	public static final String FEED = "/feed.xml";

	/**
	 * The people, organisations, places and programmes the history names; each has its
	 * page below it ({@code /names/kaare-norum}).
	 */
	public static final String NAMES = "/names";

	/**
	 * The folder of the content that holds a file for each name.
	 */
	public static final String NAMES_FOLDER = "names";

	/**
	 * Where the pictures are served, below the site's root.
	 */
	public static final String IMAGES = "/images/";

	/**
	 * The pages of the site that are not sections, by their English address.
	 */
	public static final Set<String> SITE_PAGES = Set.of(HOME, TIMELINE, PRINT, SEARCH, NAMES);

	/**
	 * Addresses the site uses for pages of its own; a section there would be hidden or
	 * would hide one.
	 */
	public static final Set<String> RESERVED = Set.of("index", "timeline", "error", "css", "js", "images", "favicon",
			"search", "print", "sitemap", "robots", "actuator", "en", "nb", "cards", "feed", "cite", "pr-preview",
			"names");

	/**
	 * The schemes of the addresses that the site links to.
	 */
	public static final Set<String> SCHEMES = Set.of("http", "https", "mailto");

	private SitePaths() {
	}

	/**
	 * Whether an address has no scheme or one that the site links to; one that is not can
	 * never be a link.
	 */
	public static boolean allowedScheme(String url) {
		int colon = url.indexOf(':');
		String scheme = (colon > 0) ? url.substring(0, colon).strip() : "";
		return scheme.isEmpty() || !scheme.matches("[A-Za-z][A-Za-z0-9+.-]*")
				|| SCHEMES.contains(scheme.toLowerCase(Locale.ROOT));
	}

}
