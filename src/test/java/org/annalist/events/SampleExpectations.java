package org.annalist.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The hand-written expected events of the samples ({@code samples-expected.json}) and how an event meets one. */
record SampleExpectations(List<Expected> expected, String boilerplateArticle, int boilerplateFrom) {

    /** One act a careful reader puts on the timeline. */
    record Expected(String article, String what, LocalDate start, LocalDate end, boolean dateOptional,
                    List<String> types, List<String> actors, String status) {

        boolean matches(Event e) {
            boolean here = e.passages().stream().anyMatch(p -> p.articleId().equals(article));
            boolean type = types.contains(e.type().id());
            boolean who = e.actors().containsAll(actors);
            return here && type && who && dateMatches(e.date()) && (status == null || status.equals(e.status().id()));
        }

        private boolean dateMatches(EventDate d) {
            if (d == null || d.basis() == DateBasis.PUBLISHED) {
                return dateOptional || (d == null && start == null) || (d != null && d.start().equals(start) && d.end().equals(end));
            }
            return start != null && !d.start().isBefore(start) && !d.end().isAfter(end);
        }
    }

    static SampleExpectations load() throws IOException {
        try (InputStream in = SampleExpectations.class.getResourceAsStream("samples-expected.json")) {
            JsonNode root = new ObjectMapper().readTree(in);
            List<Expected> out = new ArrayList<>();
            for (JsonNode n : root.path("expected")) {
                out.add(new Expected(n.path("article").asText(), n.path("what").asText(), day(n.get("start")), day(n.get("end")),
                        n.path("dateOptional").asBoolean(false), strings(n.path("types")), strings(n.path("actors")),
                        n.hasNonNull("status") ? n.get("status").asText() : null));
            }
            JsonNode b = root.path("boilerplate").get(0);
            return new SampleExpectations(out, b.path("article").asText(), b.path("from").asInt());
        }
    }

    private static LocalDate day(JsonNode n) {
        return n == null || n.isNull() ? null : LocalDate.parse(n.asText());
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(x -> out.add(x.asText()));
        return out;
    }

    /** The expectations some event of {@code events} meets. */
    List<Expected> recovered(List<Event> events) {
        return expected.stream().filter(x -> events.stream().anyMatch(x::matches)).toList();
    }
}
