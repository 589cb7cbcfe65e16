package org.annalist.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A person's name stands for an actor only while the person is in office. */
class OfficeTermsTest {

    private final ActorRecognizer recognizer = CatalogActorRecognizer.standard();

    private List<String> actors(String text, String date) {
        return recognizer.find(text, date == null ? null : LocalDate.parse(date)).stream()
                .map(ActorMention::actorId).toList();
    }

    @ParameterizedTest(name = "{0} on {1} -> {2}")
    @CsvSource({
        "Ayrault said so., 2016-10-05, france",
        "Hollande said so., 2013-01-01, france",
        "Macron said so., 2017-05-14, france",
        "Lavrov said so., 2016-10-05, russia",
        "Kerry said so., 2016-10-05, united-states",
        "Ban Ki-moon said so., 2010-06-01, united-nations",
        "Churkin said so., 2016-10-05, russia",
        "Putin said so., 2018-02-09, russia",
        "Erdogan said so., 2016-10-05, turkey",
        "Cavusoglu said so., 2016-10-05, turkey",
        "Mogherini said so., 2016-10-05, european-union",
        "Assad said so., 2016-10-05, syria",
        "Guterres said so., 2018-02-09, united-nations",
        "Ayrault said so., , france",
        "Kerry said so., , united-states"
    })
    void inOffice(String text, String date, String actor) {
        assertThat(actors(text, date)).containsExactly(actor);
    }

    @ParameterizedTest(name = "{0} on {1} -> nobody")
    @CsvSource({
        "Ayrault said so., 2018-02-09",
        "Hollande said so., 2018-02-09",
        "Macron said so., 2016-10-05",
        "Kerry said so., 2018-02-09",
        "Ban Ki-moon said so., 2018-02-09",
        "Churkin said so., 2017-06-01",
        "Lavrov said so., 1992-01-01"
    })
    void outOfOffice(String text, String date) {
        assertThat(actors(text, date)).isEmpty();
    }

    @ParameterizedTest(name = "{0} on {1} -> {2}")
    @CsvSource({
        // the same name names whoever is in office: Hafez then Bashar al-Assad
        "Assad said so., 1995-01-01, syria",
        // one person, successive offices of different actors
        "Ban Ki-moon said so., 2005-01-01, south-korea",
        "Barnier said so., 2018-01-01, european-union",
        "Barnier said so., 2024-10-01, france"
    })
    void successiveOffices(String text, String date, String actor) {
        assertThat(actors(text, date)).containsExactly(actor);
    }
}
