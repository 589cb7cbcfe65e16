package org.annalist.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.annalist.analysis.Analysis;
import org.annalist.events.Event;
import org.annalist.events.Passage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventsJsonTest {

    @TempDir
    Path dir;

    @Test
    void shownEventsRoundTripWithTheirArticlesAndActors() throws Exception {
        Analysis a = SampleAnalysis.analysis();
        List<Event> shown = List.of(a.events().get(0), a.events().get(3));
        Path out = dir.resolve("events.json");
        new EventsJson().write(a, shown, out);

        JsonNode root = new ObjectMapper().readTree(out.toFile());
        assertThat(root.path("events")).hasSize(2);
        for (int i = 0; i < shown.size(); i++) {
            Event e = shown.get(i);
            JsonNode n = root.path("events").get(i);
            assertThat(n.path("id").asText()).isEqualTo(e.id());
            assertThat(LocalDate.parse(n.path("date").path("start").asText())).isEqualTo(e.date().start());
            assertThat(n.path("date").path("value").asText()).isEqualTo(e.date().value());
            assertThat(n.path("type").asText()).isEqualTo(e.type().id());
            assertThat(n.path("tone").asDouble()).isEqualTo(e.tone());
            assertThat(n.has("cameo")).as("cameo only when a pattern coded the act").isEqualTo(e.cameo() != null);
            assertThat(n.path("cameo").asText(null)).isEqualTo(e.cameo());
            Passage p = e.passages().get(0);
            assertThat(n.path("passages").get(0).path("text").asText()).isEqualTo(p.text());
            assertThat(n.path("passages").get(0).path("start").asInt()).isEqualTo(p.span().start());
        }
        assertThat(root.path("articles")).extracting(x -> x.path("id").asText()).containsExactly("a1", "b2");
        assertThat(root.path("articles").get(0).path("url").asText()).isEqualTo("https://news.example/a1");
        assertThat(root.path("actors")).extracting(x -> x.path("id").asText())
                .containsExactlyInAnyOrder("france", "united-nations", "russia", "united-states");
        assertThat(root.path("graph").path("edges")).hasSize(2);
    }
}
