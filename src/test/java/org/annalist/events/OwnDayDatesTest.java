package org.annalist.events;

import static org.annalist.events.Fixtures.extractTagged;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * Event dates of the fourth dates round (issue 10): the day an act's own words name, read through the
 * standard time tagger as the pipeline runs it. Sentences written for these tests; 9 Oct 2016 is a Sunday.
 */
class OwnDayDatesTest {

    private static final String SUNDAY = "2016-10-09";

    private static String dateOf(List<Event> events, Predicate<Event> which) {
        return events.stream().filter(which).map(e -> e.date() == null ? "none" : e.date().value())
                .findFirst().orElse("no such event");
    }

    private static Predicate<Event> type(EventType t) {
        return e -> e.type() == t;
    }

    @Test
    void aPossessiveWeekdayDatesTheNounActItOwns() {
        List<Event> events = extractTagged("Wednesday's Turkish attack on the Syrian convoy killed ten people.", SUNDAY);

        assertThat(dateOf(events, type(EventType.ASSAULT))).isEqualTo("2016-10-05");
    }

    @Test
    void aPossessiveWeekdayDatesClashesAfterAPreposition() {
        List<Event> events = extractTagged(
                "Calm returned to the border after Friday's clashes between Turkish troops and Syrian forces.", SUNDAY);

        assertThat(dateOf(events, type(EventType.ASSAULT))).isEqualTo("2016-10-07");
    }

    @Test
    void aPossessiveWeekdayAfterSinceStillDatesItsOwnNoun() {
        List<Event> events = extractTagged("Since Wednesday's Turkish attack on the Syrian convoy, the road has been closed.", SUNDAY);

        assertThat(dateOf(events, type(EventType.ASSAULT))).isEqualTo("2016-10-05");
    }

    @Test
    void anAppealNamedByAPossessiveWeekdayIsThatDays() {
        List<Event> events = extractTagged("Saturday's Turkish appeal for a ceasefire went unanswered.", SUNDAY);

        assertThat(dateOf(events, e -> e.source().contains("turkey"))).isEqualTo("2016-10-08");
    }

    @Test
    void aVerbActDoesNotTakeTheDayOfAnotherActsPossessive() {
        List<Event> events = extractTagged("On Sunday, France condemned Friday's attack by Turkey on the convoy.", SUNDAY);

        assertThat(dateOf(events, e -> e.source().contains("france"))).isEqualTo("2016-10-09");
    }

    @Test
    void theCurfewTakesItsOwnStartingTime() {
        List<Event> events = extractTagged("Turkey imposed a curfew on the border town from 6 p.m. Friday.", SUNDAY);

        assertThat(dateOf(events, e -> e.source().contains("turkey"))).isEqualTo("2016-10-07");
    }

    @Test
    void anActJustAfterMidnightOfANamedDayIsThatDays() {
        List<Event> events = extractTagged("Turkey attacked the border post just after midnight Saturday.", SUNDAY);

        assertThat(dateOf(events, type(EventType.ASSAULT))).isEqualTo("2016-10-08");
    }

    @Test
    void anActJustAfterABareMidnightIsOnTheDayThatMidnightOpens() {
        List<Event> events = extractTagged("Turkey attacked the border post just after midnight.", SUNDAY);

        assertThat(dateOf(events, type(EventType.ASSAULT))).isEqualTo("2016-10-09");
    }

    @Test
    void aSpeechAfterMidnightOnTheNightBeforePublicationIsOnThePublicationDay() {
        List<Event> events = extractTagged("Erdogan said in a televised speech after midnight that Turkey would not retreat.", SUNDAY);

        assertThat(dateOf(events, type(EventType.STATEMENT))).isEqualTo("2016-10-09");
    }

    @Test
    void anEarlierArrestInLateJanuaryIsNotDatedByPublication() {
        List<Event> events = extractTagged("Syria arrested the Turkish reporter in late January, Turkey said.", SUNDAY);

        assertThat(dateOf(events, e -> e.source().contains("syria"))).isEqualTo("2016-01");
    }

    @Test
    void anOldAttackIsDatedByTheYearItsSentenceNames() {
        List<Event> events = extractTagged("Syria carried out a 1995 attack on the Turkish embassy.", SUNDAY);

        assertThat(dateOf(events, type(EventType.ASSAULT))).isEqualTo("1995");
    }

    @Test
    void anActAfterAShiftedTimeIsItsAnchorNotTheShiftedDay() {
        List<Event> events = extractTagged(
                "The remark shows how far Turkey has come four months after Russia began air strikes.", SUNDAY);

        assertThat(dateOf(events, type(EventType.ASSAULT))).isNotEqualTo("2017-02-09").doesNotStartWith("2017");
    }

    @Test
    void aDateInsideTheObjectsNounGroupDoesNotDateTheAct() {
        List<Event> events = extractTagged(
                "Turkey called Tuesday for Russia to carry out the Security Council resolution of March 17.", SUNDAY);

        assertThat(dateOf(events, e -> e.source().contains("turkey"))).isEqualTo("2016-10-04");
    }

    @Test
    void anEntryOfALiveBlogStampedWithALaterWeekdayIsThatDays() {
        String text = "Turkey closed the border on Sunday.\n"
                + "(6:32 a.m. Monday ET, 12:32 p.m. Monday in Syria) Turkey said it halted an attack on the town.";
        List<Event> events = extractTagged(text, SUNDAY);

        assertThat(dateOf(events, e -> e.passages().get(0).text().contains("halted"))).isEqualTo("2016-10-10");
    }

    @Test
    void theSameSpeakersNextWordsWithoutATimeAreOfTheSameDay() {
        String text = "Turkey said on Friday that the shelling of its border posts was unacceptable.\n"
                + "\"The crossing will stay closed until the shelling stops,\" Erdogan said.";
        List<Event> events = extractTagged(text, SUNDAY);

        assertThat(dateOf(events, e -> e.passages().get(0).text().startsWith("\"The crossing"))).isEqualTo("2016-10-07");
    }

    @Test
    void aDateOfWhatWasSaidIsNotCarriedToTheNextWords() {
        String text = "Turkey said the September 26 shelling of its border posts was unacceptable.\n"
                + "\"The crossing will stay closed until the shelling stops,\" Erdogan said.";
        List<Event> events = extractTagged(text, SUNDAY);

        assertThat(dateOf(events, e -> e.passages().get(0).text().startsWith("\"The crossing"))).isEqualTo("2016-10-09");
    }

    @Test
    void aDateAfterOfQualifiesTheNounBeforeItNotTheAct() {
        List<Event> events = extractTagged(
                "Turkey issued a plea for Russia to carry out the Security Council resolution of March 17.", "2016-04-12");

        assertThat(dateOf(events, e -> e.source().contains("turkey"))).isNotEqualTo("2016-03-17");
    }

    @Test
    void theNightOfADayIsTheActsTime() {
        List<Event> events = extractTagged("Turkey attacked the border town on the night of March 17.", "2016-04-12");

        assertThat(dateOf(events, type(EventType.ASSAULT))).isEqualTo("2016-03-17");
    }

    @Test
    void asOfADayIsTheActsTime() {
        List<Event> events = extractTagged("Turkey had evacuated 12,000 of its citizens from Syria as of Friday morning.", SUNDAY);

        assertThat(dateOf(events, e -> e.source().contains("turkey"))).isEqualTo("2016-10-07");
    }

    @Test
    void aYearAfterOfStillDatesTheAct() {
        List<Event> events = extractTagged("Turkey signed the border treaty of 1979 with Syria.", SUNDAY);

        assertThat(dateOf(events, e -> e.source().contains("turkey"))).isEqualTo("1979");
    }
}
