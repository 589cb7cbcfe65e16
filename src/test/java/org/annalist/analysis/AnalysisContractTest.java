package org.annalist.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.annalist.corpus.CorpusReader;
import org.annalist.events.Event;
import org.annalist.export.AnalysisJson;
import org.annalist.task.Progress;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The standard pipeline on samples/ written as the extract JSON of docs/contract.md. */
class AnalysisContractTest {

    private static Analysis analysis;
    private static JsonNode json;

    @BeforeAll
    static void analyse() throws Exception {
        List<Path> paths;
        try (var files = Files.list(Path.of("samples"))) {
            paths = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        analysis = Analyzer.standard().analyze(new CorpusReader().read(paths, Progress.NONE), Progress.NONE);
        json = new AnalysisJson().toJson(analysis);
    }

    @Test
    void everyEventCarriesTheContractFields() {
        assertThat(json.path("events").size()).isGreaterThan(10);
        for (JsonNode e : json.path("events")) {
            assertThat(e.fieldNames()).toIterable().contains("id", "date", "type", "tone", "status", "actors",
                    "source", "target", "summary", "passages");
            if (!e.path("date").isNull()) {
                assertThat(e.path("date").fieldNames()).toIterable()
                        .contains("value", "start", "end", "granularity", "basis", "derivation");
            }
            assertThat(e.path("tone").asDouble()).isBetween(-10.0, 10.0);
            assertThat(e.path("passages").size()).isPositive();
        }
    }

    @Test
    void undatedActsStayInTheGraphButOffTheTimeline() {
        assertThat(analysis.events()).anySatisfy(e -> assertThat(e.date()).isNull());
        Event undated = analysis.events().stream().filter(e -> e.date() == null && e.actors().size() > 1).findFirst().orElseThrow();
        assertThat(json.path("events").get(analysis.events().indexOf(undated)).path("date").isNull()).isTrue();
        assertThat(analysis.graph().edges()).anySatisfy(g -> assertThat(g.events()).contains(undated.id()));
    }

    @Test
    void graphEdgesCountDistinctEventsSharedByTheirTwoActors() {
        for (GraphEdge edge : analysis.graph().edges()) {
            Set<String> distinct = new HashSet<>(edge.events());
            assertThat(distinct).hasSize(edge.weight());
            for (String id : edge.events()) {
                assertThat(analysis.event(id).orElseThrow().actors()).contains(edge.source(), edge.target());
            }
        }
        assertThat(analysis.graph().edges()).anySatisfy(g -> {
            assertThat(List.of(g.source(), g.target())).containsExactlyInAnyOrder("france", "russia");
            assertThat(g.weight()).isGreaterThanOrEqualTo(3);
        });
    }

    @Test
    void actorSummariesCountEventsAndMentions() {
        ActorSummary france = analysis.actors().stream().filter(s -> s.actor().id().equals("france")).findFirst().orElseThrow();
        assertThat(france.mentions()).isGreaterThan(10);
        assertThat(france.events()).isEqualTo((int) analysis.events().stream().filter(e -> e.actors().contains("france")).count());
    }

    @Test
    void actorsNamedOnlyInBoilerplateAreNotListed() {
        // samples/002 ends with a list of unrelated headlines naming Croatia many times
        assertThat(analysis.actors()).noneSatisfy(s -> assertThat(s.actor().id()).isEqualTo("croatia"));
    }
}
