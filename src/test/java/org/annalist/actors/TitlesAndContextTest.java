package org.annalist.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TitlesAndContextTest {

    private static final LocalDate D2016 = LocalDate.of(2016, 10, 5);
    private final ActorRecognizer recognizer = CatalogActorRecognizer.standard();

    private List<String> found(String text) {
        return recognizer.find(text, D2016).stream().map(m -> m.text() + "=" + m.actorId()).toList();
    }

    @Test
    void titlesGiveUnknownPeopleTheirAffiliation() {
        assertThat(found("Russian Deputy Foreign Minister Gennady Gatilov told Qatar's foreign minister that "
                + "French officials and U.S. officials would meet UN spokesman Real Loblan."))
                .containsExactly("Russian Deputy Foreign Minister Gennady Gatilov=russia",
                        "Qatar's foreign minister=qatar", "French officials=france", "U.S. officials=united-states",
                        "UN spokesman Real Loblan=united-nations");
    }

    @Test
    void aTitleBeforeAKnownPersonJoinsTheMention() {
        assertThat(found("Foreign Minister Jean-Marc Ayrault met Secretary-General Ban and Prime Minister Theresa May in May."))
                .containsExactly("Foreign Minister Jean-Marc Ayrault=france", "Secretary-General Ban=united-nations",
                        "Prime Minister Theresa May=united-kingdom");
    }

    @Test
    void aNationalEnvoyToAnOrganisationSpeaksForTheNation() {
        assertThat(found("Russian U.N. Ambassador Vitaly Churkin and U.N. Ambassador Samantha Power argued."))
                .containsExactly("Russian U.N. Ambassador Vitaly Churkin=russia", "U.N. Ambassador Samantha Power=united-states");
    }

    @Test
    void contextAliasesNeedTheirActorInTheArticle() {
        // away from Syria, "Rebels" and "the opposition" are the countryless groups, placed later by the extractor
        assertThat(found("The regime bombed the north. Rebels said the opposition would talk."))
                .containsExactly("Rebels=rebels", "the opposition=protesters");
        assertThat(found("The regime bombed Syria's north. Rebels said the opposition would talk."))
                .containsExactly("The regime=syria", "Syria=syria", "Rebels=syrian-opposition",
                        "the opposition=syrian-opposition");
    }

    @Test
    void syrianNonStateActors() {
        assertThat(found("ISIS, ISIL, IS, Daesh and the Islamic State group fought the YPG and the SDF; "
                + "the PKK, Hezbollah, the Free Syrian Army, the Syrian Observatory for Human Rights and the White Helmets watched."))
                .containsExactly("ISIS=islamic-state", "ISIL=islamic-state", "IS=islamic-state", "Daesh=islamic-state",
                        "Islamic State group=islamic-state", "YPG=kurdish-forces", "SDF=kurdish-forces", "PKK=pkk",
                        "Hezbollah=hezbollah", "Free Syrian Army=syrian-opposition",
                        "Syrian Observatory for Human Rights=syrian-observatory", "White Helmets=white-helmets");
    }

    @Test
    void governmentForcesAreTheState() {
        assertThat(found("The Syrian army and Damascus denied it; Syrian rebels did not."))
                .containsExactly("Syrian army=syria", "Damascus=syria", "Syrian rebels=syrian-opposition");
    }

    @Test
    void ambiguousWordsFollowTheDocumentedChoices() {
        assertThat(found("Chad, Jordan, Georgia and Turkey met in Atlanta, Georgia in May."))
                .containsExactly("Chad=chad", "Jordan=jordan", "Georgia=georgia", "Turkey=turkey");
        assertThat(found("Trade with Latin America and the Indian Ocean states grew.")).isEmpty();
    }

    @Test
    void shoutedHeadlinesDoNotTurnWordsIntoActors() {
        assertThat(found("LET US GO. WHO KNEW? IS IT OVER?")).isEmpty();
        assertThat(found("The WHO and the US met.")).containsExactly("WHO=united-nations", "US=united-states");
    }

    @Test
    void nationalBodiesNamedLikeInternationalOnesStayNational() {
        assertThat(found("The German Foreign Office, the Russian Security Council and the U.S. National Security Council "
                + "disagreed with the UN Security Council and the Foreign Office."))
                .containsExactly("German Foreign Office=germany", "Russian Security Council=russia", "U.S.=united-states",
                        "UN Security Council=united-nations", "Foreign Office=united-kingdom");
    }
}
