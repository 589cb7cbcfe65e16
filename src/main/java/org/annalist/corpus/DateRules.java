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
    /** A date that opens a line near the top: "TUNIS | Wed Mar 2, 2011 12:20 pm EST", "24.08.2013". */
    final List<Pattern> topStamps;
    final List<Pattern> deadlineCues;
    final int datelineWindow;
    private final Map<String, String> numericOrder = new TreeMap<>();
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
        json.path("numericOrder").fields().forEachRemaining(e -> {
            if (!e.getKey().startsWith("_")) {
                numericOrder.put(e.getKey(), e.getValue().asText());
            }
        });
        String clock = json.path("clock").asText();
        String city = json.path("city").asText();
        Map<String, String> slots = new java.util.LinkedHashMap<>();
        slots.put("{MONTH}", "(?<month>(?i:" + monthAlt + "))(?![\\p{L}])");
        slots.put("{DAY}", "(?<day>[0-3]?\\d)(?!\\d)");
        slots.put("{YEAR}", "(?<year>(?:19|20)\\d\\d)");
        slots.put("{MM}", "(?<month>[01]\\d)");
        slots.put("{DD}", "(?<day>[0-3]\\d)");
        slots.put("{M}", "(?<month>[01]?\\d)");
        slots.put("{D}", "(?<day>[0-3]?\\d)");
        slots.put("{WEEKDAY}", json.path("weekdayPrefix").asText(""));
        slots.put("{AGENCY}", agencies);
        slots.put("{CLOCK}", clock);
        slots.put("{CITY}", city);
        List<String> full = templates(json.path("fullDates"), slots).stream()
                .map(p -> "(?<![\\p{L}\\d])" + p + "(?!\\d)").toList();
        fullDates = compile(full, 0);
        List<String> stamps = new ArrayList<>(full);
        templates(json.path("stampDates"), slots).forEach(p -> stamps.add("(?<![\\p{L}\\d])" + p + "(?!\\d)"));
        List<String> top = new ArrayList<>();
        for (String t : templates(json.path("topStamps"), slots)) {
            stamps.forEach(d -> top.add(t.replace("{DATE}", d)));
        }
        topStamps = compile(top, Pattern.MULTILINE);
        deadlineCues = RuleResource.strings(json.path("deadlineCues")).stream()
                .map(c -> Pattern.compile("(?<![\\p{L}])" + c.replace(" ", "\\s+") + "\\s+(?:\\S+\\s+){0,2}$",
                        Pattern.CASE_INSENSITIVE)).toList();
        urlDates = compile(templates(json.path("urlDates"), slots), 0);
        datelines = compile(templates(json.path("datelines"), slots), Pattern.MULTILINE);
        String cue = json.path("bylineCue").asText().replace("{CLOCK}", clock);
        publishedBylines = compile(bylines(cue, json.path("publishedCues"), stamps), 0);
        updatedBylines = compile(bylines(cue, json.path("updatedCues"), stamps), 0);
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

    /**
     * A date as read from a match, and for a numeric date whose parts could both be the month
     * ("03/07/2011") the other reading and the order chosen so far.
     *
     * @param alternative the other day/month reading, or null when the order is settled
     * @param order       why this order: "", "the first part is over 12", "its separator '.' usually puts the day first"
     */
    record Reading(LocalDate date, LocalDate alternative, String order) {
    }

    /** The date of a match, numeric or not; null if impossible or implausible. */
    Reading read(Matcher m, Integer fallbackYear) {
        if (!m.pattern().pattern().contains("(?<a>")) {
            LocalDate d = dateOf(m, fallbackYear);
            return d == null ? null : new Reading(d, null, "");
        }
        int year = Integer.parseInt(m.group("year"));
        int a = Integer.parseInt(m.group("a"));
        int b = Integer.parseInt(m.group("b"));
        LocalDate dayFirst = safeDate(year, b, a);
        LocalDate monthFirst = safeDate(year, a, b);
        if (!isPlausibleYear(year) || dayFirst == null && monthFirst == null) {
            return null;
        }
        if (monthFirst == null || a == b) {
            return new Reading(dayFirst, null, a == b ? "" : "day first: the first part is over 12");
        }
        if (dayFirst == null) {
            return new Reading(monthFirst, null, "month first: the second part is over 12");
        }
        String sep = m.group("sep");
        boolean dmy = !"mdy".equals(numericOrder.getOrDefault(sep, "dmy"));
        String why = (dmy ? "day first" : "month first") + ": no part is over 12 and the separator '" + sep
                + "' usually puts the " + (dmy ? "day" : "month") + " first";
        return dmy ? new Reading(dayFirst, monthFirst, why) : new Reading(monthFirst, dayFirst, why);
    }

    private static LocalDate safeDate(int year, int month, int day) {
        try {
            return LocalDate.of(year, month, day);
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    /** The date of a match with {@code year} (or the given fallback year), {@code month}, {@code day}; null if impossible. */
    LocalDate dateOf(Matcher m, Integer fallbackYear) {
        if (m.pattern().pattern().contains("(?<a>")) {
            Reading r = read(m, fallbackYear);
            return r == null ? null : r.date();
        }
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
