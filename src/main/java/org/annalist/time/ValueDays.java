package org.annalist.time;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The inclusive first and last day a TIMEX3 value denotes, and its grain: {@code 2016-10-22},
 * {@code 2016-W40}, {@code 2016-W40-WE}, {@code 2016-10}, {@code 2016-Q4}, {@code 2016-H1},
 * {@code 2016-SU}, {@code 2016}, {@code 201} (decade), {@code 20} (century), {@code A/B}.
 */
record ValueDays(LocalDate start, LocalDate end, Grain grain) {

    private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d\\d)-(\\d\\d)(?:T.*)?");
    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d\\d)(-WE)?");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d\\d)");
    private static final Pattern PART = Pattern.compile("(\\d{4})-(Q[1-4]|H[12]|SP|SU|FA|WI)");
    private static final Pattern YEARS = Pattern.compile("\\d{2,4}");

    /** The days of {@code value}, or null when it denotes none (durations, sets, vague or unresolved). */
    static ValueDays of(String value) {
        int slash = value.indexOf('/');
        if (slash > 0) {
            ValueDays a = of(value.substring(0, slash));
            ValueDays b = of(value.substring(slash + 1));
            return a == null || b == null || b.end.isBefore(a.start) ? null : new ValueDays(a.start, b.end, a.grain);
        }
        try {
            Matcher m;
            if ((m = DAY.matcher(value)).matches()) {
                LocalDate d = LocalDate.of(num(m, 1), num(m, 2), num(m, 3));
                return new ValueDays(d, d, Grain.DAY);
            }
            if ((m = WEEK.matcher(value)).matches()) {
                LocalDate monday = LocalDate.of(num(m, 1), 1, 4)
                        .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, num(m, 2)).with(java.time.DayOfWeek.MONDAY);
                return m.group(3) == null ? new ValueDays(monday, monday.plusDays(6), Grain.WEEK)
                        : new ValueDays(monday.plusDays(5), monday.plusDays(6), Grain.WEEKEND);
            }
            if ((m = MONTH.matcher(value)).matches()) {
                YearMonth ym = YearMonth.of(num(m, 1), num(m, 2));
                return new ValueDays(ym.atDay(1), ym.atEndOfMonth(), Grain.MONTH);
            }
            if ((m = PART.matcher(value)).matches()) {
                return part(num(m, 1), m.group(2));
            }
            if (YEARS.matcher(value).matches()) {
                int n = Integer.parseInt(value);
                return switch (value.length()) {
                    case 4 -> new ValueDays(LocalDate.of(n, 1, 1), LocalDate.of(n, 12, 31), Grain.YEAR);
                    case 3 -> new ValueDays(LocalDate.of(n * 10, 1, 1), LocalDate.of(n * 10 + 9, 12, 31), Grain.DECADE);
                    default -> new ValueDays(LocalDate.of(n * 100, 1, 1), LocalDate.of(n * 100 + 99, 12, 31), Grain.CENTURY);
                };
            }
        } catch (java.time.DateTimeException e) {
            return null;
        }
        return null;
    }

    private static ValueDays part(int year, String part) {
        int firstMonth;
        int months;
        switch (part) {
            case "H1" -> { firstMonth = 1; months = 6; }
            case "H2" -> { firstMonth = 7; months = 6; }
            case "SP" -> { firstMonth = 3; months = 3; }
            case "SU" -> { firstMonth = 6; months = 3; }
            case "FA" -> { firstMonth = 9; months = 3; }
            case "WI" -> { firstMonth = 12; months = 3; }
            default -> { firstMonth = (part.charAt(1) - '1') * 3 + 1; months = 3; }
        }
        LocalDate start = LocalDate.of(year, firstMonth, 1);
        Grain grain = part.startsWith("Q") ? Grain.QUARTER : Grain.MONTH;
        return new ValueDays(start, start.plusMonths(months).minusDays(1), grain);
    }

    private static int num(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }
}
