package org.annalist.events;

import static org.annalist.events.Fixtures.article;
import static org.annalist.events.Fixtures.extract;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.annalist.time.TimeExpression;
import org.annalist.time.TimeTagger;
import org.junit.jupiter.api.Test;

/** Acts in the entries of a live blog are dated from the entry's stamp, not the first post. */
class LiveBlogDatesTest {

    private static List<Event> extractTagged(String text, String published) {
        TimeExpression[] timexes = TimeTagger.standard().tag(text, LocalDate.parse(published))
                .toArray(new TimeExpression[0]);
        return extract(article("blog", text, published), timexes);
    }

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
}
