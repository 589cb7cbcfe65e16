package org.annalist.time;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.regex.MatchResult;

/**
 * Turns a rule match into a TIMEX3 value by calling the normalisation function the rule names
 * ({@code norm.fn}) with its arguments resolved from the match groups and the lookup tables.
 */
final class Normalizer {

    /** A normalised value and its TIMEX3 type. */
    record Normalized(String value, TimexType type) {
    }

    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");
    private static final java.util.regex.Pattern VAGUE = java.util.regex.Pattern.compile("several|a few|few|many|some|numerous");
    private static final java.util.regex.Pattern YEAR = java.util.regex.Pattern.compile("\\d{2}|\\d{4}");

    private final Map<String, Map<String, String>> tables;
    private final Numbers numbers;

    Normalizer(Map<String, Map<String, String>> tables) {
        this.tables = tables;
        this.numbers = new Numbers(tables.getOrDefault("number", Map.of()));
    }

    /** The normalised value, or null when the match turns out not to be a valid time expression. */
    Normalized normalize(Rule rule, MatchResult m, Situation s) {
        Args a = new Args(rule.norm(), m);
        Placement p = new Placement(s);
        String part = a.get("part");
        TimexType type = rule.type();
        String value = switch (rule.norm().get("fn")) {
            case "literal" -> a.get("value");
            case "date" -> p.date(firstNonNull(a.year("year", s.dct()), yearOf(s.dct(), a.integer("yearDirection"))),
                    a.integer("month"), a.integer("day"));
            case "weekOf" -> weekOf(p.date(firstNonNull(a.year("year", s.dct()), yearOf(s.dct(), a.integer("yearDirection"))),
                    a.integer("month"), a.integer("day")));
            case "dateRange" -> p.dateRange(a.year("year", s.dct()), a.integer("month"), a.integer("day"), a.integer("endDay"));
            case "month" -> p.month(firstNonNull(a.year("year", s.dct()), yearOf(s.dct(), a.integer("yearDirection"))),
                    a.integer("month"), a.integer("direction"));
            case "year" -> formatYear(a.year("year", s.dct()));
            case "yearRange" -> yearRange(a.year("year", s.dct()), a.get("endYear"));
            case "decade" -> p.decade(a.integer("decade"), a.integer("shortDecade"));
            case "century" -> a.get("century");
            case "quarter" -> p.quarter(firstNonNull(a.year("year", s.dct()), a.year("yearBefore", s.dct()),
                    a.year("fiscalYear", s.dct()), yearOf(s.dct(), a.integer("yearDirection"))), a.integer("quarter"));
            case "contextQuarter" -> p.contextQuarter(a.get("which") == null ? "context" : a.get("which"),
                    a.year("year", s.dct()));
            case "yearInWords" -> yearInWords(a);
            case "holiday" -> p.holiday(a.year("year", s.dct()), a.get("holiday"), a.integer("direction"));
            case "half" -> p.half(a.year("year", s.dct()), a.integer("half"));
            case "season" -> p.season(a.year("year", s.dct()), a.get("season"), a.integer("direction"));
            case "relativeDay" -> p.relativeDay(a.integer("offset"));
            case "weekday" -> p.weekday(a.integer("weekday"), a.integer("direction"));
            case "weekend" -> p.weekend(a.integer("direction"));
            case "relativeUnit" -> p.relativeUnit(a.get("unit"), a.integer("direction"), "reference".equals(a.get("anchor")));
            case "shifted" -> p.shifted(a.amount("amount", numbers), a.get("unit"), a.integer("direction"),
                    "reference".equals(a.get("anchor")));
            case "duration" -> Durations.of(a.amount("amount", numbers), a.get("unit"), "true".equals(a.get("plusHalf")));
            case "setWeekday" -> a.integer("weekday") == null ? null : "XXXX-WXX-" + a.integer("weekday");
            case "frequency" -> Durations.of(orOne(a.amount("amount", numbers)), a.get("unit"), false);
            case "clock" -> clock(clockDay(a, p), a);
            default -> throw new IllegalStateException("rule " + rule.name() + ": unknown function " + rule.norm().get("fn"));
        };
        if (value == null) {
            return null;
        }
        if (part != null && value.length() == 10) {
            return new Normalized(value + "T" + part, type);
        }
        return new Normalized(value, type);
    }

    /** "the week of March 6": the ISO week that holds the day. */
    private static String weekOf(String day) {
        if (day == null || day.startsWith("X")) {
            return null;
        }
        LocalDate d = LocalDate.parse(day);
        return String.format("%04d-W%02d", d.get(java.time.temporal.IsoFields.WEEK_BASED_YEAR),
                d.get(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    private static Integer yearOf(LocalDate dct, Integer direction) {
        return dct == null || direction == null ? null : dct.getYear() + direction;
    }

    private static Double orOne(Double amount) {
        return amount == null ? Double.valueOf(1) : amount;
    }

    @SafeVarargs
    private static <T> T firstNonNull(T... values) {
        for (T v : values) {
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    private static String formatYear(Integer year) {
        return year == null ? null : String.format("%04d", year);
    }

    /** "nineteen ninety-six" (century words then the rest), "two thousand and one". */
    private String yearInWords(Args a) {
        Double century = a.get("century") == null ? null : numbers.parse(a.get("century"));
        if (century == null) {
            Double rest = a.get("after2000") == null ? Double.valueOf(0) : numbers.parse(a.get("after2000"));
            return rest == null ? null : formatYear(2000 + rest.intValue());
        }
        Double rest = numbers.parse(a.get("rest").replaceAll("(?i)^oh[\\s-]", ""));
        if (rest == null || rest >= 100) {
            return null;
        }
        String year = formatYear(century.intValue() * 100 + rest.intValue());
        Integer month = a.integer("month");
        return month == null ? year : year + String.format("-%02d", month);
    }

    private static String yearRange(Integer start, String end) {
        if (start == null || end == null) {
            return null;
        }
        int e = end.length() == 2 ? start / 100 * 100 + Integer.parseInt(end) : Integer.parseInt(end);
        return e <= start ? null : String.format("%04d/%04d", start, e);
    }

    /** The day a clock time is on: a named date, weekday or relative day, else the narrative's current day. */
    private static String clockDay(Args a, Placement p) {
        if (a.integer("weekday") != null) {
            return p.weekday(a.integer("weekday"), null);
        }
        if (a.integer("month") != null) {
            return p.date(a.integer("year"), a.integer("month"), a.integer("day"));
        }
        if (a.integer("offset") == null) {
            return p.narrativeDay();
        }
        return p.relativeDay(a.integer("offset"));
    }

    private static String clock(String day, Args a) {
        String named = a.get("named");
        int hour;
        int minute;
        if (named != null) {
            hour = Integer.parseInt(named.substring(0, 2));
            minute = Integer.parseInt(named.substring(3));
        } else {
            Integer h = a.integer("hour");
            Integer min = a.integer("minute");
            if (h == null) {
                return null;
            }
            hour = h;
            minute = min == null ? 0 : min;
            String meridiem = a.get("meridiem");
            if (meridiem != null) {
                boolean pm = meridiem.toLowerCase(Locale.ROOT).startsWith("p");
                hour = hour % 12 + (pm ? 12 : 0);
            }
        }
        return String.format("%sT%02d:%02d", day, hour, minute);
    }

    /** The function's arguments: literals, {@code $N} groups, or {@code $N|table} lookups. */
    private final class Args {
        private final Map<String, String> spec;
        private final MatchResult m;

        Args(Map<String, String> spec, MatchResult m) {
            this.spec = spec;
            this.m = m;
        }

        String get(String name) {
            String s = spec.get(name);
            if (s == null || !s.startsWith("$")) {
                return s;
            }
            int bar = s.indexOf('|');
            int group = Integer.parseInt(bar < 0 ? s.substring(1) : s.substring(1, bar));
            String text = m.group(group);
            if (text == null) {
                return null;
            }
            text = SPACES.matcher(text.trim()).replaceAll(" ");
            if (bar < 0) {
                return text;
            }
            String table = s.substring(bar + 1);
            if (table.equals("number")) {
                return text;
            }
            String key = text.toLowerCase(Locale.ROOT);
            key = key.endsWith(".") ? key.substring(0, key.length() - 1) : key;
            Map<String, String> t = tables.get(table);
            if (t == null) {
                throw new IllegalStateException("unknown normalization table " + table);
            }
            return t.get(key);
        }

        Integer integer(String name) {
            String v = get(name);
            if (v == null) {
                return null;
            }
            try {
                return Integer.valueOf(v);
            } catch (NumberFormatException e) {
                return null;
            }
        }

        /** A number, or NaN for a vague amount ("X": several, few). */
        Double amount(String name, Numbers n) {
            String v = get(name);
            if (v == null) {
                return null;
            }
            if (v.equals("X")) {
                return Double.NaN;
            }
            String lower = v.toLowerCase(Locale.ROOT);
            if (VAGUE.matcher(lower).matches()) {
                return Double.NaN;
            }
            return n.parse(v);
        }

        /** A year: four digits, or two digits placed in the century nearest the publication date. */
        Integer year(String name, LocalDate dct) {
            String v = get(name);
            if (v == null || !YEAR.matcher(v).matches()) {
                return null;
            }
            int y = Integer.parseInt(v);
            if (v.length() == 4) {
                return y;
            }
            int base = dct == null ? 1900 : dct.getYear() / 100 * 100;
            int candidate = base + y;
            return dct != null && candidate > dct.getYear() + 20 ? candidate - 100 : candidate;
        }
    }
}
