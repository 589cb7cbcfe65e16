package org.annalist.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CatalogActorRecognizerTest {

    private static final LocalDate D2016 = LocalDate.of(2016, 10, 5);
    private final ActorRecognizer recognizer = CatalogActorRecognizer.standard();

    private List<String> found(String text, LocalDate date) {
        return recognizer.find(text, date).stream().map(m -> m.text() + "=" + m.actorId()).toList();
    }

    @Test
    void namesAbbreviationsDemonymsAndSeatsOfGovernment() {
        assertThat(found("The U.S. and the UK met in Moscow; the White House and the Kremlin disagreed.", D2016))
                .containsExactly("U.S.=united-states", "UK=united-kingdom", "Moscow=russia",
                        "White House=united-states", "Kremlin=russia");
        assertThat(found("French and Syrian diplomats spoke to the Elysee Palace and the Quai d'Orsay.", D2016))
                .containsExactly("French=france", "Syrian diplomats=syria", "Elysee Palace=france", "Quai d'Orsay=france");
    }

    @Test
    void thePronounUsIsNeverTheUnitedStates() {
        assertThat(found("Let us go. He told us that US troops left, paying US$5 million.", D2016))
                .containsExactly("US troops=united-states");
    }

    @Test
    void longestMatchKeepsGuineasAndNigerApart() {
        assertThat(found("Papua New Guinea, Guinea-Bissau, Equatorial Guinea, Guinea, Niger and Nigeria.", D2016))
                .containsExactly("Papua New Guinea=papua-new-guinea", "Guinea-Bissau=guinea-bissau",
                        "Equatorial Guinea=equatorial-guinea", "Guinea=guinea", "Niger=niger", "Nigeria=nigeria");
    }

    @Test
    void samples001TitlesAndUnBodies() {
        String text = "Russian Foreign Minister Sergei Lavrov and U.S. Secretary of State John Kerry spoke. "
                + "The U.N. Office for Coordination of Humanitarian Affairs and UNOSAT said so.";
        assertThat(found(text, D2016)).containsExactly(
                "Russian Foreign Minister Sergei Lavrov=russia",
                "U.S. Secretary of State John Kerry=united-states",
                "U.N. Office for Coordination of Humanitarian Affairs=united-nations",
                "UNOSAT=united-nations");
    }

    @Test
    void samples003MisspelledMacronAndSeats() {
        String text = "French President Emmanuel Macaron telephoned his Russian counterpart Vladimir Putin, "
                + "the Elysee Palace said.\n\nMcCron also told Putin that talks were needed, the Kremlin said.";
        assertThat(found(text, LocalDate.of(2018, 2, 9))).containsExactly(
                "French President Emmanuel Macaron=france", "Russian counterpart Vladimir Putin=russia",
                "Elysee Palace=france", "McCron=france", "Putin=russia", "Kremlin=russia");
    }
}
