package org.annalist.events;

import static org.annalist.events.Fixtures.article;
import static org.annalist.events.Fixtures.day;
import static org.annalist.events.Fixtures.extract;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Dates and roles taken from the act's own clause. */
class ClauseDatesAndRolesTest {

    @Test
    void eachItemOfAChronologyTakesItsOwnDate() {
        String text = "6 Oct 2016 - Russia attacked Turkey 7 Oct 2016 - France accused Russia";
        List<Event> events = extract(article("a", text, "2016-10-20"),
                day(text, "6 Oct 2016", "2016-10-06"), day(text, "7 Oct 2016", "2016-10-07"));

        assertThat(events).anySatisfy(e -> {
            assertThat(e.type()).isEqualTo(EventType.ASSAULT);
            assertThat(e.date().value()).isEqualTo("2016-10-06");
        });
        assertThat(events).anySatisfy(e -> {
            assertThat(e.type()).isEqualTo(EventType.ACCUSE);
            assertThat(e.date().value()).isEqualTo("2016-10-07");
        });
    }

    @Test
    void aDashAfterADayOnWhichAnActHappenedDoesNotMakeAChronology() {
        String text = "Russia attacked Turkey on Monday - the day after the talks.";
        assertThat(extract(article("a", text, "2016-10-05"), day(text, "Monday", "2016-10-03")))
                .singleElement().satisfies(e -> assertThat(e.date().value()).isEqualTo("2016-10-03"));
    }

    @Test
    void aYearInARelativeClauseDoesNotDateTheMainAct() {
        String text = "France accused Russia, which hosted the Olympics in 2014, of war crimes.";
        List<Event> events = extract(article("a", text, "2016-10-05"),
                Fixtures.range(text, "2014", "2014", "2014-01-01", "2014-12-31"));

        assertThat(events).filteredOn(e -> e.type() == EventType.ACCUSE).singleElement()
                .satisfies(e -> assertThat(e.date().value()).isNotEqualTo("2014"));
    }

    @Test
    void aCountryThatOnlyQualifiesAWordIsNoActor() {
        assertThat(extract(article("a", "A Turkey-based analyst said the talks had failed.", "2016-10-05")))
                .noneSatisfy(e -> assertThat(e.actors()).contains("turkey"));
    }

    @Test
    void wouldNotAgreeIsARefusalNotAThreat() {
        String text = "Lavrov met Kerry in Geneva on Monday. The minister said Russia would not agree to any further arms deals.";
        assertThat(extract(article("a", text, "2016-10-05"), day(text, "Monday", "2016-10-03")))
                .filteredOn(e -> e.type() != EventType.CONSULT).singleElement().satisfies(e -> {
                    assertThat(e.type()).isEqualTo(EventType.REJECT);
                    assertThat(e.status()).isEqualTo(EventStatus.OCCURRED);
                    assertThat(e.summary()).isEqualTo("Russia does not agree to any further arms deals");
                });
    }

    @Test
    void aPastActWithoutATimeTakesTheNarrativeTimeOfItsParagraphOnly() {
        String text = "Russia attacked Aleppo on Monday. Turkey attacked Syrian positions near the border.\n"
                + "France attacked Syrian positions in Raqqa.";
        List<Event> events = extract(article("a", text, "2016-10-05"), day(text, "Monday", "2016-10-03"));

        assertThat(events).filteredOn(e -> e.source().contains("turkey")).singleElement().satisfies(e -> {
            assertThat(e.date().value()).isEqualTo("2016-10-03");
            assertThat(e.date().basis()).isEqualTo(DateBasis.INFERRED);
            assertThat(e.date().derivation()).startsWith("no time of its own: the narrative time of its paragraph");
        });
        assertThat(events).filteredOn(e -> e.source().contains("france")).singleElement()
                .satisfies(e -> assertThat(e.date()).isNull());
    }
}
