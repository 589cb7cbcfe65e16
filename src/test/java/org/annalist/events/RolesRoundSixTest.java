package org.annalist.events;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Roles, round six (issue 10): a state that backs a group named without its country is not the
 * group's home ("U.S. support for rebel troops", "would not rule out arming the rebels"): the group
 * belongs to the country the article gives such groups ("Libyan rebels"), else to the article's main
 * state, else to none (a state whose own group of the kind the article names is no backer of it); a state that only reports ("U.S. officials say the rebels ...") yields to that
 * country too; a state whose forces act on protesters still holds them ("Syrian troops fired on
 * protesters" in an article about Egypt). Opposition and rebel leaders stand for their country's
 * opposition or rebels while they lead it (dated offices of {@code people.json}). Each rule with a near
 * miss: the text, the date, the act's type ('*' any), source and target ('-' none, '*' not asserted).
 * Sentences written for the rules.
 */
class RolesRoundSixTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Libyan rebels held Benghazi. Obama signed an order authorizing covert U.S. government support for rebel troops. | 2011-04-05 | SUPPORT | united-states | libya-rebels
            Libyan rebels held Benghazi. U.S. Defense Secretary Robert Gates would not rule out arming the rebels.     | 2011-04-05 | *       | united-states | libya-rebels
            The United States backed the rebels.                                                                       | 2011-04-05 | SUPPORT | united-states | rebels
            Libyan rebels held Benghazi. Libya's interior minister said he supported the rebels.                       | 2011-04-05 | SUPPORT | libya         | libya-rebels
            Gadhafi's army shelled Misrata. Libya's interior minister said he supported the rebels.                    | 2011-04-05 | SUPPORT | libya         | rebels
            Libyan rebels held Benghazi. U.S. officials say the rebels have asked the West for heavy weapons.         | 2011-04-05 | REQUEST | libya-rebels  | *
            Egyptian officials said protesters attacked a police station.                                             | 2011-04-05 | ASSAULT | egypt-opposition | *
            Protests went on in Egypt on Monday. Egyptian protesters marched in Cairo. Syrian troops fired on protesters. | 2011-04-05 | ASSAULT | syria | syria-opposition
            Police in Egypt arrested hundreds of demonstrators.                                                       | 2011-04-05 | *       | egypt         | egypt-opposition
            Mustafa Abdel Jalil said Gadhafi must leave Libya.                                                        | 2011-04-05 | REQUEST | libya-rebels  | libya
            Mustafa Abdel Jalil said Gadhafi must leave Libya.                                                        | 2010-04-05 | REQUEST | libya         | *
            Mahmoud Jibril met French President Nicolas Sarkozy in Paris.                                             | 2011-04-05 | CONSULT | libya-rebels  | france
            Opposition leader Mohamed ElBaradei called on Mubarak to step down.                                       | 2011-02-01 | REQUEST | egypt-opposition | egypt
            """)
    void roles(String text, String date, String type, String source, String target) {
        Fixtures.assertRoles(text, date, type, source, target);
    }
}
