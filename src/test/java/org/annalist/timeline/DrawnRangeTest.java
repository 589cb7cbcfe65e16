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
import org.junit.jupiter.api.Test;

class DrawnRangeTest {

    private static Event on(String id, LocalDate day) {
        return new Event(id, EventDate.day(day, DateBasis.EXPLICIT, ""), EventType.CONSULT, 0, EventStatus.OCCURRED,
                List.of("france"), List.of(), "talks", List.of(), null);
    }

    @Test
    void aMistypedYearIsLeftOutsideAndCountedNotDroppedSilently() {
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            events.add(on("e" + i, LocalDate.of(2016, 10, 1 + i)));
        }
        events.add(on("typo", LocalDate.of(16, 10, 3)));
        DrawnRange r = DrawnRange.of(events, null, null);

        assertThat(r.before()).isEqualTo(1);
        assertThat(r.after()).isZero();
        assertThat(r.fromDay()).isEqualTo(LocalDate.of(2016, 10, 1).toEpochDay());
        assertThat(r.toDay()).isEqualTo(LocalDate.of(2016, 10, 21).toEpochDay());
    }

    @Test
    void anAskedRangeCountsTheEventsOnEitherSide() {
        List<Event> events = List.of(on("a", LocalDate.of(2016, 9, 30)), on("b", LocalDate.of(2016, 10, 5)),
                on("c", LocalDate.of(2016, 10, 11)), on("d", LocalDate.of(2016, 10, 12)));
        DrawnRange r = DrawnRange.of(events, LocalDate.of(2016, 10, 1), LocalDate.of(2016, 10, 10));
        assertThat(r.before()).isEqualTo(1);
        assertThat(r.after()).isEqualTo(2);
        assertThat(TimelineRenderer.dates(r)).isEqualTo("1 October 2016 to 10 October 2016");
    }
}
