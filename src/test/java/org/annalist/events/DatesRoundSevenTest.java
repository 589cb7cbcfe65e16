package org.annalist.events;

import static org.annalist.events.Fixtures.extractTagged;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * Event dates of the seventh dates round (issue 10): the date a user sees for an act of a sentence, with the
 * publication date given. Sentences written for these tests; 9 Oct 2016 is a Sunday, 11 Feb 2011 a Friday.
 */
class DatesRoundSevenTest {

    private static final String SUNDAY = "2016-10-09";
    private static final String FRIDAY = "2011-02-11";

    private static EventDate dateOf(List<Event> events, Predicate<Event> which) {
        return events.stream().filter(which).map(Event::date).findFirst().orElseThrow();
    }

    @Test
    void aDenialIsNotReportedOnTheDayOfTheCeasefireItsRelativeClauseAnnounced() {
        List<Event> events = extractTagged(
                "The Turkish government has denied breaking a ceasefire that it announced on Friday, blaming the rebels.", SUNDAY);

        EventDate denial = dateOf(events, e -> e.type() == EventType.REJECT);
        assertThat(denial.value()).isEqualTo(SUNDAY);
        assertThat(denial.basis()).isEqualTo(DateBasis.PUBLISHED);
    }

    @Test
    void aPresentPerfectWithNowIsReportedOnThePublicationDate() {
        List<Event> events = extractTagged("Turkey has now closed the southern part of its border with Syria.", SUNDAY);

        EventDate closed = dateOf(events, e -> e.source().contains("turkey"));
        assertThat(closed).isNotNull();
        assertThat(closed.value()).isEqualTo(SUNDAY);
        assertThat(closed.basis()).isEqualTo(DateBasis.PUBLISHED);
    }

    @Test
    void wordsOfTheSameSpeakerAfterAnAddressLastNightAreThatNights() {
        List<Event> events = extractTagged("France said last night that the refugees in Turkey were in urgent need.\n"
                + "\"The camps are full,\" France said.", FRIDAY);

        assertThat(events.stream().filter(e -> e.type() == EventType.STATEMENT && e.source().contains("france"))
                .map(e -> e.date() == null ? "none" : e.date().value()))
                .isNotEmpty().allMatch("2011-02-10"::equals);
    }

    @Test
    void anActLateOnTheEveningBeforePublicationIsThatDay() {
        List<Event> events = extractTagged("Turkish troops attacked the border post late Thursday.", FRIDAY);

        assertThat(dateOf(events, e -> e.type() == EventType.ASSAULT).value()).isEqualTo("2011-02-10");
    }

    @Test
    void anActOvernightIsTheNightBeforePublication() {
        List<Event> events = extractTagged("Turkish troops attacked the border post overnight.", FRIDAY);

        assertThat(dateOf(events, e -> e.type() == EventType.ASSAULT).value()).isEqualTo("2011-02-10");
    }

    @Test
    void aBareWeekdayOfANewsLeadSixDaysBackIsTheDayAfterThePagesDate() {
        assertThat(DateWords.leadWeekdayExamples()).hasSizeGreaterThanOrEqualTo(3).allSatisfy(x -> {
            List<Event> events = extractTagged(x.sentence(), x.published());
            assertThat(dateOf(events, e -> e.source().contains("turkey")).value()).as(x.sentence()).isEqualTo(x.day());
            assertThat(events.stream().filter(e -> e.source().contains("turkey")).map(Event::status))
                    .as(x.sentence()).containsOnly(EventStatus.OCCURRED); // the region's today, no plan
        });
    }

    @Test
    void everyOccasionDayExampleOfTheRuleFileIsReadAsItSays() {
        assertThat(DateWords.occasionDayExamples()).isNotEmpty().allSatisfy(x ->
                assertThat(DateWords.occasionDay(x.phrase() + " in an article published Fri 11 Feb 2011 -> Thu 10 Feb 2011"))
                        .as(x.phrase()).isEqualTo(x.carried()));
    }
}
