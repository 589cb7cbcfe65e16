package org.annalist.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Summaries of round six (issue 10): no trailing reporting clause in what was said, no re-inflected gerund without an agent. */
class SummaryRoundSixTest {

    private static List<String> summaries(String text) {
        return Fixtures.summariesAsPipeline(text, "2011-02-10");
    }

    @Test
    void aClosingReportingClauseIsNotWhatWasSaid() {
        assertThat(summaries("The Arab League reported the confiscation of their cameras by the police, it added."))
                .contains("Arab League: The confiscation of their cameras by the police")
                .noneMatch(s -> s.contains("it added"));
    }

    @Test
    void aGerundWithoutAgentKeepsItsOwnForm() {
        assertThat(summaries("The crossing changed hands again, with fighting spilling over onto Tunisian soil."))
                .noneMatch(s -> s.startsWith("Fights"))
                .anyMatch(s -> s.startsWith("Fighting spilling over onto Tunisian soil"));
    }
}
