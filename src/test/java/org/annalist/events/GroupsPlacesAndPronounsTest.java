package org.annalist.events;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Roles, round four (issue 10): groups named without their country (rebels, militants, students,
 * police, security forces, the opposition) are actors placed in the state of their sentence; a place
 * opening a sentence ("In Damascus, ...") joins no group of actors; the topic of a meeting is no
 * target; "it" in a sentence whose subject is a state stands for that state; media outlets are the
 * media, not their country. One row per rule and its near misses: the sentence, the act's type ('*'
 * any), source and target ('-' none, '*' not asserted). Sentences written for the rules.
 */
class GroupsPlacesAndPronounsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Rebels in the Ivory Coast rejected a peace plan from the government.          | REJECT   | cote-d-ivoire-rebels     | *
            The rebels attacked a Libyan army base.                                      | ASSAULT  | libya-rebels             | libya
            Rebel fighters attacked a Libyan army base.                                  | ASSAULT  | libya-rebels             | libya
            Militants attacked Egyptian soldiers.                                        | ASSAULT  | egypt-rebels             | egypt
            Libyan rebels attacked the town.                                             | ASSAULT  | libya-rebels             | *
            Security forces in Guinea tortured refugees.                                 | ASSAULT  | guinea                   | *
            In Libya, police fired on protesters.                                        | ASSAULT  | libya                    | libya-opposition
            Military police arrested protesters in Cairo.                                | *        | egypt                    | egypt-opposition
            Egyptian police opened fire on demonstrators.                                | ASSAULT  | egypt                    | egypt-opposition
            British troops attacked Libya.                                               | ASSAULT  | united-kingdom           | libya
            Students in Egypt attacked the police.                                       | ASSAULT  | egypt-civilians          | *
            Marchers in Egypt attacked the police.                                       | ASSAULT  | egypt-opposition         | *
            The opposition in Egypt accused the government of fraud.                     | ACCUSE   | egypt-opposition         | egypt
            Wael Ghonim, a prominent Egyptian protestor, criticised Mubarak.             | ACCUSE   | egypt-opposition         | egypt
            In Damascus, Russia called on Syria to stop the shelling.                    | REQUEST  | russia                   | syria
            Iran and Russia called on Syria to stop the shelling.                        | REQUEST  | iran,russia              | syria
            In Iran, security forces arrested hundreds of protesters.                    | *        | iran                     | iran-opposition
            Libya pounded Misrata as France and Britain called for air strikes.           | ASSAULT  | libya                    | -
            Libya pounded Misrata as well as Tunisia.                                    | ASSAULT  | libya                    | tunisia
            Ivory Coast rebels rejected a Senegalese peace plan.                         | REJECT   | cote-d-ivoire-rebels     | senegal
            The Syrian city was quiet as Turkey bombed Iraq.                             | ASSAULT  | turkey                   | iraq
            Police in Sindh province attacked NATO troops.                               | ASSAULT  | -                        | nato
            Libyan rebels attacked the police station.                                   | ASSAULT  | libya-rebels             | -
            Libya bombed Misrata. The rebels attacked the town near the Tunisian border.  | ASSAULT  | libya-rebels             | *
            Obama met with his advisers on Egypt.                                        | CONSULT  | united-states            | -
            Obama met with Mubarak on Tuesday.                                           | CONSULT  | united-states            | egypt
            France bombed Libya. Germany is outside the coalition, though it supports the resolution. | SUPPORT | germany | *
            France bombed Libya. It also attacked Syria.                                | ASSAULT  | france                   | syria
            Gadhafi told the Qatari channel Al Jazeera that he would fight.              | *        | libya                    | *
            """)
    void roles(String sentence, String type, String source, String target) {
        Fixtures.assertRoles(sentence, type, source, target);
    }
}
