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
    void anUndatedStampInABlogRunningNewestFirstTakesTheDayOfTheOlderEntryBelowIt() {
        // published Thu 3 Mar 2022; newest first: Friday 1:05 a.m., then 7:31 p.m. (Thursday), then Thursday 3:10 p.m.
        String text = "Crowds gathered.\n(Update 1:05 a.m. Friday in Paris, 7:05 p.m. Thursday ET) Police fired tear gas.\n"
                + "(Update 7:31 p.m. in Paris, 1:31 p.m. ET) Shots were heard at 7:20 p.m. near the bridge.\n"
                + "(Update 3:10 p.m. Thursday in Paris, 9:10 a.m. ET) Marchers set off.";
        assertThat(valueOf(text, LocalDate.of(2022, 3, 3), "7:20 p.m.")).startsWith("2022-03-03T19:20");
    }

    @Test
    void undatedEntriesBelowANewerStampAfterMidnightKeepThePublicationDay() {
        // published Tue 1 Mar 2022; the newest entry (top) is 1:33 a.m. Wednesday; the older ones are Tuesday's
        String text = "Crowds gathered.\n(Update 1:33 a.m. Wednesday in Paris, 7:33 p.m. Tuesday ET) Police withdrew.\n"
                + "(Update 9:05 p.m. in Paris, 3:05 p.m. ET) Shots were heard at 8:50 p.m. near the bridge.\n"
                + "(Update 4:10 p.m. in Paris, 10:10 a.m. ET) Marchers set off.";
        assertThat(valueOf(text, LocalDate.of(2022, 3, 1), "8:50 p.m.")).startsWith("2022-03-01T20:50");
    }

    @Test
    void anUndatedStampWhoseClockIsEarlierThanTheOneBeforeItIsTheNextDay() {
        // published Tue 1 Mar 2022, oldest first: 10:40 p.m., then 12:15 a.m. -> Wednesday
        String text = "Crowds gathered.\n(Update 10:40 p.m. local, 4:40 p.m. ET) Police moved in.\n"
                + "(Update 12:15 a.m. local, 6:15 p.m. ET) Shots were heard at 12:05 a.m. near the bridge.\n"
                + "(Update 2:30 a.m. local, 8:30 p.m. ET) The square emptied.";
        assertThat(valueOf(text, LocalDate.of(2022, 3, 1), "12:05 a.m.")).startsWith("2022-03-02T00:05");
    }

    @Test
    void aStampGivingTheOtherZoneFirstIsNoNewDay() {
        // published Tue 1 Mar 2022: "7:31 p.m." then "12:40 p.m. ET" is not past midnight
        String text = "Crowds gathered.\n(Update 7:31 p.m. in Paris, 1:31 p.m. ET) Police moved in.\n"
                + "(Update 12:40 p.m. ET, 6:40 p.m. in Paris) Shots were heard at 6:30 p.m. near the bridge.\n"
                + "(Update 8:30 p.m. in Paris, 2:30 p.m. ET) The square emptied.";
        assertThat(valueOf(text, LocalDate.of(2022, 3, 1), "6:30 p.m.")).startsWith("2022-03-01T18:30");
    }

    @Test
    void aLineOpeningWithTwoClocksInBracketsIsAStamp() {
        // published Fri 4 Mar 2022; the blog reaches Sunday, so "Saturday" in the first entry is Sat 5 Mar
        String text = "Crowds gathered.\n(9:50 p.m. ET, 3:50 a.m. in Paris) The ministry said Saturday it had closed the border.\n"
                + "(10:15 a.m. Sunday ET, 4:15 p.m. Sunday in Paris) Talks resumed.";
        assertThat(valueOf(text, LocalDate.of(2022, 3, 4), "Saturday it")).isEqualTo("2022-03-05");
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
    void aStampInUsTimeADayBehindPublicationIsThatDayNotAWeekLater() {
        // published Wed 2 Mar 2022 (the region's date); the first stamp, ET first, names Tuesday: Tue 1 Mar, not Tue 8 Mar
        String text = "Crowds gathered.\n(10:40 p.m. Tuesday ET, 5:40 a.m. Wednesday in Paris) Police said Tuesday it had closed the bridge.\n"
                + "(Update 9:15 a.m. Wednesday ET, 4:15 p.m. Wednesday in Paris) The ministry said Wednesday the bridge was open.";
        assertThat(valueOf(text, LocalDate.of(2022, 3, 2), "Tuesday it")).isEqualTo("2022-03-01");
        assertThat(valueOf(text, LocalDate.of(2022, 3, 2), "Wednesday the")).isEqualTo("2022-03-02");
    }

    @Test
    void aStampGivingUsTimeFirstIsTheRegionsLaterDaySoItsOwnWeekdayIsNotAWeekBack() {
        // published Mon 28 Mar 2011; newest first, ET first: the entries are written on the region's Tuesday, 29 Mar
        String text = "Latest news.\n(7:55 p.m. Monday ET, 1:55 a.m. Tuesday in Paris) Police fired early Tuesday, officials said Monday.\n"
                + "(6:43 p.m. Monday ET, 12:43 a.m. Tuesday in Paris) Crowds gathered.\n"
                + "(5:25 p.m. Monday ET, 11:25 p.m. Monday in Paris) Talks resumed.";
        LocalDate published = LocalDate.of(2011, 3, 28);
        assertThat(valueOf(text, published, "Tuesday, officials")).isEqualTo("2011-03-29");
        assertThat(valueOf(text, published, "Monday.")).isEqualTo("2011-03-28");
        assertThat(LiveBlog.standard().entries(text, published)).extracting(LiveBlog.Entry::day)
                .containsExactly(LocalDate.of(2011, 3, 29), LocalDate.of(2011, 3, 29), LocalDate.of(2011, 3, 28));
    }

    @Test
    void aLoneWeekdayTheDayBeforePublicationStaysThatDayInABlogRunningForward() {
        // published Fri 4 Mar 2022; "Thursday" is the day before (a US-time report), not the coming Thursday
        String text = "Talks opened.\n(Update 8:05 p.m. local, 2:05 p.m. ET) Protesters returned Thursday.\n"
                + "(Update 10:15 a.m. Sunday local) The talks resumed. They will meet again on Thursday.";
        assertThat(valueOf(text, LocalDate.of(2022, 3, 4), "Thursday.")).isEqualTo("2022-03-03");
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
