package org.annalist.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Chronology lists without years: each item is placed by its own date, on or before the article's date. */
class ChronologyPlacementTest {

    private static final LocalDate OCTOBER_2011 = LocalDate.of(2011, 10, 20);

    private static List<String> values(String text, LocalDate dct) {
        return TimeTagger.standard().tag(text, dct).stream().map(t -> t.text() + "=" + t.value()).toList();
    }

    @Test
    void itemsOfAPastChronologyTakeTheYearThatPutsThemBeforePublication() {
        String text = "Timeline of the conflict:\n"
                + "Feb. 28 - EU governments approve sanctions against the leader and his closest advisers.\n"
                + "March 5 - The rebel council declares itself the sole representative.\n"
                + "Oct. 20 - The leader is killed in his home town.\n";

        assertThat(values(text, OCTOBER_2011)).containsExactly(
                "Feb. 28=2011-02-28", "March 5=2011-03-05", "Oct. 20=2011-10-20");
    }

    @Test
    void anItemMoreThanTenMonthsBackStaysInThePastAndOtherDatesOnItsLineFollow() {
        String text = "Dec. 17 - A street vendor sets himself on fire.\n"
                + "Feb. 17: Activists designate Feb. 17 as a day of rage.\n";

        assertThat(values(text, OCTOBER_2011)).containsExactly(
                "Dec. 17=2010-12-17", "Feb. 17=2011-02-17", "Feb. 17=2011-02-17", "a day=P1D");
    }

    @Test
    void anItemWhoseLineIsInTheFutureIsNotForcedIntoThePast() {
        String text = "Nov. 28 - Elections will be held for the new assembly.\n";

        assertThat(values(text, OCTOBER_2011)).containsExactly("Nov. 28=2011-11-28");
    }

    @Test
    void aDateThatOpensASentenceTakesNoTenseFromTheSentenceBefore() {
        // "will" belongs to the sentence before; without a cue of its own June 1 is the nearest one
        String text = "He gave no sign he will step down. June 1 the oil minister appears in Rome.";

        assertThat(values(text, LocalDate.of(2011, 8, 24))).containsExactly("June 1=2011-06-01");
    }

    @Test
    void aDateInRunningTextIsPlacedAsBefore() {
        String text = "The council said the vote on Feb. 28 - a Tuesday - was final.";

        assertThat(values(text, OCTOBER_2011)).contains("Feb. 28=2011-02-28");
        assertThat(values("Ministers meet on Feb. 28 to approve the sanctions.", OCTOBER_2011))
                .containsExactly("Feb. 28=2012-02-28");
    }
}
