package org.annalist.events;

import static org.annalist.events.Fixtures.extractTagged;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The narrative time of a sentence reaches the past acts after it in its paragraph; in an article written one
 * sentence a line it reaches the next two lines, as a short paragraph would (NarrativeReach).
 */
class NarrativeLinesTest {

    private static final String PUBLISHED = "2016-10-05"; // a Wednesday

    private static String dateOf(List<Event> events, String source) {
        return events.stream().filter(e -> e.source().contains(source)).findFirst()
                .map(e -> e.date() == null ? "none" : e.date().value()).orElse("missing");
    }

    @Test
    void inOneSentenceLinesThePreviousLinesDayDatesTheNextPastAct() {
        String text = "Fighting went on around Aleppo.\n"
                + "Russia attacked rebel positions near Aleppo on Monday.\n"
                + "Turkey attacked Syrian positions near the border.\n"
                + "Aid groups asked for a pause in the fighting.\n"
                + "The talks in Geneva remain stalled.";
        List<Event> events = extractTagged(text, PUBLISHED);

        assertThat(dateOf(events, "turkey")).isEqualTo("2016-10-03");
    }

    @Test
    void theSameSentencesInOneParagraphGiveTheSameDate() {
        String text = "Fighting went on around Aleppo. Russia attacked rebel positions near Aleppo on Monday. "
                + "Turkey attacked Syrian positions near the border.";
        List<Event> events = extractTagged(text, PUBLISHED);

        assertThat(dateOf(events, "turkey")).isEqualTo("2016-10-03");
    }

    @Test
    void theDayReachesNoFurtherThanTwoLines() {
        String text = "Russia attacked rebel positions near Aleppo on Monday.\n"
                + "Aid groups asked for a pause in the fighting.\n"
                + "The talks in Geneva remain stalled.\n"
                + "Turkey attacked Syrian positions near the border.\n"
                + "The city has been besieged for months.";
        List<Event> events = extractTagged(text, PUBLISHED);

        assertThat(dateOf(events, "turkey")).isNotEqualTo("2016-10-03");
    }

    @Test
    void aHeadingLineOrABlankLineEndsTheNarrative() {
        String heading = "Russia attacked rebel positions near Aleppo on Monday.\n"
                + "Border clashes\n"
                + "Turkey attacked Syrian positions near the border.\n"
                + "Aid groups asked for a pause.\nThe talks remain stalled.";
        String blank = "Russia attacked rebel positions near Aleppo on Monday.\n\n"
                + "Turkey attacked Syrian positions near the border.\n"
                + "Aid groups asked for a pause.\nThe talks remain stalled.";

        assertThat(dateOf(extractTagged(heading, PUBLISHED), "turkey")).isNotEqualTo("2016-10-03");
        assertThat(dateOf(extractTagged(blank, PUBLISHED), "turkey")).isNotEqualTo("2016-10-03");
    }

    @Test
    void anArticleOfLongParagraphsKeepsEachParagraphsOwnTime() {
        String text = "Russia attacked rebel positions near Aleppo on Monday. Aid groups asked for a pause.\n"
                + "Turkey attacked Syrian positions near the border. The talks remain stalled.\n"
                + "France called for a ceasefire. Britain agreed with France.";
        List<Event> events = extractTagged(text, PUBLISHED);

        assertThat(dateOf(events, "turkey")).isNotEqualTo("2016-10-03");
    }

    @Test
    void aPerfectAModalOrAnEarlierTimeIsNoNextStep() {
        String text = "Russia attacked rebel positions near Aleppo on Monday.\n"
                + "Turkey has attacked Syrian positions near the border.\n"
                + "Fighting went on.\nThe talks remain stalled.";
        String once = "Russia attacked rebel positions near Aleppo on Monday.\n"
                + "Turkey once attacked Syrian positions near the border.\n"
                + "Fighting went on.\nThe talks remain stalled.";

        assertThat(dateOf(extractTagged(text, PUBLISHED), "turkey")).isNotEqualTo("2016-10-03");
        assertThat(dateOf(extractTagged(once, PUBLISHED), "turkey")).isNotEqualTo("2016-10-03");
    }

    @Test
    void aRelativeClauseActIsBackgroundNotTheNextStep() {
        String text = "Russia attacked rebel positions near Aleppo on Monday.\n"
                + "The talks were led by Kerry, who attacked Syria in a speech.\n"
                + "Fighting went on.\nThe talks remain stalled.";
        List<Event> events = extractTagged(text, PUBLISHED);

        assertThat(events).filteredOn(e -> e.target().contains("syria") && e.type() == EventType.ASSAULT)
                .allSatisfy(e -> assertThat(e.date() == null ? null : e.date().value()).isNotEqualTo("2016-10-03"));
    }
}
