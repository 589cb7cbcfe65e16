package org.annalist.events;

import static org.annalist.events.Fixtures.article;
import static org.annalist.events.Fixtures.day;
import static org.annalist.events.Fixtures.extract;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Acts without a time of their own dated by their object's start or by a day their sentence names. */
class ObjectAndSentenceDatesTest {

    @Test
    void anActTakesTheStartOfTheTimeOfItsObject() {
        String text = "Turkey imposed a curfew on the border town from 6 p.m. Friday until Saturday morning.";
        List<Event> events = extract(article("a", text, "2016-10-09"),
                day(text, "6 p.m. Friday", "2016-10-07"), day(text, "Saturday morning", "2016-10-08"));

        assertThat(events).filteredOn(e -> e.source().contains("turkey")).singleElement()
                .satisfies(e -> {
                    assertThat(e.date().value()).isEqualTo("2016-10-07");
                    assertThat(e.date().derivation()).contains("start of its object");
                });
    }

    @Test
    void theActsOwnTimeWinsOverTheStartOfItsObject() {
        String text = "Turkey imposed on Monday a curfew on the border town from Friday.";
        List<Event> events = extract(article("a", text, "2016-10-12"),
                day(text, "Monday", "2016-10-10"), day(text, "Friday", "2016-10-07"));

        assertThat(events).filteredOn(e -> e.source().contains("turkey")).singleElement()
                .satisfies(e -> assertThat(e.date().value()).isEqualTo("2016-10-10"));
    }

    @Test
    void aPastActTakesADayNamedElsewhereInItsSentence() {
        String text = "As mass protests swept Syria on Friday, Turkey deployed troops to the border.";
        List<Event> events = extract(article("a", text, "2016-10-12"), day(text, "Friday", "2016-10-07"));

        assertThat(events).filteredOn(e -> e.source().contains("turkey")).isNotEmpty()
                .allSatisfy(e -> assertThat(e.date().value()).isEqualTo("2016-10-07"));
    }

    @Test
    void aStartAfterPublicationIsAPlanAndDatesNoAct() {
        String text = "Turkey imposed a curfew on the border town from Friday.";
        List<Event> events = extract(article("a", text, "2016-10-05"), day(text, "Friday", "2016-10-07"));

        assertThat(events).filteredOn(e -> e.source().contains("turkey"))
                .allSatisfy(e -> assertThat(e.date() == null ? "none" : e.date().value()).isNotEqualTo("2016-10-07"));
    }

    @Test
    void anActJustAfterMidnightHappensOnThatDay() {
        String text = "On Friday, Turkey attacked the town. Turkey attacked the border post just after midnight Saturday.";
        int at = text.indexOf("midnight Saturday");
        List<Event> events = extract(article("a", text, "2016-10-09"), day(text, "Friday", "2016-10-07"),
                new org.annalist.time.TimeExpression(new org.annalist.text.Span(at, at + 17), "midnight Saturday",
                        org.annalist.time.TimexType.TIME, "2016-10-08T24:00",
                        java.time.LocalDate.parse("2016-10-08"), java.time.LocalDate.parse("2016-10-08")));

        assertThat(events).filteredOn(e -> e.passages().get(0).text().contains("midnight")).isNotEmpty()
                .allSatisfy(e -> assertThat(e.date().value()).isEqualTo("2016-10-08"));
    }
}
