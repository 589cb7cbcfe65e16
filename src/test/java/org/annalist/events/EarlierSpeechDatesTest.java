package org.annalist.events;

import static org.annalist.events.Fixtures.extractTagged;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Words said before the story ("At the time, X said", "X said recently") do not take the publication date. */
class EarlierSpeechDatesTest {


    @Test
    void atTheTimeASpeakerSaidIsNotThePublicationDay() {
        List<Event> events = extractTagged("At the time, France said Russia must withdraw its troops.", "2022-03-04");

        assertThat(events).filteredOn(e -> e.source().contains("france")).isNotEmpty()
                .allSatisfy(e -> assertThat(e.date() == null ? null : e.date().value()).isNotEqualTo("2022-03-04"));
    }

    @Test
    void saidRecentlyIsNotThePublicationDay() {
        List<Event> events = extractTagged("France said recently that Russia must withdraw its troops.", "2022-03-04");

        assertThat(events).filteredOn(e -> e.source().contains("france")).isNotEmpty()
                .allSatisfy(e -> assertThat(e.date() == null ? null : e.date().value()).isNotEqualTo("2022-03-04"));
    }

    @Test
    void aPlainReportStillTakesThePublicationDay() {
        List<Event> events = extractTagged("France said that Russia must withdraw its troops.", "2022-03-04");

        assertThat(events).filteredOn(e -> e.source().contains("france")).isNotEmpty()
                .allSatisfy(e -> assertThat(e.date().value()).isEqualTo("2022-03-04"));
    }
}
