package org.annalist.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.annalist.actors.ActorCatalog;
import org.annalist.actors.CatalogActorRecognizer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Roles of people who are not the state (issue 10, roles): private people and groups qualified by
 * a nationality, former officials, groups named without their country, "he"/"she" after someone
 * the catalog does not know, reduced passives and names that only qualify a document. One row per
 * rule class: the sentence, the act's type, its expected source and target ('-' for none, '*'
 * when not asserted). General sentences, written for the rule, not taken from any corpus.
 */
class PrivatePeopleAndPronounsTest {

    private static List<Event> extract(String text) {
        return Fixtures.extractWithCatalog(text, "2016-10-05");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            An Egyptian taxi driver accused the police of torture.                       | ACCUSE  | egypt-civilians         | *
            Swedish lawyers criticised Ecuador.                                          | ACCUSE  | sweden-civilians        | ecuador
            American hikers were accused of spying by Iran.                              | ACCUSE  | iran                    | united-states-civilians
            A Turkish photographer was arrested by Syrian troops.                        | COERCE  | syria                   | turkey-media
            U.S. companies criticised Iran.                                              | ACCUSE  | united-states-business  | iran
            A former Egyptian official criticised Israel.                                | ACCUSE  | egypt-elites            | israel
            Former French President Nicolas Sarkozy criticised Russia.                   | ACCUSE  | france-elites           | russia
            Egyptian police opened fire on demonstrators.                                | ASSAULT | egypt                   | egypt-opposition
            Protesters attacked the Libyan embassy in Paris.                             | ASSAULT | libya-opposition        | *
            Egypt criticised the U.N. Convention Against Corruption.                     | ACCUSE  | egypt                   | -
            Russia criticised the strikes. Jon Marks, an analyst at a consultancy, spoke next. He accused Turkey of lying. | ACCUSE | - | turkey
            "It will go on," said Lt. Gen. Charles Bouchard, NATO commander. He accused Libya of using human shields. | ACCUSE | nato | libya
            Churkin said Moscow was alarmed. He accused NATO of bombing civilians.       | ACCUSE  | russia                  | nato
            Human rights groups accused Egypt of torture.                                | ACCUSE  | rights-groups           | egypt
            Italy announced a suspension of flights to Serbia.                           | SANCTION | italy                  | serbia
            """)
    void rolesOfPeopleWhoAreNotTheState(String sentence, String type, String source, String target) {
        List<Event> acts = extract(sentence).stream()
                .filter(e -> type.equals("*") || e.type() == EventType.valueOf(type)).toList();
        assertThat(acts).as(sentence).isNotEmpty();
        Event e = acts.get(acts.size() - 1);
        if (!source.equals("*")) {
            assertThat(e.source()).as(sentence).isEqualTo(ids(source));
        }
        if (!target.equals("*")) {
            assertThat(e.target()).as(sentence).isEqualTo(ids(target));
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Reporters in Cairo saw protesters attacked near the square.  | egypt-media
            Witnesses said they saw civilians killed in the raid.         | -
            Syrian activists reported air strikes on Aleppo.              | syria-opposition
            """)
    void aParticipleAfterANounIsAPassiveNotThePastOfTheViewer(String sentence, String viewer) {
        assertThat(extract(sentence)).filteredOn(e -> e.type() == EventType.ASSAULT)
                .allSatisfy(e -> assertThat(e.source()).as(sentence).isNotEqualTo(ids(viewer)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Egyptian protesters | egypt-opposition | EGYOPP | Opposition in Egypt
            an Egyptian taxi driver | egypt-civilians | EGYCVL | Civilians in Egypt
            a Turkish journalist | turkey-media | TURMED | Media in Turkey
            Russian companies | russia-business | RUSBUS | Business in Russia
            a former Egyptian official | egypt-elites | EGYELI | Former officials of Egypt
            Egyptian police | egypt | EGY | Egypt
            """)
    void theCatalogKeepsSectorsApartFromTheState(String phrase, String id, String code, String name) {
        assertThat(CatalogActorRecognizer.standard().find(phrase + " met.", null))
                .extracting(m -> m.actorId()).containsExactly(id);
        assertThat(ActorCatalog.standard().get(id).code()).isEqualTo(code);
        assertThat(ActorCatalog.standard().get(id).name()).isEqualTo(name);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            I'm sure Russia bombed Aleppo.
            Frankly, I'm sure Russia bombed Aleppo.
            """)
    void aContractedFirstPersonIsAWritersWordsNotAnAct(String sentence) {
        assertThat(extract(sentence)).as(sentence).isEmpty();
    }

    private static List<String> ids(String cell) {
        return cell.equals("-") ? List.of() : Arrays.asList(cell.split(" "));
    }
}
