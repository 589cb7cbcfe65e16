package org.annalist.corpus;

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

    /** A template slot ("{MONTH}"); one left after expansion is misspelt. Before STANDARD: it is used to build it. */
    private static final Pattern SLOT = Pattern.compile("(?<!\\\\[pP])\\{[A-Z]+\\}");
    private static final DateRules STANDARD = new DateRules(RuleResource.bind("dates.json", File.class));

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

    /** {@code dates.json} as bound by {@link RuleResource}: every key present and spelt right. */
    record File(Map<String, Integer> months, PlausibleYears plausibleYears, List<Rule> fullDates, List<Rule> stampDates,
                String weekdayPrefix, List<Rule> urlDates, List<Rule> datelines, List<String> agencies,
                List<String> publishedCues, List<String> updatedCues, String bylineCue, int datelineWindowChars,
                String clock, String city, List<Rule> topStamps, Map<String, String> numericOrder,
                List<String> deadlineCues) {
    }

    record PlausibleYears(int first, int yearsAhead, int metadataFirst) {
    }

    /**
     * One pattern with an example text and the date it must read there ({@code expect}: "2016-10-06", or
     * "--10-05" for a dateline without its year), checked by {@code DateRuleExamplesTest}.
     */
    record Rule(String pattern, String example, String expect) {
    }

    /** The file as bound, for the test of its examples. */
    final File file;
    /** How many top-stamp patterns each topStamps template gives (one per full and stamp date). */
    final int stampsPerTopTemplate;

    private DateRules(File json) {
        file = json;
        json.months().forEach((name, number) -> {
            if (number < 1 || number > 12) {
                throw new IllegalStateException("corpus rule months." + name + " is no month number: " + number);
            }
            months.put(name, number);
        });
        firstYear = json.plausibleYears().first();
        yearsAhead = json.plausibleYears().yearsAhead();
        metadataFirstYear = json.plausibleYears().metadataFirst();
        datelineWindow = json.datelineWindowChars();
        String monthAlt = months.keySet().stream().sorted(Comparator.comparing(String::length).reversed())
                .collect(Collectors.joining("|"));
        String agencies = json.agencies().stream().map(Pattern::quote).collect(Collectors.joining("|"));
        json.numericOrder().forEach((sep, order) -> {
            if (!sep.startsWith("_")) {
                if (!order.equals("dmy") && !order.equals("mdy")) {
                    throw new IllegalStateException("corpus rule numericOrder." + sep + " is neither dmy nor mdy: " + order);
                }
                numericOrder.put(sep, order);
            }
        });
        String clock = json.clock();
        String city = json.city();
        Map<String, String> slots = new java.util.LinkedHashMap<>();
        slots.put("{MONTH}", "(?<month>(?i:" + monthAlt + "))(?![\\p{L}])");
        slots.put("{DAY}", "(?<day>[0-3]?\\d)(?!\\d)");
        slots.put("{YEAR}", "(?<year>(?:19|20)\\d\\d)");
        slots.put("{MM}", "(?<month>[01]\\d)");
        slots.put("{DD}", "(?<day>[0-3]\\d)");
        slots.put("{M}", "(?<month>[01]?\\d)");
        slots.put("{D}", "(?<day>[0-3]?\\d)");
        slots.put("{WEEKDAY}", json.weekdayPrefix());
        slots.put("{AGENCY}", agencies);
        slots.put("{CLOCK}", clock);
        slots.put("{CITY}", city);
        List<String> full = templates(json.fullDates(), slots).stream()
                .map(p -> "(?<![\\p{L}\\d])" + p + "(?!\\d)").toList();
        fullDates = compile("fullDates", full, 0);
        List<String> stamps = new ArrayList<>(full);
        templates(json.stampDates(), slots).forEach(p -> stamps.add("(?<![\\p{L}\\d])" + p + "(?!\\d)"));
        stampsPerTopTemplate = stamps.size();
        List<String> top = new ArrayList<>();
        for (String t : templates(json.topStamps(), slots)) {
            stamps.forEach(d -> top.add(t.replace("{DATE}", d)));
        }
        topStamps = compile("topStamps", top, Pattern.MULTILINE);
        deadlineCues = json.deadlineCues().stream()
                .map(c -> RuleResource.pattern("deadlineCues", "(?<![\\p{L}])" + c.replace(" ", "\\s+")
                        + "\\s+(?:\\S+\\s+){0,2}$", Pattern.CASE_INSENSITIVE)).toList();
        urlDates = compile("urlDates", templates(json.urlDates(), slots), 0);
        datelines = compile("datelines", templates(json.datelines(), slots), Pattern.MULTILINE);
        String cue = json.bylineCue().replace("{CLOCK}", clock);
        publishedBylines = compile("publishedCues", bylines(cue, json.publishedCues(), stamps), 0);
        updatedBylines = compile("updatedCues", bylines(cue, json.updatedCues(), stamps), 0);
    }

    private static List<String> templates(List<Rule> rules, Map<String, String> slots) {
        List<String> out = new ArrayList<>();
        for (Rule rule : rules) {
            String p = rule.pattern();
            String left = p.replace("{DATE}", "");
            for (var slot : slots.entrySet()) {
                p = p.replace(slot.getKey(), slot.getValue());
                left = left.replace(slot.getKey(), "");
            }
            Matcher unknown = SLOT.matcher(left);
            if (unknown.find()) { // a misspelt slot would otherwise be matched as literal text and never fire
                throw new IllegalStateException("dates.json: unknown slot " + unknown.group() + " in " + rule.pattern());
            }
            out.add(p);
        }
        return out;
    }

    private static List<String> bylines(String cueTemplate, List<String> cues, List<String> fullDates) {
        String alt = cues.stream().map(c -> c.replace(" ", "\\s+")).collect(Collectors.joining("|"));
        String prefix = cueTemplate.replace("{CUE}", alt);
        return fullDates.stream().map(d -> prefix + d).toList();
    }

    private static List<Pattern> compile(String key, List<String> patterns, int flags) {
        return patterns.stream().map(p -> RuleResource.pattern(key, p, flags)).toList();
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
