package org.annalist.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What a statement says is the speaker's claim, never the page's scaffolding: not a live-blog update
 * stamp, not the reporting clause itself, not a clause that leans on the sentence before ("That's why
 * ..."), and reported speech about the speaker names the speaker instead of opening on "he"/"they".
 */
class SaidContentCleanTest {

    private static List<String> summaries(String text) {
        return Fixtures.summariesAsPipeline(text, "2011-02-10");
    }

    @Test
    void anUpdateStampIsNotWhatWasSaid() {
        assertThat(summaries("Update 10:15 p.m. in Tripoli, the Libyan government said."))
                .noneMatch(s -> s.contains("Update"));
        assertThat(summaries("[Update 10:15 p.m. in Tripoli] \"We are watching the events very closely,\" Italian Prime Minister Silvio Berlusconi said."))
                .containsExactly("Italy: We are watching the events very closely");
    }

    @Test
    void theReportingClauseIsNotWhatWasSaid() {
        assertThat(summaries("The crowd marched to the square, Libya's state-run TV reported."))
                .noneMatch(s -> s.endsWith("reported") || s.endsWith("TV"))
                .contains("Crowd marches to the square");
    }

    @Test
    void aClauseLeaningOnTheSentenceBeforeIsNoStatement() {
        assertThat(summaries("Gadhafi will not step down. That's why he will not accede to the demands, the Libyan foreign minister said."))
                .noneMatch(s -> s.contains("That's why") || s.contains(": He "));
    }

    @Test
    void anAttributionIsNotWhatWasSaid() {
        assertThat(summaries("The army fired on the crowd, Libyan television said, according to the official."))
                .noneMatch(s -> s.contains("According to"));
    }

    @Test
    void reportedSpeechAboutTheSpeakerNamesTheSpeaker() {
        assertThat(summaries("Libyan leader Moammar Gadhafi said on state television that he is not in Venezuela as rumored, but in Tripoli."))
                .contains("Libya: Libyan leader Moammar Gadhafi is not in Venezuela as rumored, but in Tripoli");
    }

    @Test
    void aPronounOfAnotherNumberIsNotTheSpeaker() {
        // "they" are the rebels, not Gaddafi: the line is left as the text says it, never "Gaddafi are criminals"
        assertThat(summaries("Gaddafi describes the rebels as rats and says they are criminals inspired by al Qaeda."))
                .noneMatch(s -> s.contains("Gaddafi are"));
    }
}
