package org.annalist.ui.present;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.annalist.events.DateBasis;
import org.annalist.events.Event;
import org.annalist.events.EventDate;
import org.annalist.events.EventStatus;
import org.annalist.events.EventType;
import org.annalist.export.SampleAnalysis;
import org.junit.jupiter.api.Test;

class PresentationModelTest {

    @Test
    void stepsAreTheDatedEventsInTimeOrderAndRevealShowsOnlyThePast() {
        PresentationModel m = new PresentationModel(SampleAnalysis.events());
        assertThat(m.events()).extracting(Event::id).containsExactly("e4", "e1", "e2", "e3");
        assertThat(m.previous()).isFalse();
        m.setReveal(true);
        assertThat(m.visible()).extracting(Event::id).containsExactly("e4");
        m.last();
        assertThat(m.visible()).hasSize(4);
        assertThat(m.next()).isFalse();
    }

    @Test
    void playSpeedStaysWithinTheOfferedSteps() {
        PresentationModel m = new PresentationModel(SampleAnalysis.events());
        for (int i = 0; i < 6; i++) {
            m.slower();
        }
        assertThat(m.secondsPerStep()).isEqualTo(8.0);
        for (int i = 0; i < 6; i++) {
            m.faster();
        }
        assertThat(m.secondsPerStep()).isEqualTo(1.0);
    }

    @Test
    void theStripWindowIsCentredAndReachesTheFifthNeighbourOnEachSide() {
        List<Event> days = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            LocalDate d = LocalDate.of(2016, 1, 1).plusDays(i * i);
            days.add(new Event("e" + i, EventDate.day(d, DateBasis.EXPLICIT, ""), EventType.STATEMENT, 0,
                    EventStatus.OCCURRED, List.of(), List.of(), "", List.of(), null));
        }
        long centre = days.get(10).date().start().toEpochDay();
        long half = TimelineStrip.halfWidth(days, 10, centre);
        // day 100 sits between day 25 (5 before) and day 225 (5 after): the farther one decides
        assertThat(half).isEqualTo(126);
        assertThat(TimelineStrip.halfWidth(days.subList(0, 1), 0, days.get(0).date().start().toEpochDay())).isEqualTo(3);
    }
}
