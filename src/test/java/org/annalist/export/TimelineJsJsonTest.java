package org.annalist.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.annalist.analysis.Analysis;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TimelineJsJsonTest {

    @TempDir
    Path dir;

    @Test
    void everyDatedEventIsASlideWithTheFieldsTimelineJsRequires() throws Exception {
        Analysis a = SampleAnalysis.analysis();
        Path out = dir.resolve("timeline.json");
        new TimelineJsJson().write(a, a.events(), "Aleppo <2016>", out);

        JsonNode root = new ObjectMapper().readTree(out.toFile());
        assertThat(root.path("title").path("text").path("headline").asText()).isEqualTo("Aleppo &lt;2016&gt;");
        JsonNode events = root.path("events");
        assertThat(events.isArray()).isTrue();
        assertThat(events).hasSize(4); // the undated event stays out, as on the timeline
        for (JsonNode slide : events) {
            assertThat(slide.path("start_date").path("year").isInt()).isTrue();
            assertThat(slide.path("text").path("headline").asText()).isNotBlank();
            assertThat(slide.path("group").asText()).isNotBlank();
            assertThat(slide.path("unique_id").asText()).startsWith("event-");
        }
        // time order; a month keeps no day; a week is a span with its TIMEX value shown
        assertThat(events.get(0).path("unique_id").asText()).isEqualTo("event-e4");
        assertThat(events.get(0).path("start_date").has("day")).isFalse();
        assertThat(events.get(0).path("start_date").path("month").asInt()).isEqualTo(9);
        JsonNode week = events.get(3);
        assertThat(week.path("end_date").path("day").asInt()).isEqualTo(16);
        assertThat(week.path("display_date").asText()).isEqualTo("2016-W41");
        assertThat(week.path("text").path("headline").asText()).startsWith("Planned: ");
        // passages are escaped HTML; only http(s) URLs become links
        JsonNode e2 = events.get(2);
        assertThat(e2.path("text").path("text").asText()).contains("&lt;b&gt;&amp;amp;&lt;/b&gt;")
                .contains("<a href=\"https://news.example/a1\">");
        assertThat(events.get(0).path("text").path("text").asText()).doesNotContain("javascript:");
    }
}
