package no.oslocancercluster.history.serving;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import no.oslocancercluster.history.content.model.Language;
import no.oslocancercluster.history.content.store.ContentStore;

/**
 * The home pages as they are today, with the milestones of the day (the static export's
 * are the version's, without them). A day that names no milestone has the version's own
 * home pages, byte for byte; a day that names some has those its version kept for its
 * kind of day ({@link MilestoneDays}), or, in a history with more kinds than are kept,
 * those rendered once on the day, and again with each new version.
 */
final class DayPages {

	// The paths of the home pages, one for each language.
	private static final Set<String> HOMES = Arrays.stream(Language.values())
		.map(Language::home)
		.collect(Collectors.toUnmodifiableSet());

	private final PageRenderer renderer;

	private final ContentStore store;

	private final Clock clock;

	private final AtomicReference<Day> today = new AtomicReference<>();

	private final AtomicReference<Rendering> rendering = new AtomicReference<>();

	DayPages(PageRenderer renderer, ContentStore store, Clock clock) {
		this.renderer = renderer;
		this.store = store;
		this.clock = clock;
	}

	/**
	 * Whether a page changes with the day: the home pages, which name the day's
	 * milestones.
	 */
	static boolean isDayPage(String path) {
		return HOMES.contains(path);
	}

	/**
	 * The home page at a path as it is today, or {@code null} while it cannot be told yet
	 * (a version with no pages, or a day to render before the server is up). A new day's
	 * are rendered once, and the requests that come meanwhile wait for them.
	 */
	RenderedPage page(String path, Supplier<RenderedVersion> version) {
		LocalDate day = LocalDate.now(this.clock);
		Day current = this.today.get();
		if (current == null || !current.day().equals(day)) {
			current = newDay(day, version);
		}
		return (current != null) ? current.pages().get(path) : null;
	}

	/**
	 * Starts rendering today's home pages of the current version on another thread, if
	 * they are rendered on the day: a new version's other pages are rendered, or read
	 * from their snapshot, meanwhile.
	 */
	CompletableFuture<Homes> renderToday() {
		LocalDate day = LocalDate.now(this.clock);
		CompletableFuture<Homes> homes;
		if (renderedOnTheDay(day)) {
			// On a thread of their own: the pool's threads may all be rendering the
			// version.
			homes = CompletableFuture.supplyAsync(() -> render(day), (task) -> {
				Thread thread = new Thread(task, "home-pages");
				thread.setDaemon(true);
				thread.start();
			});
		}
		else {
			homes = CompletableFuture.completedFuture(new Homes(day, null));
		}
		this.rendering.set(new Rendering(day, homes));
		return homes;
	}

	/**
	 * Swaps in today's home pages of a new version ({@link #renderToday()}) right after
	 * the version's other pages ({@code swap}).
	 */
	synchronized void renew(CompletableFuture<Homes> homes, RenderedVersion version, Runnable swap) {
		Day day = dayPages(homes.join(), version);
		swap.run();
		this.today.set(day);
	}

	/**
	 * How long a browser may keep a page: the given time, and a home page no later than
	 * midnight in the site's time zone.
	 */
	long maxAge(String path, long maxAge) {
		if (!isDayPage(path)) {
			return maxAge;
		}
		ZonedDateTime now = ZonedDateTime.now(this.clock);
		long left = Duration.between(now, now.toLocalDate().plusDays(1).atStartOfDay(now.getZone())).toSeconds();
		return Math.min(maxAge, left);
	}

	private boolean renderedOnTheDay(LocalDate day) {
		MilestoneDays days = MilestoneDays.of(this.store.editions());
		return days.kind(day) != null && !days.keepsEveryKind();
	}

	// The version is read with the lock held: a refresh swaps a new one in, and today's
	// pages with it, under the same lock (renew).
	private synchronized Day newDay(LocalDate day, Supplier<RenderedVersion> current) {
		Day known = this.today.get();
		if (known != null && known.day().equals(day)) {
			return known;
		}
		RenderedVersion version = current.get();
		// At a start, the first visitors wait for the pages being rendered for the day.
		Rendering started = this.rendering.get();
		Homes homes = (started != null && started.day().equals(day)) ? started.homes().join() : new Homes(day, null);
		Day made = dayPages(homes, version);
		if (made == null && this.renderer.ready()) {
			// Once a day, even if it fails: a page that did not render is answered by its
			// controller.
			made = dayPages(render(day), version);
		}
		if (made != null) {
			this.today.set(made);
		}
		return made;
	}

	// None rendered once the site is shutting down: the version's own pages, if it has
	// them, or else the controller's answer.
	private Homes render(LocalDate day) {
		try {
			return new Homes(day, this.renderer.homes(day));
		}
		catch (PageRenderer.Stopped ex) {
			return new Homes(day, null);
		}
	}

	// The day's pages: rendered (those that did), or else the version's, last modified no
	// earlier than the first of the days that name what they name; null if the version
	// has none for the day.
	private Day dayPages(Homes homes, RenderedVersion version) {
		MilestoneDays days = MilestoneDays.of(this.store.editions());
		MonthDay kind = days.kind(homes.day());
		Map<String, RenderedPage> pages = (homes.pages() != null) ? homes.compressed(version.siteBytes())
				: (kind != null) ? version.days().get(kind) : version.pages();
		if (homes.pages() == null && (pages == null || !pages.keySet().containsAll(HOMES))) {
			return null;
		}
		LocalDate since = days.since(homes.day());
		Instant first = (since != null) ? since.atStartOfDay(this.clock.getZone()).toInstant() : Instant.EPOCH;
		Map<String, RenderedPage> told = new HashMap<>();
		for (String path : HOMES) {
			if (pages.containsKey(path)) {
				told.put(path, pages.get(path).modifiedNoEarlierThan(first));
			}
		}
		return new Day(homes.day(), Map.copyOf(told));
	}

	/**
	 * The home pages of a day as the site answered them.
	 *
	 * @param day the day
	 * @param pages each page by its path, or {@code null} for pages the version has: its
	 * own, or those kept for the day's kind
	 */
	record Homes(LocalDate day, Map<String, PageRenderer.Response> pages) {

		Map<String, RenderedPage> compressed(long siteBytes) {
			Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
			Map<String, RenderedPage> compressed = new HashMap<>();
			this.pages.forEach((path, response) -> compressed.put(path,
					RenderedPage.of(response.contentType(), response.body(), siteBytes, now)));
			return compressed;
		}

	}

	// The home pages of a day being rendered, for the newest version.
	private record Rendering(LocalDate day, CompletableFuture<Homes> homes) {

	}

	// The home pages of a day.
	private record Day(LocalDate day, Map<String, RenderedPage> pages) {

	}

}
