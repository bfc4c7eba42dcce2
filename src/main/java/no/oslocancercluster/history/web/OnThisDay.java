package no.oslocancercluster.history.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import no.oslocancercluster.history.content.model.Edition;
import no.oslocancercluster.history.content.model.HistoricalDate;
import no.oslocancercluster.history.content.model.Milestone;

import org.springframework.stereotype.Component;

/**
 * The milestones whose date shares today's day and month, or today's month where the
 * history gives only a month, for the home page. Today is the site's clock's, in Oslo;
 * the page cache may render a home page for a given day instead, or for none.
 */
@Component
public class OnThisDay {

	/**
	 * The request attribute that names the day to render a home page for
	 * ({@link LocalDate}), or {@link #NO_DAY} for a page without the line.
	 */
	public static final String DAY_ATTRIBUTE = OnThisDay.class.getName() + ".day";

	/**
	 * The attribute's value for a home page without the line: the static export's.
	 */
	public static final String NO_DAY = "none";

	private final Clock clock;

	OnThisDay(Clock clock) {
		this.clock = clock;
	}

	/**
	 * The day a request's home page is for, or {@code null} for none.
	 */
	LocalDate day(HttpServletRequest request) {
		Object day = request.getAttribute(DAY_ATTRIBUTE);
		if (day instanceof LocalDate given) {
			return given;
		}
		return NO_DAY.equals(day) ? null : LocalDate.now(this.clock);
	}

	/**
	 * The milestones of a day in chronological order: those of that very day, and those
	 * of its month that have no day. Milestones with only a year never match.
	 */
	public static List<Milestone> of(Edition edition, LocalDate day) {
		if (day == null) {
			return List.of();
		}
		return edition.sections()
			.stream()
			.flatMap((section) -> section.milestones().stream())
			.filter((milestone) -> matches(milestone.date(), day))
			.sorted((one, other) -> one.date().compareTo(other.date()))
			.toList();
	}

	private static boolean matches(HistoricalDate date, LocalDate day) {
		if (date.month() == null || date.month() != day.getMonthValue()) {
			return false;
		}
		return date.day() == null || date.day() == day.getDayOfMonth();
	}

}
