package org.annalist.events;

import static org.annalist.events.Fixtures.extractTagged;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** An act its speaker puts before the speech is reported on the speech's day, not done then. */
class ReportedEarlierActsTest {

    private static final String PUBLISHED = "2016-10-05"; // a Wednesday

    private static Event russianAttack(List<Event> events) {
        return events.stream().filter(e -> e.source().contains("russia") && e.type() == EventType.ASSAULT)
                .findFirst().orElseThrow();
    }

    @Test
    void aPerfectToldByASpeakerOnADayIsReportedOnThatDay() {
        Event e = russianAttack(extractTagged("Russia has attacked rebel positions near Aleppo, Turkey said on Monday.",
                PUBLISHED));

        assertThat(e.date().value()).isEqualTo("2016-10-03");
        assertThat(e.date().basis()).isEqualTo(DateBasis.PUBLISHED); // shown "reported on", not "happened on"
    }

    @Test
    void aSimplePastToldByASpeakerOnADayHappenedThatDay() {
        Event e = russianAttack(extractTagged("Russia attacked rebel positions near Aleppo, Turkey said on Monday.",
                PUBLISHED));

        assertThat(e.date().value()).isEqualTo("2016-10-03");
        assertThat(e.date().basis()).isEqualTo(DateBasis.RELATIVE);
    }

    @Test
    void anActWithItsOwnTimeKeepsIt() {
        Event e = russianAttack(extractTagged("Russia has attacked rebel positions near Aleppo on Sunday, Turkey said.",
                PUBLISHED));

        assertThat(e.date().value()).isEqualTo("2016-10-02");
        assertThat(e.date().basis()).isEqualTo(DateBasis.RELATIVE);
    }
}
