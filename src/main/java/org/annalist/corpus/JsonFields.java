package org.annalist.corpus;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Optional;
import org.annalist.io.StrictJson;
import org.annalist.time.CalendarRange;

/** Reads the article fields of a JSON object (article files and sidecars) and describes JSON errors. */
final class JsonFields {

    static final ObjectMapper JSON = StrictJson.mapper();
    private static final List<String> DATE_FIELDS = List.of("published", "datePublished", "date");
    private static final List<String> TITLE_FIELDS = List.of("title", "headline");
    private static final List<String> URL_FIELDS = List.of("url", "link");
    private static final List<String> OUTLET_FIELDS = List.of("source", "outlet", "publisher");
    private static final int MAX_MESSAGE = 120;

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
            String value = strictText(obj, field, where, problems);
            if (value == null) {
                continue;
            }
            // a signed year ("-2016-10-05", "+2016-10-05") is not a publication date, whatever it contains
            Optional<java.time.LocalDate> d = value.startsWith("-") || value.startsWith("+") ? Optional.empty()
                    : dates.parseValue(value).filter(CalendarRange::contains);
            if (d.isPresent()) {
                String from = origin != null ? origin : "the JSON field \"" + field + "\"";
                published = new PublicationDate(d.get(), DateSource.METADATA, "from " + from);
                break;
            }
            problems.add(where + "\"" + field + "\" is not a date we can read ('" + org.annalist.io.PathText.escape(shorten(value))
                    + "'); the date is looked for elsewhere");
        }
        String title = first(obj, TITLE_FIELDS, where, problems);
        String url = first(obj, URL_FIELDS, where, problems);
        if (url != null && !isWebUrl(url)) {
            problems.add(where + "\"url\" is not an http or https address; it is left out");
            url = null;
        }
        return new ArticleMeta(title, url, first(obj, OUTLET_FIELDS, where, problems), published);
    }

    /** Only http and https addresses are kept: a javascript: or file: URL would run or open something when clicked. */
    static boolean isWebUrl(String s) {
        String lower = s.strip().toLowerCase(java.util.Locale.ROOT);
        return (lower.startsWith("http://") || lower.startsWith("https://")) && lower.length() > 8
                && lower.chars().noneMatch(c -> c < 0x20 || c == 0x7F);
    }

    /** "invalid JSON at line 3, column 7: ..." in words, never quoting the file. */
    static String describe(JsonProcessingException e, int lineOffset) {
        return StrictJson.describe(e, lineOffset);
    }

    /**
     * A metadata field's text: a string, or an object's {@code "name"} string; anything else (true,
     * 12, an array) is reported and ignored rather than turned into the text "true".
     */
    private static String strictText(JsonNode obj, String field, String where, List<String> problems) {
        JsonNode n = obj.get(field);
        if (n == null || n.isNull()) {
            return null;
        }
        JsonNode value = n.isObject() ? n.get("name") : n;
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            problems.add(where + "\"" + field + "\" is not text (" + kind(value) + "); it is ignored");
            return null;
        }
        String s = value.asText();
        return s.isBlank() ? null : s.strip();
    }

    private static String kind(JsonNode n) {
        return n.isBoolean() ? "true or false" : n.isNumber() ? "a number" : n.isArray() ? "a list" : "an object";
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

    private static String first(JsonNode obj, List<String> fields, String where, List<String> problems) {
        for (String f : fields) {
            String s = strictText(obj, f, where, problems);
            if (s != null) {
                return s;
            }
        }
        return null;
    }

    static String shorten(String s) {
        String one = s.replaceAll("\\s+", " ").strip();
        return one.length() <= MAX_MESSAGE ? one : one.substring(0, MAX_MESSAGE) + "...";
    }
}
