package org.annalist.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Summary lines a reader cannot parse (issue 10, classes of the last audit): what a statement says
 * opening on its verb with the subject left behind, a pronoun whose person the line does not name, a
 * verb group cut before its object, an amount that lost "at".
 */
class SummaryReadabilityTest {

    private static List<String> summaries(String text) {
        return Fixtures.summariesAsPipeline(text, "2011-02-10");
    }

    @Test
    void whatWasSaidNeverOpensOnAVerbWhoseSubjectStayedBehind() {
        assertThat(summaries("Gaddafi spoke of the uprising, which he said was planned by foreign agents."))
                .noneMatch(s -> s.contains(": Which") || s.contains(": Was")); // before: "Libya: Which he said was planned ..."
        assertThat(summaries("Russia said the plan, which was written by foreign agents, would fail."))
                .contains("Russia: The plan, which was written by foreign agents, would fail");
        assertThat(summaries("Russia said reports emerged of heavy fighting in the capital."))
                .contains("Russia: Reports emerged of heavy fighting in the capital");
    }

    @Test
    void theSubjectsOwnPossessiveIsNamedButAnotherPersonsIsLeft() {
        assertThat(summaries("Moammar Gadhafi crushed the rallies against his long rule."))
                .anyMatch(s -> s.contains("Gadhafi's long rule")).noneMatch(s -> s.contains(" his "));
        assertThat(summaries("Cameron denied that Gadhafi is on his way to Venezuela."))
                .anyMatch(s -> s.contains("Gadhafi is on his way"));
    }

    @Test
    void anObjectCutByItsLengthEndsOnItsNounNotInsideItsVerbGroup() {
        assertThat(summaries("The United Nations urged the government to hold credible elections that would be free and fair without any further delay."))
                .isNotEmpty().noneMatch(s -> s.endsWith("credible") || s.endsWith("be"));
        assertThat(summaries("Britain said it was unacceptable that the ruler can be bombing his own cities using jets and helicopter gunships."))
                .isNotEmpty().noneMatch(s -> s.endsWith("bombing"));
    }

    @Test
    void anAmountKeepsItsFirstWord() {
        assertThat(summaries("At least twelve Libyan soldiers were killed in the north of the country."))
                .isNotEmpty().noneMatch(s -> s.startsWith("Least"));
    }
}
