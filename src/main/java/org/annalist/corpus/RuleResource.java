package org.annalist.corpus;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.annalist.io.StrictJson;

/**
 * Reads the JSON rule files that sit beside this package's classes into typed records, strictly: an
 * unknown or missing key, a null or a wrong type fails naming the file and the reason, so a misspelt key
 * stops the build (every file is loaded by a test) instead of silently emptying a word list. Keys that
 * start with "_" are comments and may stand anywhere. No default typing.
 */
final class RuleResource {

    private static final ObjectMapper JSON = StrictJson.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_CREATOR_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .addHandler(new CommentKeys())
            .build();

    private RuleResource() {
    }

    /** The rule file {@code name} of this package bound to {@code type}; a bad file fails naming itself and the reason. */
    static <T> T bind(String name, Class<T> type) {
        try (InputStream in = RuleResource.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing rule resource org/annalist/corpus/" + name);
            }
            return JSON.readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException("org/annalist/corpus/" + name + ": "
                    + e.getMessage().lines().findFirst().orElse("unreadable"), e);
        }
    }

    /** The same strict reading of a JSON text (for tests of the binding). */
    static <T> T read(String json, Class<T> type) throws IOException {
        return JSON.readValue(json, type);
    }

    /** A rule's pattern, compiled at load: a broken one fails naming its key. */
    static Pattern pattern(String key, String regex, int flags) {
        try {
            return Pattern.compile(regex, flags);
        } catch (PatternSyntaxException e) {
            throw new IllegalStateException("corpus rule " + key + " is not a valid pattern: "
                    + e.getDescription() + " at index " + e.getIndex(), e);
        }
    }

    static Pattern pattern(String key, String regex) {
        return pattern(key, regex, 0);
    }

    /** "_comment", "_rant", ...: notes for the reader of the file, skipped; any other unknown key fails. */
    private static final class CommentKeys extends DeserializationProblemHandler {
        @Override
        public boolean handleUnknownProperty(DeserializationContext ctxt, JsonParser p, JsonDeserializer<?> deserializer,
                                             Object beanOrClass, String propertyName) throws IOException {
            if (propertyName.startsWith("_")) {
                p.skipChildren();
                return true;
            }
            return false;
        }
    }
}
