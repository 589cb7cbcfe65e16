package org.annalist.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.annalist.events.DateBasis;
import org.annalist.events.EventDate;
import org.annalist.events.Granularity;
import org.junit.jupiter.api.Test;

class HumanDatesTest {

    private static String words(String value, String start, String end, Granularity g) {
        return HumanDates.of(new EventDate(value, LocalDate.parse(start), LocalDate.parse(end), g, DateBasis.EXPLICIT, ""));
    }

    @Test
    void readersSeeWordsNotTimexValues() {
        assertThat(words("2016-10-03", "2016-10-03", "2016-10-03", Granularity.DAY)).isEqualTo("3 October 2016");
        assertThat(words("2016-W40", "2016-10-03", "2016-10-09", Granularity.WEEK)).isEqualTo("week of 3 October 2016");
        assertThat(words("2018-W05-WE", "2018-02-03", "2018-02-04", Granularity.WEEK))
                .isEqualTo("weekend of 3\u20134 February 2018");
        assertThat(words("2016-10-06/2016-10-07", "2016-10-06", "2016-10-07", Granularity.INTERVAL))
                .isEqualTo("6\u20137 October 2016");
        assertThat(words("2016-09-30/2016-10-02", "2016-09-30", "2016-10-02", Granularity.INTERVAL))
                .isEqualTo("30 September \u2013 2 October 2016");
        assertThat(words("2007/2008", "2007-01-01", "2008-12-31", Granularity.INTERVAL)).isEqualTo("2007\u20132008");
        assertThat(words("2016-10", "2016-10-01", "2016-10-31", Granularity.MONTH)).isEqualTo("October 2016");
        assertThat(words("2016-Q4", "2016-10-01", "2016-12-31", Granularity.QUARTER)).isEqualTo("fourth quarter of 2016");
        assertThat(words("2011-SP", "2011-03-01", "2011-05-31", Granularity.QUARTER)).isEqualTo("spring 2011");
        assertThat(words("201", "2010-01-01", "2019-12-31", Granularity.INTERVAL)).isEqualTo("the 2010s");
        assertThat(words("2012", "2012-01-01", "2012-12-31", Granularity.YEAR)).isEqualTo("2012");
    }

    @Test
    void presentationSaysTheWeekdayOfADayAndTheSameWordsOtherwise() {
        assertThat(HumanDates.withWeekday(new EventDate("2016-10-03", LocalDate.parse("2016-10-03"),
                LocalDate.parse("2016-10-03"), Granularity.DAY, DateBasis.EXPLICIT, ""))).isEqualTo("Monday 3 October 2016");
        EventDate week = new EventDate("2016-W41", LocalDate.parse("2016-10-10"), LocalDate.parse("2016-10-16"),
                Granularity.WEEK, DateBasis.EXPLICIT, "");
        assertThat(HumanDates.withWeekday(week)).isEqualTo(HumanDates.of(week)).isEqualTo("week of 10 October 2016");
        EventDate quarter = new EventDate("2016-Q4", LocalDate.parse("2016-10-01"), LocalDate.parse("2016-12-31"),
                Granularity.QUARTER, DateBasis.EXPLICIT, "");
        assertThat(HumanDates.withWeekday(quarter)).isEqualTo("fourth quarter of 2016");
        assertThat(HumanDates.withWeekday(null)).isEqualTo("undated");
    }
}
