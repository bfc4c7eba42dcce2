package no.oslocancercluster.history.timeline;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;

import no.oslocancercluster.history.content.model.HistoricalDate;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Writes a historical date in words at its own precision: {@code 2006}, {@code May 2015},
 * {@code 5 December 2019}, {@code Beginning of 2021}.
 */
@Component
public class DateText {

	private final MessageSource messages;

	DateText(MessageSource messages) {
		this.messages = messages;
	}

	public String format(LocalDate day, Locale locale) {
		return format(new HistoricalDate(day.getYear(), day.getMonthValue(), day.getDayOfMonth(), null), locale);
	}

	/**
	 * A date in words at its own precision, in a language.
	 */
	public String format(HistoricalDate date, Locale locale) {
		String year = Integer.toString(date.year());
		if (date.qualifier() != null) {
			String key = "date.qualifier." + date.qualifier().name().toLowerCase(Locale.ROOT);
			return this.messages.getMessage(key, new Object[] { year }, locale);
		}
		if (date.month() == null) {
			return year;
		}
		String month = Month.of(date.month()).getDisplayName(TextStyle.FULL_STANDALONE, locale);
		if (date.day() == null) {
			return this.messages.getMessage("date.month", new Object[] { month, year }, locale);
		}
		String day = Integer.toString(date.day());
		String monthInDate = Month.of(date.month()).getDisplayName(TextStyle.FULL, locale);
		return this.messages.getMessage("date.day", new Object[] { day, monthInDate, year }, locale);
	}

}
