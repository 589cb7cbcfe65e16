package org.annalist.events;

import static org.annalist.events.Fixtures.article;
import static org.annalist.events.Fixtures.day;
import static org.annalist.events.Fixtures.extract;
import static org.annalist.events.Fixtures.range;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class EventDatingTest {

    @Test
    void aVagueWeekKeepsWeekGranularityWithItsDays() {
        String text = "Ayrault visited Moscow last week.";
        List<Event> events = extract(article("a", text, "2016-10-10"),
                range(text, "last week", "2016-W40", "2016-10-03", "2016-10-09"));

        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.date().value()).isEqualTo("2016-W40");
            assertThat(e.date().granularity()).isEqualTo(Granularity.WEEK);
            assertThat(e.date().start()).hasToString("2016-10-03");
            assertThat(e.date().end()).hasToString("2016-10-09");
            assertThat(e.date().basis()).isEqualTo(DateBasis.RELATIVE);
        });
    }

    @Test
    void aDateWithItsYearIsExplicit() {
        String text = "Turkey attacked Syria on January 20, 2018.";
        List<Event> events = extract(article("a", text, "2018-02-09"), day(text, "January 20, 2018", "2018-01-20"));

        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.date().basis()).isEqualTo(DateBasis.EXPLICIT);
            assertThat(e.date().derivation()).isEqualTo("'on January 20, 2018' -> Sat 20 Jan 2018");
        });
    }

    @Test
    void theTimeOfTheReportingVerbDatesTheReportedAct() {
        String text = "Churkin said on Monday that Russia rejected the draft.";
        List<Event> events = extract(article("a", text, "2016-10-05"), day(text, "Monday", "2016-10-03"));

        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo(EventType.REJECT);
            assertThat(e.source()).containsExactly("russia");
            assertThat(e.date().value()).isEqualTo("2016-10-03");
        });
    }

    @Test
    void eachActTakesTheTimeNearestToIt() {
        String text = "The United Nations warns of a surge in violence and on Tuesday called for a truce.";
        List<Event> events = extract(article("a", text, "2018-02-09"), day(text, "Tuesday", "2018-02-06"));

        assertThat(events).filteredOn(e -> e.type() == EventType.REQUEST).singleElement()
                .satisfies(e -> assertThat(e.date().value()).isEqualTo("2018-02-06"));
        assertThat(events).filteredOn(e -> e.type() == EventType.STATEMENT).singleElement()
                .satisfies(e -> assertThat(e.date().basis()).isEqualTo(DateBasis.PUBLISHED));
    }

    @Test
    void aScheduledFutureActIsPlannedEvenWithoutAModal() {
        String text = "Erdogan meets Putin in Moscow on Friday.";
        List<Event> events = extract(article("a", text, "2016-10-05"), day(text, "Friday", "2016-10-07"));

        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.status()).isEqualTo(EventStatus.PLANNED);
            assertThat(e.source()).containsExactly("turkey");
            assertThat(e.target()).containsExactly("russia");
        });
    }

    @Test
    void anIntentWithoutADateIsAnAgreementAndAHostileOneAThreat() {
        String support = "Turkey said it will support the French resolution.";
        String boycott = "Russia said it would boycott the talks with France.";

        assertThat(extract(article("a", support, "2016-10-05"))).singleElement()
                .satisfies(e -> assertThat(e.type()).isEqualTo(EventType.AGREE));
        assertThat(extract(article("b", boycott, "2016-10-05"))).singleElement()
                .satisfies(e -> assertThat(e.type()).isEqualTo(EventType.THREATEN));
    }

    @Test
    void aHabitualDenialHasNoDate() {
        String text = "Damascus has consistently denied the use of chemical weapons.";
        assertThat(extract(article("a", text, "2018-02-09"))).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo(EventType.REJECT);
            assertThat(e.date()).isNull();
        });
    }
}
