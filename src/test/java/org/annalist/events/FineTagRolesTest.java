package org.annalist.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What the fine tags (VBN, VBD, PRP$ instead of one VB and one PRP) change for a reader of the timeline. */
class FineTagRolesTest {

    @Test
    void aParticipleJoinedToAPassiveIsPassiveToo() {
        // "beaten" shares "were": the protesters were beaten, they did not beat anyone
        Fixtures.assertRoles("Egyptian protesters were detained and beaten in Cairo on Friday.", "ASSAULT", "-",
                "egypt-opposition");
        assertThat(summaries("Egyptian protesters were detained and beaten in Cairo on Friday."))
                .anyMatch(s -> s.contains("were detained and beaten"))
                .noneMatch(s -> s.contains("beats"));
    }

    @Test
    void participlesJoinedToAPerfectStayActive() {
        // "has killed, jailed and tortured": the troops did all three; none of them was done to Syria
        Fixtures.assertRoles("Syrian troops have killed, jailed and tortured opposition activists.", "COERCE", "syria", "-");
        assertThat(summaries("Syrian troops have killed, jailed and tortured opposition activists."))
                .noneMatch(s -> s.contains("was jailed"));
    }

    @Test
    void anOpeningPossessiveStaysOutOfTheLine() {
        // "its" is tagged PRP$ now, a noun group word: the line still cannot say whose warplanes
        assertThat(summaries("Its warplanes struck Syrian positions on Monday, the ministry said."))
                .contains("Warplanes strike Syrian positions");
    }

    private static List<String> summaries(String text) {
        return Fixtures.summariesAsPipeline(text, "2011-02-05");
    }
}
