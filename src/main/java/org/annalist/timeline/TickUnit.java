package org.annalist.timeline;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;

/** The steps the time axis can be ticked in, finest first. */
public enum TickUnit {
    DAY(1), WEEK(7), MONTH(30.44), QUARTER(91.3), YEAR(365.25), DECADE(3652.5), CENTURY(36525);

    private final double approxDays;

    TickUnit(double approxDays) {
        this.approxDays = approxDays;
    }

    public double approxDays() {
        return approxDays;
    }

    /** The first tick at or before {@code date}. */
    LocalDate floor(LocalDate date) {
        return switch (this) {
            case DAY -> date;
            case WEEK -> date.minusDays(date.getDayOfWeek().getValue() - DayOfWeek.MONDAY.getValue());
            case MONTH -> date.withDayOfMonth(1);
            case QUARTER -> LocalDate.of(date.getYear(), (date.getMonthValue() - 1) / 3 * 3 + 1, 1);
            case YEAR -> LocalDate.of(date.getYear(), 1, 1);
            case DECADE -> LocalDate.of(Math.floorDiv(date.getYear(), 10) * 10, 1, 1);
            case CENTURY -> LocalDate.of(Math.floorDiv(date.getYear(), 100) * 100, 1, 1);
        };
    }

    LocalDate next(LocalDate date) {
        return switch (this) {
            case DAY -> date.plusDays(1);
            case WEEK -> date.plusWeeks(1);
            case MONTH -> date.plusMonths(1);
            case QUARTER -> date.plusMonths(3);
            case YEAR -> date.plusYears(1);
            case DECADE -> date.plusYears(10);
            case CENTURY -> date.plusYears(100);
        };
    }

    /** The label under a tick; the year is added where it changes so the axis is never ambiguous. */
    String label(LocalDate d, boolean showYear) {
        String month = d.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
        return switch (this) {
            case DAY, WEEK -> d.getDayOfMonth() + " " + month + (showYear ? " " + d.getYear() : "");
            case MONTH -> month + (showYear ? " " + d.getYear() : "");
            case QUARTER -> "Q" + ((d.getMonthValue() - 1) / 3 + 1) + (showYear ? " " + d.getYear() : "");
            case YEAR -> String.valueOf(d.getYear());
            case DECADE, CENTURY -> d.getYear() + "s";
        };
    }
}
