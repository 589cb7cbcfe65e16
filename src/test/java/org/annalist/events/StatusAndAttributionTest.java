package org.annalist.events;

import static org.annalist.events.Fixtures.article;
import static org.annalist.events.Fixtures.day;
import static org.annalist.events.Fixtures.extract;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.annalist.analysis.ActorGraph;
import org.junit.jupiter.api.Test;

/** What the text says of an act (status), who reports it (attribution), and the one-line summary. */
class StatusAndAttributionTest {

    private static List<Event> of(String text, String... days) {
        return days.length == 0 ? extract(article("a", text, "2016-10-05"))
                : extract(article("a", text, "2016-10-05"), day(text, days[0], days[1]));
    }

    @Test
    void aNegatedActIsKeptAsNegatedWithItsNegationInTheSummaryAndDrawsNoEdge() {
        List<Event> events = of("Syria did not attack the Turkish convoy on Monday.", "Monday", "2016-10-03");

        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.status()).isEqualTo(EventStatus.NEGATED);
            assertThat(e.source()).containsExactly("syria");
            assertThat(e.summary()).startsWith("Syria does not attack the Turkish convoy");
        });
        assertThat(ActorGraph.of(events).edges()).isEmpty();
        // not giving what was asked is a refusal (PLOVER reject), and the line says so
        assertThat(of("Syria did not provide the permits to the United Nations.")).singleElement()
                .satisfies(e -> assertThat(e.summary()).startsWith("Syria does not provide the permits"));
    }

    @Test
    void aConditionalActIsConditionalAndAQuestionAssertsNothing() {
        assertThat(of("If Turkey attacks Syria, Russia will respond.")).filteredOn(e -> e.source().contains("turkey"))
                .singleElement().satisfies(e -> {
                    assertThat(e.status()).isEqualTo(EventStatus.CONDITIONAL);
                    assertThat(e.status().isDrawn()).isFalse();
                });
        assertThat(of("Will France support Turkey?")).allSatisfy(e -> {
            assertThat(e.status()).isEqualTo(EventStatus.HYPOTHETICAL);
            assertThat(e.status().isDrawn()).isFalse();
        });
    }

    @Test
    void aDeniedActIsKeptAsDeniedWhileTheDenialIsDrawn() {
        List<Event> events = of("Russia denied that it bombed the Turkish convoy on Monday.", "Monday", "2016-10-03");

        assertThat(events).anySatisfy(e -> {
            assertThat(e.type()).isEqualTo(EventType.ASSAULT);
            assertThat(e.status()).isEqualTo(EventStatus.DENIED);
            assertThat(e.summary()).startsWith("Russia denies it bombed");
        });
        assertThat(events).anySatisfy(e -> {
            assertThat(e.type()).isEqualTo(EventType.REJECT);
            assertThat(e.status().isDrawn()).isTrue();
        });
    }

    @Test
    void aReporterIsTheAttributionNeverTheSource() {
        String text = "France attacked Turkish positions on Monday, according to the United Nations.";
        assertThat(of(text, "Monday", "2016-10-03")).singleElement().satisfies(e -> {
            assertThat(e.source()).containsExactly("france");
            assertThat(e.target()).containsExactly("turkey");
            assertThat(e.attribution()).containsExactly("united-nations");
        });
    }

    @Test
    void aPronounActorIsNotTheReporterAfterIt() {
        String text = "Syria shelled the border on Sunday. It attacked Turkish positions on Monday, Russia said.";
        assertThat(extract(article("a", text, "2016-10-05"), day(text, "Sunday", "2016-10-02"), day(text, "Monday", "2016-10-03")))
                .filteredOn(e -> e.target().contains("turkey")).singleElement().satisfies(e -> {
                    assertThat(e.source()).containsExactly("syria");
                    assertThat(e.attribution()).containsExactly("russia");
                });
    }

    @Test
    void aStatementSummaryCarriesWhatWasSaid() {
        List<Event> events = of("The ceasefire in Aleppo has collapsed, France said.");
        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo(EventType.STATEMENT);
            assertThat(e.summary()).isEqualTo("France: The ceasefire in Aleppo has collapsed");
        });
        assertThat(of("Russia said that the convoy was hit by an unknown aircraft near Aleppo.")).singleElement()
                .satisfies(e -> assertThat(e.summary()).isEqualTo("Russia: The convoy was hit by an unknown aircraft near Aleppo"));
    }

    @Test
    void aSummaryIsNeverCutInsideAPhrase() {
        String text = "France accused Russia of war crimes in a long campaign of bombing against the hospitals and schools of the besieged city of Aleppo.";
        assertThat(of(text)).filteredOn(e -> e.type() == EventType.ACCUSE).singleElement().satisfies(e ->
                assertThat(e.summary()).doesNotEndWith(" of").doesNotEndWith(" the").doesNotEndWith(" and")
                        .startsWith("France accuses Russia of war crimes"));
    }
}
