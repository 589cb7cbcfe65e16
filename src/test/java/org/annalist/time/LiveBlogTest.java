package org.annalist.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Live blogs: entries stamped with an update time are read against their own day. */
class LiveBlogTest {

    private final TimeTagger tagger = TimeTagger.standard();

    private String valueOf(String text, LocalDate published, String expression) {
        List<TimeExpression> found = tagger.tag(text, published);
        int at = text.indexOf(expression);
        return found.stream().filter(t -> t.span().start() == at).map(TimeExpression::value)
                .findFirst().orElse("none");
    }

    @Test
    void aWeekdayInAnEntryStampedWithALaterDayIsThatDay() {
        // published Tue 1 Mar 2022; the stamp names Thursday -> Thu 3 Mar
        String text = "Crowds gathered in the square.\n"
                + "(Update 1:10 a.m. Thursday in Paris, 7:10 p.m. ET Wednesday) The ministry said Thursday it had "
                + "closed the border.";
        assertThat(valueOf(text, LocalDate.of(2022, 3, 1), "Thursday it")).isEqualTo("2022-03-03");
    }

    @Test
    void aLineOpeningWithAClockAndAWeekdayInBracketsIsAStampWithoutAnUpdateWord() {
        // published Sun 6 Mar 2022; the entry is stamped Monday -> Mon 7 Mar, not Mon 28 Feb
        String text = "Crowds gathered in the square.\n"
                + "(6:32 a.m. Monday ET, 12:32 p.m. Monday in Paris) The ministry said Monday it had closed the border.";
        assertThat(valueOf(text, LocalDate.of(2022, 3, 6), "Monday it")).isEqualTo("2022-03-07");
    }

    @Test
    void aBracketedClockInsideASentenceIsNoStamp() {
        String text = "Crowds gathered in the square (6:32 a.m. Monday ET) and the ministry said Monday it had closed the border.";
        assertThat(valueOf(text, LocalDate.of(2022, 3, 6), "Monday it")).isEqualTo("2022-02-28");
    }

    @Test
    void anEntryWithoutAWeekdayKeepsTheDayOfTheStampBeforeIt() {
        String text = "Crowds gathered.\n(Updated: 11:20 p.m. Wednesday local time) Police moved in.\n"
                + "(Update 9:47 p.m. local, 3:47 p.m. ET) Shots were heard at 9:40 p.m. near the bridge.";
        assertThat(valueOf(text, LocalDate.of(2022, 3, 1), "9:40 p.m.")).startsWith("2022-03-02T21:40");
    }

    @Test
    void aLoneWeekdayInABlogRunningForwardIsNotBeforePublication() {
        // published Fri 4 Mar 2022; later stamps reach Sunday, so "Saturday morning" is Sat 5 Mar
        String text = "Talks opened.\n(Update 8:05 p.m. local, 2:05 p.m. ET) Protesters returned Saturday morning.\n"
                + "(Update 10:15 a.m. Sunday local) The talks resumed.";
        assertThat(valueOf(text, LocalDate.of(2022, 3, 4), "Saturday morning")).startsWith("2022-03-05");
    }

    @Test
    void aWeekdayBeyondTheBlogsSpanStaysInThePast() {
        // the stamps reach only Saturday: "Tuesday" cannot be the coming Tuesday
        String text = "Talks opened.\n(Update 10:15 a.m. Saturday local) Protests that began Tuesday went on.";
        assertThat(valueOf(text, LocalDate.of(2022, 3, 4), "Tuesday")).isEqualTo("2022-03-01");
    }

    @Test
    void aRevisionNoteWithoutAClockIsNoEntry() {
        String text = "(Updates with quote from minister)\nThe minister said Monday the plan would go ahead.";
        assertThat(valueOf(text, LocalDate.of(2022, 3, 4), "Monday")).isEqualTo("2022-02-28");
    }

    @Test
    void anArticleWithoutStampsIsTaggedAsBefore() {
        String text = "The minister said Wednesday the plan would go ahead.";
        assertThat(valueOf(text, LocalDate.of(2022, 3, 4), "Wednesday")).isEqualTo("2022-03-02");
    }
}
