package no.oslocancercluster.history.content.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date at the precision the history gives it: a year, a month or a day, and optionally
 * words for a year.
 *
 * @param year the year
 * @param month the month from 1 to 12, or {@code null} for a year
 * @param day the day of the month, or {@code null} for a year or a month
 * @param qualifier words that place a year more closely, or {@code null}
 */
public record HistoricalDate(int year, Integer month, Integer day,
		Qualifier qualifier) implements Comparable<HistoricalDate> {

	private static final Pattern FORMAT = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

	// A plain year sorts before its months ("2021" before "2021-03"); "end of" sorts
	// after them.
	private static final Comparator<HistoricalDate> ORDER = Comparator.comparingInt(HistoricalDate::year)
		.thenComparingInt(HistoricalDate::monthRank)
		.thenComparingInt((date) -> (date.day() != null) ? date.day() : 0);

	/**
	 * Where in a year an event took place, when the history gives no month.
	 */
	public enum Qualifier {

		BEGINNING(0), MIDDLE(6), END(13);

		private final int monthRank;

		Qualifier(int monthRank) {
			this.monthRank = monthRank;
		}

	}

	/**
	 * Parses {@code 2006}, {@code 2015-05} or {@code 2019-12-05}; empty when the text is
	 * no real date.
	 */
	public static Optional<HistoricalDate> parse(String text) {
		Matcher matcher = FORMAT.matcher(text.strip());
		if (!matcher.matches()) {
			return Optional.empty();
		}
		int year = Integer.parseInt(matcher.group(1));
		Integer month = (matcher.group(2) != null) ? Integer.valueOf(matcher.group(2)) : null;
		Integer day = (matcher.group(3) != null) ? Integer.valueOf(matcher.group(3)) : null;
		try {
			LocalDate.of(year, (month != null) ? month : 1, (day != null) ? day : 1);
		}
		catch (DateTimeException ex) {
			return Optional.empty();
		}
		return Optional.of(new HistoricalDate(year, month, day, null));
	}

	public HistoricalDate withQualifier(Qualifier qualifier) {
		return new HistoricalDate(this.year, this.month, this.day, qualifier);
	}

	/**
	 * The date in ISO 8601 at its own precision, as a {@code <time datetime>} wants it.
	 */
	public String iso() {
		// By hand, not String.format: a timeline of thousands of milestones writes
		// thousands of these.
		StringBuilder iso = new StringBuilder(10);
		digits(iso, this.year, 4);
		if (this.month != null) {
			digits(iso.append('-'), this.month, 2);
		}
		if (this.day != null) {
			digits(iso.append('-'), this.day, 2);
		}
		return iso.toString();
	}

	private static void digits(StringBuilder text, int value, int width) {
		String digits = Integer.toString(value);
		text.append("0".repeat(Math.max(0, width - digits.length()))).append(digits);
	}

	private int monthRank() {
		if (this.month != null) {
			return this.month;
		}
		return (this.qualifier != null) ? this.qualifier.monthRank : 0;
	}

	@Override
	public int compareTo(HistoricalDate other) {
		return ORDER.compare(this, other);
	}

}
