package org.annalist.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/**
 * The day of a holiday in a year, from its rule in the {@code holiday} table: {@code 12-25} (fixed),
 * {@code 11/4/4} (fourth Thursday of November), {@code 05/-1/1} (last Monday of May),
 * {@code 11/1/1/+1} (the day after the first Monday of November), {@code easter/-2}.
 */
final class Holidays {

    private Holidays() {
    }

    /** The day, or null when the rule is malformed. */
    static LocalDate in(int year, String rule) {
        try {
            String[] parts = rule.split("/");
            LocalDate day;
            int shiftAt;
            if (parts[0].equals("easter")) {
                day = easter(year);
                shiftAt = 1;
            } else if (parts.length == 1) {
                String[] md = parts[0].split("-");
                return LocalDate.of(year, Integer.parseInt(md[0]), Integer.parseInt(md[1]));
            } else {
                int month = Integer.parseInt(parts[0]);
                int nth = Integer.parseInt(parts[1]);
                DayOfWeek weekday = DayOfWeek.of(Integer.parseInt(parts[2]));
                LocalDate first = LocalDate.of(year, month, 1);
                day = nth < 0 ? first.with(TemporalAdjusters.lastInMonth(weekday))
                        : first.with(TemporalAdjusters.dayOfWeekInMonth(nth, weekday));
                shiftAt = 3;
            }
            return parts.length > shiftAt ? day.plusDays(Integer.parseInt(parts[shiftAt].replace("+", ""))) : day;
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** Western Easter Sunday (anonymous Gregorian computus). */
    static LocalDate easter(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }
}
