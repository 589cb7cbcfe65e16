package org.annalist.ui.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.annalist.events.DateBasis;
import org.annalist.events.EventDate;
import org.annalist.events.Granularity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DateInputTest {

    private static EventDate parse(String s) {
        return DateInput.parse(s).orElseThrow();
    }

    @Test
    void aDayAWeekAMonthAQuarterAYear() {
        assertThat(parse("2016-10-03")).extracting(EventDate::start, EventDate::end, EventDate::granularity)
                .containsExactly(LocalDate.of(2016, 10, 3), LocalDate.of(2016, 10, 3), Granularity.DAY);
        assertThat(parse(" 2016-w40 ")).extracting(EventDate::value, EventDate::start, EventDate::end, EventDate::granularity)
                .containsExactly("2016-W40", LocalDate.of(2016, 10, 3), LocalDate.of(2016, 10, 9), Granularity.WEEK);
        assertThat(parse("2016-10")).extracting(EventDate::start, EventDate::end)
                .containsExactly(LocalDate.of(2016, 10, 1), LocalDate.of(2016, 10, 31));
        assertThat(parse("2016-Q4")).extracting(EventDate::start, EventDate::end, EventDate::granularity)
                .containsExactly(LocalDate.of(2016, 10, 1), LocalDate.of(2016, 12, 31), Granularity.QUARTER);
        assertThat(parse("2016")).extracting(EventDate::end, EventDate::granularity)
                .containsExactly(LocalDate.of(2016, 12, 31), Granularity.YEAR);
        assertThat(parse("2016-10").basis()).isEqualTo(DateBasis.USER);
    }

    @Test
    void anIntervalRunsFromTheFirstStartToTheLastEnd() {
        EventDate d = parse("2016-10-03/2016-W41");
        assertThat(d.granularity()).isEqualTo(Granularity.INTERVAL);
        assertThat(d.start()).isEqualTo(LocalDate.of(2016, 10, 3));
        assertThat(d.end()).isEqualTo(LocalDate.of(2016, 10, 16));
    }

    @Test
    void week53OnlyInYearsThatHaveIt() {
        assertThat(DateInput.parse("2015-W53")).isPresent();
        assertThat(DateInput.parse("2016-W53")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "yesterday", "2016-13", "2016-02-30", "2016-W00", "2016-Q5", "2016-10-09/2016-10-01",
            "16-10-03", "2016-10-03T10:00"})
    void anythingElseIsNoDate(String text) {
        assertThat(DateInput.parse(text)).isEmpty();
    }
}
