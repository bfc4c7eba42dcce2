package no.oslocancercluster.history.serving;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import no.oslocancercluster.history.content.model.Editions;
import no.oslocancercluster.history.content.model.Language;
import no.oslocancercluster.history.content.model.Milestone;
import no.oslocancercluster.history.web.OnThisDay;

/**
 * The days of the year by the milestones their home pages name: a day of December names
 * the milestones of December, as every other day of December does. Each kind of day is
 * known by its first day in the year; a day that names none has no kind, and its home
 * pages are the version's own.
 */
final class MilestoneDays {

	/**
	 * A leap year, so that 29 February is one of the days: what a kind of day is rendered
	 * for.
	 */
	static final int LEAP_YEAR = 2024;

	// The most kinds of day whose home pages a version keeps: a history whose milestones
	// are dated to the month at most has no more. Each kind adds its home pages to every
	// version; a history with more kinds has them rendered on the day instead.
	private static final int MOST_KEPT = 12;

	// The last one made, for the editions it was made of: each day and each version
	// asks, and the answer only changes with the content.
	private static volatile MilestoneDays last;

	private final Editions editions;

	private final Map<MonthDay, MonthDay> kinds;

	private final Set<MonthDay> all;

	private MilestoneDays(Editions editions, Map<MonthDay, MonthDay> kinds) {
		this.editions = editions;
		this.kinds = kinds;
		this.all = Collections.unmodifiableSortedSet(new TreeSet<>(kinds.values()));
	}

	/**
	 * The kinds of day of the given editions.
	 */
	static MilestoneDays of(Editions editions) {
		MilestoneDays known = last;
		if (known != null && known.editions == editions) {
			return known;
		}
		Map<List<List<Milestone>>, MonthDay> firsts = new HashMap<>();
		Map<MonthDay, MonthDay> kinds = new HashMap<>();
		for (LocalDate day = LocalDate.of(LEAP_YEAR, 1, 1); day.getYear() == LEAP_YEAR; day = day.plusDays(1)) {
			List<List<Milestone>> named = new ArrayList<>();
			for (Language language : Language.values()) {
				named.add(OnThisDay.of(editions.get(language), day));
			}
			if (named.stream().anyMatch((milestones) -> !milestones.isEmpty())) {
				firsts.putIfAbsent(named, MonthDay.from(day));
				kinds.put(MonthDay.from(day), firsts.get(named));
			}
		}
		MilestoneDays made = new MilestoneDays(editions, Map.copyOf(kinds));
		last = made;
		return made;
	}

	/**
	 * The kind of a day: the first day of the year that names the same milestones, or
	 * {@code null} for a day that names none.
	 */
	MonthDay kind(LocalDate day) {
		return this.kinds.get(MonthDay.from(day));
	}

	/**
	 * Every kind of day, in the order of the year.
	 */
	Set<MonthDay> all() {
		return this.all;
	}

	/**
	 * Whether a version keeps the home pages of every kind of day, so that none is
	 * rendered on the day.
	 */
	boolean keepsEveryKind() {
		return this.all.size() <= MOST_KEPT;
	}

	/**
	 * The first of the days up to this one that name the same milestones as it, one after
	 * the other; {@code null} when every day of the year does.
	 */
	LocalDate since(LocalDate day) {
		MonthDay kind = kind(day);
		LocalDate first = day;
		for (int i = 0; i < 366; i++) {
			LocalDate before = first.minusDays(1);
			if (!Objects.equals(kind(before), kind)) {
				return first;
			}
			first = before;
		}
		return null;
	}

}
