package org.annalist.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.annalist.events.DateBasis;
import org.annalist.events.Event;
import org.annalist.events.EventDate;
import org.annalist.events.EventStatus;
import org.annalist.events.EventType;
import org.annalist.events.Granularity;
import org.junit.jupiter.api.Test;

class RobustRangeTest {

    private static Event on(LocalDate d, int i) {
        return new Event("e" + i, new EventDate(d.toString(), d, d, Granularity.DAY, DateBasis.EXPLICIT, "test"),
                EventType.STATEMENT, 0, EventStatus.OCCURRED, List.of("france"), List.of(), "s", List.of(), null);
    }

    private static List<Event> bulk2011(int n) {
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            events.add(on(LocalDate.of(2011, 2, 15).plusDays(i % 100), i));
        }
        return events;
    }

    @Test
    void oneStrayDateIsListedApartAndTheRangeHugsTheBulk() {
        List<Event> events = bulk2011(200);
        Event stray = on(LocalDate.of(1850, 6, 1), 999);
        events.add(stray);
        RobustRange r = RobustRange.of(events).orElseThrow();
        assertThat(r.from()).isEqualTo(LocalDate.of(2011, 2, 15));
        assertThat(r.to()).isEqualTo(LocalDate.of(2011, 2, 15).plusDays(99));
        assertThat(r.before()).containsExactly(stray);
        assertThat(r.after()).isEmpty();
        assertThat(r.allFrom()).isEqualTo(LocalDate.of(1850, 6, 1));
        assertThat(r.describeOutside()).startsWith("1 event outside");
    }

    @Test
    void manyHistoricalAsidesOnOneSideDoNotDragTheRangeAlong() {
        // 8% of the events are background dates spread over twenty years before the story
        List<Event> events = bulk2011(920);
        for (int i = 0; i < 80; i++) {
            events.add(on(LocalDate.of(1990, 1, 1).plusDays(i * 90L), 2000 + i));
        }
        RobustRange r = RobustRange.of(events).orElseThrow();
        assertThat(r.from()).isAfter(LocalDate.of(2010, 6, 1));
        assertThat(r.to()).isBefore(LocalDate.of(2011, 12, 31));
        assertThat(r.before()).hasSizeGreaterThan(70);
    }

    @Test
    void nearbyEventsBelongToTheStoryAndASmallCorpusKeepsEveryEvent() {
        List<Event> events = bulk2011(200);
        events.add(on(LocalDate.of(2011, 1, 20), 500)); // a few weeks before the bulk: part of the story
        assertThat(RobustRange.of(events).orElseThrow().outsideCount()).isZero();

        List<Event> few = List.of(on(LocalDate.of(2009, 3, 1), 1), on(LocalDate.of(2011, 3, 1), 2),
                on(LocalDate.of(2016, 10, 3), 3));
        RobustRange small = RobustRange.of(few).orElseThrow();
        assertThat(small.outsideCount()).isZero();
        assertThat(small.from()).isEqualTo(LocalDate.of(2009, 3, 1));
        assertThat(small.to()).isEqualTo(LocalDate.of(2016, 10, 3));
        assertThat(RobustRange.of(List.of())).isEmpty();
    }
}
