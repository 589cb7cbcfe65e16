package org.annalist.events;

import static org.annalist.events.Fixtures.extractTagged;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Event dates of the eighth dates round (issue 10): acts without a time of their own read with their paragraph.
 * The example rows of {@code events/dates.json} ({@code paragraphDayExamples}) are sentences written for the rule file.
 */
class DatesRoundEightTest {

    private static Event act(List<Event> events, DateWords.ParagraphExample x) {
        return events.stream().filter(e -> e.type().id().equals(x.type()) && e.source().contains(x.source()))
                .findFirst().orElseThrow(() -> new AssertionError("no " + x.type() + " of " + x.source() + " in: " + x.text()));
    }

    @Test
    void everyParagraphDayExampleOfTheRuleFileGetsItsDate() {
        assertThat(DateWords.paragraphDayExamples()).hasSizeGreaterThanOrEqualTo(5).allSatisfy(x -> {
            EventDate d = act(extractTagged(x.text(), x.published()), x).date();
            if (x.value() == null) {
                assertThat(d).as(x.text()).isNull();
            } else {
                assertThat(d).as(x.text()).isNotNull();
                assertThat(d.value()).as(x.text()).isEqualTo(x.value());
                assertThat(d.basis().id()).as(x.text()).isEqualTo(x.basis());
            }
        });
    }

    @Test
    void aSpeechActAfterANamedDayIsThatDayButAReportingVerbIsNot() {
        List<Event> rejected = extractTagged("Turkish troops attacked the border post on Friday. "
                + "Turkey rejected the Syrian request for talks.", "2016-10-09");
        List<Event> said = extractTagged("Turkish troops attacked the border post on Friday. "
                + "Turkey said the troops would stay.", "2016-10-09");

        assertThat(rejected.stream().filter(e -> e.type() == EventType.REJECT).findFirst().orElseThrow().date().derivation())
                .startsWith("no time of its own: the narrative time of its paragraph");
        assertThat(said.stream().filter(e -> e.type() == EventType.STATEMENT).findFirst().orElseThrow().date().basis())
                .isEqualTo(DateBasis.PUBLISHED);
    }

    @Test
    void earlierInTheWeekIsAWeekNotADay() {
        EventDate d = extractTagged("Turkey attacked the border post earlier in the week, officials said.", "2016-10-09")
                .stream().filter(e -> e.type() == EventType.ASSAULT).findFirst().orElseThrow().date();

        assertThat(d.granularity()).isEqualTo(Granularity.WEEK);
        assertThat(d.start()).isEqualTo("2016-10-03");
    }

    @Test
    void aPossessiveDaysDerivationNamesItAsWritten() {
        EventDate d = extractTagged("Turkish troops killed three Syrian protesters in Tuesday's clashes.", "2016-10-09")
                .stream().filter(e -> e.type() == EventType.ASSAULT).findFirst().orElseThrow().date();

        assertThat(d.derivation()).startsWith("'Tuesday's' in an article published");
    }
}
