package org.annalist.events;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Roles, round seven (issue 10): office holders named by a US title ("Sen.", "Senator", "Director of
 * National Intelligence") or known through the Phoenix dictionary's legislature, intelligence and dated
 * (yyyymmdd) codes act for their state; a rebel or opposition word before a state's name makes the body
 * that sector ("the rebel National Libyan Council"); a passive's "by" phrase that names no known agent
 * before a place leaves the act without a source (the place is where, not who); the agent of a parenthetical
 * ", aided by X," is no subject, and a group "backed by" a state does not live there; "anti-government
 * forces" are rebels. Each rule with a near
 * miss: the text, the date, the act's type ('*' any), source and target ('-' none, '*' not asserted).
 * Sentences written for the rules.
 */
class RolesRoundSevenTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Sen. Lindsey Graham criticized the Egyptian government on Monday.                  | 2011-02-07 | ACCUSE  | united-states | egypt
            Senator Jim Webb criticized Gadhafi on Monday.                                      | 2011-04-05 | ACCUSE  | united-states | libya
            Director of National Intelligence James Clapper criticized Mubarak on Thursday.     | 2011-02-10 | ACCUSE  | united-states | egypt
            Prime Minister Ahmed Shafik met opposition leaders on Sunday.                       | 2011-02-06 | CONSULT | egypt         | *
            The rebel National Libyan Council called for air strikes.                           | 2011-03-02 | REQUEST | libya-rebels  | -
            The Libyan National Council called for air strikes.                                 | 2011-03-02 | REQUEST | libya         | -
            Syrian soldiers were killed by unknown gunmen in Lebanon on Friday.                 | 2011-03-02 | ASSAULT | -             | syria
            Syrian soldiers were killed by Israeli forces in Lebanon on Friday.                 | 2011-03-02 | ASSAULT | israel        | syria
            Protesters were met by force from the Libyan government in Benghazi.                | 2011-03-02 | *       | libya         | *
            Loyalist forces and rebel fighters in Libya, aided by NATO airstrikes, have been fighting each other. | 2011-05-13 | ASSAULT | libya-rebels,libya | -
            Libyan rebels held Benghazi. Rebels, backed by French jets, attacked the town of Ajdabiyah on Friday. | 2011-03-25 | ASSAULT | libya-rebels | -
            Libyan rebels held Benghazi. Anti-government fighters attacked the town of Zawiyah on Friday.        | 2011-03-25 | ASSAULT | libya-rebels | -
            Libyan forces attacked the town of Zawiyah on Friday.                                                 | 2011-03-25 | ASSAULT | libya        | -
            """)
    void roles(String text, String date, String type, String source, String target) {
        Fixtures.assertRoles(text, date, type, source, target);
    }
}
