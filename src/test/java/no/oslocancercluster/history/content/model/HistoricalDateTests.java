package no.oslocancercluster.history.content.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link HistoricalDate}.
 */
class HistoricalDateTests {

	@Test
	void parsesEachPrecision() {
		assertThat(HistoricalDate.parse("2006")).contains(new HistoricalDate(2006, null, null, null));
		assertThat(HistoricalDate.parse("2015-05")).contains(new HistoricalDate(2015, 5, null, null));
		assertThat(HistoricalDate.parse("2019-12-05")).contains(new HistoricalDate(2019, 12, 5, null));
	}

	@Test
	void rejectsTextAndImpossibleDates() {
		assertThat(HistoricalDate.parse("Dec 2019")).isEmpty();
		assertThat(HistoricalDate.parse("2019-13")).isEmpty();
		assertThat(HistoricalDate.parse("2019-02-30")).isEmpty();
		assertThat(HistoricalDate.parse("19-12")).isEmpty();
		assertThat(HistoricalDate.parse("2019-1")).isEmpty();
	}

	@Test
	void writesIsoAtItsOwnPrecision() {
		assertThat(date("2006").iso()).isEqualTo("2006");
		assertThat(date("2015-05").iso()).isEqualTo("2015-05");
		assertThat(date("2019-12-05").iso()).isEqualTo("2019-12-05");
		assertThat(date("2021").withQualifier(HistoricalDate.Qualifier.BEGINNING).iso()).isEqualTo("2021");
	}

	@Test
	void sortsYearBeforeItsMonthsAndEndOfYearAfterThem() {
		HistoricalDate endOf2021 = date("2021").withQualifier(HistoricalDate.Qualifier.END);
		HistoricalDate middleOf2021 = date("2021").withQualifier(HistoricalDate.Qualifier.MIDDLE);
		List<HistoricalDate> expected = List.of(date("2019-12"), date("2019-12-05"), date("2021"), date("2021-03"),
				middleOf2021, date("2021-07"), date("2021-12-31"), endOf2021, date("2022"));
		List<HistoricalDate> shuffled = new ArrayList<>(expected);
		Collections.reverse(shuffled);
		Collections.sort(shuffled);
		assertThat(shuffled).containsExactlyElementsOf(expected);
	}

	private static HistoricalDate date(String text) {
		return HistoricalDate.parse(text).orElseThrow();
	}

}
