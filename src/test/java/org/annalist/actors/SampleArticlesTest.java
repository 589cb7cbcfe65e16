package org.annalist.actors;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The actor phrases a careful reader sees in the sample articles, at their publication dates. */
class SampleArticlesTest {

    private static List<String> mentions(String id) throws IOException {
        Path dir = Path.of("samples");
        String text = Files.readString(dir.resolve(id + ".txt"));
        String published = new ObjectMapper().readTree(dir.resolve(id + ".meta.json").toFile()).path("published").asText();
        return CatalogActorRecognizer.standard().find(text, LocalDate.parse(published)).stream()
                .map(m -> m.text() + "=" + m.actorId()).toList();
    }

    @Test
    void sample003MisspelledMacronAndSeatsOfGovernment() throws IOException {
        assertThat(mentions("003_29281ecb90590ecd")).contains(
                "French President Emmanuel Macaron=france", "McCron=france", "Elysee Palace=france",
                "Kremlin=russia", "Russian President Vladimir Putin=russia",
                "Turkish counterpart Tayyip Erdogan=turkey", "Syrian Observatory for Human Rights=syrian-observatory");
    }

    @Test
    void sample001MinistersUnBodiesAndAmbassadors() throws IOException {
        assertThat(mentions("001_dca0585e2d2c906d")).contains(
                "Russian Foreign Minister Sergei Lavrov=russia", "U.S. Secretary of State John Kerry=united-states",
                "U.N. Office for Coordination of Humanitarian Affairs=united-nations",
                "Foreign Minister Jean-Marc Ayrault=france", "Russian U.N. Ambassador Vitaly Churkin=russia",
                "U.N. chief Ban Ki-moon=united-nations", "Qatar's foreign minister=qatar", "Damascus=syria");
        assertThat(mentions("001_dca0585e2d2c906d")).anyMatch(m -> m.startsWith("UNOSAT") && m.endsWith("=united-nations"));
    }

    @Test
    void sample000And002ForeignMinistersAndTheRegime() throws IOException {
        assertThat(mentions("000_fde798e810a4afad")).contains(
                "French Foreign Minister Jean-Marc Ayrault=france", "Turkish counterpart Mevlut Cavusoglu=turkey",
                "UN chief Ban Ki-moon=united-nations", "the regime=syria");
        List<String> m002 = mentions("002_51ea97ab3d71d6b1");
        assertThat(m002).contains("French President Francois Hollande=france", "Federica Mogherini=european-union",
                "International Criminal Court=icc");
        // "rebels" in an unrelated headline about South Sudan are not the Syrian opposition
        assertThat(m002).filteredOn(m -> m.startsWith("rebels=")).hasSize(2);
    }
}
