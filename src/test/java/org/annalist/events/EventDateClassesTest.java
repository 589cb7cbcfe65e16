package org.annalist.events;

import static org.annalist.events.Fixtures.article;
import static org.annalist.events.Fixtures.day;
import static org.annalist.events.Fixtures.extract;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The classes of wrong event dates of the issue-10 audits, one case each (issue 10, dates). */
class EventDateClassesTest {

    @Test
    void aPastPerfectActWithoutATimeOfItsOwnIsBackgroundAndUndated() {
        String text = "On Monday, Russia attacked Aleppo. Turkey had attacked the convoy.";
        List<Event> events = extract(article("a", text, "2016-10-05"), day(text, "Monday", "2016-10-03"));

        assertThat(events).filteredOn(e -> e.source().contains("turkey")).singleElement()
                .satisfies(e -> assertThat(e.date()).isNull());
    }

    @Test
    void aPastPerfectActReportedByASpeakerTakesTheReportsTime() {
        String text = "France said on Monday that Turkey had attacked the convoy.";
        List<Event> events = extract(article("a", text, "2016-10-05"), day(text, "Monday", "2016-10-03"));

        assertThat(events).filteredOn(e -> e.type() == EventType.ASSAULT).singleElement()
                .satisfies(e -> assertThat(e.date().value()).isEqualTo("2016-10-03"));
    }

    @Test
    void aSpeechInThePastPerfectIsBackgroundAndUndated() {
        String text = "Turkey had said in an earlier televised speech that Syria must withdraw.";
        List<Event> events = extract(article("a", text, "2016-10-05"));

        assertThat(events).filteredOn(e -> e.source().contains("turkey")).isNotEmpty()
                .allSatisfy(e -> assertThat(e.date()).isNull());
    }

    @Test
    void aHeadlineInThePresentTenseIsReportedOnThePublicationDate() {
        String text = "Turkey attacks the Syrian border town";
        List<Event> events = extract(article("a", text, "2016-10-05"));

        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.date().value()).isEqualTo("2016-10-05");
            assertThat(e.date().basis()).isEqualTo(DateBasis.PUBLISHED);
            assertThat(e.date().derivation()).contains("present tense");
        });
    }

    @Test
    void aPresentPerfectStateWithATimeInItsClauseIsNotAReport() {
        String text = "Turkey has attacked Syria for months.";
        List<Event> events = extract(article("a", text, "2016-10-05"),
                new org.annalist.time.TimeExpression(new org.annalist.text.Span(text.indexOf("months"), text.indexOf("months") + 6),
                        "months", org.annalist.time.TimexType.DURATION, "PXM", null, null));

        assertThat(events).singleElement().satisfies(e -> assertThat(e.date()).isNull());
    }

    @Test
    void eachItemOfAChronologyOfDateLinesTakesItsHeadingsDate() {
        String text = "2011-01-17\nTurkey attacks the convoy\n----------\n2011-01-25\nFrance condemns Russia\n----------\n";
        List<Event> events = extract(article("a", text, "2011-03-01"),
                day(text, "2011-01-17", "2011-01-17"), day(text, "2011-01-25", "2011-01-25"));

        assertThat(events).filteredOn(e -> e.type() == EventType.ASSAULT).singleElement().satisfies(e -> {
            assertThat(e.date().value()).isEqualTo("2011-01-17");
            assertThat(e.date().basis()).isEqualTo(DateBasis.EXPLICIT);
            assertThat(e.date().derivation()).contains("heading its item of a chronology");
        });
        assertThat(events).filteredOn(e -> e.source().contains("france")).singleElement()
                .satisfies(e -> assertThat(e.date().value()).isEqualTo("2011-01-25"));
    }

    @Test
    void oneDateLineAloneIsADatelineNotAChronology() {
        String text = "2011-01-17\nTurkey attacks the convoy";
        List<Event> events = extract(article("a", text, "2011-03-01"), day(text, "2011-01-17", "2011-01-17"));

        assertThat(events).singleElement().satisfies(e -> assertThat(e.date().basis()).isEqualTo(DateBasis.PUBLISHED));
    }

    @Test
    void theBoundsOfAStateDoNotDateTheAct() {
        String text = "Turkey vowed to enforce a curfew on Syria from Saturday to Sunday.";
        List<Event> events = extract(article("a", text, "2016-10-05"),
                day(text, "Saturday", "2016-10-08"), day(text, "Sunday", "2016-10-09"));

        assertThat(events).isNotEmpty().allSatisfy(e -> assertThat(e.date() == null ? "none" : e.date().value())
                .isNotIn("2016-10-08", "2016-10-09", "2016-10-08/2016-10-09"));
    }

    @Test
    void aPastActToldByASpeakerTakesTheNarrativeTimeOfItsParagraph() {
        String text = "On Monday, Russia attacked Aleppo. Russian jets attacked the Turkish convoy a second time, France said.";
        List<Event> events = extract(article("a", text, "2016-10-05"), day(text, "Monday", "2016-10-03"));

        assertThat(events).filteredOn(e -> e.target().contains("turkey")).singleElement().satisfies(e -> {
            assertThat(e.date().value()).isEqualTo("2016-10-03");
            assertThat(e.date().basis()).isEqualTo(DateBasis.INFERRED);
        });
    }
}
