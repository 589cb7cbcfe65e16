package org.annalist.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.annalist.actors.ActorCatalog;
import org.junit.jupiter.api.Test;

/** Roles filled by groups of people, definite descriptions of states and envoys, with the built-in catalog. */
class PeopleAndDescriptionsTest {

    private static List<Event> extract(String text) {
        return Fixtures.extractWithCatalog(text, "2016-10-05");
    }

    @Test
    void protestersQualifiedByAStateAreItsOppositionNotTheState() {
        assertThat(extract("Egyptian activists criticised the government."))
                .singleElement().satisfies(e -> {
                    assertThat(e.source()).containsExactly("egypt-opposition");
                    assertThat(e.target()).containsExactly("egypt");
                });
        assertThat(ActorCatalog.standard().get("egypt-opposition").code()).isEqualTo("EGYOPP");
        assertThat(ActorCatalog.standard().get("egypt-opposition").name()).isEqualTo("Opposition in Egypt");
    }

    @Test
    void stateForcesStayTheStateAndProtestersWithoutACountryAreTheStatesOpposition() {
        // protesters are placed in the state of their sentence, apart from the state itself (issue 10, roles)
        assertThat(extract("Egyptian police arrested protesters in Cairo."))
                .singleElement().satisfies(e -> {
                    assertThat(e.source()).containsExactly("egypt");
                    assertThat(e.target()).containsExactly("egypt-opposition");
                });
        // with no state anywhere they stay their own actor
        assertThat(extract("Protesters attacked the police station."))
                .allSatisfy(e -> assertThat(e.source()).containsExactly("protesters"));
    }

    @Test
    void theGovernmentIsTheStateLastNamedInTheArticle() {
        assertThat(extract("Jordan faces unrest. Hundreds of students later accused the government of corruption."))
                .filteredOn(e -> e.type() == EventType.ACCUSE).singleElement()
                .satisfies(e -> assertThat(e.target()).containsExactly("jordan"));
        assertThat(extract("Protesters accused the government of Syria of torture."))
                .singleElement().satisfies(e -> assertThat(e.target()).containsExactly("syria"));
    }

    @Test
    void anEnvoysStateActsAtTheOrganisationItIsAccreditedTo() {
        assertThat(extract("Russian U.N. Ambassador Vitaly Churkin said on Monday that Moscow was engaged in talks."))
                .filteredOn(e -> e.type() == EventType.CONSULT).singleElement().satisfies(e -> {
                    assertThat(e.source()).containsExactly("russia");
                    assertThat(e.target()).containsExactly("united-nations");
                });
        // a material act is not done at an organisation's table
        assertThat(extract("Russian U.N. Ambassador Vitaly Churkin said Moscow bombed Aleppo."))
                .filteredOn(e -> e.type() == EventType.ASSAULT)
                .allSatisfy(e -> assertThat(e.target()).doesNotContain("united-nations"));
    }

    @Test
    void aStatesCiviliansAreNotTheState() {
        assertThat(extract("Egyptian police arrested Egyptian students."))
                .singleElement().satisfies(e -> {
                    assertThat(e.source()).containsExactly("egypt");
                    assertThat(e.target()).containsExactly("egypt-civilians");
                });
    }

    @Test
    void theAgentOfAnActNamedByANounStandsAfterAPassiveBy() {
        assertThat(extract("Air strikes were carried out by Russian and Turkish jets."))
                .singleElement().satisfies(e -> {
                    assertThat(e.source()).containsExactly("russia", "turkey");
                    assertThat(e.target()).isEmpty();
                });
    }

    @Test
    void aPronounAfterASpeakerNobodyKnowsIsNotAnEarlierActor() {
        assertThat(extract("NATO bombed Tripoli on Monday. Mohamed Fathi said on Tuesday that the war was over. He criticised France."))
                .filteredOn(e -> e.type() == EventType.ACCUSE).allSatisfy(e -> assertThat(e.source()).isEmpty());
        assertThat(extract("NATO bombed Tripoli on Monday. Rebels have said they will attack NATO."))
                .filteredOn(e -> e.passages().get(0).text().startsWith("Rebels"))
                .allSatisfy(e -> assertThat(e.source()).doesNotContain("nato"));
        // a known speaker still speaks for its pronoun
        assertThat(extract("Russian Foreign Minister Sergei Lavrov said he would criticise Turkey."))
                .anySatisfy(e -> assertThat(e.source()).containsExactly("russia"));
    }

    @Test
    void aStatesRebelsAreItsRebelSector() {
        assertThat(extract("Libyan rebels attacked Sirte.")).singleElement()
                .satisfies(e -> assertThat(e.source()).containsExactly("libya-rebels"));
    }

    @Test
    void theOpponentsOfAGroupAreNotTheGroupAndPiratesAreNotTheirState() {
        assertThat(extract("Hezbollah opponents attacked the police.")).noneSatisfy(e -> assertThat(e.actors()).contains("hezbollah"));
        assertThat(extract("Somali pirates attacked foreign navies.")).singleElement()
                .satisfies(e -> assertThat(e.source()).containsExactly("somalia-criminals"));
    }

    @Test
    void whatIsSaidAfterThatIsNoSpeaker() {
        assertThat(extract("The Israeli newspaper Ha-aretz writes that Mr. Obama will be remembered as the president who lost Egypt."))
                .noneSatisfy(e -> assertThat(e.source()).contains("united-states"));
    }
}
