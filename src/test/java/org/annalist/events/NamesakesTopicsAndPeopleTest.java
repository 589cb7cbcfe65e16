package org.annalist.events;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Roles, round two (issue 10): an official named by place is the state, a place named before a
 * shared name picks its office holder, plural demonyms and supporters are private people, a name
 * after "information on" is a topic. One row per rule and its guard: the sentence, the act's
 * type ('*' any), source and target ('-' none, '*' not asserted). Sentences written for the rules.
 */
class NamesakesTopicsAndPeopleTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            An official in Syria called on Turkey to withdraw its troops.        | REQUEST  | syria             | turkey
            The British ambassador in Damascus criticised Turkey.                | ACCUSE   | united-kingdom    | turkey
            Over in Jordan, King Abdullah criticised Israel.                     | ACCUSE   | jordan            | israel
            King Abdullah criticised Israel.                                     | ACCUSE   | saudi-arabia      | israel
            The march was joined by Tunisians of all ages.                       | *        | tunisia-civilians | *
            Tunisians attacked the police station in Sfax.                       | ASSAULT  | tunisia-civilians | *
            The Americans criticised Iran.                                       | ACCUSE   | united-states     | iran
            Palestinians and Israelis failed to reach agreement.                 | *        | palestine,israel  | -
            A pro-Gaddafi supporter threatened a reporter.                       | THREATEN | libya-civilians   | *
            Supporters of Gaddafi attacked demonstrators in Tripoli.             | ASSAULT  | libya-civilians   | libya-opposition
            Obama received information on Libya from his adviser.                | *        | united-states     | -
            Russia imposed sanctions on Turkey.                                  | SANCTION | russia            | turkey
            """)
    void roles(String sentence, String type, String source, String target) {
        Fixtures.assertRoles(sentence, type, source, target);
    }
}
