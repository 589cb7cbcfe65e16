package org.annalist.timeline;

import java.time.LocalDate;

/**
 * Maps days to pixels along the time axis. Days are epoch days as doubles (a day's mark sits at
 * its start; {@code day + 1} is its end). Immutable: zoom and pan return a new scale.
 *
 * @param startDay     the epoch day at x = 0 of the plot
 * @param daysPerPixel how many days one pixel covers
 * @param width        plot width in pixels
 */
public record TimeScale(double startDay, double daysPerPixel, double width) {

    /** Closest zoom: one day is 400 px wide. */
    public static final double MIN_DAYS_PER_PIXEL = 1.0 / 400;
    /**
     * Widest zoom: about 1,000 years across 1000 px, so "fit all" always fits, even a stray
     * historical date; where the view opens is {@link RobustRange}'s business, not a cap's.
     */
    public static final double MAX_DAYS_PER_PIXEL = 365;

    public TimeScale {
        daysPerPixel = Math.max(MIN_DAYS_PER_PIXEL, Math.min(MAX_DAYS_PER_PIXEL, daysPerPixel));
        width = Math.max(1, width);
    }

    /** A scale showing {@code [from, to)} (epoch days) across {@code width} with a margin on each side. */
    public static TimeScale fit(double from, double to, double width, double marginPx) {
        double span = Math.max(1, to - from);
        double usable = Math.max(10, width - 2 * marginPx);
        double dpp = span / usable;
        return new TimeScale(from - marginPx * dpp, dpp, width);
    }

    /** Shows the inclusive day range {@code from..to}. */
    public static TimeScale fit(LocalDate from, LocalDate to, double width, double marginPx) {
        return fit(from.toEpochDay(), to.toEpochDay() + 1, width, marginPx);
    }

    public double x(double epochDay) {
        return (epochDay - startDay) / daysPerPixel;
    }

    public double day(double x) {
        return startDay + x * daysPerPixel;
    }

    public double endDay() {
        return day(width);
    }

    public double pixelsPerDay() {
        return 1 / daysPerPixel;
    }

    /** Zooms by {@code factor} (greater than 1 zooms in) keeping the day under {@code x} in place. */
    public TimeScale zoomAround(double x, double factor) {
        double anchor = day(x);
        double dpp = Math.max(MIN_DAYS_PER_PIXEL, Math.min(MAX_DAYS_PER_PIXEL, daysPerPixel / factor));
        return new TimeScale(anchor - x * dpp, dpp, width);
    }

    /** Moves the view so content follows the pointer by {@code dx} pixels. */
    public TimeScale pan(double dx) {
        return new TimeScale(startDay - dx * daysPerPixel, daysPerPixel, width);
    }

    /** Same days per pixel, new width (the window was resized). */
    public TimeScale withWidth(double newWidth) {
        return new TimeScale(startDay, daysPerPixel, newWidth);
    }

    /** A scale showing exactly {@code [fromDay, toDay)} across {@code width}, no margin (a dragged span). */
    public static TimeScale exactly(double fromDay, double toDay, double width) {
        return new TimeScale(fromDay, Math.max(1e-9, toDay - fromDay) / Math.max(1, width), width);
    }

    /** The first day any of which is in view. */
    public LocalDate firstDate() {
        return LocalDate.ofEpochDay((long) Math.floor(startDay + 1e-6));
    }

    /** The last day any of which is in view (a view ending at midnight ends on the day before). */
    public LocalDate lastDate() {
        return LocalDate.ofEpochDay((long) Math.ceil(endDay() - 1e-6) - 1);
    }
}
