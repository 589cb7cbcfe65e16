package org.annalist.events;

import static org.annalist.events.Fixtures.extractTagged;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Weekdays after the page's date (issue 10): an act told in the future on a bare weekday is the next such day,
 * not the one before publication. The example rows live in {@code events/dates.json} ({@code plannedAheadExamples}).
 */
class DatesAheadTest {

    @Test
    void everyPlannedAheadExampleOfTheRuleFileGetsItsDay() {
        assertThat(DateWords.plannedAheadExamples()).hasSizeGreaterThanOrEqualTo(4).allSatisfy(x -> {
            List<Event> events = extractTagged(x.sentence(), x.published());
            assertThat(events.stream().filter(e -> e.source().contains(x.source()) && e.date() != null)
                    .map(e -> e.date().value()).findFirst()).as(x.sentence()).contains(x.day());
        });
    }

    @Test
    void aMeetingAnnouncedForTheNextMondayIsAPlan() {
        List<Event> events = extractTagged("Turkey will meet the Syrian envoy in Ankara on Monday.", "2011-02-25");

        assertThat(events).filteredOn(e -> e.source().contains("turkey"))
                .extracting(Event::status).containsOnly(EventStatus.PLANNED);
    }
}
