package org.annalist.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.Locale;

/**
 * How Annalist reads JSON it did not write (articles, sidecars, catalogs, projects): strictly, with
 * nothing after the value and no key given twice, no limit on string length below the file-size
 * limit (a 21-million-character article is valid JSON), and errors described in words that never
 * quote the file's content nor name a library class.
 */
public final class StrictJson {

    /** Deeper nesting than this is no article, catalog or project: refused rather than walked. */
    public static final int MAX_DEPTH = 200;

    private StrictJson() {
    }

    /** A mapper that refuses trailing text and duplicate keys; never with default typing. */
    public static JsonMapper.Builder builder() {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxStringLength(Integer.MAX_VALUE - 16).maxNestingDepth(MAX_DEPTH).build())
                .build();
        return JsonMapper.builder(factory)
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    public static ObjectMapper mapper() {
        return builder().build();
    }

    /** "invalid JSON at line 3, column 7: the file ends inside an object, array or string". */
    public static String describe(JsonProcessingException e, int lineOffset) {
        JsonLocation at = e.getLocation();
        String where = at == null || at.getLineNr() < 0 ? ""
                : " at line " + (at.getLineNr() + lineOffset) + ", column " + at.getColumnNr();
        return "invalid JSON" + where + ": " + what(e.getOriginalMessage());
    }

    /** The kind of error in words, without quoting what the file holds (it may be a secret). */
    static String what(String message) {
        String m = message == null ? "" : message.toLowerCase(Locale.ROOT);
        if (m.startsWith("duplicate field") || m.startsWith("duplicate object property")) {
            String key = between(message, '\'');
            return "a key is given twice" + (key == null ? "" : " (\"" + PathText.escape(shorten(key)) + "\")");
        }
        if (m.startsWith("unexpected end-of-input")) {
            return "the text ends inside an object, array or string";
        }
        if (m.startsWith("trailing token") || m.contains("was expecting end-of-input")) {
            return "more text after the JSON value";
        }
        if (m.startsWith("unrecognized token") || m.startsWith("unrecognized character escape")) {
            return "a word or escape that is not JSON (text must be in double quotes)";
        }
        if (m.startsWith("illegal unquoted character")) {
            return "a control character inside a string (it must be escaped)";
        }
        if (m.contains("nesting depth")) {
            return "nested more than " + MAX_DEPTH + " levels deep";
        }
        if (m.contains("exceeds the maximum") || m.contains("out of range")) {
            return "a value too large to read";
        }
        if (m.startsWith("unexpected character")) {
            return "a character that is not allowed here (a missing comma, quote or bracket?)";
        }
        if (m.contains("no content to map") || m.contains("end-of-input")) {
            return "no JSON value in the text";
        }
        return "not well-formed JSON";
    }

    private static String between(String s, char quote) {
        int a = s.indexOf(quote);
        int b = a < 0 ? -1 : s.indexOf(quote, a + 1);
        return b < 0 ? null : s.substring(a + 1, b);
    }

    private static String shorten(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "...";
    }
}
