package org.annalist.text;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Reads rule resources into typed records, strictly: an unknown key, a missing key or a null
 * for a number fails, so a misspelt key stops the build (every resource is loaded by a test)
 * instead of silently emptying a word list. No default typing.
 */
public final class StrictJson {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private StrictJson() {
    }

    /** The resource {@code name} next to {@code anchor}, bound to {@code type}; a bad file fails naming itself and the reason. */
    public static <T> T resource(Class<?> anchor, String name, Class<T> type) {
        try (InputStream in = anchor.getResourceAsStream(name)) {
            if (in == null) {
                throw new UncheckedIOException(new IOException(anchor.getPackageName() + "/" + name + " missing"));
            }
            return MAPPER.readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException(new IOException(anchor.getPackageName().replace('.', '/') + "/" + name
                    + ": " + e.getMessage().lines().findFirst().orElse("unreadable"), e));
        }
    }

    /** The same strict reading of a JSON text (for tests of the binding). */
    public static <T> T read(String json, Class<T> type) throws IOException {
        return MAPPER.readValue(json, type);
    }
}
