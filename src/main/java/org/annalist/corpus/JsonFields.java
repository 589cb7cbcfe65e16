package org.annalist.corpus;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Optional;

/** Reads the article fields of a JSON object (article files and sidecars) and describes JSON errors. */
final class JsonFields {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> DATE_FIELDS = List.of("published", "datePublished", "date");
    private static final List<String> TITLE_FIELDS = List.of("title", "headline");
    private static final List<String> URL_FIELDS = List.of("url", "link");
    private static final List<String> OUTLET_FIELDS = List.of("source", "outlet", "publisher");
    private static final int MAX_MESSAGE = 120;
    /** Jackson's own pointer into its input ("(start marker at [Source: ...])"): the line and column say it better. */
    private static final java.util.regex.Pattern JACKSON_SOURCE =
            java.util.regex.Pattern.compile("\\s*\\(?(?:start marker )?at \\[Source:.*$");

    private final DateFinder dates;

    JsonFields(DateFinder dates) {
        this.dates = dates;
    }

    /**
     * The metadata of {@code obj}; a date that cannot be read is reported to {@code problems}.
     *
     * @param origin how the date note names where it came from, e.g. "the sidecar a.meta.json";
     *               null names the JSON field
     */
    ArticleMeta meta(JsonNode obj, String origin, String where, List<String> problems) {
        PublicationDate published = null;
        for (String field : DATE_FIELDS) {
            String value = text(obj, field);
            if (value == null) {
                continue;
            }
            Optional<java.time.LocalDate> d = dates.parseValue(value);
            if (d.isPresent()) {
                String from = origin != null ? origin : "the JSON field \"" + field + "\"";
                published = new PublicationDate(d.get(), DateSource.METADATA, "from " + from);
                break;
            }
            problems.add(where + "\"" + field + "\" is not a date we can read ('" + shorten(value)
                    + "'); the date is looked for elsewhere");
        }
        return new ArticleMeta(first(obj, TITLE_FIELDS), first(obj, URL_FIELDS), first(obj, OUTLET_FIELDS), published);
    }

    /** "invalid JSON at line 3, column 7: Unexpected character ..." from Jackson's location. */
    static String describe(JsonProcessingException e, int lineOffset) {
        JsonLocation at = e.getLocation();
        String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage().lines().findFirst().orElse("");
        message = JACKSON_SOURCE.matcher(message).replaceFirst("");
        String where = at == null ? "" : " at line " + (at.getLineNr() + lineOffset) + ", column " + at.getColumnNr();
        return "invalid JSON" + where + ": " + shorten(message);
    }

    static String text(JsonNode obj, String field) {
        JsonNode n = obj.get(field);
        if (n == null || n.isNull()) {
            return null;
        }
        if (n.isObject()) {
            n = n.path("name");
        }
        String s = n.isValueNode() ? n.asText() : null;
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String first(JsonNode obj, List<String> fields) {
        return fields.stream().map(f -> text(obj, f)).filter(s -> s != null).findFirst().orElse(null);
    }

    static String shorten(String s) {
        String one = s.replaceAll("\\s+", " ").strip();
        return one.length() <= MAX_MESSAGE ? one : one.substring(0, MAX_MESSAGE) + "...";
    }
}
