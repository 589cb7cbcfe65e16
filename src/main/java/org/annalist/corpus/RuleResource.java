package org.annalist.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** Loads the JSON rule files that sit beside this package's classes. */
final class RuleResource {

    private static final ObjectMapper JSON = new ObjectMapper();

    private RuleResource() {
    }

    static JsonNode load(String name) {
        try (InputStream in = RuleResource.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing rule resource org/annalist/corpus/" + name);
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("unreadable rule resource " + name, e);
        }
    }

    static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
