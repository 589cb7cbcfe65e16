package org.annalist.keydates;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/** The contract's {@code keydates} output: {@code {"dates":[{"date","score","summary","events","articles"}]}}. */
public final class KeyDatesJson {

    private KeyDatesJson() {
    }

    public static void write(List<KeyDate> dates, OutputStream out) throws IOException {
        try (JsonGenerator g = new JsonFactory().createGenerator(out)
                .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeArrayFieldStart("dates");
            for (KeyDate d : dates) {
                g.writeStartObject();
                g.writeStringField("date", d.date().toString());
                g.writeNumberField("score", d.score());
                g.writeStringField("summary", d.summary());
                g.writeArrayFieldStart("events");
                for (String id : d.events()) {
                    g.writeString(id);
                }
                g.writeEndArray();
                g.writeNumberField("articles", d.articles());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
    }
}
