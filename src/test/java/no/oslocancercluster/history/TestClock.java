package no.oslocancercluster.history;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * A clock in Oslo that a test sets, for "on this day".
 */
public final class TestClock extends Clock {

	private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

	private volatile Instant instant;

	private TestClock(LocalDateTime oslo) {
		set(oslo);
	}

	/**
	 * A clock that shows a moment in Oslo.
	 */
	public static TestClock at(String oslo) {
		return new TestClock(LocalDateTime.parse(oslo));
	}

	/**
	 * Moves the clock to a moment in Oslo.
	 */
	public void set(LocalDateTime oslo) {
		this.instant = oslo.atZone(OSLO).toInstant();
	}

	@Override
	public ZoneId getZone() {
		return OSLO;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return Clock.fixed(this.instant, zone);
	}

	@Override
	public Instant instant() {
		return this.instant;
	}

	/**
	 * The site's clock at noon on 5 December 2025, a day of two of the history's
	 * milestones' month.
	 */
	@TestConfiguration(proxyBeanMethods = false)
	public static class December {

		@Bean
		@Primary
		TestClock testClock() {
			return TestClock.at("2025-12-05T12:00:00");
		}

	}

	/**
	 * The site's clock at noon on 15 January 2026, in a month of no milestone of the
	 * history.
	 */
	@TestConfiguration(proxyBeanMethods = false)
	public static class January {

		@Bean
		@Primary
		TestClock testClock() {
			return TestClock.at("2026-01-15T12:00:00");
		}

	}

}
