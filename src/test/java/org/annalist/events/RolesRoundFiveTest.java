package org.annalist.events;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Roles, round five (issue 10): a group after a quantity and "of" is the subject, not a place
 * ("Thousands of demonstrators took to the streets"); a group after a perception verb and before a
 * participle is a patient ("he saw protesters killed"); "but he" continues the first clause's subject,
 * not its object; a state inside a body's name ("the European Union Naval Force Somalia") only
 * qualifies that body; security officers, plain-clothed or not, are the state's forces. Each rule with a near miss: the sentence, the act's type ('*' any), source and
 * target ('-' none, '*' not asserted). Sentences written for the rules.
 */
class RolesRoundFiveTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Thousands of demonstrators took to the streets in Egypt on Friday.                | PROTEST | egypt-opposition | *
            Hundreds of protesters clashed with police in Yemen.                             | *       | yemen-opposition | *
            Police in Egypt arrested hundreds of demonstrators.                              | *       | egypt            | egypt-opposition
            A witness said he saw protesters killed in Yemen.                                | ASSAULT | -                | yemen-opposition
            Protesters attacked a police station in Yemen.                                   | ASSAULT | yemen-opposition | *
            Obama did not call on Mubarak to step down, but he did call for an orderly transition. | REQUEST | united-states | *
            The European Union Naval Force Somalia said it had freed the ship.               | *       | european-union   | *
            The European Union and Somalia freed the ship.                                   | *       | european-union,somalia | *
            In Egypt, plain-clothed security officers beat demonstrators.                   | ASSAULT | egypt            | egypt-opposition
            Security officers in Yemen arrested dozens of activists.                         | *       | yemen            | *
            """)
    void roles(String sentence, String type, String source, String target) {
        Fixtures.assertRoles(sentence, type, source, target);
    }
}
