package org.annalist.actors;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * A rebel or opposition word before a state's name makes the phrase that sector, not the state; every example
 * row of {@code matching.json} ({@code sectorHeads.before.examples}) is recognised as its row says.
 */
class SectorsBeforeTest {

    private final CatalogActorRecognizer recognizer = new CatalogActorRecognizer(ActorCatalog.standard());

    @Test
    void everyExampleRowNamesItsActor() throws Exception {
        JsonNode examples;
        try (InputStream in = MatchingRules.class.getResourceAsStream("matching.json")) {
            examples = new ObjectMapper().readTree(in).path("sectorHeads").path("before").path("examples");
        }
        assertThat(examples).hasSizeGreaterThanOrEqualTo(3);
        for (JsonNode e : examples) {
            assertThat(recognizer.find(e.path("text").asText(), LocalDate.of(2011, 3, 2)))
                    .as(e.path("text").asText())
                    .extracting(ActorMention::actorId).first().isEqualTo(e.path("actor").asText());
        }
    }

    @Test
    void aSectorWordAfterTheNameStillWorksAndAnOrdinaryAdjectiveBeforeItDoesNot() {
        assertThat(recognizer.find("The new Libyan government met on Monday.", LocalDate.of(2011, 3, 2)))
                .extracting(ActorMention::actorId).containsExactly("libya");
        assertThat(recognizer.find("Libyan rebels took the town.", LocalDate.of(2011, 3, 2)))
                .extracting(ActorMention::actorId).containsExactly("libya-rebels");
    }

    @Test
    void aUsSenatorOrIntelligenceDirectorNamedByTitleStandsForTheUnitedStates() {
        assertThat(recognizer.find("Sen. Lindsey Graham said on Monday that aid should continue.", LocalDate.of(2011, 2, 7)))
                .extracting(ActorMention::actorId).containsOnly("united-states");
        assertThat(recognizer.find("Director of National Intelligence James Clapper told lawmakers.", LocalDate.of(2011, 2, 10)))
                .extracting(ActorMention::actorId).containsOnly("united-states");
    }
}
