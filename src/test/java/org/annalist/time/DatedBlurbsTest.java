package org.annalist.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A page of glued story blurbs, each stamped with its own full date ("updated: Thu Apr 07 2011 20:20:00"), reads
 * each blurb against that date, not against the page's publication date.
 */
class DatedBlurbsTest {

    private static final LocalDate PUBLISHED = LocalDate.of(2022, 4, 10); // a Sunday
    private static final String PAGE = "Rebels hold the port city.\n"
            + "Rebels flee eastern city updated: Thu Apr 07 2022 20:20:00 Airstrikes killed four people on Thursday, "
            + "a general said.\n"
            + "Opposition: army shells the port updated: Thu Mar 17 2022 05:49:00 Army units shelled the port on "
            + "Wednesday, witnesses said.\n";

    private String valueOf(String text, String expression) {
        List<TimeExpression> found = TimeTagger.standard().tag(text, PUBLISHED);
        int at = text.indexOf(expression);
        return found.stream().filter(t -> t.span().start() == at).map(TimeExpression::value)
                .findFirst().orElse("none");
    }

    @Test
    void aWeekdayInADatedBlurbIsReadFromTheBlurbsDate() {
        assertThat(valueOf(PAGE, "Thursday,")).isEqualTo("2022-04-07");
        assertThat(valueOf(PAGE, "Wednesday,")).isEqualTo("2022-03-16");
    }

    @Test
    void eachBlurbIsAnEntryOfItsOwnDate() {
        assertThat(LiveBlog.standard().entries(PAGE, PUBLISHED)).extracting(LiveBlog.Entry::day)
                .containsExactly(LocalDate.of(2022, 4, 7), LocalDate.of(2022, 3, 17));
    }

    @Test
    void anImpossibleDateStartsNoEntry() {
        String text = "Story updated: Mon Feb 31 2022 10:00:00 Army units shelled the port on Wednesday.";
        assertThat(LiveBlog.standard().entries(text, PUBLISHED)).isEmpty();
    }
}
