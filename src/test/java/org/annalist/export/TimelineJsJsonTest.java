package org.annalist.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import org.annalist.analysis.Analysis;
import org.annalist.events.Event;
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
            assertThat(slide.path("display_date").asText()).isNotBlank().doesNotContain("-W");
            assertThat(slide.path("unique_id").asText()).startsWith("event-");
        }
        // time order; a month keeps no day; a week is a span with its TIMEX value shown
        assertThat(events.get(0).path("unique_id").asText()).isEqualTo("event-e4");
        assertThat(events.get(0).path("start_date").has("day")).isFalse();
        assertThat(events.get(0).path("start_date").path("month").asInt()).isEqualTo(9);
        assertThat(events.get(0).path("display_date").asText()).isEqualTo("September 2016");
        assertThat(events.get(1).path("display_date").asText()).isEqualTo("3 October 2016");
        JsonNode week = events.get(3);
        assertThat(week.path("end_date").path("day").asInt()).isEqualTo(16);
        assertThat(week.path("display_date").asText()).isEqualTo("week of 10 October 2016");
        assertThat(week.path("text").path("headline").asText()).startsWith("Planned: ");
        // the passage is an escaped quotation; the credit names the outlet and date, linked for http(s) only
        JsonNode e2 = events.get(2).path("media");
        assertThat(e2.path("url").asText()).isEqualTo("<blockquote>Russia rejected the draft &lt;b&gt;&amp;amp;&lt;/b&gt; vetoed it.</blockquote>");
        assertThat(e2.path("credit").asText()).startsWith("<a href=\"https://news.example/a1\"")
                .endsWith(">Example News, 5 October 2016</a>");
        assertThat(e2.path("caption").asText()).isEqualTo("UN vote on Aleppo");
        assertThat(events.get(0).path("media").path("credit").asText()).isEqualTo("Moscow replies, 10 October 2016")
                .doesNotContain("javascript:");
    }

    @Test
    void groupsAreTheFocusActorsInvolvedAndOtherwiseNone() {
        Analysis a = SampleAnalysis.analysis();
        JsonNode events = new TimelineJsJson().toJson(a, a.events(), "t").path("events");
        // France, Russia and Turkey are focus actors here: one row each in the navigator
        assertThat(events).extracting(s -> s.path("group").asText())
                .containsExactly("Russia", "France", "Russia", "Turkey");

        Event e2 = a.events().get(1);
        Event alone = new Event("e9", e2.date(), e2.type(), e2.tone(), e2.status(), List.of("russia"),
                List.of("syria"), e2.summary(), e2.passages(), null);
        JsonNode one = new TimelineJsJson().toJson(a, List.of(alone), "t").path("events");
        assertThat(one.get(0).has("group")).as("one actor's row would not help").isFalse();
    }

    @Test
    void aFarOffDateDoesNotOpenTheReaderOnTheWrongDecadesAndIsCountedOnTheTitleSlide() throws Exception {
        // thirty acts in October 2016 and one act dated by "since its founding in 1945"
        java.util.List<Event> events = new java.util.ArrayList<>();
        Event template = SampleAnalysis.events().get(0);
        for (int i = 0; i < 30; i++) {
            events.add(at("k" + i, template, java.time.LocalDate.of(2016, 10, 1 + i)));
        }
        events.add(at("old", template, java.time.LocalDate.of(1945, 10, 24)));
        Analysis a = SampleAnalysis.analysis(List.of(SampleAnalysis.articleA()), events);
        Path out = dir.resolve("fitted.json");

        Exports.write(ExportFormat.TIMELINEJS, Picture.of(View.TIMELINE, a, events, "Aleppo"), out, 1366, 1);

        JsonNode root = new ObjectMapper().readTree(out.toFile());
        assertThat(root.path("events")).hasSize(30)
                .allSatisfy(slide -> assertThat(slide.path("start_date").path("year").asInt()).isEqualTo(2016));
        assertThat(root.path("title").path("text").path("text").asText())
                .isEqualTo("30 events from 1 article (1 earlier event far from the rest left out: set a date range"
                        + " to include them)");
        // a range the user asks for is theirs: the 1945 act is a slide when the range holds it
        Exports.write(ExportFormat.TIMELINEJS, new Picture(View.TIMELINE, a, events, "Aleppo", null,
                java.time.LocalDate.of(1940, 1, 1), java.time.LocalDate.of(2016, 12, 31)), out, 1366, 1);
        assertThat(new ObjectMapper().readTree(out.toFile()).path("events")).hasSize(31);
    }

    private static Event at(String id, Event e, java.time.LocalDate day) {
        return new Event(id, org.annalist.events.EventDate.day(day, org.annalist.events.DateBasis.EXPLICIT, "'" + day + "'"),
                e.type(), e.tone(), e.status(), e.source(), e.target(), e.summary(), e.passages(), null);
    }
}
