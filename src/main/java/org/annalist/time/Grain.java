package org.annalist.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;

/** Calendar granularities of TIMEX3 date values: how to shift a day by them and how to write it. */
enum Grain {
    DAY, WEEK, WEEKEND, MONTH, QUARTER, YEAR, DECADE, CENTURY;

    /** The grain of a TIMEX3 unit code (D, W, M, Q, Y, DE, CE, WE), or null for clock units. */
    static Grain ofUnit(String unit) {
        return switch (unit) {
            case "D" -> DAY;
            case "W" -> WEEK;
            case "WE" -> WEEKEND;
            case "M" -> MONTH;
            case "Q" -> QUARTER;
            case "Y" -> YEAR;
            case "DE" -> DECADE;
            case "CE" -> CENTURY;
            default -> null;
        };
    }

    LocalDate shift(LocalDate day, long n) {
        return switch (this) {
            case DAY -> day.plusDays(n);
            case WEEK, WEEKEND -> day.plusWeeks(n);
            case MONTH -> day.plusMonths(n);
            case QUARTER -> day.plusMonths(3 * n);
            case YEAR -> day.plusYears(n);
            case DECADE -> day.plusYears(10 * n);
            case CENTURY -> day.plusYears(100 * n);
        };
    }

    String format(LocalDate d) {
        return switch (this) {
            case DAY -> d.toString();
            case WEEK -> weekValue(d);
            case WEEKEND -> weekValue(d) + "-WE";
            case MONTH -> String.format("%04d-%02d", d.getYear(), d.getMonthValue());
            case QUARTER -> String.format("%04d-Q%d", d.getYear(), (d.getMonthValue() - 1) / 3 + 1);
            case YEAR -> String.format("%04d", d.getYear());
            case DECADE -> String.format("%03d", d.getYear() / 10);
            case CENTURY -> String.format("%02d", d.getYear() / 100);
        };
    }

    private static String weekValue(LocalDate d) {
        return String.format("%04d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR), d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    /** Monday of the ISO week holding {@code d}. */
    static LocalDate monday(LocalDate d) {
        return d.minusDays(d.getDayOfWeek().getValue() - DayOfWeek.MONDAY.getValue());
    }
}
