package org.annalist.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The date patterns of {@code dates.json}, compiled once. Templates such as {@code {MONTH}} expand
 * to named groups {@code year}, {@code month}, {@code day} so every pattern is read the same way.
 */
final class DateRules {

    private static final DateRules STANDARD = new DateRules(RuleResource.load("dates.json"));

    final List<Pattern> fullDates;
    final List<Pattern> urlDates;
    final List<Pattern> datelines;
    final List<Pattern> publishedBylines;
    final List<Pattern> updatedBylines;
    final int datelineWindow;
    private final Map<String, Integer> months = new TreeMap<>();
    private final int firstYear;
    private final int yearsAhead;
    private final int metadataFirstYear;

    static DateRules standard() {
        return STANDARD;
    }

    private DateRules(JsonNode json) {
        json.path("months").fields().forEachRemaining(e -> months.put(e.getKey(), e.getValue().asInt()));
        firstYear = json.path("plausibleYears").path("first").asInt(1990);
        yearsAhead = json.path("plausibleYears").path("yearsAhead").asInt(1);
        metadataFirstYear = json.path("plausibleYears").path("metadataFirst").asInt(1800);
        datelineWindow = json.path("datelineWindowChars").asInt(1500);
        String monthAlt = months.keySet().stream().sorted(Comparator.comparing(String::length).reversed())
                .collect(Collectors.joining("|"));
        String agencies = RuleResource.strings(json.path("agencies")).stream().map(Pattern::quote)
                .collect(Collectors.joining("|"));
        Map<String, String> slots = Map.of(
                "{MONTH}", "(?<month>(?i:" + monthAlt + "))(?![\\p{L}])",
                "{DAY}", "(?<day>[0-3]?\\d)(?!\\d)",
                "{YEAR}", "(?<year>(?:19|20)\\d\\d)",
                "{MM}", "(?<month>[01]\\d)", "{DD}", "(?<day>[0-3]\\d)",
                "{M}", "(?<month>[01]?\\d)", "{D}", "(?<day>[0-3]?\\d)",
                "{WEEKDAY}", json.path("weekdayPrefix").asText(""),
                "{AGENCY}", agencies);
        List<String> full = templates(json.path("fullDates"), slots).stream()
                .map(p -> "(?<![\\p{L}\\d])" + p + "(?!\\d)").toList();
        fullDates = compile(full, 0);
        urlDates = compile(templates(json.path("urlDates"), slots), 0);
        datelines = compile(templates(json.path("datelines"), slots), Pattern.MULTILINE);
        String cue = json.path("bylineCue").asText();
        publishedBylines = compile(bylines(cue, json.path("publishedCues"), full), 0);
        updatedBylines = compile(bylines(cue, json.path("updatedCues"), full), 0);
    }

    private static List<String> templates(JsonNode rules, Map<String, String> slots) {
        List<String> out = new ArrayList<>();
        for (JsonNode rule : rules) {
            String p = rule.path("pattern").asText();
            for (var slot : slots.entrySet()) {
                p = p.replace(slot.getKey(), slot.getValue());
            }
            out.add(p);
        }
        return out;
    }

    private static List<String> bylines(String cueTemplate, JsonNode cues, List<String> fullDates) {
        String alt = RuleResource.strings(cues).stream().map(c -> c.replace(" ", "\\s+"))
                .collect(Collectors.joining("|"));
        String prefix = cueTemplate.replace("{CUE}", alt);
        return fullDates.stream().map(d -> prefix + d).toList();
    }

    private static List<Pattern> compile(List<String> patterns, int flags) {
        return patterns.stream().map(p -> Pattern.compile(p, flags)).toList();
    }

    /** The date of a match with {@code year} (or the given fallback year), {@code month}, {@code day}; null if impossible. */
    LocalDate dateOf(Matcher m, Integer fallbackYear) {
        String y = m.group("year");
        Integer year = y != null ? Integer.valueOf(y) : fallbackYear;
        if (year == null || !isPlausibleYear(year)) {
            return null;
        }
        String mo = m.group("month");
        Integer month = Character.isDigit(mo.charAt(0)) ? Integer.valueOf(mo) : months.get(mo.toLowerCase(Locale.ROOT));
        int day = Integer.parseInt(m.group("day"));
        try {
            return LocalDate.of(year, month, day);
        } catch (java.time.DateTimeException | NullPointerException e) {
            return null;
        }
    }

    static boolean hasYear(Matcher m) {
        return m.group("year") != null;
    }

    boolean isPlausibleYear(int year) {
        return year >= firstYear && year <= LocalDate.now().getYear() + yearsAhead;
    }

    /**
     * Metadata states its date outright, so an old archive article keeps it; the narrower window
     * of {@link #isPlausibleYear} only guards guesses from URLs and running text.
     */
    boolean isPlausibleMetadataYear(int year) {
        return year >= metadataFirstYear && year <= LocalDate.now().getYear() + yearsAhead;
    }
}
