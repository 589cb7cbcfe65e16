package org.annalist.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 10, acts (fifth round): a speaker from a research institute or a "... Studies" programme is an
 * expert, and a standing policy "for decades" told in the present perfect is background.
 * Each class draws nothing; a near miss that is a state's act of a day is still drawn.
 */
class ThinkTanksAndDecadesTest {

    private static List<Event> drawn(String text) {
        return Fixtures.drawnAsPipeline(text, "2011-02-10");
    }

    @Test
    void aSpeakerFromAnInstituteOrAStudiesProgrammeIsAnExpert() {
        assertThat(drawn("Mark Ellis, director of Middle East Studies at Lakeview College, said Iran armed the rebels."))
                .isEmpty();
        assertThat(drawn("Jane Roe of the Harmon Institution's Gulf Center said Turkey attacked the rebels.")).isEmpty();
        assertThat(drawn("Turkey attacked the rebels, said Jane Roe of the Harmon Institute.")).isEmpty();
        assertThat(drawn("Tom Hale, a research fellow with the Lakeview Foundation, said Iran armed the rebels.")).isEmpty();
        // near miss: an official's title with "director of" is the state's voice
        assertThat(drawn("The Turkish director of military intelligence said on Monday Turkey attacked the rebels."))
                .anySatisfy(e -> assertThat(e.source()).contains("turkey"));
    }

    @Test
    void aStandingPolicyForDecadesIsBackground() {
        assertThat(drawn("For many decades the United States has supported the government of Egypt.")).isEmpty();
        assertThat(drawn("For decades Russia has armed the Syrian army.")).isEmpty();
        assertThat(drawn("The United States has supported the government of Egypt for many years.")).isEmpty();
        // near miss: an act of a day
        assertThat(drawn("On Monday the United States supported the government of Egypt.")).as("support").isNotEmpty();
        assertThat(drawn("For the first time in decades, the United States has supported the government of Egypt.")).as("armed").isNotEmpty();
    }
}
