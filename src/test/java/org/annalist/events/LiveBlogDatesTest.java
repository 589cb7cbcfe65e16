package org.annalist.events;

import static org.annalist.events.Fixtures.extractTagged;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Acts in the entries of a live blog are dated from the entry's stamp, not the first post. */
class LiveBlogDatesTest {


    @Test
    void aWeekdayInALaterEntryIsTheEntrysDayNotTheWeekBefore() {
        // published Tue 1 Mar 2022; the entry is stamped Thursday
        String text = "Turkey closed its embassy on Tuesday.\n"
                + "(Update 1:10 a.m. Thursday in Ankara, 6:10 p.m. ET Wednesday) France condemned Turkey on Wednesday.";
        List<Event> events = extractTagged(text, "2022-03-01");

        assertThat(events).filteredOn(e -> e.source().contains("france")).singleElement()
                .satisfies(e -> assertThat(e.date().value()).isEqualTo("2022-03-02"));
    }

    @Test
    void aPresentTenseActInAStampedEntryIsReportedOnTheEntrysDay() {
        String text = "Turkey closed its embassy on Tuesday.\n"
                + "(Updated: 9:15 p.m. Thursday local; 2:15 p.m. ET) Russia accuses Turkey of violating the truce.";
        List<Event> events = extractTagged(text, "2022-03-01");

        assertThat(events).filteredOn(e -> e.source().contains("russia")).singleElement()
                .satisfies(e -> assertThat(e.date().value()).isEqualTo("2022-03-03"));
    }

    @Test
    void anActInAnUndatedEntryOfABlogRunningNewestFirstIsDatedByTheOlderEntryBelowIt() {
        // published Thu 3 Mar 2022; newest first: Friday 1:05 a.m., 7:31 p.m. (still Thursday), Thursday 3:10 p.m.
        String text = "Crowds gathered.\n(Update 1:05 a.m. Friday in Ankara, 7:05 p.m. Thursday ET) Police withdrew.\n"
                + "(Update 7:31 p.m. in Ankara, 1:31 p.m. ET) Russia accuses Turkey of violating the truce.\n"
                + "(Update 3:10 p.m. Thursday in Ankara, 9:10 a.m. ET) Marchers set off.";
        List<Event> events = extractTagged(text, "2022-03-03");

        assertThat(events).filteredOn(e -> e.source().contains("russia")).singleElement()
                .satisfies(e -> assertThat(e.date().value()).isEqualTo("2022-03-03"));
    }
}
