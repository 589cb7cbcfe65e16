package org.annalist.events;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Roles, round eight (issue 10): a known surname after another person's given name is someone else
 * ("Senator Joe Lieberman" is not Israel's Avigdor Lieberman); press-freedom groups are bodies of their own;
 * "called on the president to" aims at the actor last named with that title, "stormed state television"
 * at the state; a person named with a title he held outside the date's terms acts for that office. Each
 * rule with a near miss: the text, the date, the act's type ('*' any), source and target ('-' none, '*' not
 * asserted). Sentences written for the rules.
 */
class RolesRoundEightTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Senator Joe Lieberman called for a no-fly zone over Libya.                                    | 2011-03-02 | REQUEST | united-states | libya
            Foreign Minister Avigdor Lieberman criticized Turkey on Monday.                               | 2011-03-02 | ACCUSE  | israel        | turkey
            Lieberman criticized Turkey on Monday.                                                        | 2011-03-02 | ACCUSE  | israel        | turkey
            The Committee to Protect Journalists condemned Libya on Monday.                               | 2011-03-02 | ACCUSE  | committee-to-protect-journalists | libya
            Protests continued against President Hosni Mubarak in Cairo. Clinton called on the president to resign on Monday. | 2011-02-01 | REQUEST | united-states | egypt
            Clinton called on the president to resign on Monday.                                          | 2011-02-01 | REQUEST | united-states | -
            Protests continued in Libya. Protesters stormed state television on Monday.                   | 2011-03-02 | ASSAULT | libya-opposition | libya
            Protests continued in Libya. Protesters stormed a television station on Monday.               | 2011-03-02 | ASSAULT | libya-opposition | -
            A group of Moroccan diplomats held their first meeting with President Obama.                  | 2000-01-01 | CONSULT | morocco       | united-states
            A group of Moroccan diplomats held their first meeting with Obama.                            | 2000-01-01 | CONSULT | morocco       | -
            """)
    void roles(String text, String date, String type, String source, String target) {
        Fixtures.assertRoles(text, date, type, source, target);
    }
}
